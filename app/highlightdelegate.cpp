// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "highlightdelegate.h"

#include "modelroles.h"

#include <QPainter>

namespace ev {

HighlightDelegate::HighlightDelegate(BorderMode mode, QObject *parent)
    : QStyledItemDelegate(parent), m_mode(mode)
{ }

QColor HighlightDelegate::borderColor()
{
    // A dark blue: apart from the amber fill in hue and in lightness, for every kind of colour
    // vision.
    return QColor(0x1f, 0x3f, 0x9a);
}

void HighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem plain = option;
    // Our own highlight shows what is selected; the style's focus frame would only compete.
    plain.state &= ~(QStyle::State_HasFocus | QStyle::State_Selected);
    QStyledItemDelegate::paint(painter, plain, index);

    if (!index.data(HighlightRole).toBool())
        return;

    const bool wholeCell = m_mode == BorderMode::Cell;
    const bool firstColumn = wholeCell || index.column() == 0;
    const bool lastColumn = wholeCell || index.column() == index.model()->columnCount() - 1;
    const QRect r = option.rect;
    const int w = s_borderWidth;

    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(borderColor());
    painter->drawRect(r.left(), r.top(), r.width(), w);
    painter->drawRect(r.left(), r.bottom() - w + 1, r.width(), w);
    if (firstColumn)
        painter->drawRect(r.left(), r.top(), w, r.height());
    if (lastColumn)
        painter->drawRect(r.right() - w + 1, r.top(), w, r.height());
    painter->restore();
}

} // namespace ev
