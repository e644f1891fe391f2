// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace ev {

/*!
 * \brief Paints a cell from its roles (fill, font, colour, aligned text), then a thick border
 * around highlighted cells, so the selection stands out by shape and weight as well as by colour.
 *
 * In Row mode the border runs around the whole row (top and bottom on every cell, the sides on
 * the first and last column); in Cell mode around each highlighted cell.
 */
class HighlightDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class BorderMode { Cell, Row };

    static constexpr int s_borderWidth = 3;

    explicit HighlightDelegate(BorderMode mode, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

    //! The colour of the border around highlighted cells, and of the connectors between views.
    static QColor borderColor();

private:
    BorderMode m_mode;
};

/*!
 * Draws one line of \a text in \a area with the painter's font, aligned by \a alignment and
 * elided where it does not fit, without the text layout a rectangle would need: measured glyph
 * by glyph, which for numbers and short labels is exact enough and many times faster.
 */
void drawPlainText(QPainter *painter, const QRect &area, Qt::Alignment alignment, int baseline,
    const QString &text);

} // namespace ev
