// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingproduct.h"

namespace ev {

Eigen::RowVectorXd oneHot(Index numEmbeddings, Index index)
{
    Q_ASSERT_X(index >= 0 && index < numEmbeddings, "oneHot", "index out of range");

    Eigen::RowVectorXd x = Eigen::RowVectorXd::Zero(numEmbeddings);
    x(index) = 1.0;
    return x;
}

Eigen::MatrixXd oneHotMatrix(std::span<const Index> indices, Index numEmbeddings)
{
    Eigen::MatrixXd x = Eigen::MatrixXd::Zero(Index(indices.size()), numEmbeddings);
    for (Index r = 0; r < x.rows(); ++r) {
        Q_ASSERT_X(
            indices[r] >= 0 && indices[r] < numEmbeddings, "oneHotMatrix", "index out of range");
        x(r, indices[r]) = 1.0;
    }
    return x;
}

std::vector<Index> selectedRows(const Eigen::RowVectorXd &x)
{
    std::vector<Index> rows;
    for (Index k = 0; k < x.size(); ++k) {
        if (x(k) != 0.0)
            rows.push_back(k);
    }
    return rows;
}

Eigen::RowVectorXd multiply(const Eigen::RowVectorXd &x, const EmbeddingTable &table)
{
    Q_ASSERT_X(x.size() == table.numEmbeddings(), "multiply", "X must have one entry per row of E");

    return table.visit([&](const auto &values) -> Eigen::RowVectorXd {
        using Scalar = typename std::decay_t<decltype(values)>::Scalar;
        const Eigen::Matrix<Scalar, 1, Eigen::Dynamic> product = x.cast<Scalar>() * values;
        return product.template cast<double>();
    });
}

ProductAndLookup multiplyAndLookUp(const Eigen::RowVectorXd &x, const EmbeddingTable &table)
{
    ProductAndLookup result;
    result.product = multiply(x, table);
    result.rows = selectedRows(x);

    result.lookup = Eigen::RowVectorXd::Zero(table.embeddingDimensions());
    if (result.rows.size() == 1)
        result.lookup = table.row(result.rows.front());
    else
        for (const Index row : result.rows)
            result.lookup += table.row(row);

    // Entry by entry; a NaN the lookup copied is matched by the product's NaN in the same place
    // (NaN == NaN is false, but they do agree), while a NaN only in the product differs.
    const auto bothNaN = result.product.array().isNaN() && result.lookup.array().isNaN();
    result.equal = ((result.product.array() == result.lookup.array()) || bothNaN).all();
    return result;
}

ProductWork productWork(Index numEmbeddings, Index embeddingDimensions)
{
    Q_ASSERT_X(
        numEmbeddings > 0 && embeddingDimensions > 0, "productWork", "sizes must be positive");
    return {numEmbeddings * embeddingDimensions, embeddingDimensions};
}

} // namespace ev
