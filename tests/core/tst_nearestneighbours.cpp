// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "nearestneighbours.h"
#include "npyformat.h"
#include "pythonrunner.h"
#include "tableformats.h"

#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace ev;
using namespace ev::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::vector<ev::Neighbour>)

namespace {

constexpr double s_nan = std::numeric_limits<double>::quiet_NaN();
constexpr double s_infinity = std::numeric_limits<double>::infinity();

// A table of \a precision whose rows are \a rows, written as they read.
EmbeddingTable tableOf(
    std::initializer_list<std::initializer_list<double>> rows, Precision precision)
{
    const auto columns = Index(rows.begin()->size());
    auto table
        = EmbeddingTable::generate(Index(rows.size()), columns, precision, [&](auto &values) {
              using Scalar = typename std::decay_t<decltype(values)>::Scalar;
              Index row = 0;
              for (const auto &rowValues : rows) {
                  Index column = 0;
                  for (const double value : rowValues)
                      values(row, column++) = Scalar(value);
                  ++row;
              }
          });
    if (!table)
        qFatal("could not make a test table");
    return std::move(table).value();
}

// The lesson's little plane: for row 0, row 4 points the same way, row 2 at 45°, row 1 at a
// right angle and row 3 the opposite way.
EmbeddingTable plane(Precision precision = Precision::Float64)
{
    return tableOf({{1, 0}, {0, 1}, {1, 1}, {-1, 0}, {2, 0}}, precision);
}

std::vector<Neighbour> neighboursOf(const EmbeddingTable &table, Index row, Index k)
{
    const auto found = nearestNeighbours(table, row, k);
    if (!found)
        qFatal("no neighbours: %s", qPrintable(found.errorMessage()));
    return found.value();
}

std::vector<Index> rowsOf(const std::vector<Neighbour> &neighbours)
{
    std::vector<Index> rows;
    for (const Neighbour &neighbour : neighbours)
        rows.push_back(neighbour.row);
    return rows;
}

} // namespace

class TestNearestNeighbours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedScores_data();
    void handComputedScores();
    void tiesComeInRowOrder();
    void kIsClamped_data();
    void kIsClamped();
    void rowsWithoutDirectionAreLeftOut();
    void selectedRowWithoutDirectionIsAProblem_data();
    void selectedRowWithoutDirectionIsAProblem();
    void aStoppedSearchSaysSo();
    void relatedWordsAreNearest_data();
    void relatedWordsAreNearest();
    void agreesWithNumpy_data();
    void agreesWithNumpy();
    void scoresAreFormattedWithoutNegativeZero();
};

void TestNearestNeighbours::handComputedScores_data()
{
    QTest::addColumn<Precision>("precision");

    QTest::newRow("float64") << Precision::Float64;
    QTest::newRow("float32") << Precision::Float32;
}

void TestNearestNeighbours::handComputedScores()
{
    QFETCH(Precision, precision);

    const std::vector<Neighbour> found = neighboursOf(plane(precision), 0, 4);

    QCOMPARE(rowsOf(found), (std::vector<Index> {4, 2, 1, 3}));
    QCOMPARE(found[0].score, 1.0);
    QCOMPARE(found[1].score, 1.0 / std::sqrt(2.0));
    QCOMPARE(found[2].score, 0.0);
    QCOMPARE(found[3].score, -1.0);
}

void TestNearestNeighbours::tiesComeInRowOrder()
{
    // Rows 1, 2 and 4 all point along the first axis, as row 0 does.
    const EmbeddingTable table
        = tableOf({{1, 0}, {3, 0}, {0.5, 0}, {0, 1}, {7, 0}}, Precision::Float64);

    const std::vector<Neighbour> found = neighboursOf(table, 0, 4);

    QCOMPARE(rowsOf(found), (std::vector<Index> {1, 2, 4, 3}));
    QCOMPARE(found[2].score, 1.0);
}

void TestNearestNeighbours::kIsClamped_data()
{
    QTest::addColumn<Index>("k");
    QTest::addColumn<std::vector<Index>>("rows");

    QTest::newRow("k-0") << Index(0) << std::vector<Index> {};
    QTest::newRow("k-2") << Index(2) << std::vector<Index> {4, 2};
    QTest::newRow("k-equals-other-rows") << Index(4) << std::vector<Index> {4, 2, 1, 3};
    QTest::newRow("k-beyond-other-rows") << Index(50) << std::vector<Index> {4, 2, 1, 3};
}

void TestNearestNeighbours::kIsClamped()
{
    QFETCH(Index, k);
    QFETCH(std::vector<Index>, rows);

    QCOMPARE(rowsOf(neighboursOf(plane(), 0, k)), rows);
}

void TestNearestNeighbours::rowsWithoutDirectionAreLeftOut()
{
    const EmbeddingTable table = tableOf(
        {{1, 0}, {0, 0}, {s_nan, 1}, {1, 1}, {s_infinity, 0}, {-1, 0}}, Precision::Float64);

    // The zero row, the NaN row and the infinite row are neither scored nor ranked.
    const std::vector<Neighbour> found = neighboursOf(table, 0, 5);
    QCOMPARE(rowsOf(found), (std::vector<Index> {3, 5}));
    QCOMPARE(found[1].score, -1.0);

    // A table of one row has no other row to compare with.
    QVERIFY(neighboursOf(tableOf({{1, 2}}, Precision::Float32), 0, 5).empty());
}

void TestNearestNeighbours::selectedRowWithoutDirectionIsAProblem_data()
{
    QTest::addColumn<Index>("row");
    QTest::addColumn<QString>("message");

    QTest::newRow("zero-row") << Index(1)
                              << u"row 1 is all zeros, so it has no direction: cosine similarity "
                                 "is undefined for it"_s;
    QTest::newRow("nan-row") << Index(2)
                             << u"row 2 holds NaN or an infinity, so it has no direction: cosine "
                                "similarity is undefined for it"_s;
    QTest::newRow("infinite-row") << Index(3)
                                  << u"row 3 holds NaN or an infinity, so it has no direction: "
                                     "cosine similarity is undefined for it"_s;
}

void TestNearestNeighbours::selectedRowWithoutDirectionIsAProblem()
{
    QFETCH(Index, row);
    QFETCH(QString, message);
    const EmbeddingTable table
        = tableOf({{1, 0}, {0, 0}, {s_nan, 1}, {-s_infinity, 0}}, Precision::Float64);

    const auto found = nearestNeighbours(table, row, 3);
    QVERIFY(!found);
    QCOMPARE(found.errorMessage(), message);
}

void TestNearestNeighbours::aStoppedSearchSaysSo()
{
    std::stop_source stop;
    stop.request_stop();

    const auto found = nearestNeighbours(plane(), 0, 3, stop.get_token());
    QVERIFY(!found);
}

void TestNearestNeighbours::relatedWordsAreNearest_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("nearest");
    QTest::addColumn<double>("score");

    // Scores from NumPy on the file's float32 values.
    QTest::newRow("king-prince") << u"king"_s << u"prince"_s << 0.998326;
    QTest::newRow("queen-princess") << u"queen"_s << u"princess"_s << 0.998502;
    QTest::newRow("woman-girl") << u"woman"_s << u"girl"_s << 0.997507;
    QTest::newRow("apple-cherry") << u"apple"_s << u"cherry"_s << 0.998109;
    QTest::newRow("bus-train") << u"bus"_s << u"train"_s << 0.995643;
}

void TestNearestNeighbours::relatedWordsAreNearest()
{
    QFETCH(QString, word);
    QFETCH(QString, nearest);
    QFETCH(double, score);
    const auto loaded = loadTable(QStringLiteral(EV_EXAMPLES_DIR "/words.txt"));
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
    const EmbeddingTable &table = loaded.value().table;

    const std::vector<Neighbour> found = neighboursOf(table, *table.indexOfLabel(word), 3);

    QCOMPARE(found.size(), 3u);
    QCOMPARE(table.labels().at(found[0].row), nearest);
    QVERIFY2(std::abs(found[0].score - score) < 5e-7, qPrintable(QString::number(found[0].score)));
}

void TestNearestNeighbours::agreesWithNumpy_data()
{
    QTest::addColumn<QString>("dtype");
    QTest::addColumn<Index>("row");

    QTest::newRow("float64-row-0") << u"float64"_s << Index(0);
    QTest::newRow("float64-row-117") << u"float64"_s << Index(117);
    QTest::newRow("float32-row-42") << u"float32"_s << Index(42);
}

void TestNearestNeighbours::agreesWithNumpy()
{
    QFETCH(QString, dtype);
    QFETCH(Index, row);
    QTemporaryDir directory;
    const QString path = directory.filePath(u"table.npy"_s);

    // More rows than one block, with a zero row and a NaN row that NumPy must leave out too.
    const PythonRun run = runPython(u"import sys, numpy as np\n"
                                    "table = np.random.default_rng(7).standard_normal((600, 24))\n"
                                    "table = table.astype(sys.argv[2])\n"
                                    "table[5] = 0\n"
                                    "table[9, 3] = np.nan\n"
                                    "np.save(sys.argv[1], table)\n"
                                    "row = int(sys.argv[3])\n"
                                    "values = table.astype(np.float64)\n"
                                    "lengths = np.linalg.norm(values, axis=1)\n"
                                    "with np.errstate(invalid='ignore', divide='ignore'):\n"
                                    "    scores = values @ values[row] / (lengths * lengths[row])\n"
                                    "scores[row] = np.nan\n"
                                    "keep = np.flatnonzero(np.isfinite(scores))\n"
                                    "order = keep[np.lexsort((keep, -scores[keep]))][:10]\n"
                                    "for i in order: print(i, repr(float(scores[i])))\n"_s,
        {path, dtype, QString::number(row)});
    QVERIFY2(run.ok, qPrintable(run.err));
    const auto loaded = readNpy(path);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));

    const std::vector<Neighbour> found = neighboursOf(loaded.value().table, row, 10);

    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(qsizetype(found.size()), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringList expected = lines.at(i).split(u' ');
        QCOMPARE(found[std::size_t(i)].row, expected.at(0).toLongLong());
        QVERIFY2(std::abs(found[std::size_t(i)].score - expected.at(1).toDouble()) < 1e-6,
            qPrintable(lines.at(i)));
    }
}

void TestNearestNeighbours::scoresAreFormattedWithoutNegativeZero()
{
    QCOMPARE(formatScore(0.70710678, 3), u"0.707"_s);
    QCOMPARE(formatScore(-1.0, 6), u"-1.000000"_s);
    QCOMPARE(formatScore(-1e-12, 3), u"0.000"_s);
    QCOMPARE(formatScore(1.0, 3), u"1.000"_s);
}

QTEST_GUILESS_MAIN(TestNearestNeighbours)
#include "tst_nearestneighbours.moc"
