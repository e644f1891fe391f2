// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <Eigen/Core>

#include <cstdint>
#include <optional>

namespace ev {

using Eigen::Index;

//! How many bytes one stored value takes: tables keep the precision their values came with.
enum class Precision { Float32, Float64 };

//! \returns 4 or 8.
int bytesPerValue(Precision precision);

//! \returns "float32" or "float64", the names NumPy and PyTorch use.
QString precisionName(Precision precision);

//! The sizes a teacher can generate in the window and on the command line.
struct GeneratedTableLimits
{
    static constexpr Index s_minNumEmbeddings = 1;
    static constexpr Index s_maxNumEmbeddings = 1000;
    static constexpr Index s_minEmbeddingDimensions = 1;
    static constexpr Index s_maxEmbeddingDimensions = 300;
    static constexpr std::int64_t s_minSeed = 0;
    static constexpr std::int64_t s_maxSeed = 2147483647;
};

/*!
 * \returns a message when \a value lies outside \a minimum to \a maximum, naming \a what, the
 * value and the allowed range, e.g. "num_embeddings 0 is out of range: it must be 1 to 1000".
 */
//! "1 to 1000", or "1 or more" when \a maximum is the largest 64-bit number, as for a count of
//! rows.
QString rangeText(std::int64_t minimum, std::int64_t maximum);

std::optional<QString> rangeProblem(
    const QString &what, std::int64_t value, std::int64_t minimum, std::int64_t maximum);

/*!
 * \returns a message when \a index is not a row of a table of \a numEmbeddings rows, e.g.
 * "index 10 is out of range: this table has 10 rows, so the index must be 0 to 9".
 */
std::optional<QString> indexProblem(std::int64_t index, Index numEmbeddings);

/*!
 * \returns a message when \a column is not an entry of X·E, which has \a embeddingDimensions
 * entries, e.g. "output entry 10 is out of range: X·E has 10 entries, so it must be 0 to 9".
 */
std::optional<QString> columnProblem(std::int64_t column, Index embeddingDimensions);

//! \returns rows × columns × \a valueSize, or nullopt if it is negative or overflows 64 bits.
std::optional<std::uint64_t> checkedBytes(
    std::int64_t rows, std::int64_t columns, std::int64_t valueSize);

//! \returns the bytes one table of this shape would hold, or nullopt if that overflows 64 bits.
std::optional<std::uint64_t> tableBytes(
    std::int64_t numEmbeddings, std::int64_t embeddingDimensions, Precision precision);

/*!
 * \returns a message when a table of this shape cannot be made: a size below 1, or values that
 * need more than \a memoryLimitBytes. Nothing is allocated to find out.
 * \sa defaultMemoryLimitBytes()
 */
std::optional<QString> shapeProblem(std::int64_t numEmbeddings, std::int64_t embeddingDimensions,
    Precision precision, std::uint64_t memoryLimitBytes);

/*!
 * \returns how many bytes one table may use on this computer: half its physical memory, so that
 * the window, a copy being saved and the rest of the system still fit beside it.
 */
std::uint64_t defaultMemoryLimitBytes();

//! \returns \a bytes for a person: "512 bytes", "3.4 MiB", "12.0 GiB".
QString formatBytes(double bytes);

} // namespace ev
