// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "language.h"
#include "lessonpanel.h"
#include "lessonsteps.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "productstepper.h"
#include "quizpanel.h"
#include "steptoolbar.h"
#include "windowhost.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>
#include <QXmlStreamReader>

#include <memory>

using namespace ev;
using namespace Qt::StringLiterals;

namespace {

/*
 * Texts that are the same in both languages on purpose: the product's name, the language names
 * (each in itself), and code names a class copies into Python. Matrix symbols have fewer than
 * three letters, except Eᵀx.
 */
const QStringList s_sameInEveryLanguage = {u"Embedding Visualiser"_s, u"num_embeddings"_s,
    u"embedding_dimensions"_s, u"English"_s, u"Deutsch"_s, u"Eᵀx"_s};

// A text as a person reads it: without accelerator marks, and without tags where it is HTML.
QString readable(const QString &text)
{
    QString plain
        = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    plain.replace(QRegularExpression(u"&(?!&)"_s), QString());
    return plain.trimmed();
}

// Whether \a text holds a word that a translation should have changed.
bool needsTranslation(const QString &text)
{
    QString rest = text;
    for (const QString &same : s_sameInEveryLanguage)
        rest.remove(same);
    static const QRegularExpression word(u"\\p{L}{3,}"_s);
    return word.match(rest).hasMatch();
}

void addActionTexts(QStringList &texts, const QList<QAction *> &actions)
{
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts << action->text() << action->toolTip();
        if (action->menu())
            addActionTexts(texts, action->menu()->actions());
    }
}

void addWidgetTexts(QStringList &texts, const QWidget *widget)
{
    texts << widget->toolTip();
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        texts << label->text();
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        texts << button->text();
    if (const auto *box = qobject_cast<const QGroupBox *>(widget))
        texts << box->title();
    if (const auto *dock = qobject_cast<const QDockWidget *>(widget))
        texts << dock->windowTitle();
    if (const auto *toolBar = qobject_cast<const QToolBar *>(widget))
        texts << toolBar->windowTitle();
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        texts << edit->placeholderText();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        for (int i = 0; i < combo->count(); ++i)
            texts << combo->itemText(i);
    // Headers are prose in the panels (rank, row, cosine); numbers fall out in needsTranslation().
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model())
        for (int column = 0; column < view->model()->columnCount(); ++column)
            texts << view->model()->headerData(column, Qt::Horizontal).toString();
}

//! Every text \a window shows, with its panels open, readable and without repeats.
QStringList visibleTexts(MainWindow *window)
{
    QStringList texts {window->windowTitle(), window->statusBar()->currentMessage()};
    addActionTexts(texts, window->menuBar()->actions());
    const QList<QToolBar *> toolBars = window->findChildren<QToolBar *>();
    for (const QToolBar *toolBar : toolBars)
        addActionTexts(texts, toolBar->actions());
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        if (widget->isVisibleTo(window))
            addWidgetTexts(texts, widget);

    QStringList result;
    for (const QString &text : std::as_const(texts))
        if (const QString plain = readable(text); !plain.isEmpty() && !result.contains(plain))
            result << plain;
    return result;
}

QString readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString translationSource()
{
    return QStringLiteral(EV_TRANSLATIONS_DIR "/embedding-visualiser_de.ts");
}

// Shows \a window at a laptop's size and waits until it has the keyboard.
bool showAndActivate(MainWindow *window)
{
    window->resize(1200, 800);
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowExposed(window) && QTest::qWaitForWindowActive(window);
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void everyVisibleTextIsGerman();
    void translationFileIsFinished();
    void languageMenuReopensTheWindow();
    void languageSwitchKeepsTheLessonPageAndThePlace();
    void languageSwitchKeepsPresenterModeAndTheKeyboard();
    void languageSwitchAsksTheQuizAfresh();
    void altLettersAreNeverShared_data();
    void altLettersAreNeverShared();
    void shortcutsDialogShowsBothColumnsWhole_data();
    void shortcutsDialogShowsBothColumnsWhole();
    void playTurningIntoPauseMovesNoButton_data();
    void playTurningIntoPauseMovesNoButton();
    void helpAndLessonPagesAreGerman();

private:
    QStringList textsOfAWindow(const QString &code);
};

void TestLanguage::cleanup()
{
    language::apply(u"en"_s);
}

QStringList TestLanguage::textsOfAWindow(const QString &code)
{
    if (!language::apply(code))
        return {};
    EmbeddingSession session;
    MainWindow window(&session);
    window.resize(1600, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return {};
    // Every panel open, so that their texts are walked too.
    const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        dock->show();
    QCoreApplication::processEvents();
    return visibleTexts(&window);
}

void TestLanguage::everyVisibleTextIsGerman()
{
    const QStringList english = textsOfAWindow(u"en"_s);
    const QStringList german = textsOfAWindow(u"de"_s);
    QVERIFY(english.contains(u"File"_s));
    QVERIFY(german.contains(u"Datei"_s));
    // A walk that found little would pass whatever the translation.
    QVERIFY2(german.size() > 60, qPrintable(QString::number(german.size())));

    QStringList untranslated;
    for (const QString &text : german)
        if (needsTranslation(text) && english.contains(text))
            untranslated << text;
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | "_s)));
}

void TestLanguage::translationFileIsFinished()
{
    QFile file(translationSource());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QStringList unfinished;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"message")
            ++messages;
        else if (xml.name() == u"source")
            source = xml.readElementText();
        else if (xml.name() == u"translation") {
            const bool marked = !xml.attributes().value(u"type"_s).isEmpty();
            // Plural forms are child elements; readElementText() gathers their text.
            const QString text
                = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            if (marked || text.isEmpty())
                unfinished << source;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 200);
    QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(u" | "_s)));
}

void TestLanguage::languageMenuReopensTheWindow()
{
    EmbeddingSession session;
    QVERIFY(session.setSpec({20, 4, TableKind::Random, 7}));
    QVERIFY(session.setIndex(13));
    WindowHost host(&session);
    QSignalSpy replaced(&host, &WindowHost::windowReplaced);
    QVERIFY(replaced.isValid());
    host.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));

    QPointer<MainWindow> english = host.window();
    auto *toGerman = english->findChild<QAction *>(u"actionLanguage_de"_s);
    QVERIFY(toGerman);
    toGerman->trigger();
    QCOMPARE(replaced.count(), 1);
    QVERIFY(host.window() != english);
    QTRY_VERIFY(!english);
    QCOMPARE(language::current(), u"de"_s);
    QCOMPARE(host.window()->menuBar()->actions().constFirst()->text(), u"&Datei"_s);
    QVERIFY(host.window()->isVisible());
    QCOMPARE(session.spec(), TableSpec({20, 4, TableKind::Random, 7}));
    QCOMPARE(session.index(), 13);
    QVERIFY(host.window()->findChild<QAction *>(u"actionLanguage_de"_s)->isChecked());

    host.window()->findChild<QAction *>(u"actionLanguage_en"_s)->trigger();
    QCOMPARE(replaced.count(), 2);
    QCOMPARE(language::current(), u"en"_s);
    QCOMPARE(host.window()->menuBar()->actions().constFirst()->text(), u"&File"_s);
    QCOMPARE(session.index(), 13);
}

void TestLanguage::languageSwitchKeepsPresenterModeAndTheKeyboard()
{
    QVERIFY(language::apply(u"en"_s));
    EmbeddingSession session;
    WindowHost host(&session);
    QPointer<MainWindow> english = host.window();
    QVERIFY(showAndActivate(english));
    english->setPresenterMode(true, false);
    QVERIFY(english->board()->isStackedLayout());

    english->findChild<QAction *>(u"actionLanguage_de"_s)->trigger();
    MainWindow *german = host.window();
    QVERIFY(german != english);
    QVERIFY(QTest::qWaitForWindowActive(german));
    QVERIFY(german->isPresenterMode());
    QVERIFY(german->board()->isStackedLayout());
    QVERIFY(german->findChild<QAction *>(u"actionPresenterMode"_s)->isChecked());
    // The keyboard is in the new window's board: Down moves the index.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(german->board()->tableView()));
    const Index index = session.index();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(session.index(), index + 1);
    QVERIFY(language::apply(u"en"_s));
}

void TestLanguage::languageSwitchAsksTheQuizAfresh()
{
    QVERIFY(language::apply(u"en"_s));
    EmbeddingSession session;
    WindowHost host(&session);
    QPointer<MainWindow> english = host.window();
    QVERIFY(showAndActivate(english));
    QTest::keyClick(english, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(english->quizPanel()->isQuestionOpen());

    english->findChild<QAction *>(u"actionLanguage_de"_s)->trigger();
    MainWindow *german = host.window();
    QVERIFY(QTest::qWaitForWindowExposed(german));
    QTest::qWait(50);
    // The board hides what the German window's own question asks, and only that.
    QuizPanel *quiz = german->quizPanel();
    QVERIFY(quiz->isQuestionOpen());
    const QuizQuestion question = quiz->question();
    if (question.kind == QuizQuestion::Kind::ValuesForIndex) {
        QCOMPARE(session.index(), question.index);
        QCOMPARE(session.concealed(), EmbeddingSession::Concealed::SelectedRow);
    } else {
        QCOMPARE(session.concealed(), EmbeddingSession::Concealed::Index);
    }
    QVERIFY(language::apply(u"en"_s));
}

void TestLanguage::languageSwitchKeepsTheLessonPageAndThePlace()
{
    EmbeddingSession session;
    WindowHost host(&session);
    QPointer<MainWindow> english = host.window();
    english->resize(900, 560);
    english->move(137, 71);
    english->show();
    QVERIFY(QTest::qWaitForWindowExposed(english));
    english->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(english));
    QTest::qWait(300);

    // The lesson by keyboard: opened, on to page 3, then an index of the class's own.
    QTest::keyClick(english, Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(english->lessonDock()->isVisible());
    QTest::keyClick(english, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(english, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(english->lessonPanel()->step(), 2);
    QVERIFY(session.setIndex(6));
    const QRect place = english->geometry();
    const QPoint framePlace = english->pos();

    english->findChild<QAction *>(u"actionLanguage_de"_s)->trigger();
    MainWindow *german = host.window();
    QVERIFY(german != english);
    QVERIFY(QTest::qWaitForWindowExposed(german));
    // A window manager frames and places the window after it is shown.
    QTest::qWait(300);
    QVERIFY(german->lessonDock()->isVisible());
    QCOMPARE(german->lessonPanel()->step(), 2);
    QCOMPARE(german->lessonPanel()->counterLabel()->text(), u"Schritt 3 von 5"_s);
    QVERIFY2(german->lessonPanel()->textView()->toPlainText().contains(u"Produkt"_s),
        qPrintable(german->lessonPanel()->textView()->toPlainText()));
    // The board keeps what the class chose after the page was applied.
    QCOMPARE(session.index(), 6);
    // Exactly where the English one was; wider only if the German texts need it.
    QCOMPARE(german->pos(), framePlace);
    QCOMPARE(german->geometry().topLeft(), place.topLeft());
    QCOMPARE(german->height(), place.height());
    QVERIFY(german->width() >= place.width());
    QCOMPARE(german->width(), std::max(place.width(), german->minimumSizeHint().width()));
}

namespace {

// The letter after a single '&' in \a text, lower-cased, or a null character.
QChar altLetter(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) != u'&')
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

// "text" for each text in \a texts whose Alt letter another one has too.
QStringList sharedLetters(const QStringList &texts)
{
    QHash<QChar, QStringList> byLetter;
    for (const QString &text : texts)
        if (const QChar letter = altLetter(text); !letter.isNull())
            byLetter[letter] << text;
    QStringList shared;
    for (const QStringList &holders : std::as_const(byLetter))
        if (holders.size() > 1)
            shared << holders.join(u" / ");
    return shared;
}

} // namespace

void TestLanguage::altLettersAreNeverShared_data()
{
    shortcutsDialogShowsBothColumnsWhole_data();
}

void TestLanguage::altLettersAreNeverShared()
{
    QFETCH(QString, code);
    QVERIFY(language::apply(code));
    EmbeddingSession session;
    MainWindow window(&session);
    // Alt+letter reaches the menu bar's menus and the labelled controls alike.
    QStringList windowWide;
    for (const QAction *menu : window.menuBar()->actions())
        windowWide << menu->text();
    for (const QLabel *label : window.findChildren<QLabel *>())
        if (label->buddy())
            windowWide << label->text();
    QVERIFY(windowWide.size() >= 12);
    QStringList clashes = sharedLetters(windowWide);
    // Inside an open menu, its items' letters.
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        QStringList items;
        for (const QAction *action : menu->actions())
            if (!action->isSeparator())
                items << action->text();
        clashes << sharedLetters(items);
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u" | ")));
}

void TestLanguage::shortcutsDialogShowsBothColumnsWhole_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("en") << u"en"_s;
    QTest::newRow("de") << u"de"_s;
}

void TestLanguage::shortcutsDialogShowsBothColumnsWhole()
{
    QFETCH(QString, code);
    QVERIFY(language::apply(code));
    EmbeddingSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();

    QStringList clipped;
    int rows = 0;
    QTimer::singleShot(0, &window, [&clipped, &rows, code] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        auto *table = dialog->findChild<QTableWidget *>(u"shortcutsTable"_s);
        if (!table)
            return;
        rows = table->rowCount();
        // Every cell's text fits its column, and both columns fit the view without scrolling.
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 0; column < 2; ++column) {
                const QTableWidgetItem *item = table->item(row, column);
                const int needed = table->fontMetrics().horizontalAdvance(item->text());
                if (needed > table->columnWidth(column)
                        - 2
                            * table->style()->pixelMetric(
                                QStyle::PM_FocusFrameHMargin, nullptr, table))
                    clipped << item->text();
            }
        if (table->horizontalHeader()->length() > table->viewport()->width())
            clipped << u"wider than the view"_s;
        dialog->close();
    });
    QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
    QVERIFY(rows > 20);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u" | "_s)));
}

void TestLanguage::playTurningIntoPauseMovesNoButton_data()
{
    shortcutsDialogShowsBothColumnsWhole_data();
}

void TestLanguage::playTurningIntoPauseMovesNoButton()
{
    QFETCH(QString, code);
    QVERIFY(language::apply(code));
    EmbeddingSession session;
    MainWindow window(&session);
    window.resize(1600, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    StepToolBar *toolBar = window.stepToolBar();
    QWidget *play = toolBar->widgetForAction(toolBar->playAction());
    QWidget *forward = toolBar->widgetForAction(toolBar->stepForwardAction());
    const QRect playPlace = play->geometry();
    const QRect forwardPlace = forward->geometry();

    // Step through (Ctrl+T), then play (P), by keyboard.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::ControlModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
    QVERIFY(session.stepper()->isPlaying());
    QCOMPARE(
        toolBar->playAction()->text(), QCoreApplication::translate("ev::StepToolBar", "&Pause"));
    QCoreApplication::processEvents();
    QCOMPARE(play->geometry(), playPlace);
    QCOMPARE(forward->geometry(), forwardPlace);
    // Both labels fit whole.
    QVERIFY(play->width() >= play->sizeHint().width());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P);
    QVERIFY(!session.stepper()->isPlaying());
    QCoreApplication::processEvents();
    QCOMPARE(forward->geometry(), forwardPlace);
    QVERIFY(play->width() >= play->sizeHint().width());
}

void TestLanguage::helpAndLessonPagesAreGerman()
{
    QVERIFY(language::apply(u"de"_s));
    QCOMPARE(
        language::localisedResource(u":/help/how-to-use.html"_s), u":/help/de/how-to-use.html"_s);

    const LessonTexts texts;
    QCOMPARE(texts.language(), u"de"_s);
    for (const LessonStep &step : lessonSteps()) {
        const QString german = readResource(u":/lessons/de/"_s + step.page + u".html"_s);
        QVERIFY2(!german.isEmpty(), qPrintable(step.page));
        QCOMPARE(texts.page(step.page), german);
    }

    EmbeddingSession session;
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto *lesson = window.findChild<QTextBrowser *>(u"lessonText"_s);
    QVERIFY(lesson);
    QVERIFY2(
        lesson->toPlainText().contains(u"Einbettungstabelle"_s), qPrintable(lesson->toPlainText()));

    // Help → How to Use opens a modal dialog; read it from inside, then close it.
    QAction *howTo = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(QKeySequence::HelpContents))
            howTo = action;
    QVERIFY(howTo);
    QString helpText;
    QTimer::singleShot(0, &window, [&helpText] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (!dialog)
            return;
        if (const auto *browser = dialog->findChild<QTextBrowser *>(u"howToUse"_s))
            helpText = browser->toPlainText();
        dialog->close();
    });
    howTo->trigger();
    QVERIFY2(helpText.contains(u"So benutzen Sie"_s), qPrintable(helpText));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
