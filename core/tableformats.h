// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "tablefile.h"

#include <QStringList>

namespace ev {

/*!
 * \returns the table in \a path, read by the reader its extension names: .npy (readNpy()),
 * .csv and .tsv (readCsv()), .txt, .vec and .bin (readWordVectors(); a .txt or .vec grid that
 * starts with a number is read by readCsv(), as numpy.savetxt writes them). Other extensions are
 * recognised by content: the .npy magic, else a word-vector layout (a "count dimensions" header
 * or a label before the values), else CSV.
 */
Result<LoadedTable> loadTable(const QString &path, const LoadOptions &options = {});

/*!
 * \returns what loadTable() with \a options would read from \a path, from its header or first
 * line alone (see LoadEstimate), or nullopt where that says nothing; loadTable() then says why.
 */
std::optional<LoadEstimate> estimateLoad(const QString &path, const LoadOptions &options = {});

/*!
 * Writes \a table to \a path in the format its extension names: .npy, .csv or .txt / .vec
 * (word2vec text). \returns an empty string, or why the table could not be saved.
 */
QString saveTable(const EmbeddingTable &table, const QString &path);

/*!
 * \returns a message if saveTable() cannot write \a path's format, or \a path names a folder, a
 * pipe or a device rather than a file, so a caller can refuse before loading or computing
 * anything.
 */
std::optional<QString> saveFormatProblem(const QString &path);

//! \returns the extensions loadTable() reads, as "*.npy" patterns for a file dialog.
QStringList loadablePatterns();

} // namespace ev
