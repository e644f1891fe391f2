// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"

#include <Eigen/Core>

#include <span>
#include <vector>

namespace ev {

/*!
 * \returns the one-hot row vector X of length \a numEmbeddings: all zeros but a 1 at \a index.
 * \pre 0 <= index < numEmbeddings; check user input with indexProblem() first.
 */
Eigen::RowVectorXd oneHot(Index numEmbeddings, Index index);

/*!
 * \returns a matrix of indices.size() one-hot rows, row r hot at indices[r]: several lookups as
 * one product.
 * \pre every index is in 0 to numEmbeddings − 1.
 */
Eigen::MatrixXd oneHotMatrix(std::span<const Index> indices, Index numEmbeddings);

/*!
 * \returns the entries of \a x that are not zero: the rows of E that X·E draws on. For a one-hot
 * vector that is its single hot index.
 */
std::vector<Index> selectedRows(const Eigen::RowVectorXd &x);

/*!
 * \returns X·E computed by Eigen as a genuine vector–matrix product, every entry of \a x times
 * every row, in the table's own precision (\a x is converted to float32 for a float32 table).
 * Nothing here takes the one-hot shortcut: that is the lookup's job.
 * \pre x.size() == table.numEmbeddings()
 */
Eigen::RowVectorXd multiply(const Eigen::RowVectorXd &x, const EmbeddingTable &table);

//! The product X·E beside the lookup it should equal.
struct ProductAndLookup
{
    Eigen::RowVectorXd product; //!< X·E, from multiply().
    Eigen::RowVectorXd lookup; //!< The selected rows of E read directly and added up.
    std::vector<Index> rows; //!< selectedRows(X): for a one-hot X, the one index.
    bool equal = false; //!< Whether product and lookup agree exactly, entry by entry.
};

/*!
 * \returns X·E and the direct lookup of the rows X selects, and whether they agree.
 *
 * The lookup copies row i of E for each selected row i and adds them, which equals X·E when every
 * non-zero entry of X is 1. Where another row of E holds an infinity or a NaN the product
 * differs from the lookup (0 · ∞ is NaN), and \c equal says so; a NaN in the selected row itself
 * appears in both, in the same place, and counts as agreeing.
 * \pre x.size() == table.numEmbeddings()
 */
ProductAndLookup multiplyAndLookUp(const Eigen::RowVectorXd &x, const EmbeddingTable &table);

/*!
 * \brief The arithmetic each way of reading a row costs: X·E multiplies every entry of X into
 * every row of E and adds the results up, while the lookup E[i] copies one row.
 */
struct ProductWork
{
    Index multiplyAdds = 0; //!< V·D: one multiply-add per entry of E.
    Index copies = 0; //!< D: one copy per value of the row.
};

/*!
 * \returns the work X·E and the lookup take for a table of \a numEmbeddings rows and
 * \a embeddingDimensions columns.
 * \pre both are positive and their product fits in an Index, as for every EmbeddingTable
 */
ProductWork productWork(Index numEmbeddings, Index embeddingDimensions);

} // namespace ev
