// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"
#include "heatmap.h"

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>

#include <atomic>

namespace ev {

class EmbeddingSession;
class MatrixView;

/*!
 * \brief A narrow heat map of the whole table beside E's view: top to bottom the rows, across
 * the columns, each group of them coloured by its mean (see heatmap::render()). A marker shows
 * the hot row and a bracket the rows E's view shows; a click, a drag or a key makes another row
 * the hot one.
 *
 * The strip hides itself while E's view shows every row: then it would only repeat the table.
 */
class OverviewStrip : public QWidget
{
    Q_OBJECT

public:
    OverviewStrip(EmbeddingSession *session, MatrixView *tableView, QWidget *parent = nullptr);
    ~OverviewStrip() override;

    //! The heat map of the current table, one pixel per group; null while it is computed.
    const QImage &image() const { return m_image; }
    bool isImageReady() const { return !m_image.isNull(); }
    //! Blocks until the heat map is ready, for callers that take a picture of the window.
    void waitForImage();

    //! Where the heat map is drawn, in this widget's coordinates.
    QRect mapRect() const;
    //! \returns the row drawn at height \a y of this widget, clamped to the table.
    Index rowAt(int y) const;
    //! \returns the height, in this widget's coordinates, where \a row begins (as a fraction).
    qreal rowTop(qreal row) const;

    //! Above this many values the heat map is computed off the GUI thread.
    static constexpr Index s_synchronousLimit = 2'000'000;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    /*!
     * Keeps the strip hidden, whatever E's view shows, while \a suppressed: the transposed view
     * lays E's rows out as columns, which the strip does not describe.
     */
    void setSuppressed(bool suppressed);

Q_SIGNALS:
    //! The heat map of the current table has been computed.
    void imageReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // What a render returns: the summary, unless it was abandoned, and which table it is of.
    struct Rendered
    {
        quint64 generation = 0;
        std::optional<heatmap::Summary> summary;
    };

    void startImage();
    void acceptImage();
    void setSummary(heatmap::Summary summary);
    void followTableView();
    void describe();
    int rowsPerPage() const;
    void drawVisibleRows(QPainter &painter) const;
    void drawMarker(QPainter &painter) const;

    EmbeddingSession *m_session;
    MatrixView *m_tableView;
    std::optional<heatmap::Summary> m_summary;
    QImage m_image;
    // The summary drawn at mapRect()'s size, made on the first paint after either changes.
    mutable QImage m_scaled;
    // Each table's render has a number; a render for an older table stops early and is dropped.
    // The worker reads it, so the destructor waits for the worker.
    std::atomic<quint64> m_generation = 0;
    QFutureWatcher<Rendered> m_watcher;
    bool m_suppressed = false;
};

} // namespace ev
