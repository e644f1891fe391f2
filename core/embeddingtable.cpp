// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingtable.h"

#include "logging.h"
#include "standardnormal.h"

#include <cmath>

namespace ev {

EmbeddingTable::EmbeddingTable(std::shared_ptr<const void> owner, const void *values,
    Index numEmbeddings, Index embeddingDimensions, Precision precision)
    : m_owner(std::move(owner))
    , m_values(values)
    , m_numEmbeddings(numEmbeddings)
    , m_embeddingDimensions(embeddingDimensions)
    , m_precision(precision)
{
    m_wholeNumbersOnly = computeWholeNumbersOnly();
    qCDebug(lcCoreTable) << "table of" << numEmbeddings << "x" << embeddingDimensions
                         << precisionName(precision) << "whole numbers:" << m_wholeNumbersOnly;
}

EmbeddingTable EmbeddingTable::wrap(std::shared_ptr<const void> owner, const void *values,
    Index numEmbeddings, Index embeddingDimensions, Precision precision)
{
    Q_ASSERT_X(numEmbeddings > 0 && embeddingDimensions > 0 && values, "EmbeddingTable::wrap",
        "needs a positive shape and values");
    return EmbeddingTable(std::move(owner), values, numEmbeddings, embeddingDimensions, precision);
}

EmbeddingTable EmbeddingTable::withLabels(QStringList labels) const
{
    Q_ASSERT_X(labels.isEmpty() || labels.size() == m_numEmbeddings, "EmbeddingTable::withLabels",
        "needs one label per row");
    EmbeddingTable labelled = *this;
    labelled.m_labels = std::move(labels);
    return labelled;
}

EmbeddingTable EmbeddingTable::firstRows(Index count) const
{
    Q_ASSERT_X(
        count > 0 && count <= m_numEmbeddings, "EmbeddingTable::firstRows", "count out of range");
    EmbeddingTable first(m_owner, m_values, count, m_embeddingDimensions, m_precision);
    if (!m_labels.isEmpty())
        first.m_labels = m_labels.mid(0, count);
    return first;
}

std::optional<Index> EmbeddingTable::indexOfLabel(const QString &label) const
{
    const qsizetype found = m_labels.indexOf(label);
    return found < 0 ? std::nullopt : std::optional<Index>(found);
}

Result<EmbeddingTable> EmbeddingTable::simple(
    Index numEmbeddings, Index embeddingDimensions, std::uint64_t memoryLimitBytes)
{
    const auto countUp = [](auto &values) {
        for (Index i = 0; i < values.size(); ++i)
            values.data()[i] = double(i + 1);
    };
    return generate(
        numEmbeddings, embeddingDimensions, Precision::Float64, countUp, memoryLimitBytes);
}

Result<EmbeddingTable> EmbeddingTable::random(Index numEmbeddings, Index embeddingDimensions,
    std::uint64_t seed, std::uint64_t memoryLimitBytes)
{
    const auto draw = [seed](auto &values) {
        StandardNormalGenerator generator(seed);
        for (Index i = 0; i < values.size(); ++i)
            values.data()[i] = generator.next();
    };
    return generate(numEmbeddings, embeddingDimensions, Precision::Float64, draw, memoryLimitBytes);
}

double EmbeddingTable::value(Index row, Index column) const
{
    Q_ASSERT_X(row >= 0 && row < m_numEmbeddings && column >= 0 && column < m_embeddingDimensions,
        "EmbeddingTable::value", "row or column out of range");
    return visit([&](const auto &values) { return double(values(row, column)); });
}

Eigen::RowVectorXd EmbeddingTable::row(Index index) const
{
    Q_ASSERT_X(index >= 0 && index < m_numEmbeddings, "EmbeddingTable::row", "index out of range");
    return visit([&](const auto &values) -> Eigen::RowVectorXd {
        return values.row(index).template cast<double>();
    });
}

bool EmbeddingTable::computeWholeNumbersOnly() const
{
    // Beyond 2^53 a double has no fractional part at all, but it no longer counts one by one.
    constexpr double largestExactWhole = 9007199254740992.0;
    return visit([](const auto &values) {
        const auto *data = values.data();
        for (Index i = 0; i < values.size(); ++i) {
            const double value = double(data[i]);
            if (!(std::abs(value) <= largestExactWhole && value == std::round(value)))
                return false;
        }
        return true;
    });
}

} // namespace ev
