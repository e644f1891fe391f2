// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QFontMetrics>
#include <QStyledItemDelegate>

class QModelIndex;

namespace ev {

/*!
 * \brief Paints a cell from its roles (fill, font, colour, aligned text), then outlines the
 * regions the cell belongs to: a solid border around highlighted cells (HighlightRole) and a
 * dashed one around the cells of the current step (StepRole), so that marks stand out by shape
 * and weight as well as by colour.
 *
 * A border runs along every side whose neighbouring cell is not in the same region, so a
 * highlighted row, a stepped column or a single cell each get one outline, in either
 * orientation of the model.
 */
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};

/*!
 * Draws one line of \a text in \a area with the painter's font, aligned by \a alignment and
 * elided where it does not fit, without the text layout a rectangle would need: measured glyph
 * by glyph, which for numbers and short labels is exact enough and many times faster.
 */
void drawPlainText(QPainter *painter, const QRect &area, Qt::Alignment alignment, int baseline,
    const QString &text);

//! What drawPlainText() shows of a text, elided or whole, and how wide that is.
struct PlainText
{
    QString shown;
    int width = 0;
};
PlainText fitPlainText(const QFontMetrics &metrics, const QString &text, int room);

/*!
 * The room left between a cell's text and each side of the cell: enough for the thickest
 * outline a mark draws inside the cell, so that an outline never crosses a digit. The same for
 * marked and unmarked cells, so that the digits of a column stay aligned.
 */
int cellTextPadding(const QFontMetrics &metrics);

//! Where a cell of \a cellRect (inside its grid lines) draws its text.
QRect cellTextArea(const QRect &cellRect, const QFontMetrics &metrics);

} // namespace ev
