// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "connectoroverlay.h"

#include "embeddingsession.h"
#include "matrixview.h"
#include "theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

#include <algorithm>
#include <cmath>

namespace ev {

namespace {

// The right edge of the last column, or of the viewport where the columns run past it.
int contentRight(const QTableView *view)
{
    const int lastColumn = view->model()->columnCount() - 1;
    return std::min(view->viewport()->width(),
        view->columnViewportPosition(lastColumn) + view->columnWidth(lastColumn));
}

} // namespace

ConnectorOverlay::ConnectorOverlay(EmbeddingSession *session, MatrixView *oneHotView,
    MatrixView *tableView, MatrixView *productView, QWidget *board)
    : QWidget(board)
    , m_session(session)
    , m_oneHotView(oneHotView)
    , m_tableView(tableView)
    , m_productView(productView)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    board->installEventFilter(this);

    // A click moves only the arrows; a new table or layout may move anything.
    connect(session, &EmbeddingSession::indexChanged, this, &ConnectorOverlay::moveArrows);
    connect(session, &EmbeddingSession::tableReplaced, this, [this] { update(); });
    connect(session, &EmbeddingSession::concealedChanged, this, &ConnectorOverlay::moveArrows);
    for (MatrixView *view : {oneHotView, tableView, productView}) {
        connect(view->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &ConnectorOverlay::moveArrows);
        connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &ConnectorOverlay::moveArrows);
        view->installEventFilter(this);
    }
}

bool ConnectorOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize || event->type() == QEvent::Move
        || event->type() == QEvent::LayoutRequest) {
        if (watched == parentWidget())
            setGeometry(parentWidget()->rect());
        raise();
        update();
    }
    return QWidget::eventFilter(watched, event);
}

QList<ConnectorOverlay::Arrow> ConnectorOverlay::arrows() const
{
    // Arrows would point at the row a quiz question hides.
    if (m_session->isSelectedRowHidden())
        return {};
    const int index = int(m_session->index());
    QWidget *board = parentWidget();

    // The hot cell of X, in the board's coordinates.
    const QRect hotCell = m_oneHotView->visualRect(m_oneHotView->model()->index(0, index));
    const bool hotCellVisible = m_oneHotView->viewport()->rect().contains(hotCell.center());

    // The selected row of E: its left edge is the table's left edge, its height the row's.
    const int rowTop = m_tableView->rowViewportPosition(index);
    const int rowCentre = rowTop + m_tableView->rowHeight(index) / 2;
    const bool rowVisible = rowTop >= 0 && rowCentre < m_tableView->viewport()->height();
    const int tableLeft = m_tableView->mapTo(board, QPoint(0, 0)).x();
    const int rowY = m_tableView->viewport()->mapTo(board, QPoint(0, rowCentre)).y();
    const int rowRight
        = m_tableView->viewport()->mapTo(board, QPoint(contentRight(m_tableView), 0)).x();

    const QWidget *productViewport = m_productView->viewport();
    const int productY
        = productViewport->mapTo(board, QPoint(0, m_productView->rowHeight(0) / 2)).y();
    const int productLeft = m_productView->mapTo(board, QPoint(0, 0)).x();

    QList<Arrow> result;
    if (hotCellVisible && rowVisible) {
        const QPoint cellCentre = m_oneHotView->viewport()->mapTo(board, hotCell.center());
        // Leave X above its column number, or below its cell, whichever faces the row.
        const bool rowBelow = rowY > cellCentre.y();
        const int startY = rowBelow
            ? m_oneHotView->viewport()->mapTo(board, QPoint(0, hotCell.bottom())).y()
            : m_oneHotView->mapTo(board, QPoint(0, 0)).y();
        const QPointF start(cellCentre.x(), startY);
        result << makeArrow(start, QPointF(tableLeft - 2, rowY), rowBelow ? 1 : -1);
    }
    if (rowVisible)
        result << makeArrow(QPointF(rowRight + 2, rowY), QPointF(productLeft - 2, productY), 0);
    return result;
}

QRegion ConnectorOverlay::regionOf(const QList<Arrow> &arrows)
{
    // A band along each curve, not its bounding box, which would cover whole views.
    const int margin = Theme::current().borderWidth + 2;
    QRegion region;
    for (const Arrow &arrow : arrows) {
        const QPolygonF points = arrow.path.toFillPolygon();
        for (qsizetype i = 1; i < points.size(); ++i) {
            const QRectF segment = QRectF(points[i - 1], points[i]).normalized();
            region += segment.toAlignedRect().adjusted(-margin, -margin, margin, margin);
        }
        region += arrow.head.boundingRect().toAlignedRect().adjusted(-2, -2, 2, 2);
    }
    return region;
}

void ConnectorOverlay::moveArrows()
{
    const QRegion now = regionOf(arrows());
    update(m_drawn | now);
    m_drawn = now;
}

void ConnectorOverlay::paintEvent(QPaintEvent *)
{
    const QList<Arrow> current = arrows();
    m_drawn = regionOf(current);

    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // An arrow passing behind the widget reads as one arrow still, and hides none of it.
    if (m_uncovered && m_uncovered->isVisible())
        painter.setClipRegion(QRegion(rect()).subtracted(m_uncovered->geometry()));
    const Theme &theme = Theme::current();
    const QColor colour = theme.connector;
    for (const Arrow &arrow : current) {
        painter.setPen(QPen(colour, theme.borderWidth, Qt::SolidLine, Qt::RoundCap));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(arrow.path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPolygon(arrow.head);
    }
}

ConnectorOverlay::Arrow ConnectorOverlay::makeArrow(QPointF from, QPointF to, int verticalDeparture)
{
    const qreal reach = std::max<qreal>(30, std::abs(to.x() - from.x()) / 2);

    // A vertical departure stays short, so the arrow does not cross the titles above X.
    const qreal rise = std::clamp<qreal>(std::abs(to.y() - from.y()), 24, 60);
    const QPointF firstControl = verticalDeparture != 0
        ? QPointF(from.x(), from.y() + verticalDeparture * rise)
        : QPointF(from.x() + reach, from.y());
    Arrow arrow;
    arrow.path = QPainterPath(from);
    arrow.path.cubicTo(firstControl, QPointF(to.x() - reach, to.y()), to);

    // The head points along the curve's last stretch, which runs horizontally into the target.
    const qreal size = 10;
    arrow.head << to << QPointF(to.x() - size, to.y() - size / 1.6)
               << QPointF(to.x() - size, to.y() + size / 1.6);
    return arrow;
}

} // namespace ev
