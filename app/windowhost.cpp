// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "windowhost.h"

#include "language.h"
#include "logging.h"
#include "mainwindow.h"

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
    // The new window starts where the old one was, through the settings; the session keeps the
    // table and index.
    MainWindow *old = m_window;
    old->saveSettings();
    old->setRemembersSettings(false);
    const bool shown = old->isVisible();
    open();
    m_window->restoreSettings(MainWindow::RestoredSettings::ViewOnly);
    if (shown)
        m_window->show();
    old->hide();
    // The old window is still answering the menu's click that brought us here.
    old->deleteLater();
    Q_EMIT windowReplaced(m_window);
}

} // namespace ev
