// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "numberformat.h"

#include "embeddingtable.h"

#include <algorithm>
#include <cmath>

namespace ev {

NumberFormat NumberFormat::forTable(const EmbeddingTable &table)
{
    if (table.holdsWholeNumbersOnly())
        return NumberFormat(0);

    double largest = 0;
    table.visit([&](const auto &values) {
        for (Index i = 0; i < values.size(); ++i) {
            const double magnitude = std::abs(double(values.data()[i]));
            if (std::isfinite(magnitude))
                largest = std::max(largest, magnitude);
        }
    });
    constexpr double tiny = 1e-2;
    constexpr double huge = 1e6;
    const bool scientific = (largest > 0 && largest < tiny) || largest >= huge;
    return NumberFormat(s_fractionDecimals, scientific ? Notation::Scientific : Notation::Fixed);
}

QString NumberFormat::format(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");

    if (m_notation == Notation::Scientific)
        return QString::number(value, 'e', m_decimals);

    // Rounding may produce "-0" or "-0.000" for tiny negatives; a student reads that as zero.
    QString text = QString::number(value, 'f', m_decimals);
    if (text.startsWith(u'-') && text.size() > 1 && text.mid(1).remove(u'0').remove(u'.').isEmpty())
        text.remove(0, 1);
    return text;
}

} // namespace ev
