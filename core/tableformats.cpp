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

// The first line of \a path that is not blank, split at white space (up to 4 KiB of the file).
QList<QByteArray> firstLineParts(const QString &path)
{
    QFile file(path);
    if (notARegularFile(path) || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray start = file.read(4096);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    for (const QByteArray &line : start.split('\n')) {
        const QByteArray simplified = line.simplified();
        if (!simplified.isEmpty())
            return simplified.split(' ');
    }
    return {};
}

// word2vec's header: "count dimensions", two whole numbers.
bool isWord2VecHeader(const QList<QByteArray> &parts)
{
    bool countOk = false;
    bool dimensionsOk = false;
    if (parts.size() == 2) {
        parts[0].toLongLong(&countOk);
        parts[1].toLongLong(&dimensionsOk);
    }
    return countOk && dimensionsOk;
}

bool startsWithNumber(const QList<QByteArray> &parts)
{
    bool number = false;
    if (!parts.isEmpty())
        parts.constFirst().toDouble(&number);
    return number;
}

// By content, for files whose extension says nothing.
Format sniff(const QString &path)
{
    QFile file(path);
    if (notARegularFile(path) || !file.open(QIODevice::ReadOnly))
        return Format::Csv; // The reader will say what it is, or why it cannot be opened.
    if (file.read(6).startsWith("\x93NUMPY"))
        return Format::Npy;

    // word2vec starts "count dimensions"; GloVe with a label and then space-separated numbers.
    const QList<QByteArray> parts = firstLineParts(path);
    const QByteArray firstLine = parts.isEmpty() ? QByteArray() : parts.join(' ');
    const bool spaceSeparated = !firstLine.contains(',') && !firstLine.contains(';')
        && !firstLine.contains('\t') && parts.size() >= 2;
    return isWord2VecHeader(parts) || (spaceSeparated && !startsWithNumber(parts))
        ? Format::WordVectors
        : Format::Csv;
}

Format formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"npy")
        return Format::Npy;
    if (suffix == u"csv" || suffix == u"tsv")
        return Format::Csv;
    if (suffix == u"bin")
        return Format::WordVectors;
    if (suffix == u"txt" || suffix == u"vec") {
        // numpy.savetxt writes plain grids of numbers to .txt files too: no label, no header.
        const QList<QByteArray> parts = firstLineParts(path);
        return startsWithNumber(parts) && !isWord2VecHeader(parts) ? Format::Csv
                                                                   : Format::WordVectors;
    }
    return sniff(path);
}

} // namespace

std::optional<LoadEstimate> estimateLoad(const QString &path, const LoadOptions &options)
{
    switch (formatOf(path)) {
    case Format::Npy:
        return estimateNpy(path);
    case Format::Csv:
        return estimateCsv(path, options.decimalComma);
    case Format::WordVectors:
        break;
    }
    return estimateWordVectors(path);
}

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
