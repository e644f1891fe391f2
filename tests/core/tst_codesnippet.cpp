// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "codesnippet.h"
#include "embeddingproduct.h"
#include "pythonrunner.h"
#include "tableformats.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ev;
using namespace ev::test;
using namespace Qt::StringLiterals;

namespace {

// Exactly the same double: NaN matches NaN, and 0.0 does not match -0.0.
bool same(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return a == b && std::signbit(a) == std::signbit(b);
}

// Rows 0 and 2 hold an infinity and a NaN, so X·E for index 1 is NaN where they are.
EmbeddingTable tableWithSpecialValues()
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    return EmbeddingTable::generate(3, 3, Precision::Float64, [&](auto &values) {
        values << inf, 1, 2, -0.0, 1e-300, -2.5e300, 3, std::nan(""), -inf;
    }).value();
}

// Runs \a code from a file: a long snippet is more than one command-line argument may hold.
PythonRun runSnippet(const QString &code)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(u"snippet.py"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(code.toUtf8()) < 0 || !file.flush())
        return {false, {}, u"could not write "_s + path};
    return runPython(u"import runpy, sys\nrunpy.run_path(sys.argv[1])\n"_s, {path});
}

bool torchAvailable()
{
    return runPython(u"import torch"_s).ok;
}

} // namespace

class TestCodeSnippet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namesLanguages();
    void simpleTableIsOneArange();
    void otherTablesAreWrittenOutExactly();
    void everyValueReadsBackBitForBit_data();
    void everyValueReadsBackBitForBit();
    void labelsAreQuotedForPython();
    void refusesTablesTooLargeToPaste();
    void numpyReproducesTheProduct_data();
    void numpyReproducesTheProduct();
    void pytorchReproducesTheProduct_data();
    void pytorchReproducesTheProduct();

private:
    EmbeddingTable tableFor(const QString &name) const;
    void compareWithProduct(CodeLanguage language);

    QTemporaryDir m_directory;
};

void TestCodeSnippet::initTestCase()
{
    QVERIFY(m_directory.isValid());
    // A float32 table as NumPy writes it, with values that a careless writer would round: 0.1,
    // the largest float32, the smallest subnormal, -0.0 and 2^24 + 2.
    const PythonRun run
        = runPython(u"import sys, numpy as np\n"
                    "a = np.random.default_rng(7).standard_normal((6, 5)).astype(np.float32)\n"
                    "a[0] = [0.1, np.finfo(np.float32).max, np.float32(1e-45), -0.0, 16777218]\n"
                    "np.save(sys.argv[1], a)\n"
                    "np.save(sys.argv[2], np.random.default_rng(8).standard_normal((400, 50), "
                    "np.float32))\n"_s,
            {m_directory.filePath(u"float32.npy"_s), m_directory.filePath(u"float32-large.npy"_s)});
    QVERIFY2(run.ok, qPrintable(run.err));
}

EmbeddingTable TestCodeSnippet::tableFor(const QString &name) const
{
    if (name == u"simple-10x10"_s)
        return EmbeddingTable::simple(10, 10).value();
    if (name == u"simple-10x3"_s)
        return EmbeddingTable::simple(10, 3).value();
    if (name == u"random-float64"_s)
        return EmbeddingTable::random(7, 5, 42).value();
    if (name == u"special-values"_s)
        return tableWithSpecialValues();
    if (name == u"labelled"_s)
        return EmbeddingTable::random(3, 2, 1).value().withLabels(
            {u"king"_s, u"say \"hi\"\\"_s, u"two\nlines ü"_s});
    if (name == u"random-float64-large"_s)
        return EmbeddingTable::random(400, 50, 3).value();
    return loadTable(m_directory.filePath(name + u".npy"_s)).value().table;
}

void TestCodeSnippet::namesLanguages()
{
    QCOMPARE(codeLanguageFromName(u"numpy"_s), CodeLanguage::NumPy);
    QCOMPARE(codeLanguageFromName(u"pytorch"_s), CodeLanguage::PyTorch);
    QCOMPARE(codeLanguageFromName(u"torch"_s), std::nullopt);
    QCOMPARE(codeLanguageName(CodeLanguage::PyTorch), u"pytorch"_s);
}

void TestCodeSnippet::simpleTableIsOneArange()
{
    const QString numpy
        = codeSnippet(EmbeddingTable::simple(10, 10).value(), 3, CodeLanguage::NumPy).value();
    QVERIFY2(numpy.contains(u"num_embeddings, embedding_dimensions = 10, 10\n"
                            "E = np.arange(1, num_embeddings * embedding_dimensions + 1, "
                            "dtype=np.float64).reshape(\n"_s),
        qPrintable(numpy));
    QVERIFY(numpy.contains(u"\nindex = 3\n"_s));
    QVERIFY(numpy.contains(u"output = X @ E\n"_s));

    const QString torch
        = codeSnippet(EmbeddingTable::simple(10, 3).value(), 2, CodeLanguage::PyTorch).value();
    QVERIFY2(torch.contains(u"weight = torch.arange(1, num_embeddings * embedding_dimensions + 1, "
                            "dtype=torch.float64)"_s),
        qPrintable(torch));
    QVERIFY(torch.contains(u"torch.nn.Embedding.from_pretrained(weight)"_s));
    QVERIFY(torch.contains(u"\nindex = 2\n"_s));
}

void TestCodeSnippet::otherTablesAreWrittenOutExactly()
{
    // Seed 42's first row, as the JSON report writes it, with 17 significant digits.
    const QString random
        = codeSnippet(EmbeddingTable::random(2, 3, 42).value(), 1, CodeLanguage::NumPy).value();
    QVERIFY2(
        random.contains(u"E = np.array([\n"
                        "    [1.2938204232729367, 0.70498826642085988, 0.39797739618378869],\n"_s),
        qPrintable(random));
    QVERIFY(random.contains(u"], dtype=np.float64)\n"_s));

    // float32 keeps its precision: 9 digits, and the float32 dtype.
    const QString float32 = codeSnippet(tableFor(u"float32"_s), 0, CodeLanguage::NumPy).value();
    QVERIFY2(float32.contains(u"    [0.100000001, 3.40282347e+38, 1.40129846e-45, -0.0, "
                              "16777218.0],\n"_s),
        qPrintable(float32));
    QVERIFY(float32.contains(u"], dtype=np.float32)\n"_s));

    const QString special
        = codeSnippet(tableFor(u"special-values"_s), 1, CodeLanguage::PyTorch).value();
    QVERIFY2(special.contains(u"    [math.inf, 1.0, 2.0],\n"
                              "    [-0.0, 1e-300, -2.5000000000000001e+300],\n"
                              "    [3.0, math.nan, -math.inf],\n"_s),
        qPrintable(special));
    QVERIFY(special.contains(u"import math\n"_s));
    QVERIFY(!special.contains(u"assert torch"_s));
}

void TestCodeSnippet::everyValueReadsBackBitForBit_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("float64-400x50") << u"random-float64-large"_s;
    QTest::newRow("float32-400x50") << u"float32-large"_s;
    QTest::newRow("float32-special-values") << u"float32"_s;
}

void TestCodeSnippet::everyValueReadsBackBitForBit()
{
    QFETCH(QString, table);

    // The product shows one row; here every value of E is compared, as bytes.
    const EmbeddingTable values = tableFor(table);
    const QString snippet = codeSnippet(values, 0, CodeLanguage::NumPy).value();
    const PythonRun run = runSnippet(snippet + u"print(E.tobytes().hex())\n"_s);
    QVERIFY2(run.ok, qPrintable(run.err));
    const QByteArray bytes(static_cast<const char *>(values.data()),
        values.numEmbeddings() * values.embeddingDimensions() * bytesPerValue(values.precision()));
    QCOMPARE(run.out.trimmed().section(u'\n', -1).toLatin1(), bytes.toHex());
}

void TestCodeSnippet::labelsAreQuotedForPython()
{
    const EmbeddingTable table = tableFor(u"labelled"_s);
    const QString snippet = codeSnippet(table, 1, CodeLanguage::NumPy).value();
    QVERIFY2(snippet.contains(u"index = 1  # \"say \\\"hi\\\"\\\\\"\n"_s), qPrintable(snippet));

    // What Python reads back is the labels, character for character.
    const PythonRun run = runSnippet(snippet + u"import json\nprint(json.dumps(labels))\n"_s);
    QVERIFY2(run.ok, qPrintable(run.err));
    const QString lastLine = run.out.trimmed().section(u'\n', -1);
    QCOMPARE(QJsonDocument::fromJson(lastLine.toUtf8()).array().toVariantList(),
        QVariant(table.labels()).toList());
}

void TestCodeSnippet::refusesTablesTooLargeToPaste()
{
    const auto large
        = codeSnippet(EmbeddingTable::random(1000, 101, 0).value(), 0, CodeLanguage::NumPy);
    QVERIFY(!large);
    QCOMPARE(large.errorMessage(),
        u"this table holds 1000 × 101 = 101000 values, too many to write out as code (at most "
        "100000): save it as .npy and load that with numpy.load instead"_s);

    // A simple table is one arange() call at any size.
    QVERIFY(codeSnippet(EmbeddingTable::simple(1000, 300).value(), 999, CodeLanguage::NumPy));
    QVERIFY(codeSnippet(EmbeddingTable::random(1000, 100, 0).value(), 0, CodeLanguage::NumPy));
}

void TestCodeSnippet::numpyReproducesTheProduct_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<Index>("index");
    QTest::addColumn<QList<double>>("expected"); // Empty: compare with multiply() alone.

    QTest::newRow("index-3-of-10x10")
        << u"simple-10x10"_s << Index(3) << QList<double> {31, 32, 33, 34, 35, 36, 37, 38, 39, 40};
    QTest::newRow("index-2-of-10x3") << u"simple-10x3"_s << Index(2) << QList<double> {7, 8, 9};
    QTest::newRow("random-float64") << u"random-float64"_s << Index(4) << QList<double>();
    QTest::newRow("loaded-float32-special-row") << u"float32"_s << Index(0) << QList<double>();
    QTest::newRow("loaded-float32-random-row") << u"float32"_s << Index(5) << QList<double>();
    QTest::newRow("nan-and-infinity-elsewhere")
        << u"special-values"_s << Index(1) << QList<double>();
    QTest::newRow("labelled") << u"labelled"_s << Index(2) << QList<double>();
}

void TestCodeSnippet::numpyReproducesTheProduct()
{
    compareWithProduct(CodeLanguage::NumPy);
}

void TestCodeSnippet::pytorchReproducesTheProduct_data()
{
    numpyReproducesTheProduct_data();
}

void TestCodeSnippet::pytorchReproducesTheProduct()
{
    if (!torchAvailable())
        QSKIP("PyTorch is not installed for /usr/bin/python3 (Debian's python3-torch)");
    compareWithProduct(CodeLanguage::PyTorch);
}

void TestCodeSnippet::compareWithProduct(CodeLanguage language)
{
    QFETCH(QString, table);
    QFETCH(Index, index);
    QFETCH(QList<double>, expected);

    const EmbeddingTable values = tableFor(table);
    const Eigen::RowVectorXd product = multiply(oneHot(values.numEmbeddings(), index), values);
    const Result<QString> snippet = codeSnippet(values, index, language);
    QVERIFY2(snippet, qPrintable(snippet.errorMessage()));
    const PythonRun run = runSnippet(snippet.value());
    QVERIFY2(run.ok, qPrintable(run.err + u"\n"_s + snippet.value()));

    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), product.size());
    for (Index j = 0; j < product.size(); ++j) {
        bool ok = false;
        const double printed = lines.at(j).toDouble(&ok);
        QVERIFY2(ok, qPrintable(lines.at(j)));
        QVERIFY2(same(printed, product(j)),
            qPrintable(u"entry %1: Python printed %2, the program has %3"_s.arg(j)
                           .arg(lines.at(j))
                           .arg(product(j), 0, 'g', 17)));
        if (!expected.isEmpty())
            QCOMPARE(printed, expected.at(j));
    }
}

QTEST_GUILESS_MAIN(TestCodeSnippet)
#include "tst_codesnippet.moc"
