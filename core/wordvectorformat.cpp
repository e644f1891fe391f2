// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "wordvectorformat.h"

#include "logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>
#include <QStringDecoder>
#include <QtEndian>

#include <fast_float/fast_float.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <cstring>
#include <functional>
#include <limits>
#include <mutex>
#include <string_view>
#include <thread>
#include <tuple>
#include <vector>

namespace ev {

namespace {

using Failure = Result<LoadedTable>;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

// The lines of a mapped text, without their line breaks; a final line without one counts too.
// A line longer than s_longestTextLine ends the reading: a file of zeros has no line break to
// find, and would otherwise be scanned to its end.
class LineReader
{
public:
    LineReader(const char *begin, const char *end) : m_next(begin), m_end(end) { }

    bool next(std::string_view *line)
    {
        if (m_next >= m_end || m_overlong)
            return false;
        const char *lineEnd = findLineEnd(m_next, m_end);
        ++m_number;
        if (!lineEnd) {
            m_overlong = true;
            return false;
        }
        *line = std::string_view(m_next, std::size_t(lineEnd - m_next));
        m_next = lineEnd < m_end ? lineEnd + 1 : m_end;
        return true;
    }

    //! The line last read, or the overlong one that stopped the reading.
    qint64 number() const { return m_number; }
    bool overlong() const { return m_overlong; }

private:
    const char *m_next;
    const char *m_end;
    qint64 m_number = 0;
    bool m_overlong = false;
};

// Calls \a onToken with each part of \a line between spaces and tabs; a trailing carriage return
// or space makes no empty token.
template<typename OnToken>
void forEachToken(std::string_view line, OnToken &&onToken)
{
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && isBlank(line[i]))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && !isBlank(line[i]))
            ++i;
        if (i > start)
            onToken(line.substr(start, i - start));
    }
}

std::vector<std::string_view> tokens(std::string_view line)
{
    std::vector<std::string_view> parts;
    forEachToken(line, [&](std::string_view token) { parts.push_back(token); });
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

enum class ValueStatus { Read, NotANumber, TooLarge };

// from_chars reads nan and inf, but not a leading '+', and it refuses a value beyond the float
// range in either direction: one too small reads as the nearest float (zero or a subnormal), as
// in NumPy.
ValueStatus readFloat(std::string_view text, float *value)
{
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const char *end = text.data() + text.size();
    const std::from_chars_result read = std::from_chars(text.data(), end, *value);
    if (read.ptr != end)
        return ValueStatus::NotANumber;
    if (read.ec == std::errc())
        return ValueStatus::Read;
    if (read.ec != std::errc::result_out_of_range)
        return ValueStatus::NotANumber;
    double wide = 0;
    const std::from_chars_result widened = std::from_chars(text.data(), end, wide);
    if (widened.ec == std::errc() && std::abs(wide) <= std::numeric_limits<float>::max()) {
        *value = float(wide);
        return ValueStatus::Read;
    }
    // Out of even double's range: the exponent's sign says which way.
    const std::size_t exponent = text.find_last_of("eE");
    if (exponent != std::string_view::npos && exponent + 1 < text.size()
        && text[exponent + 1] == '-') {
        *value = text.front() == '-' ? -0.0f : 0.0f;
        return ValueStatus::Read;
    }
    return ValueStatus::TooLarge;
}

std::optional<QString> decodeLabel(std::string_view bytes)
{
    if (bytes.find('\0') != std::string_view::npos)
        return std::nullopt;
    // Most labels are ASCII, which needs no decoder.
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) == 0; }))
        return QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
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

// A label, then exactly `columns` values, in the common case: no copy, no allocation.
// \returns false for anything else, which rowProblem() then explains.
bool readRowQuickly(std::string_view line, Index columns, float *target, std::string_view *label)
{
    const char *p = line.data();
    const char *end = p + line.size();
    while (p < end && isBlank(*p))
        ++p;
    const char *labelStart = p;
    while (p < end && !isBlank(*p))
        ++p;
    *label = std::string_view(labelStart, std::size_t(p - labelStart));
    for (Index column = 0; column < columns; ++column) {
        if (p == end || !isBlank(*p))
            return false;
        while (p < end && isBlank(*p))
            ++p;
        if (p < end && *p == '+')
            ++p;
        const auto [stop, error] = fast_float::from_chars(p, end, target[column]);
        // fast_float reads a value beyond float's range as infinity; rowProblem() refuses it.
        if (error != std::errc()
            || (std::isinf(target[column]) && *(stop - 1) != 'f' && *(stop - 1) != 'F'
                && *(stop - 1) != 'y' && *(stop - 1) != 'Y'))
            return false;
        p = stop;
    }
    while (p < end && isBlank(*p))
        ++p;
    return p == end && !label->empty();
}

// Why a line readRowQuickly() refused is not a row of `columns` values, or nullopt if it is one
// after all (a value too small for float32 reads as zero). Sets \a label either way.
std::optional<QString> rowProblem(
    std::string_view line, Index columns, float *target, std::string_view *label)
{
    const std::vector<std::string_view> parts = tokens(line);
    *label = parts.front();
    const Index found = Index(parts.size()) - 1;
    if (found != columns)
        return QStringLiteral("%1 has %2 values, but the table has %3 columns")
            .arg(quoted(parts.front()))
            .arg(found)
            .arg(columns);
    for (Index column = 0; column < found; ++column) {
        const std::string_view text = parts[std::size_t(column) + 1];
        switch (readFloat(text, target + column)) {
        case ValueStatus::Read:
            continue;
        case ValueStatus::TooLarge:
            return QStringLiteral("%1, value %2 of %3, is beyond the float32 range (about "
                                  "±3.4e38)")
                .arg(quoted(text))
                .arg(column + 1)
                .arg(quoted(parts.front()));
        case ValueStatus::NotANumber:
            break;
        }
        return QStringLiteral("%1, value %2 of %3, is not a number")
            .arg(quoted(text))
            .arg(column + 1)
            .arg(quoted(parts.front()));
    }
    return std::nullopt;
}

struct TextLayout
{
    bool hasHeader = false;
    qint64 declaredRows = 0;
    Index columns = 0;
};

// The first two tokens of a line, and how many it holds, without a list of them all: a first
// line may hold millions of values.
struct LineStart
{
    std::string_view first;
    std::string_view second;
    std::size_t count = 0;
};

LineStart lineStart(std::string_view line)
{
    LineStart start;
    forEachToken(line, [&](std::string_view token) {
        if (start.count == 0)
            start.first = token;
        else if (start.count == 1)
            start.second = token;
        ++start.count;
    });
    return start;
}

Result<TextLayout> readTextLayout(std::string_view firstLine)
{
    const LineStart start = lineStart(firstLine);
    const std::string_view parts[] = {start.first, start.second};
    TextLayout layout;
    if (start.count == 2) {
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
    if (start.count < 2)
        return Result<TextLayout>::failure(
            QStringLiteral("line 1 holds neither a \"count dimensions\" header nor a label "
                           "followed by values"));
    layout.columns = Index(start.count) - 1;
    return layout;
}

// What was wrong with a line. A repeated label's message names the row the label first labels,
// which is known only once the stretches are joined: `repeated` holds the label until then.
struct LineProblem
{
    qint64 line = 0;
    QString text;
    QString repeated;

    bool isEmpty() const { return line == 0; }
    // "line N: ..." for a message; \a labels is the joined table's, for a repeated label.
    QString located(const QStringList &labels) const
    {
        const QString problem = repeated.isNull()
            ? text
            : QStringLiteral("the label %1 already labels row %2")
                  .arg(quotedForMessage(repeated.toUtf8()))
                  .arg(labels.indexOf(repeated));
        return QStringLiteral("line %1: %2").arg(line).arg(problem);
    }
};

// A row's label hash and its place: its row in the table as read, before the stretches are
// joined. Stretches come in file order and take their rows in turn, so places sort in file order
// too.
struct LabelPlace
{
    std::size_t hash;
    Index place;

    friend bool operator<(const LabelPlace &a, const LabelPlace &b)
    {
        return std::tie(a.hash, a.place) < std::tie(b.hash, b.place);
    }
};

// A stretch of whole lines of a text file, read by a thread of its own into the table rows
// reserved for it; the stretches are joined in file order afterwards.
struct TextStretch
{
    const char *begin = nullptr;
    const char *end = nullptr;
    qint64 firstLine = 1;
    qint64 lines = 0;
    // Whether the line after `lines` runs past s_longestTextLine, which stopped the counting.
    bool overlong = false;
    Index firstRow = 0;
    Index capacity = 0;

    Index rows = 0;
    QStringList labels;
    // Each label's hash and place, sorted by the thread once the stretch is read, for
    // findRepeatedRows(): sorted hashes find repeats in a fraction of the time a hash set of the
    // labels would take.
    std::vector<LabelPlace> labelPlaces;
    // Set by findRepeatedRows() for each row whose label an earlier row holds.
    std::vector<bool> repeated;
    // The problem that stopped the reading, when bad lines are not skipped, and the first line
    // skipped when they are.
    LineProblem problem;
    Index skipped = 0;
    LineProblem firstSkipped;
};

// What the threads reading one file share.
struct SharedReading
{
    std::atomic<qint64> bytesRead {0};
    std::atomic<bool> cancelled {false};
    // The earliest stretch stopped by a problem: later stretches need not go on.
    std::atomic<std::size_t> firstFailed {std::numeric_limits<std::size_t>::max()};
};

// Counts the lines of \a stretch, up to the first longer than s_longestTextLine if there is one.
void countLines(TextStretch &stretch)
{
    LineReader lines(stretch.begin, stretch.end);
    const char *released = stretch.begin;
    std::string_view line;
    while (lines.next(&line)) {
        const char *next = line.data() + line.size();
        if (next - released >= s_releaseStep) {
            releaseMappedPages(released, next);
            released = next;
        }
    }
    releaseMappedPages(released, stretch.end);
    stretch.overlong = lines.overlong();
    stretch.lines = stretch.overlong ? lines.number() - 1 : lines.number();
}

// Reads a line that is not blank as a row into \a target. \returns its label, or nullopt with
// \a problem set.
std::optional<QString> readTextRow(
    std::string_view line, Index columns, float *target, QString *problem)
{
    std::string_view labelBytes;
    if (!readRowQuickly(line, columns, target, &labelBytes)) {
        if (std::optional<QString> found = rowProblem(line, columns, target, &labelBytes)) {
            *problem = *found;
            return std::nullopt;
        }
    }
    std::optional<QString> label = decodeLabel(labelBytes);
    if (!label)
        *problem = labelBytes.find('\0') != std::string_view::npos
            ? QStringLiteral("the label holds a NUL byte, which no text label can")
            : QStringLiteral("the label is not valid UTF-8");
    return label;
}

std::size_t labelHash(const QString &label)
{
    return std::hash<std::u16string_view>()(
        std::u16string_view(reinterpret_cast<const char16_t *>(label.utf16()), label.size()));
}

// The line that row \a row of a stretch came from. Only a duplicate label's message needs it, so
// it is found by reading the stretch again rather than kept for every row.
qint64 lineOfRow(const TextStretch &stretch, Index row, Index columns, bool skipBadLines)
{
    std::vector<float> scratch(static_cast<std::size_t>(columns));
    LineReader lines(stretch.begin, stretch.end);
    std::string_view line;
    Index rows = 0;
    QString ignored;
    while (lines.next(&line)) {
        if (isBlankLine(line))
            continue;
        // Skipped lines made no row.
        if (skipBadLines && !readTextRow(line, columns, scratch.data(), &ignored))
            continue;
        if (rows++ == row)
            break;
    }
    return stretch.firstLine + lines.number() - 1;
}

void readStretch(TextStretch &stretch, std::size_t number, Index columns, bool skipBadLines,
    float *values, SharedReading &shared)
{
    stretch.labels.reserve(stretch.capacity);
    stretch.labelPlaces.reserve(std::size_t(stretch.capacity));
    LineReader lines(stretch.begin, stretch.end);
    const char *counted = stretch.begin;
    std::string_view line;
    while (stretch.rows < stretch.capacity && lines.next(&line)) {
        if (line.data() - counted >= s_releaseStep) {
            shared.bytesRead += line.data() - counted;
            releaseMappedPages(counted, line.data());
            counted = line.data();
            if (shared.cancelled || shared.firstFailed < number)
                return;
        }
        if (isBlankLine(line))
            continue;
        const qint64 lineNumber = stretch.firstLine + lines.number() - 1;
        float *target = values + (stretch.firstRow + stretch.rows) * columns;
        LineProblem problem {lineNumber, {}, {}};
        std::optional<QString> label = readTextRow(line, columns, target, &problem.text);
        if (!label) {
            if (!skipBadLines) {
                stretch.problem = problem;
                std::size_t earliest = shared.firstFailed;
                while (number < earliest
                    && !shared.firstFailed.compare_exchange_weak(earliest, number)) { }
                return;
            }
            if (stretch.skipped++ == 0)
                stretch.firstSkipped = problem;
            continue;
        }
        stretch.labelPlaces.push_back({labelHash(*label), stretch.firstRow + stretch.rows});
        stretch.labels.append(std::move(*label));
        ++stretch.rows;
    }
    shared.bytesRead += stretch.end - counted;
    releaseMappedPages(counted, stretch.end);
    std::sort(stretch.labelPlaces.begin(), stretch.labelPlaces.end());
}

// Cuts [begin, end) into `count` stretches of about equal size that end at line breaks.
std::vector<TextStretch> cutIntoStretches(const char *begin, const char *end, std::size_t count)
{
    std::vector<TextStretch> stretches;
    const char *start = begin;
    for (std::size_t k = 1; k <= count && start < end; ++k) {
        const char *stop = k == count ? end : begin + (end - begin) * qint64(k) / qint64(count);
        if (stop < start)
            stop = start;
        // A cut inside a line too long to read makes the rest one stretch, whose count finds it.
        if (stop < end) {
            const char *lineEnd = findLineEnd(stop, end);
            stop = lineEnd && lineEnd < end ? lineEnd + 1 : end;
        }
        if (stop > start) {
            TextStretch stretch;
            stretch.begin = start;
            stretch.end = stop;
            stretches.push_back(std::move(stretch));
        }
        start = stop;
    }
    return stretches;
}

// Reads every stretch, on threads when there are several, telling options.progress how far the
// reading got. \returns false if it was cancelled.
bool readStretches(std::vector<TextStretch> &stretches, Index columns, float *values,
    const LoadOptions &options, qint64 fileSize)
{
    SharedReading shared;
    if (stretches.size() == 1) {
        readStretch(stretches.front(), 0, columns, options.skipBadLines, values, shared);
        return !options.progress || options.progress(fileSize, fileSize);
    }
    std::mutex mutex;
    std::condition_variable finished;
    std::size_t running = stretches.size();
    std::vector<std::jthread> threads;
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        threads.emplace_back([&, k] {
            readStretch(stretches[k], k, columns, options.skipBadLines, values, shared);
            const std::lock_guard lock(mutex);
            --running;
            finished.notify_one();
        });
    }
    std::unique_lock lock(mutex);
    while (running > 0) {
        finished.wait_for(lock, std::chrono::milliseconds(50));
        if (options.progress && !shared.cancelled && !options.progress(shared.bytesRead, fileSize))
            shared.cancelled = true;
    }
    // Once more at the end, so a cancel that came while the threads finished still counts.
    return !shared.cancelled && (!options.progress || options.progress(fileSize, fileSize));
}

// Marks each row whose label an earlier row, in file order, holds.
void findRepeatedRows(std::vector<TextStretch> &stretches)
{
    // Each stretch sorted its own; merged, equal hashes end up side by side, in file order, and
    // only their labels need comparing.
    std::vector<LabelPlace> places;
    for (TextStretch &stretch : stretches) {
        stretch.repeated.assign(std::size_t(stretch.rows), false);
        std::vector<LabelPlace> merged(places.size() + stretch.labelPlaces.size());
        std::merge(places.begin(), places.end(), stretch.labelPlaces.begin(),
            stretch.labelPlaces.end(), merged.begin());
        places = std::move(merged);
        stretch.labelPlaces = {};
    }
    const auto stretchOf = [&](const LabelPlace &place) -> TextStretch & {
        return *std::prev(std::upper_bound(stretches.begin(), stretches.end(), place.place,
            [](Index row, const TextStretch &stretch) { return row < stretch.firstRow; }));
    };
    const auto labelAt = [&](const LabelPlace &place) -> const QString & {
        const TextStretch &stretch = stretchOf(place);
        return stretch.labels.at(place.place - stretch.firstRow);
    };
    for (std::size_t first = 0; first < places.size();) {
        std::size_t end = first + 1;
        while (end < places.size() && places[end].hash == places[first].hash)
            ++end;
        for (std::size_t i = first + 1; i < end; ++i) {
            const QString &label = labelAt(places[i]);
            if (std::any_of(places.begin() + qsizetype(first), places.begin() + qsizetype(i),
                    [&](const LabelPlace &other) { return labelAt(other) == label; })) {
                TextStretch &stretch = stretchOf(places[i]);
                stretch.repeated[std::size_t(places[i].place - stretch.firstRow)] = true;
            }
        }
        first = end;
    }
}

// The rows of the stretches in file order, up to the first problem, without duplicate labels
// when skipping: moved together at the start of `values`.
struct JoinedRows
{
    Index rows = 0;
    QStringList labels;
    QString problem;
    Index skipped = 0;
    QString firstSkipped;
};

JoinedRows joinStretches(
    std::vector<TextStretch> &stretches, Index columns, float *values, bool skipBadLines)
{
    JoinedRows joined;
    LineProblem firstSkipped;
    const auto skipped = [&](Index count, const LineProblem &first) {
        joined.skipped += count;
        if (count > 0 && (firstSkipped.isEmpty() || first.line < firstSkipped.line))
            firstSkipped = first;
    };

    Index rowCount = 0;
    for (const TextStretch &stretch : stretches)
        rowCount += stretch.rows;
    joined.labels.reserve(rowCount);
    findRepeatedRows(stretches);
    for (std::size_t k = 0; k < stretches.size(); ++k) {
        TextStretch &stretch = stretches[k];
        bool repeatFound = false;
        for (Index row = 0; row < stretch.rows; ++row) {
            QString &label = stretch.labels[row];
            if (stretch.repeated[std::size_t(row)]) {
                // The first is the earliest repeat in the file; later ones only count.
                LineProblem problem;
                if (!repeatFound || !skipBadLines) {
                    repeatFound = true;
                    problem = {lineOfRow(stretch, row, columns, skipBadLines), {}, label};
                }
                if (!skipBadLines) {
                    joined.problem = problem.located(joined.labels);
                    return joined;
                }
                if (problem.isEmpty())
                    ++joined.skipped;
                else
                    skipped(1, problem);
                continue;
            }
            const Index target = joined.rows++;
            if (target != stretch.firstRow + row)
                std::memmove(values + target * columns, values + (stretch.firstRow + row) * columns,
                    std::size_t(columns) * sizeof(float));
            joined.labels.append(std::move(label));
        }
        stretch.labels = {};
        skipped(stretch.skipped, stretch.firstSkipped);
        // Its rows all come before its problem, and every earlier stretch read cleanly.
        if (!stretch.problem.isEmpty()) {
            joined.problem = stretch.problem.located(joined.labels);
            return joined;
        }
    }
    if (!firstSkipped.isEmpty())
        joined.firstSkipped = firstSkipped.located(joined.labels);
    return joined;
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
    if (lines.overlong())
        return Failure::failure(fileProblem(path, longLineProblem(lines.number())));
    if (isBlankLine(firstLine))
        return Failure::failure(fileProblem(path, QStringLiteral("is empty")));

    const Result<TextLayout> layout = readTextLayout(firstLine);
    if (!layout)
        return Failure::failure(fileProblem(path, layout.errorMessage()));
    const bool hasHeader = layout.value().hasHeader;
    const Index columns = layout.value().columns;

    // Large files are read by several threads, each a stretch of whole lines; a quick look at
    // the first rows reads from the start.
    const char *dataBegin
        = hasHeader ? std::min(firstLine.data() + firstLine.size() + 1, end) : firstLine.data();
    const qint64 firstDataLine = hasHeader ? lines.number() + 1 : lines.number();
    constexpr qint64 smallestStretch = 4 << 20;
    const std::size_t threads = options.maxRows
        ? 1
        : std::size_t(std::clamp<qint64>((end - dataBegin) / smallestStretch, 1,
            std::clamp<qint64>(std::thread::hardware_concurrency(), 1, 8)));
    std::vector<TextStretch> stretches = cutIntoStretches(dataBegin, end, threads);

    // Every row takes a line, so the file's lines bound the rows before anything is allocated.
    {
        std::vector<std::jthread> counters;
        for (std::size_t k = 1; k < stretches.size(); ++k)
            counters.emplace_back([&stretch = stretches[k]] { countLines(stretch); });
        if (!stretches.empty())
            countLines(stretches.front());
    }
    qint64 dataLines = 0;
    for (TextStretch &stretch : stretches) {
        stretch.firstLine = firstDataLine + dataLines;
        dataLines += stretch.lines;
        // Every line before it is counted, in this stretch and the earlier ones.
        if (stretch.overlong)
            return Failure::failure(fileProblem(path, longLineProblem(dataLines + firstDataLine)));
    }
    const qint64 declared = layout.value().declaredRows;
    if (hasHeader && declared > dataLines && !options.skipBadLines && !options.maxRows)
        return Failure::failure(fileProblem(path,
            QStringLiteral("the header promises %1 rows, but only %2 lines follow")
                .arg(declared)
                .arg(dataLines)));
    if (dataLines < 1)
        return Failure::failure(fileProblem(path, QStringLiteral("holds a header but no rows")));
    // Each row holds a label and, before each value, a separator: at least 2 × columns + 1
    // bytes. That bounds the rows a file can hold, so a tiny file declaring a billion columns
    // is refused before anything is allocated.
    const std::optional<std::uint64_t> rowBytes = checkedBytes(columns, 2, 1);
    const qint64 fileSize = end - begin;
    if (!rowBytes || *rowBytes + 1 > std::uint64_t(fileSize))
        return Failure::failure(fileProblem(path,
            QStringLiteral("line 1: the header declares %1 values per row, more than the whole "
                           "file (%2) could hold")
                .arg(columns)
                .arg(formatBytes(double(fileSize)))));
    Index capacity = 0;
    for (TextStretch &stretch : stretches) {
        const qint64 fitting = (stretch.end - stretch.begin) / qint64(*rowBytes + 1) + 1;
        stretch.firstRow = capacity;
        stretch.capacity
            = std::min<qint64>({stretch.lines, fitting, options.maxRows.value_or(stretch.lines)});
        capacity += stretch.capacity;
    }

    bool cancelled = false;
    JoinedRows joined;
    auto table = EmbeddingTable::generate(
        capacity, columns, Precision::Float32,
        [&](auto &values) {
            using Scalar = typename std::decay_t<decltype(values)>::Scalar;
            if constexpr (std::is_same_v<Scalar, float>) {
                cancelled = !readStretches(stretches, columns, values.data(), options, fileSize);
                if (!cancelled)
                    joined = joinStretches(stretches, columns, values.data(), options.skipBadLines);
            }
        },
        options.memoryLimitBytes);
    if (!table)
        return Failure::failure(fileProblem(path, table.errorMessage()));
    if (cancelled)
        return Failure::failure(cancelledProblem(path));
    if (!joined.problem.isEmpty())
        return Failure::failure(fileProblem(path, joined.problem));
    if (joined.rows == 0)
        return Failure::failure(fileProblem(path,
            QStringLiteral("has no row that could be read; the first problem: %1")
                .arg(joined.firstSkipped)));
    if (hasHeader && !options.maxRows && !options.skipBadLines && joined.rows != declared)
        return Failure::failure(fileProblem(path,
            QStringLiteral("the header promises %1 rows, but the file holds %2")
                .arg(declared)
                .arg(joined.rows)));

    LoadedTable loaded {table.value().firstRows(joined.rows).withLabels(std::move(joined.labels)),
        joined.skipped, joined.firstSkipped, false};
    return loaded;
}

// Why the rows of a word2vec binary file may not be where they are read.
const QString s_shiftedRowsCauses = QStringLiteral(
    "a label ends at the first space, so a label holding a space (\"new york\") shifts every "
    "row after it, as do values that are not float32 or a wrong header");

// A label read from where a row should start: UTF-8 text without control characters.
bool isTextLabel(std::string_view bytes)
{
    return decodeLabel(bytes) && std::none_of(bytes.begin(), bytes.end(), [](char c) {
        return (c >= 0 && c < 0x20) || c == 0x7f;
    });
}

QString binaryLabelProblem(std::string_view bytes)
{
    return QStringLiteral("the label %1 is not text (it is not UTF-8 or holds control "
                          "characters): %2")
        .arg(quoted(bytes), s_shiftedRowsCauses);
}

Result<LoadedTable> readBinary(
    const QString &path, const char *begin, const char *end, const LoadOptions &options)
{
    LineReader lines(begin, end);
    std::string_view firstLine;
    if (!lines.next(&firstLine) && lines.overlong())
        return Failure::failure(fileProblem(path, longLineProblem(1)));
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
            QStringLiteral("its header declares %1 rows of %2 values, which need at least %3, "
                           "but only %4 follow: the header is wrong or the file is truncated")
                .arg(declared)
                .arg(columns)
                .arg(formatBytes(double(declared) * (4.0 * double(columns) + 2.0)),
                    formatBytes(double(end - data)))));

    const Index capacity = std::min<qint64>(options.maxRows.value_or(declared), declared);
    RowCollector rows(columns, false, QStringLiteral("row"));
    const char *next = data;
    bool cancelled = false;
    constexpr Index rowsBetweenReports = 4096;
    auto table = EmbeddingTable::generate(
        capacity, columns, Precision::Float32,
        [&](auto &values) {
            for (Index row = 0; row < capacity; ++row) {
                if (options.progress && row % rowsBetweenReports == 0
                    && !options.progress(next - begin, end - begin)) {
                    cancelled = true;
                    return;
                }
                while (next < end && (*next == '\n' || *next == ' '))
                    ++next;
                const char *space = static_cast<const char *>(std::memchr(next, ' ', end - next));
                if (!space || end - (space + 1) < 4 * columns) {
                    rows.reject(row,
                        QStringLiteral("the file ends inside this row: it is truncated, or %1")
                            .arg(s_shiftedRowsCauses));
                    return;
                }
                const std::string_view label(next, std::size_t(space - next));
                if (!isTextLabel(label)) {
                    rows.reject(row, binaryLabelProblem(label));
                    return;
                }
                if (!rows.addLabel(row, label))
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
    if (cancelled)
        return Failure::failure(cancelledProblem(path));
    if (!rows.problem().isEmpty())
        return Failure::failure(fileProblem(path, rows.problem()));
    // word2vec ends each row with a line break; anything else after the last row means the rows
    // were not where they were read, so the values read may be wrong too.
    while (capacity == declared && next < end && (*next == '\n' || *next == ' '))
        ++next;
    if (capacity == declared && next < end)
        return Failure::failure(fileProblem(path,
            QStringLiteral("holds %1 after the %2 rows its header declares; %3")
                .arg(formatBytes(double(end - next)))
                .arg(declared)
                .arg(s_shiftedRowsCauses)));
    return LoadedTable {table.value().withLabels(rows.takeLabels()), 0, {}, false};
}

// Text never holds a NUL byte; word2vec's binary values almost always do, after the header
// every word2vec file starts with.
bool looksBinary(const QString &path, QByteArrayView start)
{
    if (QFileInfo(path).suffix().compare(u"bin", Qt::CaseInsensitive) == 0)
        return true;
    const qsizetype lineEnd = start.indexOf('\n');
    const QByteArrayView firstLine = lineEnd < 0 ? start : start.first(lineEnd);
    const Result<TextLayout> layout
        = readTextLayout(std::string_view(firstLine.data(), std::size_t(firstLine.size())));
    return start.contains('\0') && layout && layout.value().hasHeader;
}

} // namespace

std::optional<LoadEstimate> estimateWordVectors(const QString &path)
{
    QFile file(path);
    if (notARegularFile(path) || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray start = file.read(1 << 16);
    const bool binary = looksBinary(path, start);
    if (start.startsWith("\xEF\xBB\xBF"))
        start.remove(0, 3);
    LineReader lines(start.constData(), start.constData() + start.size());
    std::string_view firstLine;
    while (lines.next(&firstLine) && isBlankLine(firstLine)) { }
    const Result<TextLayout> layout = readTextLayout(firstLine);
    if (!layout || (binary && !layout.value().hasHeader))
        return std::nullopt;

    LoadEstimate estimate;
    estimate.columns = layout.value().columns;
    estimate.exactRows = layout.value().hasHeader;
    estimate.rows = estimate.exactRows
        ? layout.value().declaredRows
        : std::max<qint64>(1, file.size() / qint64(firstLine.size() + 1));
    return estimate;
}

Result<LoadedTable> readWordVectors(const QString &path, const LoadOptions &options)
{
    if (auto problem = notARegularFile(path))
        return Failure::failure(*problem);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::failure(fileProblem(path, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return Failure::failure(emptyFileProblem(file, path));
    const auto *begin = reinterpret_cast<const char *>(file.map(0, size));
    if (!begin)
        return Failure::failure(fileProblem(path, file.errorString()));
    const char *end = begin + size;
    if (const std::optional<QString> problem = utf16Problem(QByteArrayView(begin, size)))
        return Failure::failure(fileProblem(path, *problem));

    const bool binary = looksBinary(path, QByteArrayView(begin, std::min<qint64>(size, 1 << 16)));
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

    // word2vec text is read as float32, here and in gensim: a float64 value beyond its range
    // would make a file that reads back nowhere. Other values are written in full, and read
    // back rounded to float32, as every word2vec reader does.
    std::optional<QString> changed;
    table.visit([&](const auto &values) {
        for (Index row = 0; row < values.rows() && !changed; ++row) {
            for (Index column = 0; column < values.cols(); ++column) {
                const double value = double(values(row, column));
                if (std::isfinite(value)
                    && std::abs(value) > double(std::numeric_limits<float>::max())) {
                    changed = QStringLiteral("E[%1, %2] = %3")
                                  .arg(row)
                                  .arg(column)
                                  .arg(QString::number(value, 'g', QLocale::FloatingPointShortest));
                    break;
                }
            }
        }
    });
    if (changed)
        return fileProblem(path,
            QStringLiteral("word2vec text is read as float32, and %1 is beyond its range (about "
                           "±3.4e38); save as .npy or CSV to keep it")
                .arg(*changed));

    const QByteArray header = QByteArray::number(qint64(table.numEmbeddings())) + ' '
        + QByteArray::number(qint64(table.embeddingDimensions())) + '\n';
    return writeTextTable(table, path, header, ' ', [&](Index row) {
        return labels.isEmpty() ? QByteArray::number(qint64(row)) : labels[row].toUtf8();
    });
}

} // namespace ev
