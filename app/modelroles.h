// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QVariant>
#include <Qt>

namespace ev {

//! Roles our models answer besides Qt's.
enum ModelRole {
    //! bool: the cell belongs to the hot entry of X, the selected row of E, or X·E.
    HighlightRole = Qt::UserRole + 1,
    //! double: the unformatted value.
    ValueRole,
    //! Index: the row of E an entry of a list stands for.
    RowRole,
};

/*!
 * \returns what a highlighted cell answers for the styling \a role (bold text, a warm fill and
 * dark text, which stays readable on light and dark palettes), or an invalid QVariant for cells
 * that are not highlighted and roles that are not styling.
 */
QVariant highlightStyle(int role, bool highlighted);

} // namespace ev
