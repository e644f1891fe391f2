// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "controlpanel.h"
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "matrixview.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ev {

namespace {
constexpr int s_noticeMilliseconds = 10000;
}

MainWindow::MainWindow(EmbeddingSession *session, QWidget *parent)
    : QMainWindow(parent), m_session(session)
{
    setWindowTitle(tr("Embedding Visualiser"));

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
    createActions();
    updateSummary();

    connect(session, &EmbeddingSession::indexChanged, this, &MainWindow::updateSummary);
    connect(session, &EmbeddingSession::tableReplaced, this, [this] {
        // A notice about the table before this one would now mislead.
        statusBar()->clearMessage();
        updateSummary();
    });
    connect(session, &EmbeddingSession::noticeIssued, this, [this](const QString &message) {
        statusBar()->showMessage(message, s_noticeMilliseconds);
    });
    connect(session, &EmbeddingSession::problemReported, this, [this](const QString &message) {
        statusBar()->showMessage(message, s_noticeMilliseconds);
    });

    m_board->tableView()->setFocus();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *screenshot
        = file->addAction(tr("Save &Screenshot…"), this, &MainWindow::askForScreenshotFile);
    screenshot->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *howTo = help->addAction(tr("&How to Use"), this, &MainWindow::showHowToUse);
    howTo->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Embedding Visualiser"), this, &MainWindow::showAbout);
}

void MainWindow::updateSummary()
{
    const Index index = m_session->index();
    m_summary->setText(m_session->result().equal
            ? tr("X·E = E[%1]: the product picks row %1").arg(index)
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
