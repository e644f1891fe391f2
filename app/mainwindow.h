// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

class QLabel;

namespace ev {

class ControlPanel;
class EmbeddingBoard;
class EmbeddingSession;

//! The application window: the controls, the board, the status bar and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! Shows \a session, which must outlive the window.
    explicit MainWindow(EmbeddingSession *session, QWidget *parent = nullptr);

    EmbeddingBoard *board() const { return m_board; }
    ControlPanel *controls() const { return m_controls; }

    //! Renders the window as it is now and writes it to \a path. \returns an empty string or why
    //! not.
    QString saveScreenshot(const QString &path);

private:
    void createActions();
    void showHowToUse();
    void showAbout();
    void askForScreenshotFile();
    void updateSummary();

    EmbeddingSession *m_session;
    ControlPanel *m_controls = nullptr;
    EmbeddingBoard *m_board = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ev
