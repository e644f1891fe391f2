// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
//
// The window as a teacher uses it in class: stepping through X·E, explaining an output entry,
// the lookup against the product, the column convention, zoom, keys, screen readers, contrast
// and the settings kept between runs.
#include "controlpanel.h"
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "highlightdelegate.h"
#include "lessonpanel.h"
#include "lookuppanel.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "modelroles.h"
#include "namescard.h"
#include "productstepper.h"
#include "quizpanel.h"
#include "steptoolbar.h"
#include "theme.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QStyleOptionSlider>
#include <QTableWidget>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

#include <memory>

using namespace ev;
using namespace Qt::StringLiterals;

namespace {

QString plainText(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

QLabel *workingLine(const MainWindow &window)
{
    return window.board()->workingLabel();
}

QAction *action(const MainWindow &window, const QString &name)
{
    auto *found = window.findChild<QAction *>(name);
    if (!found)
        qFatal("no action %s", qPrintable(name));
    return found;
}

// How many pixel rows of \a area in \a image hold ink darker than the cell's background: the
// height of the text drawn there.
int inkHeight(const QImage &image, const QRect &area)
{
    int top = -1;
    int bottom = -1;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (qGray(image.pixel(x, y)) < 100) {
                if (top < 0)
                    top = y;
                bottom = y;
                break;
            }
    return top < 0 ? 0 : bottom - top + 1;
}

// The height in pixels of the digits in cell (row, column) of \a view, as drawn on screen.
int digitHeight(MatrixView *view, int row, int column)
{
    const QImage grab = view->grab().toImage();
    QRect cell = view->visualRect(view->model()->index(row, column));
    cell.translate(view->viewport()->mapTo(view, QPoint(0, 0)));
    // Inside the grid lines.
    const QRect inside = cell.adjusted(3, 3, -3, -3);
    const qreal scale = grab.devicePixelRatio();
    return int(inkHeight(grab, QRect(inside.topLeft() * scale, inside.size() * scale)) / scale);
}

// How many pixels of \a area in \a image stand out from \a background by \a ratio or more.
int brightPixels(const QImage &image, const QRect &area, const QColor &background, double ratio)
{
    int count = 0;
    for (int y = area.top(); y <= area.bottom() && y < image.height(); ++y)
        for (int x = area.left(); x <= area.right() && x < image.width(); ++x)
            count += contrastRatio(image.pixelColor(x, y), background) >= ratio ? 1 : 0;
    return count;
}

void pressKey(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QTest::keyClick(target, key, modifiers);
}

// How much of \a view's matrix is out of sight, as "shows 6 of 10 columns" would say it.
QString hiddenPart(const MatrixView *view)
{
    return u"%1 is %2×%3 for content of %4×%5"_s.arg(view->objectName())
        .arg(view->width())
        .arg(view->height())
        .arg(view->contentSize().width())
        .arg(view->contentSize().height());
}

// Closes whatever modal dialog opens while it lives, so a shortcut that opens one returns.
class DialogCloser
{
public:
    DialogCloser()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        m_timer.start(20);
    }

private:
    QTimer m_timer;
};

} // namespace

class TestTeaching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void steppingLandsOnTheRightSums();
    void changingTheIndexMidwayStartsAgain();
    void selectingAnOutputEntryExplainsIt();
    void pointingAtAnOutputEntryExplainsIt();
    void longSumsKeepTheTermThatCounts();
    void lookupPanelComparesAndCountsTheWork();
    void columnConventionShowsTheSameNumbers();
    void zoomChangesTheTextHeight();
    void zoomStaysWithinTheWindow();
    void theWidestValueFitsItsCell_data();
    void theWidestValueFitsItsCell();
    void zoomScalesThePanels();
    void presenterModeMakesDigitsLargeOnAProjector();
    void zoomNeverMakesTheLessonTableScroll();
    void quizTextWrapsWithinItsPanel();
    void presenterModeEnlargesPanelsAndControls();
    void shortcutsTriggerTheirActions();
    void windowKeysReachTheWindowFromTheFields();
    void everyShortcutIsListedOnce();
    void theShortcutsListNeedsNoScrollingOnAProjector();
    void tabLeavesEveryView();
    void focusIsVisible();
    void growingTheTableDrawsEveryRow();
    void keysChooseTheIndex();
    void spinBoxesSayWhatTheyTake();
    void screenReadersHearTheIndexAndValues();
    void marksKeepTheirContrast_data();
    void marksKeepTheirContrast();
    void darkPaletteKeepsEveryMarkReadable();
    void highContrastStepIconsAndAnswersShow();
    void highContrastSliderAndDisabledFieldsShow();
    void settingsSurviveARestart();
    void badSettingsAreIgnored();

private:
    void enterPresenterMode();

    std::unique_ptr<EmbeddingSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestTeaching::init()
{
    QSettings().clear();
    m_session = std::make_unique<EmbeddingSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session->setIndex(3);
    // The board fits its text to the window a turn of the event loop after each change.
    QTest::qWait(100);
}

void TestTeaching::cleanup()
{
    m_window.reset();
    m_session.reset();
    Theme::setHighContrast(false);
}

void TestTeaching::steppingLandsOnTheRightSums()
{
    ProductStepper *stepper = m_session->stepper();
    action(*m_window, u"actionStepThrough"_s)->trigger();
    QVERIFY(stepper->isActive());
    QCOMPARE(stepper->landedColumns(), 0);
    QAbstractItemModel *product = m_window->board()->productView()->model();
    QCOMPARE(product->index(0, 0).data().toString(), QString());

    m_window->board()->tableView()->setFocus();
    for (int step = 0; step < 3; ++step)
        QTest::keyClick(m_window.get(), Qt::Key_Space);
    QCOMPARE(stepper->landedColumns(), 3);
    QCOMPARE(product->index(0, 2).data().toString(), u"33"_s);
    QCOMPARE(product->index(0, 3).data().toString(), QString());
    // Column 2 of E and the whole of X are lit; other columns are not.
    QAbstractItemModel *table = m_window->board()->tableView()->model();
    QVERIFY(table->index(7, 2).data(StepRole).toBool());
    QVERIFY(!table->index(7, 1).data(StepRole).toBool());
    QVERIFY(m_window->board()->oneHotView()->model()->index(0, 8).data(StepRole).toBool());
    QString working = plainText(workingLine(*m_window));
    QVERIFY2(working.contains(u"Step 3 of 10"_s), qPrintable(working));
    QVERIFY2(
        working.contains(u"(X·E)[2] = 0·3 + 0·13 + 0·23 + 1·33 + 0·43"_s), qPrintable(working));
    QVERIFY2(working.contains(u"= 33"_s), qPrintable(working));

    QTest::keyClick(m_window.get(), Qt::Key_Backspace);
    QCOMPARE(stepper->landedColumns(), 2);
    QCOMPARE(product->index(0, 2).data().toString(), QString());
    working = plainText(workingLine(*m_window));
    QVERIFY2(working.contains(u"(X·E)[1] = 0·2 + 0·12 + 0·22 + 1·32"_s), qPrintable(working));

    // All the way: the stepped product is the whole product.
    for (int step = 0; step < 12; ++step)
        QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(stepper->isAtEnd());
    for (int column = 0; column < 10; ++column)
        QCOMPARE(product->index(0, column).data().toString(), QString::number(31 + column));
}

void TestTeaching::changingTheIndexMidwayStartsAgain()
{
    ProductStepper *stepper = m_session->stepper();
    stepper->setActive(true);
    stepper->setLandedColumns(5);
    m_session->setIndex(6);
    QVERIFY(stepper->isActive());
    QCOMPARE(stepper->landedColumns(), 0);
    stepper->stepForward();
    QCOMPARE(m_window->board()->productView()->model()->index(0, 0).data().toString(), u"61"_s);
}

void TestTeaching::selectingAnOutputEntryExplainsIt()
{
    MatrixView *product = m_window->board()->productView();
    product->setFocus();
    product->setCurrentIndex(product->model()->index(0, 4));
    QCOMPARE(m_window->board()->explainedColumn(), 4);
    const QString working = plainText(workingLine(*m_window));
    QVERIFY2(working.contains(u"(X·E)[4] = 0·5 + 0·15 + 0·25 + 1·35 + 0·45 + 0·55 + 0·65 + 0·75 + "
                              u"0·85 + 0·95 = 35"_s),
        qPrintable(working));
    QVERIFY2(working.contains(u"E[3, 4] = 35"_s), qPrintable(working));
    // The arrow keys walk the output.
    QTest::keyClick(product, Qt::Key_Right);
    QCOMPARE(m_window->board()->explainedColumn(), 5);
    QVERIFY(plainText(workingLine(*m_window)).contains(u"1·36"_s));
    // The entry explained and the column of E it comes from are marked, as a step's are.
    const QAbstractItemModel *table = m_window->board()->tableView()->model();
    QVERIFY(product->model()->index(0, 5).data(StepRole).toBool());
    QVERIFY(!product->model()->index(0, 4).data(StepRole).toBool());
    QVERIFY(table->index(0, 5).data(StepRole).toBool());
    QVERIFY(table->index(9, 5).data(StepRole).toBool());
    QVERIFY(!table->index(3, 4).data(StepRole).toBool());
    // The dashed outline of the marked column, a border's width inside the cell's right edge
    // less half that width, stays clear of its digits, with a pixel of the fill between.
    MatrixView *tableView = m_window->board()->tableView();
    const QImage grab = tableView->viewport()->grab().toImage();
    const qreal scale = grab.devicePixelRatio();
    const QRect cell = tableView->visualRect(table->index(9, 5));
    const int border = Theme::current().borderWidth;
    const int outlineLeft = int((cell.right() - border / 2 - border + 1) * scale);
    int textRight = -1;
    for (int y = int(cell.top() * scale); y <= int(cell.bottom() * scale); ++y) {
        for (int x = int(cell.left() * scale); x <= int(cell.right() * scale); ++x) {
            const QColor colour = grab.pixelColor(x, y);
            if (colour.red() < 90 && colour.green() < 90 && colour.blue() < 90)
                textRight = std::max(textRight, x);
        }
    }
    QVERIFY2(textRight >= 0 && textRight < outlineLeft - 1,
        qPrintable(u"text ends at %1, outline starts at %2"_s.arg(textRight).arg(outlineLeft)));
    // Leaving the output ends the explanation, and its marks.
    m_window->board()->tableView()->setFocus();
    QTRY_COMPARE(m_window->board()->explainedColumn(), -1);
    QVERIFY(!table->index(0, 5).data(StepRole).toBool());
}

void TestTeaching::pointingAtAnOutputEntryExplainsIt()
{
    MatrixView *product = m_window->board()->productView();
    const QRect cell = product->visualRect(product->model()->index(0, 7));
    QTest::mouseMove(product->viewport(), cell.center());
    QTRY_COMPARE(m_window->board()->explainedColumn(), 7);
    QVERIFY(plainText(workingLine(*m_window)).contains(u"0·28 + 1·38 + 0·48"_s));
}

void TestTeaching::longSumsKeepTheTermThatCounts()
{
    QVERIFY(m_session->setSpec({1000, 3, TableKind::Simple, 0}));
    QVERIFY(m_session->setIndex(500));
    MatrixView *product = m_window->board()->productView();
    product->setFocus();
    product->setCurrentIndex(product->model()->index(0, 2));
    const QString working = plainText(workingLine(*m_window));
    // Row 500 holds 1501 1502 1503.
    QVERIFY2(working.contains(u"1·1503"_s), qPrintable(working));
    QVERIFY2(working.contains(u"…"_s), qPrintable(working));
    QVERIFY2(working.contains(u"= 1503"_s), qPrintable(working));
    QVERIFY2(working.contains(u"E[500, 2]"_s), qPrintable(working));
    QVERIFY2(working.size() < 400, qPrintable(working));
}

void TestTeaching::lookupPanelComparesAndCountsTheWork()
{
    action(*m_window, u"actionLookupPanel"_s)->trigger();
    QVERIFY(m_window->lookupDock()->isVisible());
    LookupPanel *panel = m_window->lookupPanel();
    QAbstractItemModel *rows = panel->comparisonView()->model();
    for (int column = 0; column < 10; ++column) {
        QCOMPARE(rows->index(LookupComparisonModel::LookupRow, column).data().toString(),
            QString::number(31 + column));
        QCOMPARE(rows->index(LookupComparisonModel::ProductRow, column).data().toString(),
            QString::number(31 + column));
    }
    QVERIFY(plainText(panel->equalityLabel()).startsWith(u"Equal"_s));
    const QLocale locale;
    QVERIFY(plainText(panel->workLabel()).contains(locale.toString(100)));

    // The lesson's large example, 50,000 × 300, larger than the lesson tables go: as if opened.
    Result<EmbeddingTable> large = EmbeddingTable::simple(50'000, 300);
    QVERIFY(large);
    m_session->setLoadedTable(large.value(), u"large.npy"_s);
    m_session->waitForProduct();
    QTRY_VERIFY(plainText(panel->equalityLabel()).startsWith(u"Equal"_s));
    const QString work = plainText(panel->workLabel());
    QVERIFY2(work.contains(u"X·E takes %1 multiply-adds"_s.arg(locale.toString(15'000'000))),
        qPrintable(work));
    QVERIFY2(work.contains(u"copies %1 values"_s.arg(locale.toString(300))), qPrintable(work));
}

void TestTeaching::columnConventionShowsTheSameNumbers()
{
    EmbeddingBoard *board = m_window->board();
    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(board->isTransposed());
    QAbstractItemModel *table = board->tableView()->model();
    QAbstractItemModel *oneHot = board->oneHotView()->model();
    QAbstractItemModel *product = board->productView()->model();
    QCOMPARE(table->rowCount(), 10);
    QCOMPARE(oneHot->rowCount(), 10);
    QCOMPARE(oneHot->columnCount(), 1);
    QCOMPARE(product->columnCount(), 1);
    for (int j = 0; j < 10; ++j) {
        // Eᵀ[j, 3] is E[3, j]; the column of index 3 is the one marked.
        QCOMPARE(table->index(j, 3).data().toString(), QString::number(31 + j));
        QVERIFY(table->index(j, 3).data(HighlightRole).toBool());
        QVERIFY(!table->index(j, 2).data(HighlightRole).toBool());
        QCOMPARE(product->index(j, 0).data().toString(), QString::number(31 + j));
        QCOMPARE(oneHot->index(j, 0).data().toString(), j == 3 ? u"1"_s : u"0"_s);
    }
    QCOMPARE(product->headerData(0, Qt::Horizontal).toString(), u"Eᵀx"_s);

    // A click on a column of Eᵀ chooses that index, as a click on a row of E does.
    MatrixView *view = board->tableView();
    const QRect cell = view->visualRect(table->index(1, 2));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_session->index(), 2);
    QCOMPARE(product->index(0, 0).data().toString(), u"21"_s);

    QTest::keyClick(m_window.get(), Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!board->isTransposed());
    QCOMPARE(board->productView()->model()->columnCount(), 10);
    QCOMPARE(board->tableView()->model()->index(2, 0).data().toString(), u"21"_s);
}

void TestTeaching::zoomChangesTheTextHeight()
{
    EmbeddingBoard *board = m_window->board();
    QTRY_VERIFY(board->zoom() > 0);
    QTest::qWait(50);
    const int before = digitHeight(board->tableView(), 9, 9);
    QVERIFY2(before >= 6, qPrintable(QString::number(before)));

    // The text is fitted to the window, so it grows only as far back as it was made to shrink.
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    const qreal smallest = 1.0 / (EmbeddingBoard::s_userZoomStep * EmbeddingBoard::s_userZoomStep);
    QCOMPARE(board->userZoom(), smallest);
    QTest::qWait(50);
    const int smaller = digitHeight(board->tableView(), 9, 9);
    QVERIFY2(before > smaller * 1.3, qPrintable(u"%1 -> %2"_s.arg(before).arg(smaller)));

    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(board->userZoom(), 1.0 / EmbeddingBoard::s_userZoomStep);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(board->userZoom(), 1.0);
    QTest::qWait(50);
    QCOMPARE(digitHeight(board->tableView(), 9, 9), before);
}

void TestTeaching::theWidestValueFitsItsCell_data()
{
    QTest::addColumn<qreal>("zoom");
    QTest::addColumn<bool>("presenter");
    QTest::addColumn<QSize>("size");
    QTest::newRow("normal") << 1.0 << false << QSize(1280, 800);
    QTest::newRow("zoomed-in") << 1.25 << false << QSize(1280, 800);
    QTest::newRow("zoomed-out") << 0.8 << false << QSize(1280, 800);
    QTest::newRow("presenter") << 1.0 << true << QSize(1280, 800);
    // Window sizes, each fitting another size of text.
    for (int width = 1000; width <= 1900; width += 60)
        QTest::addRow("window-%d", width) << 1.0 << false << QSize(width, width * 9 / 16);
}

void TestTeaching::theWidestValueFitsItsCell()
{
    QFETCH(qreal, zoom);
    QFETCH(bool, presenter);
    QFETCH(QSize, size);
    m_window->resize(size);
    // Index 9 of the 10×10 table holds 100, the widest value, in the selected row's bold.
    QVERIFY(m_session->setSpec({10, 10, TableKind::Simple, 0}));
    QVERIFY(m_session->setIndex(9));
    m_window->setPresenterMode(presenter, false);
    m_window->board()->setUserZoom(zoom);
    // The board fits its text to the window a turn of the event loop after a resize.
    QTest::qWait(50);
    for (MatrixView *view : {m_window->board()->tableView(), m_window->board()->productView()}) {
        const int row = view == m_window->board()->tableView() ? 9 : 0;
        for (int column = 0; column < 10; ++column) {
            const QModelIndex cell = view->model()->index(row, column);
            const QFont font = cell.data(Qt::FontRole).value<QFont>().resolve(view->font());
            QVERIFY(font.bold());
            const QFontMetrics metrics(font);
            const int room = cellTextArea(view->visualRect(cell), metrics).width();
            const QString text = cell.data().toString();
            QCOMPARE(text, QString::number(91 + column));
            // What the cell draws: the whole number, not "1…".
            QCOMPARE(fitPlainText(metrics, text, room).shown, text);
        }
    }
    m_window->setPresenterMode(false, false);
}

void TestTeaching::zoomStaysWithinTheWindow()
{
    // Larger text asks for larger views; the window must not grow past its screen to hold them.
    m_window->lessonDock()->show();
    EmbeddingBoard *board = m_window->board();
    QTRY_VERIFY(board->zoom() > 0);
    const QSize size = m_window->size();
    for (int press = 0; press < 12; ++press) {
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::qWait(20);
        QCOMPARE(m_window->size(), size);
    }
    QVERIFY2(board->userZoom() > 1.0, qPrintable(QString::number(board->userZoom())));
    QVERIFY2(board->userZoom() < EmbeddingBoard::s_largestUserZoom,
        qPrintable(QString::number(board->userZoom())));
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"no room to zoom in further"_s), qPrintable(message));
    QVERIFY(m_window->minimumSizeHint().width() <= size.width());

    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(board->userZoom(), 1.0);
    QCOMPARE(m_window->size(), size);
    // The refusal goes once the zoom has come down.
    QCOMPARE(m_window->statusBar()->currentMessage(), QString());
}

void TestTeaching::zoomScalesThePanels()
{
    QWidget *lesson = m_window->lessonPanel();
    const qreal before = lesson->font().pointSizeF();
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(lesson->font().pointSizeF(), before / EmbeddingBoard::s_userZoomStep);
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(lesson->font().pointSizeF(), before);
    // Presenter mode enlarges them too, for the back of the room.
    m_window->setPresenterMode(true);
    QVERIFY(lesson->font().pointSizeF() > before * 1.2);
    m_window->setPresenterMode(false);
    QCOMPARE(lesson->font().pointSizeF(), before);
}

void TestTeaching::presenterModeMakesDigitsLargeOnAProjector()
{
    // CTest gives this suite an offscreen screen of 1920 × 1080, a projector's.
    if (m_window->screen()->size() != QSize(1920, 1080))
        QSKIP("needs a 1920 × 1080 screen (QT_QPA_PLATFORM=offscreen:configfile=...)");
    m_window->setPresenterMode(true);
    QTRY_COMPARE(m_window->size(), QSize(1920, 1080));
    QTest::qWait(200);
    const int height = digitHeight(m_window->board()->tableView(), 3, 0);
    QVERIFY2(height >= 24, qPrintable(QString::number(height)));
    // The explanations use the room beside E, above X, rather than height below the board.
    EmbeddingBoard *board = m_window->board();
    const auto *explanation = board->findChild<QLabel *>(u"explanation"_s);
    const QRect notes(explanation->mapTo(board, QPoint(0, 0)),
        workingLine(*m_window)->mapTo(board, workingLine(*m_window)->rect().bottomRight()));
    QVERIFY(notes.bottom() < board->oneHotView()->mapTo(board, QPoint(0, 0)).y());
    QVERIFY(notes.right() < board->tableView()->mapTo(board, QPoint(0, 0)).x());
    // Escape leaves presenter mode.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresenterMode());
    QVERIFY(!m_window->isFullScreen());
}

void TestTeaching::windowKeysReachTheWindowFromTheFields()
{
    // A text field on Linux would keep Ctrl+E ("end of line") and Space from the window.
    const DialogCloser closer;
    QAction *exportView = action(*m_window, u"actionExportView"_s);
    ControlPanel *controls = m_window->controls();
    for (QWidget *field : {static_cast<QWidget *>(controls->indexBox()),
             static_cast<QWidget *>(controls->numEmbeddingsBox()),
             static_cast<QWidget *>(controls->searchBox())}) {
        // The find box takes the keyboard in a labelled table.
        if (field == controls->searchBox())
            QVERIFY(m_window->openTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt")));
        // A dialog that just closed may leave no window active.
        QTRY_VERIFY(!QApplication::activeModalWidget());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        field->setFocus();
        QVERIFY2(field->hasFocus(), qPrintable(field->objectName()));
        QSignalSpy exported(exportView, &QAction::triggered);
        QTest::keyClick(field, Qt::Key_E, Qt::ControlModifier);
        QVERIFY2(exported.count() == 1, qPrintable(field->objectName()));
    }
    // Space steps from a number's field, which holds no spaces.
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    controls->indexBox()->setFocus();
    QTest::keyClick(controls->indexBox(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(m_session->stepper()->isActive());
    controls->indexBox()->setFocus();
    QTest::keyClick(controls->indexBox(), Qt::Key_Space);
    QCOMPARE(m_session->stepper()->landedColumns(), 1);
}

void TestTeaching::enterPresenterMode()
{
    // CTest gives this suite an offscreen screen of 1920 × 1080, a projector's.
    if (m_window->screen()->size() != QSize(1920, 1080))
        QSKIP("needs a 1920 × 1080 screen (QT_QPA_PLATFORM=offscreen:configfile=...)");
    QTest::keyClick(m_window.get(), Qt::Key_F11);
    QVERIFY(m_window->isPresenterMode());
    QTRY_COMPARE(m_window->size(), QSize(1920, 1080));
    // The board fits its text to the screen a turn of the event loop after the resize.
    QTest::qWait(200);
}

void TestTeaching::zoomNeverMakesTheLessonTableScroll()
{
    enterPresenterMode();
    EmbeddingBoard *board = m_window->board();
    const QList<MatrixView *> views
        = {board->oneHotView(), board->tableView(), board->productView()};
    for (const MatrixView *view : views)
        QVERIFY2(view->showsWholeContent(), qPrintable(hiddenPart(view)));

    // Every step that would hide part of a matrix is refused, with the window's notice, to the
    // end of the zoom's range.
    for (int press = 0; press < 8; ++press) {
        QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
        QTest::qWait(100);
        for (const MatrixView *view : views) {
            QVERIFY2(view->showsWholeContent(), qPrintable(hiddenPart(view)));
            QVERIFY(!view->horizontalScrollBar()->isVisible());
            QVERIFY(!view->verticalScrollBar()->isVisible());
        }
    }
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"no room to zoom in further"_s), qPrintable(message));
    // Already in presenter mode, it does not suggest presenter mode.
    QVERIFY2(!message.contains(u"F11"_s), qPrintable(message));
    // The notice shows even though presenter mode hides the status bar otherwise.
    QVERIFY(m_window->statusBar()->isVisible());
    m_window->statusBar()->clearMessage();
    QVERIFY(!m_window->statusBar()->isVisible());

    // Zooming out and back in again is allowed as far as there is room.
    const qreal zoom = board->userZoom();
    QTest::keyClick(m_window.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::qWait(100);
    QTest::keyClick(m_window.get(), Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(board->userZoom(), zoom);
}

void TestTeaching::quizTextWrapsWithinItsPanel()
{
    enterPresenterMode();
    pressKey(*m_window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QuizPanel *quiz = m_window->quizPanel();
    QVERIFY(quiz->isQuestionOpen());
    const auto *scroll = quiz->findChild<QScrollArea *>(u"quizScroll"_s);
    QVERIFY(scroll);
    // At each zoom, a revealed answer's lines (the verdict writes out a row of E) end within
    // the panel, and so do the answers.
    for (const Qt::Key zoom : {Qt::Key_0, Qt::Key_Minus, Qt::Key_Minus, Qt::Key_Minus}) {
        QTest::keyClick(m_window.get(), zoom, Qt::ControlModifier);
        if (quiz->isQuestionOpen()) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        }
        QVERIFY(!quiz->isQuestionOpen());
        QTest::qWait(100);
        const int right = scroll->viewport()->width();
        QList<QWidget *> texts;
        for (QLabel *label : quiz->findChildren<QLabel *>())
            texts << label;
        for (QRadioButton *choice : quiz->choiceButtons())
            texts << choice;
        for (QWidget *text : std::as_const(texts)) {
            const int end = text->mapTo(scroll->viewport(), QPoint(text->width(), 0)).x();
            QVERIFY2(end <= right,
                qPrintable(u"%1 ends at %2 of %3 at zoom %4"_s.arg(text->objectName())
                               .arg(end)
                               .arg(right)
                               .arg(m_window->board()->userZoom())));
        }
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
}

void TestTeaching::presenterModeEnlargesPanelsAndControls()
{
    pressKey(*m_window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    pressKey(*m_window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    NamesCard *names = m_window->namesCard();
    QVERIFY(names && names->isVisible());
    LookupPanel *lookup = m_window->lookupPanel();
    StepToolBar *toolBar = m_window->stepToolBar();
    const QList<QWidget *> texts {lookup->equalityLabel(), lookup->comparisonView(), names->table(),
        names->indexNote(), m_window->controls()->findChild<QSpinBox *>(u"index"_s),
        m_window->controls()->findChild<QLabel *>(),
        toolBar->widgetForAction(toolBar->stepForwardAction())};
    QList<int> before;
    for (const QWidget *text : texts) {
        QVERIFY(text);
        before << QFontInfo(text->font()).pixelSize();
    }
    const auto describe = [&](int i) {
        return u"%1 (%2): %3 px, %4 px in a window"_s
            .arg(texts.at(i)->objectName(),
                QString::fromLatin1(texts.at(i)->metaObject()->className()))
            .arg(QFontInfo(texts.at(i)->font()).pixelSize())
            .arg(before.at(i));
    };

    // Read from the back of a room, as the lesson's and the quiz's text is.
    enterPresenterMode();
    QApplication::processEvents();
    for (int i = 0; i < texts.size(); ++i)
        QVERIFY2(QFontInfo(texts.at(i)->font()).pixelSize() >= 18, qPrintable(describe(i)));
    // The larger text still fits: the comparison's cells and the card's names are whole.
    const QFontMetrics cells(lookup->comparisonView()->font());
    QVERIFY(lookup->comparisonView()->horizontalHeader()->defaultSectionSize()
        > cells.horizontalAdvance(u"-8888.888"_s));
    QTableWidget *table = names->table();
    for (int row = 0; row < table->rowCount(); ++row)
        for (int column = 0; column < table->columnCount(); ++column) {
            const QTableWidgetItem *item = table->item(row, column);
            const QFontMetrics metrics(item->font().resolve(table->font()));
            QVERIFY2(metrics.horizontalAdvance(item->text()) < table->columnWidth(column),
                qPrintable(item->text()));
        }
    const QFontMetrics headings(table->horizontalHeader()->font());
    for (int column = 0; column < table->columnCount(); ++column) {
        const QString heading = table->horizontalHeaderItem(column)->text();
        QVERIFY2(
            headings.horizontalAdvance(heading) < table->columnWidth(column), qPrintable(heading));
    }
    QVERIFY(names->width() >= names->minimumSizeHint().width());

    // A window keeps the desktop's sizes.
    QTest::keyClick(m_window.get(), Qt::Key_Escape);
    QVERIFY(!m_window->isPresenterMode());
    for (int i = 0; i < texts.size(); ++i)
        QVERIFY2(
            QFontInfo(texts.at(i)->font()).pixelSize() == before.at(i), qPrintable(describe(i)));
}

void TestTeaching::shortcutsTriggerTheirActions()
{
    // Quit would close the window; the rest each fire once for their first key.
    const DialogCloser closer;
    int tried = 0;
    for (QAction *candidate : m_window->actionsWithShortcuts()) {
        if (candidate->shortcut() == QKeySequence(QKeySequence::Quit))
            continue;
        // A dialog that just closed may leave no window active, and shortcuts need one.
        QApplication::setActiveWindow(m_window.get());
        m_window->board()->tableView()->setFocus();
        if (!candidate->isEnabled()) {
            // Step Back needs a step to undo; the lesson's Previous, a step to go back to.
            action(*m_window, u"actionLessonNext"_s)->trigger();
            m_session->stepper()->setActive(true);
            m_session->stepper()->stepForward();
        }
        QVERIFY2(candidate->isEnabled(), qPrintable(candidate->text()));
        QSignalSpy triggered(candidate, &QAction::triggered);
        const QKeyCombination key = candidate->shortcut()[0];
        QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
        QVERIFY2(triggered.count() == 1,
            qPrintable(u"%1 (%2), focus in %3"_s.arg(candidate->text(),
                candidate->shortcut().toString(),
                QApplication::focusWidget()
                    ? QString::fromLatin1(QApplication::focusWidget()->metaObject()->className())
                    : u"nothing"_s)));
        ++tried;
        if (m_window->isPresenterMode())
            m_window->setPresenterMode(false);
    }
    QVERIFY(tried >= 15);
}

void TestTeaching::everyShortcutIsListedOnce()
{
    QHash<QKeySequence, QString> seen;
    for (const QAction *candidate : m_window->actionsWithShortcuts())
        for (const QKeySequence &key : candidate->shortcuts()) {
            QVERIFY2(!seen.contains(key),
                qPrintable(u"%1 is both %2 and %3"_s.arg(
                    key.toString(), seen.value(key), candidate->text())));
            seen.insert(key, candidate->text());
        }
}

void TestTeaching::theShortcutsListNeedsNoScrollingOnAProjector()
{
    if (m_window->screen()->size() != QSize(1920, 1080))
        QSKIP("needs a 1920 × 1080 screen (QT_QPA_PLATFORM=offscreen:configfile=...)");
    int rows = 0;
    int hiddenRows = -1;
    QTimer::singleShot(0, m_window.get(), [&rows, &hiddenRows] {
        QWidget *dialog = QApplication::activeModalWidget();
        auto *table = dialog ? dialog->findChild<QTableWidget *>(u"shortcutsTable"_s) : nullptr;
        if (!table)
            return;
        rows = table->rowCount();
        hiddenRows = table->verticalScrollBar()->maximum();
        dialog->close();
    });
    pressKey(*m_window, Qt::Key_Slash, Qt::ControlModifier);
    QVERIFY(rows > 20);
    QCOMPARE(hiddenRows, 0);
}

void TestTeaching::tabLeavesEveryView()
{
    EmbeddingBoard *board = m_window->board();
    for (MatrixView *view : {board->oneHotView(), board->tableView(), board->productView()}) {
        view->setFocus();
        QVERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Tab);
        QVERIFY2(!view->hasFocus(), qPrintable(view->objectName()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab);
        QVERIFY2(view->hasFocus(), qPrintable(view->objectName()));
        QTest::keyClick(view, Qt::Key_Backtab);
        QVERIFY2(!view->hasFocus(), qPrintable(view->objectName()));
    }
}

void TestTeaching::focusIsVisible()
{
    // Whoever drives the lesson by keyboard sees which view the keys go to: a ring in the
    // palette's highlight colour around it, on no other view.
    EmbeddingBoard *board = m_window->board();
    const QColor ring = m_window->palette().color(QPalette::Highlight);
    for (MatrixView *view : {board->oneHotView(), board->tableView(), board->productView()}) {
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        const QImage grab = m_window->grab().toImage();
        for (MatrixView *other : {board->oneHotView(), board->tableView(), board->productView()}) {
            // The middle of the view's left edge, just inside it.
            const QPoint edge = other->mapTo(m_window.get(), QPoint(1, other->height() / 2));
            const qreal scale = grab.devicePixelRatio();
            const QColor drawn = grab.pixelColor(edge * scale);
            QCOMPARE(drawn == ring, other == view);
        }
    }
}

void TestTeaching::growingTheTableDrawsEveryRow()
{
    // From 10 rows to 1000: every row the view shows must be drawn with its numbers at once, not
    // left blank until the view scrolls.
    MatrixView *table = m_window->board()->tableView();
    QSpinBox *rows = m_window->controls()->numEmbeddingsBox();
    rows->setFocus();
    rows->selectAll();
    QTest::keyClicks(rows, u"1000"_s);
    QTest::keyClick(rows, Qt::Key_Return);
    QCOMPARE(m_session->table().numEmbeddings(), 1000);
    QTest::qWait(200);
    const QImage grab = table->grab().toImage();
    const qreal scale = grab.devicePixelRatio();
    const int firstRow = table->rowAt(0);
    const int lastRow = table->rowAt(table->viewport()->height() - 1);
    QVERIFY2(lastRow > firstRow + 3, qPrintable(u"%1 to %2"_s.arg(firstRow).arg(lastRow)));
    for (int row = firstRow; row <= lastRow; ++row) {
        QRect cell = table->visualRect(table->model()->index(row, table->columnAt(0)));
        cell.translate(table->viewport()->mapTo(table, QPoint(0, 0)));
        cell &= table->viewport()->geometry();
        // A row the viewport's edge cuts may show only the room above its digits.
        if (cell.height() < table->rowHeight(row))
            continue;
        const QRect inside = cell.adjusted(3, 3, -3, -3);
        QVERIFY2(inkHeight(grab, QRect(inside.topLeft() * scale, inside.size() * scale)) > 0,
            qPrintable(u"row %1 is blank"_s.arg(row)));
    }
}

void TestTeaching::keysChooseTheIndex()
{
    MatrixView *table = m_window->board()->tableView();
    table->setFocus();
    QTest::keyClick(table, Qt::Key_End);
    QCOMPARE(m_session->index(), 9);
    QTest::keyClick(table, Qt::Key_Home);
    QCOMPARE(m_session->index(), 0);
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(m_session->index(), 1);
    QTest::keyClick(table, Qt::Key_7);
    QCOMPARE(m_session->index(), 7);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(m_session->index(), 6);
    QVERIFY(m_session->setSpec({50, 10, TableKind::Simple, 0}));
    // Two digits typed quickly make one number.
    QTest::keyClicks(table, u"42"_s);
    QCOMPARE(m_session->index(), 42);
    // A number past the table is refused with a message, not read as a shorter one.
    QTest::qWait(1100);
    QTest::keyClicks(table, u"57"_s);
    QCOMPARE(m_session->index(), 5);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"index 57 is out of range"_s) && message.contains(u"0 to 49"_s),
        qPrintable(message));
    // The next digit starts a new number.
    QTest::keyClick(table, Qt::Key_8);
    QCOMPARE(m_session->index(), 8);
}

void TestTeaching::spinBoxesSayWhatTheyTake()
{
    QSpinBox *rows = m_window->controls()->numEmbeddingsBox();
    rows->setFocus();
    rows->selectAll();
    // 0 is no size: the box keeps 10 and says what it takes, instead of putting 10 back silently.
    QTest::keyClick(rows, Qt::Key_0);
    QTest::keyClick(rows, Qt::Key_Return);
    QCOMPARE(rows->value(), 10);
    QCOMPARE(m_session->table().numEmbeddings(), 10);
    QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"num_embeddings takes a whole number from 1 to 1000, not \"0\""_s),
        qPrintable(message));

    // A digit that would pass the largest is turned down with the same words.
    m_window->statusBar()->clearMessage();
    rows->selectAll();
    QTest::keyClicks(rows, u"10009"_s);
    QCOMPARE(rows->text(), u"1000"_s);
    message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"from 1 to 1000; \"10009\" is not one"_s), qPrintable(message));

    // Space steps through the product from a spin box too: no number holds a space.
    QVERIFY(!m_session->stepper()->isActive());
    QTest::keyClick(m_window->controls()->indexBox(), Qt::Key_Space);
    QVERIFY(m_session->stepper()->isActive());
}

void TestTeaching::screenReadersHearTheIndexAndValues()
{
    EmbeddingBoard *board = m_window->board();
    QAccessibleInterface *oneHot = QAccessible::queryAccessibleInterface(board->oneHotView());
    QVERIFY(oneHot);
    QCOMPARE(oneHot->text(QAccessible::Name), u"One-hot vector X"_s);
    QVERIFY2(oneHot->text(QAccessible::Description).contains(u"3"_s),
        qPrintable(oneHot->text(QAccessible::Description)));
    QCOMPARE(oneHot->role(), QAccessible::Table);

    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(board->tableView());
    QCOMPARE(table->text(QAccessible::Name), u"Embedding table E"_s);
    QVERIFY2(table->text(QAccessible::Description).contains(u"row 3"_s),
        qPrintable(table->text(QAccessible::Description)));
    QAccessibleTableInterface *cells = table->tableInterface();
    QVERIFY(cells);
    QAccessibleInterface *cell = cells->cellAt(3, 0);
    QVERIFY(cell);
    QVERIFY2(
        cell->text(QAccessible::Name).contains(u"31"_s), qPrintable(cell->text(QAccessible::Name)));

    QAccessibleInterface *product = QAccessible::queryAccessibleInterface(board->productView());
    QCOMPARE(product->text(QAccessible::Name), u"Output X·E"_s);
    const QString values = product->text(QAccessible::Description);
    QVERIFY2(values.contains(u"31"_s) && values.contains(u"35"_s), qPrintable(values));
    QAccessibleInterface *entry = product->tableInterface()->cellAt(0, 4);
    QVERIFY2(entry->text(QAccessible::Name).contains(u"(X·E)[4] = 35, the same as E[3, 4]"_s),
        qPrintable(entry->text(QAccessible::Name)));

    m_session->setIndex(5);
    QVERIFY(oneHot->text(QAccessible::Description).contains(u"5"_s));
    QVERIFY(product->text(QAccessible::Description).contains(u"51"_s));
}

void TestTeaching::marksKeepTheirContrast_data()
{
    QTest::addColumn<bool>("highContrast");
    QTest::addColumn<double>("least");
    QTest::newRow("normal") << false << 4.5;
    QTest::newRow("high contrast") << true << 7.0;
}

void TestTeaching::marksKeepTheirContrast()
{
    QFETCH(bool, highContrast);
    QFETCH(double, least);
    Theme::setHighContrast(highContrast);
    const Theme &theme = Theme::current();
    QVERIFY(contrastRatio(theme.highlightText, theme.highlightFill) >= least);
    QVERIFY(contrastRatio(theme.stepText, theme.stepFill) >= least);
    const QPalette palette = QApplication::palette();
    QVERIFY(contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= least);
    QVERIFY(contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window))
        >= least);
    // The two marks differ in lightness, not in hue alone, so they read apart in greyscale.
    QVERIFY(std::abs(qGray(theme.highlightFill.rgb()) - qGray(theme.stepFill.rgb())) >= 20);
    // No mark is red or green: those are what colour-blind viewers confuse.
    for (const QColor &fill : {theme.highlightFill, theme.stepFill}) {
        const int hue = fill.hslHue();
        QVERIFY2(!(hue >= 0 && hue < 20) && !(hue >= 90 && hue < 160), qPrintable(fill.name()));
    }
}

void TestTeaching::darkPaletteKeepsEveryMarkReadable()
{
    // A dark desktop: light text on dark views.
    const QPalette before = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(dark);
    QTest::qWait(50);
    MatrixView *table = m_window->board()->tableView();
    const QImage grab = table->grab().toImage();
    if (qEnvironmentVariableIsSet("EV_SAVE_GRABS"))
        m_window->grab().save(u"dark-palette.png"_s);
    const auto fillAt = [&](int row, int column) {
        QRect cell = table->visualRect(table->model()->index(row, column));
        cell.translate(table->viewport()->mapTo(table, QPoint(0, 0)));
        return grab.pixelColor(QPoint(cell.left() + 5, cell.top() + 5) * grab.devicePixelRatio());
    };
    // An ordinary cell keeps the dark base, with light text; the selected row keeps its light
    // fill, where the delegate draws dark text.
    QCOMPARE(fillAt(0, 0), dark.color(QPalette::Base));
    QVERIFY(contrastRatio(dark.color(QPalette::Text), fillAt(0, 0)) >= 4.5);
    const Theme &theme = Theme::current();
    QCOMPARE(fillAt(3, 0), theme.highlightFill);
    QVERIFY(contrastRatio(theme.highlightText, fillAt(3, 0)) >= 4.5);
    // The arrows change to a light colour, to stand out from the dark window.
    QVERIFY(contrastRatio(theme.connector, dark.color(QPalette::Window)) >= 3.0);
    QApplication::setPalette(before);
}

void TestTeaching::highContrastStepIconsAndAnswersShow()
{
    pressKey(*m_window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(Theme::isHighContrast());
    QTest::qWait(50);
    const QColor black(Qt::black);
    if (qEnvironmentVariableIsSet("EV_SAVE_GRABS"))
        m_window->grab().save(u"high-contrast.png"_s);

    // The icon sits at the button's left, before its text: its brightest pixels must stand out.
    StepToolBar *toolBar = m_window->stepToolBar();
    for (QAction *step : {toolBar->stepForwardAction(), toolBar->stepBackAction()}) {
        QWidget *button = toolBar->widgetForAction(step);
        const QImage grab = button->grab().toImage();
        const QRect icon(
            0, 0, (toolBar->iconSize().width() + 4) * grab.devicePixelRatio(), grab.height());
        QVERIFY2(brightPixels(grab, icon, black, 7.0) > 10, qPrintable(step->objectName()));
    }
    QVERIFY(!toolBar->stepBackAction()->isEnabled());

    // Each field of the controls has a frame on black: its top edge is bright across its width,
    // or, where the field takes no input, dashed across it.
    QList<QWidget *> fields {m_window->findChild<QLineEdit *>(u"search"_s),
        m_window->findChild<QComboBox *>(u"table"_s)};
    for (QAbstractSpinBox *box : m_window->findChildren<QAbstractSpinBox *>())
        fields << box;
    int framed = 0;
    for (QWidget *field : std::as_const(fields)) {
        QVERIFY(field);
        if (!field->isVisible())
            continue;
        ++framed;
        const QImage grab = field->grab().toImage();
        const int share = field->isEnabled() ? 4 : 2;
        QVERIFY2(brightPixels(grab, QRect(0, 0, grab.width(), 1), black, 7.0)
                > grab.width() * (share - 1) / share,
            qPrintable(field->objectName()));
    }
    // Four spin boxes, the table's kind and the find box, at least.
    QVERIFY(framed >= 6);
    // The field with the keyboard is framed in the highlight's yellow.
    auto *kind = m_window->findChild<QComboBox *>(u"table"_s);
    kind->setFocus();
    QVERIFY(kind->hasFocus());
    const QImage focused = kind->grab().toImage();
    int yellow = 0;
    for (int x = 0; x < focused.width(); ++x)
        yellow += focused.pixelColor(x, 0) == QColor(Qt::yellow) ? 1 : 0;
    QVERIFY2(yellow > focused.width() * 3 / 4, qPrintable(QString::number(yellow)));

    pressKey(*m_window, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QuizPanel *quiz = m_window->quizPanel();
    QVERIFY(quiz->isQuestionOpen());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
    if (qEnvironmentVariableIsSet("EV_SAVE_GRABS"))
        quiz->grab().save(u"high-contrast-quiz.png"_s);
    for (int i = 0; i < 2; ++i) {
        QRadioButton *choice = quiz->choiceButtons().at(i);
        QCOMPARE(choice->isChecked(), i == 1);
        QVERIFY(contrastRatio(choice->palette().color(QPalette::WindowText),
                    choice->palette().color(QPalette::Window))
            >= 7.0);
        QStyleOptionButton option;
        option.initFrom(choice);
        const QRect ring
            = choice->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, choice);
        const QImage grab = choice->grab().toImage();
        const QRect inGrab(
            ring.topLeft() * grab.devicePixelRatio(), ring.size() * grab.devicePixelRatio());
        QVERIFY2(brightPixels(grab, inGrab, black, 7.0) > 10, qPrintable(choice->text()));
        // The chosen one is filled with the highlight's yellow; the other stays hollow.
        const QColor centre = grab.pixelColor(inGrab.center());
        QCOMPARE(centre == QColor(Qt::yellow), i == 1);
        // The keyboard's place shows too, as a yellow frame round the focused answer.
        QCOMPARE(choice->hasFocus(), i == 1);
        QCOMPARE(grab.pixelColor(grab.width() / 2, 0) == QColor(Qt::yellow), i == 1);
        // And the answers keep the quiz's larger text, as the question has it.
        QCOMPARE(choice->font().pointSizeF(), quiz->font().pointSizeF());
    }
}

void TestTeaching::highContrastSliderAndDisabledFieldsShow()
{
    pressKey(*m_window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(Theme::isHighContrast());
    QTest::qWait(50);
    const QColor black(Qt::black);

    // The speed slider's handle stands out from the black around it, most of its area bright.
    auto *speed = m_window->stepToolBar()->findChild<QSlider *>(u"speed"_s);
    QVERIFY(speed);
    QStyleOptionSlider option;
    option.initFrom(speed);
    option.orientation = speed->orientation();
    option.minimum = speed->minimum();
    option.maximum = speed->maximum();
    option.sliderPosition = speed->sliderPosition();
    option.sliderValue = speed->value();
    option.tickPosition = speed->tickPosition();
    option.pageStep = speed->pageStep();
    option.singleStep = speed->singleStep();
    const QRect handle = speed->style()->subControlRect(
        QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, speed);
    const QImage slider = speed->grab().toImage();
    if (qEnvironmentVariableIsSet("EV_SAVE_GRABS"))
        slider.save(u"high-contrast-slider.png"_s);
    const qreal scale = slider.devicePixelRatio();
    const QRect handlePixels(handle.topLeft() * scale, handle.size() * scale);
    QVERIFY2(brightPixels(slider, handlePixels, black, 7.0)
            > handlePixels.width() * handlePixels.height() / 2,
        qPrintable(u"handle %1,%2 %3×%4"_s.arg(handle.x())
                       .arg(handle.y())
                       .arg(handle.width())
                       .arg(handle.height())));

    // The seed box takes no input with a simple table: filled grey and framed in dashes, where
    // the same box with a random table is black and framed solid.
    auto *seed = m_window->findChild<QSpinBox *>(u"seed"_s);
    QVERIFY(seed && !seed->isEnabled());
    const QImage disabled = seed->grab().toImage();
    m_session->setSpec({10, 10, TableKind::Random, 42});
    QVERIFY(seed->isEnabled());
    const QImage enabled = seed->grab().toImage();
    const QPoint inside(4 * disabled.devicePixelRatio(), disabled.height() / 2);
    QCOMPARE(enabled.pixelColor(inside), black);
    QVERIFY2(contrastRatio(disabled.pixelColor(inside), black) > 1.4,
        qPrintable(disabled.pixelColor(inside).name()));
    const QRect top(0, 0, enabled.width(), 1);
    QVERIFY(brightPixels(enabled, top, black, 7.0) > enabled.width() * 9 / 10);
    QVERIFY(brightPixels(disabled, top, black, 7.0) < disabled.width() * 3 / 4);
}

void TestTeaching::settingsSurviveARestart()
{
    QVERIFY(m_session->setSpec({12, 5, TableKind::Random, 7}));
    QVERIFY(m_session->setIndex(4));
    m_window->board()->setUserZoom(1.5625);
    m_window->board()->setTransposed(true);
    m_window->lookupDock()->show();
    action(*m_window, u"actionHighContrast"_s)->setChecked(true);
    m_window->setRemembersSettings(true);
    m_window->close();
    m_window.reset();
    m_session.reset();
    Theme::setHighContrast(false);

    EmbeddingSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(session.spec(), (TableSpec {10, 10, TableKind::Simple, 0}));
    window.restoreSettings(MainWindow::RestoredSettings::TableAndView);
    QCOMPARE(session.spec(), (TableSpec {12, 5, TableKind::Random, 7}));
    QCOMPARE(session.index(), 4);
    QCOMPARE(window.board()->userZoom(), 1.5625);
    QVERIFY(window.board()->isTransposed());
    QVERIFY(window.lookupDock()->isVisible());
    QVERIFY(Theme::isHighContrast());
    QVERIFY(action(window, u"actionHighContrast"_s)->isChecked());

    // With the table chosen on the command line, only the view comes back.
    EmbeddingSession chosen;
    QVERIFY(chosen.setSpec({3, 2, TableKind::Simple, 0}));
    MainWindow second(&chosen);
    second.restoreSettings(MainWindow::RestoredSettings::ViewOnly);
    QCOMPARE(chosen.spec(), (TableSpec {3, 2, TableKind::Simple, 0}));
    QVERIFY(second.board()->isTransposed());
}

void TestTeaching::badSettingsAreIgnored()
{
    {
        QSettings settings;
        settings.setValue(u"table/num_embeddings"_s, u"banana"_s);
        settings.setValue(u"table/embedding_dimensions"_s, 1'000'000);
        settings.setValue(u"table/kind"_s, u"cubist"_s);
        settings.setValue(u"table/index"_s, -4);
        settings.setValue(u"view/zoom"_s, u"nan"_s);
        settings.setValue(u"window/state"_s, QByteArray("not a state"));
        settings.setValue(u"window/geometry"_s, QByteArray("\x01\x02"));
    }
    m_window->restoreSettings(MainWindow::RestoredSettings::TableAndView);
    QCOMPARE(m_session->spec(), (TableSpec {10, 10, TableKind::Simple, 0}));
    QCOMPARE(m_session->index(), 3);
    QCOMPARE(m_window->board()->userZoom(), 1.0);
    QVERIFY(m_window->isVisible());
}

QTEST_MAIN(TestTeaching)
#include "tst_teaching.moc"
