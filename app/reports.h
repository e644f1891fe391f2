// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "nearestneighbours.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace ev {

class EmbeddingSession;

//! The hot row's nearest rows, for the reports; nullopt when none were asked for.
using NeighbourList = std::optional<std::vector<Neighbour>>;

/*!
 * \returns E, X, X·E and E[i] as text, laid out the way NumPy prints arrays, followed by whether
 * the product equals the lookup and by \a neighbours, if given. Values use the table's
 * NumberFormat.
 */
QString textReport(const EmbeddingSession &session, const NeighbourList &neighbours = {});

/*!
 * \returns one line per neighbour, best first: rank (from 1), row, label (labelled tables only)
 * and the score with 6 decimals, separated by tabs.
 */
QString neighboursReport(const EmbeddingSession &session, const std::vector<Neighbour> &neighbours);

/*!
 * \returns entry \a column of X·E written out as its sum, "(X·E)[2] = 0·3 + 0·13 + 1·23 + … =
 * 23", then which row and column the one term that counts comes from.
 * \pre 0 <= column < embedding_dimensions
 */
QString explanationReport(const EmbeddingSession &session, Index column);

/*!
 * \returns one JSON object with num_embeddings, embedding_dimensions, index, table_kind, seed
 * (random tables only), table, one_hot, output, lookup and equal, and neighbours if given (rank,
 * row, label where rows have labels, score). Numbers keep full precision.
 */
QByteArray jsonReport(const EmbeddingSession &session, const NeighbourList &neighbours = {});

} // namespace ev
