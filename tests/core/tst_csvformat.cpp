// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "csvformat.h"
#include "embeddingtable.h"
#include "pythonrunner.h"
#include "tableformats.h"
#include "testfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace ev;
using namespace ev::test;
using namespace Qt::StringLiterals;

namespace {

const QString s_malformed = QStringLiteral(EV_TEST_DATA_DIR "/malformed/");

} // namespace

class TestCsvFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectsTheDelimiter_data();
    void detectsTheDelimiter();
    void readsHeaderAndQuotedLabels();
    void readsDecimalCommaWhenChosen();
    void decimalCommaRulesOutTheCommaAsDelimiter();
    void decimalCommaInTheFirstColumnIsAValue();
    void aSingleColumnIsATable();
    void aNumberBeyondFloat64IsNoLabel();
    void labelsThatLookLikeNumbersAmongWordsStayLabels();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void longFieldsAreShortenedInMessages();
    void skipsBadLinesWhenAsked();
    void numpyReadsWhatWeWrite();
    void weReadWhatNumpyWrites();
    void numpyTextGridInATxtFileIsATable();
    void labelsSurviveARoundTrip();
    void readsPandasIndexAndNumpyComments();
    void refusesOrSkipsDuplicateLabels();
    void twoColumnGridIsNotAWord2VecFile();
    void explainsBadValuesAndLabels_data();
    void explainsBadValuesAndLabels();
    void aFileTheSystemMakesIsNotCalledEmpty();
    void refusesALineLongerThanTheLimit_data();
    void refusesALineLongerThanTheLimit();
    void refusesAQuotedRowLongerThanTheLimit();
    void readsOnlyTheFirstRowsWhenAsked();
    void checksMemoryBeforeReadingTheValues_data();
    void checksMemoryBeforeReadingTheValues();
    void readsRowsEndedByCarriageReturnsAlone();

private:
    QTemporaryDir m_directory;
};

void TestCsvFormat::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QVERIFY2(runPython(u"import numpy"_s).ok,
        "these tests need Debian's python3-numpy: tools/bootstrap test installs it");
}

void TestCsvFormat::detectsTheDelimiter_data()
{
    QTest::addColumn<QByteArray>("content");

    QTest::newRow("comma") << QByteArray("1,2,3\n4,5,6\n");
    QTest::newRow("tab") << QByteArray("1\t2\t3\n4\t5\t6\n");
    QTest::newRow("semicolon") << QByteArray("1;2;3\n4;5;6\n");
    QTest::newRow("space") << QByteArray("1 2 3\n4 5 6\n");
    QTest::newRow("aligned-spaces") << QByteArray("  1   2  3\n  4   5  6\n");
    QTest::newRow("no-final-newline") << QByteArray("1,2,3\n4,5,6");
}

void TestCsvFormat::detectsTheDelimiter()
{
    QFETCH(QByteArray, content);

    const QString path = m_directory.filePath(u"delimited.csv"_s);
    writeFile(path, content);
    const auto loaded = readCsv(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 2);
    QCOMPARE(loaded.value().table.precision(), Precision::Float64);
    QCOMPARE(rowOf(loaded.value().table, 1), (QList<double> {4, 5, 6}));
    QVERIFY(loaded.value().table.labels().isEmpty());
}

void TestCsvFormat::readsHeaderAndQuotedLabels()
{
    const auto loaded = readCsv(s_malformed + u"csv-bom-crlf-quoted-labels.csv"_s);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));

    const EmbeddingTable &table = loaded.value().table;
    QCOMPARE(table.labels(), (QStringList {u"New York, NY"_s, u"paris"_s}));
    QCOMPARE(rowOf(table, 0), (QList<double> {1, 2}));
    QCOMPARE(rowOf(table, 1), (QList<double> {3, 4}));
}

void TestCsvFormat::readsDecimalCommaWhenChosen()
{
    LoadOptions options;
    options.decimalComma = true;
    const auto loaded = readCsv(s_malformed + u"csv-decimal-comma.csv"_s, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(rowOf(loaded.value().table, 0), (QList<double> {1, 2.5, 3}));
}

void TestCsvFormat::decimalCommaInTheFirstColumnIsAValue()
{
    // With decimal commas chosen, "1,5" is a number, not a label that takes the column away.
    const QString path = m_directory.filePath(u"decimal-comma-first.csv"_s);
    writeFile(path, "1,5;2,5\n3,5;4,5\n");
    LoadOptions options;
    options.decimalComma = true;
    const auto loaded = readCsv(path, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QVERIFY(loaded.value().table.labels().isEmpty());
    QCOMPARE(rowOf(loaded.value().table, 0), (QList<double> {1.5, 2.5}));
    QCOMPARE(rowOf(loaded.value().table, 1), (QList<double> {3.5, 4.5}));
}

void TestCsvFormat::aSingleColumnIsATable()
{
    // What we write for a table of one column, which no delimiter splits, reads back.
    const auto table = EmbeddingTable::generate(
        4, 1, Precision::Float64, [](auto &values) { values << 1, -2.5, 1e-300, 4; });
    const QString path = m_directory.filePath(u"one-column.csv"_s);
    QCOMPARE(writeCsv(table.value(), path), QString());
    const auto loaded = readCsv(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 4);
    QCOMPARE(loaded.value().table.embeddingDimensions(), 1);
    for (Index row = 0; row < 4; ++row)
        QCOMPARE(loaded.value().table.value(row, 0), table.value().value(row, 0));

    // So does a column under its name, and numpy.savetxt's column.
    writeFile(path, "value\n1.5\n2\n");
    const auto named = readCsv(path);
    QVERIFY2(named, qPrintable(named.errorMessage()));
    QCOMPARE(rowOf(named.value().table, 1), (QList<double> {2}));
    const PythonRun run = runPython(
        u"import sys, numpy as np\nnp.savetxt(sys.argv[1], np.array([[0.25], [-3.0]]))\n"_s,
        {path});
    QVERIFY2(run.ok, qPrintable(run.err));
    const auto fromNumpy = readCsv(path);
    QVERIFY2(fromNumpy, qPrintable(fromNumpy.errorMessage()));
    QCOMPARE(fromNumpy.value().table.numEmbeddings(), 2);
    QCOMPARE(rowOf(fromNumpy.value().table, 1), (QList<double> {-3.0}));

    // Words alone on each line are no table.
    writeFile(path, "king\nqueen\n");
    QCOMPARE(readCsv(path).errorMessage(),
        path
            + u": has no delimiter that splits its lines into two or more fields; commas, tabs, "
              "semicolons and spaces were tried"_s);
}

void TestCsvFormat::aNumberBeyondFloat64IsNoLabel()
{
    const QString path = m_directory.filePath(u"beyond.csv"_s);
    writeFile(path, "1e400,2\n3,4\n");
    QCOMPARE(readCsv(path).errorMessage(),
        path + u": line 1: \"1e400\", value 0, is beyond the float64 range (about ±1.8e308)"_s);
}

void TestCsvFormat::decimalCommaRulesOutTheCommaAsDelimiter()
{
    LoadOptions options;
    options.decimalComma = true;
    const QString path = s_malformed + u"csv-decimal-comma-between-values.csv"_s;
    const auto loaded = readCsv(path, options);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path
            + u": has no delimiter that splits its lines into two or more fields; tabs, "
              "semicolons and spaces were tried, not commas, which are decimal commas here "
              "(--decimal-comma on the command line): a file with decimal commas separates its "
              "values with one of those"_s);
}

void TestCsvFormat::labelsThatLookLikeNumbersAmongWordsStayLabels()
{
    const QString path = m_directory.filePath(u"mixed-labels.csv"_s);
    writeFile(path, "word,a,b\nking,1,2\n1984,3,4\nqueen,5,6\n");
    const auto loaded = readCsv(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.labels(), (QStringList {u"king"_s, u"1984"_s, u"queen"_s}));
    QCOMPARE(rowOf(loaded.value().table, 1), (QList<double> {3, 4}));

    // Below a header, the first row decides as the first line does without one.
    writeFile(path, "word,a,b\nking,1,2\n3,4,5\n");
    const auto refused = readCsv(path);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().startsWith(
                 path + u": line 2: \"king\" reads as a label, but the rows below"_s),
        qPrintable(refused.errorMessage()));
}

void TestCsvFormat::refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");

    QTest::newRow("ragged") << u"csv-ragged.csv"_s
                            << u"line 3: 2 values, but the first row has 3"_s;
    QTest::newRow("decimal-comma")
        << u"csv-decimal-comma.csv"_s
        << u"line 1: \"2,5\" uses a decimal comma; choose to read a decimal comma "
           "(--decimal-comma on the command line) to read it as 2.5"_s;
    QTest::newRow("empty-value") << u"csv-empty-value.csv"_s << u"line 2: value 1 is empty"_s;
    QTest::newRow("no-numbers") << u"csv-no-numbers.tsv"_s
                                << u"line 2: \"here\", value 1, is not a number"_s;
    QTest::newRow("one-column")
        << u"csv-one-column.csv"_s
        << u"has no delimiter that splits its lines into two or more fields; commas, tabs, "
           "semicolons and spaces were tried"_s;
    QTest::newRow("empty") << u"glove-empty.txt"_s << u"is empty"_s;
    // Read by its first cell alone, 3 and 6 became labels and a column of values was lost.
    QTest::newRow("one-label-above-numbers")
        << u"csv-one-label-above-numbers.csv"_s
        << u"line 1: \"king\" reads as a label, but the rows below start with numbers; label "
           "every row or none (to label rows with numbers, start with a header whose first "
           "field is empty, \",0,1\", as pandas writes)"_s;
    QTest::newRow("utf-16")
        << u"csv-utf16.csv"_s
        << u"is UTF-16 text, which this program does not read; save it as UTF-8 (in a "
           "spreadsheet, \"CSV UTF-8\") and open it again"_s;
    QTest::newRow("title-line")
        << u"csv-title-line.csv"_s
        << u"line 1: holds the single field \"Embeddings\" and no values; a first line names "
           "every column (a header) or holds a row of numbers"_s;
    // The quote opened on line 3 takes in the rest of the file, which then looks ragged.
    QTest::newRow("unclosed-quote")
        << u"csv-unclosed-quote.csv"_s
        << u"line 3: a quoted field starts in this line and its closing quote (\") never comes; "
           "a quoted field ends with a quote, and a quote inside it is written twice (\"\")"_s;
}

void TestCsvFormat::refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);

    const auto loaded = readCsv(s_malformed + file);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(), s_malformed + file + u": "_s + problem);
}

void TestCsvFormat::longFieldsAreShortenedInMessages()
{
    // A hostile file's field may be megabytes long; the message quotes only its start.
    const QString path = m_directory.filePath(u"long-field.csv"_s);
    writeFile(path, "a,b\n1," + QByteArray(1 << 20, 'x') + "\n");
    const auto loaded = readCsv(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path + u": line 2: \""_s + QString(39, u'x') + u"…\", value 2, is not a number"_s);
}

void TestCsvFormat::skipsBadLinesWhenAsked()
{
    LoadOptions options;
    options.skipBadLines = true;
    const auto loaded = readCsv(s_malformed + u"csv-ragged.csv"_s, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 1);
    QCOMPARE(loaded.value().skippedLines, 1);
    QCOMPARE(loaded.value().firstSkippedProblem, u"line 3: 2 values, but the first row has 3"_s);
}

void TestCsvFormat::numpyReadsWhatWeWrite()
{
    const auto table = EmbeddingTable::generate(2, 3, Precision::Float64, [](auto &values) {
        values << 0.1, -1.0 / 3.0, 1e300, -0.0, std::numeric_limits<double>::quiet_NaN(), 7;
    });
    const QString path = m_directory.filePath(u"written.csv"_s);
    QCOMPARE(writeCsv(table.value(), path), QString());

    const PythonRun run = runPython(u"import sys, numpy as np\n"
                                    "a = np.loadtxt(sys.argv[1], delimiter=',')\n"
                                    "print(a.shape)\n"
                                    "print(' '.join(float(v).hex() for v in a.ravel()))\n"_s,
        {path});
    QVERIFY2(run.ok, qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.at(0), u"(2, 3)"_s);
    const QStringList values = lines.at(1).split(u' ');
    for (Index i = 0; i < 6; ++i) {
        const double expected = table.value().value(i / 3, i % 3);
        const double read = std::strtod(values.at(i).toLatin1().constData(), nullptr);
        if (std::isnan(expected))
            QVERIFY(std::isnan(read));
        else
            QCOMPARE(read, expected);
    }
    QVERIFY(values.at(3).startsWith(u'-'));
}

void TestCsvFormat::weReadWhatNumpyWrites()
{
    const QString path = m_directory.filePath(u"numpy.tsv"_s);
    const PythonRun run = runPython(
        u"import sys, numpy as np\n"
        "a = np.random.default_rng(3).standard_normal((4, 5))\n"
        "np.savetxt(sys.argv[1], a, delimiter='\\t', fmt='%.17g', header='d0 d1 d2 d3 d4')\n"
        "print(' '.join(float(v).hex() for v in a.ravel()))\n"_s,
        {path});
    QVERIFY2(run.ok, qPrintable(run.err));

    // savetxt writes its header after "# "; a comment line has one field, so it is not data.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray content = file.readAll();
    content.remove(0, content.indexOf('\n') + 1);
    file.close();
    writeFile(path, content);

    const auto loaded = readCsv(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    const QStringList values = run.out.trimmed().split(u' ');
    QCOMPARE(loaded.value().table.numEmbeddings(), 4);
    for (Index i = 0; i < 20; ++i)
        QCOMPARE(loaded.value().table.value(i / 5, i % 5),
            std::strtod(values.at(i).toLatin1().constData(), nullptr));
}

void TestCsvFormat::numpyTextGridInATxtFileIsATable()
{
    // numpy.savetxt's default: space-separated, no labels, no header, and often a .txt name,
    // the same extension word vectors use.
    const QString path = m_directory.filePath(u"savetxt.txt"_s);
    const PythonRun run = runPython(u"import sys, numpy as np\n"
                                    "a = np.random.default_rng(5).standard_normal((5, 3))\n"
                                    "np.savetxt(sys.argv[1], a)\n"
                                    "print(' '.join(float(v).hex() for v in a.ravel()))\n"_s,
        {path});
    QVERIFY2(run.ok, qPrintable(run.err));

    const auto loaded = loadTable(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 5);
    QCOMPARE(loaded.value().table.embeddingDimensions(), 3);
    QVERIFY(loaded.value().table.labels().isEmpty());
    const QStringList values = run.out.trimmed().split(u' ');
    for (Index i = 0; i < 15; ++i)
        QCOMPARE(loaded.value().table.value(i / 3, i % 3),
            std::strtod(values.at(i).toLatin1().constData(), nullptr));

    // Word vectors in a .txt file still load as word vectors, labels and all.
    const auto words = loadTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt"));
    QVERIFY(words);
    QCOMPARE(words.value().table.labels().constFirst(), u"king"_s);
}

void TestCsvFormat::labelsSurviveARoundTrip()
{
    // Labels that look like numbers stay labels: the header says the first column holds them.
    const EmbeddingTable table = EmbeddingTable::simple(5, 2).value().withLabels(
        {u"New York, NY"_s, u"say \"hi\""_s, u"Zürich"_s, u"1984"_s, u"nan"_s});
    const QString path = m_directory.filePath(u"labelled.csv"_s);
    QCOMPARE(writeCsv(table, path), QString());

    const auto reread = readCsv(path);
    QVERIFY2(reread, qPrintable(reread.errorMessage()));
    QCOMPARE(reread.value().table.labels(), table.labels());
    QCOMPARE(rowOf(reread.value().table, 2), (QList<double> {5, 6}));
    QCOMPARE(rowOf(reread.value().table, 4), (QList<double> {9, 10}));

    const PythonRun run = runPython(u"import sys, csv\n"
                                    "for row in csv.reader(open(sys.argv[1], encoding='utf-8')):\n"
                                    "    print(repr(row[0]), len(row))\n"_s,
        {path});
    QVERIFY2(run.ok, qPrintable(run.err));
    QCOMPARE(run.out.split(u'\n', Qt::SkipEmptyParts),
        (QStringList {u"'' 3"_s, u"'New York, NY' 3"_s, u"'say \"hi\"' 3"_s, u"'Zürich' 3"_s,
            u"'1984' 3"_s, u"'nan' 3"_s}));
}

void TestCsvFormat::readsPandasIndexAndNumpyComments()
{
    // pandas.DataFrame.to_csv writes its index as an unnamed first column.
    const QString pandas = m_directory.filePath(u"pandas.csv"_s);
    writeFile(pandas, ",0,1,2\n0,0.5,1.5,2.5\n1,3.5,4.5,5.5\n");
    const auto indexed = readCsv(pandas);
    QVERIFY2(indexed, qPrintable(indexed.errorMessage()));
    QCOMPARE(indexed.value().table.labels(), (QStringList {u"0"_s, u"1"_s}));
    QCOMPARE(rowOf(indexed.value().table, 1), (QList<double> {3.5, 4.5, 5.5}));

    // numpy.savetxt(header=...) writes the header as a '#' comment.
    const QString commented = m_directory.filePath(u"commented.txt"_s);
    const PythonRun run = runPython(
        u"import sys, numpy as np\n"
        "np.savetxt(sys.argv[1], np.arange(6.).reshape(3, 2), header='x y', delimiter=',')\n"_s,
        {commented});
    QVERIFY2(run.ok, qPrintable(run.err));
    const auto loaded = loadTable(commented);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 3);
    QCOMPARE(rowOf(loaded.value().table, 2), (QList<double> {4, 5}));
}

void TestCsvFormat::refusesOrSkipsDuplicateLabels()
{
    const QString path = m_directory.filePath(u"duplicates.csv"_s);
    writeFile(path, "a,1\nb,2\na,3\nc,4\n");
    QCOMPARE(
        readCsv(path).errorMessage(), path + u": line 3: the label \"a\" already labels row 0"_s);

    LoadOptions options;
    options.skipBadLines = true;
    const auto loaded = readCsv(path, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.labels(), (QStringList {u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(rowOf(loaded.value().table, 2), (QList<double> {4}));
    QCOMPARE(loaded.value().skippedLines, 1);
}

void TestCsvFormat::twoColumnGridIsNotAWord2VecFile()
{
    // "1 2" could be a word2vec header (1 row of 2 values), but the next line is no row of one.
    const QString path = m_directory.filePath(u"pairs.txt"_s);
    writeFile(path, "1 2\n3 4\n5 6\n");
    const auto loaded = loadTable(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 3);
    QCOMPARE(rowOf(loaded.value().table, 0), (QList<double> {1, 2}));

    // A true word2vec file of one dimension keeps its header.
    const QString word2vec = m_directory.filePath(u"one-dimension.txt"_s);
    writeFile(word2vec, "2 1\nup 1\ndown -1\n");
    const auto words = loadTable(word2vec);
    QVERIFY2(words, qPrintable(words.errorMessage()));
    QCOMPARE(words.value().table.labels(), (QStringList {u"up"_s, u"down"_s}));
}

void TestCsvFormat::explainsBadValuesAndLabels_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("problem");

    QTest::newRow("beyond-float64")
        << QByteArray("a,1\nb,1e400\n")
        << u"line 2: \"1e400\", value 1, is beyond the float64 range (about ±1.8e308)"_s;
    QTest::newRow("latin-1-label")
        << QByteArray("q,1\nk\xe9ng,2\n") << u"line 2: the label is not valid UTF-8"_s;
    // A NUL would cut the message short wherever it is printed as a C string.
    QTest::newRow("nul-in-a-value")
        << QByteArray("1,2\n3,\0 4\n", 10) << u"line 2: \"\\x00 4\", value 2, is not a number"_s;
}

void TestCsvFormat::explainsBadValuesAndLabels()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, problem);
    const QString path = m_directory.filePath(u"bad.csv"_s);
    writeFile(path, content);
    QCOMPARE(readCsv(path).errorMessage(), path + u": "_s + problem);
}

void TestCsvFormat::aFileTheSystemMakesIsNotCalledEmpty()
{
    checkAFileTheSystemMakesIsNotCalledEmpty([](const QString &path) { return readCsv(path); });
}

void TestCsvFormat::refusesALineLongerThanTheLimit_data()
{
    QTest::addColumn<QByteArray>("start");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("line");

    // truncate -s 4G: no line break anywhere. It was taken for one row of two billion values.
    QTest::newRow("sparse-file") << QByteArray() << (qint64(4) << 30) << qint64(1);
    QTest::newRow("after-blank-lines") << QByteArray("\n \n") << (qint64(200) << 20) << qint64(3);
    QTest::newRow("after-the-first-rows")
        << QByteArray("a,b\n1,2\n3,4\n") << (qint64(200) << 20) << qint64(4);
}

void TestCsvFormat::refusesALineLongerThanTheLimit()
{
    QFETCH(QByteArray, start);
    QFETCH(qint64, size);
    QFETCH(qint64, line);

    const QString path = m_directory.filePath(u"long-line.csv"_s);
    writeSparseFile(path, {{0, start}}, size);
    QElapsedTimer timer;
    timer.start();
    const auto loaded = readCsv(path);
    const qint64 elapsed = timer.elapsed();
    QFile::remove(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path + u": line "_s + QString::number(line)
            + u" is longer than 64.0 MiB, the most a line of a text table may hold (a label and "
              "a few million values)"_s);
    // Read to its end, the file would take far longer, and as much memory.
    QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
}

void TestCsvFormat::refusesAQuotedRowLongerThanTheLimit()
{
    // Every line is short, but the quote opened in line 2 never closes: libcsv would gather the
    // whole rest of the file into one field.
    const QString path = m_directory.filePath(u"long-quote.csv"_s);
    constexpr qint64 mebibyte = 1 << 20;
    QList<std::pair<qint64, QByteArray>> pieces {{0, "1,2\n\"x\n"}};
    for (qint64 lineBreak = 20 * mebibyte; lineBreak < 100 * mebibyte; lineBreak += 20 * mebibyte)
        pieces.append({lineBreak, "\n"});
    writeSparseFile(path, pieces, 100 * mebibyte);
    const auto loaded = readCsv(path);
    QFile::remove(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path
            + u": line 2: the row that starts in this line runs on past 64.0 MiB, the most a line "
              "of a text table may hold, inside a quoted field: its closing quote (\") is "
              "missing, or a quote inside it is not written twice (\"\")"_s);
}

void TestCsvFormat::readsOnlyTheFirstRowsWhenAsked()
{
    // Twenty rows, then 8 GiB without a line break: read whole, the file is refused.
    QByteArray rows = "word,x,y\n";
    for (int row = 0; row < 20; ++row)
        rows += "w" + QByteArray::number(row) + ',' + QByteArray::number(row) + ",0.5\n";
    const QString path = m_directory.filePath(u"first-rows.csv"_s);
    writeSparseFile(path, {{0, rows}}, qint64(8) << 30);

    LoadOptions options;
    options.maxRows = 10;
    options.memoryLimitBytes = std::uint64_t(1) << 30;
    const auto loaded = readCsv(path, options);
    options.maxRows.reset();
    const auto whole = readCsv(path, options);
    QFile::remove(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    const EmbeddingTable &table = loaded.value().table;
    QCOMPARE(table.numEmbeddings(), 10);
    QCOMPARE(table.labels().constLast(), u"w9"_s);
    QCOMPARE(rowOf(table, 9), (QList<double> {9, 0.5}));
    QCOMPARE(whole.errorMessage(),
        path
            + u": line 22 is longer than 64.0 MiB, the most a line of a text table may hold (a "
              "label and a few million values)"_s);
}

void TestCsvFormat::checksMemoryBeforeReadingTheValues_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("unix") << QByteArray("\n");
    // A carriage return before a line break ends no second row.
    QTest::newRow("windows") << QByteArray("\r\n");
}

void TestCsvFormat::checksMemoryBeforeReadingTheValues()
{
    QFETCH(QByteArray, lineEnd);
    QByteArray content = "# numpy.savetxt's header" + lineEnd + "a,b,c" + lineEnd;
    for (int row = 0; row < 200; ++row)
        content += "1,2,3" + lineEnd;
    const QString path = m_directory.filePath(u"memory.csv"_s);
    writeFile(path, content);

    LoadOptions options;
    options.memoryLimitBytes = 4000;
    QCOMPARE(readCsv(path, options).errorMessage(),
        path
            + u": a table of 200 × 3 float64 values needs 4.7 KiB, more than the 3.9 KiB one "
              "table may use on this computer"_s);
    options.memoryLimitBytes = 200 * 3 * 8;
    const auto loaded = readCsv(path, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 200);
}

void TestCsvFormat::readsRowsEndedByCarriageReturnsAlone()
{
    // Classic Mac OS line ends: libcsv ends a row at each, though no line break comes.
    const QString path = m_directory.filePath(u"carriage-returns.csv"_s);
    writeFile(path, "x,y\r1,2\r3,4\r5,6");
    const auto loaded = readCsv(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 3);
    QCOMPARE(rowOf(loaded.value().table, 2), (QList<double> {5, 6}));
}

QTEST_APPLESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"
