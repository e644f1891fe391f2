// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "windowhost.h"

#include "language.h"
#include "lessonpanel.h"
#include "logging.h"
#include "mainwindow.h"
#include "quizpanel.h"

namespace ev {

WindowHost::WindowHost(EmbeddingSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    open();
}

WindowHost::~WindowHost()
{
    delete m_window;
}

void WindowHost::setRemembersSettings(bool remembers)
{
    m_remembersSettings = remembers;
    m_window->setRemembersSettings(remembers);
}

void WindowHost::open()
{
    m_window = new MainWindow(m_session);
    m_window->setRemembersSettings(m_remembersSettings);
    connect(m_window, &MainWindow::languageChosen, this, &WindowHost::switchLanguage);
}

void WindowHost::switchLanguage(const QString &code)
{
    if (!language::apply(code))
        return;
    qCDebug(lcAppView) << "reopening the window in" << code;
    // The settings are saved for the next run; the session keeps the table and index.
    MainWindow *old = m_window;
    old->saveSettings();
    old->setRemembersSettings(false);
    const bool shown = old->isVisible();
    // A quiz question open in the old window ends now, putting the board back, rather than
    // after the new window has asked its own question about it.
    old->quizPanel()->setActive(false);
    open();
    m_window->restoreSettings(MainWindow::RestoredSettings::ViewOnly);
    // The place, the size and the panels straight from the old window, not through a settings
    // file that another instance may share or that may not be writable.
    m_window->restoreGeometry(old->saveGeometry());
    m_window->restoreState(old->saveState());
    // The lesson stays on its page, and the board on what the class did since: no step is
    // applied again.
    m_window->lessonPanel()->turnTo(old->lessonPanel()->step());
    // A projector stays in presenter mode.
    if (old->isPresenterMode())
        m_window->setPresenterMode(true, old->isFullScreen());
    if (shown) {
        m_window->show();
        // The keyboard goes on in the new window, in its board.
        m_window->activateWindow();
    }
    old->hide();
    // The old window is still answering the menu's click that brought us here.
    old->deleteLater();
    Q_EMIT windowReplaced(m_window);
}

} // namespace ev
