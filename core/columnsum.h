// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"
#include "numberformat.h"

#include <Eigen/Core>

#include <vector>

namespace ev {

//! One term X[k]·E[k, j] of the sum that makes entry j of X·E.
struct SumTerm
{
    Index row = 0; //!< k
    double x = 0; //!< X[k]
    double e = 0; //!< E[k, j]
    double product = 0; //!< X[k]·E[k, j], in the table's precision
};

/*!
 * \brief Entry \c column of X·E written out as the sum it is:
 * X[0]·E[0, j] + X[1]·E[1, j] + … + X[V−1]·E[V−1, j].
 *
 * Long sums keep only some of their terms (see writeOutColumn()); wherever the rows of two
 * neighbouring terms are not consecutive, terms were left out between them.
 */
struct ColumnSum
{
    Index column = 0;
    Index numEmbeddings = 0;
    std::vector<SumTerm> terms; //!< The terms shown, by ascending row.
    std::vector<Index> contributingRows; //!< Rows whose term is not 0 (or is NaN).
    double sum = 0; //!< The whole sum over all V terms: entry j of X·E.

    //! Whether every one of the V terms is shown.
    bool isComplete() const { return Index(terms.size()) == numEmbeddings; }

    /*!
     * \returns the sum as one line, "0·3 + 0·13 + 1·23 + … + 0·93 = 23", with values in
     * \a format. Every contributing term is wrapped in \a markBefore and \a markAfter (rich-text
     * tags, say), so it can stand out.
     */
    QString text(
        NumberFormat format, const QString &markBefore = {}, const QString &markAfter = {}) const;
};

/*!
 * \returns entry \a column of X·E as its sum of products X[k]·E[k, column], computed in the
 * table's precision as multiply() does it.
 *
 * A sum of at most \a mostTermsShown terms is kept whole. A longer one keeps its first two terms,
 * its last, and every contributing term: those whose X entry is not 0, and those whose product is
 * not 0 anyway (0 times an infinity or a NaN is NaN), up to \a mostTermsShown of these.
 * \pre x.size() == table.numEmbeddings(), 0 <= column < table.embeddingDimensions(),
 * mostTermsShown >= 3
 */
ColumnSum writeOutColumn(const Eigen::RowVectorXd &x, const EmbeddingTable &table, Index column,
    Index mostTermsShown = 12);

} // namespace ev
