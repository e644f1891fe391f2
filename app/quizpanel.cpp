// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "quizpanel.h"

#include "embeddingsession.h"
#include "productstepper.h"
#include "theme.h"

#include <QApplication>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace ev {

using namespace Qt::StringLiterals;

namespace {
constexpr qreal s_textScale = 1.25;
constexpr int s_ringWidth = 2;
} // namespace

QuizPanel::QuizPanel(EmbeddingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_maker(QRandomGenerator::global()->generate())
{
    // Read from the back of the room, as the board's text is.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * s_textScale);
    setFont(larger);
    createWidgets();
    // A question about a table that is gone would mislead.
    connect(session, &EmbeddingSession::tableReplaced, this, [this] {
        if (m_open)
            nextQuestion();
    });
    connect(session, &EmbeddingSession::conventionChanged, this, &QuizPanel::updateTexts);
}

void QuizPanel::createWidgets()
{
    // In a scroll area, so that a short dock, or a long verdict, never squeezes the answers'
    // lines into each other: the panel scrolls instead.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("quizScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *content = new QWidget(scroll);
    m_content = content;
    content->installEventFilter(this);
    m_questionLabel = new QLabel(content);
    m_questionLabel->setObjectName(QStringLiteral("quizQuestion"));
    m_questionLabel->setWordWrap(true);
    m_questionLabel->setTextFormat(Qt::RichText);
    m_choiceGroup = new QButtonGroup(this);
    m_verdict = new QLabel(content);
    m_verdict->setObjectName(QStringLiteral("quizVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::RichText);
    m_score = new QLabel(content);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_reveal = new QPushButton(tr("Reveal"), content);
    m_reveal->setObjectName(QStringLiteral("quizReveal"));
    updateTexts();
    m_next = new QPushButton(tr("Next Question"), content);
    m_next->setObjectName(QStringLiteral("quizNext"));
    m_next->setToolTip(tr("Ask another question (Enter, once the answer is shown)"));
    connect(m_reveal, &QPushButton::clicked, this, &QuizPanel::reveal);
    connect(m_next, &QPushButton::clicked, this, &QuizPanel::nextQuestion);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_reveal);
    buttons->addWidget(m_next);
    buttons->addStretch(1);
    m_choiceLayout = new QVBoxLayout;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_questionLabel);
    layout->addLayout(m_choiceLayout);
    layout->addLayout(buttons);
    layout->addWidget(m_verdict);
    layout->addWidget(m_score);
    layout->addStretch(1);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    updateScore();
    followContrast();
}

void QuizPanel::followContrast()
{
    // The style draws the answers' circles in shades of the window's colour, which are black on
    // the black of high contrast: a white ring instead, filled yellow once chosen.
    const int side = fontMetrics().height() * 3 / 4;
    const QString sheet = Theme::isHighContrast()
        ? QStringLiteral("QRadioButton::indicator { width: %1px; height: %1px; border: %2px solid "
                         "white; border-radius: %3px; background: black; }"
                         "QRadioButton::indicator:checked { background: yellow; }"
                         // The style's focus frame is black on black too: a yellow frame
                         // instead, and a clear one in the same place while unfocused.
                         "QRadioButton { border: %2px solid transparent; }"
                         "QRadioButton:focus { border-color: yellow; }")
              .arg(side)
              .arg(s_ringWidth)
              .arg(side / 2 + s_ringWidth)
        : QString();
    if (m_content->styleSheet() != sheet)
        m_content->setStyleSheet(sheet);
}

void QuizPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The constructor's larger font comes before the widgets.
    if (m_content
        && (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange))
        followContrast();
}

QSize QuizPanel::minimumSizeHint() const
{
    // With room for the scroll bar that a long verdict brings: without it the answers are wider
    // than the part of the content that shows, and every wrapped line runs past the right edge.
    QSize hint = m_content->minimumSizeHint();
    hint.rwidth() += style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    return hint;
}

void QuizPanel::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        m_indexBefore = m_session->index();
        nextQuestion();
        return;
    }
    m_open = false;
    Q_EMIT outputHiddenChanged(false);
    m_session->setConcealed(EmbeddingSession::Concealed::Nothing);
    // The questions moved the index; the teacher's comes back, if the table still has it.
    if (m_indexBefore < m_session->table().numEmbeddings())
        m_session->setIndex(m_indexBefore);
}

void QuizPanel::nextQuestion()
{
    // Stepping would write X·E out entry by entry; the quiz shows it whole, once answered.
    m_session->stepper()->setActive(false);
    m_question = m_maker.next(m_session->table(), m_session->numberFormat(), m_session->index());
    m_open = true;
    Q_EMIT outputHiddenChanged(true);
    // Asked where X's 1 is, the board must not show the 1 of the question before.
    m_session->setConcealed(m_question.kind == QuizQuestion::Kind::IndexForValues
            ? EmbeddingSession::Concealed::Index
            : EmbeddingSession::Concealed::SelectedRow);
    if (m_question.kind == QuizQuestion::Kind::ValuesForIndex)
        m_session->setIndex(m_question.index);
    showQuestion();
}

QString QuizPanel::questionText() const
{
    const Notation &notation = m_session->notation();
    return m_question.kind == QuizQuestion::Kind::ValuesForIndex
        ? tr("<b>%1 is 0 everywhere except a 1 at index %2.</b> Which values will %3 hold?")
              .arg(notation.oneHot())
              .arg(m_question.index)
              .arg(notation.product())
        : tr("<b>%1 came out as [%2].</b> Where is the 1 in %3?")
              .arg(notation.product(), m_question.values, notation.oneHot());
}

QString QuizPanel::promptText() const
{
    return tr("Choose an answer with the keys 1 to %1 or the arrow keys, then press "
              "Enter to reveal %2.")
        .arg(m_question.choices.size())
        .arg(m_session->notation().product());
}

void QuizPanel::updateTexts()
{
    m_reveal->setToolTip(
        tr("Show %1 and whether the answer is right (Enter)").arg(m_session->notation().product()));
    if (!m_active)
        return;
    m_questionLabel->setText(questionText());
    if (m_open)
        m_verdict->setText(promptText());
    else if (m_choiceGroup->checkedId() >= 0)
        m_verdict->setText(verdict(m_choiceGroup->checkedId()));
}

void QuizPanel::showQuestion()
{
    m_questionLabel->setText(questionText());
    // The keyboard leaves the answers before they go: deleting the focused one while the panel
    // is being shown again has crashed in QWidget::setFocus.
    if (m_content->isAncestorOf(QApplication::focusWidget()))
        m_content->setFocus();
    qDeleteAll(m_choiceButtons);
    m_choiceButtons.clear();
    for (int i = 0; i < m_question.choices.size(); ++i) {
        // The number is the key that chooses it; the & lets Alt+number do the same.
        const QString text = QString(m_question.choices.at(i).text).replace(u'&', u"&&"_s);
        auto *button = new QRadioButton(tr("&%1   %2").arg(i + 1).arg(text), m_content);
        // Set, not inherited: a style sheet in high contrast would give it the default size.
        button->setFont(font());
        button->setObjectName(QStringLiteral("quizChoice%1").arg(i + 1));
        m_choiceGroup->addButton(button, i);
        button->installEventFilter(this);
        m_choiceLayout->addWidget(button);
        button->show();
        m_choiceButtons << button;
    }
    // New answers may need more height than the old.
    updateGeometry();
    m_verdict->setText(promptText());
    m_reveal->setEnabled(true);
    if (!m_choiceButtons.isEmpty())
        m_choiceButtons.constFirst()->setFocus();
}

void QuizPanel::choose(int choice)
{
    if (!m_open || choice < 0 || choice >= m_choiceButtons.size())
        return;
    m_choiceButtons.at(choice)->setChecked(true);
    m_choiceButtons.at(choice)->setFocus();
}

void QuizPanel::reveal()
{
    if (!m_open)
        return;
    const int chosen = m_choiceGroup->checkedId();
    if (chosen < 0) {
        m_verdict->setText(tr("Choose an answer first: press 1 to %1, or use the arrow keys.")
                               .arg(m_choiceButtons.size()));
        return;
    }

    m_open = false;
    // Space, pressed on an answer, steps X·E on behind the cover: reveal it whole.
    m_session->stepper()->setActive(false);
    m_session->setIndex(m_question.index);
    Q_EMIT outputHiddenChanged(false);
    m_session->setConcealed(EmbeddingSession::Concealed::Nothing);
    const bool right = chosen == m_question.answer;
    ++m_answered;
    m_right += right ? 1 : 0;
    markChoices(chosen);
    m_verdict->setText(verdict(chosen));
    updateScore();
    m_reveal->setEnabled(false);
    m_next->setFocus();
    Q_EMIT answerRevealed(right);
}

void QuizPanel::markChoices(int chosen)
{
    // In words as well as by mark, so it reads the same without colour. The answers stay
    // enabled, so greyed text does not fade the verdict on a projector, but take no more input.
    for (int i = 0; i < m_choiceButtons.size(); ++i) {
        QRadioButton *button = m_choiceButtons.at(i);
        if (i == m_question.answer) {
            button->setText(tr("%1\n✔ the right answer").arg(button->text()));
            QFont bold = button->font();
            bold.setBold(true);
            button->setFont(bold);
        } else if (i == chosen) {
            button->setText(tr("%1\n✘ chosen, not right").arg(button->text()));
        }
        button->setAttribute(Qt::WA_TransparentForMouseEvents);
        button->setFocusPolicy(Qt::NoFocus);
    }
}

QString QuizPanel::verdict(int chosen) const
{
    const Index index = m_question.index;
    const Notation &notation = m_session->notation();
    const QString answer = tr("%1 has its 1 at index %2, so %3 is row %2 of E: [%4].")
                               .arg(notation.oneHot())
                               .arg(index)
                               .arg(notation.product(), m_question.values);
    if (chosen == m_question.answer)
        return tr("<b>Right.</b> %1").arg(answer);

    const QuizChoice &choice = m_question.choices.at(chosen);
    QString hint;
    if (choice.source == QuizChoice::Source::Column)
        hint = tr("[%1] is column %2 of E: the product takes a row, not a column.")
                   .arg(choice.values)
                   .arg(choice.number);
    else if (m_question.kind == QuizQuestion::Kind::IndexForValues)
        hint = tr("Index %1 would give row %1: [%2].").arg(choice.number).arg(choice.values);
    else
        hint = tr("[%1] is row %2 of E.").arg(choice.values).arg(choice.number);
    if (choice.source == QuizChoice::Source::Row && std::abs(choice.number - index) == 1)
        hint += u' ' + tr("Rows are counted from 0, as indices are.");
    return tr("<b>Not right.</b> %1 %2").arg(hint, answer);
}

void QuizPanel::updateScore()
{
    m_score->setText(tr("Right so far: %1 of %2").arg(m_right).arg(m_answered));
}

bool QuizPanel::eventFilter(QObject *watched, QEvent *event)
{
    // The scroll area keeps the content's new size to itself: an answer revealed in two lines,
    // or a larger font, must reach the dock, which widens to the answers rather than cutting
    // their lines off.
    if (watched == m_content && event->type() == QEvent::LayoutRequest)
        updateGeometry();
    const int choice = m_choiceButtons.indexOf(qobject_cast<QRadioButton *>(watched));
    if (choice < 0 || !m_open)
        return QWidget::eventFilter(watched, event);
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    // Space is the window's Step Forward: claimed here, it presses the answer as on any button.
    if (plain && event->type() == QEvent::ShortcutOverride && key->key() == Qt::Key_Space) {
        event->accept();
        return true;
    }
    if (!plain || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    // Qt's radio buttons check the next one only once one is checked; the first arrow press
    // after a question would otherwise only move the focus.
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Left:
        choose(std::max(choice - 1, 0));
        return true;
    case Qt::Key_Down:
    case Qt::Key_Right:
        choose(std::min(choice + 1, int(m_choiceButtons.size()) - 1));
        return true;
    default:
        return QWidget::eventFilter(watched, event);
    }
}

void QuizPanel::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && m_open) {
        choose(key - Qt::Key_1);
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        if (m_open)
            reveal();
        else if (m_active)
            nextQuestion();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ev
