// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "language.h"
#include "logging.h"
#include "tableformats.h"
#include "viewexport.h"

#include <QCoreApplication>

#include <QCommandLineParser>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace ev {

namespace {

using Limits = GeneratedTableLimits;
using Failure = Result<LaunchOptions>;

constexpr int s_minScreenshotSide = 200;
constexpr int s_maxScreenshotSide = 8192;

// Digits that overflow 64 bits: a whole number, only far out of range.
bool isTooLongANumber(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("^\\s*[+-]?\\d+\\s*$"));
    return digits.match(text).hasMatch();
}

// Qt's own parse errors, reworded to say what to do, in the form of our other messages.
QString rewordParseError(const QCommandLineParser &parser)
{
    if (!parser.unknownOptionNames().isEmpty()) {
        const QString name = parser.unknownOptionNames().constFirst();
        return QStringLiteral("unknown option %1%2: embedding-visualiser --help lists the options")
            .arg(name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--"), name);
    }
    static const QRegularExpression missing(QStringLiteral("^Missing value after '(.+)'\\.$"));
    static const QRegularExpression unexpected(
        QStringLiteral("^Unexpected value after '(.+)'\\.$"));
    if (const auto match = missing.match(parser.errorText()); match.hasMatch())
        return QStringLiteral("option %1 needs a value after it").arg(match.captured(1));
    if (const auto match = unexpected.match(parser.errorText()); match.hasMatch())
        return QStringLiteral("option %1 takes no value").arg(match.captured(1));
    return parser.errorText();
}

// Reads a whole number for \a name, in range; nullopt with \a problem set otherwise.
std::optional<qint64> readWholeNumber(
    const QString &name, const QString &text, qint64 minimum, qint64 maximum, QString *problem)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok && isTooLongANumber(text)) {
        *problem = QStringLiteral("%1 %2 is out of range: it must be %3")
                       .arg(name, text.trimmed(), rangeText(minimum, maximum));
        return std::nullopt;
    }
    if (!ok) {
        *problem = QStringLiteral("%1 \"%2\" is not a whole number: it must be %3")
                       .arg(name, text, rangeText(minimum, maximum));
        return std::nullopt;
    }
    if (auto outOfRange = rangeProblem(name, value, minimum, maximum)) {
        *problem = *outOfRange;
        return std::nullopt;
    }
    return value;
}

// Reads an entry of X·E for option \a name; \a entries is 0 while a loaded table's width is
// unknown (main() checks the entry once it is read). nullopt with \a problem set otherwise.
std::optional<Index> readColumn(
    const QString &name, const QString &text, Index entries, QString *problem)
{
    const QString range = entries > 0
        ? QStringLiteral("0 to %1").arg(entries - 1)
        : QStringLiteral("0 or more, below the loaded table's number of columns");
    bool ok = false;
    const qint64 column = text.trimmed().toLongLong(&ok);
    if (!ok && !isTooLongANumber(text)) {
        *problem = QStringLiteral("%1 \"%2\" is not a whole number: it must be %3")
                       .arg(name, text, range);
        return std::nullopt;
    }
    if (ok && entries > 0) {
        if (auto outOfRange = columnProblem(column, entries)) {
            *problem = *outOfRange;
            return std::nullopt;
        }
    }
    if (!ok || column < 0) {
        *problem = QStringLiteral("output entry %1 is out of range: it must be %2")
                       .arg(text.trimmed(), range);
        return std::nullopt;
    }
    return column;
}

// QCommandLineParser keeps every value of an option given twice and value() returns the last;
// a command line that says two things must not be half-heard. Only --panel may repeat.
std::optional<QString> repeatedOptionProblem(const QCommandLineParser &parser)
{
    for (const QString &name : parser.optionNames()) {
        const QStringList values = parser.values(name);
        if (name != u"panel" && values.size() > 1)
            return QStringLiteral("--%1 is given %2 times (%3): give it once")
                .arg(name)
                .arg(values.size())
                .arg(values.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

std::optional<QSize> readSize(const QString &text, QString *problem)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})[xX×](\\d{1,6})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    const QSize size
        = match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
    const auto inRange = [](int side) {
        return side >= s_minScreenshotSide && side <= s_maxScreenshotSide;
    };
    if (match.hasMatch() && inRange(size.width()) && inRange(size.height()))
        return size;

    *problem = QStringLiteral("size \"%1\" is not allowed: write WIDTHxHEIGHT in pixels, each "
                              "%2 to %3, such as 1600x900")
                   .arg(text)
                   .arg(s_minScreenshotSide)
                   .arg(s_maxScreenshotSide);
    return std::nullopt;
}

struct Options
{
    QCommandLineOption numEmbeddings {QStringLiteral("num-embeddings"),
        QStringLiteral("Rows of the table E, %1 to %2 (default 10).")
            .arg(Limits::s_minNumEmbeddings)
            .arg(Limits::s_maxNumEmbeddings),
        QStringLiteral("V")};
    QCommandLineOption embeddingDimensions {QStringLiteral("embedding-dimensions"),
        QStringLiteral("Columns of the table E, %1 to %2 (default 10).")
            .arg(Limits::s_minEmbeddingDimensions)
            .arg(Limits::s_maxEmbeddingDimensions),
        QStringLiteral("D")};
    QCommandLineOption index {QStringLiteral("index"),
        QStringLiteral("The hot entry of X, 0 to V-1 (default 0)."), QStringLiteral("I")};
    QCommandLineOption table {QStringLiteral("table"),
        QStringLiteral("simple (1, 2, 3, ... row by row; the default) or "
                       "random (standard normal values)."),
        QStringLiteral("simple|random")};
    QCommandLineOption seed {QStringLiteral("seed"),
        QStringLiteral("Seed of the random table, %1 to %2 (default 0).")
            .arg(Limits::s_minSeed)
            .arg(Limits::s_maxSeed),
        QStringLiteral("S")};
    QCommandLineOption print {
        QStringLiteral("print"), QStringLiteral("Write E, X, X·E and E[i] as text and exit.")};
    QCommandLineOption json {
        QStringLiteral("json"), QStringLiteral("Write them as one JSON object and exit.")};
    QCommandLineOption screenshot {QStringLiteral("screenshot"),
        QStringLiteral("Render the window without a display, write it as a PNG picture, SVG "
                       "drawing or PDF page by FILE's extension, and exit."),
        QStringLiteral("FILE.png|.svg|.pdf")};
    QCommandLineOption scale {QStringLiteral("scale"),
        QStringLiteral("With --screenshot, draw at F times the window's size, %1 to %2 "
                       "(default 1).")
            .arg(ExportLimits::s_minScale)
            .arg(ExportLimits::s_maxScale),
        QStringLiteral("F")};
    QCommandLineOption code {QStringLiteral("code"),
        QStringLiteral("Write Python code that rebuilds E and prints X·E with NumPy or with "
                       "PyTorch's torch.nn.Embedding, and exit."),
        QStringLiteral("numpy|pytorch")};
    QCommandLineOption size {QStringLiteral("size"),
        QStringLiteral("Window size for --screenshot (default 1600x900)."), QStringLiteral("WxH")};
    QCommandLineOption load {QStringLiteral("load"),
        QStringLiteral("Show the table in FILE (.npy, .csv, .tsv, word2vec or "
                       "GloVe .txt/.vec, word2vec .bin) instead."),
        QStringLiteral("FILE")};
    QCommandLineOption save {QStringLiteral("save"),
        QStringLiteral("Save the table shown to FILE (.npy, .csv, or .txt "
                       "for word2vec text); alone, save and exit."),
        QStringLiteral("FILE")};
    QCommandLineOption word {QStringLiteral("word"),
        QStringLiteral("Make the row labelled LABEL hot (labelled tables)."),
        QStringLiteral("LABEL")};
    QCommandLineOption neighbours {QStringLiteral("neighbours"),
        QStringLiteral("Write the K rows nearest to the hot one by cosine similarity, 1 to %1; "
                       "alone, write them and exit.")
            .arg(LaunchOptions::s_maxNeighbours),
        QStringLiteral("K")};
    QCommandLineOption explain {QStringLiteral("explain"),
        QStringLiteral("Write entry J of X·E out as its sum, 0·E[0, J] + … + 1·E[I, J] + …, and "
                       "exit."),
        QStringLiteral("J")};
    QCommandLineOption step {QStringLiteral("step"),
        QStringLiteral("With --screenshot, show the product step by step, at the step that "
                       "computes entry J."),
        QStringLiteral("J")};
    QCommandLineOption transposed {QStringLiteral("transposed"),
        QStringLiteral("In the window, show the product as Eᵀ·x, with x a column vector.")};
    QCommandLineOption language {QStringLiteral("language"),
        QStringLiteral("In the window, show every text in LANGUAGE: en (English) or de (German)."),
        QStringLiteral("LANGUAGE")};
    QCommandLineOption highContrast {QStringLiteral("high-contrast"),
        QStringLiteral("In the window, use the high-contrast colours.")};
    QCommandLineOption presenter {QStringLiteral("presenter"),
        QStringLiteral("In the window, start in presenter mode: full screen, E above X·E, large "
                       "text. With --screenshot, on a screen of --size.")};
    QCommandLineOption panel {QStringLiteral("panel"),
        QStringLiteral("In the window, open PANEL beside the board: lesson, quiz, lookup or "
                       "neighbours. May be given more than once."),
        QStringLiteral("PANEL")};
    QCommandLineOption maxRows {QStringLiteral("max-rows"),
        QStringLiteral("With --load, read only the first N rows."), QStringLiteral("N")};
    QCommandLineOption skipBadLines {QStringLiteral("skip-bad-lines"),
        QStringLiteral("With --load, leave out lines that cannot be "
                       "read, and say how many.")};
    QCommandLineOption decimalComma {QStringLiteral("decimal-comma"),
        QStringLiteral("With --load, read 1,5 as one and a half.")};
    QCommandLineOption help {
        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help and exit.")};
    QCommandLineOption version {{QStringLiteral("v"), QStringLiteral("version")},
        QStringLiteral("Show the version and exit.")};
};

QString describe()
{
    return QStringLiteral(
        "Shows an embedding table E, a one-hot vector X and their product X·E, which is "
        "row I of E.\nWithout --print, --json, --code or --screenshot it opens the window with "
        "these values.");
}

Failure readExportAndCode(
    const QCommandLineParser &parser, const Options &options, LaunchOptions launch)
{
    if (parser.isSet(options.scale)) {
        const QString text = parser.value(options.scale);
        bool ok = false;
        const double scale = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(scale))
            return Failure::failure(QCoreApplication::translate("CommandLine",
                "scale \"%1\" is not a number: it must be %2 to %3, such as 2 or 1.5")
                                        .arg(text)
                                        .arg(ExportLimits::s_minScale)
                                        .arg(ExportLimits::s_maxScale));
        if (auto problem = exportScaleProblem(scale))
            return Failure::failure(*problem);
        if (auto problem = exportSizeProblem(launch.screenshotSize, scale))
            return Failure::failure(*problem);
        launch.screenshotScale = scale;
    }
    if (parser.isSet(options.code)) {
        const auto language = codeLanguageFromName(parser.value(options.code));
        if (!language)
            return Failure::failure(QCoreApplication::translate(
                "CommandLine", "code language \"%1\" is unknown: it must be numpy or pytorch")
                                        .arg(parser.value(options.code)));
        if (parser.isSet(options.neighbours))
            return Failure::failure(QCoreApplication::translate("CommandLine",
                "--neighbours does not apply with --code: the code rebuilds the table and X·E"));
        launch.mode = LaunchOptions::Mode::Code;
        launch.codeLanguage = *language;
    }
    return launch;
}

Failure chooseMode(const QCommandLineParser &parser, const Options &options, LaunchOptions launch)
{
    const int modes = int(parser.isSet(options.print)) + int(parser.isSet(options.json))
        + int(parser.isSet(options.screenshot)) + int(parser.isSet(options.explain))
        + int(parser.isSet(options.code));
    if (modes > 1)
        return Failure::failure(QStringLiteral(
            "choose one of --print, --json, --screenshot, --explain and --code, not several"));
    for (const QCommandLineOption *screenshotOnly :
        {&options.size, &options.step, &options.scale}) {
        if (parser.isSet(*screenshotOnly) && !parser.isSet(options.screenshot))
            return Failure::failure(QStringLiteral("--%1 applies only with --screenshot")
                                        .arg(screenshotOnly->names().constFirst()));
    }
    // Entries of X·E: a loaded table's number is known only once it is read.
    const Index entries = parser.isSet(options.load) ? 0 : launch.spec.embeddingDimensions;
    for (auto [option, column] : {std::pair {&options.explain, &launch.explainColumn},
             {&options.step, &launch.stepColumn}}) {
        if (!parser.isSet(*option))
            continue;
        QString problem;
        const auto value
            = readColumn(option->names().constFirst(), parser.value(*option), entries, &problem);
        if (!value)
            return Failure::failure(problem);
        *column = *value;
    }

    if (parser.isSet(options.neighbours)) {
        QString problem;
        const auto count = readWholeNumber(QStringLiteral("neighbours"),
            parser.value(options.neighbours), 1, LaunchOptions::s_maxNeighbours, &problem);
        if (!count)
            return Failure::failure(problem);
        launch.neighbours = *count;
        launch.mode = LaunchOptions::Mode::Neighbours;
    }
    launch.transposed = parser.isSet(options.transposed);
    launch.highContrast = parser.isSet(options.highContrast);
    launch.presenter = parser.isSet(options.presenter);
    for (const QString &panel : parser.values(options.panel)) {
        if (!LaunchOptions::s_panels.contains(panel))
            return Failure::failure(QStringLiteral("panel \"%1\" is not one the window has: %2")
                                        .arg(panel, LaunchOptions::s_panels.join(u", ")));
        launch.panels << panel;
    }
    if (parser.isSet(options.language)) {
        launch.language = parser.value(options.language);
        if (!language::isAvailable(launch.language)) {
            QStringList codes;
            for (const language::Language &known : language::available())
                codes << known.code;
            return Failure::failure(
                QStringLiteral("language \"%1\" is not one of the languages the window has: %2")
                    .arg(launch.language, codes.join(QStringLiteral(", "))));
        }
    }
    if (parser.isSet(options.explain))
        launch.mode = LaunchOptions::Mode::Explain;
    if (parser.isSet(options.print))
        launch.mode = LaunchOptions::Mode::Print;
    if (parser.isSet(options.json))
        launch.mode = LaunchOptions::Mode::Json;
    if (parser.isSet(options.screenshot)) {
        launch.mode = LaunchOptions::Mode::Screenshot;
        launch.screenshotPath = parser.value(options.screenshot);
        if (auto problem = exportPathProblem(launch.screenshotPath))
            return Failure::failure(*problem);
    }
    if (parser.isSet(options.size)) {
        QString problem;
        const auto size = readSize(parser.value(options.size), &problem);
        if (!size)
            return Failure::failure(problem);
        launch.screenshotSize = *size;
    }
    return readExportAndCode(parser, options, std::move(launch));
}

Failure readTable(const QCommandLineParser &parser, const Options &options, LaunchOptions launch)
{
    QString problem;
    if (parser.isSet(options.numEmbeddings)) {
        const auto value
            = readWholeNumber(QStringLiteral("num_embeddings"), parser.value(options.numEmbeddings),
                Limits::s_minNumEmbeddings, Limits::s_maxNumEmbeddings, &problem);
        if (!value)
            return Failure::failure(problem);
        launch.spec.numEmbeddings = *value;
    }
    if (parser.isSet(options.embeddingDimensions)) {
        const auto value = readWholeNumber(QStringLiteral("embedding_dimensions"),
            parser.value(options.embeddingDimensions), Limits::s_minEmbeddingDimensions,
            Limits::s_maxEmbeddingDimensions, &problem);
        if (!value)
            return Failure::failure(problem);
        launch.spec.embeddingDimensions = *value;
    }
    if (parser.isSet(options.table)) {
        const auto kind = tableKindFromName(parser.value(options.table));
        if (!kind)
            return Failure::failure(QStringLiteral("table kind \"%1\" is unknown: it must be "
                                                   "simple or random")
                                        .arg(parser.value(options.table)));
        launch.spec.kind = *kind;
    }
    if (parser.isSet(options.seed)) {
        const auto value = readWholeNumber(QStringLiteral("seed"), parser.value(options.seed),
            Limits::s_minSeed, Limits::s_maxSeed, &problem);
        if (!value)
            return Failure::failure(problem);
        launch.spec.seed = std::uint64_t(*value);
        // The simple table ignores it: a seed given for it is a mistake worth saying.
        if (launch.spec.kind != TableKind::Random)
            return Failure::failure(QStringLiteral("--seed %1 chooses a random table's values; "
                                                   "give --table random with it (the simple "
                                                   "table has no seed)")
                                        .arg(*value));
    }
    return launch;
}

Failure readFiles(const QCommandLineParser &parser, const Options &options, LaunchOptions launch)
{
    const bool loading = parser.isSet(options.load);
    for (const QCommandLineOption *loadOnly :
        {&options.maxRows, &options.skipBadLines, &options.decimalComma}) {
        if (parser.isSet(*loadOnly) && !loading)
            return Failure::failure(QStringLiteral("--%1 applies only with --load")
                                        .arg(loadOnly->names().constFirst()));
    }
    // A loaded table has its own sizes and values: these would be silently ignored.
    for (const QCommandLineOption *generating :
        {&options.numEmbeddings, &options.embeddingDimensions, &options.table, &options.seed}) {
        if (parser.isSet(*generating) && loading)
            return Failure::failure(
                QStringLiteral("--%1 describes a generated table, but --load reads one from a "
                               "file: give one or the other")
                    .arg(generating->names().constFirst()));
    }
    if (parser.isSet(options.word) && parser.isSet(options.index))
        return Failure::failure(QStringLiteral("choose --index or --word, not both"));

    for (const QCommandLineOption *named : {&options.load, &options.save, &options.word}) {
        if (parser.isSet(*named) && parser.value(*named).isEmpty())
            return Failure::failure(QStringLiteral("--%1 needs a value, not an empty one")
                                        .arg(named->names().constFirst()));
    }
    launch.loadPath = parser.value(options.load);
    launch.savePath = parser.value(options.save);
    launch.word = parser.value(options.word);
    // Refused now, before a large table is loaded only to find it cannot be saved.
    if (!launch.savePath.isEmpty())
        if (auto problem = saveFormatProblem(launch.savePath))
            return Failure::failure(*problem);
    launch.loadOptions.skipBadLines = parser.isSet(options.skipBadLines);
    launch.loadOptions.decimalComma = parser.isSet(options.decimalComma);
    if (parser.isSet(options.maxRows)) {
        QString problem;
        const auto rows = readWholeNumber(QStringLiteral("max-rows"), parser.value(options.maxRows),
            1, std::numeric_limits<qint64>::max(), &problem);
        if (!rows)
            return Failure::failure(problem);
        launch.loadOptions.maxRows = *rows;
    }
    return launch;
}

Failure readIndex(const QCommandLineParser &parser, const Options &options, LaunchOptions launch)
{
    if (!parser.isSet(options.index))
        return launch;

    const QString text = parser.value(options.index);
    bool ok = false;
    const qint64 index = text.trimmed().toLongLong(&ok);
    // A file's rows are known only once it is read, so its range cannot be named yet.
    const QString range = parser.isSet(options.load)
        ? QStringLiteral("0 or more, below the loaded table's number of rows")
        : QStringLiteral("0 to %1").arg(launch.spec.numEmbeddings - 1);
    if (!ok && isTooLongANumber(text) && !parser.isSet(options.load))
        return Failure::failure(QStringLiteral("index %1 is out of range: this table has %2 rows, "
                                               "so the index must be 0 to %3")
                                    .arg(text.trimmed())
                                    .arg(launch.spec.numEmbeddings)
                                    .arg(launch.spec.numEmbeddings - 1));
    if (!ok)
        return Failure::failure(
            QStringLiteral("index \"%1\" is not a whole number: it must be %2").arg(text, range));
    // A loaded table's rows are known only once it is read; main() checks the index then.
    if (auto problem = indexProblem(index, launch.spec.numEmbeddings);
        problem && !parser.isSet(options.load))
        return Failure::failure(*problem);
    launch.index = index;
    return launch;
}

} // namespace

Result<LaunchOptions> parseCommandLine(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(describe());
    parser.addOptions({options.numEmbeddings, options.embeddingDimensions, options.index,
        options.table, options.seed, options.load, options.word, options.maxRows,
        options.skipBadLines, options.decimalComma, options.save, options.neighbours, options.print,
        options.json, options.explain, options.code, options.screenshot, options.size,
        options.scale, options.step, options.transposed, options.highContrast, options.presenter,
        options.panel, options.language, options.help, options.version});

    if (!parser.parse(arguments))
        return Failure::failure(rewordParseError(parser));
    if (!parser.positionalArguments().isEmpty())
        return Failure::failure(QStringLiteral("unexpected argument \"%1\": every value follows "
                                               "an option, such as --index 3")
                                    .arg(parser.positionalArguments().constFirst()));

    if (auto problem = repeatedOptionProblem(parser))
        return Failure::failure(*problem);

    LaunchOptions launch;
    if (parser.isSet(options.help) || parser.isSet(options.version)) {
        launch.mode
            = parser.isSet(options.help) ? LaunchOptions::Mode::Help : LaunchOptions::Mode::Version;
        // Parsing happens before any QCoreApplication exists, so Qt cannot name the program.
        launch.helpText = parser.helpText().replace(
            QStringLiteral("<executable_name>"), QStringLiteral("embedding-visualiser"));
        return launch;
    }

    // A window started without these shows the table it showed when last closed.
    for (const QCommandLineOption *chooser : {&options.numEmbeddings, &options.embeddingDimensions,
             &options.table, &options.seed, &options.load, &options.index, &options.word})
        launch.tableChosen = launch.tableChosen || parser.isSet(*chooser);
    Failure table = readTable(parser, options, std::move(launch));
    if (!table)
        return table;
    Failure files = readFiles(parser, options, std::move(table).value());
    if (!files)
        return files;
    Failure indexed = readIndex(parser, options, std::move(files).value());
    if (!indexed)
        return indexed;
    qCDebug(lcAppCommandLine) << "command line accepted:" << arguments;
    return chooseMode(parser, options, std::move(indexed).value());
}

} // namespace ev
