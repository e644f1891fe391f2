// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QPainterPath>
#include <QPolygonF>
#include <QRegion>
#include <QWidget>

namespace ev {

class EmbeddingSession;
class MatrixView;

/*!
 * \brief Draws, over the board, an arrow from the hot entry of X to the row of E it selects and
 * one from that row to X·E, so the pairing of X's entries with E's rows shows at a glance.
 *
 * Transparent to the mouse; an arrow whose end is scrolled out of sight is not drawn.
 */
class ConnectorOverlay : public QWidget
{
    Q_OBJECT

public:
    ConnectorOverlay(EmbeddingSession *session, MatrixView *oneHotView, MatrixView *tableView,
        MatrixView *productView, QWidget *board);

    //! Leaves \a widget, a sibling on the board, uncovered while it is visible.
    void setUncovered(QWidget *widget) { m_uncovered = widget; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Arrow
    {
        QPainterPath path;
        QPolygonF head;
    };

    QList<Arrow> arrows() const;
    // The arrow leaves \a from downwards (1), upwards (−1) or sideways (0) and enters \a to
    // from the left.
    static Arrow makeArrow(QPointF from, QPointF to, int verticalDeparture);
    static QRegion regionOf(const QList<Arrow> &arrows);
    // Repaints where the arrows were and where they are now, and nothing else: the overlay
    // spans the board, and repainting all of it would repaint every view beneath.
    void moveArrows();

    EmbeddingSession *m_session;
    MatrixView *m_oneHotView;
    MatrixView *m_tableView;
    MatrixView *m_productView;
    QRegion m_drawn;
    QWidget *m_uncovered = nullptr;
};

} // namespace ev
