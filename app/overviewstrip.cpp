// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "overviewstrip.h"

#include "embeddingsession.h"
#include "logging.h"
#include "matrixview.h"
#include "theme.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace ev {

namespace {

// Left of the map, the bracket of the rows E's view shows; right of it, room for the marker to
// stand out past the map, so it shows whatever colours lie under it.
constexpr int s_bracketGutter = 9;
// One pixel per group of columns, at most.
constexpr int s_mapWidth = heatmap::s_maxColumnGroups;
constexpr int s_rightGutter = 5;
// The marker's ends reach this far into the gutters.
constexpr int s_markerOverhang = 4;
constexpr int s_markerHeight = 9;
// Room above and below the map for half a marker at the first and last row.
constexpr int s_verticalPadding = s_markerHeight / 2 + 1;

} // namespace

OverviewStrip::OverviewStrip(EmbeddingSession *session, MatrixView *tableView, QWidget *parent)
    : QWidget(parent), m_session(session), m_tableView(tableView)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(tr("Overview of the embedding table"));

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &OverviewStrip::acceptImage);
    connect(session, &EmbeddingSession::tableReplaced, this, &OverviewStrip::startImage);
    connect(session, &EmbeddingSession::concealedChanged, this, [this] { update(); });
    connect(session, &EmbeddingSession::indexChanged, this, [this] {
        describe();
        update();
    });
    const QScrollBar *rows = tableView->verticalScrollBar();
    connect(rows, &QScrollBar::rangeChanged, this, &OverviewStrip::followTableView);
    connect(rows, &QScrollBar::valueChanged, this, [this] { update(); });
    followTableView();
    startImage();
}

OverviewStrip::~OverviewStrip()
{
    // Stops a render in progress at its next check, so it never reads a destroyed counter.
    ++m_generation;
    m_watcher.waitForFinished();
}

void OverviewStrip::startImage()
{
    const quint64 generation = ++m_generation;
    m_summary.reset();
    m_image = {};
    m_scaled = {};
    describe();
    const EmbeddingTable &table = m_session->table();
    if (table.numEmbeddings() * table.embeddingDimensions() <= s_synchronousLimit) {
        setSummary(*heatmap::summarise(table));
        return;
    }

    // A copy of the table shares its values, so the worker reads the table it was given even
    // after the window moves on to another.
    update();
    qCDebug(lcAppView) << "overview of" << table.numEmbeddings() << "rows started";
    m_watcher.setFuture(QtConcurrent::run([this, table, generation] {
        const auto isStale = [this, generation] {
            return m_generation != generation;
        };
        return Rendered {generation, heatmap::summarise(table, isStale)};
    }));
}

void OverviewStrip::acceptImage()
{
    const Rendered rendered = m_watcher.result();
    if (rendered.generation != m_generation || !rendered.summary || isImageReady())
        return;
    setSummary(*rendered.summary);
}

void OverviewStrip::waitForImage()
{
    if (isImageReady())
        return;
    m_watcher.waitForFinished();
    acceptImage();
}

void OverviewStrip::setSummary(heatmap::Summary summary)
{
    m_summary = std::move(summary);
    m_image = heatmap::render(*m_summary);
    m_scaled = {};
    update();
    Q_EMIT imageReady();
}

void OverviewStrip::setSuppressed(bool suppressed)
{
    m_suppressed = suppressed;
    followTableView();
}

void OverviewStrip::followTableView()
{
    setVisible(!m_suppressed && m_tableView->verticalScrollBar()->maximum() > 0);
    update();
}

void OverviewStrip::describe()
{
    const Index rows = m_session->table().numEmbeddings();
    setToolTip(tr("All %1 rows of E at a glance: each band is coloured by the mean of its values, "
                  "blue below 0, orange above, grey where a value is NaN or infinite. The "
                  "bracket marks the rows in view. Click or drag to jump to a row.")
                   .arg(rows));
    setAccessibleDescription(tr("Heat map of all %1 rows of E, marking %2, the hot index. Click "
                                "a row, or use Up, Down, Page Up, Page Down, Home and End, to "
                                "make it the hot index.")
                                 .arg(rows)
                                 .arg(m_session->describeRow(m_session->index())));
}

QRect OverviewStrip::mapRect() const
{
    return QRect(s_bracketGutter, s_verticalPadding, s_mapWidth,
        std::max(1, height() - 2 * s_verticalPadding));
}

qreal OverviewStrip::rowTop(qreal row) const
{
    const QRect map = mapRect();
    return map.top() + row * map.height() / qreal(m_session->table().numEmbeddings());
}

Index OverviewStrip::rowAt(int y) const
{
    // At the pixel's centre, as the bands are scaled.
    const QRect map = mapRect();
    const Index rows = m_session->table().numEmbeddings();
    const auto row = Index(std::floor((y - map.top() + 0.5) * qreal(rows) / map.height()));
    return std::clamp<Index>(row, 0, rows - 1);
}

int OverviewStrip::rowsPerPage() const
{
    // E's view scrolls by whole rows, so its page step is the number of rows it shows.
    return std::max(1, m_tableView->verticalScrollBar()->pageStep());
}

QSize OverviewStrip::sizeHint() const
{
    return {s_bracketGutter + s_mapWidth + s_rightGutter, 200};
}

QSize OverviewStrip::minimumSizeHint() const
{
    return {sizeHint().width(), 40};
}

void OverviewStrip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect map = mapRect();
    if (m_image.isNull()) {
        // Still being computed: a hatch, not a colour that could be read as values.
        painter.fillRect(map, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
    } else {
        // Fewer groups than pixels: each becomes a band of whole pixels, kept sharp. More:
        // they are merged, exactly, into one line per pixel.
        if (m_scaled.size() != map.size())
            m_scaled = heatmap::render(*m_summary, std::min(map.height(), m_summary->rowGroups))
                           .scaled(map.size(), Qt::IgnoreAspectRatio, Qt::FastTransformation);
        painter.drawImage(map.topLeft(), m_scaled);
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(map.adjusted(-1, -1, 0, 0));

    drawVisibleRows(painter);
    if (!m_session->isSelectedRowHidden())
        drawMarker(painter);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DashLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void OverviewStrip::drawVisibleRows(QPainter &painter) const
{
    const int first = m_tableView->rowAt(0);
    if (first < 0)
        return;
    int last = m_tableView->rowAt(m_tableView->viewport()->height() - 1);
    if (last < 0)
        last = int(m_session->table().numEmbeddings()) - 1;

    // A bracket, "[", at least a few pixels tall even where the rows in view are one pixel.
    const int top = int(std::floor(rowTop(first)));
    const int bottom = std::max(top + 4, int(std::ceil(rowTop(last + 1))) - 1);
    const int x = 3;
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(x, top, x, bottom);
    painter.drawLine(x, top, s_bracketGutter - 2, top);
    painter.drawLine(x, bottom, s_bracketGutter - 2, bottom);
}

void OverviewStrip::drawMarker(QPainter &painter) const
{
    // The amber of the selected row of E inside the dark blue of its border: the amber shows on
    // the blues, the dark edge on the oranges, and the ends past the map on the background.
    const Index index = m_session->index();
    const qreal top = rowTop(qreal(index));
    const qreal bottom = rowTop(qreal(index + 1));
    const int height = std::max(s_markerHeight, int(std::round(bottom - top)));
    const int centre = int(std::round((top + bottom) / 2));
    const QRect marker(s_bracketGutter - s_markerOverhang, centre - height / 2,
        s_mapWidth + 2 * s_markerOverhang, height);

    const Theme &theme = Theme::current();
    painter.fillRect(marker, theme.highlightBorder);
    painter.fillRect(marker.adjusted(2, 2, -2, -2), theme.highlightFill);
}

void OverviewStrip::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_session->setIndex(rowAt(event->position().toPoint().y()));
}

void OverviewStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return QWidget::mouseMoveEvent(event);
    m_session->setIndex(rowAt(event->position().toPoint().y()));
}

void OverviewStrip::keyPressEvent(QKeyEvent *event)
{
    const Index last = m_session->table().numEmbeddings() - 1;
    const Index index = m_session->index();
    Index target = index;
    switch (event->key()) {
    case Qt::Key_Up:
        target = index - 1;
        break;
    case Qt::Key_Down:
        target = index + 1;
        break;
    case Qt::Key_PageUp:
        target = index - rowsPerPage();
        break;
    case Qt::Key_PageDown:
        target = index + rowsPerPage();
        break;
    case Qt::Key_Home:
        target = 0;
        break;
    case Qt::Key_End:
        target = last;
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    m_session->setIndex(std::clamp<Index>(target, 0, last));
}

} // namespace ev
