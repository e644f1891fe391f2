// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingtable.h"
#include "mappedfileguard.h"
#include "npyformat.h"
#include "pythonrunner.h"
#include "testfiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <limits>

using namespace ev;
using namespace ev::test;
using namespace Qt::StringLiterals;

namespace {

const QString s_malformed = QStringLiteral(EV_TEST_DATA_DIR "/malformed/");

// Writes, with NumPy, the array `expression` (which may use np, rows and columns) to path.
void saveWithNumpy(const QString &path, const QString &expression)
{
    const PythonRun run = runPython(u"import sys, numpy as np\n"
                                    "rows, columns = 4, 3\n"
                                    "array = "_s
            + expression + u"\nnp.save(sys.argv[1], array)\n"_s,
        {path});
    QVERIFY2(run.ok, qPrintable(run.err));
}

// The expected value at (row, column) of np.arange(12).reshape(4, 3) + offset.
double counted(Index row, Index column, double offset)
{
    return double(row * 3 + column) + offset;
}

} // namespace

class TestNpyFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFileTheSystemMakesIsNotCalledEmpty();
    void initTestCase();
    void readsWhatNumpyWrites_data();
    void readsWhatNumpyWrites();
    void readsEveryFormatVersion_data();
    void readsEveryFormatVersion();
    void readsOnlyTheFirstRowsWhenAsked();
    void numpyReadsWhatWeWrite_data();
    void numpyReadsWhatWeWrite();
    void largeTablesAreMappedSmallOnesCopied();
    void keepsNaNAndInfinity();
    void keepsWholeNumbersThatFloat64HoldsExactly();
    void refusesMalformedFiles_data();
    void refusesMalformedFiles();
    void aPipeIsRefusedWithoutWaiting();
    void refusesWhatWouldNotFitInMemory();
    void failedSaveLeavesTheOldFileWhole();
    void explainsStructuredAndTruncatedFiles();

private:
    QTemporaryDir m_directory;
};

void TestNpyFormat::aFileTheSystemMakesIsNotCalledEmpty()
{
    checkAFileTheSystemMakesIsNotCalledEmpty([](const QString &path) { return readNpy(path); });
}

void TestNpyFormat::initTestCase()
{
    QVERIFY(m_directory.isValid());
    const PythonRun numpy = runPython(u"import numpy"_s);
    QVERIFY2(numpy.ok, "these tests need Debian's python3-numpy: tools/bootstrap test installs it");
}

void TestNpyFormat::readsWhatNumpyWrites_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<double>("offset");

    const auto f = Precision::Float32;
    const auto d = Precision::Float64;
    QTest::newRow("float32-c-order")
        << u"np.arange(12, dtype='<f4').reshape(4, 3) + 0.5"_s << f << false << 0.5;
    QTest::newRow("float64-c-order")
        << u"np.arange(12, dtype='<f8').reshape(4, 3) + 0.25"_s << d << false << 0.25;
    QTest::newRow("float32-big-endian")
        << u"(np.arange(12).reshape(4, 3) + 0.5).astype('>f4')"_s << f << false << 0.5;
    QTest::newRow("float64-big-endian")
        << u"(np.arange(12).reshape(4, 3) + 0.5).astype('>f8')"_s << d << false << 0.5;
    QTest::newRow("float64-fortran-order")
        << u"np.asfortranarray(np.arange(12, dtype='<f8').reshape(4, 3) - 2.0)"_s << d << false
        << -2.0;
    QTest::newRow("float32-fortran-big-endian")
        << u"np.asfortranarray(np.arange(12).reshape(4, 3).astype('>f4'))"_s << f << false << 0.0;
    QTest::newRow("int8") << u"np.arange(12, dtype=np.int8).reshape(4, 3) - 5"_s << d << false
                          << -5.0;
    QTest::newRow("int16-big-endian")
        << u"np.arange(12).reshape(4, 3).astype('>i2') * 1"_s << d << false << 0.0;
    QTest::newRow("int32") << u"np.arange(12, dtype=np.int32).reshape(4, 3) - 100"_s << d << false
                           << -100.0;
    QTest::newRow("int64") << u"np.arange(12, dtype=np.int64).reshape(4, 3) + 7"_s << d << false
                           << 7.0;
    QTest::newRow("uint8") << u"np.arange(12, dtype=np.uint8).reshape(4, 3) + 200"_s << d << false
                           << 200.0;
    QTest::newRow("uint64") << u"np.arange(12, dtype=np.uint64).reshape(4, 3)"_s << d << false
                            << 0.0;
}

void TestNpyFormat::readsWhatNumpyWrites()
{
    QFETCH(QString, expression);
    QFETCH(Precision, precision);
    QFETCH(bool, mapped);
    QFETCH(double, offset);

    const QString path
        = m_directory.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".npy"_s);
    saveWithNumpy(path, expression);
    const auto loaded = readNpy(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));

    const EmbeddingTable &table = loaded.value().table;
    QCOMPARE(table.numEmbeddings(), 4);
    QCOMPARE(table.embeddingDimensions(), 3);
    QCOMPARE(table.precision(), precision);
    QCOMPARE(loaded.value().memoryMapped, mapped);
    for (Index row = 0; row < 4; ++row)
        for (Index column = 0; column < 3; ++column)
            QCOMPARE(table.value(row, column), counted(row, column, offset));
}

void TestNpyFormat::readsEveryFormatVersion_data()
{
    QTest::addColumn<QString>("version");

    QTest::newRow("version-1.0") << u"(1, 0)"_s;
    QTest::newRow("version-2.0") << u"(2, 0)"_s;
    QTest::newRow("version-3.0") << u"(3, 0)"_s;
}

void TestNpyFormat::readsEveryFormatVersion()
{
    QFETCH(QString, version);

    const QString path = m_directory.filePath(u"version.npy"_s);
    const PythonRun run
        = runPython(u"import sys, numpy as np\n"
                    "with open(sys.argv[1], 'wb') as f:\n"
                    "    np.lib.format.write_array(f, np.arange(6, dtype='<f4').reshape(2, 3), "
                    "version="_s
                + version + u")\n"_s,
            {path});
    QVERIFY2(run.ok, qPrintable(run.err));

    const auto loaded = readNpy(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(loaded.value().table.value(1, 2), 5.0);
}

void TestNpyFormat::readsOnlyTheFirstRowsWhenAsked()
{
    const QString path = m_directory.filePath(u"first-rows.npy"_s);
    saveWithNumpy(path, u"np.arange(12, dtype='<f4').reshape(4, 3)"_s);

    LoadOptions options;
    options.maxRows = 2;
    const auto loaded = readNpy(path, options);
    QVERIFY(loaded);
    QCOMPARE(loaded.value().table.numEmbeddings(), 2);
    QCOMPARE(loaded.value().table.value(1, 2), 5.0);
}

void TestNpyFormat::numpyReadsWhatWeWrite_data()
{
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QString>("dtype");

    QTest::newRow("float32") << Precision::Float32 << u"float32"_s;
    QTest::newRow("float64") << Precision::Float64 << u"float64"_s;
}

void TestNpyFormat::numpyReadsWhatWeWrite()
{
    QFETCH(Precision, precision);
    QFETCH(QString, dtype);

    // Values with no short decimal form, so any rounding on the way would show.
    const auto table = EmbeddingTable::generate(
        3, 2, precision, [](auto &values) { values << 0.1, -1.0 / 3.0, 2.5e-8, 1e10, -0.0, 7; });
    const QString path = m_directory.filePath(u"written.npy"_s);
    QCOMPARE(writeNpy(table.value(), path), QString());

    const PythonRun run
        = runPython(u"import sys, numpy as np\n"
                    "a = np.load(sys.argv[1], allow_pickle=False)\n"
                    "print(a.dtype, a.shape, a.flags['C_CONTIGUOUS'])\n"
                    "print(' '.join(repr(v) for v in a.astype(float).ravel().tolist()))\n"_s,
            {path});
    QVERIFY2(run.ok, qPrintable(run.err));
    const QStringList lines = run.out.split(u'\n');
    QCOMPARE(lines.at(0), dtype + u" (3, 2) True"_s);

    // Python's repr() is the shortest text that reads back as the same double.
    const QStringList printed = lines.at(1).split(u' ');
    QCOMPARE(printed.size(), 6);
    for (Index i = 0; i < 6; ++i) {
        bool ok = false;
        QCOMPARE(printed.at(i).toDouble(&ok), table.value().value(i / 2, i % 2));
        QVERIFY(ok);
    }
    QVERIFY(printed.at(4).startsWith(u'-'));

    // And back: our reader gives the very same values.
    const auto reread = readNpy(path);
    QVERIFY(reread);
    for (Index i = 0; i < 6; ++i)
        QCOMPARE(reread.value().table.value(i / 2, i % 2), table.value().value(i / 2, i % 2));
}

void TestNpyFormat::largeTablesAreMappedSmallOnesCopied()
{
    // 65536 × 256 float32 values are 64 MiB, the smallest table that is mapped.
    const QString large = m_directory.filePath(u"large.npy"_s);
    saveWithNumpy(large, u"np.full((65536, 256), 2.5, dtype='<f4')"_s);
    const auto mapped = readNpy(large);
    QVERIFY(mapped);
    QVERIFY(mapped.value().memoryMapped);
    QCOMPARE(mapped.value().table.value(65535, 255), 2.5);
    QCOMPARE(mapped.value().table.value(100, 0), 2.5);

    // Another program shortens the file while it is mapped, as np.save does before writing: a
    // page past the new end reads as zeros instead of ending the program with SIGBUS.
    QVERIFY(!mappedFileShrank());
    QVERIFY(QFile::resize(large, 4096));
    QCOMPARE(mapped.value().table.value(65535, 255), 0.0);
    QVERIFY(mappedFileShrank());
    QVERIFY(QFile::remove(large));

    // A small table is copied, so rewriting its file (as np.save does, truncating first) cannot
    // pull the values from under it.
    const QString small = m_directory.filePath(u"rewritten.npy"_s);
    saveWithNumpy(small, u"np.full((400, 300), 7.0, dtype='<f4')"_s);
    const auto copied = readNpy(small);
    QVERIFY(copied);
    QVERIFY(!copied.value().memoryMapped);
    saveWithNumpy(small, u"np.zeros((2, 2), dtype='<f4')"_s);
    QCOMPARE(copied.value().table.value(399, 299), 7.0);
}

void TestNpyFormat::keepsNaNAndInfinity()
{
    const QString path = m_directory.filePath(u"special.npy"_s);
    saveWithNumpy(path, u"np.array([[np.nan, np.inf], [-np.inf, 0.0]], dtype='<f4')"_s);

    const auto loaded = readNpy(path);
    QVERIFY(loaded);
    const EmbeddingTable &table = loaded.value().table;
    QVERIFY(std::isnan(table.value(0, 0)));
    QCOMPARE(table.value(0, 1), std::numeric_limits<double>::infinity());
    QCOMPARE(table.value(1, 0), -std::numeric_limits<double>::infinity());
}

void TestNpyFormat::keepsWholeNumbersThatFloat64HoldsExactly()
{
    // Beyond 2^53 only some integers are exact in float64; those are read, the others refused.
    const QString path = m_directory.filePath(u"exact-int64.npy"_s);
    saveWithNumpy(path, u"np.array([[2**53, -2**63, 2**62 + 2**11]], dtype='>i8')"_s);
    const auto loaded = readNpy(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    QCOMPARE(rowOf(loaded.value().table, 0), (QList<double> {0x1p53, -0x1p63, 0x1p62 + 0x1p11}));
}

void TestNpyFormat::refusesMalformedFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << u"empty.npy"_s << u"is empty"_s;
    QTest::newRow("wrong-magic")
        << u"wrong-magic.npy"_s << u"is not a NumPy .npy file: it does not start with \\x93NUMPY"_s;
    QTest::newRow("header-only")
        << u"header-only.npy"_s
        << u"is truncated: its header declares 2 × 3 values of 4 bytes, 24 bytes in all, but "
           "only 0 bytes of data follow"_s;
    QTest::newRow("huge-declared-shape")
        << u"huge-declared-shape.npy"_s
        << u"is truncated: its header declares 400000 × 300 values of 4 bytes, 457.8 MiB in "
           "all, but only 16 bytes of data follow"_s;
    QTest::newRow("truncated-header")
        << u"truncated-header.npy"_s
        << u"is truncated: its header claims 255 bytes, but the file ends after 15"_s;
    QTest::newRow("version-9")
        << u"version-9.npy"_s
        << u"uses .npy format version 9.0; versions 1.0, 2.0 and 3.0 can be read"_s;
    QTest::newRow("object-array")
        << u"object-array.npy"_s
        << u"holds Python objects (dtype '|O'), which would have to be unpickled; only "
           "arrays of numbers are read"_s;
    QTest::newRow("one-dimensional")
        << u"one-dimensional.npy"_s
        << u"holds an array of shape (5,), but an embedding table must be 2-D: rows × "
           "columns"_s;
    QTest::newRow("zero-rows")
        << u"zero-rows.npy"_s
        << u"holds an empty array of shape (0, 3); a table needs at least 1 row and 1 "
           "column"_s;
    QTest::newRow("float16")
        << u"float16.npy"_s
        << u"has the data type '<f2'; float32, float64 and integer arrays can be read"_s;
    QTest::newRow("duplicate-shape")
        << u"duplicate-shape.npy"_s
        << u"has a header that gives 'shape' 2 times; a .npy header gives each of 'descr', "
           "'fortran_order' and 'shape' once"_s;
    QTest::newRow("twenty-byte-header")
        << u"twenty-byte-header.npy"_s
        << u"has a header without 'descr', 'fortran_order' and 'shape'; a .npy header holds "
           "'descr', 'fortran_order' and 'shape': \"{'descr'}\""_s;
    QTest::newRow("int64-beyond-2-to-the-53")
        << u"int64-beyond-2-to-the-53.npy"_s
        << u"holds the int64 value 9007199254740993 at E[0, 1], which float64, the widest type "
           "a table holds, would round to 9007199254740992 (whole numbers beyond 2^53 = "
           "9007199254740992 are not all exact in float64); convert the array with "
           ".astype(numpy.float64) to accept the rounding"_s;
    QTest::newRow("uint64-beyond-2-to-the-53")
        << u"uint64-beyond-2-to-the-53.npy"_s
        << u"holds the uint64 value 18446744073709551615 at E[0, 0], which float64, the widest "
           "type a table holds, would round to 18446744073709551616 (whole numbers beyond 2^53 "
           "= 9007199254740992 are not all exact in float64); convert the array with "
           ".astype(numpy.float64) to accept the rounding"_s;
    QTest::newRow("missing") << u"no-such-file.npy"_s << u"No such file or directory"_s;
    QTest::newRow("folder") << u"."_s << u"is a folder, not a file"_s;
}

void TestNpyFormat::refusesMalformedFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, problem);

    const auto loaded = readNpy(s_malformed + file);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(), s_malformed + file + u": "_s + problem);
}

void TestNpyFormat::aPipeIsRefusedWithoutWaiting()
{
    // Opening a pipe for reading would block until something writes to it.
    const QString pipe = m_directory.filePath(u"pipe"_s);
    QVERIFY(mkfifo(QFile::encodeName(pipe).constData(), 0600) == 0);
    const auto loaded = readNpy(pipe);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(), pipe + u": is a pipe, not a file"_s);
}

void TestNpyFormat::refusesWhatWouldNotFitInMemory()
{
    const QString path = m_directory.filePath(u"big-endian.npy"_s);
    saveWithNumpy(path, u"np.zeros((1000, 100), dtype='>f8')"_s);

    LoadOptions options;
    options.memoryLimitBytes = 100000;
    const auto loaded = readNpy(path, options);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path
            + u": a table of 1000 × 100 float64 values needs 781.3 KiB, more than the "
              "97.7 KiB one table may use on this computer"_s);
}

void TestNpyFormat::failedSaveLeavesTheOldFileWhole()
{
    const QString path = m_directory.filePath(u"kept.npy"_s);
    QCOMPARE(writeNpy(EmbeddingTable::simple(2, 2).value(), path), QString());
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();

    // A save that cannot finish (its folder is a file) must not touch anything.
    const QString impossible = path + u"/inside.npy"_s;
    const QString problem = writeNpy(EmbeddingTable::simple(5, 5).value(), impossible);
    QVERIFY(problem.startsWith(impossible + u": "_s));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);

    // A save that succeeds replaces the file as a whole.
    QCOMPARE(writeNpy(EmbeddingTable::simple(3, 1).value(), path), QString());
    QCOMPARE(readNpy(path).value().table.numEmbeddings(), 3);
}

void TestNpyFormat::explainsStructuredAndTruncatedFiles()
{
    const QString structured = m_directory.filePath(u"structured.npy"_s);
    const PythonRun run = runPython(u"import sys, numpy as np\n"
                                    "np.save(sys.argv[1], np.zeros(3, dtype=[('x', '<f4'), "
                                    "('y', '<f4')]))\n"_s,
        {structured});
    QVERIFY2(run.ok, qPrintable(run.err));
    QCOMPARE(readNpy(structured).errorMessage(),
        structured
            + u": holds a structured array (rows of named fields); only plain arrays of numbers "
              "can be read: save a plain array, e.g. with "
              "numpy.lib.recfunctions.structured_to_unstructured"_s);

    // The magic and the version, then nothing.
    const QString truncated = m_directory.filePath(u"eight-bytes.npy"_s);
    writeFile(truncated, QByteArray("\x93NUMPY\x01\x00", 8));
    QCOMPARE(readNpy(truncated).errorMessage(),
        truncated + u": is truncated: it ends after 8 bytes, inside its header"_s);
}

QTEST_APPLESS_MAIN(TestNpyFormat)
#include "tst_npyformat.moc"
