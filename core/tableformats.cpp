// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "tableformats.h"

#include "csvformat.h"
#include "npyformat.h"
#include "wordvectorformat.h"

#include <QFile>
#include <QFileInfo>

namespace ev {

namespace {

enum class Format { Npy, Csv, WordVectors };

// By content, for files whose extension says nothing.
Format sniff(const QString &path)
{
    if (notARegularFile(path))
        return Format::Csv; // The reader will say what it is.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Format::Csv; // The reader will say why it cannot open it.
    const QByteArray start = file.read(4096);
    if (start.startsWith("\x93NUMPY"))
        return Format::Npy;

    const QByteArray firstLine = start.left(start.indexOf('\n')).trimmed();
    const QList<QByteArray> parts = firstLine.simplified().split(' ');
    bool firstIsNumber = false;
    parts.value(0).toDouble(&firstIsNumber);
    bool header = parts.size() == 2;
    for (const QByteArray &part : parts) {
        bool whole = false;
        part.toLongLong(&whole);
        header = header && whole;
    }
    // word2vec starts "count dimensions"; GloVe with a label and then space-separated numbers.
    const bool spaceSeparated = !firstLine.contains(',') && !firstLine.contains(';')
        && !firstLine.contains('\t') && parts.size() >= 2;
    return header || (spaceSeparated && !firstIsNumber) ? Format::WordVectors : Format::Csv;
}

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"npy")
        return Format::Npy;
    if (suffix == u"csv" || suffix == u"tsv")
        return Format::Csv;
    if (suffix == u"txt" || suffix == u"vec" || suffix == u"bin")
        return Format::WordVectors;
    return sniff(path);
}

} // namespace

Result<LoadedTable> loadTable(const QString &path, const LoadOptions &options)
{
    switch (formatOf(path)) {
    case Format::Npy:
        return readNpy(path, options);
    case Format::Csv:
        return readCsv(path, options);
    case Format::WordVectors:
        break;
    }
    return readWordVectors(path, options);
}

std::optional<QString> saveFormatProblem(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"npy" || suffix == u"csv" || suffix == u"txt" || suffix == u"vec")
        return std::nullopt;
    const QString named = suffix.isEmpty()
        ? QStringLiteral("has no extension to name a format")
        : QStringLiteral("has the extension \".%1\", which names no format this program writes")
              .arg(suffix);
    return fileProblem(path, named + QStringLiteral("; use .npy, .csv or .txt (word2vec text)"));
}

QString saveTable(const EmbeddingTable &table, const QString &path)
{
    if (auto problem = saveFormatProblem(path))
        return *problem;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"npy")
        return writeNpy(table, path);
    if (suffix == u"csv")
        return writeCsv(table, path);
    return writeWord2VecText(table, path);
}

QStringList loadablePatterns()
{
    return {QStringLiteral("*.npy"), QStringLiteral("*.csv"), QStringLiteral("*.tsv"),
        QStringLiteral("*.txt"), QStringLiteral("*.vec"), QStringLiteral("*.bin")};
}

} // namespace ev
