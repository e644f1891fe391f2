// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingproduct.h"
#include "embeddingtable.h"

#include <QTest>

#include <limits>

using namespace ev;

namespace {

Eigen::RowVectorXd rowOf(std::initializer_list<double> values)
{
    Eigen::RowVectorXd row(Index(values.size()));
    Index column = 0;
    for (const double value : values)
        row(column++) = value;
    return row;
}

EmbeddingTable simpleTable(Index numEmbeddings, Index embeddingDimensions)
{
    auto table = EmbeddingTable::simple(numEmbeddings, embeddingDimensions);
    if (!table)
        qFatal("could not make a %lldx%lld table", qlonglong(numEmbeddings),
            qlonglong(embeddingDimensions));
    return std::move(table).value();
}

} // namespace

class TestEmbeddingTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleTableCountsUpRowByRow();
    void lessonNumbers_data();
    void lessonNumbers();
    void productEqualsLookupForEverySmallTable();
    void oneHotHasASingleOne();
    void selectedRowsComeFromNonZeroEntries();
    void oneHotMatrixLooksUpSeveralRowsAtOnce();
    void float32TableStaysFloat32();
    void infinityMakesProductDifferFromLookup();
    void nanInTheSelectedRowStillAgrees();
    void wholeNumbersAreDetected();
};

void TestEmbeddingTable::simpleTableCountsUpRowByRow()
{
    const EmbeddingTable table = simpleTable(10, 3);

    QCOMPARE(table.numEmbeddings(), 10);
    QCOMPARE(table.embeddingDimensions(), 3);
    QCOMPARE(table.precision(), Precision::Float64);
    QCOMPARE(table.value(0, 0), 1.0);
    QCOMPARE(table.value(0, 2), 3.0);
    QCOMPARE(table.value(1, 0), 4.0);
    QCOMPARE(table.value(9, 2), 30.0);
}

void TestEmbeddingTable::lessonNumbers_data()
{
    QTest::addColumn<Index>("numEmbeddings");
    QTest::addColumn<Index>("embeddingDimensions");
    QTest::addColumn<Index>("index");
    QTest::addColumn<Eigen::RowVectorXd>("expected");

    QTest::newRow("index-3-of-10x10")
        << Index(10) << Index(10) << Index(3) << rowOf({31, 32, 33, 34, 35, 36, 37, 38, 39, 40});
    QTest::newRow("index-0-of-10x10")
        << Index(10) << Index(10) << Index(0) << rowOf({1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    QTest::newRow("index-2-of-10x3") << Index(10) << Index(3) << Index(2) << rowOf({7, 8, 9});
    QTest::newRow("index-5-of-10x3") << Index(10) << Index(3) << Index(5) << rowOf({16, 17, 18});
    QTest::newRow("index-0-of-1x1") << Index(1) << Index(1) << Index(0) << rowOf({1});
}

void TestEmbeddingTable::lessonNumbers()
{
    QFETCH(Index, numEmbeddings);
    QFETCH(Index, embeddingDimensions);
    QFETCH(Index, index);
    QFETCH(Eigen::RowVectorXd, expected);

    const EmbeddingTable table = simpleTable(numEmbeddings, embeddingDimensions);
    const ProductAndLookup result = multiplyAndLookUp(oneHot(numEmbeddings, index), table);

    QCOMPARE(result.product, expected);
    QCOMPARE(result.lookup, expected);
    QCOMPARE(table.row(index), expected);
    QVERIFY(result.equal);
    QCOMPARE(result.rows, std::vector<Index> {index});
}

void TestEmbeddingTable::productEqualsLookupForEverySmallTable()
{
    for (Index numEmbeddings = 1; numEmbeddings <= 12; ++numEmbeddings) {
        for (Index embeddingDimensions = 1; embeddingDimensions <= 12; ++embeddingDimensions) {
            const EmbeddingTable table = simpleTable(numEmbeddings, embeddingDimensions);
            for (Index index = 0; index < numEmbeddings; ++index) {
                const Eigen::RowVectorXd product = multiply(oneHot(numEmbeddings, index), table);
                // Row i of the simple table starts at i·D + 1 and counts up by one.
                const Eigen::RowVectorXd expected = Eigen::RowVectorXd::LinSpaced(
                    embeddingDimensions, double(index * embeddingDimensions + 1),
                    double((index + 1) * embeddingDimensions));
                QVERIFY2(product == expected && product == table.row(index),
                    qPrintable(QStringLiteral("%1x%2 at index %3")
                                   .arg(numEmbeddings)
                                   .arg(embeddingDimensions)
                                   .arg(index)));
            }
        }
    }
}

void TestEmbeddingTable::oneHotHasASingleOne()
{
    const Eigen::RowVectorXd x = oneHot(10, 3);

    QCOMPARE(x.size(), 10);
    QCOMPARE(x(3), 1.0);
    QCOMPARE(x.sum(), 1.0);
    QCOMPARE(x.cwiseAbs().maxCoeff(), 1.0);
}

void TestEmbeddingTable::selectedRowsComeFromNonZeroEntries()
{
    QCOMPARE(selectedRows(oneHot(10, 7)), std::vector<Index> {7});

    Eigen::RowVectorXd twoHot = Eigen::RowVectorXd::Zero(6);
    twoHot(1) = 1;
    twoHot(4) = 1;
    QCOMPARE(selectedRows(twoHot), (std::vector<Index> {1, 4}));

    // Two rows selected: the lookup adds them, as the product does.
    const ProductAndLookup result = multiplyAndLookUp(twoHot, simpleTable(6, 2));
    QCOMPARE(result.product, rowOf({3 + 9, 4 + 10}));
    QVERIFY(result.equal);
}

void TestEmbeddingTable::oneHotMatrixLooksUpSeveralRowsAtOnce()
{
    const std::vector<Index> indices = {2, 5, 2};
    const Eigen::MatrixXd x = oneHotMatrix(indices, 10);
    QCOMPARE(x.rows(), 3);
    QCOMPARE(x.cols(), 10);

    const EmbeddingTable table = simpleTable(10, 3);
    const Eigen::MatrixXd product = table.visit([&](const auto &values) -> Eigen::MatrixXd {
        using Scalar = typename std::decay_t<decltype(values)>::Scalar;
        return (x.cast<Scalar>() * values).template cast<double>();
    });
    QCOMPARE(Eigen::RowVectorXd(product.row(0)), rowOf({7, 8, 9}));
    QCOMPARE(Eigen::RowVectorXd(product.row(1)), rowOf({16, 17, 18}));
    QCOMPARE(Eigen::RowVectorXd(product.row(2)), rowOf({7, 8, 9}));
}

void TestEmbeddingTable::float32TableStaysFloat32()
{
    // 0.1 has no exact binary form: as float32 it is 0.100000001490116…, not the double 0.1.
    const auto table = EmbeddingTable::generate(3, 2, Precision::Float32,
        [](auto &values) { values << 0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f; });
    QVERIFY(table);
    QCOMPARE(table.value().precision(), Precision::Float32);
    QCOMPARE(table.value().value(0, 0), double(0.1f));
    QVERIFY(table.value().value(0, 0) != 0.1);

    const ProductAndLookup result = multiplyAndLookUp(oneHot(3, 1), table.value());
    QCOMPARE(result.product, rowOf({double(0.3f), double(0.4f)}));
    QVERIFY(result.equal);
}

void TestEmbeddingTable::infinityMakesProductDifferFromLookup()
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const auto table = EmbeddingTable::generate(
        2, 2, Precision::Float64, [&](auto &values) { values << 1, 2, infinity, 4; });
    QVERIFY(table);

    // Row 0 is selected, yet 0 · ∞ in the product turns column 0 into NaN.
    const ProductAndLookup result = multiplyAndLookUp(oneHot(2, 0), table.value());
    QCOMPARE(result.lookup, rowOf({1, 2}));
    QVERIFY(std::isnan(result.product(0)));
    QCOMPARE(result.product(1), 2.0);
    QVERIFY(!result.equal);
}

void TestEmbeddingTable::nanInTheSelectedRowStillAgrees()
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const auto table = EmbeddingTable::generate(
        2, 2, Precision::Float64, [&](auto &values) { values << nan, 2, 3, 4; });

    // Row 0 is copied with its NaN; the product has the same NaN in the same place.
    const ProductAndLookup selected = multiplyAndLookUp(oneHot(2, 0), table.value());
    QVERIFY(std::isnan(selected.product(0)));
    QVERIFY(selected.equal);

    // Row 1 is clean, but 0 · NaN from row 0 spoils the product's first column.
    const ProductAndLookup other = multiplyAndLookUp(oneHot(2, 1), table.value());
    QCOMPARE(other.lookup, rowOf({3, 4}));
    QVERIFY(std::isnan(other.product(0)));
    QVERIFY(!other.equal);
}

void TestEmbeddingTable::wholeNumbersAreDetected()
{
    QVERIFY(simpleTable(4, 4).holdsWholeNumbersOnly());
    QVERIFY(!EmbeddingTable::random(4, 4, 1).value().holdsWholeNumbersOnly());

    const auto withHalf = EmbeddingTable::generate(
        1, 2, Precision::Float32, [](auto &values) { values << 2.0f, 2.5f; });
    QVERIFY(!withHalf.value().holdsWholeNumbersOnly());
    const auto withNaN = EmbeddingTable::generate(1, 1, Precision::Float64,
        [](auto &values) { values << std::numeric_limits<double>::quiet_NaN(); });
    QVERIFY(!withNaN.value().holdsWholeNumbersOnly());
}

QTEST_APPLESS_MAIN(TestEmbeddingTable)
#include "tst_embeddingtable.moc"
