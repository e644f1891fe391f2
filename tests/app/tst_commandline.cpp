// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "commandline.h"
#include "programrunner.h"
#include "testfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace ev;
using namespace ev::test;
using namespace Qt::StringLiterals;

namespace {

QList<double> toNumbers(const QJsonValue &value)
{
    QList<double> numbers;
    for (const QJsonValue &entry : value.toArray())
        numbers << entry.toDouble();
    return numbers;
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesOptions();
    void refusesBadValues_data();
    void refusesBadValues();
    void printShowsTheLesson();
    void printedRandomValuesKeepTheirFormat();
    void jsonHoldsEveryKey();
    void jsonKeepsFullPrecision();
    void jsonWritesNaNAndInfinitiesAsStrings();
    void screenshotWritesAPicture();
    void presenterScreenshotHasLargerRows();
    void badValuesExitWithStatusTwo_data();
    void badValuesExitWithStatusTwo();
    void windowWithoutADisplaySaysSo();
    void unreachableDisplaySaysSoInOneLine();
    void loadsALabelledTableAndFindsAWord();
    void savesWhatItShowsAndReadsItBack();
    void saveRefusesAPipe();
    void saveBeyondTheFileSizeLimitKeepsTheOldFile_data();
    void saveBeyondTheFileSizeLimitKeepsTheOldFile();
    void badFilesAndWordsExitWithStatusTwo_data();
    void badFilesAndWordsExitWithStatusTwo();
    void decimalPointIgnoresTheLocale();
    void neighboursOfAWord();
    void neighboursOfASmallTable();
    void neighboursInTheReports();
    void badNeighbourCountsExitWithStatusTwo_data();
    void badNeighbourCountsExitWithStatusTwo();
    void explainWritesOutTheSum_data();
    void explainWritesOutTheSum();
    void explainChecksTheLoadedTable();
    void stepShowsTheProductPartlyComputed();
};

void TestCommandLine::parsesOptions()
{
    const auto parsed = parseCommandLine({u"ev"_s, u"--num-embeddings"_s, u"10"_s,
        u"--embedding-dimensions"_s, u"3"_s, u"--index"_s, u"5"_s, u"--table"_s, u"random"_s,
        u"--seed"_s, u"12"_s, u"--screenshot"_s, u"out.png"_s, u"--size"_s, u"800x600"_s});
    QVERIFY2(parsed, qPrintable(parsed.errorMessage()));

    const LaunchOptions &options = parsed.value();
    QCOMPARE(options.spec, (TableSpec {10, 3, TableKind::Random, 12}));
    QCOMPARE(options.index, 5);
    QCOMPARE(options.mode, LaunchOptions::Mode::Screenshot);
    QCOMPARE(options.screenshotPath, u"out.png"_s);
    QCOMPARE(options.screenshotSize, QSize(800, 600));

    const auto teaching = parseCommandLine(
        {u"ev"_s, u"--presenter"_s, u"--panel"_s, u"lesson"_s, u"--panel"_s, u"lookup"_s});
    QVERIFY2(teaching, qPrintable(teaching.errorMessage()));
    QVERIFY(teaching.value().presenter);
    QCOMPARE(teaching.value().panels, (QStringList {u"lesson"_s, u"lookup"_s}));

    const auto defaults = parseCommandLine({u"ev"_s});
    QCOMPARE(defaults.value().spec, TableSpec {});
    QCOMPARE(defaults.value().index, 0);
    QCOMPARE(defaults.value().mode, LaunchOptions::Mode::Window);
}

void TestCommandLine::refusesBadValues_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("index-one-past-the-end")
        << QStringList {u"--index"_s, u"10"_s}
        << u"index 10 is out of range: this table has 10 rows, so the index must be 0 to 9"_s;
    QTest::newRow("index-beyond-a-smaller-table")
        << QStringList {u"--num-embeddings"_s, u"4"_s, u"--index"_s, u"4"_s}
        << u"index 4 is out of range: this table has 4 rows, so the index must be 0 to 3"_s;
    QTest::newRow("index-negative")
        << QStringList {u"--index"_s, u"-1"_s}
        << u"index -1 is out of range: this table has 10 rows, so the index must be 0 to 9"_s;
    QTest::newRow("index-not-a-number") << QStringList {
        u"--index"_s, u"three"_s} << u"index \"three\" is not a whole number: it must be 0 to 9"_s;
    QTest::newRow("zero-rows") << QStringList {u"--num-embeddings"_s, u"0"_s}
                               << u"num_embeddings 0 is out of range: it must be 1 to 1000"_s;
    QTest::newRow("huge-rows") << QStringList {u"--num-embeddings"_s,
        u"99999999999"_s} << u"num_embeddings 99999999999 is out of range: it must be 1 to 1000"_s;
    QTest::newRow("negative-dimensions") << QStringList {u"--embedding-dimensions"_s,
        u"-3"_s} << u"embedding_dimensions -3 is out of range: it must be 1 to 300"_s;
    QTest::newRow("dimensions-not-a-number") << QStringList {u"--embedding-dimensions"_s,
        u"2.5"_s} << u"embedding_dimensions \"2.5\" is not a whole number: it must be 1 to 300"_s;
    QTest::newRow("unknown-table-kind") << QStringList {u"--table"_s,
        u"fancy"_s} << u"table kind \"fancy\" is unknown: it must be simple or random"_s;
    QTest::newRow("negative-seed") << QStringList {u"--seed"_s, u"-1"_s}
                                   << u"seed -1 is out of range: it must be 0 to 2147483647"_s;
    QTest::newRow("seed-of-the-simple-table")
        << QStringList {u"--seed"_s, u"42"_s}
        << u"--seed 42 chooses a random table's values; give --table random with it (the simple "
           "table has no seed)"_s;
    QTest::newRow("two-modes") << QStringList {u"--print"_s, u"--json"_s}
                               << u"choose one of --print, --json, --screenshot, --explain and "
                                  "--code, not several"_s;
    QTest::newRow("explain-and-print") << QStringList {u"--print"_s, u"--explain"_s, u"1"_s}
                                       << u"choose one of --print, --json, --screenshot, --explain "
                                          "and --code, not several"_s;
    QTest::newRow("explain-one-past-the-end")
        << QStringList {u"--explain"_s, u"10"_s}
        << u"output entry 10 is out of range: X·E has 10 entries (one per embedding dimension), "
           "so it must be 0 to 9"_s;
    QTest::newRow("explain-beyond-a-narrower-table")
        << QStringList {u"--embedding-dimensions"_s, u"3"_s, u"--explain"_s, u"3"_s}
        << u"output entry 3 is out of range: X·E has 3 entries (one per embedding dimension), "
           "so it must be 0 to 2"_s;
    QTest::newRow("explain-negative")
        << QStringList {u"--explain"_s, u"-1"_s}
        << u"output entry -1 is out of range: X·E has 10 entries (one per embedding dimension), "
           "so it must be 0 to 9"_s;
    QTest::newRow("explain-negative-for-a-loaded-table")
        << QStringList {u"--load"_s, u"a.npy"_s, u"--explain"_s, u"-1"_s}
        << u"output entry -1 is out of range: it must be 0 or more, below the loaded table's "
           "number of columns"_s;
    QTest::newRow("explain-not-a-number") << QStringList {
        u"--explain"_s, u"two"_s} << u"explain \"two\" is not a whole number: it must be 0 to 9"_s;
    QTest::newRow("explain-beyond-64-bits")
        << QStringList {u"--load"_s, u"a.npy"_s, u"--explain"_s, u"99999999999999999999"_s}
        << u"output entry 99999999999999999999 is out of range: it must be 0 or more, below the "
           "loaded table's number of columns"_s;
    QTest::newRow("step-without-screenshot")
        << QStringList {u"--step"_s, u"2"_s} << u"--step applies only with --screenshot"_s;
    QTest::newRow("step-one-past-the-end")
        << QStringList {u"--screenshot"_s, u"a.png"_s, u"--step"_s, u"10"_s}
        << u"output entry 10 is out of range: X·E has 10 entries (one per embedding dimension), "
           "so it must be 0 to 9"_s;
    QTest::newRow("size-without-screenshot")
        << QStringList {u"--size"_s, u"800x600"_s} << u"--size applies only with --screenshot"_s;
    QTest::newRow("size-malformed")
        << QStringList {u"--screenshot"_s, u"a.png"_s, u"--size"_s, u"big"_s}
        << u"size \"big\" is not allowed: write WIDTHxHEIGHT in pixels, each 200 to 8192, "
           "such as 1600x900"_s;
    QTest::newRow("size-too-small")
        << QStringList {u"--screenshot"_s, u"a.png"_s, u"--size"_s, u"10x10"_s}
        << u"size \"10x10\" is not allowed: write WIDTHxHEIGHT in pixels, each 200 to 8192, "
           "such as 1600x900"_s;
    QTest::newRow("screenshot-not-png-svg-or-pdf")
        << QStringList {u"--screenshot"_s, u"a.jpg"_s}
        << u"file \"a.jpg\" does not end in .png, .svg or .pdf: those are the formats a view "
           "is exported to (PNG picture, SVG drawing, PDF page)"_s;
    QTest::newRow("unknown-option")
        << QStringList {u"--colour"_s}
        << u"unknown option --colour: embedding-visualiser --help lists the options"_s;
    QTest::newRow("unknown-short-option") << QStringList {
        u"-x"_s} << u"unknown option -x: embedding-visualiser --help lists the options"_s;
    QTest::newRow("missing-value")
        << QStringList {u"--index"_s} << u"option --index needs a value after it"_s;
    QTest::newRow("value-for-a-switch")
        << QStringList {u"--print=yes"_s} << u"option --print takes no value"_s;
    QTest::newRow("index-beyond-64-bits")
        << QStringList {u"--index"_s, u"99999999999999999999999"_s}
        << u"index 99999999999999999999999 is out of range: this table has 10 rows, so the "
           "index must be 0 to 9"_s;
    QTest::newRow("rows-beyond-64-bits")
        << QStringList {u"--num-embeddings"_s, u"99999999999999999999999"_s}
        << u"num_embeddings 99999999999999999999999 is out of range: it must be 1 to 1000"_s;
    QTest::newRow("index-and-word") << QStringList {u"--index"_s, u"1"_s, u"--word"_s, u"king"_s}
                                    << u"choose --index or --word, not both"_s;
    QTest::newRow("max-rows-without-load")
        << QStringList {u"--max-rows"_s, u"5"_s} << u"--max-rows applies only with --load"_s;
    QTest::newRow("max-rows-zero") << QStringList {u"--load"_s, u"a.npy"_s, u"--max-rows"_s, u"0"_s}
                                   << u"max-rows 0 is out of range: it must be 1 or more"_s;
    QTest::newRow("neighbours-zero") << QStringList {u"--neighbours"_s, u"0"_s}
                                     << u"neighbours 0 is out of range: it must be 1 to 1000"_s;
    QTest::newRow("unknown-panel") << QStringList {u"--panel"_s, u"help"_s}
                                   << u"panel \"help\" is not one the window has: lesson, quiz, "
                                      "lookup, neighbours"_s;
    QTest::newRow("index-twice") << QStringList {u"--index"_s, u"1"_s, u"--index"_s, u"2"_s}
                                 << u"--index is given 2 times (1, 2): give it once"_s;
    QTest::newRow("load-twice-in-both-spellings") << QStringList {u"--load=a.npy"_s, u"--load"_s,
        u"b.csv"_s, u"--print"_s} << u"--load is given 2 times (a.npy, b.csv): give it once"_s;
    QTest::newRow("stray-argument") << QStringList {
        u"3"_s} << u"unexpected argument \"3\": every value follows an option, such as --index 3"_s;
}

void TestCommandLine::refusesBadValues()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const auto parsed = parseCommandLine(QStringList {u"ev"_s} + arguments);
    QVERIFY(!parsed);
    QCOMPARE(parsed.errorMessage(), message);
}

void TestCommandLine::printShowsTheLesson()
{
    const Run run = runProgram({u"--print"_s, u"--index"_s, u"3"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());

    QVERIFY(run.out.contains(u"[[  1   2   3   4   5   6   7   8   9  10]\n"
                             " [ 11  12  13  14  15  16  17  18  19  20]\n"_s));
    QVERIFY(run.out.contains(u"[[0 0 0 1 0 0 0 0 0 0]]"_s));
    QVERIFY(run.out.contains(u"X·E, the product (1×10):\n[[31 32 33 34 35 36 37 38 39 40]]"_s));
    QVERIFY(run.out.contains(u"E[3], the direct lookup (10 values):\n"
                             "[31 32 33 34 35 36 37 38 39 40]"_s));
    QVERIFY(run.out.contains(u"X·E equals E[3]: yes"_s));

    const Run small = runProgram({u"--print"_s, u"--num-embeddings"_s, u"10"_s,
        u"--embedding-dimensions"_s, u"3"_s, u"--index"_s, u"2"_s});
    QVERIFY(small.out.contains(u"X·E, the product (1×3):\n[[7 8 9]]"_s));
}

void TestCommandLine::printedRandomValuesKeepTheirFormat()
{
    const Run run
        = runProgram({u"--print"_s, u"--num-embeddings"_s, u"2"_s, u"--embedding-dimensions"_s,
            u"3"_s, u"--table"_s, u"random"_s, u"--seed"_s, u"42"_s, u"--index"_s, u"1"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"[[ 1.294  0.705  0.398]\n [-0.574  1.119 -1.907]]"_s),
        qPrintable(run.out));
    QVERIFY(run.out.contains(u"X·E, the product (1×3):\n[[-0.574  1.119 -1.907]]"_s));
}

void TestCommandLine::jsonHoldsEveryKey()
{
    const Run run = runProgram({u"--json"_s, u"--num-embeddings"_s, u"10"_s,
        u"--embedding-dimensions"_s, u"3"_s, u"--index"_s, u"5"_s});
    QCOMPARE(run.exitCode, 0);

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject report = document.object();
    QCOMPARE(report.value(u"num_embeddings"_s).toInt(), 10);
    QCOMPARE(report.value(u"embedding_dimensions"_s).toInt(), 3);
    QCOMPARE(report.value(u"index"_s).toInt(), 5);
    QCOMPARE(report.value(u"table"_s).toArray().size(), 10);
    QCOMPARE(toNumbers(report.value(u"table"_s).toArray().at(9)), (QList<double> {28, 29, 30}));
    QCOMPARE(toNumbers(report.value(u"one_hot"_s)), (QList<double> {0, 0, 0, 0, 0, 1, 0, 0, 0, 0}));
    QCOMPARE(toNumbers(report.value(u"output"_s)), (QList<double> {16, 17, 18}));
    QCOMPARE(toNumbers(report.value(u"lookup"_s)), (QList<double> {16, 17, 18}));
    QCOMPARE(report.value(u"equal"_s).toBool(), true);
    QCOMPARE(report.value(u"table_kind"_s).toString(), u"simple"_s);
}

void TestCommandLine::jsonKeepsFullPrecision()
{
    const Run run = runProgram({u"--json"_s, u"--num-embeddings"_s, u"2"_s,
        u"--embedding-dimensions"_s, u"3"_s, u"--table"_s, u"random"_s, u"--seed"_s, u"42"_s});
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();

    // Exactly the doubles the core's test writes down for seed 42.
    QCOMPARE(toNumbers(report.value(u"output"_s)),
        (QList<double> {1.2938204232729367, 0.70498826642085988, 0.39797739618378869}));
    QCOMPARE(report.value(u"seed"_s).toInt(), 42);
}

void TestCommandLine::jsonWritesNaNAndInfinitiesAsStrings()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"special.txt"_s);
    ev::test::writeFile(path, "a nan inf\nb -inf 1.5\n");

    const Run run = runProgram({u"--load"_s, path, u"--index"_s, u"1"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(report.value(u"table"_s).toArray(),
        (QJsonArray {QJsonArray {u"nan"_s, u"inf"_s}, QJsonArray {u"-inf"_s, 1.5}}));
    QCOMPARE(report.value(u"lookup"_s).toArray(), (QJsonArray {u"-inf"_s, 1.5}));
}

void TestCommandLine::screenshotWritesAPicture()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(u"window.png"_s);

    const Run run
        = runProgram({u"--screenshot"_s, path, u"--size"_s, u"1200x700"_s, u"--index"_s, u"3"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());

    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1200, 700));
    // The selected row's amber fill is in the picture.
    bool amberFound = false;
    for (int y = 0; y < image.height() && !amberFound; y += 2)
        for (int x = 0; x < image.width() && !amberFound; x += 2)
            amberFound = image.pixelColor(x, y) == QColor(0xff, 0xd9, 0x66);
    QVERIFY(amberFound);

    // A size below what the window needs gives the smallest window, and says so.
    const Run tiny = runProgram({u"--screenshot"_s, path, u"--size"_s, u"200x200"_s});
    QCOMPARE(tiny.exitCode, 0);
    QVERIFY2(tiny.err.contains(u"the window needs at least"_s), qPrintable(tiny.err));
    QVERIFY(QImage(path).width() > 200);

    const Run unwritable = runProgram({u"--screenshot"_s, u"/nonexistent/dir/a.png"_s});
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains(u"could not write /nonexistent/dir/a.png"_s),
        qPrintable(unwritable.err));
}

// The tallest run of the selected row's amber fill down any column of \a image: the row height.
static int amberRowHeight(const QImage &image)
{
    int tallest = 0;
    for (int x = 0; x < image.width(); x += 3) {
        int run = 0;
        for (int y = 0; y < image.height(); ++y) {
            run = image.pixelColor(x, y) == QColor(0xff, 0xd9, 0x66) ? run + 1 : 0;
            tallest = std::max(tallest, run);
        }
    }
    return tallest;
}

void TestCommandLine::presenterScreenshotHasLargerRows()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString normal = directory.filePath(u"normal.png"_s);
    const QString presenter = directory.filePath(u"presenter.png"_s);
    const QStringList common {
        u"--size"_s, u"1920x1080"_s, u"--index"_s, u"3"_s, u"--panel"_s, u"lesson"_s};
    QCOMPARE(runProgram(QStringList {u"--screenshot"_s, normal} + common).exitCode, 0);
    const Run run
        = runProgram(QStringList {u"--screenshot"_s, presenter, u"--presenter"_s} + common);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QImage presented(presenter);
    QCOMPARE(presented.size() / presented.devicePixelRatio(), QSize(1920, 1080));
    // Stacked, E has the width of the whole board, so its rows grow.
    const int normalHeight = amberRowHeight(QImage(normal));
    const int presentedHeight = amberRowHeight(presented);
    QVERIFY2(presentedHeight > normalHeight * 1.2,
        qPrintable(u"%1 -> %2"_s.arg(normalHeight).arg(presentedHeight)));
}

void TestCommandLine::badValuesExitWithStatusTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("index-out-of-range")
        << QStringList {u"--print"_s, u"--index"_s, u"10"_s}
        << u"index 10 is out of range: this table has 10 rows, so the index must be 0 to 9"_s;
    QTest::newRow("window-with-zero-rows") << QStringList {u"--num-embeddings"_s,
        u"0"_s} << u"num_embeddings 0 is out of range: it must be 1 to 1000"_s;
    QTest::newRow("screenshot-with-bad-kind") << QStringList {u"--screenshot"_s, u"x.png"_s,
        u"--table"_s, u"x"_s} << u"table kind \"x\" is unknown: it must be simple or random"_s;
    QTest::newRow("unknown-language") << QStringList {u"--language"_s, u"xx"_s}
                                      << u"language \"xx\" is not one of the languages the window "
                                         "has: en, de"_s;
}

void TestCommandLine::badValuesExitWithStatusTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(
        run.err, u"embedding-visualiser: "_s + message + u"\nSee embedding-visualiser --help.\n"_s);
}

void TestCommandLine::windowWithoutADisplaySaysSo()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
        environment.remove(name);

    const Run run = runProgram({}, environment);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY(run.err.contains(u"no display"_s));
    QVERIFY(run.err.contains(u"--print"_s));
    QVERIFY(run.err.contains(u"--screenshot"_s));
}

void TestCommandLine::unreachableDisplaySaysSoInOneLine()
{
    // A display that is named but has no server behind it, as after ssh with a stale DISPLAY.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.insert(u"DISPLAY"_s, u":97"_s);

    const Run run = runProgram({}, environment);
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.err.count(u'\n'), 1);
    QVERIFY2(run.err.startsWith(u"embedding-visualiser: cannot open the window ("_s),
        qPrintable(run.err));
    QVERIFY(run.err.contains(u"--screenshot"_s));
}

void TestCommandLine::loadsALabelledTableAndFindsAWord()
{
    const QString words = QStringLiteral(EV_EXAMPLES_DIR "/words.txt");
    const Run run = runProgram({u"--load"_s, words, u"--word"_s, u"queen"_s, u"--print"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.contains(u"E, the embedding table (16×4, from words.txt):"_s), qPrintable(run.out));
    QVERIFY(run.out.contains(u"X·E, the product (1×4):\n[[ 0.930  0.620  0.030 -0.020]]"_s));
    QVERIFY(run.out.contains(u"X·E equals E[1] (queen): yes"_s));

    const Run json = runProgram({u"--load"_s, words, u"--index"_s, u"15"_s, u"--json"_s});
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(report.value(u"labels"_s).toArray().at(15).toString(), u"bicycle"_s);
    QCOMPARE(report.value(u"source"_s).toString(), u"words.txt"_s);
    QCOMPARE(report.value(u"table_kind"_s).toString(), u"file"_s);
    // float32 0.8 as a double, exactly as the table holds it.
    QCOMPARE(toNumbers(report.value(u"output"_s)).at(3), double(0.8f));
}

void TestCommandLine::savesWhatItShowsAndReadsItBack()
{
    QTemporaryDir directory;
    const QString saved = directory.filePath(u"simple.npy"_s);
    const Run save = runProgram(
        {u"--num-embeddings"_s, u"10"_s, u"--embedding-dimensions"_s, u"3"_s, u"--save"_s, saved});
    QCOMPARE(save.exitCode, 0);
    QCOMPARE(save.out, QString());

    const Run reread = runProgram({u"--load"_s, saved, u"--index"_s, u"5"_s, u"--json"_s});
    QCOMPARE(reread.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(reread.out.toUtf8()).object();
    QCOMPARE(toNumbers(report.value(u"output"_s)), (QList<double> {16, 17, 18}));

    const Run csv = runProgram({u"--load"_s, QStringLiteral(EV_EXAMPLES_DIR "/employees.csv"),
        u"--save"_s, directory.filePath(u"employees.txt"_s)});
    QCOMPARE(csv.exitCode, 0);
    const Run back = runProgram(
        {u"--load"_s, directory.filePath(u"employees.txt"_s), u"--word"_s, u"Ivo"_s, u"--print"_s});
    QVERIFY2(back.out.contains(u"[[-0.480  0.150  0.900]]"_s), qPrintable(back.out));
}

void TestCommandLine::saveRefusesAPipe()
{
    QTemporaryDir directory;
    const QString pipe = directory.filePath(u"table.csv"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);

    // Opening a pipe waits for a reader, and QSaveFile would replace it: neither may happen.
    const Run run = runProgram({u"--save"_s, pipe});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err,
        u"embedding-visualiser: "_s + pipe
            + u": is a pipe, not a file; a table is saved to a file, new or existing\n"
              "See embedding-visualiser --help.\n"_s);
    QVERIFY(QFileInfo(pipe).isFile() == false && QFileInfo(pipe).exists());
}

void TestCommandLine::saveBeyondTheFileSizeLimitKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("npy") << u"table.npy"_s;
    QTest::newRow("csv") << u"table.csv"_s;
    QTest::newRow("word2vec-text") << u"table.txt"_s;
}

void TestCommandLine::saveBeyondTheFileSizeLimitKeepsTheOldFile()
{
    QFETCH(QString, fileName);
    QTemporaryDir directory;
    const QString path = directory.filePath(fileName);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the old file\n");
    old.close();

    // SIGXFSZ is left as the kernel sets it: the program itself must not die of it.
    const Run run = runProgram({u"--num-embeddings"_s, u"1000"_s, u"--embedding-dimensions"_s,
                                   u"300"_s, u"--table"_s, u"random"_s, u"--save"_s, path},
        QProcessEnvironment::systemEnvironment(), [] {
            const rlimit limit {4096, 4096};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"embedding-visualiser: "_s + path + u": File too large\n"_s);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old file\n"));
}

void TestCommandLine::badFilesAndWordsExitWithStatusTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("status");

    const QString words = QStringLiteral(EV_EXAMPLES_DIR "/words.txt");
    const QString ragged = QStringLiteral(EV_TEST_DATA_DIR "/malformed/w2v-ragged.txt");
    QTest::newRow("unknown-word")
        << QStringList {u"--load"_s, words, u"--word"_s, u"kingg"_s, u"--print"_s}
        << u"word \"kingg\" labels no row of this table (labels are matched exactly, "
           "capitals too)"_s
        << 2;
    QTest::newRow("word-without-labels")
        << QStringList {u"--word"_s, u"king"_s, u"--print"_s}
        << u"--word needs a table whose rows have labels; this one has none"_s << 2;
    QTest::newRow("index-beyond-a-loaded-table")
        << QStringList {u"--load"_s, words, u"--index"_s, u"16"_s, u"--print"_s}
        << u"index 16 is out of range: this table has 16 rows, so the index must be 0 to 15"_s << 2;
    QTest::newRow("sizes-with-a-loaded-table")
        << QStringList {u"--load"_s, words, u"--num-embeddings"_s, u"3"_s, u"--print"_s}
        << u"--num-embeddings describes a generated table, but --load reads one from a file: "
           "give one or the other"_s
        << 2;
    QTest::newRow("word-beyond-the-rows-read")
        << QStringList {u"--load"_s, words, u"--max-rows"_s, u"2"_s, u"--word"_s, u"woman"_s,
               u"--print"_s}
        << u"word \"woman\" labels no row of this table (labels are matched exactly, capitals "
           "too); only its first 2 rows were read (--max-rows)"_s
        << 2;
    QTest::newRow("index-not-a-number-for-a-loaded-table")
        << QStringList {u"--load"_s, words, u"--index"_s, u"1e2"_s, u"--print"_s}
        << u"index \"1e2\" is not a whole number: it must be 0 or more, below the loaded "
           "table's number of rows"_s
        << 2;
    QTest::newRow("malformed-file")
        << QStringList {u"--load"_s, ragged, u"--print"_s}
        << ragged + u": line 3: \"queen\" has 1 values, but the table has 2 columns"_s << 2;
    QTest::newRow("missing-file") << QStringList {u"--load"_s, u"/nonexistent/table.npy"_s,
        u"--print"_s} << u"/nonexistent/table.npy: No such file or directory"_s
                                  << 2;
    QTest::newRow("unknown-save-format")
        << QStringList {u"--save"_s, u"/tmp/table.xlsx"_s}
        << u"/tmp/table.xlsx: has the extension \".xlsx\", which names no format this program "
           "writes; use .npy, .csv or .txt (word2vec text)"_s
        << 2;
    QTest::newRow("save-without-extension")
        << QStringList {u"--save"_s, u"/tmp/table"_s}
        << u"/tmp/table: has no extension to name a format; use .npy, .csv or .txt (word2vec "
           "text)"_s
        << 2;
    QTest::newRow("empty-word") << QStringList {u"--word"_s, u""_s, u"--print"_s}
                                << u"--word needs a value, not an empty one"_s << 2;
}

void TestCommandLine::badFilesAndWordsExitWithStatusTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QFETCH(int, status);

    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, status);
    QCOMPARE(run.out, QString());
    // Problems found while parsing add a pointer to --help on a second line.
    QVERIFY2(
        run.err.startsWith(u"embedding-visualiser: "_s + message + u'\n'), qPrintable(run.err));
}

void TestCommandLine::decimalPointIgnoresTheLocale()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"de_DE.UTF-8"_s);
    environment.insert(u"LANG"_s, u"de_DE.UTF-8"_s);

    const Run run
        = runProgram({u"--print"_s, u"--table"_s, u"random"_s, u"--seed"_s, u"42"_s,
                         u"--num-embeddings"_s, u"2"_s, u"--embedding-dimensions"_s, u"3"_s},
            environment);
    QVERIFY(run.out.contains(u"1.294"_s));
    QVERIFY(!run.out.contains(u"1,294"_s));
}

void TestCommandLine::neighboursOfAWord()
{
    const Run run = runProgram({u"--load"_s, QStringLiteral(EV_EXAMPLES_DIR "/words.txt"),
        u"--word"_s, u"king"_s, u"--neighbours"_s, u"3"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.out,
        u"1\t2\tprince\t0.998326\n"
        "2\t4\tman\t0.647506\n"
        "3\t6\tboy\t0.596650\n"_s);
}

void TestCommandLine::neighboursOfASmallTable()
{
    // Rows (1, 2), (3, 4), (5, 6): row 0 is nearer row 1 in direction, though all point up
    // and right. (1·3 + 2·4) / (√5 · 5) = 11 / 11.1803… and (5 + 12) / (√5 · √61) = 17 / 17.4642….
    const Run run = runProgram({u"--num-embeddings"_s, u"3"_s, u"--embedding-dimensions"_s, u"2"_s,
        u"--neighbours"_s, u"5"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, u"1\t1\t0.983870\n2\t2\t0.973417\n"_s);

    // A row with no direction has no neighbours, and the program says why.
    QTemporaryDir directory;
    const QString zeros = directory.filePath(u"zeros.csv"_s);
    ev::test::writeFile(zeros, "0,0\n1,2\n");
    const Run zero = runProgram({u"--load"_s, zeros, u"--neighbours"_s, u"1"_s});
    QCOMPARE(zero.exitCode, 2);
    QCOMPARE(zero.out, QString());
    QCOMPARE(zero.err,
        u"embedding-visualiser: row 0 is all zeros, so it has no direction: cosine similarity is "
        "undefined for it\n"_s);
}

void TestCommandLine::neighboursInTheReports()
{
    const QString words = QStringLiteral(EV_EXAMPLES_DIR "/words.txt");
    const Run json = runProgram(
        {u"--load"_s, words, u"--word"_s, u"bus"_s, u"--neighbours"_s, u"2"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray neighbours
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"neighbours"_s).toArray();
    QCOMPARE(neighbours.size(), 2);
    const QJsonObject first = neighbours.at(0).toObject();
    QCOMPARE(first.value(u"rank"_s).toInt(), 1);
    QCOMPARE(first.value(u"row"_s).toInt(), 14);
    QCOMPARE(first.value(u"label"_s).toString(), u"train"_s);
    QVERIFY(std::abs(first.value(u"score"_s).toDouble() - 0.995643) < 5e-7);

    // Without --neighbours the JSON has no such key.
    const Run plain = runProgram({u"--load"_s, words, u"--json"_s});
    QVERIFY(!QJsonDocument::fromJson(plain.out.toUtf8()).object().contains(u"neighbours"_s));

    const Run print = runProgram(
        {u"--load"_s, words, u"--word"_s, u"bus"_s, u"--neighbours"_s, u"1"_s, u"--print"_s});
    QVERIFY2(print.out.endsWith(u"X·E equals E[13] (bus): yes\n\n"
                                "The rows nearest to E[13] (bus) by cosine similarity (rank, row, "
                                "label, score):\n1\t14\ttrain\t0.995643\n"_s),
        qPrintable(print.out));
}

void TestCommandLine::badNeighbourCountsExitWithStatusTwo_data()
{
    QTest::addColumn<QString>("count");
    QTest::addColumn<QString>("message");

    QTest::newRow("zero") << u"0"_s << u"neighbours 0 is out of range: it must be 1 to 1000"_s;
    QTest::newRow("negative") << u"-2"_s
                              << u"neighbours -2 is out of range: it must be 1 to 1000"_s;
    QTest::newRow("not-a-number")
        << u"five"_s << u"neighbours \"five\" is not a whole number: it must be 1 to 1000"_s;
    QTest::newRow("huge") << u"99999999999999999999999"_s
                          << u"neighbours 99999999999999999999999 is out of range: it must be 1 "
                             "to 1000"_s;
}

void TestCommandLine::badNeighbourCountsExitWithStatusTwo()
{
    QFETCH(QString, count);
    QFETCH(QString, message);

    const Run run = runProgram({u"--neighbours"_s, count});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(
        run.err, u"embedding-visualiser: "_s + message + u"\nSee embedding-visualiser --help.\n"_s);
}

void TestCommandLine::explainWritesOutTheSum_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");

    QTest::newRow("column-2-of-10x10-index-2")
        << QStringList {u"--index"_s, u"2"_s, u"--explain"_s, u"2"_s}
        << u"(X·E)[2] = 0·3 + 0·13 + 1·23 + 0·33 + 0·43 + 0·53 + 0·63 + 0·73 + 0·83 + 0·93 = 23\n"
           "Only X[2] is 1, so only row 2 counts: E[2, 2] = 23\n"_s;
    QTest::newRow("column-1-of-10x3-index-2")
        << QStringList {u"--embedding-dimensions"_s, u"3"_s, u"--index"_s, u"2"_s, u"--explain"_s,
               u"1"_s}
        << u"(X·E)[1] = 0·2 + 0·5 + 1·8 + 0·11 + 0·14 + 0·17 + 0·20 + 0·23 + 0·26 + 0·29 = 8\n"
           "Only X[2] is 1, so only row 2 counts: E[2, 1] = 8\n"_s;
    // 1000 rows: the zero terms are left out, never the one that counts.
    QTest::newRow("1000-rows-elided")
        << QStringList {u"--num-embeddings"_s, u"1000"_s, u"--index"_s, u"500"_s, u"--explain"_s,
               u"7"_s}
        << u"(X·E)[7] = 0·8 + 0·18 + … + 1·5008 + … + 0·9998 = 5008\n"
           "Only X[500] is 1, so only row 500 counts: E[500, 7] = 5008\n"_s;
    QTest::newRow("labelled-example") << QStringList {u"--load"_s,
        QStringLiteral(EV_EXAMPLES_DIR "/employees.csv"), u"--index"_s, u"1"_s, u"--explain"_s,
        u"0"_s} << QString();
}

void TestCommandLine::explainWritesOutTheSum()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);

    const Run run = runProgram(arguments);
    QCOMPARE(run.err, QString());
    QCOMPARE(run.exitCode, 0);
    if (!expected.isEmpty()) {
        QCOMPARE(run.out, expected);
        return;
    }
    // A labelled table names the row by its label too.
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(u"(X·E)[0] = 0·"_s), qPrintable(lines[0]));
    QVERIFY2(lines[1].startsWith(u"Only X[1] is 1, so only row 1 ("_s), qPrintable(lines[1]));
}

void TestCommandLine::explainChecksTheLoadedTable()
{
    // The example has 3 columns, known only once it is read.
    const Run run = runProgram(
        {u"--load"_s, QStringLiteral(EV_EXAMPLES_DIR "/employees.csv"), u"--explain"_s, u"3"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QVERIFY2(run.err.contains(u"output entry 3 is out of range: X·E has 3 entries (one per "
                              "embedding dimension), so it must be 0 to 2"_s),
        qPrintable(run.err));
}

void TestCommandLine::stepShowsTheProductPartlyComputed()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString whole = directory.filePath(u"whole.png"_s);
    const QString stepped = directory.filePath(u"stepped.png"_s);

    const QStringList common {u"--size"_s, u"1200x700"_s, u"--index"_s, u"2"_s};
    QCOMPARE(runProgram(QStringList {u"--screenshot"_s, whole} + common).exitCode, 0);
    const Run run
        = runProgram(QStringList {u"--screenshot"_s, stepped, u"--step"_s, u"3"_s} + common);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());

    // The step's light blue marks X and column 3 of E; the whole product has none of it.
    const auto countStepBlue = [](const QImage &image) {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += image.pixelColor(x, y) == QColor(0x9d, 0xc2, 0xf2) ? 1 : 0;
        return count;
    };
    QCOMPARE(countStepBlue(QImage(whole)), 0);
    QVERIFY(countStepBlue(QImage(stepped)) > 1000);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
