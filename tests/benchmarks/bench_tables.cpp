// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
//
// Measures loading, lookup and click-to-repaint against the tools teachers already use, all in
// one run on this machine, and prints the figures side by side with their ratios. Run by hand:
//   build/release/tests/benchmarks/bench_tables [--rows N] [--only text|npy|lookup|clicks]
// It writes its inputs to a temporary folder (about 700 MB at the default sizes).
#include "embeddingboard.h"
#include "embeddingproduct.h"
#include "embeddingsession.h"
#include "mainwindow.h"
#include "matrixview.h"
#include "npyformat.h"
#include "wordvectorformat.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace ev;

namespace {

const QString s_python = QStringLiteral("/usr/bin/python3");

struct Measure
{
    double seconds = -1; // negative: not measured
    double peakMiB = -1;
    QString note;
    // Loads by this program only: its resident size before loading, and its labels' bytes.
    double baselineMiB = -1;
    double labelsMiB = -1;
};

// A figure from /proc/self/status, in MiB: "VmHWM" is the peak resident memory since this
// program started. Not getrusage(): on Linux its maximum carries over from the parent through
// fork and exec, so a child would report the parent's.
double statusMiB(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

// The heap the labels hold: each string's allocation, as malloc counts it, and its place in the
// list.
double labelsMiB(const QStringList &labels)
{
    double bytes = double(labels.size()) * sizeof(QString);
    for (const QString &label : labels) {
        if (const void *allocation = const_cast<QString &>(label).data_ptr().d_ptr())
            bytes += double(malloc_usable_size(const_cast<void *>(allocation)) + sizeof(void *));
    }
    return bytes / 1048576.0;
}

// Runs a Python snippet that prints "seconds peakMiB".
Measure runPython(const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.start(s_python, QStringList {QStringLiteral("-c"), script} + arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0)
        return {
            -1, -1, QString::fromUtf8(process.readAllStandardError()).trimmed().section(u'\n', -1)};
    const QStringList parts
        = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u' ');
    return {parts.value(0).toDouble(), parts.value(1).toDouble(), {}};
}

// Runs this program again to load one file alone, so its peak memory is the load's own.
Measure runChild(const QString &mode, const QString &path)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(), {mode, path});
    process.waitForFinished(600000);
    const QStringList parts
        = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(u' ');
    return {parts.value(0).toDouble(), parts.value(1).toDouble(), {}, parts.value(2).toDouble(),
        parts.value(3).toDouble()};
}

int childLoad(const QString &mode, const QString &path)
{
    const double baseline = statusMiB("VmRSS");
    QElapsedTimer timer;
    timer.start();
    const auto loaded = mode == u"--child-text" ? readWordVectors(path) : readNpy(path);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!loaded) {
        std::fprintf(stderr, "%s\n", qPrintable(loaded.errorMessage()));
        return 1;
    }
    std::printf("%.6f %.1f %.1f %.1f\n", seconds, statusMiB("VmHWM"), baseline,
        labelsMiB(loaded.value().table.labels()));
    return 0;
}

void printRow(const char *what, const Measure &measure, const Measure &reference)
{
    if (measure.seconds < 0) {
        std::printf("  %-34s not measured: %s\n", what, qPrintable(measure.note));
        return;
    }
    std::printf("  %-34s %10.4f s", what, measure.seconds);
    if (measure.peakMiB >= 0)
        std::printf("  peak %8.1f MiB", measure.peakMiB);
    if (&measure != &reference && reference.seconds > 0)
        std::printf("  ratio (this / ours) %7.1f", measure.seconds / reference.seconds);
    std::printf("\n");
}

EmbeddingTable randomTable(Index rows, Index columns)
{
    return EmbeddingTable::generate(rows, columns, Precision::Float32, [](auto &values) {
        std::mt19937 engine(1);
        std::normal_distribution<float> normal;
        for (Index i = 0; i < values.size(); ++i)
            values.data()[i] = normal(engine);
    }).value();
}

void benchmarkTextLoading(const QTemporaryDir &directory, Index rows)
{
    const QString path = directory.filePath(QStringLiteral("vectors.txt"));
    QStringList labels;
    for (Index row = 0; row < rows; ++row)
        labels << QStringLiteral("w%1").arg(row);
    const EmbeddingTable table = randomTable(rows, 50).withLabels(labels);
    if (const QString problem = writeWord2VecText(table, path); !problem.isEmpty())
        qFatal("%s", qPrintable(problem));
    const double tableMiB = double(rows) * 50 * 4 / 1048576.0;
    std::printf("\nword2vec text, %lld × 50 (%.0f MB file; values %.1f MiB):\n", qlonglong(rows),
        QFileInfo(path).size() / 1e6, tableMiB);

    // Ours is quick enough to take the median of three runs, which steadies it on a shared
    // machine; each reference runs once.
    std::vector<Measure> runs;
    for (int run = 0; run < 3; ++run)
        runs.push_back(runChild(QStringLiteral("--child-text"), path));
    std::sort(runs.begin(), runs.end(),
        [](const Measure &a, const Measure &b) { return a.seconds < b.seconds; });
    const Measure ours = runs[1];
    const Measure gensim = runPython(
        QStringLiteral("import sys, time, resource\n"
                       "from gensim.models import KeyedVectors\n"
                       "t = time.perf_counter()\n"
                       "KeyedVectors.load_word2vec_format(sys.argv[1], binary=False)\n"
                       "print(time.perf_counter() - t, [int(l.split()[1]) for l in "
                       "open('/proc/self/status') if l.startswith('VmHWM')][0] / 1024)\n"),
        {path});
    const Measure pandas = runPython(
        QStringLiteral("import sys, time, resource, csv\n"
                       "import pandas as pd\n"
                       "t = time.perf_counter()\n"
                       "pd.read_csv(sys.argv[1], sep=' ', header=None, skiprows=1, index_col=0, "
                       "quoting=csv.QUOTE_NONE, engine='c')\n"
                       "print(time.perf_counter() - t, [int(l.split()[1]) for l in "
                       "open('/proc/self/status') if l.startswith('VmHWM')][0] / 1024)\n"),
        {path});
    printRow("Embedding Visualiser (median of 3)", ours, ours);
    printRow("gensim load_word2vec_format", gensim, ours);
    printRow("pandas read_csv", pandas, ours);
    const double budget = (tableMiB + ours.labelsMiB) * 1.2;
    const double used = ours.peakMiB - ours.baselineMiB;
    std::printf("  memory: our peak %.1f MiB less the %.1f MiB the program held before loading = "
                "%.1f MiB; values %.1f MiB + labels %.1f MiB, + 20%% = %.1f MiB: %s\n",
        ours.peakMiB, ours.baselineMiB, used, tableMiB, ours.labelsMiB, budget,
        used <= budget ? "within" : "over");
    std::printf("  targets: gensim/ours >= 25, pandas/ours >= 5, peak within values + labels + "
                "20%%\n");
}

void benchmarkNpyOpening(const QTemporaryDir &directory, Index rows)
{
    std::printf("\n.npy float32 opening (NumPy maps both; we map 64 MiB and more, and copy "
                "smaller tables, which another program may then rewrite safely):\n");
    Measure largeOurs;
    for (const Index count : {rows / 100, rows}) {
        const QString path = directory.filePath(QStringLiteral("table-%1.npy").arg(count));
        if (const QString problem = writeNpy(randomTable(count, 300), path); !problem.isEmpty())
            qFatal("%s", qPrintable(problem));
        const Measure ours = runChild(QStringLiteral("--child-npy"), path);
        const Measure numpy = runPython(
            QStringLiteral("import sys, time, resource\n"
                           "import numpy as np\n"
                           "t = time.perf_counter()\n"
                           "np.load(sys.argv[1], mmap_mode='r')\n"
                           "print(time.perf_counter() - t, [int(l.split()[1]) for l in "
                           "open('/proc/self/status') if l.startswith('VmHWM')][0] / 1024)\n"),
            {path});
        const QByteArray label = QStringLiteral("%1 × 300 (%2 MB): ours")
                                     .arg(count)
                                     .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
                                     .toUtf8();
        printRow(label.constData(), ours, ours);
        printRow("    numpy.load(mmap_mode='r')", numpy, ours);
    }
}

void benchmarkLookup(const QTemporaryDir &directory, Index rows)
{
    constexpr Index lookups = 65536;
    const QString path = directory.filePath(QStringLiteral("table-%1.npy").arg(rows));
    const EmbeddingTable table = readNpy(path).value().table;
    std::vector<Index> indices(lookups);
    std::mt19937 engine(2);
    std::uniform_int_distribution<Index> pick(0, rows - 1);
    std::generate(indices.begin(), indices.end(), [&] { return pick(engine); });

    // The lookup as an embedding layer does it: copy the selected rows, best of five runs.
    double best = 1e9;
    Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor> out(lookups, 300);
    table.visit([&](const auto &values) {
        using Scalar = typename std::decay_t<decltype(values)>::Scalar;
        if constexpr (std::is_same_v<Scalar, float>) {
            for (int run = 0; run < 5; ++run) {
                QElapsedTimer timer;
                timer.start();
                for (Index k = 0; k < lookups; ++k)
                    out.row(k) = values.row(indices[std::size_t(k)]);
                best = std::min(best, timer.nsecsElapsed() / 1e9);
            }
        }
    });
    const Measure ours {best, -1, {}};
    const QString setup
        = QStringLiteral("import sys, time\n"
                         "import numpy as np\n"
                         "a = np.load(sys.argv[1])\n"
                         "idx = np.random.default_rng(2).integers(0, a.shape[0], 65536)\n");
    const Measure numpy = runPython(setup
            + QStringLiteral(
                "best = 1e9\n"
                "for _ in range(5):\n"
                "    t = time.perf_counter(); a[idx]; best = min(best, time.perf_counter() - t)\n"
                "print(best, -1)\n"),
        {path});
    const Measure torch = runPython(setup
            + QStringLiteral("import torch\n"
                             "w = torch.from_numpy(a); i = torch.from_numpy(idx)\n"
                             "best = 1e9\n"
                             "for _ in range(5):\n"
                             "    t = time.perf_counter(); torch.nn.functional.embedding(i, w); "
                             "best = min(best, time.perf_counter() - t)\n"
                             "print(best, -1)\n"),
        {path});
    std::printf("\nLookup of %lld random rows from %lld × 300 float32 (best of 5):\n",
        qlonglong(lookups), qlonglong(rows));
    printRow("Embedding Visualiser", ours, ours);
    printRow("NumPy fancy indexing", numpy, ours);
    printRow("torch.nn.functional.embedding", torch, ours);
}

void benchmarkClicks(const QTemporaryDir &directory, Index rows)
{
    const QString path = directory.filePath(QStringLiteral("table-%1.npy").arg(rows));
    EmbeddingSession session;
    session.setLoadedTable(readNpy(path).value().table, QStringLiteral("bench.npy"));
    MainWindow window(&session);
    window.resize(1600, 900);
    window.show();
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();

    std::mt19937 engine(3);
    std::uniform_int_distribution<Index> pick(0, rows - 1);
    std::vector<double> milliseconds;
    std::vector<double> productMilliseconds;
    for (int click = 0; click < 200; ++click) {
        QElapsedTimer timer;
        timer.start();
        session.setIndex(pick(engine));
        window.repaint();
        milliseconds.push_back(timer.nsecsElapsed() / 1e6);
        // The full product X·E follows from another thread; wait for it before the next click.
        while (session.isProductPending())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        window.repaint();
        productMilliseconds.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(milliseconds.begin(), milliseconds.end());
    std::sort(productMilliseconds.begin(), productMilliseconds.end());
    std::printf(
        "\nClick to repaint on %lld × 300 (offscreen, 200 random indices):\n"
        "  median %.2f ms, 95th percentile %.2f ms, worst %.2f ms (target: p95 under 16 ms)\n"
        "  until the full product X·E is shown too: median %.2f ms, 95th percentile %.2f ms\n",
        qlonglong(rows), milliseconds[100], milliseconds[190], milliseconds.back(),
        productMilliseconds[100], productMilliseconds[190]);

    // Scrolling E a page at a time, as Page Down or a drag of the scroll bar does.
    QScrollBar *scrollBar = window.board()->tableView()->verticalScrollBar();
    std::vector<double> scrollMilliseconds;
    for (int page = 0; page < 200; ++page) {
        QElapsedTimer timer;
        timer.start();
        scrollBar->setValue(scrollBar->value() + scrollBar->pageStep() * (page % 50 + 1));
        window.repaint();
        scrollMilliseconds.push_back(timer.nsecsElapsed() / 1e6);
    }
    std::sort(scrollMilliseconds.begin(), scrollMilliseconds.end());
    std::printf("Scroll E and repaint (200 jumps of 1 to 50 pages): median %.2f ms, 95th "
                "percentile %.2f ms, worst %.2f ms\n",
        scrollMilliseconds[100], scrollMilliseconds[190], scrollMilliseconds.back());
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 3
        && (qstrcmp(argv[1], "--child-text") == 0 || qstrcmp(argv[1], "--child-npy") == 0))
        return childLoad(QString::fromLatin1(argv[1]), QString::fromLocal8Bit(argv[2]));

    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Index rows = 400000;
    QString only;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (qstrcmp(argv[i], "--rows") == 0)
            rows = std::max<Index>(100, QByteArray(argv[i + 1]).toLongLong());
        else if (qstrcmp(argv[i], "--only") == 0)
            only = QString::fromLatin1(argv[i + 1]);
    }

    QTemporaryDir directory;
    std::printf("Embedding Visualiser benchmarks, %lld rows; references run by %s\n",
        qlonglong(rows), qPrintable(s_python));
    if (only.isEmpty() || only == u"text")
        benchmarkTextLoading(directory, rows);
    // The lookup and the clicks use the .npy tables this one writes.
    if (only.isEmpty() || only != u"text")
        benchmarkNpyOpening(directory, rows);
    if (only.isEmpty() || only == u"lookup")
        benchmarkLookup(directory, rows);
    if (only.isEmpty() || only == u"clicks")
        benchmarkClicks(directory, rows);
    return 0;
}
