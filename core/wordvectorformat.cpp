// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "wordvectorformat.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>
#include <QtEndian>

#include <charconv>
#include <cstring>
#include <string_view>

namespace ev {

namespace {

using Failure = Result<LoadedTable>;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// The lines of a mapped text, without their line breaks; a final line without one counts too.
class LineReader
{
public:
    LineReader(const char *begin, const char *end) : m_next(begin), m_end(end) { }

    bool next(std::string_view *line)
    {
        if (m_next >= m_end)
            return false;
        const char *stop = static_cast<const char *>(std::memchr(m_next, '\n', m_end - m_next));
        const char *lineEnd = stop ? stop : m_end;
        *line = std::string_view(m_next, std::size_t(lineEnd - m_next));
        m_next = stop ? stop + 1 : m_end;
        ++m_number;
        return true;
    }

    qint64 number() const { return m_number; }

private:
    const char *m_next;
    const char *m_end;
    qint64 m_number = 0;
};

// Splits at spaces and tabs; a trailing carriage return or space makes no empty token.
std::vector<std::string_view> tokens(std::string_view line)
{
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > start)
            parts.push_back(line.substr(start, i - start));
    }
    return parts;
}

bool isBlankLine(std::string_view line)
{
    return std::all_of(line.begin(), line.end(), isBlank);
}

std::optional<qint64> wholeNumber(std::string_view text)
{
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// from_chars reads nan and inf, but not a leading '+'.
bool readFloat(std::string_view text, float *value)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return error == std::errc() && end == text.data() + text.size();
}

std::optional<QString> decodeLabel(std::string_view bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString label = decoder.decode(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
    if (decoder.hasError())
        return std::nullopt;
    return label;
}

QString quoted(std::string_view bytes)
{
    return quotedForMessage(QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

// Reads rows into a float32 table of at most `capacity` rows; problems either stop the reading
// or, when skipping, are counted.
class RowCollector
{
public:
    // \a unit names what problems are located by: "line" in text, "row" in binary files.
    RowCollector(Index columns, bool skipBadLines, QString unit = QStringLiteral("line"))
        : m_columns(columns), m_skip(skipBadLines), m_unit(std::move(unit))
    { }

    // \returns false when the reading must stop with problem().
    bool reject(qint64 line, const QString &problem)
    {
        const QString located = QStringLiteral("%1 %2: %3").arg(m_unit).arg(line).arg(problem);
        if (!m_skip) {
            m_problem = located;
            return false;
        }
        if (m_skipped == 0)
            m_firstSkipped = located;
        ++m_skipped;
        return true;
    }

    bool addLabel(qint64 line, std::string_view bytes)
    {
        const std::optional<QString> label = decodeLabel(bytes);
        if (!label)
            return reject(line, QStringLiteral("the label is not valid UTF-8"));
        if (const auto existing = m_rowOfLabel.constFind(*label); existing != m_rowOfLabel.cend())
            return reject(line,
                QStringLiteral("the label %1 already labels row %2")
                    .arg(quoted(bytes))
                    .arg(existing.value()));
        m_rowOfLabel.insert(*label, Index(m_labels.size()));
        m_labels.append(*label);
        return true;
    }

    Index columns() const { return m_columns; }
    Index rows() const { return Index(m_labels.size()); }
    QStringList takeLabels() { return std::move(m_labels); }
    const QString &problem() const { return m_problem; }
    Index skipped() const { return m_skipped; }
    const QString &firstSkipped() const { return m_firstSkipped; }

    // Undoes the last addLabel(), for a row whose values then failed.
    void dropLastLabel()
    {
        m_rowOfLabel.remove(m_labels.constLast());
        m_labels.removeLast();
    }

private:
    Index m_columns;
    bool m_skip;
    QString m_unit;
    QStringList m_labels;
    QHash<QString, Index> m_rowOfLabel;
    QString m_problem;
    QString m_firstSkipped;
    Index m_skipped = 0;
};

// A text row: label, then exactly `columns` values, written into `target`.
bool readTextRow(RowCollector &rows, qint64 lineNumber, std::string_view line, float *target)
{
    const std::vector<std::string_view> parts = tokens(line);
    const Index found = Index(parts.size()) - 1;
    if (found != rows.columns())
        return rows.reject(lineNumber,
            QStringLiteral("%1 has %2 values, but the table has %3 columns")
                .arg(quoted(parts.front()))
                .arg(found)
                .arg(rows.columns()));
    for (Index column = 0; column < found; ++column) {
        if (!readFloat(parts[std::size_t(column) + 1], target + column))
            return rows.reject(lineNumber,
                QStringLiteral("%1, value %2 of %3, is not a number")
                    .arg(quoted(parts[std::size_t(column) + 1]))
                    .arg(column + 1)
                    .arg(quoted(parts.front())));
    }
    return rows.addLabel(lineNumber, parts.front());
}

struct TextLayout
{
    bool hasHeader = false;
    qint64 declaredRows = 0;
    Index columns = 0;
};

Result<TextLayout> readTextLayout(std::string_view firstLine)
{
    const std::vector<std::string_view> parts = tokens(firstLine);
    TextLayout layout;
    if (parts.size() == 2) {
        const auto count = wholeNumber(parts[0]);
        const auto dimensions = wholeNumber(parts[1]);
        if (count && dimensions) {
            if (*count < 1 || *dimensions < 1)
                return Result<TextLayout>::failure(
                    QStringLiteral("line 1: the header declares %1 rows of %2 values; a "
                                   "table needs at least 1 of each")
                        .arg(*count)
                        .arg(*dimensions));
            layout.hasHeader = true;
            layout.declaredRows = *count;
            layout.columns = *dimensions;
            return layout;
        }
    }
    if (parts.size() < 2)
        return Result<TextLayout>::failure(
            QStringLiteral("line 1 holds neither a \"count dimensions\" header nor a label "
                           "followed by values"));
    layout.columns = Index(parts.size()) - 1;
    return layout;
}

qint64 countLines(const char *begin, const char *end)
{
    qint64 lines = 0;
    for (const char *p = begin; p < end; ++lines) {
        const char *stop = static_cast<const char *>(std::memchr(p, '\n', end - p));
        p = stop ? stop + 1 : end;
    }
    return lines;
}

Result<LoadedTable> readText(
    const QString &path, const char *begin, const char *end, const LoadOptions &options)
{
    // A byte-order mark says UTF-8 and nothing else.
    if (end - begin >= 3 && std::memcmp(begin, "\xEF\xBB\xBF", 3) == 0)
        begin += 3;

    LineReader lines(begin, end);
    std::string_view firstLine;
    while (lines.next(&firstLine) && isBlankLine(firstLine)) { }
    if (isBlankLine(firstLine))
        return Failure::failure(fileProblem(path, QStringLiteral("is empty")));

    const Result<TextLayout> layout = readTextLayout(firstLine);
    if (!layout)
        return Failure::failure(fileProblem(path, layout.errorMessage()));

    // Every row takes a line, so the file's lines bound the rows before anything is allocated.
    const qint64 lineCount = countLines(begin, end);
    const qint64 dataLines = lineCount - (layout.value().hasHeader ? 1 : 0);
    if (layout.value().hasHeader && layout.value().declaredRows > dataLines
        && !options.skipBadLines)
        return Failure::failure(fileProblem(path,
            QStringLiteral("the header promises %1 rows, but only %2 lines follow")
                .arg(layout.value().declaredRows)
                .arg(dataLines)));
    if (dataLines < 1)
        return Failure::failure(fileProblem(path, QStringLiteral("holds a header but no rows")));
    // Each row holds a label and, before each value, a separator: at least 2 × columns + 1
    // bytes. That bounds the rows a file can hold, so a tiny file declaring a billion columns
    // is refused before anything is allocated.
    const Index columns = layout.value().columns;
    const std::optional<std::uint64_t> rowBytes = checkedBytes(columns, 2, 1);
    const qint64 fileSize = end - begin;
    if (!rowBytes || *rowBytes + 1 > std::uint64_t(fileSize))
        return Failure::failure(fileProblem(path,
            QStringLiteral("line 1: the header declares %1 values per row, more than the whole "
                           "file (%2) could hold")
                .arg(columns)
                .arg(formatBytes(double(fileSize)))));
    const qint64 fitting = fileSize / qint64(*rowBytes + 1);
    const Index capacity = std::min<qint64>(
        {options.maxRows.value_or(dataLines), dataLines, std::max<qint64>(fitting, 1)});

    RowCollector rows(layout.value().columns, options.skipBadLines);
    LineReader reader(begin, end);
    if (layout.value().hasHeader) {
        std::string_view header;
        while (reader.next(&header) && isBlankLine(header)) { }
    }
    auto table = EmbeddingTable::generate(
        capacity, layout.value().columns, Precision::Float32,
        [&](auto &values) {
            std::string_view line;
            while (rows.rows() < capacity && reader.next(&line)) {
                if (isBlankLine(line))
                    continue;
                using Scalar = typename std::decay_t<decltype(values)>::Scalar;
                if constexpr (std::is_same_v<Scalar, float>) {
                    if (!readTextRow(rows, reader.number(), line, values.row(rows.rows()).data()))
                        return;
                }
            }
        },
        options.memoryLimitBytes);
    if (!table)
        return Failure::failure(fileProblem(path, table.errorMessage()));
    if (!rows.problem().isEmpty())
        return Failure::failure(fileProblem(path, rows.problem()));
    if (rows.rows() == 0)
        return Failure::failure(fileProblem(path,
            QStringLiteral("has no row that could be read; the first problem: %1")
                .arg(rows.firstSkipped())));

    const bool limited = options.maxRows.has_value();
    const qint64 declared = layout.value().declaredRows;
    if (layout.value().hasHeader && !limited && !options.skipBadLines && rows.rows() != declared)
        return Failure::failure(fileProblem(path,
            QStringLiteral("the header promises %1 rows, but the file holds %2")
                .arg(declared)
                .arg(rows.rows())));

    const Index count = rows.rows();
    LoadedTable loaded {table.value().firstRows(count).withLabels(rows.takeLabels()),
        rows.skipped(), rows.firstSkipped(), false};
    return loaded;
}

Result<LoadedTable> readBinary(
    const QString &path, const char *begin, const char *end, const LoadOptions &options)
{
    LineReader lines(begin, end);
    std::string_view firstLine;
    lines.next(&firstLine);
    const Result<TextLayout> layout = readTextLayout(firstLine);
    if (!layout || !layout.value().hasHeader)
        return Failure::failure(fileProblem(path,
            QStringLiteral("line 1: a word2vec binary file starts with a \"count dimensions\" "
                           "header")));

    const qint64 declared = layout.value().declaredRows;
    const Index columns = layout.value().columns;
    const char *data = begin + firstLine.size() + 1;
    // Each row needs at least a one-byte label, a space and its values, so the header's sizes
    // are bounded by the file's length, checked before any product of them can overflow.
    const auto valueBytes = checkedBytes(declared, columns, 4);
    const auto labelBytes = checkedBytes(declared, 2, 1);
    if (!valueBytes || !labelBytes || *valueBytes + *labelBytes > std::uint64_t(end - data))
        return Failure::failure(fileProblem(path,
            QStringLiteral("is truncated: its header declares %1 rows of %2 values, which "
                           "need at least %3, but only %4 follow")
                .arg(declared)
                .arg(columns)
                .arg(formatBytes(double(declared) * (4.0 * double(columns) + 2.0)),
                    formatBytes(double(end - data)))));

    const Index capacity = std::min<qint64>(options.maxRows.value_or(declared), declared);
    RowCollector rows(columns, false, QStringLiteral("row"));
    const char *next = data;
    auto table = EmbeddingTable::generate(
        capacity, columns, Precision::Float32,
        [&](auto &values) {
            for (Index row = 0; row < capacity; ++row) {
                while (next < end && (*next == '\n' || *next == ' '))
                    ++next;
                const char *space = static_cast<const char *>(std::memchr(next, ' ', end - next));
                if (!space || end - (space + 1) < 4 * columns) {
                    rows.reject(row, QStringLiteral("the file ends inside this row"));
                    return;
                }
                if (!rows.addLabel(row, std::string_view(next, std::size_t(space - next))))
                    return;
                // float32, little-endian, as word2vec writes them.
                using Scalar = typename std::decay_t<decltype(values)>::Scalar;
                if constexpr (std::is_same_v<Scalar, float>)
                    qFromLittleEndian<float>(space + 1, columns, values.row(row).data());
                next = space + 1 + 4 * columns;
            }
        },
        options.memoryLimitBytes);
    if (!table)
        return Failure::failure(fileProblem(path, table.errorMessage()));
    if (!rows.problem().isEmpty())
        return Failure::failure(fileProblem(path, rows.problem()));
    return LoadedTable {table.value().withLabels(rows.takeLabels()), 0, {}, false};
}

} // namespace

Result<LoadedTable> readWordVectors(const QString &path, const LoadOptions &options)
{
    if (auto problem = notARegularFile(path))
        return Failure::failure(*problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::failure(fileProblem(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return Failure::failure(fileProblem(path, QStringLiteral("is empty")));
    const auto *begin = reinterpret_cast<const char *>(file.map(0, size));
    if (!begin)
        return Failure::failure(fileProblem(path, file.errorString()));
    const char *end = begin + size;

    // Text never holds a NUL byte; word2vec's binary values almost always do.
    const bool binary = QFileInfo(path).suffix().compare(u"bin", Qt::CaseInsensitive) == 0
        || std::memchr(begin, '\0', std::size_t(std::min<qint64>(size, 1 << 16)));
    qCDebug(lcCoreTable) << "reading" << path << (binary ? "as binary" : "as text");
    return binary ? readBinary(path, begin, end, options) : readText(path, begin, end, options);
}

QString writeWord2VecText(const EmbeddingTable &table, const QString &path)
{
    const QStringList &labels = table.labels();
    for (const QString &label : labels) {
        if (label.isEmpty() || label.contains(u' ') || label.contains(u'\t')
            || label.contains(u'\n') || label.contains(u'\r'))
            return fileProblem(path,
                QStringLiteral("the label \"%1\" is empty or holds a space or line break, "
                               "which the word2vec format cannot store; save as .npy or CSV "
                               "instead")
                    .arg(label));
    }

    const QByteArray header = QByteArray::number(qint64(table.numEmbeddings())) + ' '
        + QByteArray::number(qint64(table.embeddingDimensions())) + '\n';
    return writeTextTable(table, path, header, ' ', [&](Index row) {
        return labels.isEmpty() ? QByteArray::number(qint64(row)) : labels[row].toUtf8();
    });
}

} // namespace ev
