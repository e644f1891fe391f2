// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "tablefile.h"

namespace ev {

/*!
 * \brief Reads a table of numbers separated by commas, tabs, semicolons or spaces.
 *
 * The delimiter is detected from the first lines (LoadOptions::decimalComma rules out the
 * comma). Lines starting with '#' are comments. A first row that is not all numbers is a header
 * and is left out; a first column that is not numbers holds the row labels, which may be quoted
 * ("New York, NY"), and so does a first column whose header field is empty, as pandas writes
 * its index. A first row whose first field is a word while those of the rows below (within the
 * first lines) are all numbers is refused: the word is more likely a stray than a label. Each
 * label may label one row only. Quoting follows RFC 4180, parsed by libcsv. Values become
 * float64. A value with a decimal comma ("1,5") is refused with a message that says so, unless
 * LoadOptions::decimalComma is set. Ragged rows, empty and non-numeric values are refused with
 * the file, the line and the problem, or skipped and counted with LoadOptions::skipBadLines.
 *
 * The file is read in place (memory-mapped) a line at a time, and only as far as
 * LoadOptions::maxRows needs. The rows it can hold (one a line break, at most) are checked
 * against LoadOptions::memoryLimitBytes before the values are allocated, once. A line longer
 * than s_longestTextLine, or a quoted field that runs on for longer, is refused when reached.
 */
Result<LoadedTable> readCsv(const QString &path, const LoadOptions &options = {});

//! \returns the columns readCsv() would find in \a path, and its rows guessed from the length of
//! the first line.
std::optional<LoadEstimate> estimateCsv(const QString &path, bool decimalComma = false);

/*!
 * Writes \a table as comma-separated values, atomically: a first column of labels (quoted where
 * needed) if the table has labels, then each value in the shortest form that reads back the
 * same. An unlabelled table has no header row, so numpy.loadtxt(path, delimiter=",") reads it; a
 * labelled one starts with the header ",0,1,…" that pandas writes above its index, so
 * pandas.read_csv(path, index_col=0) reads it, and labels that look like numbers read back as
 * labels.
 * \returns an empty string, or why the file could not be written.
 */
QString writeCsv(const EmbeddingTable &table, const QString &path);

} // namespace ev
