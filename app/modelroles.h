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
    //! bool: while X·E is computed column by column, the cell takes part in the current step:
    //! every entry of X, the column of E being multiplied, the entry of X·E it lands in.
    StepRole,
};

/*!
 * \returns what a cell answers for the styling \a role: bold text, and the current Theme's fill
 * and text colour, for a \a highlighted cell; the step's fill and text colour for a cell taking
 * part in the current step (\a stepping). An invalid QVariant for other cells and roles, so
 * the view's palette applies.
 */
QVariant cellStyle(int role, bool highlighted, bool stepping = false);

} // namespace ev
