// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingtable.h"
#include "numberformat.h"

#include <QLocale>
#include <QTest>

#include <limits>

using namespace ev;

class TestNumberFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formatsValues_data();
    void formatsValues();
    void tableChoosesItsFormat();
};

void TestNumberFormat::initTestCase()
{
    // A locale with a decimal comma: the format must still write a point.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestNumberFormat::formatsValues_data()
{
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    constexpr double infinity = std::numeric_limits<double>::infinity();
    QTest::newRow("whole-31") << 0 << 31.0 << QStringLiteral("31");
    QTest::newRow("whole-large") << 0 << 300000.0 << QStringLiteral("300000");
    QTest::newRow("whole-negative") << 0 << -7.0 << QStringLiteral("-7");
    QTest::newRow("fraction") << 3 << 1.29382 << QStringLiteral("1.294");
    QTest::newRow("fraction-negative") << 3 << -0.57409 << QStringLiteral("-0.574");
    QTest::newRow("fraction-whole-value") << 3 << 31.0 << QStringLiteral("31.000");
    QTest::newRow("zero") << 3 << 0.0 << QStringLiteral("0.000");
    QTest::newRow("negative-rounding-to-zero") << 3 << -0.0001 << QStringLiteral("0.000");
    QTest::newRow("negative-zero") << 0 << -0.0 << QStringLiteral("0");
    QTest::newRow("nan") << 3 << std::numeric_limits<double>::quiet_NaN() << QStringLiteral("nan");
    QTest::newRow("infinity") << 3 << infinity << QStringLiteral("inf");
    QTest::newRow("minus-infinity") << 0 << -infinity << QStringLiteral("-inf");
    QTest::newRow("scientific-tiny") << -3 << 1.23456e-5 << QStringLiteral("1.235e-05");
    QTest::newRow("scientific-huge") << -3 << -2.5e20 << QStringLiteral("-2.500e+20");
    QTest::newRow("scientific-zero") << -3 << 0.0 << QStringLiteral("0.000e+00");
}

void TestNumberFormat::formatsValues()
{
    QFETCH(int, decimals);
    QFETCH(double, value);
    QFETCH(QString, expected);

    // A negative count of decimals in these rows stands for that many in scientific notation.
    const NumberFormat format = decimals < 0
        ? NumberFormat(-decimals, NumberFormat::Notation::Scientific)
        : NumberFormat(decimals);
    QCOMPARE(format.format(value), expected);
}

void TestNumberFormat::tableChoosesItsFormat()
{
    QCOMPARE(NumberFormat::forTable(EmbeddingTable::simple(10, 10).value()), NumberFormat(0));
    QCOMPARE(NumberFormat::forTable(EmbeddingTable::random(10, 10, 3).value()),
        NumberFormat(NumberFormat::s_fractionDecimals));

    // Values all too small for three decimals, or some too large to read in full.
    using Notation = NumberFormat::Notation;
    const auto tiny = EmbeddingTable::generate(
        1, 3, Precision::Float64, [](auto &values) { values << 1e-5, -3e-6, 0; });
    QCOMPARE(NumberFormat::forTable(tiny.value()), NumberFormat(3, Notation::Scientific));
    const auto huge = EmbeddingTable::generate(
        1, 2, Precision::Float64, [](auto &values) { values << 0.5, 1.5e20; });
    QCOMPARE(NumberFormat::forTable(huge.value()), NumberFormat(3, Notation::Scientific));
    // A NaN or infinity does not count as huge.
    const auto special = EmbeddingTable::generate(1, 2, Precision::Float64,
        [](auto &values) { values << 0.5, std::numeric_limits<double>::infinity(); });
    QCOMPARE(NumberFormat::forTable(special.value()), NumberFormat(3));
}

QTEST_APPLESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
