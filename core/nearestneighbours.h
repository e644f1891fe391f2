// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"
#include "result.h"

#include <QString>

#include <stop_token>
#include <vector>

namespace ev {

//! A row of E and how closely its direction matches the selected row's.
struct Neighbour
{
    Index row = 0;
    double score = 0.0; //!< Cosine similarity, −1 to 1.

    friend bool operator==(const Neighbour &, const Neighbour &) = default;
};

/*!
 * \returns the \a k rows of \a table other than \a row with the highest cosine similarity to it,
 * best first; rows with equal scores come in row order.
 *
 * The cosine similarity of rows a and b is a·b / (|a| |b|): 1 when they point the same way, 0
 * when they are perpendicular, −1 when opposite. Their lengths do not matter.
 *
 * Rows that have no direction cannot be scored and are left out, so fewer than \a k may come
 * back: rows of length zero, and rows holding NaN or an infinity (or values beyond about 1e154,
 * whose squared length overflows a double). If \a row itself is such a row there is nothing to
 * compare with, and the result is a failure whose message says why. \a k is clamped to the
 * rows that remain; \a k = 0 gives an empty list.
 *
 * The arithmetic is in double whatever the table's precision: a float32 table is converted a
 * few hundred rows at a time, never copied whole, so the extra memory is a few numbers per row.
 *
 * \param stop when a stop is requested the search ends early with a failure, for callers that
 * abandon searches whose answer is no longer wanted.
 * \pre 0 <= row < table.numEmbeddings() and k >= 0
 */
Result<std::vector<Neighbour>> nearestNeighbours(
    const EmbeddingTable &table, Index row, Index k, std::stop_token stop = {});

//! \returns \a score with \a decimals digits after the point, and never "-0.000".
QString formatScore(double score, int decimals);

} // namespace ev
