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
    // Drawn here rather than by the style: columns are sized to their widest value, so the
    // style's eliding text layout is not needed, and skipping it keeps a scroll through a large
    // table within one frame. Selection and focus are not drawn: the highlight shows the index.
    const QVariant background = index.data(Qt::BackgroundRole);
    if (background.canConvert<QBrush>())
        painter->fillRect(option.rect, background.value<QBrush>());
    const QVariant font = index.data(Qt::FontRole);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    painter->save();
    painter->setFont(font.isValid() ? font.value<QFont>() : option.font);
    painter->setPen(foreground.isValid() ? foreground.value<QBrush>().color()
                                         : option.palette.color(QPalette::Text));
    const int padding = option.fontMetrics.horizontalAdvance(u' ') / 2 + 1;
    const auto alignment = Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt());
    painter->drawText(option.rect.adjusted(padding, 0, -padding, 0), int(alignment),
        index.data(Qt::DisplayRole).toString());
    painter->restore();

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
