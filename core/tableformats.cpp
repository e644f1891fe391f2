// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "tableformats.h"

#include "csvformat.h"
#include "npyformat.h"
#include "wordvectorformat.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace ev {

namespace {

enum class Format { Npy, Csv, WordVectors };

// The first \a count lines of \a path that are not blank, each split at white space (from the
// first 4 KiB of the file).
QList<QList<QByteArray>> firstLinesParts(const QString &path, qsizetype count)
{
    QFile file(path);
    if (notARegularFile(path) || !file.open(QIODevice::ReadOnly))
        return {};
    QByteArray start = file.read(4096);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    QList<QList<QByteArray>> lines;
    for (const QByteArray &line : start.split('\n')) {
        const QByteArray simplified = line.simplified();
        if (!simplified.isEmpty() && lines.size() < count)
            lines.append(simplified.split(' '));
    }
    return lines;
}

QList<QByteArray> firstLineParts(const QString &path)
{
    return firstLinesParts(path, 1).value(0);
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

// Whether the first field, up to a space, comma, semicolon or tab, is a number.
bool startsWithNumber(const QList<QByteArray> &parts)
{
    bool number = false;
    if (!parts.isEmpty()) {
        QByteArray first = parts.constFirst();
        for (const char delimiter : {',', ';', '\t'}) {
            if (const qsizetype at = first.indexOf(delimiter); at >= 0)
                first.truncate(at);
        }
        first.toDouble(&number);
    }
    return number;
}

bool allNumbers(const QList<QByteArray> &parts)
{
    return std::all_of(parts.begin(), parts.end(), [](const QByteArray &part) {
        bool number = false;
        part.toDouble(&number);
        return number;
    });
}

// A grid of two columns of numbers, whose first line of whole numbers only looks like a word2vec
// header: there, each row is a label and as many values as the header's second number says.
bool isTwoColumnGrid(const QString &path)
{
    const QList<QList<QByteArray>> lines = firstLinesParts(path, 2);
    return lines.size() == 2 && isWord2VecHeader(lines[0]) && lines[0][1] != "1"
        && lines[1].size() == 2 && allNumbers(lines[1]);
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
    return (isWord2VecHeader(parts) && !isTwoColumnGrid(path))
            || (spaceSeparated && !startsWithNumber(parts))
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
        // A '#' line above numbers is numpy.savetxt's header comment.
        const QList<QList<QByteArray>> lines = firstLinesParts(path, 2);
        const QList<QByteArray> parts = lines.value(0);
        const bool commentAboveNumbers = !parts.isEmpty() && parts.constFirst().startsWith('#')
            && startsWithNumber(lines.value(1));
        return commentAboveNumbers
                || (startsWithNumber(parts) && (!isWord2VecHeader(parts) || isTwoColumnGrid(path)))
            ? Format::Csv
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
    // QSaveFile would rename its finished file over a pipe or a device, replacing it.
    if (auto problem = notARegularFile(path))
        return *problem + QStringLiteral("; a table is saved to a file, new or existing");
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
