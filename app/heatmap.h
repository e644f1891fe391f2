// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"

#include <QColor>
#include <QImage>

#include <functional>
#include <optional>
#include <vector>

namespace ev::heatmap {

//! At most this many groups of rows, and of columns, are kept; more rows or columns share one.
constexpr int s_maxRowGroups = 2048;
constexpr int s_maxColumnGroups = 24;

/*!
 * \brief A whole table reduced to at most s_maxRowGroups × s_maxColumnGroups groups of rows and
 * columns: each group's sum and size, and the scale its colours are drawn on.
 */
struct Summary
{
    int rowGroups = 0;
    int columnGroups = 0;
    //! Row after row of groups; a group holding NaN or an infinity sums to one of them.
    std::vector<double> sums;
    std::vector<Index> rowsInGroup;
    std::vector<Index> columnsInGroup;
    //! The magnitude of mean drawn at full colour; see summarise().
    double scale = 1;
};

//! The colour of a group holding NaN or an infinity: grey, off the blue–white–orange scale.
QColor nonFiniteColour();

/*!
 * \returns the colour of \a value on a diverging blue–white–orange scale (safe for every kind of
 * colour vision): white at 0, full blue at -\a scale or below, full orange at \a scale or above.
 * \pre scale > 0
 */
QColor colourOf(double value, double scale);

/*!
 * \returns the sums of min(rows, s_maxRowGroups) groups of rows by min(columns,
 * s_maxColumnGroups) groups of columns, in one pass over \a table; or nullopt as soon as
 * \a isStale, asked now and then, answers true. The scale is the 99th percentile of the groups'
 * finite mean magnitudes.
 */
std::optional<Summary> summarise(
    const EmbeddingTable &table, const std::function<bool()> &isStale = {});

/*!
 * \returns an image of summary.columnGroups × \a height pixels (\a height at most
 * summary.rowGroups): pixel (x, y) shows the mean of the groups of rows that fall to line y, in
 * column group x, through colourOf(). Merging groups sums their sums, so the mean is exact and
 * a NaN stays visible.
 */
QImage render(const Summary &summary, int height);

//! \returns render(summary, summary.rowGroups): one pixel per group.
inline QImage render(const Summary &summary)
{
    return render(summary, summary.rowGroups);
}

} // namespace ev::heatmap
