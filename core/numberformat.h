// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ev {

class EmbeddingTable;

/*!
 * \brief How a table's values are written: whole numbers without decimals (31, not 31.000), other
 * values with a fixed number of decimals, always with '.' as the decimal point.
 *
 * One format serves a whole table and every row computed from it, so X·E reads exactly like the
 * row of E it came from.
 */
class NumberFormat
{
public:
    //! The decimals shown for tables that hold fractions.
    static constexpr int s_fractionDecimals = 3;

    explicit NumberFormat(int decimals = 0) : m_decimals(decimals) { }

    //! \returns the format for \a table: no decimals if it holds whole numbers only.
    static NumberFormat forTable(const EmbeddingTable &table);

    int decimals() const { return m_decimals; }

    //! \returns \a value written in this format, independent of the locale; "nan", "inf", "-inf".
    QString format(double value) const;

    friend bool operator==(NumberFormat, NumberFormat) = default;

private:
    int m_decimals = 0;
};

} // namespace ev
