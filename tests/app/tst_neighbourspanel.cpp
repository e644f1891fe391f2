// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingsession.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "neighbourmodel.h"
#include "neighbourspanel.h"
#include "standardnormal.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace ev;
using namespace Qt::StringLiterals;

namespace {

// The panel's list as text, one "rank|row|score" per entry.
QStringList listed(const NeighboursPanel *panel)
{
    const QAbstractItemModel *model = panel->model();
    QStringList entries;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column)
            cells << model->index(row, column).data().toString();
        entries << cells.join(u'|');
    }
    return entries;
}

} // namespace

class TestNeighboursPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void hiddenForTheLessonTableShownForLabelledOnes();
    void listsTheNearestWords();
    void clickingAnEntryMakesItsRowHot();
    void enterOnAnEntryMakesItsRowHot();
    void countBoxSetsHowManyAreListed();
    void aZeroRowSaysWhyItHasNoNeighbours();
    void largeTablesAreSearchedOffTheGuiThread();

private:
    std::unique_ptr<EmbeddingSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    NeighboursPanel *m_panel = nullptr;
};

void TestNeighboursPanel::init()
{
    m_session = std::make_unique<EmbeddingSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_panel = m_window->neighbours();
    QVERIFY(m_panel);
    new QAbstractItemModelTester(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel);
}

void TestNeighboursPanel::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestNeighboursPanel::hiddenForTheLessonTableShownForLabelledOnes()
{
    QVERIFY(!m_window->neighboursDock()->isVisible());

    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
    QVERIFY(m_window->neighboursDock()->isVisible());

    // View > Nearest Neighbours, Ctrl+Shift+N, hides and shows it for any table.
    QAction *toggle = m_window->neighboursDock()->toggleViewAction();
    QCOMPARE(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+N"_s));
    toggle->trigger();
    QVERIFY(!m_window->neighboursDock()->isVisible());
    toggle->trigger();
    QVERIFY(m_window->neighboursDock()->isVisible());
}

void TestNeighboursPanel::listsTheNearestWords()
{
    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
    QVERIFY(m_session->setIndex(*m_session->table().indexOfLabel(u"apple"_s)));

    QTRY_COMPARE(m_panel->status(), u"Nearest to row 8 (apple):"_s);
    QCOMPARE(listed(m_panel),
        (QStringList {u"1|11 cherry|0.998"_s, u"2|9 orange|0.997"_s, u"3|10 banana|0.994"_s,
            u"4|15 bicycle|0.155"_s, u"5|14 train|0.113"_s}));
    QCOMPARE(m_panel->model()->index(0, NeighbourModel::RowColumn).data(RowRole).toLongLong(), 11);
}

void TestNeighboursPanel::clickingAnEntryMakesItsRowHot()
{
    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
    QTRY_COMPARE(m_panel->status(), u"Nearest to row 0 (king):"_s);
    QCOMPARE(listed(m_panel).constFirst(), u"1|2 prince|0.998"_s);

    QTableView *view = m_panel->view();
    const QRect entry = view->visualRect(m_panel->model()->index(1, NeighbourModel::RowColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, entry.center());

    // The second entry was man, row 4; now the list is man's.
    QCOMPARE(m_session->index(), 4);
    QTRY_COMPARE(m_panel->status(), u"Nearest to row 4 (man):"_s);
    QCOMPARE(listed(m_panel).constFirst(), u"1|6 boy|0.990"_s);
}

void TestNeighboursPanel::enterOnAnEntryMakesItsRowHot()
{
    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
    QTRY_COMPARE(m_panel->model()->rowCount(), 5);

    QTableView *view = m_panel->view();
    view->setFocus();
    view->setCurrentIndex(m_panel->model()->index(2, NeighbourModel::RowColumn));
    QTest::keyClick(view, Qt::Key_Return);

    QCOMPARE(m_session->index(), 6);
    QTRY_COMPARE(m_panel->status(), u"Nearest to row 6 (boy):"_s);
}

void TestNeighboursPanel::countBoxSetsHowManyAreListed()
{
    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
    QSpinBox *count = m_panel->countBox();
    QCOMPARE(count->value(), 5);
    QCOMPARE(count->minimum(), 1);
    QCOMPARE(count->maximum(), 50);

    count->setValue(2);
    QTRY_COMPARE(m_panel->model()->rowCount(), 2);
    // More than the other 15 rows: all of them.
    count->setValue(50);
    QTRY_COMPARE(m_panel->model()->rowCount(), 15);
}

void TestNeighboursPanel::aZeroRowSaysWhyItHasNoNeighbours()
{
    const auto table = EmbeddingTable::generate(
        3, 2, Precision::Float64, [](auto &values) { values << 1.0, 0.0, 0.0, 0.0, -1.0, 0.0; });
    m_session->setLoadedTable(table.value(), u"zeros"_s);
    m_window->neighboursDock()->show();
    QVERIFY(m_session->setIndex(1));

    QTRY_COMPARE(m_panel->status(),
        u"Row 1 is all zeros, so it has no direction: cosine similarity is undefined for it."_s);
    QCOMPARE(m_panel->model()->rowCount(), 0);

    // The zero row is left out of the others' lists.
    QVERIFY(m_session->setIndex(0));
    QTRY_COMPARE(listed(m_panel), (QStringList {u"1|2|-1.000"_s}));
}

void TestNeighboursPanel::largeTablesAreSearchedOffTheGuiThread()
{
    // 100,000 × 50: above the limit for searching on the GUI thread.
    const auto table = EmbeddingTable::generate(100'000, 50, Precision::Float32, [](auto &values) {
        StandardNormalGenerator generator(3);
        for (Index i = 0; i < values.size(); ++i)
            values.data()[i] = float(generator.next());
    });
    QVERIFY(table);
    QVERIFY(100'000 * 50 > EmbeddingSession::s_synchronousProductLimit);
    m_session->setLoadedTable(table.value(), u"large"_s);
    m_session->waitForProduct();
    // Unlabelled tables hide the panel; a user can show it all the same.
    m_window->neighboursDock()->show();

    m_panel->refresh();
    QVERIFY(m_panel->isComputing());
    QCOMPARE(m_panel->status(), u"Computing…"_s);
    QCOMPARE(m_panel->model()->rowCount(), 0);

    // A newer request replaces the pending one; only its answer is shown.
    QVERIFY(m_session->setIndex(7));
    m_panel->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isComputing(), 60000);
    QCOMPARE(m_panel->status(), u"Nearest to row 7:"_s);
    QCOMPARE(m_panel->model()->rowCount(), 5);

    const auto expected = nearestNeighbours(table.value(), 7, 5);
    QCOMPARE(m_panel->model()->index(0, NeighbourModel::RowColumn).data(RowRole).toLongLong(),
        expected.value().front().row);
}

QTEST_MAIN(TestNeighboursPanel)
#include "tst_neighbourspanel.moc"
