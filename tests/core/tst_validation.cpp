// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingtable.h"
#include "validation.h"

#include <QTest>

#include <atomic>
#include <cstdlib>
#include <new>

using namespace ev;

namespace {
// The largest single request seen by operator new, so a test can prove that a refused table
// never reached the allocator. Tables allocate their values with new[].
std::atomic<std::size_t> s_largestAllocation = 0;
} // namespace

void *operator new(std::size_t size)
{
    std::size_t seen = s_largestAllocation.load();
    while (size > seen && !s_largestAllocation.compare_exchange_weak(seen, size)) { }
    if (void *memory = std::malloc(size ? size : 1))
        return memory;
    throw std::bad_alloc();
}
void *operator new[](std::size_t size)
{
    return ::operator new(size);
}
void operator delete(void *memory) noexcept
{
    std::free(memory);
}
void operator delete[](void *memory) noexcept
{
    std::free(memory);
}
void operator delete(void *memory, std::size_t) noexcept
{
    std::free(memory);
}
void operator delete[](void *memory, std::size_t) noexcept
{
    std::free(memory);
}

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void indexMessages_data();
    void indexMessages();
    void columnMessages_data();
    void columnMessages();
    void rangeMessages_data();
    void rangeMessages();
    void shapeMessages_data();
    void shapeMessages();
    void refusedShapesAllocateNothing_data();
    void refusedShapesAllocateNothing();
    void theAllocatorHookSeesATable();
    void bytesAreWrittenForPeople_data();
    void bytesAreWrittenForPeople();
};

void TestValidation::indexMessages_data()
{
    QTest::addColumn<qint64>("index");
    QTest::addColumn<Index>("numEmbeddings");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first-row") << qint64(0) << Index(10) << QString();
    QTest::newRow("last-row") << qint64(9) << Index(10) << QString();
    QTest::newRow("one-past-the-end")
        << qint64(10) << Index(10)
        << QStringLiteral("index 10 is out of range: this table has 10 rows, so the index "
                          "must be 0 to 9");
    QTest::newRow("negative")
        << qint64(-1) << Index(3)
        << QStringLiteral("index -1 is out of range: this table has 3 rows, so the index "
                          "must be 0 to 2");
    QTest::newRow("single-row-table")
        << qint64(1) << Index(1)
        << QStringLiteral("index 1 is out of range: this table has 1 row, so the index must "
                          "be 0");
}

void TestValidation::indexMessages()
{
    QFETCH(qint64, index);
    QFETCH(Index, numEmbeddings);
    QFETCH(QString, expected);

    QCOMPARE(indexProblem(index, numEmbeddings).value_or(QString()), expected);
}

void TestValidation::columnMessages_data()
{
    QTest::addColumn<qint64>("column");
    QTest::addColumn<Index>("embeddingDimensions");
    QTest::addColumn<QString>("expected");

    QTest::newRow("first-entry") << qint64(0) << Index(3) << QString();
    QTest::newRow("last-entry") << qint64(2) << Index(3) << QString();
    QTest::newRow("one-past-the-end")
        << qint64(10) << Index(10)
        << QStringLiteral("output entry 10 is out of range: X·E has 10 entries (one per "
                          "embedding dimension), so it must be 0 to 9");
    QTest::newRow("negative") << qint64(-1) << Index(3)
                              << QStringLiteral(
                                     "output entry -1 is out of range: X·E has 3 entries (one per "
                                     "embedding dimension), so it must be 0 to 2");
    QTest::newRow("single-entry")
        << qint64(1) << Index(1)
        << QStringLiteral("output entry 1 is out of range: X·E has 1 entry, so it must be 0");
}

void TestValidation::columnMessages()
{
    QFETCH(qint64, column);
    QFETCH(Index, embeddingDimensions);
    QFETCH(QString, expected);

    QCOMPARE(columnProblem(column, embeddingDimensions).value_or(QString()), expected);
}

void TestValidation::rangeMessages_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("num-embeddings-zero")
        << QStringLiteral("num_embeddings") << qint64(0)
        << QStringLiteral("num_embeddings 0 is out of range: it must be 1 to 1000");
    QTest::newRow("num-embeddings-too-many")
        << QStringLiteral("num_embeddings") << qint64(1001)
        << QStringLiteral("num_embeddings 1001 is out of range: it must be 1 to 1000");
    QTest::newRow("num-embeddings-largest")
        << QStringLiteral("num_embeddings") << qint64(1000) << QString();
}

void TestValidation::rangeMessages()
{
    QFETCH(QString, what);
    QFETCH(qint64, value);
    QFETCH(QString, expected);

    const auto problem = rangeProblem(what, value, GeneratedTableLimits::s_minNumEmbeddings,
        GeneratedTableLimits::s_maxNumEmbeddings);
    QCOMPARE(problem.value_or(QString()), expected);
}

void TestValidation::shapeMessages_data()
{
    QTest::addColumn<qint64>("numEmbeddings");
    QTest::addColumn<qint64>("embeddingDimensions");
    QTest::addColumn<QString>("expected");

    QTest::newRow("zero-rows")
        << qint64(0) << qint64(10)
        << QStringLiteral("num_embeddings 0 is too small: a table needs at least 1 row");
    QTest::newRow("negative-rows")
        << qint64(-5) << qint64(10)
        << QStringLiteral("num_embeddings -5 is too small: a table needs at least 1 row");
    QTest::newRow("zero-columns")
        << qint64(10) << qint64(0)
        << QStringLiteral("embedding_dimensions 0 is too small: a table needs at least 1 "
                          "column");
    QTest::newRow("over-the-limit")
        << qint64(400000) << qint64(300)
        << QStringLiteral("a table of 400000 × 300 float64 values needs 915.5 MiB, more "
                          "than the 512.0 MiB one table may use on this computer");
    QTest::newRow("overflowing-64-bits")
        << (qint64(1) << 62) << (qint64(1) << 62)
        << QStringLiteral("a table of 4611686018427387904 × 4611686018427387904 float64 "
                          "values needs 1.48e+20 EiB, more than the 512.0 MiB one table may "
                          "use on this computer");
    QTest::newRow("exactly-the-limit") << qint64(8192) << qint64(8192) << QString();
}

void TestValidation::shapeMessages()
{
    QFETCH(qint64, numEmbeddings);
    QFETCH(qint64, embeddingDimensions);
    QFETCH(QString, expected);

    constexpr std::uint64_t limit = std::uint64_t(512) << 20;
    const auto problem
        = shapeProblem(numEmbeddings, embeddingDimensions, Precision::Float64, limit);
    QCOMPARE(problem.value_or(QString()), expected);
}

void TestValidation::refusedShapesAllocateNothing_data()
{
    QTest::addColumn<qint64>("numEmbeddings");
    QTest::addColumn<qint64>("embeddingDimensions");

    QTest::newRow("zero") << qint64(0) << qint64(0);
    QTest::newRow("negative") << qint64(-1) << qint64(300);
    QTest::newRow("larger-than-memory") << (qint64(1) << 40) << (qint64(1) << 20);
    QTest::newRow("overflowing") << (qint64(1) << 62) << (qint64(1) << 62);
}

void TestValidation::refusedShapesAllocateNothing()
{
    QFETCH(qint64, numEmbeddings);
    QFETCH(qint64, embeddingDimensions);

    s_largestAllocation = 0;
    const auto simple = EmbeddingTable::simple(numEmbeddings, embeddingDimensions);
    const auto random = EmbeddingTable::random(numEmbeddings, embeddingDimensions, 1);

    QVERIFY(!simple);
    QVERIFY(!random);
    QVERIFY(!simple.errorMessage().isEmpty());
    // Only the message itself was allocated: a few hundred bytes.
    QVERIFY2(s_largestAllocation < 4096, qPrintable(QString::number(s_largestAllocation)));
}

void TestValidation::theAllocatorHookSeesATable()
{
    // Guards the test above: if tables stopped allocating through operator new, that test
    // would pass without proving anything.
    s_largestAllocation = 0;
    const auto table = EmbeddingTable::simple(100, 100);
    QVERIFY(table);
    QVERIFY(s_largestAllocation >= 100 * 100 * sizeof(double));
}

void TestValidation::bytesAreWrittenForPeople_data()
{
    QTest::addColumn<double>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bytes") << 512.0 << QStringLiteral("512 bytes");
    QTest::newRow("kibibytes") << 2048.0 << QStringLiteral("2.0 KiB");
    QTest::newRow("mebibytes") << 480e6 << QStringLiteral("457.8 MiB");
    QTest::newRow("gibibytes") << 12.0 * (1 << 30) << QStringLiteral("12.0 GiB");
}

void TestValidation::bytesAreWrittenForPeople()
{
    QFETCH(double, bytes);
    QFETCH(QString, expected);

    QCOMPARE(formatBytes(bytes), expected);
}

QTEST_APPLESS_MAIN(TestValidation)
#include "tst_validation.moc"
