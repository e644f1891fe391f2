// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "numberformat.h"

#include "embeddingtable.h"

#include <cmath>

namespace ev {

NumberFormat NumberFormat::forTable(const EmbeddingTable &table)
{
    return NumberFormat(table.holdsWholeNumbersOnly() ? 0 : s_fractionDecimals);
}

QString NumberFormat::format(double value) const
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");

    // Rounding may produce "-0" or "-0.000" for tiny negatives; a student reads that as zero.
    QString text = QString::number(value, 'f', m_decimals);
    if (text.startsWith(u'-') && text.size() > 1 && text.mid(1).remove(u'0').remove(u'.').isEmpty())
        text.remove(0, 1);
    return text;
}

} // namespace ev
