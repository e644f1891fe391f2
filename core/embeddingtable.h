// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "validation.h"

#include <QStringList>

#include <Eigen/Core>

#include <cstdint>
#include <memory>

namespace ev {

//! A dense matrix stored row after row, as NumPy and PyTorch store embedding tables.
template<typename Scalar>
using RowMajorMatrix = Eigen::Matrix<Scalar, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

//! A read-only view of a table's values, in the precision the table holds.
template<typename Scalar>
using TableValues = Eigen::Map<const RowMajorMatrix<Scalar>>;

//! Where a table's values came from.
enum class TableKind {
    Simple, //!< 1, 2, …, V·D row by row, as the lesson builds it.
    Random, //!< Standard normal values from a seed.
};

/*!
 * \brief An embedding table E of numEmbeddings() rows and embeddingDimensions() columns: row i is
 * the vector that index i stands for.
 *
 * The values are immutable and shared, so copies are cheap and may cross threads. They are held
 * as float32 or float64 (precision()), whichever they came as, in one contiguous row-major block;
 * the block's owner is kept type-erased so that memory from other sources (a memory-mapped file,
 * say) can back a table without a copy (wrap()). Rows may carry labels().
 *
 * Read the values with visit(), which hands an Eigen view of the right scalar type to a generic
 * callable, or with value() and row(), which convert to double (exactly, for both precisions).
 */
class EmbeddingTable
{
public:
    /*!
     * \returns the lesson's table: 1, 2, …, V·D filled row by row, as float64 (every value is an
     * exact integer). Refuses a shape that shapeProblem() refuses, before allocating.
     */
    static Result<EmbeddingTable> simple(Index numEmbeddings, Index embeddingDimensions,
        std::uint64_t memoryLimitBytes = defaultMemoryLimitBytes());

    /*!
     * \returns a float64 table of standard normal values drawn row by row from \a seed with
     * StandardNormalGenerator: the same seed gives the same table everywhere.
     */
    static Result<EmbeddingTable> random(Index numEmbeddings, Index embeddingDimensions,
        std::uint64_t seed, std::uint64_t memoryLimitBytes = defaultMemoryLimitBytes());

    /*!
     * \returns a table of the given shape and precision filled by \a fill, which receives a
     * writable row-major Eigen::Map of the right scalar type. The shape is checked first.
     */
    template<typename Fill>
    static Result<EmbeddingTable> generate(Index numEmbeddings, Index embeddingDimensions,
        Precision precision, Fill &&fill,
        std::uint64_t memoryLimitBytes = defaultMemoryLimitBytes());

    /*!
     * \returns a table over \a values, \a numEmbeddings × \a embeddingDimensions scalars of
     * \a precision stored row after row, which stay wherever they are (a memory-mapped file, say):
     * \a owner keeps them alive and is released with the last copy of the table.
     * \pre the shape is positive and \a values holds that many scalars, suitably aligned.
     */
    static EmbeddingTable wrap(std::shared_ptr<const void> owner, const void *values,
        Index numEmbeddings, Index embeddingDimensions, Precision precision);

    Index numEmbeddings() const { return m_numEmbeddings; }
    Index embeddingDimensions() const { return m_embeddingDimensions; }
    Precision precision() const { return m_precision; }

    //! \returns whether every value is a whole number, so it can be shown without decimals.
    bool holdsWholeNumbersOnly() const { return m_wholeNumbersOnly; }

    //! \returns the row labels (words, names), one per row, or an empty list if rows have none.
    const QStringList &labels() const { return m_labels; }

    /*!
     * \returns this table with \a labels for its rows; the values are shared, not copied.
     * \pre labels is empty or has numEmbeddings() entries.
     */
    EmbeddingTable withLabels(QStringList labels) const;

    /*!
     * \returns the first \a count rows, sharing this table's values, with their labels.
     * \pre 0 < count <= numEmbeddings()
     */
    EmbeddingTable firstRows(Index count) const;

    //! \returns the first row labelled \a label, or nullopt.
    std::optional<Index> indexOfLabel(const QString &label) const;

    //! \returns the address of the first value, for writers that copy the block as it is.
    const void *data() const { return m_values; }

    //! \returns E[row, column] as a double. Both indices must be in range.
    double value(Index row, Index column) const;

    //! \returns E[index] as doubles: the direct lookup. \a index must be in range.
    Eigen::RowVectorXd row(Index index) const;

    //! Calls \a function with a TableValues<float> or TableValues<double> of all values.
    template<typename Function>
    decltype(auto) visit(Function &&function) const
    {
        if (m_precision == Precision::Float32)
            return function(values<float>());
        return function(values<double>());
    }

private:
    EmbeddingTable(std::shared_ptr<const void> owner, const void *values, Index numEmbeddings,
        Index embeddingDimensions, Precision precision);

    template<typename Scalar>
    TableValues<Scalar> values() const
    {
        return TableValues<Scalar>(
            static_cast<const Scalar *>(m_values), m_numEmbeddings, m_embeddingDimensions);
    }

    bool computeWholeNumbersOnly() const;

    std::shared_ptr<const void> m_owner;
    const void *m_values = nullptr;
    Index m_numEmbeddings = 0;
    Index m_embeddingDimensions = 0;
    Precision m_precision = Precision::Float64;
    bool m_wholeNumbersOnly = false;
    QStringList m_labels;
};

template<typename Fill>
Result<EmbeddingTable> EmbeddingTable::generate(Index numEmbeddings, Index embeddingDimensions,
    Precision precision, Fill &&fill, std::uint64_t memoryLimitBytes)
{
    if (const auto problem
        = shapeProblem(numEmbeddings, embeddingDimensions, precision, memoryLimitBytes))
        return Result<EmbeddingTable>::failure(*problem);

    const auto fillAs = [&]<typename Scalar>(Scalar) -> std::shared_ptr<const void> {
        // Uninitialised on purpose: fill() writes every value, and a large table should not be
        // written twice.
        std::shared_ptr<Scalar[]> storage(new Scalar[numEmbeddings * embeddingDimensions]);
        Eigen::Map<RowMajorMatrix<Scalar>> writable(
            storage.get(), numEmbeddings, embeddingDimensions);
        fill(writable);
        return storage;
    };
    auto storage = precision == Precision::Float32 ? fillAs(float()) : fillAs(double());
    const void *values = storage.get();
    return EmbeddingTable(
        std::move(storage), values, numEmbeddings, embeddingDimensions, precision);
}

} // namespace ev
