// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "controlpanel.h"
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "matrixview.h"
#include "neighbourspanel.h"
#include "tableformats.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ev {

using namespace Qt::StringLiterals;

namespace {
constexpr int s_noticeMilliseconds = 10000;
constexpr qsizetype s_recentFilesKept = 8;
constexpr int s_neighboursDockCharacters = 32;
const QString s_recentFilesKey = QStringLiteral("recentFiles");
} // namespace

MainWindow::MainWindow(EmbeddingSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
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
    createNeighboursDock();
    createActions();
    updateSummary();

    connect(session, &EmbeddingSession::indexChanged, this, &MainWindow::updateSummary);
    connect(session, &EmbeddingSession::productReady, this, &MainWindow::updateSummary);
    connect(session, &EmbeddingSession::tableReplaced, this, [this] {
        // A notice about the table before this one would now mislead.
        statusBar()->clearMessage();
        updateSummary();
    });
    connect(session, &EmbeddingSession::noticeIssued, this, [this](const QString &message) {
        statusBar()->showMessage(message, s_noticeMilliseconds);
    });
    connect(m_controls, &ControlPanel::labelNotFound, this, [this](const QString &message) {
        statusBar()->showMessage(message, s_noticeMilliseconds);
    });
    connect(session, &EmbeddingSession::problemReported, this, [this](const QString &message) {
        statusBar()->showMessage(message, s_noticeMilliseconds);
    });

    m_board->tableView()->setFocus();
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

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *lessonTable = file->addAction(tr("&New Lesson Table"), this, [this] {
        // Back from a file to the generated table the controls describe.
        m_session->setSpec(m_session->spec());
    });
    lessonTable->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open Table…"), this, &MainWindow::askForTableToOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QMenu *examples = file->addMenu(tr("E&xamples"));
    examples->addAction(tr("&Employees (10 × 3, labelled)"), this,
        [this] { openExample(QStringLiteral("employees.csv")); });
    examples->addAction(tr("&Words (16 × 4, related words close)"), this,
        [this] { openExample(QStringLiteral("words.txt")); });
    QAction *saveAs = file->addAction(tr("Save Table &As…"), this, &MainWindow::askForSaveFile);
    saveAs->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    QAction *screenshot
        = file->addAction(tr("Save &Screenshot…"), this, &MainWindow::askForScreenshotFile);
    screenshot->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *neighbours = m_neighboursDock->toggleViewAction();
    neighbours->setText(tr("&Nearest Neighbours"));
    neighbours->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    view->addAction(neighbours);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *howTo = help->addAction(tr("&How to Use"), this, &MainWindow::showHowToUse);
    howTo->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Embedding Visualiser"), this, &MainWindow::showAbout);
}

bool MainWindow::openTable(const QString &path, const QString &shownName)
{
    const QString name = shownName.isEmpty() ? QFileInfo(path).fileName() : shownName;
    LoadOptions options;
    Result<LoadedTable> loaded = loadTable(path, options);

    // Messages about a line are ours ("FILE: line N: ..."): such a file may still load without
    // the lines it cannot read, or with a decimal comma, if the user wants that.
    if (!loaded && loaded.errorMessage().contains(QStringLiteral("decimal comma"))
        && askToRetry(loaded.errorMessage(), tr("Read it with a decimal comma?"))) {
        options.decimalComma = true;
        loaded = loadTable(path, options);
    }
    if (!loaded && loaded.errorMessage().contains(QStringLiteral(": line "))
        && askToRetry(loaded.errorMessage(), tr("Leave out every line that cannot be read?"))) {
        options.skipBadLines = true;
        loaded = loadTable(path, options);
    }
    if (!loaded) {
        // The table on screen stays as it was.
        QMessageBox::warning(this, tr("Open Table"), loaded.errorMessage());
        return false;
    }

    const LoadedTable &table = loaded.value();
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
    if (table.memoryMapped)
        message += tr(", read from the file as needed");
    if (table.skippedLines > 0)
        message += tr("; %n line(s) left out, the first: %1", nullptr, int(table.skippedLines))
                       .arg(table.firstSkippedProblem);
    statusBar()->showMessage(message);
    return true;
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
    if (m_session->isProductPending()) {
        m_summary->setText(tr("Computing X·E for %1…").arg(m_session->describeRow(index)));
        return;
    }
    m_summary->setText(m_session->result().equal
            ? tr("X·E = E[%1]: the product picks %2").arg(index).arg(m_session->describeRow(index))
            : tr("X·E ≠ E[%1]").arg(index));
}

QString MainWindow::saveScreenshot(const QString &path)
{
    const QImage image = grab().toImage();

    // Through QSaveFile, so a full disk or a crash never leaves half a picture in place of the
    // file that was there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("could not write %1: %2").arg(path, file.errorString());
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        const QString reason
            = file.error() != QFileDevice::NoError ? file.errorString() : writer.errorString();
        file.cancelWriting();
        return tr("could not write %1: %2").arg(path, reason);
    }
    return {};
}

void MainWindow::askForScreenshotFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Screenshot"), QStringLiteral("embedding.png"), tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString pngPath
        = QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".png") : path;
    const QString problem = saveScreenshot(pngPath);
    if (problem.isEmpty()) {
        statusBar()->showMessage(tr("Saved %1").arg(pngPath), s_noticeMilliseconds);
        return;
    }
    QString sentence = problem;
    sentence[0] = sentence[0].toUpper();
    QMessageBox::warning(this, tr("Save Screenshot"), sentence + u'.');
}

void MainWindow::showHowToUse()
{
    QFile file(QStringLiteral(":/help/how-to-use.html"));
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
