// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingsession.h"
#include "embeddingtablemodel.h"
#include "modelroles.h"
#include "onehotmodel.h"
#include "productmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ev;
using namespace Qt::StringLiterals;

namespace {

QStringList displayedRow(const QAbstractItemModel &model, int row)
{
    QStringList texts;
    for (int column = 0; column < model.columnCount(); ++column)
        texts << model.index(row, column).data().toString();
    return texts;
}

QStringList numbers(int first, int last)
{
    QStringList texts;
    for (int value = first; value <= last; ++value)
        texts << QString::number(value);
    return texts;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelsPassTheTester();
    void shapesFollowTheTable();
    void lessonRowIsDisplayed();
    void indexChangeUpdatesOnlyWhatChanged();
    void replacingTheTableResetsEveryModel();
    void highlightFollowsTheIndex();
    void randomValuesShowThreeDecimals();
    void shrinkingBelowTheIndexMovesItAndSaysSo();
    void largeTablesComputeTheProductOffTheGuiThread();
    void outOfRangeIndexIsRefusedWithAMessage();
};

void TestModels::modelsPassTheTester()
{
    EmbeddingSession session;
    OneHotModel oneHot(&session);
    EmbeddingTableModel table(&session);
    ProductModel product(&session);
    QAbstractItemModelTester oneHotTester(
        &oneHot, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tableTester(
        &table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester productTester(
        &product, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The testers check every signal the models send while the session changes under them.
    QVERIFY(session.setIndex(7));
    QVERIFY(session.setSpec({4, 3, TableKind::Random, 9}));
    QVERIFY(session.setIndex(0));
    QVERIFY(session.setSpec({1000, 300, TableKind::Simple, 0}));
    QVERIFY(session.setIndex(999));
}

void TestModels::shapesFollowTheTable()
{
    EmbeddingSession session;
    QVERIFY(session.setSpec({10, 3, TableKind::Simple, 0}));
    OneHotModel oneHot(&session);
    EmbeddingTableModel table(&session);
    ProductModel product(&session);

    QCOMPARE(oneHot.rowCount(), 1);
    QCOMPARE(oneHot.columnCount(), 10);
    QCOMPARE(table.rowCount(), 10);
    QCOMPARE(table.columnCount(), 3);
    QCOMPARE(product.rowCount(), 1);
    QCOMPARE(product.columnCount(), 3);
}

void TestModels::lessonRowIsDisplayed()
{
    EmbeddingSession session;
    EmbeddingTableModel table(&session);
    ProductModel product(&session);
    OneHotModel oneHot(&session);
    QVERIFY(session.setIndex(3));

    QCOMPARE(displayedRow(table, 3), numbers(31, 40));
    QCOMPARE(displayedRow(product, 0), numbers(31, 40));
    QCOMPARE(displayedRow(oneHot, 0),
        (QStringList {
            u"0"_s, u"0"_s, u"0"_s, u"1"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s, u"0"_s}));
    QCOMPARE(product.index(0, 9).data(ValueRole).toDouble(), 40.0);

    QVERIFY(session.setSpec({10, 3, TableKind::Simple, 0}));
    QVERIFY(session.setIndex(2));
    QCOMPARE(displayedRow(product, 0), numbers(7, 9));
    QVERIFY(session.setIndex(5));
    QCOMPARE(displayedRow(product, 0), numbers(16, 18));
}

void TestModels::indexChangeUpdatesOnlyWhatChanged()
{
    EmbeddingSession session;
    OneHotModel oneHot(&session);
    EmbeddingTableModel table(&session);
    ProductModel product(&session);
    QSignalSpy oneHotChanges(&oneHot, &QAbstractItemModel::dataChanged);
    QSignalSpy tableChanges(&table, &QAbstractItemModel::dataChanged);
    QSignalSpy productChanges(&product, &QAbstractItemModel::dataChanged);
    QSignalSpy tableResets(&table, &QAbstractItemModel::modelReset);
    QVERIFY(oneHotChanges.isValid() && tableChanges.isValid() && productChanges.isValid());
    QVERIFY(tableResets.isValid());

    QVERIFY(session.setIndex(6));

    // X: the old and the new hot entry, one cell each.
    QCOMPARE(oneHotChanges.count(), 2);
    QCOMPARE(oneHotChanges.at(0).at(0).toModelIndex(), oneHot.index(0, 0));
    QCOMPARE(oneHotChanges.at(1).at(0).toModelIndex(), oneHot.index(0, 6));
    // E: the old and the new row, nothing else.
    QCOMPARE(tableChanges.count(), 2);
    QCOMPARE(tableChanges.at(0).at(0).toModelIndex(), table.index(0, 0));
    QCOMPARE(tableChanges.at(0).at(1).toModelIndex(), table.index(0, 9));
    QCOMPARE(tableChanges.at(1).at(0).toModelIndex(), table.index(6, 0));
    QCOMPARE(tableChanges.at(1).at(1).toModelIndex(), table.index(6, 9));
    // X·E: its one row.
    QCOMPARE(productChanges.count(), 1);
    QCOMPARE(tableResets.count(), 0);

    // Choosing the index that is already hot changes nothing.
    QVERIFY(session.setIndex(6));
    QCOMPARE(oneHotChanges.count(), 2);
}

void TestModels::replacingTheTableResetsEveryModel()
{
    EmbeddingSession session;
    OneHotModel oneHot(&session);
    EmbeddingTableModel table(&session);
    ProductModel product(&session);
    QSignalSpy oneHotResets(&oneHot, &QAbstractItemModel::modelReset);
    QSignalSpy tableResets(&table, &QAbstractItemModel::modelReset);
    QSignalSpy productResets(&product, &QAbstractItemModel::modelReset);
    QVERIFY(oneHotResets.isValid() && tableResets.isValid() && productResets.isValid());

    QVERIFY(session.setSpec({20, 5, TableKind::Simple, 0}));

    QCOMPARE(oneHotResets.count(), 1);
    QCOMPARE(tableResets.count(), 1);
    QCOMPARE(productResets.count(), 1);
    QCOMPARE(table.rowCount(), 20);
    QCOMPARE(product.columnCount(), 5);
}

void TestModels::highlightFollowsTheIndex()
{
    EmbeddingSession session;
    OneHotModel oneHot(&session);
    EmbeddingTableModel table(&session);
    QVERIFY(session.setIndex(4));

    for (int row = 0; row < table.rowCount(); ++row) {
        QCOMPARE(table.index(row, 2).data(HighlightRole).toBool(), row == 4);
        QCOMPARE(oneHot.index(0, row).data(HighlightRole).toBool(), row == 4);
    }
    QVERIFY(table.index(4, 0).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!table.index(3, 0).data(Qt::FontRole).isValid());
    QVERIFY(table.headerData(4, Qt::Vertical, Qt::FontRole).value<QFont>().bold());
}

void TestModels::randomValuesShowThreeDecimals()
{
    EmbeddingSession session;
    EmbeddingTableModel table(&session);
    ProductModel product(&session);
    QVERIFY(session.setSpec({2, 3, TableKind::Random, 42}));
    QVERIFY(session.setIndex(1));

    // The seed-42 values of the core's own test, rounded to three decimals.
    QCOMPARE(displayedRow(table, 0), (QStringList {u"1.294"_s, u"0.705"_s, u"0.398"_s}));
    QCOMPARE(displayedRow(table, 1), (QStringList {u"-0.574"_s, u"1.119"_s, u"-1.907"_s}));
    QCOMPARE(displayedRow(product, 0), displayedRow(table, 1));
}

void TestModels::shrinkingBelowTheIndexMovesItAndSaysSo()
{
    EmbeddingSession session;
    QVERIFY(session.setIndex(7));
    QSignalSpy notices(&session, &EmbeddingSession::noticeIssued);
    QSignalSpy indexChanges(&session, &EmbeddingSession::indexChanged);
    QVERIFY(notices.isValid() && indexChanges.isValid());

    QVERIFY(session.setSpec({5, 10, TableKind::Simple, 0}));

    QCOMPARE(session.index(), 4);
    // The table was replaced as a whole: views reset, rather than update a row that is gone.
    QCOMPARE(indexChanges.count(), 0);
    QCOMPARE(notices.count(), 1);
    QCOMPARE(notices.at(0).at(0).toString(),
        u"Index 7 no longer exists: the table now has 5 rows, so the index moved to 4, the "
        "last row."_s);
    QCOMPARE(session.result().product, session.table().row(4));
}

void TestModels::largeTablesComputeTheProductOffTheGuiThread()
{
    // 10,000 × 300 values: over the limit, so X·E follows the click instead of delaying it.
    const auto table = EmbeddingTable::generate(10000, 300, Precision::Float32, [](auto &values) {
        for (Index i = 0; i < values.size(); ++i)
            values.data()[i] = float(i % 1000) / 8.0f;
    });
    EmbeddingSession session;
    session.setLoadedTable(table.value(), u"large.npy"_s);
    ProductModel product(&session);
    QSignalSpy ready(&session, &EmbeddingSession::productReady);
    QVERIFY(ready.isValid());
    QTRY_VERIFY(!session.isProductPending());

    QVERIFY(session.setIndex(7321));
    QVERIFY(session.isProductPending());
    QCOMPARE(product.index(0, 0).data().toString(), u"…"_s);
    QCOMPARE(session.result().lookup, table.value().row(7321));
    QVERIFY(!session.result().equal);

    QTRY_VERIFY(!session.isProductPending());
    QVERIFY(ready.count() >= 1);
    QCOMPARE(session.result().product, table.value().row(7321));
    QVERIFY(session.result().equal);
    // (7321 · 300 + 1) mod 1000 = 301, and 301 / 8 = 37.625.
    QCOMPARE(product.index(0, 1).data().toString(), u"37.625"_s);

    // Quick clicks: only the last product is kept.
    QVERIFY(session.setIndex(1));
    QVERIFY(session.setIndex(2));
    session.waitForProduct();
    QCOMPARE(session.result().product, table.value().row(2));
}

void TestModels::outOfRangeIndexIsRefusedWithAMessage()
{
    EmbeddingSession session;
    QVERIFY(session.setIndex(2));
    QSignalSpy problems(&session, &EmbeddingSession::problemReported);
    QVERIFY(problems.isValid());

    QVERIFY(!session.setIndex(10));
    QVERIFY(!session.setSpec({0, 10, TableKind::Simple, 0}));
    QVERIFY(!session.setSpec({10, 301, TableKind::Simple, 0}));

    QCOMPARE(problems.count(), 3);
    QCOMPARE(problems.at(0).at(0).toString(),
        u"index 10 is out of range: this table has 10 rows, so the index must be 0 to 9"_s);
    QCOMPARE(problems.at(1).at(0).toString(),
        u"num_embeddings 0 is out of range: it must be 1 to 1000"_s);
    QCOMPARE(problems.at(2).at(0).toString(),
        u"embedding_dimensions 301 is out of range: it must be 1 to 300"_s);
    // Nothing was lost: the table and index are those from before.
    QCOMPARE(session.index(), 2);
    QCOMPARE(session.table().numEmbeddings(), 10);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
