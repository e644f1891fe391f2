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
    // Drawn here rather than by the style, whose text layout per cell would make a click on a
    // large table miss a frame. Selection and focus are not drawn: the highlight shows the
    // index. The models give a font, fill and colour only to highlighted cells, and the
    // painter's state changes only where a cell needs another than the last: copying it for
    // every cell costs too.
    const bool highlighted = index.data(HighlightRole).toBool();
    QFont font = option.font;
    QColor textColour = option.palette.color(QPalette::Text);
    if (highlighted) {
        painter->fillRect(option.rect, index.data(Qt::BackgroundRole).value<QBrush>());
        font = index.data(Qt::FontRole).value<QFont>().resolve(option.font);
        textColour = index.data(Qt::ForegroundRole).value<QBrush>().color();
    }
    if (painter->font() != font)
        painter->setFont(font);
    if (painter->pen().color() != textColour || painter->pen().style() != Qt::SolidLine
        || painter->pen().width() > 1)
        painter->setPen(textColour);
    const QFontMetrics metrics = painter->fontMetrics();
    const int padding = metrics.horizontalAdvance(u' ') / 2 + 1;
    const QRect area = option.rect.adjusted(padding, 0, -padding, 0);
    drawPlainText(painter, area, Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()),
        area.top() + (area.height() - metrics.height()) / 2 + metrics.ascent(),
        index.data(Qt::DisplayRole).toString());
    if (!highlighted)
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

void drawPlainText(QPainter *painter, const QRect &area, Qt::Alignment alignment, int baseline,
    const QString &text)
{
    const QFontMetrics metrics = painter->fontMetrics();
    int width = 0;
    for (const QChar character : text)
        width += metrics.horizontalAdvance(character);
    QString shown = text;
    if (width > area.width()) {
        shown = metrics.elidedText(text, Qt::ElideRight, area.width());
        width = metrics.horizontalAdvance(shown);
    }
    const int x = alignment & Qt::AlignRight ? area.right() + 1 - width
        : alignment & Qt::AlignHCenter       ? area.left() + (area.width() - width) / 2
                                             : area.left();
    painter->drawText(QPoint(x, baseline), shown);
}

} // namespace ev
