// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "tablefile.h"

namespace ev {

/*!
 * \brief Reads word vectors in the text formats of word2vec and GloVe, or word2vec's binary one.
 *
 * Text: one row per line, a label (any UTF-8 without spaces) and then the values, separated by
 * spaces or tabs. word2vec starts with a "count dimensions" header line; GloVe has none, and is
 * recognised by that. Windows line endings, a byte-order mark and trailing spaces are accepted.
 * Binary (a file ending in .bin, or one holding NUL bytes): the same header, then for each row
 * the label, a space and the values as little-endian float32.
 *
 * Values become float32, the precision these formats are made in. A line with the wrong number
 * of values, a value that is not a number, a duplicate label, a label that is not UTF-8, or a
 * header that disagrees with the rows is refused with a message naming the file, the line and
 * the problem, unless LoadOptions::skipBadLines asks for such lines to be left out and counted.
 * Sizes are checked against the file's length and the memory limit before allocating.
 */
Result<LoadedTable> readWordVectors(const QString &path, const LoadOptions &options = {});

//! \returns the shape readWordVectors() would give \a path: exact from a word2vec header, else
//! guessed from the length of the first line.
std::optional<LoadEstimate> estimateWordVectors(const QString &path);

/*!
 * Writes \a table in word2vec's text format, each value in the shortest form that reads back
 * the same, atomically. Rows without labels are labelled by their index.
 * \returns an empty string, or why the file could not be written (a label holding a space or a
 * line break cannot be written in this format).
 */
QString writeWord2VecText(const EmbeddingTable &table, const QString &path);

} // namespace ev
