// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
//
// The user's zoom: it scales the board and the panels beside it together, and never past what the
// window has room for.
#include "controlpanel.h"
#include "embeddingboard.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "steptoolbar.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLayout>
#include <QStatusBar>

#include <algorithm>

namespace ev {

namespace {
constexpr int s_noticeMilliseconds = 10000;
// In presenter mode the panels and controls are read from the back of the room, as the board
// is: the lesson's and quiz's text, a size larger already, by a quarter; the rest as much as
// theirs then.
constexpr qreal s_presenterPanelScale = 1.25;
constexpr qreal s_presenterTextScale = 1.5;
} // namespace

void MainWindow::zoomIn()
{
    // Larger text needs larger views, and a window that grew past its screen to hold them would
    // hide what was enlarged: a zoom that needs more room than the window has is taken back, and
    // so is one that makes a matrix scroll that showed whole (the lesson's 10×10 table showing 6
    // of its columns teaches nothing). The room is measured once the layouts have settled on the
    // new fonts, while they may not set the window's minimum size.
    const qreal previous = m_board->userZoom();
    const QList<MatrixView *> whole = m_board->wholeViews();
    layout()->setSizeConstraint(QLayout::SetNoConstraint);
    m_board->zoomIn();
    settleLayouts();
    const QSize needed = minimumSizeHint();
    const QList<MatrixView *> stillWhole = m_board->wholeViews();
    const bool hides = std::any_of(whole.cbegin(), whole.cend(),
        [&stillWhole](MatrixView *view) { return !stillWhole.contains(view); });
    if (isVisible() && (needed.width() > width() || needed.height() > height() || hides)) {
        m_board->setUserZoom(previous);
        settleLayouts();
        m_zoomRefusal = m_presenterMode
            ? tr("There is no room to zoom in further: close a panel to make room.")
            : tr("There is no room to zoom in further: make the window larger, close a panel, "
                 "or use presenter mode (F11).");
        statusBar()->showMessage(m_zoomRefusal, s_noticeMilliseconds);
    }
    layout()->setSizeConstraint(QLayout::SetDefaultConstraint);
}

void MainWindow::settleLayouts()
{
    // A view resized by its layout may change its own limits, which asks for one more layout.
    for (int round = 0; round < 3; ++round)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
}

void MainWindow::rememberPanelFonts()
{
    // The lesson and the quiz set their own text a size larger already.
    for (QDockWidget *dock : {m_lessonDock, m_quizDock})
        scaleFont(dock->widget(), s_presenterPanelScale, true);
    for (QDockWidget *dock : {m_lookupDock, m_neighboursDock})
        scaleFont(dock->widget(), s_presenterTextScale, true);
    scaleInPresenterMode(m_controls);
    scaleInPresenterMode(m_stepToolBar);
    connect(m_board, &EmbeddingBoard::userZoomChanged, this, &MainWindow::scalePanels);
}

void MainWindow::scaleFont(QWidget *widget, qreal presenterScale, bool followsZoom)
{
    // Every widget scaled is the window's, and lives as long as it.
    m_scaledFonts.insert(widget, {widget->font(), presenterScale, followsZoom});
    scalePanels();
}

void MainWindow::scaleInPresenterMode(QWidget *widget)
{
    // The controls and dialogs keep the desktop's size in a window, where the board has the room.
    scaleFont(widget, s_presenterTextScale, false);
}

void MainWindow::scalePanels()
{
    for (auto entry = m_scaledFonts.cbegin(); entry != m_scaledFonts.cend(); ++entry) {
        const ScaledFont &own = entry.value();
        const qreal scale = (own.followsZoom ? m_board->userZoom() : 1.0)
            * (m_presenterMode ? own.presenterScale : 1.0);
        QFont scaled = own.font;
        scaled.setPointSizeF(own.font.pointSizeF() * scale);
        entry.key()->setFont(scaled);
    }
}

void MainWindow::showPanel(const QString &name)
{
    const std::pair<QString, QDockWidget *> docks[] = {{QStringLiteral("lesson"), m_lessonDock},
        {QStringLiteral("quiz"), m_quizDock}, {QStringLiteral("lookup"), m_lookupDock},
        {QStringLiteral("neighbours"), m_neighboursDock}};
    for (const auto &[dockName, dock] : docks) {
        if (dockName == name)
            dock->show();
    }
}

} // namespace ev
