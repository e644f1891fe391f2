// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

namespace ev {

class EmbeddingSession;
class MainWindow;

/*!
 * \brief Keeps the program's one window, and opens it anew in another language.
 *
 * Widgets take their texts when they are made, so a window cannot change language in place. When
 * the user chooses one, the host applies it, opens a new window on the same session with the
 * settings the old one had (zoom, panels, place), and closes the old one.
 */
class WindowHost : public QObject
{
    Q_OBJECT

public:
    //! \a session must outlive the host.
    explicit WindowHost(EmbeddingSession *session, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window; }

    //! Whether closing the window, and switching language, save the settings; off by default.
    void setRemembersSettings(bool remembers);

    //! Applies \a code (see language::apply()) and replaces the window with one in it.
    void switchLanguage(const QString &code);

Q_SIGNALS:
    //! A new window replaced the old one, after a change of language.
    void windowReplaced(ev::MainWindow *window);

private:
    void open();

    EmbeddingSession *m_session;
    QPointer<MainWindow> m_window;
    bool m_remembersSettings = false;
};

} // namespace ev
