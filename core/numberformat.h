// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ev {

class EmbeddingTable;

/*!
 * \brief How a table's values are written: whole numbers without decimals (31, not 31.000), other
 * values with a fixed number of decimals, or in scientific notation (1.235e-05) when every value
 * is tiny or some are huge, always with '.' as the decimal point.
 *
 * One format serves a whole table and every row computed from it, so X·E reads exactly like the
 * row of E it came from.
 */
class NumberFormat
{
public:
    //! The decimals shown for tables that hold fractions.
    static constexpr int s_fractionDecimals = 3;

    enum class Notation { Fixed, Scientific };

    explicit NumberFormat(int decimals = 0, Notation notation = Notation::Fixed)
        : m_decimals(decimals), m_notation(notation)
    { }

    /*!
     * \returns the format for \a table: no decimals if it holds whole numbers only; scientific
     * if its largest finite magnitude is below 0.01 (fixed decimals would show only zeros) or
     * 10^6 and above; otherwise s_fractionDecimals decimals.
     */
    static NumberFormat forTable(const EmbeddingTable &table);

    int decimals() const { return m_decimals; }
    Notation notation() const { return m_notation; }

    //! \returns \a value written in this format, independent of the locale; "nan", "inf", "-inf".
    QString format(double value) const;

    friend bool operator==(NumberFormat, NumberFormat) = default;

private:
    int m_decimals = 0;
    Notation m_notation = Notation::Fixed;
};

} // namespace ev
