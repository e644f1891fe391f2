// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "language.h"
#include "mainwindow.h"
#include "mappedfileguard.h"
#include "nearestneighbours.h"
#include "neighbourspanel.h"
#include "overviewstrip.h"
#include "productstepper.h"
#include "reports.h"
#include "tableformats.h"
#include "theme.h"
#include "windowhost.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QIcon>
#include <QScreen>
#include <QSpinBox>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace ev;

namespace {

constexpr int s_exitBadArguments = 2;
constexpr int s_exitNoDisplay = 3;
constexpr int s_exitFailed = 1;

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("embedding-visualiser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EV_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Embedding Visualiser"));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

// Without a display Qt would stop with a long platform-plugin error; say it plainly instead.
bool displayAvailable()
{
#ifdef Q_OS_LINUX
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

QtMessageHandler s_previousMessageHandler = nullptr;
bool s_startingWindow = false;
QString s_lastStartupWarning;

// While the window starts, a display that is named but cannot be reached makes Qt stop with a
// long platform-plugin error. Say it in one line instead, with what works without a display.
// Rendering offscreen, Qt also warns about window features that platform lacks and about a
// missing runtime directory; neither affects the picture, and both would read like errors.
void filterWindowMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtFatalMsg && s_startingWindow) {
        const QString reason = s_lastStartupWarning.isEmpty() ? message : s_lastStartupWarning;
        std::fprintf(stderr,
            "embedding-visualiser: cannot open the window (%s); use --print or --json "
            "for text, or --screenshot FILE.png for a picture of the window\n",
            qPrintable(reason.trimmed()));
        std::_Exit(s_exitNoDisplay);
    }
    if (s_startingWindow) {
        // Held back: if the start fails, the first problem goes into the one-line message.
        if (s_lastStartupWarning.isEmpty() && type != QtDebugMsg && type != QtInfoMsg)
            s_lastStartupWarning = message;
        return;
    }
    if (type == QtWarningMsg
        && (message.startsWith(QStringLiteral("This plugin does not support"))
            || message.startsWith(QStringLiteral("QStandardPaths: XDG_RUNTIME_DIR not set"))))
        return;
    if (s_previousMessageHandler)
        s_previousMessageHandler(type, context, message);
}

// A problem with what the command line asked for, and the exit status it gets.
struct Problem
{
    QString message;
    int exitStatus = s_exitBadArguments;
};

// Makes the table (generated or loaded), chooses the index and saves the table if asked.
std::optional<Problem> prepareSession(const LaunchOptions &options, EmbeddingSession &session)
{
    if (options.loadPath.isEmpty()) {
        session.setSpec(options.spec);
    } else {
        const Result<LoadedTable> loaded = loadTable(options.loadPath, options.loadOptions);
        if (!loaded)
            return Problem {loaded.errorMessage()};
        session.setLoadedTable(loaded.value().table, QFileInfo(options.loadPath).fileName());
        if (loaded.value().skippedLines > 0)
            std::fprintf(stderr, "embedding-visualiser: %lld line(s) left out; the first: %s\n",
                qlonglong(loaded.value().skippedLines),
                qPrintable(loaded.value().firstSkippedProblem));
    }

    const EmbeddingTable &table = session.table();
    Index index = options.index;
    if (!options.word.isEmpty()) {
        if (table.labels().isEmpty())
            return Problem {QStringLiteral("--word needs a table whose rows have labels; this one "
                                           "has none")};
        const std::optional<Index> row = table.indexOfLabel(options.word);
        if (!row)
            return Problem {QStringLiteral("word \"%1\" labels no row of this table (labels are "
                                           "matched exactly, capitals too)%2")
                                .arg(options.word,
                                    options.loadOptions.maxRows
                                        ? QStringLiteral("; only its first %1 rows were read "
                                                         "(--max-rows)")
                                              .arg(*options.loadOptions.maxRows)
                                        : QString())};
        index = *row;
    }
    if (auto problem = indexProblem(index, table.numEmbeddings()))
        return Problem {*problem};
    session.setIndex(index);
    for (const Index column : {options.explainColumn, options.stepColumn}) {
        if (column < 0)
            continue;
        if (auto problem = columnProblem(column, table.embeddingDimensions()))
            return Problem {*problem};
    }

    if (!options.savePath.isEmpty()) {
        const QString problem = saveTable(table, options.savePath);
        if (!problem.isEmpty())
            return Problem {problem, s_exitFailed};
    }
    return std::nullopt;
}

int reportProblem(const Problem &problem)
{
    std::fprintf(stderr, "embedding-visualiser: %s\n", qPrintable(problem.message));
    return problem.exitStatus;
}

int writeReport(const LaunchOptions &options, int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    EmbeddingSession session;
    if (const auto problem = prepareSession(options, session))
        return reportProblem(*problem);
    if (options.mode == LaunchOptions::Mode::Window)
        return 0; // Only --save was asked for.
    session.waitForProduct();

    NeighbourList neighbours;
    if (options.neighbours > 0) {
        auto found = nearestNeighbours(session.table(), session.index(), options.neighbours);
        if (!found)
            return reportProblem(Problem {found.errorMessage()});
        neighbours = std::move(found).value();
    }

    QString code;
    if (options.mode == LaunchOptions::Mode::Code) {
        Result<QString> snippet
            = codeSnippet(session.table(), session.index(), options.codeLanguage);
        if (!snippet)
            return reportProblem(Problem {snippet.errorMessage()});
        code = std::move(snippet).value();
    }

    QTextStream out(stdout);
    if (options.mode == LaunchOptions::Mode::Json)
        out << QString::fromUtf8(jsonReport(session, neighbours));
    else if (options.mode == LaunchOptions::Mode::Neighbours)
        out << neighboursReport(session, *neighbours);
    else if (options.mode == LaunchOptions::Mode::Explain)
        out << explanationReport(session, options.explainColumn);
    else if (options.mode == LaunchOptions::Mode::Code)
        out << code;
    else
        out << textReport(session, neighbours);
    out.flush();
    if (mappedFileShrank()) {
        std::fprintf(stderr,
            "embedding-visualiser: %s got shorter while it was read; values from its missing "
            "part were read as 0\n",
            qPrintable(options.loadPath));
        return s_exitFailed;
    }
    return 0;
}

int runWindow(const LaunchOptions &options, int argc, char **argv)
{
    const bool screenshot = options.mode == LaunchOptions::Mode::Screenshot;
    if (screenshot && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!displayAvailable()) {
        std::fputs("embedding-visualiser: no display to open the window on; use --print or "
                   "--json for text, or --screenshot FILE.png for a picture of the window\n",
            stderr);
        return s_exitNoDisplay;
    }

    s_previousMessageHandler = qInstallMessageHandler(filterWindowMessages);
    s_startingWindow = true;
    QApplication app(argc, argv);
    s_startingWindow = false;
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/embedding-visualiser.png")));
    EmbeddingSession session;
    if (const auto problem = prepareSession(options, session))
        return reportProblem(*problem);
    // A picture shows what the command line says and nothing left from an earlier run.
    QString code = options.language;
    if (code.isEmpty() && !screenshot)
        code = MainWindow::rememberedLanguage();
    if (code.isEmpty() && !screenshot)
        code = language::systemDefault();
    if (!code.isEmpty())
        language::apply(code);
    WindowHost host(&session);
    MainWindow &window = *host.window();
    if (!screenshot) {
        host.setRemembersSettings(true);
        window.restoreSettings(options.tableChosen ? MainWindow::RestoredSettings::ViewOnly
                                                   : MainWindow::RestoredSettings::TableAndView);
    }
    if (options.highContrast)
        Theme::setHighContrast(true);
    if (options.transposed)
        window.board()->setTransposed(true);
    for (const QString &panel : options.panels)
        window.showPanel(panel);
    if (options.neighbours > 0) {
        window.neighbours()->countBox()->setValue(
            int(std::min<Index>(options.neighbours, window.neighbours()->countBox()->maximum())));
        window.neighboursDock()->show();
    }

    if (!screenshot) {
        // Most of the screen: the board scales its text to fill whatever it is given.
        if (const QScreen *screen = window.screen(); screen && !window.hasRestoredGeometry())
            window.resize(screen->availableGeometry().size() * 0.85);
        window.show();
        if (options.presenter)
            window.setPresenterMode(true);
        return app.exec();
    }

    window.resize(options.screenshotSize);
    if (options.presenter)
        window.setPresenterMode(true, false);
    if (options.stepColumn >= 0) {
        // The step that computes entry J has landed entries 0 to J.
        session.stepper()->setActive(true);
        session.stepper()->setLandedColumns(options.stepColumn + 1);
    }
    window.show();
    // A large table's overview, product and neighbours are computed on other threads; the
    // picture should hold them, not "Computing…".
    window.board()->overviewStrip()->waitForImage();
    session.waitForProduct();
    // The board refits its text after the first layout, which asks for another layout, and the
    // neighbours panel starts its search one turn of the event loop after a change.
    for (int round = 0; round < 4; ++round)
        QCoreApplication::processEvents();
    while (window.neighbours()->isComputing())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (window.size() != options.screenshotSize)
        std::fprintf(stderr,
            "embedding-visualiser: the window needs at least %dx%d pixels; the "
            "screenshot is %dx%d\n",
            window.minimumSizeHint().width(), window.minimumSizeHint().height(), window.width(),
            window.height());
    const QString problem = window.saveScreenshot(options.screenshotPath, options.screenshotScale);
    if (problem.isEmpty())
        return 0;
    std::fprintf(stderr, "embedding-visualiser: %s\n", qPrintable(problem));
    return s_exitFailed;
}

} // namespace

int main(int argc, char **argv)
{
    // Past the file size limit (ulimit -f) the kernel would end the program with SIGXFSZ in the
    // middle of a save; ignored, the write fails with EFBIG and QSaveFile reports it.
    std::signal(SIGXFSZ, SIG_IGN);
    setApplicationNames();
    const Result<LaunchOptions> parsed = parseCommandLine(argumentsOf(argc, argv));
    if (!parsed) {
        std::fprintf(stderr, "embedding-visualiser: %s\nSee embedding-visualiser --help.\n",
            qPrintable(parsed.errorMessage()));
        return s_exitBadArguments;
    }

    const LaunchOptions &options = parsed.value();
    switch (options.mode) {
    case LaunchOptions::Mode::Help:
        std::fputs(qPrintable(options.helpText), stdout);
        return 0;
    case LaunchOptions::Mode::Version:
        std::printf("embedding-visualiser %s\n", EV_VERSION);
        return 0;
    case LaunchOptions::Mode::Print:
    case LaunchOptions::Mode::Json:
    case LaunchOptions::Mode::Neighbours:
    case LaunchOptions::Mode::Explain:
    case LaunchOptions::Mode::Code:
        return writeReport(options, argc, argv);
    case LaunchOptions::Mode::Window:
        // --save alone saves and exits, without a window.
        if (!options.savePath.isEmpty())
            return writeReport(options, argc, argv);
        [[fallthrough]];
    case LaunchOptions::Mode::Screenshot:
        return runWindow(options, argc, argv);
    }
    return s_exitFailed;
}
