// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "lessonpanel.h"
#include "lookuppanel.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "modelroles.h"
#include "productstepper.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
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
    void englishTextsLoadForEachStep();
    void aLanguageFolderIsChosenByLocale();
    void lessonActionsAreListedAsShortcuts();

private:
    void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

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
    QVERIFY(texts.page(u"one-hot"_s).contains(u"31&nbsp;to&nbsp;40"_s));
    QVERIFY(texts.page(u"lookup"_s).contains(u"7 8 9"_s));
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
        {u"actionLessonPanel"_s, u"actionLessonPrevious"_s, u"actionLessonNext"_s})
        QVERIFY2(listed.contains(name), qPrintable(name));
}

QTEST_MAIN(TestLesson)
#include "tst_lesson.moc"
