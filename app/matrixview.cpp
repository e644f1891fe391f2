// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "matrixview.h"

#include <QHeaderView>
#include <QScrollBar>

namespace ev {

MatrixView::MatrixView(const QString &accessibleName, QWidget *parent) : QTableView(parent)
{
    setAccessibleName(accessibleName);
    // The session's index is the selection; the view's own selection would be a second one.
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    for (QHeaderView *header : {horizontalHeader(), verticalHeader()}) {
        header->setSectionResizeMode(QHeaderView::Fixed);
        header->setHighlightSections(false);
        header->setSectionsClickable(false);
    }
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    verticalHeader()->setDefaultAlignment(Qt::AlignCenter);
}

void MatrixView::fitCellsTo(const QString &widestText)
{
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = metrics.horizontalAdvance(u'0');
    const int width = std::max(metrics.horizontalAdvance(widestText) + padding,
        metrics.horizontalAdvance(QStringLiteral("000")));
    horizontalHeader()->setMinimumSectionSize(1);
    horizontalHeader()->setDefaultSectionSize(width);
    verticalHeader()->setMinimumSectionSize(1);
    verticalHeader()->setDefaultSectionSize(metrics.height() + metrics.height() / 2);
    updateGeometry();
}

void MatrixView::setStrip(bool strip)
{
    m_strip = strip;
    setVerticalScrollBarPolicy(strip ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Preferred, strip ? QSizePolicy::Fixed : QSizePolicy::Expanding);
    fitHeightToOneRow();
}

void MatrixView::fitHeightToOneRow()
{
    if (!m_strip)
        return;
    const QSize content = contentSize();
    const bool needsBar = content.width() > width();
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    setFixedHeight(content.height() + (needsBar ? bar : 0));
}

void MatrixView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    // Only the height follows the width, so this cannot feed back into another resize.
    fitHeightToOneRow();
}

QSize MatrixView::contentSize() const
{
    const int columns = model() ? model()->columnCount() : 0;
    const int rows = model() ? model()->rowCount() : 0;
    const int width = verticalHeader()->sizeHint().width()
        + columns * horizontalHeader()->defaultSectionSize() + 2 * frameWidth();
    const int height = horizontalHeader()->sizeHint().height()
        + rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    return {width, height};
}

QSize MatrixView::sizeHint() const
{
    // Room for a scroll bar, which appears when the matrix does not fit.
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize content = contentSize();
    return {std::min(content.width(), 900) + bar, std::min(content.height(), 700) + bar};
}

QSize MatrixView::minimumSizeHint() const
{
    const int bar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const QSize content = contentSize();
    return {std::min(content.width(), 120) + bar, std::min(content.height(), 80) + bar};
}

} // namespace ev
