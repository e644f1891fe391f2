// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingtable.h"
#include "pythonrunner.h"
#include "testfiles.h"
#include "wordvectorformat.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <limits>

using namespace ev;
using namespace ev::test;
using namespace Qt::StringLiterals;

namespace {

const QString s_malformed = QStringLiteral(EV_TEST_DATA_DIR "/malformed/");

QList<double> floats(std::initializer_list<float> values)
{
    QList<double> asDoubles;
    for (const float value : values)
        asDoubles << double(value);
    return asDoubles;
}

} // namespace

class TestWordVectorFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileTheSystemMakesIsNotCalledEmpty();
    void initTestCase();
    void readsGloveWithoutHeader();
    void readsWord2VecWithHeader();
    void acceptsByteOrderMarkWindowsLinesAndTrailingSpaces();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void skipsBadLinesWhenAskedAndCountsThem();
    void readsOnlyTheFirstRowsWhenAsked_data();
    void readsOnlyTheFirstRowsWhenAsked();
    void gensimReadsWhatWeWrite();
    void weReadWhatGensimWrites_data();
    void weReadWhatGensimWrites();
    void refusesToWriteLabelsTheFormatCannotHold();
    void readsValuesBeyondTheFloatRangeAsNumPyDoes();
    void refusesANulByteInATextLabel();
    void binaryFileMayEndWithALineBreak();
    void refusesASparseFileWithoutScanningIt();
    void refusesALaterLineLongerThanTheLimit_data();
    void refusesALaterLineLongerThanTheLimit();
    void writesFloat64ValuesThatFloat32CanHold();
    void readsLargeFilesInFileOrder();
    void reportsTheEarliestProblemOfALargeFile_data();
    void reportsTheEarliestProblemOfALargeFile();
    void skipsBadLinesOfALargeFileAndCountsThem();
    void reportsProgressAndCanBeCancelled();

private:
    // A GloVe file of s_largeRows rows, "wR R.5 R.25", large enough to be read by several
    // threads; \a change rewrites some of its lines (by row).
    QString writeLargeFile(const QString &name, const std::function<QByteArray(Index)> &change);
    static constexpr Index s_largeRows = 400'000;

    QTemporaryDir m_directory;
};

void TestWordVectorFormat::aFileTheSystemMakesIsNotCalledEmpty()
{
    checkAFileTheSystemMakesIsNotCalledEmpty(
        [](const QString &path) { return readWordVectors(path); });
}

void TestWordVectorFormat::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const PythonRun gensim = runPython(u"import gensim"_s);
    QVERIFY2(
        gensim.ok, "these tests need Debian's python3-gensim: tools/bootstrap test installs it");
}

void TestWordVectorFormat::readsGloveWithoutHeader()
{
    const QString path = m_directory.filePath(u"glove.txt"_s);
    writeFile(path, "king 0.5 -1.25 3\nqueen 0.25 1e-3 -0\n");

    const auto loaded = readWordVectors(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    const EmbeddingTable &table = loaded.value().table;
    QCOMPARE(table.numEmbeddings(), 2);
    QCOMPARE(table.embeddingDimensions(), 3);
    QCOMPARE(table.precision(), Precision::Float32);
    QCOMPARE(table.labels(), (QStringList {u"king"_s, u"queen"_s}));
    QCOMPARE(rowOf(table, 0), floats({0.5f, -1.25f, 3.0f}));
    QCOMPARE(rowOf(table, 1), floats({0.25f, 1e-3f, -0.0f}));
    QCOMPARE(table.indexOfLabel(u"queen"_s), std::optional<Index>(1));
}

void TestWordVectorFormat::readsWord2VecWithHeader()
{
    const QString path = m_directory.filePath(u"w2v.txt"_s);
    writeFile(path, "3 2\nthe 1 2\nof 3 4\nand 5 +6\n");

    const auto loaded = readWordVectors(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.numEmbeddings(), 3);
    QCOMPARE(loaded.value().table.labels().last(), u"and"_s);
    QCOMPARE(rowOf(loaded.value().table, 2), floats({5, 6}));
}

void TestWordVectorFormat::acceptsByteOrderMarkWindowsLinesAndTrailingSpaces()
{
    const auto loaded = readWordVectors(s_malformed + u"w2v-bom-crlf-trailing-space.txt"_s);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));

    const EmbeddingTable &table = loaded.value().table;
    QCOMPARE(table.labels(), (QStringList {u"könig"_s, u"日本"_s}));
    QCOMPARE(rowOf(table, 0), floats({1, 2, 3}));
    QCOMPARE(table.value(1, 0), -1.5);
    QVERIFY(std::isnan(table.value(1, 1)));
    QCOMPARE(table.value(1, 2), std::numeric_limits<double>::infinity());
}

void TestWordVectorFormat::refusesBadFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");
    QTest::newRow("utf-16")
        << u"glove-utf16.txt"_s
        << u"is UTF-16 text, which this program does not read; save it as UTF-8 (in a "
           "spreadsheet, \"CSV UTF-8\") and open it again"_s;

    QTest::newRow("ragged-row") << u"w2v-ragged.txt"_s
                                << u"line 3: \"queen\" has 1 values, but the table has 2 columns"_s;
    QTest::newRow("not-a-number") << u"glove-not-a-number.txt"_s
                                  << u"line 2: \"abc\", value 2 of \"queen\", is not a number"_s;
    QTest::newRow("duplicate-label")
        << u"glove-duplicate-label.txt"_s << u"line 3: the label \"king\" already labels row 0"_s;
    QTest::newRow("fewer-rows-than-the-header")
        << u"w2v-fewer-rows.txt"_s << u"the header promises 3 rows, but only 2 lines follow"_s;
    QTest::newRow("more-rows-than-the-header")
        << u"w2v-more-rows.txt"_s << u"the header promises 2 rows, but the file holds 3"_s;
    QTest::newRow("header-only") << u"w2v-header-only.txt"_s
                                 << u"the header promises 5 rows, but only 0 lines follow"_s;
    QTest::newRow("empty") << u"glove-empty.txt"_s << u"is empty"_s;
    QTest::newRow("label-not-utf8")
        << u"glove-not-utf8.txt"_s << u"line 1: the label is not valid UTF-8"_s;
    QTest::newRow("zero-rows")
        << u"w2v-zero-rows.txt"_s
        << u"line 1: the header declares 0 rows of 5 values; a table needs at least 1 of "
           "each"_s;
    QTest::newRow("header-with-more-columns-than-the-file-holds")
        << u"w2v-header-too-many-columns.txt"_s
        << u"line 1: the header declares 1400000000 values per row, more than the whole file "
           "(40 bytes) could hold"_s;
    QTest::newRow("binary-header-overflowing-64-bits")
        << u"w2v-binary-overflowing-header.bin"_s
        << u"its header declares 2444444444444444444 rows of 2444444444444444444 values, which "
           "need at least 2.07e+19 EiB, but only 6 bytes follow: the header is wrong or the "
           "file is truncated"_s;
    QTest::newRow("binary-huge-declared-shape")
        << u"w2v-binary-huge-declared.bin"_s
        << u"its header declares 400000 rows of 300 values, which need at least 458.5 MiB, "
           "but only 4 bytes follow: the header is wrong or the file is truncated"_s;
    // "new york 1 2" reads as the label "new" and values from "york", and row 1 from the rest.
    QTest::newRow("binary-label-with-a-space")
        << u"w2v-binary-label-with-space.bin"_s
        << u"row 1: the label \"?\\x00\\x00\\x00@b\" is not text (it is not UTF-8 or holds "
           "control characters): a label ends at the first space, so a label holding a space "
           "(\"new york\") shifts every row after it, as do values that are not float32 or a "
           "wrong header"_s;
    QTest::newRow("binary-bytes-after-the-last-row")
        << u"w2v-binary-trailing-bytes.bin"_s
        << u"holds 18 bytes after the 2 rows its header declares; a label ends at the first "
           "space, so a label holding a space (\"new york\") shifts every row after it, as do "
           "values that are not float32 or a wrong header"_s;
}

void TestWordVectorFormat::refusesBadFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);

    const auto loaded = readWordVectors(s_malformed + file);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(), s_malformed + file + u": "_s + problem);
}

void TestWordVectorFormat::skipsBadLinesWhenAskedAndCountsThem()
{
    const QString path = m_directory.filePath(u"some-bad.txt"_s);
    writeFile(path, "a 1 2\nb 3\nc 4 x\na 5 6\nd 7 8\n");

    LoadOptions options;
    options.skipBadLines = true;
    const auto loaded = readWordVectors(path, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.labels(), (QStringList {u"a"_s, u"d"_s}));
    QCOMPARE(rowOf(loaded.value().table, 1), floats({7, 8}));
    QCOMPARE(loaded.value().skippedLines, 3);
    QCOMPARE(loaded.value().firstSkippedProblem,
        u"line 2: \"b\" has 1 values, but the table has 2 columns"_s);
}

void TestWordVectorFormat::readsOnlyTheFirstRowsWhenAsked_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("whole-file") << QByteArray("4 2\na 1 2\nb 3 4\nc 5 6\nd 7 8\n");
    // A download that stopped half-way: the header promises more than the file holds.
    QTest::newRow("truncated-file") << QByteArray("1000 2\na 1 2\nb 3 4\nc 5");
}

void TestWordVectorFormat::readsOnlyTheFirstRowsWhenAsked()
{
    QFETCH(QByteArray, content);
    const QString path = m_directory.filePath(u"first-rows.txt"_s);
    writeFile(path, content);

    LoadOptions options;
    options.maxRows = 2;
    const auto loaded = readWordVectors(path, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.labels(), (QStringList {u"a"_s, u"b"_s}));
    QCOMPARE(rowOf(loaded.value().table, 1), floats({3, 4}));
}

void TestWordVectorFormat::gensimReadsWhatWeWrite()
{
    // Values with no short decimal form: any loss on the way would show.
    const auto table = EmbeddingTable::generate(3, 2, Precision::Float32,
        [](auto &values) { values << 0.1f, -1.0f / 3.0f, 2.5e-8f, 1e10f, -0.0f, 7.0f; });
    const EmbeddingTable labelled = table.value().withLabels({u"king"_s, u"queen"_s, u"café"_s});
    const QString path = m_directory.filePath(u"for-gensim.txt"_s);
    QCOMPARE(writeWord2VecText(labelled, path), QString());

    const PythonRun run
        = runPython(u"import sys\n"
                    "from gensim.models import KeyedVectors\n"
                    "kv = KeyedVectors.load_word2vec_format(sys.argv[1], binary=False)\n"
                    "for key in kv.index_to_key:\n"
                    "    print(key, *[float(v).hex() for v in kv[key]])\n"_s,
            {path});
    QVERIFY2(run.ok, qPrintable(run.err));

    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    for (Index row = 0; row < 3; ++row) {
        const QStringList parts = lines.at(row).split(u' ');
        QCOMPARE(parts.at(0), labelled.labels().at(row));
        for (Index column = 0; column < 2; ++column) {
            // Python's float.hex() is exact; read it back with strtod.
            const double value = std::strtod(parts.at(column + 1).toLatin1().constData(), nullptr);
            QCOMPARE(value, labelled.value(row, column));
        }
    }
}

void TestWordVectorFormat::weReadWhatGensimWrites_data()
{
    QTest::addColumn<bool>("binary");

    QTest::newRow("word2vec-text") << false;
    QTest::newRow("word2vec-binary") << true;
}

void TestWordVectorFormat::weReadWhatGensimWrites()
{
    QFETCH(bool, binary);

    const QString path = m_directory.filePath(binary ? u"gensim.bin"_s : u"gensim.txt"_s);
    const PythonRun run
        = runPython(u"import sys, numpy as np\n"
                    "from gensim.models import KeyedVectors\n"
                    "kv = KeyedVectors(vector_size=4)\n"
                    "rng = np.random.default_rng(7)\n"
                    "words = ['the', 'king', 'königin', '東京', 'x']\n"
                    "kv.add_vectors(words, rng.standard_normal((5, 4)).astype(np.float32))\n"
                    "kv.save_word2vec_format(sys.argv[1], binary=sys.argv[2] == 'binary')\n"
                    "for w in words:\n"
                    "    print(w, *[float(v).hex() for v in kv[w]])\n"_s,
            {path, binary ? u"binary"_s : u"text"_s});
    QVERIFY2(run.ok, qPrintable(run.err));

    const auto loaded = readWordVectors(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    const EmbeddingTable &table = loaded.value().table;
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(table.numEmbeddings(), 5);
    QCOMPARE(table.embeddingDimensions(), 4);
    for (Index row = 0; row < 5; ++row) {
        const QStringList parts = lines.at(row).split(u' ');
        QCOMPARE(table.labels().at(row), parts.at(0));
        for (Index column = 0; column < 4; ++column)
            QCOMPARE(table.value(row, column),
                std::strtod(parts.at(column + 1).toLatin1().constData(), nullptr));
    }
}

void TestWordVectorFormat::refusesToWriteLabelsTheFormatCannotHold()
{
    const EmbeddingTable table
        = EmbeddingTable::simple(2, 2).value().withLabels({u"new york"_s, u"paris"_s});
    const QString path = m_directory.filePath(u"spaces.txt"_s);

    const QString problem = writeWord2VecText(table, path);
    QCOMPARE(problem,
        path
            + u": the label \"new york\" is empty or holds a space or line break, "
              "which the word2vec format cannot store; save as .npy or CSV "
              "instead"_s);
    QVERIFY(!QFile::exists(path));
}

void TestWordVectorFormat::readsValuesBeyondTheFloatRangeAsNumPyDoes()
{
    const QString tiny = m_directory.filePath(u"tiny.txt"_s);
    writeFile(tiny, "a 1e-50 -1e-400 3\n");
    const auto loaded = readWordVectors(tiny);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(rowOf(loaded.value().table, 0), floats({0, -0.0f, 3}));
    QVERIFY(std::signbit(loaded.value().table.value(0, 1)));

    const QString huge = m_directory.filePath(u"huge.txt"_s);
    writeFile(huge, "a 1 2 3\nb 1 -1e39 3\n");
    QCOMPARE(readWordVectors(huge).errorMessage(),
        huge
            + u": line 2: \"-1e39\", value 2 of \"b\", is beyond the float32 range (about "
              "±3.4e38)"_s);
}

void TestWordVectorFormat::refusesANulByteInATextLabel()
{
    // Without a word2vec header, a NUL byte does not make a text file binary.
    const QString path = m_directory.filePath(u"nul.txt"_s);
    writeFile(path, QByteArray("ok 1 2\na\0b 3 4\n", 16));
    QCOMPARE(readWordVectors(path).errorMessage(),
        path + u": line 2: the label holds a NUL byte, which no text label can"_s);
}

void TestWordVectorFormat::binaryFileMayEndWithALineBreak()
{
    // word2vec's C tool ends every row with one; gensim writes none.
    const QString path = m_directory.filePath(u"line-break-at-the-end.bin"_s);
    QByteArray content = "1 2\na ";
    const float values[] = {1.5f, -2.0f};
    content.append(reinterpret_cast<const char *>(values), sizeof values);
    writeFile(path, content + "\n");

    const auto loaded = readWordVectors(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.labels(), QStringList {u"a"_s});
    QCOMPARE(rowOf(loaded.value().table, 0), (QList<double> {1.5, -2.0}));
}

void TestWordVectorFormat::refusesASparseFileWithoutScanningIt()
{
    // truncate -s 4G: no line break anywhere, and no disk space taken.
    const QString path = m_directory.filePath(u"sparse.vec"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(qint64(4) << 30));
    file.close();

    QElapsedTimer timer;
    timer.start();
    const auto loaded = readWordVectors(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path
            + u": line 1 is longer than 64.0 MiB, the most a line of a text table may hold (a "
              "label and a few million values)"_s);
    // Scanning the whole file took 15 seconds and 4 GiB of page cache.
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QFile::remove(path);
}

void TestWordVectorFormat::refusesALaterLineLongerThanTheLimit_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<qint64>("zeros");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<qint64>("line");

    constexpr qint64 mebibyte = 1 << 20;
    // Rows enough to fill the first 64 KiB, where a NUL byte would mark a word2vec binary file.
    QByteArray word2vec = "8001 2\n";
    for (int row = 0; row < 8000; ++row)
        word2vec += "w" + QByteArray::number(row) + " 1 2\n";
    QTest::newRow("word2vec-at-the-end")
        << word2vec << 200 * mebibyte << QByteArray() << qint64(8002);
    QTest::newRow("glove-after-blank-lines")
        << QByteArray("\n\na 1 2\n\n") << 70 * mebibyte << QByteArray("\nb 3 4\n") << qint64(5);
    // Read by two threads, the second from a line break in the middle of the file; the first
    // counts its lines up to the long one.
    QTest::newRow("glove-in-the-first-of-two-stretches")
        << QByteArray("a 1 2\nb 3 4\n") << 70 * mebibyte
        << QByteArray("\nc 5 6\n" + QByteArray(8 * mebibyte, '\n')) << qint64(3);
    // No line break near the middle, where a second thread would start.
    QTest::newRow("glove-across-the-middle")
        << QByteArray("a 1 2\n") << 300 * mebibyte << QByteArray("\nb 3 4\n") << qint64(2);
}

void TestWordVectorFormat::refusesALaterLineLongerThanTheLimit()
{
    QFETCH(QByteArray, before);
    QFETCH(qint64, zeros);
    QFETCH(QByteArray, after);
    QFETCH(qint64, line);

    // The zeros take no disk space; each line but the one of zeros is short.
    const QString path = m_directory.filePath(u"long-line.vec"_s);
    const qint64 afterAt = before.size() + zeros;
    writeSparseFile(path, {{0, before}, {afterAt, after}}, afterAt + after.size());
    const auto loaded = readWordVectors(path);
    QFile::remove(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path + u": line "_s + QString::number(line)
            + u" is longer than 64.0 MiB, the most a line of a text table may hold (a label and "
              "a few million values)"_s);
}

void TestWordVectorFormat::writesFloat64ValuesThatFloat32CanHold()
{
    // Read back rounded to float32, as gensim reads them too.
    const QString path = m_directory.filePath(u"float64.txt"_s);
    const auto table = EmbeddingTable::generate(1, 2, Precision::Float64, [](auto &values) {
        values(0, 0) = 0.1;
        values(0, 1) = -1e30;
    });
    QCOMPARE(writeWord2VecText(table.value().withLabels({u"a"_s}), path), QString());
    QCOMPARE(rowOf(readWordVectors(path).value().table, 0), floats({0.1f, -1e30f}));

    // Beyond float32's range, the file would read back nowhere.
    const auto huge = EmbeddingTable::generate(1, 2, Precision::Float64, [](auto &values) {
        values(0, 0) = 1.0;
        values(0, 1) = 1e300;
    });
    QCOMPARE(writeWord2VecText(huge.value().withLabels({u"a"_s}), path),
        path
            + u": word2vec text is read as float32, and E[0, 1] = 1e+300 is beyond its range "
              "(about ±3.4e38); save as .npy or CSV to keep it"_s);
    QCOMPARE(rowOf(readWordVectors(path).value().table, 0), floats({0.1f, -1e30f}));
}

QString TestWordVectorFormat::writeLargeFile(
    const QString &name, const std::function<QByteArray(Index)> &change)
{
    QByteArray text;
    text.reserve(s_largeRows * 24);
    for (Index row = 0; row < s_largeRows; ++row) {
        QByteArray line = change ? change(row) : QByteArray();
        if (line.isNull()) {
            const QByteArray number = QByteArray::number(qint64(row));
            line = 'w' + number + ' ' + number + ".5 " + number + ".25";
        }
        text += line + '\n';
    }
    const QString path = m_directory.filePath(name);
    writeFile(path, text);
    return path;
}

void TestWordVectorFormat::readsLargeFilesInFileOrder()
{
    const QString path = writeLargeFile(u"large.txt"_s, {});
    QVERIFY(QFileInfo(path).size() > 8 << 20); // two stretches of 4 MiB at least

    const auto loaded = readWordVectors(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    const EmbeddingTable &table = loaded.value().table;
    QCOMPARE(table.numEmbeddings(), s_largeRows);
    QCOMPARE(table.labels().size(), s_largeRows);
    for (const Index row : {Index(0), Index(1), s_largeRows / 2 - 1, s_largeRows / 2,
             s_largeRows / 2 + 1, s_largeRows - 1}) {
        QCOMPARE(table.labels()[row], u"w%1"_s.arg(row));
        QCOMPARE(rowOf(table, row), floats({float(row) + 0.5f, float(row) + 0.25f}));
    }
    for (Index row = 0; row < s_largeRows; ++row) {
        if (table.value(row, 0) != double(float(row) + 0.5f))
            QFAIL(qPrintable(u"row %1 holds %2"_s.arg(row).arg(table.value(row, 0))));
    }
}

void TestWordVectorFormat::reportsTheEarliestProblemOfALargeFile_data()
{
    QTest::addColumn<Index>("duplicateRow");
    QTest::addColumn<Index>("badRow");
    QTest::addColumn<QString>("problem");

    // Rows near the start and the end lie in different stretches, read by different threads.
    QTest::newRow("duplicate-late")
        << Index(390'000) << Index(-1) << u"line 390001: the label \"w10\" already labels row 10"_s;
    QTest::newRow("bad-value-before-a-duplicate") << Index(
        390'000) << Index(20'000) << u"line 20001: \"x\", value 1 of \"w20000\", is not a number"_s;
    QTest::newRow("duplicate-before-a-bad-value") << Index(
        30'000) << Index(390'000) << u"line 30001: the label \"w10\" already labels row 10"_s;
}

void TestWordVectorFormat::reportsTheEarliestProblemOfALargeFile()
{
    QFETCH(Index, duplicateRow);
    QFETCH(Index, badRow);
    QFETCH(QString, problem);

    const QString path = writeLargeFile(u"problems.txt"_s, [&](Index row) {
        if (row == duplicateRow)
            return QByteArray("w10 1 2");
        return row == badRow ? 'w' + QByteArray::number(qint64(row)) + " x 2" : QByteArray();
    });
    QCOMPARE(readWordVectors(path).errorMessage(), path + u": "_s + problem);
}

void TestWordVectorFormat::skipsBadLinesOfALargeFileAndCountsThem()
{
    const QString path = writeLargeFile(u"skipped.txt"_s, [](Index row) {
        if (row == 30'000 || row == 390'000)
            return QByteArray("w10 1 2");
        return row == 200'001 ? QByteArray("w200001 1") : QByteArray();
    });
    LoadOptions options;
    options.skipBadLines = true;
    const auto loaded = readWordVectors(path, options);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    const EmbeddingTable &table = loaded.value().table;
    QCOMPARE(loaded.value().skippedLines, 3);
    QCOMPARE(loaded.value().firstSkippedProblem,
        u"line 30001: the label \"w10\" already labels row 10"_s);
    QCOMPARE(table.numEmbeddings(), s_largeRows - 3);
    // Rows after a skipped one move up, in order.
    QCOMPARE(table.labels()[29'999], u"w29999"_s);
    QCOMPARE(table.labels()[30'000], u"w30001"_s);
    QCOMPARE(rowOf(table, 30'000), floats({30001.5f, 30001.25f}));
    QCOMPARE(table.labels()[199'999], u"w200000"_s);
    QCOMPARE(table.labels()[200'000], u"w200002"_s);
    QCOMPARE(rowOf(table, s_largeRows - 4), floats({399999.5f, 399999.25f}));
    QCOMPARE(table.labels().constLast(), u"w399999"_s);
}

void TestWordVectorFormat::reportsProgressAndCanBeCancelled()
{
    const QString path = writeLargeFile(u"progress.txt"_s, {});
    const qint64 size = QFileInfo(path).size();

    QList<qint64> reported;
    QSet<qint64> totals;
    LoadOptions options;
    options.progress = [&](qint64 done, qint64 total) {
        reported << done;
        totals << total;
        return true;
    };
    QVERIFY(readWordVectors(path, options));
    QCOMPARE(totals, QSet<qint64> {size});
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    QCOMPARE(reported.constLast(), size);

    options.progress = [](qint64, qint64) {
        return false;
    };
    QCOMPARE(readWordVectors(path, options).errorMessage(), path + u": reading was cancelled"_s);
}

QTEST_APPLESS_MAIN(TestWordVectorFormat)
#include "tst_wordvectorformat.moc"
