// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "controlpanel.h"
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "modelroles.h"
#include "npyformat.h"
#include "overviewstrip.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ev;
using namespace Qt::StringLiterals;

namespace {

QStringList displayedRow(const QTableView *view, int row)
{
    QStringList texts;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        texts << view->model()->index(row, column).data().toString();
    return texts;
}

// The fill colour at the middle of a cell, taken from a grab of the whole view.
QColor cellColour(QTableView *view, const QImage &grab, int row, int column)
{
    const QRect cell = view->visualRect(view->model()->index(row, column));
    const QPoint centre = view->viewport()->mapTo(view, cell.center());
    // Right of the digits' middle but inside the cell: the fill, not a glyph.
    const QPoint sample(cell.left() + 4 + view->viewport()->x(), centre.y());
    return grab.pixelColor(sample * grab.devicePixelRatio());
}

// Answers the message boxes that appear from now on, in order, with \a buttons; returns their
// texts through \a texts.
void answerDialogs(QList<QMessageBox::StandardButton> buttons, QStringList *texts)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, buttons, texts]() mutable {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        texts->append(box->text());
        box->button(buttons.takeFirst())->click();
        if (buttons.isEmpty())
            timer->deleteLater();
    });
    timer->start(10);
}

void setAndCommit(QSpinBox *box, int value)
{
    box->setValue(value);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void startsOnTheLessonTable();
    void clickingAnEntryOfXSelectsItsRow_data();
    void clickingAnEntryOfXSelectsItsRow();
    void clickingARowOfESelectsIt();
    void selectedRowIsPaintedDifferently();
    void arrowKeysMoveTheIndex();
    void indexBoxFollowsClicks();
    void switchingToRandomUpdatesEveryView();
    void changingSizesUpdatesEveryView();
    void shrinkingBelowTheIndexSaysWhatHappened();
    void lessonTableFitsCommonWindowSizes_data();
    void lessonTableFitsCommonWindowSizes();
    void textGrowsWithTheWindow();
    void openingALabelledTableShowsItsLabels();
    void newLessonTableStartsTheLessonAgain();
    void theFindBoxAnswersTheKeyboard();
    void aFailedOpenKeepsTheTable();
    void droppingAFileOpensIt();
    void hotEntryStaysInViewWhenTheTextRescales();
    void aLabelledTableFitsA1024PixelProjector();
    void longOpensShowProgressAndCanBeCancelled();
    void aTableTooLargeForMemoryOpensItsFirstRowsIfAsked();
    void howToUseTextIsBuiltIn();

private:
    std::unique_ptr<EmbeddingSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    MatrixView *m_oneHotView = nullptr;
    MatrixView *m_tableView = nullptr;
    MatrixView *m_productView = nullptr;
};

void TestMainWindow::init()
{
    m_session = std::make_unique<EmbeddingSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    m_oneHotView = m_window->findChild<MatrixView *>(u"oneHotView"_s);
    m_tableView = m_window->findChild<MatrixView *>(u"tableView"_s);
    m_productView = m_window->findChild<MatrixView *>(u"productView"_s);
    QVERIFY(m_oneHotView && m_tableView && m_productView);
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestMainWindow::startsOnTheLessonTable()
{
    QCOMPARE(m_tableView->model()->rowCount(), 10);
    QCOMPARE(m_tableView->model()->columnCount(), 10);
    QCOMPARE(m_session->index(), 0);
    QCOMPARE(displayedRow(m_productView, 0),
        (QStringList {
            u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"10"_s}));
}

void TestMainWindow::clickingAnEntryOfXSelectsItsRow_data()
{
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("firstValue");

    QTest::newRow("entry-3-gives-31") << 3 << u"31"_s;
    QTest::newRow("entry-9-gives-91") << 9 << u"91"_s;
    QTest::newRow("entry-0-gives-1") << 0 << u"1"_s;
}

void TestMainWindow::clickingAnEntryOfXSelectsItsRow()
{
    QFETCH(int, entry);
    QFETCH(QString, firstValue);
    if (entry == 0)
        QVERIFY(m_session->setIndex(5));

    const QRect cell = m_oneHotView->visualRect(m_oneHotView->model()->index(0, entry));
    QTest::mouseClick(m_oneHotView->viewport(), Qt::LeftButton, {}, cell.center());

    QCOMPARE(m_session->index(), entry);
    QCOMPARE(displayedRow(m_productView, 0), displayedRow(m_tableView, entry));
    QCOMPARE(m_productView->model()->index(0, 0).data().toString(), firstValue);
    QCOMPARE(m_oneHotView->model()->index(0, entry).data().toString(), u"1"_s);
    for (int row = 0; row < 10; ++row)
        QCOMPARE(m_tableView->model()->index(row, 0).data(HighlightRole).toBool(), row == entry);
}

void TestMainWindow::clickingARowOfESelectsIt()
{
    const QRect cell = m_tableView->visualRect(m_tableView->model()->index(6, 4));
    QTest::mouseClick(m_tableView->viewport(), Qt::LeftButton, {}, cell.center());

    QCOMPARE(m_session->index(), 6);
    QCOMPARE(m_productView->model()->index(0, 4).data().toString(), u"65"_s);
}

void TestMainWindow::selectedRowIsPaintedDifferently()
{
    QVERIFY(m_session->setIndex(3));
    const QImage grab = m_tableView->grab().toImage();

    const QColor selected = cellColour(m_tableView, grab, 3, 2);
    const QColor plain = cellColour(m_tableView, grab, 5, 2);
    // The amber fill against the view's ordinary base colour.
    QCOMPARE(selected, QColor(0xff, 0xd9, 0x66));
    QVERIFY2(plain != selected, qPrintable(plain.name()));

    // The border: a dark line along the top of the selected row, not above an ordinary one.
    const QRect cell = m_tableView->visualRect(m_tableView->model()->index(3, 2));
    const QPoint top
        = m_tableView->viewport()->mapTo(m_tableView, QPoint(cell.center().x(), cell.top() + 1));
    const QColor border = grab.pixelColor(top * grab.devicePixelRatio());
    QVERIFY2(border.lightness() < 100, qPrintable(border.name()));
    const QRect other = m_tableView->visualRect(m_tableView->model()->index(6, 2));
    const QPoint otherTop
        = m_tableView->viewport()->mapTo(m_tableView, QPoint(other.center().x(), other.top() + 1));
    QVERIFY(grab.pixelColor(otherTop * grab.devicePixelRatio()).lightness() > 150);
}

void TestMainWindow::arrowKeysMoveTheIndex()
{
    m_tableView->setFocus();
    QTest::keyClick(m_tableView, Qt::Key_Down);
    QTest::keyClick(m_tableView, Qt::Key_Down);
    QCOMPARE(m_session->index(), 2);
    QTest::keyClick(m_tableView, Qt::Key_Up);
    QCOMPARE(m_session->index(), 1);

    m_oneHotView->setFocus();
    QTest::keyClick(m_oneHotView, Qt::Key_Right);
    QTest::keyClick(m_oneHotView, Qt::Key_Right);
    QCOMPARE(m_session->index(), 3);
    QTest::keyClick(m_oneHotView, Qt::Key_Left);
    QCOMPARE(m_session->index(), 2);
    QCOMPARE(displayedRow(m_productView, 0), displayedRow(m_tableView, 2));

    // The view's current cell follows the index, so the next key continues from it.
    QTest::keyClick(m_tableView, Qt::Key_Down);
    QCOMPARE(m_session->index(), 3);
}

void TestMainWindow::indexBoxFollowsClicks()
{
    QSpinBox *indexBox = m_window->controls()->indexBox();
    const QRect cell = m_oneHotView->visualRect(m_oneHotView->model()->index(0, 8));
    QTest::mouseClick(m_oneHotView->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(indexBox->value(), 8);

    indexBox->setValue(2);
    QCOMPARE(m_session->index(), 2);
    QCOMPARE(m_oneHotView->currentIndex().column(), 2);
    QCOMPARE(m_tableView->currentIndex().row(), 2);
}

void TestMainWindow::switchingToRandomUpdatesEveryView()
{
    QVERIFY(m_session->setIndex(4));
    QComboBox *kind = m_window->controls()->kindBox();
    QSpinBox *seed = m_window->controls()->seedBox();
    QVERIFY(!seed->isEnabled());

    kind->setCurrentIndex(kind->findData(int(TableKind::Random)));

    QCOMPARE(m_session->spec().kind, TableKind::Random);
    QVERIFY(seed->isEnabled());
    const QString value = m_tableView->model()->index(0, 0).data().toString();
    QVERIFY2(value.contains(u'.') && value.section(u'.', 1).size() == 3, qPrintable(value));
    QCOMPARE(displayedRow(m_productView, 0), displayedRow(m_tableView, 4));
    QCOMPARE(m_session->index(), 4);

    // Another seed, another table; the same seed again, the same table.
    const QStringList firstRow = displayedRow(m_tableView, 0);
    setAndCommit(seed, 17);
    QVERIFY(displayedRow(m_tableView, 0) != firstRow);
    setAndCommit(seed, 0);
    QCOMPARE(displayedRow(m_tableView, 0), firstRow);

    kind->setCurrentIndex(kind->findData(int(TableKind::Simple)));
    QCOMPARE(m_tableView->model()->index(0, 0).data().toString(), u"1"_s);
}

void TestMainWindow::changingSizesUpdatesEveryView()
{
    setAndCommit(m_window->controls()->embeddingDimensionsBox(), 3);
    QCOMPARE(m_tableView->model()->columnCount(), 3);
    QCOMPARE(m_productView->model()->columnCount(), 3);

    setAndCommit(m_window->controls()->numEmbeddingsBox(), 25);
    QCOMPARE(m_oneHotView->model()->columnCount(), 25);
    QCOMPARE(m_tableView->model()->rowCount(), 25);
    QCOMPARE(m_window->controls()->indexBox()->maximum(), 24);

    const QRect cell = m_oneHotView->visualRect(m_oneHotView->model()->index(0, 5));
    QTest::mouseClick(m_oneHotView->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(displayedRow(m_productView, 0), (QStringList {u"16"_s, u"17"_s, u"18"_s}));
}

void TestMainWindow::shrinkingBelowTheIndexSaysWhatHappened()
{
    QVERIFY(m_session->setIndex(8));

    setAndCommit(m_window->controls()->numEmbeddingsBox(), 4);

    QCOMPARE(m_session->index(), 3);
    QCOMPARE(m_window->controls()->indexBox()->value(), 3);
    QCOMPARE(m_tableView->model()->rowCount(), 4);
    QCOMPARE(displayedRow(m_productView, 0), displayedRow(m_tableView, 3));
    QCOMPARE(m_window->statusBar()->currentMessage(),
        u"Index 8 no longer exists: the table now has 4 rows, so the index moved to 3, the "
        "last row."_s);

    // Still usable: a click works as before.
    const QRect cell = m_oneHotView->visualRect(m_oneHotView->model()->index(0, 1));
    QTest::mouseClick(m_oneHotView->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_session->index(), 1);
}

void TestMainWindow::lessonTableFitsCommonWindowSizes_data()
{
    QTest::addColumn<QSize>("size");

    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1600x900") << QSize(1600, 900);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestMainWindow::lessonTableFitsCommonWindowSizes()
{
    QFETCH(QSize, size);

    m_window->resize(size);
    // The board refits its text once the layout has settled.
    QTRY_VERIFY(!m_tableView->horizontalScrollBar()->isVisible());
    QTRY_VERIFY(!m_productView->horizontalScrollBar()->isVisible());
    QVERIFY(!m_tableView->verticalScrollBar()->isVisible());

    // Every cell of E and X·E is inside its view, once the text has its final size.
    QTRY_VERIFY(m_tableView->viewport()->rect().contains(
        m_tableView->visualRect(m_tableView->model()->index(9, 9))));
    QTRY_VERIFY(m_productView->viewport()->rect().contains(
        m_productView->visualRect(m_productView->model()->index(0, 9))));
    QVERIFY(!m_tableView->horizontalScrollBar()->isVisible());
    QVERIFY(!m_tableView->verticalScrollBar()->isVisible());
    // Every row is in view, so there is no overview beside E.
    QVERIFY(!m_window->board()->overviewStrip()->isVisible());
}

void TestMainWindow::textGrowsWithTheWindow()
{
    m_window->resize(1024, 700);
    QTRY_VERIFY(m_window->board()->zoom() < 1.2);
    const int smallRow = m_tableView->rowHeight(0);

    m_window->resize(1920, 1080);
    QTRY_VERIFY(m_window->board()->zoom() > 1.2);
    QVERIFY2(m_tableView->rowHeight(0) > smallRow * 1.2,
        qPrintable(QStringLiteral("%1 -> %2").arg(smallRow).arg(m_tableView->rowHeight(0))));
}

void TestMainWindow::openingALabelledTableShowsItsLabels()
{
    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));

    QCOMPARE(m_tableView->model()->rowCount(), 16);
    QCOMPARE(m_tableView->model()->headerData(1, Qt::Vertical).toString(), u"1 queen"_s);
    QCOMPARE(m_oneHotView->model()->headerData(15, Qt::Horizontal).toString(), u"15\nbicycle"_s);
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(
        u"Opened words.txt: 16 × 4 float32 values, 256 bytes"_s));
    QVERIFY(!m_window->controls()->numEmbeddingsBox()->isEnabled());
    // The disabled boxes show the file's sizes, not the generator's.
    QCOMPARE(m_window->controls()->numEmbeddingsBox()->value(), 16);
    QCOMPARE(m_window->controls()->embeddingDimensionsBox()->value(), 4);

    // Find a word: it becomes the hot index, and the output is its row.
    QLineEdit *search = m_window->controls()->searchBox();
    QVERIFY(search->isEnabled());
    search->setFocus();
    // Three letters: the rest is completed in place.
    QTest::keyClicks(search, u"ban"_s);
    QCOMPARE(search->text(), u"banana"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_session->index(), 10);
    QCOMPARE(displayedRow(m_productView, 0),
        (QStringList {u"0.030"_s, u"0.020"_s, u"0.920"_s, u"-0.040"_s}));

    search->clear();
    QTest::keyClicks(search, u"Bananas"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_session->index(), 10);
    QVERIFY(
        m_window->statusBar()->currentMessage().startsWith(u"No row is labelled \"Bananas\""_s));

    // File > New Lesson Table (Ctrl+N) goes back to the lesson's generated table.
    m_tableView->setFocus();
    QTest::keyClick(m_tableView, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_tableView->model()->rowCount(), 10);
    QCOMPARE(m_tableView->model()->headerData(1, Qt::Vertical).toString(), u"1"_s);
    QCOMPARE(m_window->controls()->numEmbeddingsBox()->value(), 10);
    QVERIFY(m_window->controls()->numEmbeddingsBox()->isEnabled());
}

void TestMainWindow::newLessonTableStartsTheLessonAgain()
{
    // Where lesson page 4 leaves a class: the 10 × 3 table at index 2.
    QVERIFY(m_session->setSpec({10, 3, TableKind::Random, 42}));
    QVERIFY(m_session->setIndex(2));
    m_tableView->setFocus();
    QTest::keyClick(m_tableView, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(m_session->spec(), TableSpec());
    QCOMPARE(m_session->index(), 0);
    QCOMPARE(displayedRow(m_productView, 0),
        (QStringList {
            u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"8"_s, u"9"_s, u"10"_s}));
    QCOMPARE(m_window->controls()->embeddingDimensionsBox()->value(), 10);
}

void TestMainWindow::theFindBoxAnswersTheKeyboard()
{
    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QLineEdit *search = m_window->controls()->searchBox();
    const auto press = [](int key, Qt::KeyboardModifiers modifiers) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };

    // Ctrl+F from the board: the box takes the keys.
    m_tableView->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, u"ban"_s);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(m_session->index(), 10);

    // Again: the last search is selected, so typing replaces it.
    m_tableView->setFocus();
    press(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), u"banana"_s);
    QTest::keyClicks(search, u"quee"_s);
    QCOMPARE(search->text(), u"queen"_s);

    // Alt+N is the box's own key; Alt+F opens the File menu and leaves the box alone.
    m_tableView->setFocus();
    press(Qt::Key_N, Qt::AltModifier);
    QVERIFY(search->hasFocus());
    m_tableView->setFocus();
    press(Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(QApplication::activePopupWidget());
    QCOMPARE(qobject_cast<QMenu *>(QApplication::activePopupWidget())->title(), u"&File"_s);
    QVERIFY(!search->hasFocus());
    QApplication::activePopupWidget()->close();

    // Help → Keyboard Shortcuts lists Ctrl+F.
    bool listed = false;
    for (const QAction *action : m_window->actionsWithShortcuts())
        listed |= action->shortcut() == QKeySequence(QKeySequence::Find);
    QVERIFY(listed);

    // File → New Lesson Table (Ctrl+N) empties the box: "queen" is no label of the new table.
    m_tableView->setFocus();
    press(Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!m_session->isLoaded());
    QCOMPARE(search->text(), QString());
}

void TestMainWindow::aFailedOpenKeepsTheTable()
{
    QVERIFY(m_session->setIndex(4));
    const QString ragged = QStringLiteral(EV_TEST_DATA_DIR "/malformed/w2v-ragged.txt");

    // Declining to skip bad lines: the message is shown, and the table stays.
    QStringList texts;
    answerDialogs({QMessageBox::No, QMessageBox::Ok}, &texts);
    QVERIFY(!m_window->openTable(ragged));
    QCOMPARE(texts.size(), 2);
    QVERIFY(texts.at(0).endsWith(u"Leave out every line that cannot be read?"_s));
    QCOMPARE(
        texts.at(1), ragged + u": line 3: \"queen\" has 1 values, but the table has 2 columns"_s);
    QCOMPARE(m_tableView->model()->rowCount(), 10);
    QCOMPARE(m_session->index(), 4);
    QCOMPARE(displayedRow(m_productView, 0).constFirst(), u"41"_s);

    // Accepting: the readable rows open, and the status bar says what was left out.
    texts.clear();
    answerDialogs({QMessageBox::Yes}, &texts);
    QVERIFY(m_window->openTable(ragged));
    QCOMPARE(m_tableView->model()->rowCount(), 2);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"1 line(s) left out"_s),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestMainWindow::droppingAFileOpensIt()
{
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(QStringLiteral(EV_EXAMPLES_DIR "/employees.csv"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);

    QCOMPARE(m_tableView->model()->rowCount(), 10);
    QCOMPARE(m_tableView->model()->headerData(9, Qt::Vertical).toString(), u"9 Jun"_s);
}

void TestMainWindow::hotEntryStaysInViewWhenTheTextRescales()
{
    const auto tall = EmbeddingTable::generate(
        50'000, 2, Precision::Float32, [](auto &values) { values.setZero(); });
    // As the command line does it: the index is set before the window first fits its text,
    // which then shrinks every cell of X.
    EmbeddingSession session;
    session.setLoadedTable(tall.value(), u"tall"_s);
    session.setIndex(12'000);
    MainWindow window(&session);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *oneHotView = window.findChild<MatrixView *>(u"oneHotView"_s);
    QTRY_VERIFY(window.board()->zoom() < 1.0);
    const QRect hot = oneHotView->visualRect(oneHotView->model()->index(0, 12'000));
    QVERIFY(oneHotView->viewport()->rect().contains(hot.center()));
    QCOMPARE(oneHotView->horizontalHeader()->logicalIndexAt(hot.center().x()), 12'000);
}

void TestMainWindow::aLabelledTableFitsA1024PixelProjector()
{
    // The neighbours panel shows beside a labelled table; the controls then take two rows.
    QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
    m_window->resize(1024, 768);
    QTRY_COMPARE(m_window->width(), 1024);
    QVERIFY(m_window->minimumSizeHint().width() <= 1024);
    QLineEdit *search = m_window->controls()->searchBox();
    QTRY_VERIFY(search->isVisible());
    QVERIFY(search->width() >= search->fontMetrics().horizontalAdvance(search->placeholderText()));
    const auto top = [this](QWidget *widget) {
        return widget->mapTo(m_window.get(), QPoint(0, 0)).y();
    };
    QTRY_VERIFY(top(m_window->controls()->indexBox()) < top(search));
    QVERIFY(m_window->rect().contains(search->mapTo(m_window.get(), search->rect().bottomRight())));

    // With room to spare, one row again.
    m_window->resize(1920, 1080);
    QTRY_COMPARE(top(search), top(m_window->controls()->indexBox()));
}

void TestMainWindow::longOpensShowProgressAndCanBeCancelled()
{
    // About 40 MB of GloVe text: long enough to click Cancel while it is read.
    QTemporaryDir directory;
    const QString path = directory.filePath(u"long.txt"_s);
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray chunk;
        for (int row = 0; row < 1'500'000; ++row) {
            chunk += 'w' + QByteArray::number(row) + " 0.125 -2.5\n";
            if (chunk.size() > (1 << 20)) {
                file.write(chunk);
                chunk.clear();
            }
        }
        file.write(chunk);
        QVERIFY(file.commit());
    }
    m_session->setIndex(4);
    auto *progress = m_window->findChild<QWidget *>(u"loadProgress"_s);
    auto *cancel = m_window->findChild<QPushButton *>(u"cancelLoad"_s);
    QVERIFY(progress && cancel);
    QVERIFY(!progress->isVisible());

    // Cancel as soon as the progress shows; the window keeps its table and index.
    bool sawProgress = false;
    QTimer clicker;
    connect(&clicker, &QTimer::timeout, this, [&] {
        if (!progress->isVisible() || !cancel->isEnabled())
            return;
        sawProgress = true;
        QVERIFY(m_window->isOpeningTable());
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    clicker.start(1);
    QVERIFY(!m_window->openTable(path));
    clicker.stop();
    QVERIFY(sawProgress);
    QVERIFY(!progress->isVisible());
    QVERIFY(!m_window->isOpeningTable());
    QCOMPARE(m_window->statusBar()->currentMessage(),
        u"Opening long.txt was cancelled; the table on screen stays."_s);
    QCOMPARE(m_tableView->model()->rowCount(), 10);
    QCOMPARE(m_session->index(), 4);
    QCOMPARE(displayedRow(m_productView, 0).constFirst(), u"41"_s);

    // Left alone, the same file opens whole, and a second open meanwhile is refused.
    QString refusal;
    QTimer::singleShot(0, this, [&] {
        QVERIFY(m_window->isOpeningTable());
        QVERIFY(!m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
        refusal = m_window->statusBar()->currentMessage();
    });
    QVERIFY(m_window->openTable(path));
    QCOMPARE(refusal, u"Still opening another table; cancel it before opening words.txt."_s);
    QCOMPARE(m_session->table().numEmbeddings(), 1'500'000);
    QCOMPARE(m_session->table().labels().constLast(), u"w1499999"_s);
    QCOMPARE(m_session->table().value(1'499'999, 1), -2.5);
    QVERIFY(!progress->isVisible());
}

void TestMainWindow::aTableTooLargeForMemoryOpensItsFirstRowsIfAsked()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"large.npy"_s);
    QCOMPARE(writeNpy(EmbeddingTable::simple(100, 300).value(), path), QString());
    // 100 × 300 float64 values take 234.4 KiB; 100,000 bytes hold 41 rows of 2,400 bytes.
    m_window->setMemoryLimitBytes(100'000);

    QStringList texts;
    answerDialogs({QMessageBox::No}, &texts);
    QVERIFY(!m_window->openTable(path));
    QCOMPARE(texts,
        QStringList {u"large.npy holds 100 × 300 float64 values, which need 234.4 KiB, more than "
                     "the 97.7 KiB one table may take on this computer.\n\n"
                     "Open only its first 41 row(s) (96.1 KiB)?"_s});
    QCOMPARE(m_tableView->model()->rowCount(), 10);

    texts.clear();
    answerDialogs({QMessageBox::Yes}, &texts);
    QVERIFY(m_window->openTable(path));
    QCOMPARE(m_session->table().numEmbeddings(), 41);
    QCOMPARE(m_session->table().value(40, 299), 41.0 * 300);
}

void TestMainWindow::howToUseTextIsBuiltIn()
{
    QFile text(u":/help/how-to-use.html"_s);
    QVERIFY(text.open(QIODevice::ReadOnly));
    QVERIFY(text.readAll().contains("one-hot vector"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
