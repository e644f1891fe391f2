// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "csvformat.h"

#include "logging.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>

#include <csv.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <vector>

namespace ev {

namespace {

using Failure = Result<LoadedTable>;
using Record = std::vector<QByteArray>;

constexpr int s_linesToDetect = 20;
// The detection reads its lines several times over, so fewer of them if they are long.
constexpr qint64 s_bytesToDetect = 4 << 20;
// libcsv's parser states (libcsv.c): a row not yet begun, and a field begun but not ended, the
// state in which csv_fini() finds a quoted field never closed.
constexpr int s_libcsvRowNotBegun = 0;
constexpr int s_libcsvFieldBegun = 2;
constexpr std::size_t s_libcsvBlockSize = 1 << 20;

// Reads a double the way from_chars does, also with a leading '+' and surrounding spaces.
bool readDouble(QByteArrayView text, double *value)
{
    text = text.trimmed();
    if (text.startsWith('+'))
        text = text.sliced(1);
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
    return !text.isEmpty() && error == std::errc() && end == text.data() + text.size();
}

// libcsv with callbacks, one line at a time, so each record knows the line it ends on. A line
// longer than s_longestTextLine stops the parsing before it is read further, and so does a row
// that quotes line breaks for longer than that: libcsv would gather the rest of the file.
class CsvRecords
{
public:
    explicit CsvRecords(char delimiter)
    {
        csv_init(&m_parser, CSV_APPEND_NULL);
        csv_set_delim(&m_parser, static_cast<unsigned char>(delimiter));
        // libcsv grows a field's buffer by this much at a time, 128 bytes unless told: a field
        // of megabytes would be reallocated, and perhaps copied, tens of thousands of times.
        csv_set_blk_size(&m_parser, s_libcsvBlockSize);
        // Space and tab are libcsv's default padding; as delimiters they must stay significant.
        if (delimiter == ' ' || delimiter == '\t')
            csv_set_space_func(&m_parser, [](unsigned char) { return 0; });
    }
    ~CsvRecords() { csv_free(&m_parser); }
    CsvRecords(const CsvRecords &) = delete;
    CsvRecords &operator=(const CsvRecords &) = delete;

    // Calls \a onRecord(record, line) for each complete record in \a text; false if it asked to
    // stop.
    template<typename OnRecord>
    bool parse(QByteArrayView text, OnRecord &&onRecord)
    {
        m_stop = false;
        qsizetype start = 0;
        while (start < text.size() && !m_stop) {
            const char *lineEnd = findLineEnd(text.data() + start, text.data() + text.size());
            ++m_line;
            if (!lineEnd) {
                m_longLine = m_line;
                return false;
            }
            const qsizetype end = std::min<qsizetype>(lineEnd - text.data() + 1, text.size());
            if (m_parser.pstate == s_libcsvRowNotBegun) {
                m_recordStart = m_line;
                m_recordStartByte = start;
            }
            m_lineStart = start;
            csv_parse(&m_parser, text.data() + start, std::size_t(end - start), &addField,
                &endRecord, this);
            m_parsed = end;
            if (m_parser.pstate != s_libcsvRowNotBegun
                && end - m_recordStartByte > s_longestTextLine) {
                m_longRecord = m_recordStart;
                return false;
            }
            deliver(onRecord);
            start = end;
        }
        if (!m_stop) {
            if (m_parser.quoted && m_parser.pstate == s_libcsvFieldBegun)
                m_unclosedQuote = m_recordStart;
            csv_fini(&m_parser, &addField, &endRecord, this);
            deliver(onRecord);
        }
        return !m_stop;
    }

    //! How far into the text parse() has got.
    qsizetype bytesParsed() const { return m_parsed; }
    //! The line parse() read last, and where it starts in the text.
    qint64 line() const { return m_line; }
    qsizetype lineStart() const { return m_lineStart; }
    //! The line of the record whose quoted field the text ended inside, if it did.
    std::optional<qint64> unclosedQuote() const { return m_unclosedQuote; }
    //! The line that stopped parse() by running past s_longestTextLine, if one did.
    std::optional<qint64> longLine() const { return m_longLine; }
    //! The line where a record starts that stopped parse() by running on, inside quotes, past
    //! s_longestTextLine, if one did.
    std::optional<qint64> longRecord() const { return m_longRecord; }

private:
    static void addField(void *field, std::size_t size, void *self)
    {
        static_cast<CsvRecords *>(self)->m_current.emplace_back(
            static_cast<const char *>(field), qsizetype(size));
    }
    static void endRecord(int, void *self)
    {
        auto *records = static_cast<CsvRecords *>(self);
        records->m_finished.push_back(std::move(records->m_current));
        records->m_current.clear();
    }

    template<typename OnRecord>
    void deliver(OnRecord &onRecord)
    {
        for (Record &record : m_finished) {
            if (!m_stop && !onRecord(record, m_line))
                m_stop = true;
        }
        m_finished.clear();
    }

    csv_parser m_parser {};
    Record m_current;
    std::vector<Record> m_finished;
    qint64 m_line = 0;
    qint64 m_recordStart = 1;
    qsizetype m_recordStartByte = 0;
    qsizetype m_lineStart = 0;
    std::optional<qint64> m_unclosedQuote;
    std::optional<qint64> m_longLine;
    std::optional<qint64> m_longRecord;
    qsizetype m_parsed = 0;
    bool m_stop = false;
};

// A space-separated file may align its columns with several spaces: those make empty fields.
void dropEmptyFields(Record &record)
{
    std::erase_if(record, [](const QByteArray &field) { return field.isEmpty(); });
}

// The first lines of \a text, from which its layout is judged.
QByteArrayView linesToDetect(QByteArrayView text)
{
    qsizetype end = 0;
    for (int lines = 0; lines < s_linesToDetect && end >= 0; ++lines)
        end = text.indexOf('\n', end + 1);
    return end < 0 ? text : text.first(end);
}

// The delimiter that splits the most of the first lines into the same number of fields (two or
// more); on a tie, tab before semicolon before comma before space. The most common number counts,
// not the first line's: a title or a stray word above the table must not hide its delimiter.
std::optional<char> detectDelimiter(QByteArrayView text, bool decimalComma)
{
    const QByteArrayView sample = linesToDetect(text);

    std::optional<char> best;
    int bestScore = 0;
    for (const char candidate : {'\t', ';', ',', ' '}) {
        if (candidate == ',' && decimalComma)
            continue;
        std::map<std::size_t, int> linesOfFields;
        CsvRecords records(candidate);
        records.parse(sample, [&](Record &record, qint64) {
            if (candidate == ' ')
                dropEmptyFields(record);
            if (record.empty() || (record.size() == 1 && record[0].isEmpty())
                || record[0].trimmed().startsWith('#'))
                return true;
            if (record.size() >= 2)
                ++linesOfFields[record.size()];
            return true;
        });
        int score = 0;
        for (const auto &[fields, lines] : linesOfFields)
            score = std::max(score, lines);
        if (score > bestScore) {
            best = candidate;
            bestScore = score;
        }
    }
    return best;
}

// For a file of a single column, which no delimiter splits: a delimiter none of the first lines
// holds, if every one of them is a single field, a number but for a first line that names the
// column.
std::optional<char> singleColumnDelimiter(QByteArrayView text, bool decimalComma)
{
    const QByteArrayView sample = linesToDetect(text);
    if (sample.contains('\t'))
        return std::nullopt;
    bool single = true;
    int numbers = 0;
    int lines = 0;
    CsvRecords records('\t');
    records.parse(sample, [&](Record &record, qint64) {
        const QByteArray field = record.empty() ? QByteArray() : record[0].trimmed();
        if (field.isEmpty() || field.startsWith('#'))
            return true;
        double ignored = 0;
        const bool number
            = readDouble(decimalComma ? QByteArray(field).replace(',', '.') : field, &ignored);
        // A field with a space or delimiter in it is more than one value.
        single = single && record.size() == 1
            && (number
                || (lines == 0 && !field.contains(' ') && !field.contains(',')
                    && !field.contains(';')));
        numbers += number ? 1 : 0;
        ++lines;
        return single;
    });
    return single && numbers > 0 ? std::optional<char>('\t') : std::nullopt;
}

// For each record of the first lines that is not blank or a comment, whether its first field is
// a number.
std::vector<bool> firstFieldsAreNumbers(QByteArrayView text, char delimiter, bool decimalComma)
{
    std::vector<bool> numbers;
    CsvRecords records(delimiter);
    records.parse(text, [&](Record &record, qint64 line) {
        if (delimiter == ' ')
            dropEmptyFields(record);
        if (record.empty() || (record.size() == 1 && record[0].trimmed().isEmpty())
            || record[0].trimmed().startsWith('#'))
            return line < s_linesToDetect;
        double ignored = 0;
        numbers.push_back(readDouble(
            decimalComma ? QByteArray(record[0]).replace(',', '.') : record[0], &ignored));
        return line < s_linesToDetect;
    });
    return numbers;
}

// The most rows the rest of the file may hold, counting the one being read, or why it cannot be
// read.
using RowsBound = std::function<Result<Index>()>;

class CsvTable
{
public:
    // \a firstFieldIsNumber says, for each of the first records, whether its first field is a
    // number: one record alone cannot tell a label column from a stray word. \a rowsBound is
    // asked once, when the first row's values are about to be read, so the values can be
    // checked against memory and allocated once.
    CsvTable(const LoadOptions &options, char delimiter, RowsBound rowsBound,
        std::vector<bool> firstFieldIsNumber = {})
        : m_options(options)
        , m_delimiter(delimiter)
        , m_rowsBound(std::move(rowsBound))
        , m_firstFieldIsNumber(std::move(firstFieldIsNumber))
    { }

    // \returns false to stop at a problem.
    bool add(Record &record, qint64 line)
    {
        if (m_delimiter == ' ')
            dropEmptyFields(record);
        if (record.empty() || (record.size() == 1 && record[0].trimmed().isEmpty()))
            return true;
        // A comment, as numpy.savetxt writes a header and numpy.loadtxt skips it.
        if (record[0].trimmed().startsWith('#'))
            return true;
        if (m_options.maxRows && m_rows >= *m_options.maxRows)
            return false;
        if (m_records++ == 0)
            return readFirst(record, line);
        return addRow(record, line);
    }

    const QString &problem() const { return m_problem; }
    Index rows() const { return m_rows; }
    Index columns() const { return m_columns; }
    Index skipped() const { return m_skipped; }
    const QString &firstSkipped() const { return m_firstSkipped; }
    //! The values, row after row: room for more rows than rows() may be left at the end.
    const std::shared_ptr<double[]> &values() const { return m_values; }
    //! No delimiter splits the lines: a first line of a single word names the one column.
    void setSingleColumn(bool single) { m_singleColumn = single; }
    QStringList &labels() { return m_labels; }

private:
    // The first record decides the layout: labels in the first column if it is not a number, a
    // header if any other field is not. A first record whose first field is empty is a header
    // above a column of labels, as pandas writes its index: ",0,1,2".
    bool readFirst(Record &record, qint64 line)
    {
        double ignored = 0;
        m_hasLabels = !readValue(record[0], &ignored);
        m_labelsDeclared = record[0].trimmed().isEmpty() && record.size() >= 2;
        const std::size_t first = m_hasLabels ? 1 : 0;
        bool header = m_labelsDeclared;
        for (std::size_t i = first; i < record.size(); ++i)
            header = header || !looksNumeric(record[i]);
        m_columns = Index(record.size() - first);
        // A file of one column may start with its name: "value", then a number a line.
        if (m_columns < 1 && m_singleColumn && m_firstFieldIsNumber.size() > 1
            && std::all_of(m_firstFieldIsNumber.begin() + 1, m_firstFieldIsNumber.end(),
                [](bool number) { return number; })) {
            m_hasLabels = false;
            m_columns = 1;
            m_headerSeen = true;
            return true;
        }
        if (m_columns < 1)
            return stop(line,
                QStringLiteral("holds the single field %1 and no values; a first line names "
                               "every column (a header) or holds a row of numbers")
                    .arg(quotedForMessage(record[0])));
        if (header) {
            m_headerSeen = true;
            return true;
        }
        if (!unlabelledBelow(0, record[0], line))
            return false;
        return addRow(record, line);
    }

    // Labels are read from the first column when the first row's first field is not a number;
    // if every first field below it is a number, that one word is more likely a stray than a
    // label, and taking the column as labels would silently drop a column of values.
    bool unlabelledBelow(std::size_t record, const QByteArray &field, qint64 line)
    {
        if (!m_hasLabels || m_labelsDeclared || record + 1 >= m_firstFieldIsNumber.size()
            || !std::all_of(m_firstFieldIsNumber.begin() + qsizetype(record) + 1,
                m_firstFieldIsNumber.end(), [](bool number) { return number; }))
            return true;
        if (isBeyondFloat64(field))
            return stop(line, valueProblem(field, 0));
        return stop(line,
            QStringLiteral("%1 reads as a label, but the rows below start with numbers; label "
                           "every row or none (to label rows with numbers, start with a header "
                           "whose first field is empty, \",0,1\", as pandas writes)")
                .arg(quotedForMessage(field)));
    }

    bool addRow(Record &record, qint64 line)
    {
        if (m_headerSeen && m_rows == 0 && m_skipped == 0 && !m_labelsDeclared) {
            // A header's first cell says nothing about labels; the first row below it does.
            double ignored = 0;
            m_hasLabels = !readValue(record[0], &ignored);
            m_columns = Index(record.size()) - (m_hasLabels ? 1 : 0);
            if (!unlabelledBelow(1, record[0], line))
                return false;
        }

        const std::size_t first = m_hasLabels ? 1 : 0;
        const Index found = Index(record.size()) - Index(first);
        if (found != m_columns)
            return reject(line,
                QStringLiteral("%1 values, but the first row has %2").arg(found).arg(m_columns));
        if (!m_values && !allocate())
            return false;
        // The bound counts every record left, so a row past it would mean a bug, not a bad file.
        Q_ASSERT_X(m_rows < m_capacity, "CsvTable::addRow", "more rows than the bound allowed");
        if (m_rows >= m_capacity)
            return stop(line, QStringLiteral("holds more rows than its line breaks allow"));
        double *row = m_values.get() + m_rows * m_columns;
        for (std::size_t i = first; i < record.size(); ++i) {
            if (!readValue(record[i], row + (i - first)))
                return reject(line, valueProblem(record[i], Index(i - first) + 1));
        }
        if (m_hasLabels) {
            QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
            const QString label = decoder.decode(record[0]);
            if (decoder.hasError())
                return reject(line, QStringLiteral("the label is not valid UTF-8"));
            if (const auto existing = m_rowOfLabel.constFind(label);
                existing != m_rowOfLabel.cend()) {
                return reject(line,
                    QStringLiteral("the label %1 already labels row %2")
                        .arg(quotedForMessage(record[0]))
                        .arg(existing.value()));
            }
            m_rowOfLabel.insert(label, m_rows);
            m_labels.append(label);
        }
        ++m_rows;
        return true;
    }

    // Room for the rows the rest of the file may hold, checked against memory first: the table
    // is allocated once, and a file too large for memory is refused before it is read.
    bool allocate()
    {
        const Result<Index> bound = m_rowsBound();
        if (!bound) {
            m_problem = bound.errorMessage();
            return false;
        }
        m_capacity = std::min(bound.value(), m_options.maxRows.value_or(bound.value()));
        if (auto problem
            = shapeProblem(m_capacity, m_columns, Precision::Float64, m_options.memoryLimitBytes)) {
            m_problem = *problem;
            return false;
        }
        m_values.reset(new double[std::size_t(m_capacity * m_columns)]);
        return true;
    }

    // A number, perhaps with a decimal comma, or nothing: not a header's name.
    // A number too large for any double, as "1e400": not a label, and not a value either.
    static bool isBeyondFloat64(const QByteArray &field)
    {
        double wide = 0;
        const QByteArrayView trimmed = QByteArrayView(field).trimmed();
        return std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), wide).ec
            == std::errc::result_out_of_range;
    }

    static bool looksNumeric(const QByteArray &field)
    {
        double ignored = 0;
        return field.trimmed().isEmpty() || readDouble(field, &ignored)
            || readDouble(QByteArray(field).replace(',', '.'), &ignored);
    }

    bool readValue(QByteArray field, double *value) const
    {
        if (m_options.decimalComma)
            field.replace(',', '.');
        return readDouble(field, value);
    }

    QString valueProblem(const QByteArray &field, Index column) const
    {
        if (field.trimmed().isEmpty())
            return QStringLiteral("value %1 is empty").arg(column);
        double ignored = 0;
        if (field.contains(',') && readDouble(QByteArray(field).replace(',', '.'), &ignored))
            return QStringLiteral("%1 uses a decimal comma; choose to read a decimal comma "
                                  "(--decimal-comma on the command line) to read it as %2")
                .arg(quotedForMessage(field),
                    shortenedForMessage(QByteArray(field).replace(',', '.')));
        if (isBeyondFloat64(field))
            return QStringLiteral("%1, value %2, is beyond the float64 range (about ±1.8e308)")
                .arg(quotedForMessage(field))
                .arg(column);
        return QStringLiteral("%1, value %2, is not a number")
            .arg(quotedForMessage(field))
            .arg(column);
    }

    bool reject(qint64 line, const QString &problem)
    {
        if (!m_options.skipBadLines)
            return stop(line, problem);
        if (m_skipped++ == 0)
            m_firstSkipped = QStringLiteral("line %1: %2").arg(line).arg(problem);
        return true;
    }

    bool stop(qint64 line, const QString &problem)
    {
        m_problem = QStringLiteral("line %1: %2").arg(line).arg(problem);
        return false;
    }

    const LoadOptions &m_options;
    char m_delimiter;
    RowsBound m_rowsBound;
    std::vector<bool> m_firstFieldIsNumber;
    bool m_singleColumn = false;
    bool m_hasLabels = false;
    // The header said the first column holds labels, whatever they look like.
    bool m_labelsDeclared = false;
    bool m_headerSeen = false;
    Index m_columns = 0;
    Index m_rows = 0;
    Index m_records = 0;
    Index m_skipped = 0;
    QString m_firstSkipped;
    QString m_problem;
    std::shared_ptr<double[]> m_values;
    Index m_capacity = 0;
    QStringList m_labels;
    QHash<QString, Index> m_rowOfLabel;
};

// The first lines of \a text, from the first that is not blank, for detecting its layout:
// s_linesToDetect of them, fewer if they would pass s_bytesToDetect (but at least one). Fails if
// there is no such line, or one runs past s_longestTextLine.
Result<QByteArrayView> detectionSample(QByteArrayView text)
{
    const char *end = text.data() + text.size();
    const char *start = nullptr;
    const char *stop = nullptr;
    int lines = 0;
    qint64 line = 1;
    for (const char *next = text.data(); next < end && lines < s_linesToDetect; ++line) {
        const char *lineEnd = findLineEnd(next, end);
        if (!lineEnd)
            return Result<QByteArrayView>::failure(longLineProblem(line));
        const char *following = lineEnd < end ? lineEnd + 1 : end;
        if (!start && QByteArrayView(next, lineEnd).trimmed().isEmpty()) {
            next = following;
            continue;
        }
        if (!start)
            start = next;
        else if (following - start > s_bytesToDetect)
            break;
        ++lines;
        stop = following;
        next = following;
    }
    if (!start)
        return Result<QByteArrayView>::failure(QStringLiteral("is empty"));
    return QByteArrayView(start, stop);
}

// The most records \a text, whose first line is \a firstLine, can hold, up to \a most: libcsv
// ends one at each line break and at each carriage return that is not part of one. Counting
// fails at a line longer than s_longestTextLine.
Result<Index> recordsAtMost(QByteArrayView text, qint64 firstLine, Index most)
{
    const char *end = text.data() + text.size();
    const char *released = text.data();
    Index records = 0;
    qint64 line = firstLine;
    for (const char *next = text.data(); next < end && records < most; ++line) {
        const char *lineEnd = findLineEnd(next, end);
        if (!lineEnd)
            return Result<Index>::failure(longLineProblem(line));
        const bool crlf = lineEnd < end && lineEnd > next && lineEnd[-1] == '\r';
        records += 1 + Index(std::count(next, lineEnd, '\r')) - (crlf ? 1 : 0);
        next = lineEnd < end ? lineEnd + 1 : end;
        if (next - released >= s_releaseStep) {
            releaseMappedPages(released, next);
            released = next;
        }
    }
    return std::min(records, most);
}

QString noDelimiterProblem(bool decimalComma)
{
    return decimalComma
        ? QStringLiteral("has no delimiter that splits its lines into two or more fields; tabs, "
                         "semicolons and spaces were tried, not commas, which are decimal commas "
                         "here (--decimal-comma on the command line): a file with decimal commas "
                         "separates its values with one of those")
        : QStringLiteral("has no delimiter that splits its lines into two or more fields; "
                         "commas, tabs, semicolons and spaces were tried");
}

// Why parsing \a records stopped short, if it did for its own reasons rather than the table's.
std::optional<QString> recordsProblem(const CsvRecords &records)
{
    if (const std::optional<qint64> line = records.longLine())
        return longLineProblem(*line);
    if (const std::optional<qint64> line = records.longRecord())
        return QStringLiteral("line %1: the row that starts in this line runs on past %2, the "
                              "most a line of a text table may hold, inside a quoted field: its "
                              "closing quote (\") is missing, or a quote inside it is not written "
                              "twice (\"\")")
            .arg(*line)
            .arg(formatBytes(double(s_longestTextLine)));
    // The rest of the file went into that one field, so whatever the rows say of it is beside
    // the point.
    if (const std::optional<qint64> line = records.unclosedQuote())
        return QStringLiteral("line %1: a quoted field starts in this line and its closing quote "
                              "(\") never comes; a quoted field ends with a quote, and a quote "
                              "inside it is written twice (\"\")")
            .arg(*line);
    return std::nullopt;
}

QByteArray csvField(const QString &label)
{
    const QByteArray bytes = label.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n')
        && !bytes.contains('\r'))
        return bytes;
    return '"' + QByteArray(bytes).replace("\"", "\"\"") + '"';
}

} // namespace

std::optional<LoadEstimate> estimateCsv(const QString &path, bool decimalComma)
{
    QFile file(path);
    if (notARegularFile(path) || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray start = file.read(1 << 16);
    const std::optional<char> delimiter = detectDelimiter(start, decimalComma);
    if (!delimiter)
        return std::nullopt;
    LoadOptions options;
    options.maxRows = 1;
    options.decimalComma = decimalComma;
    CsvTable table(options, *delimiter, [] { return Result<Index>(1); });
    CsvRecords records(*delimiter);
    qsizetype firstLineLength = 0;
    records.parse(start, [&](Record &record, qint64) {
        firstLineLength = records.bytesParsed();
        return table.add(record, 0);
    });
    if (table.columns() < 1)
        return std::nullopt;
    LoadEstimate estimate;
    estimate.columns = table.columns();
    estimate.precision = Precision::Float64;
    estimate.rows = std::max<qint64>(1, file.size() / std::max<qsizetype>(firstLineLength, 1));
    return estimate;
}

Result<LoadedTable> readCsv(const QString &path, const LoadOptions &options)
{
    if (auto problem = notARegularFile(path))
        return Failure::failure(*problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::failure(fileProblem(path, file.errorString()));
    if (file.size() == 0)
        return Failure::failure(emptyFileProblem(file, path));
    // Read in place, a line at a time, rather than copied whole: a quick look at the first rows
    // of a large file reads only those, and a file of zeros is refused after its first 64 MiB.
    const auto *mapped = reinterpret_cast<const char *>(file.map(0, file.size()));
    if (!mapped)
        return Failure::failure(fileProblem(path, file.errorString()));
    QByteArrayView text(mapped, file.size());
    if (const std::optional<QString> problem = utf16Problem(text))
        return Failure::failure(fileProblem(path, *problem));
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);

    const Result<QByteArrayView> sample = detectionSample(text);
    if (!sample)
        return Failure::failure(fileProblem(path, sample.errorMessage()));
    std::optional<char> delimiter = detectDelimiter(sample.value(), options.decimalComma);
    const bool singleColumn = !delimiter;
    if (singleColumn)
        delimiter = singleColumnDelimiter(sample.value(), options.decimalComma);
    if (!delimiter)
        return Failure::failure(fileProblem(path, noDelimiterProblem(options.decimalComma)));
    qCDebug(lcCoreTable) << "CSV delimiter" << *delimiter << "in" << path;

    CsvRecords records(*delimiter);
    const Index most = options.maxRows.value_or(std::numeric_limits<Index>::max());
    CsvTable table(
        options, *delimiter,
        [&] { return recordsAtMost(text.sliced(records.lineStart()), records.line(), most); },
        firstFieldsAreNumbers(sample.value(), *delimiter, options.decimalComma));
    table.setSingleColumn(singleColumn);
    bool cancelled = false;
    qsizetype released = 0;
    constexpr qint64 recordsBetweenReports = 4096;
    records.parse(text, [&](Record &record, qint64 line) {
        if (options.progress && line % recordsBetweenReports == 0
            && !options.progress(records.bytesParsed(), text.size())) {
            cancelled = true;
            return false;
        }
        if (records.lineStart() - released >= s_releaseStep) {
            releaseMappedPages(text.data() + released, text.data() + records.lineStart());
            released = records.lineStart();
        }
        return table.add(record, line);
    });
    if (cancelled || (options.progress && !options.progress(text.size(), text.size())))
        return Failure::failure(cancelledProblem(path));
    if (const std::optional<QString> problem = recordsProblem(records))
        return Failure::failure(fileProblem(path, *problem));
    if (!table.problem().isEmpty())
        return Failure::failure(fileProblem(path, table.problem()));
    if (table.rows() == 0)
        return Failure::failure(fileProblem(path, QStringLiteral("holds no row of numbers")));

    const EmbeddingTable values = EmbeddingTable::wrap(
        table.values(), table.values().get(), table.rows(), table.columns(), Precision::Float64);
    return LoadedTable {
        values.withLabels(std::move(table.labels())), table.skipped(), table.firstSkipped(), false};
}

QString writeCsv(const EmbeddingTable &table, const QString &path)
{
    const QStringList &labels = table.labels();
    // Labelled tables get a header whose first field is empty, as pandas writes its index, so
    // that labels which look like numbers ("1984", "nan") read back as labels.
    QByteArray header;
    if (!labels.isEmpty()) {
        for (Index column = 0; column < table.embeddingDimensions(); ++column)
            header += ',' + QByteArray::number(qint64(column));
        header += '\n';
    }
    return writeTextTable(table, path, header, ',',
        [&](Index row) { return labels.isEmpty() ? QByteArray() : csvField(labels[row]); });
}

} // namespace ev
