// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "nearestneighbours.h"

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace ev {

namespace {

// Small enough that a block converted to double stays in cache beside the query.
constexpr Index s_blockRows = 256;

// Every row's dot product with the query and its squared length.
struct RowScores
{
    Eigen::VectorXd dots;
    Eigen::VectorXd squaredLengths;
};

template<typename Block>
void scoreBlock(const Block &block, const Eigen::VectorXd &query, Index first, RowScores &scores)
{
    scores.dots.segment(first, block.rows()).noalias() = block * query;
    scores.squaredLengths.segment(first, block.rows()) = block.rowwise().squaredNorm();
}

// \returns false if a stop was requested before every row was scored.
template<typename Scalar>
bool scoreRows(const TableValues<Scalar> &values, const Eigen::VectorXd &query,
    const std::stop_token &stop, RowScores &scores)
{
    scores.dots.resize(values.rows());
    scores.squaredLengths.resize(values.rows());
    for (Index first = 0; first < values.rows(); first += s_blockRows) {
        if (stop.stop_requested())
            return false;
        const Index count = std::min(s_blockRows, values.rows() - first);
        if constexpr (std::is_same_v<Scalar, double>) {
            scoreBlock(values.middleRows(first, count), query, first, scores);
        } else {
            const RowMajorMatrix<double> block
                = values.middleRows(first, count).template cast<double>();
            scoreBlock(block, query, first, scores);
        }
    }
    return true;
}

std::optional<QString> directionProblem(const Eigen::VectorXd &query, Index row)
{
    if (!query.allFinite())
        return QStringLiteral("row %1 holds NaN or an infinity, so it has no direction: cosine "
                              "similarity is undefined for it")
            .arg(row);
    if (query.squaredNorm() == 0.0)
        return QStringLiteral("row %1 is all zeros, so it has no direction: cosine similarity is "
                              "undefined for it")
            .arg(row);
    if (!std::isfinite(query.squaredNorm()))
        return QStringLiteral("row %1 is too long to measure in double precision, so cosine "
                              "similarity cannot be computed for it")
            .arg(row);
    return std::nullopt;
}

} // namespace

Result<std::vector<Neighbour>> nearestNeighbours(
    const EmbeddingTable &table, Index row, Index k, std::stop_token stop)
{
    Q_ASSERT_X(row >= 0 && row < table.numEmbeddings(), "nearestNeighbours", "row out of range");
    Q_ASSERT_X(k >= 0, "nearestNeighbours", "k must not be negative");
    using Failure = Result<std::vector<Neighbour>>;

    const Eigen::VectorXd query = table.row(row).transpose();
    if (const auto problem = directionProblem(query, row))
        return Failure::failure(*problem);

    RowScores scores;
    const bool complete
        = table.visit([&](const auto &values) { return scoreRows(values, query, stop, scores); });
    if (!complete)
        return Failure::failure(QStringLiteral("the search was stopped"));

    const double queryLength = query.norm();
    std::vector<Neighbour> candidates;
    candidates.reserve(std::size_t(table.numEmbeddings()));
    for (Index other = 0; other < table.numEmbeddings(); ++other) {
        const double squaredLength = scores.squaredLengths(other);
        // A NaN or an infinity makes the squared length NaN or infinite as well.
        if (other == row || squaredLength == 0.0 || !std::isfinite(squaredLength))
            continue;
        const double score = scores.dots(other) / (std::sqrt(squaredLength) * queryLength);
        // Rounding can step just past ±1 for rows that point (almost) the same way.
        if (std::isfinite(score))
            candidates.push_back({other, std::clamp(score, -1.0, 1.0)});
    }

    const auto best = std::min<std::size_t>(std::size_t(k), candidates.size());
    std::partial_sort(candidates.begin(), candidates.begin() + std::ptrdiff_t(best),
        candidates.end(), [](const Neighbour &a, const Neighbour &b) {
            return a.score != b.score ? a.score > b.score : a.row < b.row;
        });
    candidates.resize(best);
    return candidates;
}

QString formatScore(double score, int decimals)
{
    const QString text = QString::number(score, 'f', decimals);
    // A score that rounds to zero from below has no sign worth showing.
    return text.toDouble() == 0.0 ? QString::number(0.0, 'f', decimals) : text;
}

} // namespace ev
