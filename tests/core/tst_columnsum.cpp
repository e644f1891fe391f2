// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "columnsum.h"
#include "embeddingproduct.h"
#include "embeddingtable.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace ev;
using namespace Qt::StringLiterals;

namespace {

EmbeddingTable simpleTable(Index numEmbeddings, Index embeddingDimensions)
{
    auto table = EmbeddingTable::simple(numEmbeddings, embeddingDimensions);
    if (!table)
        qFatal("could not make a %lldx%lld table", qlonglong(numEmbeddings),
            qlonglong(embeddingDimensions));
    return std::move(table).value();
}

QList<Index> rowsOf(const ColumnSum &sum)
{
    QList<Index> rows;
    for (const SumTerm &term : sum.terms)
        rows << term.row;
    return rows;
}

} // namespace

class TestColumnSum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shortSumsAreWrittenOutWhole_data();
    void shortSumsAreWrittenOutWhole();
    void longSumsKeepTheHotTerm();
    void everySumEqualsTheProduct();
    void contributingTermsCanBeMarked();
    void negativeFactorsAreBracketed();
    void infinityInAnotherRowContributesNaN();
    void float32TermsStayFloat32();
    void workCountsForTheLessonAndALargeTable_data();
    void workCountsForTheLessonAndALargeTable();
};

void TestColumnSum::shortSumsAreWrittenOutWhole_data()
{
    QTest::addColumn<Index>("numEmbeddings");
    QTest::addColumn<Index>("embeddingDimensions");
    QTest::addColumn<Index>("index");
    QTest::addColumn<Index>("column");
    QTest::addColumn<QString>("expected");

    QTest::newRow("column-2-of-10x10-index-2")
        << Index(10) << Index(10) << Index(2) << Index(2)
        << u"0·3 + 0·13 + 1·23 + 0·33 + 0·43 + 0·53 + 0·63 + 0·73 + 0·83 + 0·93 = 23"_s;
    QTest::newRow("column-0-of-10x10-index-3")
        << Index(10) << Index(10) << Index(3) << Index(0)
        << u"0·1 + 0·11 + 0·21 + 1·31 + 0·41 + 0·51 + 0·61 + 0·71 + 0·81 + 0·91 = 31"_s;
    QTest::newRow("column-1-of-10x3-index-2")
        << Index(10) << Index(3) << Index(2) << Index(1)
        << u"0·2 + 0·5 + 1·8 + 0·11 + 0·14 + 0·17 + 0·20 + 0·23 + 0·26 + 0·29 = 8"_s;
    QTest::newRow("1x1") << Index(1) << Index(1) << Index(0) << Index(0) << u"1·1 = 1"_s;
}

void TestColumnSum::shortSumsAreWrittenOutWhole()
{
    QFETCH(Index, numEmbeddings);
    QFETCH(Index, embeddingDimensions);
    QFETCH(Index, index);
    QFETCH(Index, column);
    QFETCH(QString, expected);

    const ColumnSum sum = writeOutColumn(
        oneHot(numEmbeddings, index), simpleTable(numEmbeddings, embeddingDimensions), column);

    QCOMPARE(sum.text(NumberFormat(0)), expected);
    QVERIFY(sum.isComplete());
    QCOMPARE(sum.contributingRows, std::vector<Index> {index});
}

void TestColumnSum::longSumsKeepTheHotTerm()
{
    // Elided to four terms, the lesson table reads as the sum is usually written on a board.
    const ColumnSum lesson = writeOutColumn(oneHot(10, 2), simpleTable(10, 10), 2, 4);
    QCOMPARE(lesson.text(NumberFormat(0)), u"0·3 + 0·13 + 1·23 + … + 0·93 = 23"_s);
    QVERIFY(!lesson.isComplete());

    // 50,000 rows: the first two, the hot row 31,234 and the last.
    const ColumnSum large = writeOutColumn(oneHot(50'000, 31'234), simpleTable(50'000, 300), 7);
    QCOMPARE(rowsOf(large), (QList<Index> {0, 1, 31'234, 49'999}));
    QCOMPARE(large.sum, 31'234.0 * 300 + 8);
    QCOMPARE(
        large.text(NumberFormat(0)), u"0·8 + 0·308 + … + 1·9370208 + … + 0·14999708 = 9370208"_s);

    // The hot row may be the first or the last: it is never dropped, and never shown twice.
    QCOMPARE(
        rowsOf(writeOutColumn(oneHot(100, 0), simpleTable(100, 2), 0)), (QList<Index> {0, 1, 99}));
    QCOMPARE(
        rowsOf(writeOutColumn(oneHot(100, 99), simpleTable(100, 2), 0)), (QList<Index> {0, 1, 99}));
}

void TestColumnSum::everySumEqualsTheProduct()
{
    const auto table = EmbeddingTable::random(40, 6, 7);
    QVERIFY(table);
    for (Index index = 0; index < 40; ++index) {
        const Eigen::RowVectorXd x = oneHot(40, index);
        const Eigen::RowVectorXd product = multiply(x, table.value());
        for (Index column = 0; column < 6; ++column)
            QCOMPARE(writeOutColumn(x, table.value(), column).sum, product(column));
    }
}

void TestColumnSum::contributingTermsCanBeMarked()
{
    const ColumnSum sum = writeOutColumn(oneHot(3, 1), simpleTable(3, 2), 1);
    QCOMPARE(sum.text(NumberFormat(0), u"<b>"_s, u"</b>"_s), u"0·2 + <b>1·4</b> + 0·6 = 4"_s);
}

void TestColumnSum::negativeFactorsAreBracketed()
{
    const auto table = EmbeddingTable::generate(
        2, 1, Precision::Float64, [](auto &values) { values << -1.5, 2.25; });
    QVERIFY(table);
    const ColumnSum sum = writeOutColumn(oneHot(2, 0), table.value(), 0);
    QCOMPARE(sum.text(NumberFormat(3)), u"1·(-1.500) + 0·2.250 = -1.500"_s);
}

void TestColumnSum::infinityInAnotherRowContributesNaN()
{
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const auto table = EmbeddingTable::generate(
        3, 1, Precision::Float64, [&](auto &values) { values << 1, infinity, 3; });
    QVERIFY(table);

    // 0 · ∞ is NaN, so row 1 counts too, and the sum is not row 0's value.
    const ColumnSum sum = writeOutColumn(oneHot(3, 0), table.value(), 0);
    QCOMPARE(sum.contributingRows, (std::vector<Index> {0, 1}));
    QVERIFY(std::isnan(sum.terms[1].product));
    QVERIFY(std::isnan(sum.sum));
    QCOMPARE(sum.text(NumberFormat(0), u"["_s, u"]"_s), u"[1·1] + [0·inf] + 0·3 = nan"_s);
}

void TestColumnSum::float32TermsStayFloat32()
{
    // 0.1 is not exact in either precision, and the two roundings differ.
    const auto table = EmbeddingTable::generate(
        2, 1, Precision::Float32, [](auto &values) { values << 0.1f, 0.2f; });
    QVERIFY(table);
    const ColumnSum sum = writeOutColumn(oneHot(2, 1), table.value(), 0);
    QCOMPARE(sum.terms[1].e, double(0.2f));
    QCOMPARE(sum.sum, double(0.2f));
    QVERIFY(sum.sum != 0.2);
}

void TestColumnSum::workCountsForTheLessonAndALargeTable_data()
{
    QTest::addColumn<Index>("numEmbeddings");
    QTest::addColumn<Index>("embeddingDimensions");
    QTest::addColumn<Index>("multiplyAdds");
    QTest::addColumn<Index>("copies");

    QTest::newRow("lesson-10x10") << Index(10) << Index(10) << Index(100) << Index(10);
    QTest::newRow("10x3") << Index(10) << Index(3) << Index(30) << Index(3);
    QTest::newRow("50000x300") << Index(50'000) << Index(300) << Index(15'000'000) << Index(300);
    QTest::newRow("glove-400000x300")
        << Index(400'000) << Index(300) << Index(120'000'000) << Index(300);
}

void TestColumnSum::workCountsForTheLessonAndALargeTable()
{
    QFETCH(Index, numEmbeddings);
    QFETCH(Index, embeddingDimensions);
    QFETCH(Index, multiplyAdds);
    QFETCH(Index, copies);

    const ProductWork work = productWork(numEmbeddings, embeddingDimensions);
    QCOMPARE(work.multiplyAdds, multiplyAdds);
    QCOMPARE(work.copies, copies);
}

QTEST_APPLESS_MAIN(TestColumnSum)
#include "tst_columnsum.moc"
