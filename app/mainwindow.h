// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "codesnippet.h"
#include "tablefile.h"

#include <QFileSystemWatcher>
#include <QMainWindow>
#include <QTemporaryDir>

#include <cstdint>
#include <optional>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;

namespace ev {

class ControlPanel;
class EmbeddingBoard;
class EmbeddingSession;
class LookupPanel;
class NeighboursPanel;
class StepToolBar;

//! The application window: the controls, the board, the status bar and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! Shows \a session, which must outlive the window.
    explicit MainWindow(EmbeddingSession *session, QWidget *parent = nullptr);

    EmbeddingBoard *board() const { return m_board; }
    ControlPanel *controls() const { return m_controls; }
    NeighboursPanel *neighbours() const { return m_neighbours; }
    QDockWidget *neighboursDock() const { return m_neighboursDock; }
    LookupPanel *lookupPanel() const { return m_lookup; }
    QDockWidget *lookupDock() const { return m_lookupDock; }
    StepToolBar *stepToolBar() const { return m_stepToolBar; }

    //! Full screen, with the text allowed to grow to fill a projector; or back to a window.
    void setPresenterMode(bool on);
    bool isPresenterMode() const { return m_presenterMode; }

    /*!
     * \returns every action of the menus that has a shortcut, with its text: what Help →
     * Keyboard Shortcuts lists.
     */
    QList<QAction *> actionsWithShortcuts() const;

    /*!
     * Renders the window as it is now and writes it to \a path, as a PNG picture, an SVG drawing
     * or a PDF page by its extension, \a scale times the window's size (1 to 4).
     * \returns an empty string or why not.
     */
    QString saveScreenshot(const QString &path, double scale = 1);

    /*!
     * Opens the table in \a path, offering to leave out unreadable lines or to read a decimal
     * comma where that would help. On failure the message is shown and the table on screen stays.
     * \a shownName replaces the file's name in the window (for examples).
     * \returns whether a table was opened.
     */
    bool openTable(const QString &path, const QString &shownName = {});

    //! Whether openTable() is reading a file; the window stays usable meanwhile.
    bool isOpeningTable() const { return m_opening; }

    /*!
     * Sets the memory one opened table may take (by default half of this computer's). A table
     * that needs more is refused, or its first rows are opened if the user chooses.
     */
    void setMemoryLimitBytes(std::uint64_t bytes) { m_memoryLimitBytes = bytes; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createLoadProgress();
    bool offerFirstRowsOfLargeTable(const QString &path, const QString &name, LoadOptions *options);
    std::optional<Result<LoadedTable>> loadInBackground(
        const QString &path, const QString &name, LoadOptions options);
    void createNeighboursDock();
    void createLookupDock();
    void createStepActions();
    void createPresenterActions();
    void showShortcuts();
    void showHowToUse();
    void showAbout();
    void askToExportView();
    std::optional<double> askForExportScale();
    void createCodeActions();
    void copyAsCode(CodeLanguage language);
    void askForTableToOpen();
    void askForSaveFile();
    bool askToRetry(const QString &problem, const QString &question);
    void openExample(const QString &fileName);
    void rememberRecentFile(const QString &path);
    void fillRecentMenu();
    void updateSummary();

    EmbeddingSession *m_session;
    ControlPanel *m_controls = nullptr;
    EmbeddingBoard *m_board = nullptr;
    NeighboursPanel *m_neighbours = nullptr;
    QDockWidget *m_neighboursDock = nullptr;
    LookupPanel *m_lookup = nullptr;
    QDockWidget *m_lookupDock = nullptr;
    StepToolBar *m_stepToolBar = nullptr;
    QMenu *m_stepMenu = nullptr;
    bool m_presenterMode = false;
    QLabel *m_summary = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QWidget *m_loadProgress = nullptr;
    QLabel *m_loadDescription = nullptr;
    QProgressBar *m_loadBar = nullptr;
    QPushButton *m_cancelLoad = nullptr;
    bool m_opening = false;
    double m_exportScale = 1;
    std::uint64_t m_memoryLimitBytes = defaultMemoryLimitBytes();
    QTemporaryDir m_examples;
    QFileSystemWatcher m_mappedFileWatcher;
};

} // namespace ev
