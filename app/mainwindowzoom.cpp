// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
//
// The user's zoom: it scales the board and the panels beside it together, and never past what the
// window has room for.
#include "embeddingboard.h"
#include "mainwindow.h"
#include "matrixview.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QLayout>
#include <QStatusBar>

#include <algorithm>

namespace ev {

namespace {
constexpr int s_noticeMilliseconds = 10000;
// In presenter mode the panels are read from the back of the room, as the board is.
constexpr qreal s_presenterPanelScale = 1.25;
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
        statusBar()->showMessage(tr("There is no room to zoom in further: make the window larger, "
                                    "close a panel, or use presenter mode (F11)."),
            s_noticeMilliseconds);
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
    for (QDockWidget *dock : {m_lessonDock, m_quizDock, m_lookupDock, m_neighboursDock})
        m_panelFonts.insert(dock->widget(), dock->widget()->font());
    connect(m_board, &EmbeddingBoard::userZoomChanged, this, &MainWindow::scalePanels);
}

void MainWindow::scalePanels()
{
    const qreal scale = m_board->userZoom() * (m_presenterMode ? s_presenterPanelScale : 1.0);
    for (auto panel = m_panelFonts.cbegin(); panel != m_panelFonts.cend(); ++panel) {
        QFont scaled = panel.value();
        scaled.setPointSizeF(panel.value().pointSizeF() * scale);
        panel.key()->setFont(scaled);
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
