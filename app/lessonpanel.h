// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "lessonsteps.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace ev {

class EmbeddingSession;

/*!
 * \brief The guided lesson: one page at a time, with Previous and Next, each page setting the
 * window to what it talks about (the table, the hot index, stepping through X·E, the lookup).
 *
 * The steps and their states are lessonSteps(); the words come from LessonTexts, so another
 * language needs only its folder of pages.
 */
class LessonPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LessonPanel(EmbeddingSession *session, const LessonTexts &texts = LessonTexts(),
        QWidget *parent = nullptr);

    int step() const { return m_step; }
    static int stepCount() { return int(lessonSteps().size()); }

    //! Window-wide actions for the keyboard and the menus: Alt+Left and Alt+Right.
    QAction *previousAction() const { return m_previousAction; }
    QAction *nextAction() const { return m_nextAction; }

    QTextBrowser *textView() const { return m_text; }
    QLabel *counterLabel() const { return m_counter; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }

    //! Shows step \a step (clamped to the lesson) and sets the window to its state.
    void setStep(int step);
    //! Sets the window to the current step's state again, as when the panel is opened.
    void applyStep();
    //! Shows the page of \a step (clamped) and leaves the window as it is: for a panel that
    //! takes over from another one, in another language.
    void turnTo(int step);

Q_SIGNALS:
    void stepChanged(int step);
    //! The step wants the Lookup and Product panel open, or closed.
    void lookupPanelWanted(bool shown);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createWidgets();
    void showPage();
    enum Scroll { FromTheTop, KeepScrolled };
    //! Shows the page with the current index and its values in place of {index}, {row},
    //! {onehot} and {sum0}.
    void fillInPage(Scroll scroll);
    QString fillIn(QString page) const;

    EmbeddingSession *m_session;
    LessonTexts m_texts;
    int m_step = 0;
    //! The index or table changed while the panel was closed: the page is filled in on showing.
    bool m_stale = false;
    QLabel *m_counter = nullptr;
    QTextBrowser *m_text = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
};

} // namespace ev
