// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "columnsum.h"

#include <QStringList>

#include <cmath>

namespace ev {

namespace {

// A negative factor in brackets, so "0·(-1.5)" never reads as a subtraction.
QString factor(double value, NumberFormat format)
{
    const QString text = format.format(value);
    return value < 0 ? u'(' + text + u')' : text;
}

bool contributes(const SumTerm &term)
{
    return term.x != 0.0 || term.product != 0.0 || std::isnan(term.product);
}

} // namespace

QString ColumnSum::text(
    NumberFormat format, const QString &markBefore, const QString &markAfter) const
{
    // X holds 0 and 1 (or other whole weights), written without decimals.
    const NumberFormat weights(0);
    QStringList parts;
    Index previousRow = -1;
    for (const SumTerm &term : terms) {
        if (term.row > previousRow + 1)
            parts << QStringLiteral("…");
        const QString written = factor(term.x, weights) + u'·' + factor(term.e, format);
        parts << (contributes(term) ? markBefore + written + markAfter : written);
        previousRow = term.row;
    }
    if (previousRow < numEmbeddings - 1)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(" + ")) + QStringLiteral(" = ") + format.format(sum);
}

ColumnSum writeOutColumn(
    const Eigen::RowVectorXd &x, const EmbeddingTable &table, Index column, Index mostTermsShown)
{
    Q_ASSERT_X(
        x.size() == table.numEmbeddings(), "writeOutColumn", "X must have one entry per row of E");
    Q_ASSERT_X(column >= 0 && column < table.embeddingDimensions(), "writeOutColumn",
        "column out of range");
    Q_ASSERT_X(mostTermsShown >= 3, "writeOutColumn", "needs room for the first and last terms");

    ColumnSum result;
    result.column = column;
    result.numEmbeddings = table.numEmbeddings();
    const Index rows = table.numEmbeddings();
    const bool whole = rows <= mostTermsShown;
    Index contributingShown = 0;

    table.visit([&](const auto &values) {
        using Scalar = typename std::decay_t<decltype(values)>::Scalar;
        // The same products, in the same precision, as multiply() sums.
        result.sum = double((x.cast<Scalar>() * values.col(column)).value());
        for (Index k = 0; k < rows; ++k) {
            const Scalar product = Scalar(x(k)) * values(k, column);
            const SumTerm term {k, x(k), double(values(k, column)), double(product)};
            const bool contributing = contributes(term);
            if (contributing)
                result.contributingRows.push_back(k);
            // The first two and the last show how the sum runs; the hot row's term always
            // shows, and so, while there is room, does every other term that is not 0.
            const bool edge = k < 2 || k == rows - 1;
            const bool hot = term.x != 0.0;
            const bool roomLeft = contributingShown < mostTermsShown;
            if (whole || edge || hot || (contributing && roomLeft)) {
                result.terms.push_back(term);
                contributingShown += contributing ? 1 : 0;
            }
        }
    });
    return result;
}

} // namespace ev
