// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "heatmap.h"
#include "matrixview.h"
#include "overviewstrip.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <limits>
#include <memory>

using namespace ev;

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();
constexpr double s_infinity = std::numeric_limits<double>::infinity();
const QColor s_markerFill(0xff, 0xd9, 0x66);

// Rows of 2, -2 / 0, NaN / 1, -1 / ∞, 0.5: the finite magnitudes' 99th percentile is 2.
EmbeddingTable smallTable()
{
    return EmbeddingTable::generate(4, 2, Precision::Float64, [](auto &values) {
        values << 2, -2, 0, s_nan, 1, -1, s_infinity, 0.5;
    }).value();
}

bool isWarm(const QColor &colour)
{
    return colour.red() > colour.blue() + 60;
}

bool isCool(const QColor &colour)
{
    return colour.blue() > colour.red() + 60;
}

} // namespace

class TestOverviewStrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void heatMapColoursEachValue();
    void mergedRowsShowTheirMeanAndKeepNaN();
    void hiddenWhileEveryRowIsInView();
    void clickingMakesTheRowUnderTheMouseHot_data();
    void clickingMakesTheRowUnderTheMouseHot();
    void draggingFollowsTheMouse();
    void keysMoveTheIndex();
    void markerIsDrawnAtTheHotRow();
    void largeTableIsSummarisedWhileTheEventLoopRuns();
    void aReplacedTablesOverviewIsDropped();

private:
    void showRows(Index rows);

    std::unique_ptr<EmbeddingSession> m_session;
    std::unique_ptr<EmbeddingBoard> m_board;
    OverviewStrip *m_strip = nullptr;
};

void TestOverviewStrip::init()
{
    m_session = std::make_unique<EmbeddingSession>();
    m_board = std::make_unique<EmbeddingBoard>(m_session.get());
    m_board->resize(1280, 720);
    m_board->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_board.get()));
    m_strip = m_board->overviewStrip();
    QVERIFY(m_strip);
}

void TestOverviewStrip::cleanup()
{
    m_board.reset();
    m_session.reset();
}

void TestOverviewStrip::showRows(Index rows)
{
    QVERIFY(m_session->setSpec({rows, 10, TableKind::Simple, 0}));
    QTRY_VERIFY(m_strip->isVisible());
    QTRY_VERIFY(m_strip->height() > 200);
}

void TestOverviewStrip::heatMapColoursEachValue()
{
    const QImage image = heatmap::render(*heatmap::summarise(smallTable()));

    QCOMPARE(image.size(), QSize(2, 4));
    // The scale's ends are the palette's ends.
    QCOMPARE(image.pixelColor(0, 0), QColor(0xe6, 0x61, 0x01));
    QCOMPARE(image.pixelColor(1, 0), QColor(0x21, 0x66, 0xac));
    QCOMPARE(image.pixelColor(0, 1), QColor(0xf7, 0xf7, 0xf7));
    QCOMPARE(image.pixelColor(1, 1), heatmap::nonFiniteColour());
    QVERIFY2(isWarm(image.pixelColor(0, 2)), qPrintable(image.pixelColor(0, 2).name()));
    QVERIFY2(isCool(image.pixelColor(1, 2)), qPrintable(image.pixelColor(1, 2).name()));
    QCOMPARE(image.pixelColor(0, 3), heatmap::nonFiniteColour());
    QVERIFY2(isWarm(image.pixelColor(1, 3)), qPrintable(image.pixelColor(1, 3).name()));
}

void TestOverviewStrip::mergedRowsShowTheirMeanAndKeepNaN()
{
    const QImage image = heatmap::render(*heatmap::summarise(smallTable()), 2);

    // Rows 0 and 1 merged: column 0 is (2 + 0) / 2 = 1, column 1 holds a NaN.
    QCOMPARE(image.size(), QSize(2, 2));
    QCOMPARE(image.pixelColor(0, 0), heatmap::colourOf(1, 2));
    QCOMPARE(image.pixelColor(1, 0), heatmap::nonFiniteColour());
    // Rows 2 and 3: column 0 holds an infinity, column 1 is (-1 + 0.5) / 2.
    QCOMPARE(image.pixelColor(0, 1), heatmap::nonFiniteColour());
    QCOMPARE(image.pixelColor(1, 1), heatmap::colourOf(-0.25, 2));
}

void TestOverviewStrip::hiddenWhileEveryRowIsInView()
{
    // The lesson table fits: the strip would only repeat it.
    QTRY_COMPARE(m_board->tableView()->verticalScrollBar()->maximum(), 0);
    QVERIFY(!m_strip->isVisible());

    showRows(1000);
    QVERIFY(m_strip->isVisible());
    QVERIFY(m_session->setSpec({10, 10, TableKind::Simple, 0}));
    QTRY_VERIFY(!m_strip->isVisible());
}

void TestOverviewStrip::clickingMakesTheRowUnderTheMouseHot_data()
{
    QTest::addColumn<qreal>("fraction");

    QTest::newRow("top") << 0.0;
    QTest::newRow("a-quarter-down") << 0.25;
    QTest::newRow("middle") << 0.5;
    QTest::newRow("bottom") << 1.0;
}

void TestOverviewStrip::clickingMakesTheRowUnderTheMouseHot()
{
    QFETCH(qreal, fraction);
    showRows(1000);
    const QRect map = m_strip->mapRect();
    const int y = std::min(map.bottom(), map.top() + int(fraction * map.height()));

    QTest::mouseClick(m_strip, Qt::LeftButton, {}, QPoint(map.center().x(), y));

    // Each pixel stands for a few rows: the index is one of them.
    const Index expected = std::min<Index>(999, Index(fraction * 1000));
    const Index rowsPerPixel = 1000 / map.height() + 1;
    QVERIFY2(std::abs(m_session->index() - expected) <= rowsPerPixel,
        qPrintable(QStringLiteral("%1, expected %2").arg(m_session->index()).arg(expected)));
    QCOMPARE(m_session->index(), m_strip->rowAt(y));
    // E's view follows.
    MatrixView *table = m_board->tableView();
    const int rowTop = table->rowViewportPosition(int(m_session->index()));
    QVERIFY(rowTop >= 0 && rowTop < table->viewport()->height());
}

void TestOverviewStrip::draggingFollowsTheMouse()
{
    showRows(1000);
    const QRect map = m_strip->mapRect();
    const QPoint start(map.center().x(), map.top() + map.height() / 10);
    const QPoint end(map.center().x(), map.top() + map.height() * 8 / 10);

    QTest::mousePress(m_strip, Qt::LeftButton, {}, start);
    QCOMPARE(m_session->index(), m_strip->rowAt(start.y()));
    QTest::mouseMove(m_strip, end);
    QCOMPARE(m_session->index(), m_strip->rowAt(end.y()));
    QTest::mouseRelease(m_strip, Qt::LeftButton, {}, end);
}

void TestOverviewStrip::keysMoveTheIndex()
{
    showRows(1000);
    m_strip->setFocus();

    QTest::keyClick(m_strip, Qt::Key_End);
    QCOMPARE(m_session->index(), 999);
    QTest::keyClick(m_strip, Qt::Key_Down);
    QCOMPARE(m_session->index(), 999);
    QTest::keyClick(m_strip, Qt::Key_Up);
    QCOMPARE(m_session->index(), 998);
    // A page is what E's view shows.
    const int page = m_board->tableView()->verticalScrollBar()->pageStep();
    QVERIFY(page > 1);
    QTest::keyClick(m_strip, Qt::Key_PageUp);
    QCOMPARE(m_session->index(), 998 - page);
    QTest::keyClick(m_strip, Qt::Key_Home);
    QCOMPARE(m_session->index(), 0);
    QTest::keyClick(m_strip, Qt::Key_PageDown);
    QCOMPARE(m_session->index(), page);
}

void TestOverviewStrip::markerIsDrawnAtTheHotRow()
{
    showRows(1000);
    QVERIFY(m_session->setIndex(700));
    const QImage grab = m_strip->grab().toImage();
    const QRect map = m_strip->mapRect();
    const auto pixel = [&](int x, int y) {
        return grab.pixelColor(QPoint(x, y) * grab.devicePixelRatio());
    };

    // Amber inside, and a dark edge standing out past the map.
    const int y = int(std::round((m_strip->rowTop(700) + m_strip->rowTop(701)) / 2));
    QCOMPARE(pixel(map.center().x(), y), s_markerFill);
    QVERIFY2(
        pixel(map.left() - 4, y).lightness() < 100, qPrintable(pixel(map.left() - 4, y).name()));

    // Elsewhere, the heat map: pale near the top of the simple table.
    const int elsewhere = int(m_strip->rowTop(100));
    QVERIFY(pixel(map.center().x(), elsewhere) != s_markerFill);
    QVERIFY(pixel(map.left() - 4, elsewhere).lightness() > 150);
}

void TestOverviewStrip::largeTableIsSummarisedWhileTheEventLoopRuns()
{
    // 30 million float32 values, 120 MB: well past the synchronous limit, and a few tenths of
    // a second to summarise.
    constexpr Index rows = 100'000;
    constexpr Index columns = 300;
    const auto table
        = EmbeddingTable::generate(rows, columns, Precision::Float32, [](auto &values) {
              for (Index i = 0; i < values.size(); ++i)
                  values.data()[i] = float(i % 7) - 3;
          });
    QVERIFY(table);

    // A strip of its own, without the board, which scans a new table on this thread too.
    EmbeddingSession session;
    MatrixView view(QStringLiteral("E"));
    OverviewStrip strip(&session, &view);
    int turns = 0;
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [&turns] { ++turns; });
    ticker.start(1);
    session.setLoadedTable(table.value(), QStringLiteral("generated"));

    QVERIFY(!strip.isImageReady());
    QTRY_VERIFY_WITH_TIMEOUT(strip.isImageReady(), 60'000);
    QVERIFY2(turns > 1, qPrintable(QString::number(turns)));
    QCOMPARE(strip.image().size(), QSize(heatmap::s_maxColumnGroups, heatmap::s_maxRowGroups));
}

void TestOverviewStrip::aReplacedTablesOverviewIsDropped()
{
    const auto large = EmbeddingTable::generate(
        20'000, 300, Precision::Float32, [](auto &values) { values.setConstant(1); });
    QVERIFY(large);
    QSignalSpy ready(m_strip, &OverviewStrip::imageReady);
    QVERIFY(ready.isValid());

    m_session->setLoadedTable(large.value(), QStringLiteral("generated"));
    QVERIFY(m_session->setSpec({10, 10, TableKind::Simple, 0}));

    // The small table's overview arrives at once; the large one's, when its worker stops, is
    // not shown.
    QCOMPARE(ready.count(), 1);
    QTest::qWait(300);
    QCOMPARE(ready.count(), 1);
    QCOMPARE(m_strip->image().size(), QSize(10, 10));
}

QTEST_MAIN(TestOverviewStrip)
#include "tst_overviewstrip.moc"
