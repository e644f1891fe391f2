// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "controlpanel.h"
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "lessonpanel.h"
#include "lookuppanel.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "modelroles.h"
#include "namescard.h"
#include "productstepper.h"
#include "quizpanel.h"
#include "steptoolbar.h"
#include "theme.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

#include <memory>

using namespace ev;
using namespace Qt::StringLiterals;

namespace {

QStringList displayedRow(const QAbstractItemView *view, int row = 0)
{
    QStringList texts;
    for (int column = 0; column < view->model()->columnCount(); ++column)
        texts << view->model()->index(row, column).data().toString();
    return texts;
}

QStringList numbers(int first, int count)
{
    QStringList texts;
    for (int i = 0; i < count; ++i)
        texts << QString::number(first + i);
    return texts;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

} // namespace

class TestLesson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lessonStepsSetTheirState_data();
    void lessonStepsSetTheirState();
    void previousAndNextByKeysAndButtons();
    void openingTheLessonAppliesItsStep();
    void steppingShowsNoEntryBeforeItsStep();
    void englishTextsLoadForEachStep();
    void aLanguageFolderIsChosenByLocale();
    void lessonActionsAreListedAsShortcuts();
    void quizHidesTheOutputUntilRevealed();
    void aRightAnswerIsMarkedRight();
    void aWrongAnswerIsMarkedWrong();
    void arrowKeysChooseAndEnterMovesOn();
    void arrowKeysChooseWithoutANumberFirst();
    void spaceOnAnAnswerChoosesItAndNeverSteps();
    void revealWithoutAnAnswerAsksForOne();
    void revealedAnswersKeepTheirHeight();
    void askingForTheIndexGivesValuesAndHidesTheAnswer();
    void anIndexQuestionShowsNoStaleIndex();
    void nextQuestionIsNeverTheSame();
    void quizTurnsOffAndOnByKeys();
    void aSeedRepeatsTheQuestions();
    void theOutputStaysHiddenWhenTheConventionChanges();
    void textsFollowTheColumnConvention();
    void lessonTextFollowsTheIndex();
    void aClosedLessonCatchesUpWhenOpened();
    void aTurnedPageOpensAtItsTop();
    void theLastPageShowsItsTryBesideTheLookupPanel();
    void namesCardShowsTheCurrentSizes();

private:
    void openQuiz(quint32 seed);
    void nextQuestionOfKind(QuizQuestion::Kind kind);
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void checkOutputHidden();
    QImage outputCellPicture(int column) const;
    int arrowPixels() const;

    std::unique_ptr<EmbeddingSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    MatrixView *m_productView = nullptr;
};

void TestLesson::init()
{
    m_session = std::make_unique<EmbeddingSession>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->resize(1600, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    m_productView = m_window->board()->productView();
}

void TestLesson::cleanup()
{
    m_window.reset();
    m_session.reset();
}

void TestLesson::pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    QTest::keyClick(target, key, modifiers);
}

void TestLesson::lessonStepsSetTheirState_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("numEmbeddings");
    QTest::addColumn<int>("embeddingDimensions");
    QTest::addColumn<bool>("random");
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("stepping");
    QTest::addColumn<bool>("lookupShown");
    QTest::addColumn<QStringList>("output");
    QTest::addColumn<QString>("heading");

    QTest::newRow("1-table-10x10-from-1") << 1 << 10 << 10 << false << 0 << false << false
                                          << numbers(1, 10) << u"The embedding table E"_s;
    QTest::newRow("2-one-hot-index-3") << 2 << 10 << 10 << false << 3 << false << false
                                       << numbers(31, 10) << u"The one-hot vector X"_s;
    // Stepping from no columns: every entry of X·E waits for its step.
    QTest::newRow("3-product-steps-through") << 3 << 10 << 10 << false << 3 << true << false
                                             << QStringList(10, QString()) << u"The product"_s;
    QTest::newRow("4-lookup-10x3-index-2")
        << 4 << 10 << 3 << false << 2 << false << true << numbers(7, 3) << u"The lookup"_s;
    QTest::newRow("5-random-seed-42")
        << 5 << 10 << 3 << true << 2 << false << true
        << QStringList {u"-1.492"_s, u"-0.724"_s, u"-0.309"_s} << u"Simple against random"_s;
}

void TestLesson::lessonStepsSetTheirState()
{
    QFETCH(int, step);
    QFETCH(int, numEmbeddings);
    QFETCH(int, embeddingDimensions);
    QFETCH(bool, random);
    QFETCH(int, index);
    QFETCH(bool, stepping);
    QFETCH(bool, lookupShown);
    QFETCH(QStringList, output);
    QFETCH(QString, heading);
    // Start away from every step's state, so that each must set it.
    QVERIFY(m_session->setSpec({7, 5, TableKind::Random, 9}));
    QVERIFY(m_session->setIndex(6));

    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->lessonDock()->isVisible());
    for (int i = 1; i < step; ++i)
        pressKey(Qt::Key_Right, Qt::AltModifier);

    LessonPanel *lesson = m_window->lessonPanel();
    QCOMPARE(lesson->step(), step - 1);
    QCOMPARE(lesson->counterLabel()->text(), u"Step %1 of 5"_s.arg(step));
    QVERIFY2(lesson->textView()->toPlainText().contains(heading),
        qPrintable(lesson->textView()->toPlainText().left(80)));
    const TableSpec expected {numEmbeddings, embeddingDimensions,
        random ? TableKind::Random : TableKind::Simple, random ? 42u : 0u};
    QCOMPARE(m_session->spec(), expected);
    QCOMPARE(m_session->index(), index);
    QCOMPARE(m_session->stepper()->isActive(), stepping);
    QCOMPARE(m_session->stepper()->landedColumns(), 0);
    QCOMPARE(m_window->lookupDock()->isVisible(), lookupShown);
    QCOMPARE(displayedRow(m_productView), output);
}

void TestLesson::previousAndNextByKeysAndButtons()
{
    m_window->lessonDock()->toggleViewAction()->trigger();
    LessonPanel *lesson = m_window->lessonPanel();
    QCOMPARE(lesson->step(), 0);
    QVERIFY(!lesson->previousButton()->isEnabled());

    // Before the first step there is none: Alt+Left stays.
    pressKey(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(lesson->step(), 0);
    QTest::mouseClick(lesson->nextButton(), Qt::LeftButton);
    QCOMPARE(lesson->step(), 1);
    QCOMPARE(m_session->index(), 3);
    // From inside the lesson's own text too, where Alt+arrows could mean the browser's history.
    lesson->textView()->setFocus();
    QTest::keyClick(lesson->textView(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(lesson->step(), 2);
    QVERIFY(m_session->stepper()->isActive());
    // The page says "press Space for the next step": it must work from the page as well.
    QTest::keyClick(lesson->textView(), Qt::Key_Space);
    QCOMPARE(m_session->stepper()->landedColumns(), 1);
    QCOMPARE(m_productView->model()->index(0, 0).data().toString(), u"31"_s);
    QTest::keyClick(lesson->textView(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(lesson->step(), 1);
    QVERIFY(!m_session->stepper()->isActive());

    for (int i = 0; i < 6; ++i)
        QTest::mouseClick(lesson->nextButton(), Qt::LeftButton);
    QCOMPARE(lesson->step(), 4);
    QVERIFY(!lesson->nextButton()->isEnabled());
    QTest::mouseClick(lesson->previousButton(), Qt::LeftButton);
    QCOMPARE(lesson->step(), 3);
    QCOMPARE(m_session->spec().kind, TableKind::Simple);
    QCOMPARE(displayedRow(m_productView), numbers(7, 3));
}

void TestLesson::openingTheLessonAppliesItsStep()
{
    m_window->lessonDock()->toggleViewAction()->trigger();
    m_window->lessonPanel()->setStep(3);
    m_window->lessonDock()->toggleViewAction()->trigger();
    QVERIFY(!m_window->lessonDock()->isVisible());
    QVERIFY(m_session->setSpec({20, 4, TableKind::Simple, 0}));

    m_window->lessonDock()->toggleViewAction()->trigger();
    QVERIFY(m_window->lessonDock()->isVisible());
    QCOMPARE(m_session->spec(), (TableSpec {10, 3, TableKind::Simple, 0}));
    QCOMPARE(m_session->index(), 2);
}

void TestLesson::steppingShowsNoEntryBeforeItsStep()
{
    // The lesson's product page: index 3, X·E stepped through from no entries.
    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    pressKey(Qt::Key_Right, Qt::AltModifier);
    pressKey(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(m_window->lessonPanel()->step(), 2);
    QVERIFY(m_session->stepper()->isActive());
    pressKey(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->lookupDock()->isVisible());
    const LookupPanel *lookup = m_window->lookupPanel();
    const MatrixView *compared = lookup->comparisonView();
    const auto *summary = m_window->findChild<QLabel *>(u"summary"_s);
    QVERIFY(summary);

    for (int landed = 0; landed <= 10; ++landed) {
        QCOMPARE(m_session->stepper()->landedColumns(), landed);
        QStringList product = displayedRow(compared, LookupComparisonModel::ProductRow);
        QCOMPARE(product.mid(0, landed), numbers(31, landed));
        QCOMPARE(product.mid(landed), QStringList(10 - landed, QString()));
        // The lookup row is E's row 3, which the board shows too.
        QCOMPARE(displayedRow(compared, LookupComparisonModel::LookupRow), numbers(31, 10));
        const QString texts = QStringList {lookup->equalityLabel()->text(), summary->text(),
            m_window->lessonPanel()->textView()->toPlainText()}
                                  .join(u'\n');
        if (landed < 10) {
            // The worked example on the page sums entry 0; no later entry is given away.
            for (int column = std::max(landed, 1); column < 10; ++column)
                QVERIFY2(!texts.contains(QRegularExpression(u"\\b%1\\b"_s.arg(31 + column))),
                    qPrintable(u"%1 after %2 steps: %3"_s.arg(31 + column).arg(landed).arg(texts)));
            QCOMPARE(
                summary->text(), u"Computing X·E step by step: %1 of 10 entries"_s.arg(landed));
            QVERIFY2(
                lookup->equalityLabel()->text().contains(u"%1 of its 10 entries"_s.arg(landed)),
                qPrintable(lookup->equalityLabel()->text()));
        } else {
            QVERIFY2(summary->text().contains(u"picks row 3"_s), qPrintable(summary->text()));
            QVERIFY2(lookup->equalityLabel()->text().startsWith(u"<b>Equal:</b>"_s),
                qPrintable(lookup->equalityLabel()->text()));
        }
        if (landed == 3 && qEnvironmentVariableIsSet("EV_SAVE_GRABS")) {
            QApplication::processEvents();
            m_window->grab().save(u"stepping-3.png"_s);
        }
        pressKey(Qt::Key_Space);
    }
}

void TestLesson::englishTextsLoadForEachStep()
{
    const LessonTexts texts(QLocale(QLocale::English));
    QCOMPARE(texts.language(), u"en"_s);
    const QStringList headings {u"<h2>1. The embedding table E</h2>"_s,
        u"<h2>2. The one-hot vector X</h2>"_s, u"<h2>3. The product X&middot;E</h2>"_s,
        u"<h2>4. Do we need X at all? The lookup</h2>"_s,
        u"<h2>5. Simple against random tables</h2>"_s};
    QCOMPARE(lessonSteps().size(), headings.size());
    for (qsizetype i = 0; i < headings.size(); ++i)
        QVERIFY2(texts.page(lessonSteps().at(i).page).contains(headings.at(i)),
            qPrintable(lessonSteps().at(i).page));
    // The pages quote the seed's numbers for the state their step sets.
    // The index and its numbers are filled in by the panel, for the index on screen.
    QVERIFY(texts.page(u"one-hot"_s).contains(u"row {index}, holding\n{row}"_s));
    QVERIFY(texts.page(u"lookup"_s).contains(u"<b>{row}</b>"_s));
    QVERIFY(texts.page(u"simple-random"_s).contains(u"seed 42"_s));
    QVERIFY(texts.page(u"no-such-page"_s).isEmpty());
}

void TestLesson::aLanguageFolderIsChosenByLocale()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(u"en"_s) && QDir(root.path()).mkpath(u"de"_s));
    QVERIFY(writeFile(root.filePath(u"en/table.html"_s), "<h2>The table</h2>"));
    QVERIFY(writeFile(root.filePath(u"en/product.html"_s), "<h2>The product</h2>"));
    QVERIFY(writeFile(root.filePath(u"de/table.html"_s), "<h2>Die Tabelle</h2>"));

    const LessonTexts german(QLocale(QLocale::German, QLocale::Germany), root.path());
    QCOMPARE(german.language(), u"de"_s);
    QCOMPARE(german.page(u"table"_s), u"<h2>Die Tabelle</h2>"_s);
    // A page the German folder lacks comes in English rather than not at all.
    QCOMPARE(german.page(u"product"_s), u"<h2>The product</h2>"_s);

    const LessonTexts french(QLocale(QLocale::French, QLocale::France), root.path());
    QCOMPARE(french.language(), u"en"_s);
    QCOMPARE(french.page(u"table"_s), u"<h2>The table</h2>"_s);
}

void TestLesson::lessonActionsAreListedAsShortcuts()
{
    QStringList listed;
    for (const QAction *action : m_window->actionsWithShortcuts())
        listed << action->objectName();
    for (const QString &name :
        {u"actionLessonPanel"_s, u"actionLessonPrevious"_s, u"actionLessonNext"_s, u"actionQuiz"_s})
        QVERIFY2(listed.contains(name), qPrintable(name));
}

void TestLesson::openQuiz(quint32 seed)
{
    m_window->quizPanel()->setSeed(seed);
    pressKey(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->quizDock()->isVisible());
    QVERIFY(m_window->quizPanel()->isQuestionOpen());
}

void TestLesson::nextQuestionOfKind(QuizQuestion::Kind kind)
{
    QuizPanel *quiz = m_window->quizPanel();
    for (int i = 0; i < 20 && quiz->question().kind != kind; ++i)
        quiz->nextQuestion();
    QCOMPARE(quiz->question().kind, kind);
}

void TestLesson::checkOutputHidden()
{
    const QAbstractItemModel *model = m_productView->model();
    for (int column = 0; column < model->columnCount(); ++column) {
        const QModelIndex cell = model->index(0, column);
        QCOMPARE(cell.data().toString(), u"?"_s);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"Hidden until the answer is revealed"_s);
        QCOMPARE(
            cell.data(Qt::AccessibleTextRole).toString(), u"Hidden until the answer is revealed"_s);
        QVERIFY(!cell.data(ValueRole).isValid());
    }
    QVERIFY(!m_window->board()->workingLabel()->isVisible());
    QVERIFY(!m_window->board()->findChild<QLabel *>(u"explanation"_s)->isVisible());
    QVERIFY(!m_window->lookupDock()->isVisible());
    QVERIFY(!m_window->lookupDock()->toggleViewAction()->isEnabled());
    QCOMPARE(m_productView->accessibleDescription(),
        u"The output is hidden until the answer is revealed."_s);
}

QImage TestLesson::outputCellPicture(int column) const
{
    const QImage grab = m_productView->grab().toImage();
    const QRect cell = m_productView->visualRect(m_productView->model()->index(0, column));
    const QRect inView = cell.translated(m_productView->viewport()->pos());
    return grab.copy(
        QRect(inView.topLeft() * grab.devicePixelRatio(), inView.size() * grab.devicePixelRatio()));
}

void TestLesson::quizHidesTheOutputUntilRevealed()
{
    m_window->lookupDock()->show();
    openQuiz(1);
    nextQuestionOfKind(QuizQuestion::Kind::ValuesForIndex);
    QuizPanel *quiz = m_window->quizPanel();
    const int index = int(quiz->question().index);
    QCOMPARE(m_session->index(), index);
    checkOutputHidden();
    // Nor does E mark the row to read the answer from, or an arrow point at it; X keeps its 1.
    MatrixView *table = m_window->board()->tableView();
    for (int row = 0; row < 10; ++row)
        QVERIFY(!table->model()->index(row, 0).data(HighlightRole).toBool());
    QCOMPARE(arrowPixels(), 0);
    QVERIFY(m_window->board()->oneHotView()->model()->index(0, index).data(HighlightRole).toBool());
    QCOMPARE(m_window->summaryLabel()->text(), u"X·E stays hidden until the answer is revealed"_s);
    // Even a student's click on X, which moves the index, reveals nothing.
    MatrixView *oneHot = m_window->board()->oneHotView();
    const int other = (index + 5) % 10;
    QTest::mouseClick(oneHot->viewport(), Qt::LeftButton, {},
        oneHot->visualRect(oneHot->model()->index(0, other)).center());
    QCOMPARE(m_session->index(), other);
    checkOutputHidden();
    // The picture too: two cells inside the row, 3x and 8x once shown, look alike.
    QCOMPARE(outputCellPicture(2), outputCellPicture(7));

    // The click put the keyboard in X, where digits choose an index; back to the quiz.
    QTest::mouseClick(quiz->choiceButtons().constFirst(), Qt::LeftButton);
    pressKey(Qt::Key_Return);
    QVERIFY(!quiz->isQuestionOpen());
    QCOMPARE(m_session->index(), index);
    QCOMPARE(displayedRow(m_productView), numbers(10 * index + 1, 10));
    QCOMPARE(m_productView->model()->index(0, 0).data(ValueRole).toDouble(), 10.0 * index + 1);
    QVERIFY(table->model()->index(index, 0).data(HighlightRole).toBool());
    QVERIFY(arrowPixels() > 0);
    QVERIFY(m_window->summaryLabel()->text().startsWith(u"X·E = E[%1]"_s.arg(index)));
    QVERIFY(outputCellPicture(2) != outputCellPicture(7));
    QVERIFY(m_window->board()->workingLabel()->isVisible());
    QVERIFY(m_window->lookupDock()->isVisible());
    QVERIFY(m_productView->accessibleDescription().startsWith(
        u"Output values: %1, "_s.arg(10 * index + 1)));

    // Quiz mode off keeps it shown, and the board's selection still drives the working line.
    pressKey(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->quizDock()->isVisible());
    m_productView->setFocus();
    m_productView->setCurrentIndex(m_productView->model()->index(0, 4));
    QVERIFY2(m_window->board()->workingLabel()->text().contains(u"(X·E)[4]"_s),
        qPrintable(m_window->board()->workingLabel()->text()));
}

void TestLesson::aRightAnswerIsMarkedRight()
{
    openQuiz(7);
    nextQuestionOfKind(QuizQuestion::Kind::ValuesForIndex);
    QuizPanel *quiz = m_window->quizPanel();
    const QuizQuestion question = quiz->question();
    const int index = int(question.index);
    // On the simple 10×10 table row i starts at 10·i + 1.
    QCOMPARE(question.choices.at(question.answer).text,
        u"%1, %2, %3, %4, %5, %6, …"_s.arg(10 * index + 1)
            .arg(10 * index + 2)
            .arg(10 * index + 3)
            .arg(10 * index + 4)
            .arg(10 * index + 5)
            .arg(10 * index + 6));

    pressKey(Qt::Key(Qt::Key_1 + question.answer));
    QVERIFY(quiz->choiceButtons().at(question.answer)->isChecked());
    // Space is the window's "compute the next column": the reveal still shows all of X·E.
    pressKey(Qt::Key_Space);
    pressKey(Qt::Key_Enter);
    QCOMPARE(displayedRow(m_productView), numbers(10 * index + 1, 10));
    QVERIFY2(quiz->verdictLabel()->text().startsWith(u"<b>Right.</b>"_s),
        qPrintable(quiz->verdictLabel()->text()));
    QVERIFY(quiz->choiceButtons().at(question.answer)->text().contains(u"the right answer"_s));
    QCOMPARE(quiz->rightAnswers(), 1);
    QCOMPARE(quiz->answered(), 1);
}

void TestLesson::aWrongAnswerIsMarkedWrong()
{
    openQuiz(7);
    nextQuestionOfKind(QuizQuestion::Kind::ValuesForIndex);
    QuizPanel *quiz = m_window->quizPanel();
    const QuizQuestion question = quiz->question();
    const int wrong = (question.answer + 1) % int(question.choices.size());

    QTest::mouseClick(quiz->choiceButtons().at(wrong), Qt::LeftButton);
    QTest::mouseClick(quiz->revealButton(), Qt::LeftButton);
    QVERIFY2(quiz->verdictLabel()->text().startsWith(u"<b>Not right.</b>"_s),
        qPrintable(quiz->verdictLabel()->text()));
    QVERIFY(quiz->verdictLabel()->text().contains(
        u"X has its 1 at index %1, so X·E is row %1 of E"_s.arg(question.index)));
    // It says what the wrong answer was: the values of another row or of a column.
    QVERIFY(quiz->verdictLabel()->text().contains(
        u"[%1] is "_s.arg(question.choices.at(wrong).values)));
    QVERIFY(quiz->choiceButtons().at(wrong)->text().contains(u"chosen, not right"_s));
    QVERIFY(quiz->choiceButtons().at(question.answer)->text().contains(u"the right answer"_s));
    QCOMPARE(quiz->rightAnswers(), 0);
    QCOMPARE(quiz->answered(), 1);
    QCOMPARE(displayedRow(m_productView), numbers(10 * int(question.index) + 1, 10));
}

void TestLesson::arrowKeysChooseAndEnterMovesOn()
{
    openQuiz(3);
    QuizPanel *quiz = m_window->quizPanel();
    QVERIFY(quiz->choiceButtons().constFirst()->hasFocus());
    pressKey(Qt::Key_1);
    pressKey(Qt::Key_Down);
    QVERIFY(quiz->choiceButtons().at(1)->isChecked());
    pressKey(Qt::Key_Return);
    QVERIFY(!quiz->isQuestionOpen());
    QCOMPARE(quiz->answered(), 1);
    QCOMPARE(quiz->rightAnswers(), quiz->question().answer == 1 ? 1 : 0);

    // Enter again asks the next question, with the output hidden again.
    const QuizQuestion before = quiz->question();
    pressKey(Qt::Key_Return);
    QVERIFY(quiz->isQuestionOpen());
    QVERIFY(quiz->question().kind != before.kind || quiz->question().index != before.index);
    checkOutputHidden();
}

void TestLesson::arrowKeysChooseWithoutANumberFirst()
{
    openQuiz(3);
    QuizPanel *quiz = m_window->quizPanel();
    const QList<QRadioButton *> choices = quiz->choiceButtons();
    QVERIFY(choices.constFirst()->hasFocus());
    QVERIFY(!choices.constFirst()->isChecked());
    // As in any radio group, an arrow moves the choice, not only the focus.
    pressKey(Qt::Key_Down);
    QVERIFY(choices.at(1)->isChecked());
    QVERIFY(choices.at(1)->hasFocus());
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down);
    QVERIFY(choices.at(3)->isChecked());
    pressKey(Qt::Key_Up);
    QVERIFY(choices.at(2)->isChecked());
    QVERIFY(!choices.at(3)->isChecked());
    pressKey(Qt::Key_Return);
    QVERIFY(!quiz->isQuestionOpen());
    QVERIFY(quiz->verdictLabel()->text().contains(u"X has its 1 at index"_s));

    // Up on the first answer of a new question chooses it, rather than nothing.
    pressKey(Qt::Key_Return);
    QVERIFY(quiz->choiceButtons().constFirst()->hasFocus());
    pressKey(Qt::Key_Up);
    QVERIFY(quiz->choiceButtons().constFirst()->isChecked());
}

void TestLesson::spaceOnAnAnswerChoosesItAndNeverSteps()
{
    openQuiz(6);
    QuizPanel *quiz = m_window->quizPanel();
    QAction *stepForward = m_window->findChild<QAction *>(u"actionStepForward"_s);
    QVERIFY(stepForward);
    QVERIFY(quiz->choiceButtons().constFirst()->hasFocus());
    pressKey(Qt::Key_Space);
    QVERIFY(quiz->choiceButtons().constFirst()->isChecked());
    QVERIFY(!m_session->stepper()->isActive());
    quiz->choiceButtons().at(2)->setFocus();
    pressKey(Qt::Key_Space);
    QVERIFY(quiz->choiceButtons().at(2)->isChecked());
    QVERIFY(!m_session->stepper()->isActive());

    // Elsewhere in the window too, Space does not step while X·E is hidden.
    QVERIFY(!stepForward->isEnabled());
    m_window->board()->tableView()->setFocus();
    pressKey(Qt::Key_Space);
    QVERIFY(!m_session->stepper()->isActive());
    checkOutputHidden();

    quiz->choiceButtons().at(2)->setFocus();
    pressKey(Qt::Key_Return);
    QVERIFY(!quiz->isQuestionOpen());
    QVERIFY(stepForward->isEnabled());
    m_window->board()->tableView()->setFocus();
    pressKey(Qt::Key_Space);
    QCOMPARE(m_session->stepper()->landedColumns(), 1);
}

void TestLesson::revealedAnswersKeepTheirHeight()
{
    // The lesson beside the quiz halves its height; the verdict then needs more of it.
    m_window->lessonDock()->show();
    m_window->resize(1200, 600);
    QuizPanel *quiz = m_window->quizPanel();
    for (const qreal scale : {1.0, 1.6}) {
        QFont font = quiz->font();
        font.setPointSizeF(font.pointSizeF() * scale);
        quiz->setFont(font);
        if (!quiz->isActive())
            openQuiz(8);
        else
            pressKey(Qt::Key_Return);
        pressKey(Qt::Key_2);
        pressKey(Qt::Key_Return);
        QVERIFY(!quiz->isQuestionOpen());
        QApplication::processEvents();
        for (QRadioButton *choice : quiz->choiceButtons()) {
            const QString what = u"%1 at %2×: %3 for %4"_s.arg(choice->text())
                                     .arg(scale)
                                     .arg(choice->height())
                                     .arg(choice->sizeHint().height());
            QVERIFY2(choice->height() >= choice->sizeHint().height(), qPrintable(what));
            QVERIFY2(choice->width() >= choice->sizeHint().width(), qPrintable(what));
        }
        QVERIFY(quiz->choiceButtons().at(1)->text().contains(u"\n"_s));
        quiz->grab().save(u"/tmp/quiz-revealed-%1.png"_s.arg(scale));
    }
}

void TestLesson::revealWithoutAnAnswerAsksForOne()
{
    openQuiz(5);
    QuizPanel *quiz = m_window->quizPanel();
    pressKey(Qt::Key_Return);
    QVERIFY(quiz->isQuestionOpen());
    QVERIFY2(quiz->verdictLabel()->text().startsWith(u"Choose an answer first"_s),
        qPrintable(quiz->verdictLabel()->text()));
    QCOMPARE(quiz->answered(), 0);
    checkOutputHidden();
}

void TestLesson::askingForTheIndexGivesValuesAndHidesTheAnswer()
{
    QVERIFY(m_session->setSpec({10, 3, TableKind::Simple, 0}));
    openQuiz(11);
    nextQuestionOfKind(QuizQuestion::Kind::IndexForValues);
    QuizPanel *quiz = m_window->quizPanel();
    const QuizQuestion question = quiz->question();
    const int index = int(question.index);
    // Row i of the 10×3 table is 3i+1, 3i+2, 3i+3: the notebook's index 2 gives 7 8 9.
    QCOMPARE(
        question.values, u"%1, %2, %3"_s.arg(3 * index + 1).arg(3 * index + 2).arg(3 * index + 3));
    QVERIFY(quiz->questionLabel()->text().contains(question.values));
    QCOMPARE(question.choices.at(question.answer).text, u"index %1"_s.arg(index));
    // X must not point at the answer while the question is open.
    QVERIFY(m_session->index() != index);
    checkOutputHidden();

    pressKey(Qt::Key(Qt::Key_1 + question.answer));
    pressKey(Qt::Key_Return);
    QVERIFY(quiz->verdictLabel()->text().startsWith(u"<b>Right.</b>"_s));
    QCOMPARE(m_session->index(), index);
    QCOMPARE(displayedRow(m_productView), numbers(3 * index + 1, 3));
}

int TestLesson::arrowPixels() const
{
    // The arrow from X's 1 to its row crosses the gap between the two views.
    EmbeddingBoard *board = m_window->board();
    const QImage grab = board->grab().toImage();
    const qreal scale = grab.devicePixelRatio();
    const int left = board->oneHotView()->geometry().right() + 1;
    const int right = board->tableView()->geometry().left() - 1;
    const QColor connector = Theme::current().connector;
    int count = 0;
    for (int y = 0; y < int(grab.height()); ++y)
        for (int x = int(left * scale); x < int(right * scale); ++x)
            count += grab.pixelColor(x, y) == connector ? 1 : 0;
    return count;
}

void TestLesson::quizTurnsOffAndOnByKeys()
{
    // A student's keys between a teacher's: the quiz goes off and on with an answer chosen, and
    // digits typed while it is off. A new question follows each time, with an answer focused.
    QVERIFY(m_session->setIndex(6));
    openQuiz(5);
    QuizPanel *quiz = m_window->quizPanel();
    for (int round = 0; round < 3; ++round) {
        pressKey(Qt::Key_1);
        QVERIFY(quiz->choiceButtons().constFirst()->isChecked());
        pressKey(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->quizDock()->isVisible());
        QVERIFY(!quiz->isQuestionOpen());
        // Closing the quiz gives the board back as the class left it.
        QCOMPARE(m_session->index(), 6);
        QCOMPARE(m_session->concealed(), EmbeddingSession::Concealed::Nothing);
        pressKey(Qt::Key_3);
        QCOMPARE(m_session->index(), 3);
        QVERIFY(m_session->setIndex(6));
        pressKey(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(quiz->isQuestionOpen());
        QVERIFY(quiz->choiceButtons().constFirst()->hasFocus());
    }
}

void TestLesson::anIndexQuestionShowsNoStaleIndex()
{
    // The lesson open beside the quiz, on the page that quotes the index and its row.
    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    pressKey(Qt::Key_Right, Qt::AltModifier);
    QVERIFY(m_session->setSpec({10, 3, TableKind::Simple, 0}));
    QVERIFY(m_session->setIndex(4));
    QVERIFY(arrowPixels() > 0);
    const QTextBrowser *page = m_window->lessonPanel()->textView();
    QVERIFY(page->toPlainText().contains(u"row 4, holding 13 14 15"_s));
    openQuiz(11);
    nextQuestionOfKind(QuizQuestion::Kind::IndexForValues);
    QuizPanel *quiz = m_window->quizPanel();
    const int answer = int(quiz->question().index);
    QVERIFY(m_session->index() != answer);

    // X keeps every entry alike, E marks no row, and no arrow points from the index before.
    MatrixView *oneHot = m_window->board()->oneHotView();
    MatrixView *table = m_window->board()->tableView();
    QCOMPARE(displayedRow(oneHot), QStringList(10, u"?"_s));
    for (int i = 0; i < 10; ++i) {
        QVERIFY(!oneHot->model()->index(0, i).data(HighlightRole).toBool());
        QVERIFY(!oneHot->model()->index(0, i).data(ValueRole).isValid());
        QVERIFY(!oneHot->model()->headerData(i, Qt::Horizontal, Qt::FontRole).isValid());
        QVERIFY(!table->model()->index(i, 0).data(HighlightRole).toBool());
        QVERIFY(!table->model()->headerData(i, Qt::Vertical, Qt::FontRole).isValid());
    }
    const QColor fill = Theme::current().highlightFill;
    for (MatrixView *view : {oneHot, table}) {
        const QImage grab = view->grab().toImage();
        for (int y = 0; y < grab.height(); ++y)
            for (int x = 0; x < grab.width(); ++x)
                QVERIFY2(grab.pixelColor(x, y) != fill, qPrintable(view->objectName()));
    }
    QCOMPARE(arrowPixels(), 0);
    if (qEnvironmentVariableIsSet("EV_SAVE_GRABS")) {
        QApplication::processEvents();
        m_window->grab().save(u"index-question.png"_s);
    }
    QVERIFY(!m_window->controls()->indexBox()->isVisible());
    // Nor does the lesson's page quote the index before, or any row.
    QVERIFY2(!page->toPlainText().contains(u"index 4"_s), qPrintable(page->toPlainText()));
    QVERIFY(!page->toPlainText().contains(u"13 14 15"_s));
    QVERIFY(page->toPlainText().contains(u"(hidden while a quiz question is open)"_s));
    const auto *summary = m_window->findChild<QLabel *>(u"summary"_s);
    QCOMPARE(summary->text(), u"Where X's 1 is stays hidden until the answer is revealed"_s);
    QVERIFY(!oneHot->accessibleDescription().contains(QString::number(m_session->index())));
    checkOutputHidden();

    pressKey(Qt::Key(Qt::Key_1 + quiz->question().answer));
    pressKey(Qt::Key_Return);
    QCOMPARE(m_session->index(), answer);
    QCOMPARE(oneHot->model()->index(0, answer).data().toString(), u"1"_s);
    QVERIFY(oneHot->model()->index(0, answer).data(HighlightRole).toBool());
    QVERIFY(table->model()->index(answer, 0).data(HighlightRole).toBool());
    QVERIFY(arrowPixels() > 0);
    QVERIFY(m_window->controls()->indexBox()->isVisible());
    QVERIFY2(summary->text().contains(u"picks row %1"_s.arg(answer)), qPrintable(summary->text()));
    if (qEnvironmentVariableIsSet("EV_SAVE_GRABS")) {
        QApplication::processEvents();
        m_window->grab().save(u"index-question-revealed.png"_s);
    }

    // A question about values shows the index it names, as before.
    nextQuestionOfKind(QuizQuestion::Kind::ValuesForIndex);
    QCOMPARE(m_session->index(), quiz->question().index);
    QVERIFY(oneHot->model()->index(0, int(m_session->index())).data(HighlightRole).toBool());
    checkOutputHidden();
}

void TestLesson::nextQuestionIsNeverTheSame()
{
    openQuiz(2);
    QuizPanel *quiz = m_window->quizPanel();
    QSet<Index> indices;
    for (int i = 0; i < 60; ++i) {
        const QuizQuestion before = quiz->question();
        QTest::mouseClick(quiz->nextButton(), Qt::LeftButton);
        const QuizQuestion after = quiz->question();
        QVERIFY2(after.kind != before.kind || after.index != before.index,
            qPrintable(u"question %1 repeats index %2"_s.arg(i).arg(after.index)));
        indices.insert(after.index);
        // Four answers that read differently, the right one among them.
        QCOMPARE(after.choices.size(), 4);
        QStringList texts;
        for (const QuizChoice &choice : after.choices)
            texts << choice.text;
        texts.removeDuplicates();
        QCOMPARE(texts.size(), 4);
    }
    QVERIFY(indices.size() > 5);
}

void TestLesson::aSeedRepeatsTheQuestions()
{
    const EmbeddingTable &table = m_session->table();
    QuizMaker first(1234);
    QuizMaker second(1234);
    QuizMaker other(99);
    bool differs = false;
    for (int i = 0; i < 10; ++i) {
        const QuizQuestion a = first.next(table, m_session->numberFormat(), 0);
        const QuizQuestion b = second.next(table, m_session->numberFormat(), 0);
        const QuizQuestion c = other.next(table, m_session->numberFormat(), 0);
        QCOMPARE(a.index, b.index);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.answer, b.answer);
        QCOMPARE(a.choices.constFirst().text, b.choices.constFirst().text);
        differs = differs || a.index != c.index || a.kind != c.kind;
    }
    QVERIFY(differs);
}

void TestLesson::theOutputStaysHiddenWhenTheConventionChanges()
{
    openQuiz(4);
    nextQuestionOfKind(QuizQuestion::Kind::ValuesForIndex);
    const int index = int(m_window->quizPanel()->question().index);
    m_window->board()->setTransposed(true);
    checkOutputHidden();
    QCOMPARE(m_productView->model()->rowCount(), 10);

    pressKey(Qt::Key_1);
    pressKey(Qt::Key_Return);
    m_window->board()->setTransposed(false);
    QCOMPARE(displayedRow(m_productView), numbers(10 * index + 1, 10));
}

void TestLesson::textsFollowTheColumnConvention()
{
    pressKey(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->lookupDock()->isVisible());
    LookupPanel *lookup = m_window->lookupPanel();
    const QAbstractItemModel *comparison = lookup->comparisonView()->model();
    auto *summary = m_window->findChild<QLabel *>(u"summary"_s);
    QLabel *working = m_window->board()->workingLabel();
    const auto productHeader = [comparison] {
        return comparison->headerData(1, Qt::Vertical).toString();
    };
    // Entry 2 of the output, which stands upright in the column convention.
    const auto productTip = [this] {
        const bool upright = m_window->board()->isTransposed();
        return m_productView->model()
            ->index(upright ? 2 : 0, upright ? 0 : 2)
            .data(Qt::ToolTipRole)
            .toString();
    };
    QCOMPARE(productHeader(), u"X·E  product"_s);
    QVERIFY2(summary->text().startsWith(u"X·E = E[0]"_s), qPrintable(summary->text()));
    QVERIFY2(productTip().startsWith(u"(X·E)[2] = "_s), qPrintable(productTip()));

    // By its shortcut, as a teacher at the keyboard switches it; every text follows at once.
    pressKey(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_window->board()->isTransposed());
    QCOMPARE(productHeader(), u"Eᵀx  product"_s);
    QCOMPARE(comparison->index(1, 0).data(Qt::ToolTipRole).toString(), u"(Eᵀx)[0] = 1"_s);
    for (const QLabel *label : {lookup->equalityLabel(), lookup->workLabel(), summary, working}) {
        QVERIFY2(!label->text().contains(u"X·E"_s), qPrintable(label->text()));
        QVERIFY2(label->text().contains(u"Eᵀx"_s), qPrintable(label->text()));
    }
    QVERIFY2(lookup->workLabel()->text().contains(u"every entry of x times every column of Eᵀ"_s),
        qPrintable(lookup->workLabel()->text()));
    QVERIFY2(summary->text().startsWith(u"Eᵀx = E[0]"_s), qPrintable(summary->text()));
    QVERIFY2(productTip().startsWith(u"(Eᵀx)[2] = "_s), qPrintable(productTip()));
    QCOMPARE(m_window->stepToolBar()->stepThroughAction()->text(), u"Step &Through Eᵀx"_s);

    // An open question changes its words too, keeping its answer.
    openQuiz(4);
    nextQuestionOfKind(QuizQuestion::Kind::ValuesForIndex);
    const QuizPanel *quiz = m_window->quizPanel();
    const QString question = quiz->findChild<QLabel *>(u"quizQuestion"_s)->text();
    QVERIFY2(question.contains(u"<b>x is 0 everywhere"_s) && question.contains(u"Eᵀx hold?"_s),
        qPrintable(question));
    pressKey(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!m_window->board()->isTransposed());
    QVERIFY(quiz->findChild<QLabel *>(u"quizQuestion"_s)->text().contains(u"X·E hold?"_s));
    pressKey(Qt::Key_1);
    pressKey(Qt::Key_Return);
    pressKey(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    const QString verdict = quiz->verdictLabel()->text();
    QVERIFY2(verdict.contains(
                 u"x has its 1 at index %1, so Eᵀx is row %1 of E"_s.arg(quiz->question().index)),
        qPrintable(verdict));
    QVERIFY2(summary->text().startsWith(u"Eᵀx = E["_s), qPrintable(summary->text()));
}

void TestLesson::lessonTextFollowsTheIndex()
{
    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    pressKey(Qt::Key_Right, Qt::AltModifier);
    LessonPanel *lesson = m_window->lessonPanel();
    QCOMPARE(lesson->step(), 1);
    const auto text = [lesson] {
        return lesson->textView()->toPlainText();
    };
    QVERIFY2(text().contains(u"On screen now: index 3. So X is\n0 0 0 1 0 0 0 0 0 0"_s),
        qPrintable(text()));
    QVERIFY(text().contains(u"row 3, holding 31 32 33 34 35 36 37 38 39 40."_s));

    // The class moves the index by keyboard: the page describes the new one.
    m_window->board()->tableView()->setFocus();
    pressKey(Qt::Key_Down);
    QCOMPARE(m_session->index(), 4);
    QVERIFY2(text().contains(u"On screen now: index 4. So X is\n0 0 0 0 1 0 0 0 0 0"_s),
        qPrintable(text()));
    QVERIFY(text().contains(u"row 4, holding 41 42 43 44 45 46 47 48 49 50."_s));
    QVERIFY(!text().contains(u"row 3"_s));

    // The product page writes out entry 0's sum for the index on screen.
    pressKey(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(lesson->step(), 2);
    QVERIFY(m_session->setIndex(7));
    QVERIFY2(text().contains(u"For entry 0 with index 7 that is"_s), qPrintable(text()));
    QVERIFY2(text().contains(u"1·71"_s) && text().contains(u"= 71"_s), qPrintable(text()));
    // The page asks the class to predict the row, so it does not print it.
    QVERIFY2(!text().contains(u"71 72 73"_s), qPrintable(text()));

    // A wide table's row is cut short rather than filling the panel.
    pressKey(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(lesson->step(), 1);
    QVERIFY(m_session->setSpec({40, 300, TableKind::Simple, 0}));
    QVERIFY(m_session->setIndex(7));
    QVERIFY2(text().contains(u"row 7, holding 2101 2102 2103 2104 2105 2106 2107 2108 2109 2110 "
                             "2111 2112 …."_s),
        qPrintable(text()));
}

void TestLesson::aClosedLessonCatchesUpWhenOpened()
{
    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    pressKey(Qt::Key_Right, Qt::AltModifier);
    LessonPanel *lesson = m_window->lessonPanel();
    QVERIFY(lesson->textView()->toPlainText().contains(u"row 3, holding"_s));
    // Closed, the page waits; the class moves on to index 8 meanwhile.
    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!lesson->isVisible());
    QVERIFY(m_session->setIndex(8));
    QVERIFY(lesson->textView()->toPlainText().contains(u"row 3, holding"_s));
    // Opened from the View menu's toggle, which leaves the index alone, it shows index 8.
    m_window->lessonDock()->show();
    QTRY_VERIFY(lesson->isVisible());
    QCOMPARE(m_session->index(), 8);
    QVERIFY2(lesson->textView()->toPlainText().contains(
                 u"row 8, holding 81 82 83 84 85 86 87 88 89 90."_s),
        qPrintable(lesson->textView()->toPlainText()));
}

void TestLesson::aTurnedPageOpensAtItsTop()
{
    // A short window, so that the pages need scrolling.
    m_window->resize(1100, 520);
    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    LessonPanel *lesson = m_window->lessonPanel();
    lesson->setStep(3);
    QScrollBar *bar = lesson->textView()->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    // Read to its end, as a class does before turning on.
    bar->setValue(bar->maximum());
    pressKey(Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(lesson->step(), 4);
    QTRY_VERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), 0);
    // The heading stands at the top of the view.
    const QTextBrowser *view = lesson->textView();
    QCOMPARE(view->cursorForPosition(QPoint(4, 4)).block().text().trimmed(),
        u"5. Simple against random tables"_s);

    // A new index keeps the place the reader scrolled to.
    bar->setValue(bar->maximum());
    const int end = bar->value();
    QVERIFY(m_session->setIndex(5));
    QVERIFY(lesson->textView()->toPlainText().contains(u"row 5 of E"_s));
    QCOMPARE(bar->value(), end);
}

void TestLesson::theLastPageShowsItsTryBesideTheLookupPanel()
{
    // A common laptop screen; page 5 opens the Lookup panel below the board.
    m_window->resize(1366, 768);
    pressKey(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    for (int i = 0; i < 4; ++i)
        pressKey(Qt::Key_Right, Qt::AltModifier);
    LessonPanel *lesson = m_window->lessonPanel();
    QCOMPARE(lesson->step(), 4);
    QVERIFY(m_window->lookupDock()->isVisible());
    QTextBrowser *view = lesson->textView();
    // The whole page is in view, its "Try" at the end too: the panel keeps its height.
    QTRY_COMPARE(view->verticalScrollBar()->maximum(), 0);
    const QTextCursor tryCursor = view->document()->find(u"Try:"_s);
    QVERIFY(!tryCursor.isNull());
    QVERIFY(view->viewport()->rect().contains(view->cursorRect(tryCursor)));
    QVERIFY(view->height() > m_window->height() / 2);
}

void TestLesson::namesCardShowsTheCurrentSizes()
{
    QVERIFY(m_session->setSpec({10, 3, TableKind::Simple, 0}));
    // By its key, as a teacher at the keyboard opens it.
    pressKey(Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    NamesCard *card = m_window->namesCard();
    QVERIFY(card && card->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(card));
    const QTableWidget *table = card->table();
    const QStringList rows {u"num_embeddings"_s, u"num_embeddings"_s, u"input_dim"_s, u"10"_s};
    const QStringList columns {
        u"embedding_dimensions"_s, u"embedding_dim"_s, u"output_dim"_s, u"3"_s};
    for (int row = 0; row < 4; ++row) {
        QCOMPARE(table->item(row, 1)->text(), rows.at(row));
        QCOMPARE(table->item(row, 2)->text(), columns.at(row));
    }
    // Every name is whole on screen.
    QCOMPARE(table->horizontalScrollBar()->maximum(), 0);
    QVERIFY(table->viewport()->width() >= table->horizontalHeader()->length());
    QVERIFY2(card->indexNote()->text().contains(u"largest index is 9 needs 10 rows"_s),
        qPrintable(card->indexNote()->text()));

    // It follows the table while open.
    QVERIFY(m_session->setSpec({25, 8, TableKind::Random, 0}));
    QCOMPARE(table->item(3, 1)->text(), u"25"_s);
    QCOMPARE(table->item(3, 2)->text(), u"8"_s);
    QVERIFY(card->indexNote()->text().contains(u"largest index is 24 needs 25 rows"_s));
}

QTEST_MAIN(TestLesson)
#include "tst_lesson.moc"
