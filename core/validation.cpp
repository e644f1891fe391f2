// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "validation.h"

#include <unistd.h>

#include <array>
#include <cmath>
#include <limits>

namespace ev {

int bytesPerValue(Precision precision)
{
    return precision == Precision::Float32 ? 4 : 8;
}

QString precisionName(Precision precision)
{
    return precision == Precision::Float32 ? QStringLiteral("float32") : QStringLiteral("float64");
}

QString rangeText(std::int64_t minimum, std::int64_t maximum)
{
    if (maximum == std::numeric_limits<std::int64_t>::max())
        return QStringLiteral("%1 or more").arg(minimum);
    return QStringLiteral("%1 to %2").arg(minimum).arg(maximum);
}

std::optional<QString> rangeProblem(
    const QString &what, std::int64_t value, std::int64_t minimum, std::int64_t maximum)
{
    if (value >= minimum && value <= maximum)
        return std::nullopt;

    return QStringLiteral("%1 %2 is out of range: it must be %3")
        .arg(what)
        .arg(value)
        .arg(rangeText(minimum, maximum));
}

std::optional<QString> columnProblem(std::int64_t column, Index embeddingDimensions)
{
    if (column >= 0 && column < embeddingDimensions)
        return std::nullopt;

    if (embeddingDimensions == 1)
        return QStringLiteral("output entry %1 is out of range: X·E has 1 entry, so it must be 0")
            .arg(column);
    return QStringLiteral("output entry %1 is out of range: X·E has %2 entries (one per "
                          "embedding dimension), so it must be 0 to %3")
        .arg(column)
        .arg(embeddingDimensions)
        .arg(embeddingDimensions - 1);
}

std::optional<QString> indexProblem(std::int64_t index, Index numEmbeddings)
{
    if (index >= 0 && index < numEmbeddings)
        return std::nullopt;

    if (numEmbeddings == 1)
        return QStringLiteral("index %1 is out of range: this table has 1 row, so the index must "
                              "be 0")
            .arg(index);
    return QStringLiteral("index %1 is out of range: this table has %2 rows, so the index must be "
                          "0 to %3")
        .arg(index)
        .arg(numEmbeddings)
        .arg(numEmbeddings - 1);
}

std::optional<std::uint64_t> checkedBytes(
    std::int64_t rows, std::int64_t columns, std::int64_t valueSize)
{
    if (rows < 0 || columns < 0 || valueSize < 0)
        return std::nullopt;

    std::uint64_t values = 0;
    std::uint64_t bytes = 0;
    if (__builtin_mul_overflow(std::uint64_t(rows), std::uint64_t(columns), &values)
        || __builtin_mul_overflow(values, std::uint64_t(valueSize), &bytes))
        return std::nullopt;
    return bytes;
}

std::optional<std::uint64_t> tableBytes(
    std::int64_t numEmbeddings, std::int64_t embeddingDimensions, Precision precision)
{
    return checkedBytes(numEmbeddings, embeddingDimensions, bytesPerValue(precision));
}

std::optional<QString> shapeProblem(std::int64_t numEmbeddings, std::int64_t embeddingDimensions,
    Precision precision, std::uint64_t memoryLimitBytes)
{
    if (numEmbeddings < 1)
        return QStringLiteral("num_embeddings %1 is too small: a table needs at least 1 row")
            .arg(numEmbeddings);
    if (embeddingDimensions < 1)
        return QStringLiteral("embedding_dimensions %1 is too small: a table needs at least 1 "
                              "column")
            .arg(embeddingDimensions);

    const std::optional<std::uint64_t> bytes
        = tableBytes(numEmbeddings, embeddingDimensions, precision);
    if (bytes && *bytes <= memoryLimitBytes)
        return std::nullopt;

    const double neededBytes
        = double(numEmbeddings) * double(embeddingDimensions) * double(bytesPerValue(precision));
    return QStringLiteral("a table of %1 × %2 %3 values needs %4, more than the %5 one table may "
                          "use on this computer")
        .arg(numEmbeddings)
        .arg(embeddingDimensions)
        .arg(precisionName(precision), formatBytes(neededBytes),
            formatBytes(double(memoryLimitBytes)));
}

std::uint64_t defaultMemoryLimitBytes()
{
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGESIZE);
    constexpr std::uint64_t fallback = std::uint64_t(4) << 30;
    if (pages <= 0 || pageSize <= 0)
        return fallback;
    return std::uint64_t(pages) * std::uint64_t(pageSize) / 2;
}

QString formatBytes(double bytes)
{
    if (!std::isfinite(bytes) || bytes < 0)
        return QStringLiteral("an impossible number of bytes");
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(qint64(bytes));

    static constexpr std::array units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double scaled = bytes / 1024;
    std::size_t unit = 0;
    while (scaled >= 1024 && unit + 1 < units.size()) {
        scaled /= 1024;
        ++unit;
    }
    // Past a million exbibytes the size only says "impossible"; three digits are plenty.
    const QString number
        = scaled >= 1e6 ? QString::number(scaled, 'g', 3) : QString::number(scaled, 'f', 1);
    return number + u' ' + QLatin1String(units[unit]);
}

} // namespace ev
