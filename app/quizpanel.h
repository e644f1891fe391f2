// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "quizmaker.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace ev {

class EmbeddingSession;

/*!
 * \brief Predict, then reveal: asks which values X·E will hold for an index (or where the 1 in X
 * is for given values), takes an answer by number key, arrow keys or click, and on Enter reveals
 * X·E and says in words whether the answer was right.
 *
 * While a question is open, outputHiddenChanged(true) asks the window to hide X·E.
 */
class QuizPanel : public QWidget
{
    Q_OBJECT

public:
    explicit QuizPanel(EmbeddingSession *session, QWidget *parent = nullptr);

    //! Starts the questions again from \a seed, so that a class, or a test, can repeat them.
    void setSeed(quint32 seed) { m_maker.reseed(seed); }

    bool isActive() const { return m_active; }
    bool isQuestionOpen() const { return m_open; }
    const QuizQuestion &question() const { return m_question; }
    int rightAnswers() const { return m_right; }
    int answered() const { return m_answered; }

    QLabel *questionLabel() const { return m_questionLabel; }
    QLabel *verdictLabel() const { return m_verdict; }
    QList<QRadioButton *> choiceButtons() const { return m_choiceButtons; }
    QPushButton *revealButton() const { return m_reveal; }
    QPushButton *nextButton() const { return m_next; }

    //! As large as the question and its answers, so the dock shows them; the rest scrolls.
    QSize minimumSizeHint() const override;

    //! Quiz mode on, with a first question; or off, with X·E shown again.
    void setActive(bool active);
    void nextQuestion();
    //! Chooses answer \a choice (from 0), as the number key choice + 1 does.
    void choose(int choice);
    //! Shows X·E and marks the chosen answer; asks for one first if none is chosen.
    void reveal();

Q_SIGNALS:
    void outputHiddenChanged(bool hidden);
    void answerRevealed(bool right);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createWidgets();
    void followContrast();
    void showQuestion();
    //! The texts that name X and X·E, which follow the convention.
    void updateTexts();
    QString questionText() const;
    QString promptText() const;
    void markChoices(int chosen);
    QString verdict(int chosen) const;
    void updateScore();

    EmbeddingSession *m_session;
    QuizMaker m_maker;
    QuizQuestion m_question;
    bool m_active = false;
    //! The index before the quiz began, given back when it ends.
    Index m_indexBefore = 0;
    bool m_open = false;
    int m_answered = 0;
    int m_right = 0;
    QWidget *m_content = nullptr;
    QLabel *m_questionLabel = nullptr;
    QVBoxLayout *m_choiceLayout = nullptr;
    QButtonGroup *m_choiceGroup = nullptr;
    QList<QRadioButton *> m_choiceButtons;
    QLabel *m_verdict = nullptr;
    QLabel *m_score = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace ev
