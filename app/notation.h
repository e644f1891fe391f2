// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ev {

/*!
 * \brief The symbols the texts use for the one-hot vector, the table and the product: X, E and
 * X·E in the row convention, x, Eᵀ and Eᵀx in the column convention. The same in every language,
 * so the translated texts take them as arguments.
 */
struct Notation
{
    bool columnConvention = false;

    QString oneHot() const { return columnConvention ? QStringLiteral("x") : QStringLiteral("X"); }
    QString table() const { return columnConvention ? QStringLiteral("Eᵀ") : QStringLiteral("E"); }
    QString product() const
    {
        return columnConvention ? QStringLiteral("Eᵀx") : QStringLiteral("X·E");
    }
    //! "(X·E)[3]" or "(Eᵀx)[3]".
    QString productEntry(qlonglong column) const
    {
        return QStringLiteral("(%1)[%2]").arg(product()).arg(column);
    }
};

} // namespace ev
