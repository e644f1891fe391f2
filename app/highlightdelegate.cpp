// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "highlightdelegate.h"

#include "modelroles.h"
#include "theme.h"

#include <QPainter>

namespace ev {

namespace {

// Whether the cell beside \a index, \a rows down and \a columns across, is in the region
// \a role marks; there is no cell beyond the model's edges.
bool neighbourIn(const QModelIndex &index, int rows, int columns, int role)
{
    const QModelIndex neighbour = index.sibling(index.row() + rows, index.column() + columns);
    return neighbour.isValid() && neighbour.data(role).toBool();
}

// Outlines \a cell where the region \a role marks ends, solid or dashed.
void outline(QPainter *painter, const QRect &region, const QModelIndex &index, int role,
    const QColor &colour, int width, bool dashed)
{
    const auto edge = [&](const QRect &strip) {
        if (!dashed) {
            painter->fillRect(strip, colour);
            return;
        }
        // Dashes placed by the view's coordinates, so they run on unbroken from cell to cell.
        const int dash = 3 * width;
        const bool across = strip.width() > strip.height();
        const int start = across ? strip.left() : strip.top();
        const int end = across ? strip.right() : strip.bottom();
        for (int at = start - start % (2 * dash); at <= end; at += 2 * dash) {
            const int from = std::max(at, start);
            const int to = std::min(at + dash - 1, end);
            if (to < from)
                continue;
            painter->fillRect(across ? QRect(from, strip.top(), to - from + 1, strip.height())
                                     : QRect(strip.left(), from, strip.width(), to - from + 1),
                colour);
        }
    };
    // A dashed outline sits a little inside the region, so the fill frames its gaps: at the
    // edge, the gaps would show the background and read as notches cut into the cells.
    // Only the sides where the region ends move in, so the lines run on from cell to cell.
    const bool top = !neighbourIn(index, -1, 0, role);
    const bool bottom = !neighbourIn(index, 1, 0, role);
    const bool left = !neighbourIn(index, 0, -1, role);
    const bool right = !neighbourIn(index, 0, 1, role);
    const int inset = dashed ? width / 2 : 0;
    const QRect cell = region.adjusted(
        left ? inset : 0, top ? inset : 0, right ? -inset : 0, bottom ? -inset : 0);
    if (top)
        edge(QRect(cell.left(), cell.top(), cell.width(), width));
    if (bottom)
        edge(QRect(cell.left(), cell.bottom() - width + 1, cell.width(), width));
    if (left)
        edge(QRect(cell.left(), cell.top(), width, cell.height()));
    if (right)
        edge(QRect(cell.right() - width + 1, cell.top(), width, cell.height()));
}

} // namespace

void HighlightDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Drawn here rather than by the style, whose text layout per cell would make a click on a
    // large table miss a frame. Selection and focus are not drawn: the highlight shows the
    // index. The models give a font, fill and colour only to marked cells, and the painter's
    // state changes only where a cell needs another than the last: copying it for every cell
    // costs too.
    const bool highlighted = index.data(HighlightRole).toBool();
    const bool stepping = index.data(StepRole).toBool();
    QFont font = option.font;
    QColor textColour = option.palette.color(QPalette::Text);
    if (highlighted || stepping) {
        painter->fillRect(option.rect, index.data(Qt::BackgroundRole).value<QBrush>());
        const QVariant cellFont = index.data(Qt::FontRole);
        if (cellFont.isValid())
            font = cellFont.value<QFont>().resolve(option.font);
        textColour = index.data(Qt::ForegroundRole).value<QBrush>().color();
    }
    if (painter->font() != font)
        painter->setFont(font);
    if (painter->pen().color() != textColour || painter->pen().style() != Qt::SolidLine
        || painter->pen().width() > 1)
        painter->setPen(textColour);
    const QFontMetrics metrics = painter->fontMetrics();
    const QRect area = cellTextArea(option.rect, metrics);
    drawPlainText(painter, area, Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()),
        area.top() + (area.height() - metrics.height()) / 2 + metrics.ascent(),
        index.data(Qt::DisplayRole).toString());
    if (!highlighted && !stepping)
        return;

    const Theme &theme = Theme::current();
    if (stepping)
        outline(painter, option.rect, index, StepRole, theme.stepBorder, theme.borderWidth, true);
    if (highlighted)
        outline(painter, option.rect, index, HighlightRole, theme.highlightBorder,
            theme.borderWidth, false);
}

int cellTextPadding(const QFontMetrics &metrics)
{
    // High contrast draws the thickest outline; a dashed one sits inside the cell by half its
    // width, and a pixel more keeps it off the glyphs.
    constexpr int thickestOutline = 4;
    return std::max(
        metrics.horizontalAdvance(u' ') / 2 + 1, thickestOutline + thickestOutline / 2 + 1);
}

QRect cellTextArea(const QRect &cellRect, const QFontMetrics &metrics)
{
    // MatrixView::fitCellsTo() makes a cell the text's width and a padding each side, but the
    // cell draws inside the grid line its section includes: the right padding gives up that
    // pixel, or the widest value ("100" in bold, in the lesson's table) comes out as "1…".
    const int padding = cellTextPadding(metrics);
    return cellRect.adjusted(padding, 0, -(padding - 1), 0);
}

PlainText fitPlainText(const QFontMetrics &metrics, const QString &text, int room)
{
    int width = 0;
    for (const QChar character : text)
        width += metrics.horizontalAdvance(character);
    if (width <= room)
        return {text, width};
    // Each glyph's advance is rounded on its own, so the sum can come out a pixel or two wider
    // than the text: measure it whole before cutting it short.
    width = metrics.horizontalAdvance(text);
    if (width <= room)
        return {text, width};
    const QString shown = metrics.elidedText(text, Qt::ElideRight, room);
    return {shown, metrics.horizontalAdvance(shown)};
}

void drawPlainText(QPainter *painter, const QRect &area, Qt::Alignment alignment, int baseline,
    const QString &text)
{
    const auto [shown, width] = fitPlainText(painter->fontMetrics(), text, area.width());
    const int x = alignment & Qt::AlignRight ? area.right() + 1 - width
        : alignment & Qt::AlignHCenter       ? area.left() + (area.width() - width) / 2
                                             : area.left();
    painter->drawText(QPoint(x, baseline), shown);
}

} // namespace ev
