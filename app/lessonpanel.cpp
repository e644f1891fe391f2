// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "lessonpanel.h"

#include "columnsum.h"
#include "embeddingsession.h"
#include "logging.h"
#include "productstepper.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ev {

using namespace Qt::StringLiterals;

namespace {
constexpr qreal s_textScale = 1.25;
// More values than this are cut short in the pages' text, which a dock's width must hold.
constexpr Index s_mostValuesWritten = 12;
} // namespace

LessonPanel::LessonPanel(EmbeddingSession *session, const LessonTexts &texts, QWidget *parent)
    : QWidget(parent), m_session(session), m_texts(texts)
{
    // Read from the back of the room, as the board's text is.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * s_textScale);
    setFont(larger);
    createWidgets();
    showPage();
    // The pages quote the index and its row: they follow the class's clicks, not only the step.
    const auto refresh = [this] {
        // Writing out a sum reads a whole column of E, too slow to do on every click of a
        // large table for a panel nobody sees.
        if (isVisibleTo(window()))
            fillInPage(KeepScrolled);
        else
            m_stale = true;
    };
    connect(session, &EmbeddingSession::indexChanged, this, refresh);
    connect(session, &EmbeddingSession::tableReplaced, this, refresh);
    connect(session, &EmbeddingSession::concealedChanged, this, refresh);
}

void LessonPanel::createWidgets()
{
    m_previousAction = new QAction(tr("Pre&vious Lesson Step"), this);
    m_previousAction->setObjectName(QStringLiteral("actionLessonPrevious"));
    m_previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_nextAction = new QAction(tr("&Next Lesson Step"), this);
    m_nextAction->setObjectName(QStringLiteral("actionLessonNext"));
    m_nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_previousAction, &QAction::triggered, this, [this] { setStep(m_step - 1); });
    connect(m_nextAction, &QAction::triggered, this, [this] { setStep(m_step + 1); });

    m_counter = new QLabel(this);
    m_counter->setObjectName(QStringLiteral("lessonCounter"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("lessonText"));
    m_text->setAccessibleName(tr("Lesson text"));
    m_text->setOpenLinks(false);
    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setObjectName(QStringLiteral("lessonPrevious"));
    m_previous->setToolTip(
        tr("The step before (%1)")
            .arg(m_previousAction->shortcut().toString(QKeySequence::NativeText)));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("lessonNext"));
    m_next->setToolTip(
        tr("The next step (%1)").arg(m_nextAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_previous, &QPushButton::clicked, m_previousAction, &QAction::trigger);
    connect(m_next, &QPushButton::clicked, m_nextAction, &QAction::trigger);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addStretch(1);
    buttons->addWidget(m_counter);
    buttons->addStretch(1);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

void LessonPanel::setStep(int step)
{
    step = std::clamp(step, 0, stepCount() - 1);
    const bool moved = step != m_step;
    m_step = step;
    showPage();
    applyStep();
    if (moved)
        Q_EMIT stepChanged(step);
}

void LessonPanel::turnTo(int step)
{
    m_step = std::clamp(step, 0, stepCount() - 1);
    showPage();
}

void LessonPanel::applyStep()
{
    const LessonStep &step = lessonSteps().at(m_step);
    qCDebug(lcAppSession) << "lesson step" << step.page;
    // A table from a file gives way to the lesson's generated one.
    if (m_session->spec() != step.spec || m_session->isLoaded())
        m_session->setSpec(step.spec);
    m_session->setIndex(step.index);
    ProductStepper *stepper = m_session->stepper();
    stepper->setActive(step.stepThrough);
    if (step.stepThrough)
        stepper->restart();
    Q_EMIT lookupPanelWanted(step.showLookup);
}

QString LessonPanel::fillIn(QString page) const
{
    // A quiz question asks for what the page would quote: the row, or where the 1 is.
    if (m_session->isSelectedRowHidden()) {
        const QString hidden = tr("(hidden while a quiz question is open)");
        const QString index
            = m_session->isIndexHidden() ? hidden : QString::number(m_session->index());
        return page.replace(u"{index}"_s, index)
            .replace(u"{row}"_s, hidden)
            .replace(u"{onehot}"_s, hidden)
            .replace(u"{sum0}"_s, hidden);
    }
    const Index index = m_session->index();
    const EmbeddingTable &table = m_session->table();
    const NumberFormat format = m_session->numberFormat();
    const Index columns = std::min(table.embeddingDimensions(), s_mostValuesWritten);
    const Eigen::RowVectorXd row = table.row(index);
    QStringList values;
    for (Index column = 0; column < columns; ++column)
        values << format.format(row(column));
    if (columns < table.embeddingDimensions())
        values << QStringLiteral("&hellip;");

    const Index rows = table.numEmbeddings();
    QStringList oneHot;
    if (rows <= s_mostValuesWritten) {
        for (Index k = 0; k < rows; ++k)
            oneHot << (k == index ? u"1"_s : u"0"_s);
    } else {
        // Where the 1 is matters; the run of zeros around it is the same at any length.
        oneHot << (index > 0 ? u"0 &hellip; 0 1"_s : u"1"_s)
               << (index < rows - 1 ? u"0 &hellip; 0"_s : QString());
    }
    const QString sum = page.contains(u"{sum0}"_s) && table.embeddingDimensions() > 0
        ? writeOutColumn(m_session->oneHot(), table, 0).text(format).toHtmlEscaped()
        : QString();
    return page.replace(u"{index}"_s, QString::number(index))
        .replace(u"{row}"_s, values.join(u' '))
        .replace(u"{onehot}"_s, oneHot.join(u' ').trimmed())
        .replace(u"{sum0}"_s, sum);
}

void LessonPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        fillInPage(KeepScrolled);
}

void LessonPanel::fillInPage(Scroll scroll)
{
    m_stale = false;
    QScrollBar *bar = m_text->verticalScrollBar();
    const int scrolled = bar->value();
    m_text->setHtml(fillIn(m_texts.page(lessonSteps().at(m_step).page)));
    // A page turned to opens at its top, whatever the page before was scrolled to.
    bar->setValue(scroll == KeepScrolled ? scrolled : 0);
}

void LessonPanel::showPage()
{
    fillInPage(FromTheTop);
    m_counter->setText(tr("Step %1 of %2").arg(m_step + 1).arg(stepCount()));
    m_previousAction->setEnabled(m_step > 0);
    m_nextAction->setEnabled(m_step < stepCount() - 1);
    m_previous->setEnabled(m_previousAction->isEnabled());
    m_next->setEnabled(m_nextAction->isEnabled());
}

} // namespace ev
