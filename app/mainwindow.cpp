// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "controlpanel.h"
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "focusring.h"
#include "language.h"
#include "lessonpanel.h"
#include "lookuppanel.h"
#include "matrixview.h"
#include "namescard.h"
#include "neighbourspanel.h"
#include "outputconcealer.h"
#include "productstepper.h"
#include "quizpanel.h"
#include "steptoolbar.h"
#include "tableformats.h"
#include "theme.h"
#include "viewexport.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QShortcut>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ev {

using namespace Qt::StringLiterals;

namespace {
constexpr int s_noticeMilliseconds = 10000;
constexpr int s_progressUpdateMilliseconds = 100;
constexpr int s_progressSteps = 1000;
constexpr qsizetype s_recentFilesKept = 8;
constexpr int s_neighboursDockCharacters = 32;
// Wide enough for a paragraph of the lesson, or a quiz answer of six values, without crowding E.
constexpr int s_lessonDockCharacters = 44;
// How far presenter mode lets the text grow, against a window's 2.5: a 10×10 table then fills
// a 1920×1080 projector.
constexpr qreal s_presenterLargestZoom = 4.0;
const QString s_recentFilesKey = QStringLiteral("recentFiles");

// Messages from the core and the writers start in lower case, to follow "embedding-visualiser: "
// on the command line; a dialog shows them as sentences.
QString asSentence(QString message)
{
    if (!message.isEmpty())
        message[0] = message[0].toUpper();
    return message + u'.';
}
} // namespace

MainWindow::MainWindow(EmbeddingSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session), m_sessionAlive(session)
{
    setWindowTitle(tr("Embedding Visualiser"));
    setAcceptDrops(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_controls = new ControlPanel(session, central);
    m_board = new EmbeddingBoard(session, central);
    layout->addWidget(m_controls);
    layout->addWidget(m_board, 1);
    setCentralWidget(central);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    statusBar()->addPermanentWidget(m_summary);
    // The lesson and the quiz keep the window's whole height when the Lookup panel opens below
    // the board, so that a page's last lines (its "Try") stay in view.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    createNeighboursDock();
    createLookupDock();
    createLessonDocks();
    m_stepToolBar = new StepToolBar(session->stepper(), this);
    addToolBar(Qt::TopToolBarArea, m_stepToolBar);
    createActions();
    createLessonActions();
    createCodeActions();
    createLoadProgress();
    rememberPanelFonts();
    // The views mark their own focus; these two of the panels' widgets do not.
    for (QTextBrowser *text : m_lesson->findChildren<QTextBrowser *>())
        FocusRing::attach(text);
    for (QSlider *slider : m_stepToolBar->findChildren<QSlider *>())
        FocusRing::attach(slider);
    // A mapped table reads its values from its file as needed: if another program rewrites the
    // file, what the window shows is no longer what was opened.
    connect(
        &m_mappedFileWatcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
            QMessageBox::warning(this, tr("Table File Changed"),
                tr("%1 changed on disk while open. This table reads its values from the file as "
                   "needed, so some may now be new values, or zeros where the file got shorter. "
                   "Open it again to see the file as it is now.")
                    .arg(QFileInfo(path).fileName()));
        });
    updateSummary();

    connect(session, &EmbeddingSession::indexChanged, this, &MainWindow::updateSummary);
    connect(session, &EmbeddingSession::productReady, this, &MainWindow::updateSummary);
    connect(session->stepper(), &ProductStepper::stepChanged, this, &MainWindow::updateSummary);
    connect(session, &EmbeddingSession::concealedChanged, this, &MainWindow::updateSummary);
    connect(session, &EmbeddingSession::conventionChanged, this, &MainWindow::updateSummary);
    connect(session, &EmbeddingSession::conventionChanged, this, &MainWindow::updateProductNames);
    updateProductNames();
    connect(session, &EmbeddingSession::tableReplaced, this, [this] {
        // A notice about the table before this one would now mislead.
        statusBar()->clearMessage();
        updateSummary();
    });
    connect(session, &EmbeddingSession::noticeIssued, this, [this](const QString &message) {
        statusBar()->showMessage(message, s_noticeMilliseconds);
    });
    const auto showNotice = [this](const QString &message) {
        statusBar()->showMessage(message, s_noticeMilliseconds);
    };
    connect(m_controls, &ControlPanel::labelNotFound, this, showNotice);
    connect(m_controls, &ControlPanel::valueRefused, this, showNotice);
    connect(session, &EmbeddingSession::problemReported, this, showNotice);

    m_board->tableView()->setFocus();
}

MainWindow::~MainWindow()
{
    // Destroying the window takes the focus from a spin box that may still be being edited, and
    // the box then commits its value, which would change the session while the window that
    // follows it is half gone.
    for (QSpinBox *box : m_controls->findChildren<QSpinBox *>())
        box->blockSignals(true);
    // Closing the quiz's dock on the way out shows X again, and the session says so: the
    // window, half destroyed by then, must no longer listen. (A test may end the session first.)
    if (m_sessionAlive) {
        m_session->disconnect(this);
        m_session->stepper()->disconnect(this);
    }
    // The closing dock turns the quiz off too: it may put the session back as it was, but must
    // tell nothing in this window. Without a session it must not even try.
    m_quiz->disconnect(this);
    m_quiz->disconnect(m_concealer);
    m_quizDock->toggleViewAction()->disconnect(this);
    if (!m_sessionAlive)
        m_quizDock->toggleViewAction()->disconnect(m_quiz);
}

void MainWindow::createNeighboursDock()
{
    m_neighboursDock = new QDockWidget(tr("Nearest Neighbours"), this);
    m_neighboursDock->setObjectName(QStringLiteral("neighboursDock"));
    m_neighbours = new NeighboursPanel(m_session, m_neighboursDock);
    m_neighboursDock->setWidget(m_neighbours);
    addDockWidget(Qt::RightDockWidgetArea, m_neighboursDock);
    // Narrow, so that the matrices keep most of the width: about "row 12 (princess)" and a score.
    resizeDocks({m_neighboursDock}, {fontMetrics().averageCharWidth() * s_neighboursDockCharacters},
        Qt::Horizontal);

    // Neighbours mean something where rows stand for words or people; in the counting lesson
    // table every row points almost the same way. So the panel appears with labelled tables,
    // and View > Nearest Neighbours shows it for any table.
    const auto followLabels = [this] {
        m_neighboursDock->setVisible(!m_session->table().labels().isEmpty());
    };
    followLabels();
    connect(m_session, &EmbeddingSession::tableReplaced, this, followLabels);
}

void MainWindow::createLookupDock()
{
    m_lookupDock = new QDockWidget(tr("Lookup and Product"), this);
    m_lookupDock->setObjectName(QStringLiteral("lookupDock"));
    m_lookup = new LookupPanel(m_session, m_lookupDock);
    m_lookupDock->setWidget(m_lookup);
    addDockWidget(Qt::BottomDockWidgetArea, m_lookupDock);
    m_lookupDock->hide();
}

void MainWindow::createLessonDocks()
{
    m_lessonDock = new QDockWidget(tr("Lesson"), this);
    m_lessonDock->setObjectName(QStringLiteral("lessonDock"));
    m_lesson = new LessonPanel(m_session, LessonTexts(), m_lessonDock);
    m_lessonDock->setWidget(m_lesson);
    addDockWidget(Qt::RightDockWidgetArea, m_lessonDock);
    m_lessonDock->hide();

    m_quizDock = new QDockWidget(tr("Predict, Then Reveal"), this);
    m_quizDock->setObjectName(QStringLiteral("quizDock"));
    m_quiz = new QuizPanel(m_session, m_quizDock);
    m_quizDock->setWidget(m_quiz);
    addDockWidget(Qt::RightDockWidgetArea, m_quizDock);
    m_quizDock->hide();
    const int width = fontMetrics().averageCharWidth() * s_lessonDockCharacters;
    resizeDocks({m_lessonDock, m_quizDock}, {width, width}, Qt::Horizontal);

    m_concealer = new OutputConcealer(m_session, m_board, m_lookupDock, this);
    connect(m_quiz, &QuizPanel::outputHiddenChanged, m_concealer, &OutputConcealer::setConcealed);
    connect(m_quiz, &QuizPanel::outputHiddenChanged, this,
        [this](bool hidden) { m_stepToolBar->setStepsAllowed(!hidden); });
    connect(m_lesson, &LessonPanel::lookupPanelWanted, this, [this](bool shown) {
        // Not while a quiz question hides the output: the panel would show it.
        if (!m_concealer->isConcealed())
            m_lookupDock->setVisible(shown);
    });
}

void MainWindow::createLessonActions()
{
    QAction *lesson = m_lessonDock->toggleViewAction();
    lesson->setText(tr("L&esson"));
    lesson->setObjectName(QStringLiteral("actionLessonPanel"));
    lesson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    // Opening the lesson sets the window to the page it opens on.
    connect(lesson, &QAction::triggered, m_lesson, [this](bool shown) {
        if (shown)
            m_lesson->applyStep();
    });
    m_viewMenu->insertAction(m_viewMenu->actions().constFirst(), lesson);

    QMenu *menu = new QMenu(tr("&Lesson"), this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
    menu->addAction(lesson);
    menu->addAction(m_lesson->previousAction());
    menu->addAction(m_lesson->nextAction());
    menu->addSeparator();
    QAction *quiz = m_quizDock->toggleViewAction();
    quiz->setText(tr("&Predict, Then Reveal"));
    quiz->setObjectName(QStringLiteral("actionQuiz"));
    quiz->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(quiz, &QAction::toggled, m_quiz, &QuizPanel::setActive);
    // The quiz took the keyboard; closed, it hands it back to the board, where digits and arrows
    // choose the index again.
    connect(quiz, &QAction::toggled, this, [this](bool shown) {
        if (!shown)
            m_board->tableView()->setFocus();
    });
    menu->addAction(quiz);

    QAction *names = new QAction(tr("&Names in PyTorch and Keras"), this);
    names->setObjectName(QStringLiteral("actionNamesCard"));
    names->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(names, &QAction::triggered, this, &MainWindow::showNamesCard);
    m_helpMenu->insertAction(m_helpMenu->actions().value(2), names);
}

void MainWindow::showNamesCard()
{
    // Not modal: it follows the table while the class changes its sizes.
    if (!m_namesCard) {
        m_namesCard = new NamesCard(m_session, this);
        // A window of its own, it does not take the main window's font: it is given it.
        scaleInPresenterMode(m_namesCard);
    }
    m_namesCard->show();
    m_namesCard->raise();
    m_namesCard->activateWindow();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *lessonTable = m_fileMenu->addAction(tr("&New Lesson Table"), this, [this] {
        // The lesson's own table, 1 to 100 in ten rows, whatever the window showed before: a
        // file, or the sizes a class chose.
        m_session->setSpec(TableSpec());
        m_session->setIndex(0);
    });
    lessonTable->setObjectName(QStringLiteral("actionNewLessonTable"));
    lessonTable->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    QAction *open = m_fileMenu->addAction(tr("&Open Table…"), this, &MainWindow::askForTableToOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QMenu *examples = m_fileMenu->addMenu(tr("E&xamples"));
    examples->addAction(tr("&Employees (10 × 3, labelled)"), this,
        [this] { openExample(QStringLiteral("employees.csv")); });
    examples->addAction(tr("&Words (16 × 4, related words close)"), this,
        [this] { openExample(QStringLiteral("words.txt")); });
    QAction *saveAs
        = m_fileMenu->addAction(tr("Save Table &As…"), this, &MainWindow::askForSaveFile);
    // QKeySequence::SaveAs is empty on desktops without a platform theme: named outright.
    saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_fileMenu->addSeparator();
    QAction *exportView
        = m_fileMenu->addAction(tr("&Export View…"), this, &MainWindow::askToExportView);
    exportView->setObjectName(QStringLiteral("actionExportView"));
    exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileMenu->addSeparator();
    QAction *quit = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *neighbours = m_neighboursDock->toggleViewAction();
    neighbours->setText(tr("&Nearest Neighbours"));
    neighbours->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_viewMenu->addAction(neighbours);
    QAction *lookup = m_lookupDock->toggleViewAction();
    lookup->setText(tr("&Lookup and Product"));
    lookup->setObjectName(QStringLiteral("actionLookupPanel"));
    lookup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_viewMenu->addAction(lookup);
    QAction *transposed = m_viewMenu->addAction(tr("&Column Convention (Eᵀ·x)"));
    transposed->setObjectName(QStringLiteral("actionTransposed"));
    transposed->setCheckable(true);
    transposed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    transposed->setToolTip(tr("Show the product as Eᵀ·x, with x a column vector, as nn.Linear "
                              "and many lecture notes write it"));
    connect(transposed, &QAction::toggled, m_board, &EmbeddingBoard::setTransposed);
    connect(m_board, &EmbeddingBoard::transposedChanged, transposed, &QAction::setChecked);
    createPresenterActions();
    createLanguageMenu();
    createStepActions();

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *howTo = m_helpMenu->addAction(tr("&How to Use"), this, &MainWindow::showHowToUse);
    howTo->setShortcut(QKeySequence::HelpContents);
    QAction *shortcuts
        = m_helpMenu->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *about
        = m_helpMenu->addAction(tr("&About Embedding Visualiser"), this, &MainWindow::showAbout);
    about->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
}

void MainWindow::createStepActions()
{
    m_stepMenu = menuBar()->addMenu(tr("&Step"));
    const QList<QAction *> actions = m_stepToolBar->stepActions();
    for (QAction *action : actions) {
        m_stepMenu->addAction(action);
        if (action == m_stepToolBar->stepThroughAction()
            || action == m_stepToolBar->stepForwardAction())
            m_stepMenu->addSeparator();
    }
    QAction *toolBar = m_stepToolBar->toggleViewAction();
    toolBar->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_viewMenu->addAction(toolBar);
}

void MainWindow::createPresenterActions()
{
    m_viewMenu->addSeparator();
    QAction *presenter = m_viewMenu->addAction(tr("&Presenter Mode"));
    presenter->setObjectName(QStringLiteral("actionPresenterMode"));
    presenter->setCheckable(true);
    presenter->setShortcut(QKeySequence(Qt::Key_F11));
    connect(presenter, &QAction::toggled, this, [this](bool on) { setPresenterMode(on); });
    // Presenter mode hides the status bar, but not the notices that say why a key did nothing
    // (no room to zoom, an index past the table): the bar is there while one is.
    connect(statusBar(), &QStatusBar::messageChanged, this, [this](const QString &message) {
        if (m_presenterMode)
            statusBar()->setVisible(!message.isEmpty());
    });
    // Escape leaves full screen, as it does in slide shows; it does nothing otherwise.
    auto *leavePresenter = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(leavePresenter, &QShortcut::activated, this, [this] { setPresenterMode(false); });

    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), this, &MainWindow::zoomIn);
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    // Ctrl+= too: on most keyboards + needs Shift.
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), m_board, &EmbeddingBoard::zoomOut);
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    const auto clearZoomRefusal = [this] {
        if (!m_zoomRefusal.isEmpty() && statusBar()->currentMessage() == m_zoomRefusal)
            statusBar()->clearMessage();
    };
    connect(zoomOut, &QAction::triggered, this, clearZoomRefusal);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *resetZoom
        = m_viewMenu->addAction(tr("&Reset Zoom"), m_board, &EmbeddingBoard::resetZoom);
    resetZoom->setObjectName(QStringLiteral("actionResetZoom"));
    resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(resetZoom, &QAction::triggered, this, clearZoomRefusal);

    QAction *highContrast = m_viewMenu->addAction(tr("&High Contrast"));
    highContrast->setObjectName(QStringLiteral("actionHighContrast"));
    highContrast->setCheckable(true);
    highContrast->setChecked(Theme::isHighContrast());
    highContrast->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(highContrast, &QAction::toggled, this, [](bool on) { Theme::setHighContrast(on); });
    m_viewMenu->addSeparator();
}

void MainWindow::createLanguageMenu()
{
    QMenu *menu = m_viewMenu->addMenu(tr("Lan&guage"));
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto *group = new QActionGroup(menu);
    for (const language::Language &language : language::available()) {
        QAction *choice = menu->addAction(language.name);
        choice->setObjectName(QStringLiteral("actionLanguage_") + language.code);
        choice->setCheckable(true);
        choice->setChecked(language.code == language::current());
        group->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code = language.code] {
            if (code != language::current())
                Q_EMIT languageChosen(code);
        });
    }
}

void MainWindow::setPresenterMode(bool on, bool fullScreen)
{
    if (on == m_presenterMode)
        return;
    m_presenterMode = on;
    m_board->setLargestZoom(on ? s_presenterLargestZoom : EmbeddingBoard::s_largestZoom);
    m_board->setStacked(on);
    scalePanels();
    // The status bar repeats the board's explanation; on a projector the height is the board's.
    statusBar()->setVisible(!on || !statusBar()->currentMessage().isEmpty());
    if (on && fullScreen)
        showFullScreen();
    else if (!on && isFullScreen())
        showNormal();
    if (auto *action = findChild<QAction *>(QStringLiteral("actionPresenterMode")))
        action->setChecked(on);
}

QList<QAction *> MainWindow::actionsWithShortcuts() const
{
    QList<QAction *> found;
    QList<QMenu *> menus;
    for (QAction *action : menuBar()->actions())
        if (action->menu())
            menus << action->menu();
    while (!menus.isEmpty()) {
        const QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            if (action->menu())
                menus << action->menu();
            else if (!action->shortcut().isEmpty() && !found.contains(action))
                found << action;
        }
    }
    return found;
}

void MainWindow::showShortcuts()
{
    // The menus' shortcuts, then the keys the views answer to themselves.
    QList<std::pair<QString, QString>> rows;
    for (const QAction *action : actionsWithShortcuts()) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        rows.append({QString(action->text()).remove(u'&'), keys.join(tr(" or "))});
    }
    rows.append({tr("Move the hot index"), tr("Up, Down (Left, Right in X)")});
    rows.append({tr("First or last index"), tr("Home, End")});
    rows.append({tr("Choose an index by number"), tr("Type its digits in X or E")});
    rows.append({tr("Move between the views and controls"), tr("Tab, Shift+Tab")});
    const QString product = m_session->notation().product();
    rows.append({tr("Explain an entry of %1").arg(product), tr("Left, Right in %1").arg(product)});
    rows.append({tr("Answer a quiz question"), tr("1 to 4, Up, Down or Space; then Enter")});
    rows.append({tr("Next quiz question"), tr("Enter, once the answer is shown")});
    rows.append({tr("Leave presenter mode"), tr("Escape")});

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(int(rows.size()), 2, &dialog);
    table->setObjectName(QStringLiteral("shortcutsTable"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        table->setItem(row, 1, new QTableWidgetItem(rows[row].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    // Wide enough for both columns whole, in any language (German's are longer), within the
    // screen: a fixed width clipped the keys.
    const QMargins margins = layout->contentsMargins();
    const int wanted = table->horizontalHeader()->length() + 2 * table->frameWidth()
        + table->verticalScrollBar()->sizeHint().width() + margins.left() + margins.right();
    // And tall enough for every row where the screen allows, so that nothing needs scrolling.
    table->resizeRowsToContents();
    const int wantedHeight = table->horizontalHeader()->height() + table->verticalHeader()->length()
        + 2 * table->frameWidth() + buttons->sizeHint().height() + layout->spacing() + margins.top()
        + margins.bottom();
    const QRect screenArea = screen()->availableGeometry();
    dialog.resize(std::min(std::max(560, wanted), screenArea.width()),
        std::min(std::max(400, wantedHeight), screenArea.height() * 9 / 10));
    dialog.exec();
}

void MainWindow::createLoadProgress()
{
    m_loadProgress = new QWidget(this);
    m_loadProgress->setObjectName(QStringLiteral("loadProgress"));
    m_loadDescription = new QLabel(m_loadProgress);
    m_loadBar = new QProgressBar(m_loadProgress);
    m_loadBar->setRange(0, s_progressSteps);
    m_loadBar->setAccessibleName(tr("Opening progress"));
    m_cancelLoad = new QPushButton(tr("Cancel"), m_loadProgress);
    m_cancelLoad->setObjectName(QStringLiteral("cancelLoad"));
    auto *layout = new QHBoxLayout(m_loadProgress);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_loadDescription);
    layout->addWidget(m_loadBar);
    layout->addWidget(m_cancelLoad);
    statusBar()->addWidget(m_loadProgress, 1);
    m_loadProgress->hide();
}

bool MainWindow::openTable(const QString &path, const QString &shownName)
{
    const QString name = shownName.isEmpty() ? QFileInfo(path).fileName() : shownName;
    if (m_opening) {
        statusBar()->showMessage(
            tr("Still opening another table; cancel it before opening %1.").arg(name),
            s_noticeMilliseconds);
        return false;
    }
    LoadOptions options;
    options.memoryLimitBytes = m_memoryLimitBytes;
    if (!offerFirstRowsOfLargeTable(path, name, &options))
        return false;
    std::optional<Result<LoadedTable>> loaded = loadInBackground(path, name, options);

    // Messages about a line are ours ("FILE: line N: ..."): such a file may still load without
    // the lines it cannot read, or with a decimal comma, if the user wants that.
    if (loaded && !*loaded && loaded->errorMessage().contains(QStringLiteral("decimal comma"))
        && askToRetry(loaded->errorMessage(), tr("Read it with a decimal comma?"))) {
        options.decimalComma = true;
        loaded = loadInBackground(path, name, options);
    }
    if (loaded && !*loaded && loaded->errorMessage().contains(QStringLiteral(": line "))
        && askToRetry(loaded->errorMessage(), tr("Leave out every line that cannot be read?"))) {
        options.skipBadLines = true;
        loaded = loadInBackground(path, name, options);
    }
    if (!loaded) {
        statusBar()->showMessage(
            tr("Opening %1 was cancelled; the table on screen stays.").arg(name),
            s_noticeMilliseconds);
        return false;
    }
    if (!*loaded) {
        // The table on screen stays as it was.
        QMessageBox::warning(this, tr("Open Table"), loaded->errorMessage());
        return false;
    }

    const LoadedTable &table = loaded->value();
    m_session->setLoadedTable(table.table, name);
    if (shownName.isEmpty())
        rememberRecentFile(path);
    QString message = tr("Opened %1: %2 × %3 %4 values, %5")
                          .arg(name)
                          .arg(table.table.numEmbeddings())
                          .arg(table.table.embeddingDimensions())
                          .arg(precisionName(table.table.precision()),
                              formatBytes(double(table.table.numEmbeddings())
                                  * double(table.table.embeddingDimensions())
                                  * bytesPerValue(table.table.precision())));
    if (!m_mappedFileWatcher.files().isEmpty())
        m_mappedFileWatcher.removePaths(m_mappedFileWatcher.files());
    if (table.memoryMapped) {
        message += tr(", read from the file as needed");
        m_mappedFileWatcher.addPath(path);
    }
    if (table.skippedLines > 0)
        message += tr("; %n line(s) left out, the first: %1", nullptr, int(table.skippedLines))
                       .arg(table.firstSkippedProblem);
    statusBar()->showMessage(message);
    return true;
}

bool MainWindow::offerFirstRowsOfLargeTable(
    const QString &path, const QString &name, LoadOptions *options)
{
    const std::optional<LoadEstimate> estimate = estimateLoad(path, *options);
    if (!estimate || estimate->memoryMapped || estimate->columns < 1)
        return true;
    const std::optional<std::uint64_t> bytes = estimate->bytes();
    if (bytes && *bytes <= options->memoryLimitBytes)
        return true;

    const std::uint64_t rowBytes
        = std::uint64_t(estimate->columns) * std::uint64_t(bytesPerValue(estimate->precision));
    const Index rowsThatFit
        = Index(options->memoryLimitBytes / std::max<std::uint64_t>(rowBytes, 1));
    const QString need = tr("%1 holds %2%L3 × %L4 %5 values, which need %6, more than the %7 one "
                            "table may take on this computer.")
                             .arg(name, estimate->exactRows ? QString() : tr("about "))
                             .arg(estimate->rows)
                             .arg(estimate->columns)
                             .arg(precisionName(estimate->precision),
                                 bytes ? formatBytes(double(*bytes)) : tr("more than 16 EiB"),
                                 formatBytes(double(options->memoryLimitBytes)));
    if (rowsThatFit < 1) {
        QMessageBox::warning(this, tr("Open Table"), need);
        return false;
    }
    if (QMessageBox::question(this, tr("Open Table"),
            need + u"\n\n"_s
                + tr("Open only its first %n row(s) (%1)?", nullptr,
                    int(std::min<Index>(rowsThatFit, INT_MAX)))
                      .arg(formatBytes(double(rowsThatFit) * double(rowBytes))))
        != QMessageBox::Yes)
        return false;
    options->maxRows = rowsThatFit;
    return true;
}

std::optional<Result<LoadedTable>> MainWindow::loadInBackground(
    const QString &path, const QString &name, LoadOptions options)
{
    // The reader's thread writes how far it got; the GUI thread reads it on a timer.
    struct Progress
    {
        std::atomic<qint64> bytesRead {0};
        std::atomic<qint64> bytesTotal {0};
        std::atomic<bool> cancelled {false};
    };
    auto progress = std::make_shared<Progress>();
    options.progress = [progress](qint64 read, qint64 total) {
        progress->bytesRead = read;
        progress->bytesTotal = total;
        return !progress->cancelled;
    };

    const std::optional<LoadEstimate> estimate = estimateLoad(path, options);
    QString description = tr("Opening %1…").arg(name);
    if (estimate && estimate->bytes()) {
        const Index rows
            = std::min<Index>(estimate->rows, options.maxRows.value_or(estimate->rows));
        const QString shape = tr("%1%L2 × %L3 %4 values")
                                  .arg(estimate->exactRows ? QString() : tr("about "))
                                  .arg(rows)
                                  .arg(estimate->columns)
                                  .arg(precisionName(estimate->precision));
        const double bytes
            = double(rows) * double(estimate->columns) * bytesPerValue(estimate->precision);
        description = estimate->memoryMapped
            ? tr("Opening %1: %2, read from the file as needed…").arg(name, shape)
            : tr("Opening %1: %2, %3%4 of memory…")
                  .arg(name, shape, estimate->exactRows ? QString() : tr("about "),
                      formatBytes(bytes));
    }
    m_loadDescription->setText(description);
    m_loadBar->setValue(0);
    m_cancelLoad->setEnabled(true);

    QEventLoop loop;
    QFutureWatcher<Result<LoadedTable>> watcher;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QMetaObject::Connection cancel
        = connect(m_cancelLoad, &QPushButton::clicked, this, [this, progress] {
              progress->cancelled = true;
              m_cancelLoad->setEnabled(false);
              m_loadDescription->setText(tr("Cancelling…"));
          });
    QTimer ticker;
    connect(&ticker, &QTimer::timeout, this, [this, progress] {
        const qint64 total = progress->bytesTotal;
        if (total > 0)
            m_loadBar->setValue(int(double(progress->bytesRead) / double(total) * s_progressSteps));
    });

    m_opening = true;
    watcher.setFuture(QtConcurrent::run([path, options] { return loadTable(path, options); }));
    ticker.start(s_progressUpdateMilliseconds);
    m_loadProgress->show();
    // The window goes on painting and answering clicks while the file is read.
    if (!watcher.isFinished())
        loop.exec();
    // The loop also ends when the application quits: the reading then stops early.
    if (!watcher.isFinished()) {
        progress->cancelled = true;
        watcher.waitForFinished();
    }
    ticker.stop();
    disconnect(cancel);
    m_loadProgress->hide();
    m_opening = false;

    Result<LoadedTable> loaded = watcher.result();
    if (!loaded && progress->cancelled)
        return std::nullopt;
    return loaded;
}

bool MainWindow::askToRetry(const QString &problem, const QString &question)
{
    return QMessageBox::question(this, tr("Open Table"), problem + u"\n\n"_s + question)
        == QMessageBox::Yes;
}

void MainWindow::askForTableToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Table"), QString(),
        tr("Tables (%1);;All files (*)").arg(loadablePatterns().join(u' ')));
    if (!path.isEmpty())
        openTable(path);
}

void MainWindow::openExample(const QString &fileName)
{
    // The readers map files; a compiled-in resource is copied out to a real file first.
    const QString copy = m_examples.filePath(fileName);
    const bool copied = QFile::exists(copy) || QFile::copy(u":/examples/"_s + fileName, copy);
    if (!m_examples.isValid() || !copied) {
        QMessageBox::warning(this, tr("Open Example"),
            tr("Could not copy the example %1 to a temporary folder.").arg(fileName));
        return;
    }
    openTable(copy, tr("%1 (example)").arg(fileName));
}

void MainWindow::askForSaveFile()
{
    const QString npy = tr("NumPy array (*.npy)");
    const QString csv = tr("Comma-separated values (*.csv)");
    const QString word2vec = tr("word2vec text (*.txt)");
    QString filter = m_session->table().labels().isEmpty() ? npy : word2vec;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Table As"), QString(),
        QStringList {npy, csv, word2vec}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == npy ? u".npy"_s : filter == csv ? u".csv"_s : u".txt"_s;

    const QString problem = saveTable(m_session->table(), path);
    if (problem.isEmpty()) {
        statusBar()->showMessage(tr("Saved %1").arg(path), s_noticeMilliseconds);
        rememberRecentFile(path);
    } else {
        QMessageBox::warning(this, tr("Save Table"), problem);
    }
}

void MainWindow::rememberRecentFile(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(s_recentFilesKey).toStringList();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    recent.prepend(QFileInfo(path).absoluteFilePath());
    settings.setValue(s_recentFilesKey, recent.mid(0, s_recentFilesKept));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(s_recentFilesKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openTable(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No tables opened yet"))->setEnabled(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openTable(urls.constFirst().toLocalFile());
}

void MainWindow::updateSummary()
{
    const Index index = m_session->index();
    const QString product = m_session->notation().product();
    if (m_session->isIndexHidden()) {
        m_summary->setText(tr("Where X's 1 is stays hidden until the answer is revealed"));
        return;
    }
    if (m_session->isSelectedRowHidden()) {
        m_summary->setText(tr("%1 stays hidden until the answer is revealed").arg(product));
        return;
    }
    const ProductStepper *stepper = m_session->stepper();
    // Saying which row the product picks would give away the entries not yet stepped to.
    if (stepper->isActive() && !stepper->isAtEnd()) {
        m_summary->setText(tr("Computing %1 step by step: %2 of %3 entries")
                               .arg(product)
                               .arg(stepper->landedColumns())
                               .arg(m_session->table().embeddingDimensions()));
        return;
    }
    if (m_session->isProductPending()) {
        m_summary->setText(tr("Computing %1 for %2…").arg(product, m_session->describeRow(index)));
        return;
    }
    m_summary->setText(m_session->result().equal ? tr("%1 = E[%2]: the product picks %3")
                                                       .arg(product)
                                                       .arg(index)
                                                       .arg(m_session->describeRow(index))
                                                 : tr("%1 ≠ E[%2]").arg(product).arg(index));
}

void MainWindow::updateProductNames()
{
    const QString product = m_session->notation().product();
    m_stepToolBar->setProductName(product);
    m_quizDock->toggleViewAction()->setToolTip(
        tr("Quiz: hide %1, predict it, then reveal it").arg(product));
}

QString MainWindow::saveScreenshot(const QString &path, double scale)
{
    return exportWidget(this, path, scale);
}

void MainWindow::askToExportView()
{
    const QString png = tr("PNG picture (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF page (*.pdf)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Export View"),
        QStringLiteral("embedding.png"), QStringList {png, svg, pdf}.join(u";;"_s), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? u".svg"_s : filter == pdf ? u".pdf"_s : u".png"_s;
    if (const auto problem = exportPathProblem(path)) {
        QMessageBox::warning(this, tr("Export View"), asSentence(*problem));
        return;
    }
    const std::optional<double> scale = askForExportScale();
    if (!scale)
        return;

    const QString problem = saveScreenshot(path, *scale);
    if (problem.isEmpty())
        statusBar()->showMessage(tr("Saved %1").arg(path), s_noticeMilliseconds);
    else
        QMessageBox::warning(this, tr("Export View"), asSentence(problem));
}

std::optional<double> MainWindow::askForExportScale()
{
    // A projector-sized window at 4× would pass the largest side a picture may have.
    const int side = std::max(width(), height());
    const double largest = std::clamp(double(ExportLimits::s_maxSide) / std::max(side, 1),
        ExportLimits::s_minScale, ExportLimits::s_maxScale);

    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Export View"));
    dialog.setInputMode(QInputDialog::DoubleInput);
    dialog.setDoubleRange(ExportLimits::s_minScale, largest);
    dialog.setDoubleDecimals(1);
    dialog.setDoubleStep(0.5);
    const auto describe = [this, &dialog](double scale) {
        const QSize size = scaledExportSize(this->size(), scale);
        dialog.setLabelText(tr("Scale, 1 for the window's own size "
                               "(%1 × %2 pixels at this scale):")
                                .arg(size.width())
                                .arg(size.height()));
    };
    connect(&dialog, &QInputDialog::doubleValueChanged, &dialog, describe);
    dialog.setDoubleValue(std::min(m_exportScale, largest));
    describe(dialog.doubleValue());
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    m_exportScale = dialog.doubleValue();
    return m_exportScale;
}

void MainWindow::createCodeActions()
{
    m_editMenu = new QMenu(tr("&Edit"), this);
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_editMenu);
    QAction *find = m_editMenu->addAction(tr("&Find Label"), this, &MainWindow::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    QAction *numpy = m_editMenu->addAction(
        tr("Copy as &NumPy Code"), this, [this] { copyAsCode(CodeLanguage::NumPy); });
    numpy->setObjectName(QStringLiteral("actionCopyNumPy"));
    numpy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    numpy->setToolTip(tr("Copy Python code that rebuilds E with NumPy and prints X·E"));
    QAction *pytorch = m_editMenu->addAction(
        tr("Copy as &PyTorch Code"), this, [this] { copyAsCode(CodeLanguage::PyTorch); });
    pytorch->setObjectName(QStringLiteral("actionCopyPyTorch"));
    pytorch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    pytorch->setToolTip(
        tr("Copy Python code that makes E the weight of a torch.nn.Embedding and prints X·E"));
}

void MainWindow::focusSearch()
{
    QLineEdit *search = m_controls->searchBox();
    if (!search->isEnabled()) {
        statusBar()->showMessage(tr("This table has no labels to find; File → Examples has "
                                    "labelled ones."),
            s_noticeMilliseconds);
        return;
    }
    // Selected, so that typing replaces the last search.
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::copyAsCode(CodeLanguage language)
{
    const Result<QString> code = codeSnippet(m_session->table(), m_session->index(), language);
    if (!code) {
        QMessageBox::warning(this, tr("Copy as Code"), asSentence(code.errorMessage()));
        return;
    }
    QGuiApplication::clipboard()->setText(code.value());
    const QString message = language == CodeLanguage::NumPy
        ? tr("Copied NumPy code for index %1 to the clipboard")
        : tr("Copied PyTorch code for index %1 to the clipboard");
    statusBar()->showMessage(message.arg(m_session->index()), s_noticeMilliseconds);
}

void MainWindow::showHowToUse()
{
    QFile file(language::localisedResource(QStringLiteral(":/help/how-to-use.html")));
    const QString text
        = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();

    QDialog dialog(this);
    dialog.setWindowTitle(tr("How to Use Embedding Visualiser"));
    auto *browser = new QTextBrowser(&dialog);
    browser->setObjectName(QStringLiteral("howToUse"));
    browser->setHtml(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Embedding Visualiser"),
        tr("<h3>Embedding Visualiser %1</h3>"
           "<p>An embedding layer keeps a table E with one row per index. Multiplying a "
           "one-hot vector X by E gives back exactly one of those rows, the same row a "
           "direct lookup E[i] reads. This program shows that product, live, for a class.</p>"
           "<p>Built with Qt %2 and Eigen %3.%4.%5. Released under the MIT licence.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()))
            .arg(EIGEN_WORLD_VERSION)
            .arg(EIGEN_MAJOR_VERSION)
            .arg(EIGEN_MINOR_VERSION));
}

} // namespace ev
