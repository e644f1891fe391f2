// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"
#include "result.h"
#include "validation.h"

#include <QString>

class QFile;

#include <cstdint>
#include <functional>
#include <optional>

namespace ev {

//! How a table file is read.
struct LoadOptions
{
    //! Text formats: leave out lines that cannot be read instead of refusing the file.
    bool skipBadLines = false;
    //! Read only the first rows, for a quick look at a large file.
    std::optional<Index> maxRows;
    //! CSV: read "1,5" as one and a half (the delimiter then cannot be a comma).
    bool decimalComma = false;
    //! Refuse a table whose values would need more than this.
    std::uint64_t memoryLimitBytes = defaultMemoryLimitBytes();
    /*!
     * Called now and then, on the thread that called the reader, with the bytes read so far and
     * the file's size. Returning false stops the reading, which then fails with
     * cancelledProblem(): a window can offer Cancel without waiting for the whole file.
     */
    std::function<bool(qint64 bytesRead, qint64 bytesTotal)> progress;
};

//! A table read from a file, and how the reading went.
struct LoadedTable
{
    EmbeddingTable table;
    //! Lines left out because LoadOptions::skipBadLines was set.
    Index skippedLines = 0;
    //! The first problem among the skipped lines, to tell the user what kind they were.
    QString firstSkippedProblem;
    //! Whether the values are read straight from the file, which stays open while in use.
    bool memoryMapped = false;
};

/*!
 * \brief What loading a file will take, found from its header or its first line without reading
 * the rest, so a person can be told before a long load and a table too large can be cut short.
 */
struct LoadEstimate
{
    Index rows = 0;
    Index columns = 0;
    Precision precision = Precision::Float32;
    //! Whether rows is the file's own count, not a guess from the length of its first line.
    bool exactRows = false;
    //! Whether the values would be read from the file as needed, taking no memory of their own.
    bool memoryMapped = false;

    //! The bytes the values take in memory (even when mapped), or nullopt past 64 bits.
    std::optional<std::uint64_t> bytes() const { return tableBytes(rows, columns, precision); }
};

//! \returns "PATH: PROBLEM", the form every message about a file takes.
QString fileProblem(const QString &path, const QString &problem);

//! \returns the message of a reading that LoadOptions::progress stopped.
QString cancelledProblem(const QString &path);

//! Readers let go of a mapped file's pages behind them in steps of this size, so a large file is
//! never resident whole.
inline constexpr qint64 s_releaseStep = 1 << 20;

/*!
 * Lets the system drop the pages of a read-only file mapping between \a begin and \a end from
 * this program's memory. They stay readable (they are read from the file again if touched), so a
 * single pass over a file larger than the table it holds does not keep the whole file resident.
 */
void releaseMappedPages(const char *begin, const char *end);

/*!
 * The longest line a text table may have: room for a label and a few million values, while a
 * file without line breaks (a sparse file of zeros, say) is refused after this many bytes
 * rather than scanned to its end.
 */
inline constexpr qint64 s_longestTextLine = qint64(64) << 20;

/*!
 * \returns the end of the line that starts at \a begin: its line break, or \a end if the text
 * ends first; nullptr if the line runs past s_longestTextLine, in which case no more than that
 * is read.
 */
const char *findLineEnd(const char *begin, const char *end);

//! \returns the message for line \a line, which runs past s_longestTextLine.
QString longLineProblem(qint64 line);

/*!
 * \returns \a text for a message, cut to a few dozen characters with "…": a field of a hostile
 * file may be megabytes long. quotedForMessage() adds quotation marks.
 */
QString shortenedForMessage(QByteArrayView text);
QString quotedForMessage(QByteArrayView text);

/*!
 * Writes \a table as text, atomically: \a header, then one line per row holding the row's label
 * (as \a label writes it; none where it returns a null array) and each value in the shortest
 * form that reads back the same, all separated by \a separator.
 * \returns an empty string, or why the file could not be written.
 */
QString writeTextTable(const EmbeddingTable &table, const QString &path, const QByteArray &header,
    char separator, const std::function<QByteArray(Index)> &label);

/*!
 * \returns a message if \a path names a directory, a device or a pipe rather than a file: opening
 * a pipe would wait for a writer, and a device may never end. Readers call this before opening.
 */
std::optional<QString> notARegularFile(const QString &path);

/*!
 * \returns the message for \a file, open at \a path, whose size is 0: "is empty", unless reading
 * finds bytes after all, as in files that the system makes as they are read (/proc, /sys). Those
 * cannot be mapped or measured, so they are refused with a message that says so.
 */
QString emptyFileProblem(QFile &file, const QString &path);

/*!
 * \returns why a text table starting with \a start cannot be read, if it starts with a UTF-16
 * byte-order mark: its every other byte is a zero, which the readers would report as a
 * puzzling "not a number".
 */
std::optional<QString> utf16Problem(QByteArrayView start);

} // namespace ev
