// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "heatmap.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace ev::heatmap {

namespace {

// Blue, light blue, near-white, light orange, orange: ColorBrewer's diverging stops, which stay
// apart for red-green colour blindness, unlike a red-green scale.
constexpr std::array<QRgb, 5> s_stops = {qRgb(0x21, 0x66, 0xac), qRgb(0x92, 0xc5, 0xde),
    qRgb(0xf7, 0xf7, 0xf7), qRgb(0xfd, 0xb8, 0x63), qRgb(0xe6, 0x61, 0x01)};

// How often the pass over a large table asks whether it is still wanted.
constexpr Index s_rowsBetweenChecks = 4096;

// Rows and columns are split into groups that differ by one at most: item i of n goes to group
// i·groups/n. The same rule merges groups into lines of the image.
int groupOf(Index item, Index count, int groups)
{
    return int(item * groups / count);
}

bool sumGroups(const EmbeddingTable &table, Summary &groups, const std::function<bool()> &isStale)
{
    const Index rows = table.numEmbeddings();
    const Index columns = table.embeddingDimensions();
    std::vector<int> columnGroup(columns);
    for (Index column = 0; column < columns; ++column) {
        columnGroup[column] = groupOf(column, columns, groups.columnGroups);
        ++groups.columnsInGroup[columnGroup[column]];
    }

    // Raw pointers rather than Eigen expressions: this is the one pass over 120 million values,
    // and it should stay quick in a debug build too.
    return table.visit([&](const auto &values) {
        for (Index row = 0; row < rows; ++row) {
            if (row % s_rowsBetweenChecks == 0 && isStale && isStale())
                return false;
            const int group = groupOf(row, rows, groups.rowGroups);
            ++groups.rowsInGroup[group];
            double *sums = groups.sums.data() + Index(group) * groups.columnGroups;
            const auto *value = values.data() + row * columns;
            for (Index column = 0; column < columns; ++column)
                sums[columnGroup[column]] += double(value[column]);
        }
        return true;
    });
}

// The 99th percentile of the finite means' magnitudes: the largest would let one outlying group
// (a single huge value, say) wash every other group out to white.
double robustScale(const std::vector<double> &means)
{
    std::vector<double> magnitudes;
    magnitudes.reserve(means.size());
    for (const double mean : means) {
        if (std::isfinite(mean))
            magnitudes.push_back(std::abs(mean));
    }
    if (magnitudes.empty())
        return 1;

    const auto percentile
        = magnitudes.begin() + std::ptrdiff_t(std::ceil(0.99 * double(magnitudes.size() - 1)));
    std::nth_element(magnitudes.begin(), percentile, magnitudes.end());
    if (*percentile > 0)
        return *percentile;
    // Mostly zeros: scale by what little is not.
    const double largest = *std::max_element(magnitudes.begin(), magnitudes.end());
    return largest > 0 ? largest : 1;
}

} // namespace

QColor nonFiniteColour()
{
    return QColor(0x80, 0x80, 0x80);
}

QColor colourOf(double value, double scale)
{
    Q_ASSERT_X(scale > 0, "heatmap::colourOf", "the scale must be positive");
    if (!std::isfinite(value))
        return nonFiniteColour();

    // -scale … scale onto the stops, linearly between neighbours.
    const double position
        = (std::clamp(value / scale, -1.0, 1.0) + 1) / 2 * double(s_stops.size() - 1);
    const auto lower = std::min(std::size_t(position), s_stops.size() - 2);
    const double fraction = position - double(lower);
    const auto mix = [&](int (*channel)(QRgb)) {
        return int(std::lround(
            channel(s_stops[lower]) * (1 - fraction) + channel(s_stops[lower + 1]) * fraction));
    };
    return QColor(mix(qRed), mix(qGreen), mix(qBlue));
}

std::optional<Summary> summarise(const EmbeddingTable &table, const std::function<bool()> &isStale)
{
    Summary summary;
    summary.rowGroups = int(std::min<Index>(table.numEmbeddings(), s_maxRowGroups));
    summary.columnGroups = int(std::min<Index>(table.embeddingDimensions(), s_maxColumnGroups));
    summary.sums.assign(std::size_t(summary.rowGroups) * summary.columnGroups, 0.0);
    summary.rowsInGroup.assign(summary.rowGroups, 0);
    summary.columnsInGroup.assign(summary.columnGroups, 0);
    if (!sumGroups(table, summary, isStale))
        return std::nullopt;

    std::vector<double> means(summary.sums.size());
    for (int y = 0; y < summary.rowGroups; ++y) {
        for (int x = 0; x < summary.columnGroups; ++x) {
            const std::size_t i = std::size_t(y) * summary.columnGroups + x;
            means[i] = summary.sums[i] / double(summary.rowsInGroup[y] * summary.columnsInGroup[x]);
        }
    }
    summary.scale = robustScale(means);
    return summary;
}

QImage render(const Summary &summary, int height)
{
    Q_ASSERT_X(height >= 1 && height <= summary.rowGroups, "heatmap::render",
        "one line needs at least one group of rows");

    // The mean, not the extremes: it is what a group's values amount to together, and it stays
    // the same however groups are merged. Values of both signs cancel, so a group of large but
    // mixed values shows pale.
    QImage image(summary.columnGroups, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        const int first = groupOf(y, height, summary.rowGroups);
        const int end = groupOf(y + 1, height, summary.rowGroups);
        Index rows = 0;
        for (int group = first; group < end; ++group)
            rows += summary.rowsInGroup[group];
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < summary.columnGroups; ++x) {
            double sum = 0;
            for (int group = first; group < end; ++group)
                sum += summary.sums[std::size_t(group) * summary.columnGroups + x];
            const double mean = sum / double(rows * summary.columnsInGroup[x]);
            line[x] = colourOf(mean, summary.scale).rgb();
        }
    }
    return image;
}

} // namespace ev::heatmap
