// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "codesnippet.h"
#include "tablefile.h"

#include <QFileSystemWatcher>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
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
class LessonPanel;
class LookupPanel;
class NamesCard;
class NeighboursPanel;
class OutputConcealer;
class QuizPanel;
class StepToolBar;

//! The application window: the controls, the board, the status bar and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! Shows \a session, which must outlive the window.
    explicit MainWindow(EmbeddingSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

    EmbeddingBoard *board() const { return m_board; }
    ControlPanel *controls() const { return m_controls; }
    NeighboursPanel *neighbours() const { return m_neighbours; }
    QDockWidget *neighboursDock() const { return m_neighboursDock; }
    LookupPanel *lookupPanel() const { return m_lookup; }
    QDockWidget *lookupDock() const { return m_lookupDock; }
    StepToolBar *stepToolBar() const { return m_stepToolBar; }
    LessonPanel *lessonPanel() const { return m_lesson; }
    QDockWidget *lessonDock() const { return m_lessonDock; }
    //! The status bar's line saying what the product picks.
    QLabel *summaryLabel() const { return m_summary; }
    QuizPanel *quizPanel() const { return m_quiz; }
    QDockWidget *quizDock() const { return m_quizDock; }
    //! The names card once Help → Names in PyTorch and Keras has opened it, else null.
    NamesCard *namesCard() const { return m_namesCard; }

    /*!
     * Full screen, with E stacked above X·E and the text allowed to grow to fill a projector; or
     * back to a window. Unless \a fullScreen, the window keeps its size, as a picture of
     * presenter mode on a screen of that size.
     */
    void setPresenterMode(bool on, bool fullScreen = true);
    //! Opens the panel that --panel names: "lesson", "quiz", "lookup" or "neighbours".
    void showPanel(const QString &name);
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

    //! Which settings restoreSettings() applies: all, or all but the table and index, which the
    //! command line chose.
    enum class RestoredSettings { ViewOnly, TableAndView };

    /*!
     * Writes to QSettings what the next run starts with: the lesson table and index (not a
     * table opened from a file), the zoom, the column convention, the contrast, the panels and
     * the window's place.
     */
    void saveSettings() const;
    //! Applies what saveSettings() wrote; anything missing or out of range is left as it is.
    void restoreSettings(RestoredSettings what);
    //! The language saveSettings() stored, if it is one the program has; otherwise empty.
    static QString rememberedLanguage();
    //! Whether closing the window calls saveSettings(); off, so that tests leave no trace.
    void setRemembersSettings(bool remembers) { m_remembersSettings = remembers; }
    //! Whether restoreSettings() put the window where it was last closed.
    bool hasRestoredGeometry() const { return m_restoredGeometry; }

Q_SIGNALS:
    /*!
     * The user chose another language from View → Language. Texts are made when widgets are,
     * so whoever owns the window applies the language and opens a new window in its place.
     */
    void languageChosen(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;
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
    void createLessonDocks();
    void createLessonActions();
    void showNamesCard();
    void createPresenterActions();
    void createLanguageMenu();
    void zoomIn();
    void settleLayouts();
    void rememberPanelFonts();
    //! Scales \a widget's font with presenter mode and, if \a followsZoom, with the zoom.
    void scaleFont(QWidget *widget, qreal presenterScale, bool followsZoom);
    //! Scales \a widget's font with presenter mode only, as the controls' and dialogs'.
    void scaleInPresenterMode(QWidget *widget);
    void scalePanels();
    void showShortcuts();
    void showHowToUse();
    void showAbout();
    void askToExportView();
    std::optional<double> askForExportScale();
    void createCodeActions();
    //! Edit → Find Label: the find box, with its text selected.
    void focusSearch();
    void copyAsCode(CodeLanguage language);
    void askForTableToOpen();
    void askForSaveFile();
    bool askToRetry(const QString &problem, const QString &question);
    void openExample(const QString &fileName);
    void rememberRecentFile(const QString &path);
    void fillRecentMenu();
    void updateSummary();
    //! Names the product in the toolbar and menus as the convention writes it.
    void updateProductNames();

    EmbeddingSession *m_session;
    QPointer<EmbeddingSession> m_sessionAlive;
    ControlPanel *m_controls = nullptr;
    EmbeddingBoard *m_board = nullptr;
    NeighboursPanel *m_neighbours = nullptr;
    QDockWidget *m_neighboursDock = nullptr;
    LookupPanel *m_lookup = nullptr;
    QDockWidget *m_lookupDock = nullptr;
    StepToolBar *m_stepToolBar = nullptr;
    QMenu *m_stepMenu = nullptr;
    LessonPanel *m_lesson = nullptr;
    QDockWidget *m_lessonDock = nullptr;
    QuizPanel *m_quiz = nullptr;
    QDockWidget *m_quizDock = nullptr;
    OutputConcealer *m_concealer = nullptr;
    NamesCard *m_namesCard = nullptr;
    //! The last refusal to zoom in, cleared from the status bar once the zoom goes down.
    QString m_zoomRefusal;
    bool m_presenterMode = false;
    //! A widget's own font, before the zoom or presenter mode scales it.
    struct ScaledFont
    {
        QFont font;
        //! How much larger presenter mode makes it.
        qreal presenterScale = 1.0;
        //! Whether Ctrl+Plus and Ctrl+Minus scale it, as they scale the board.
        bool followsZoom = true;
    };
    QHash<QWidget *, ScaledFont> m_scaledFonts;
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
    bool m_remembersSettings = false;
    bool m_restoredGeometry = false;
    double m_exportScale = 1;
    std::uint64_t m_memoryLimitBytes = defaultMemoryLimitBytes();
    QTemporaryDir m_examples;
    QFileSystemWatcher m_mappedFileWatcher;
};

} // namespace ev
