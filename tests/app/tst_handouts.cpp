// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingsession.h"
#include "mainwindow.h"
#include "programrunner.h"
#include "pythonrunner.h"
#include "tablespec.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QXmlStreamReader>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <csignal>
#include <functional>

using namespace ev;
using namespace ev::test;
using namespace Qt::StringLiterals;

namespace {

// The window --screenshot draws at 96 dots per inch in these tests (the offscreen platform's).
constexpr double s_dotsPerInch = 96;
const QStringList s_lessonAt3 {u"--size"_s, u"1200x700"_s, u"--index"_s, u"3"_s};

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// In the child only: files may grow to 4 KiB, and writing past that fails (EFBIG) instead of
// stopping the program, as on a full disk. Works for root too, unlike a read-only folder.
void limitFileSize()
{
    constexpr rlim_t bytes = 4096;
    const rlimit limit {bytes, bytes};
    setrlimit(RLIMIT_FSIZE, &limit);
    std::signal(SIGXFSZ, SIG_IGN);
}

// Every text element of an SVG, checking that the whole file is well-formed XML.
QStringList svgTexts(const QByteArray &svg, QString *rootName, QString *width)
{
    QStringList texts;
    QXmlStreamReader reader(svg);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (rootName->isEmpty()) {
            *rootName = reader.name().toString();
            *width = reader.attributes().value(u"width"_s).toString();
        }
        if (reader.name() == u"text"_s)
            texts << reader.readElementText().trimmed();
    }
    if (reader.hasError())
        return {u"XML error: "_s + reader.errorString()};
    return texts;
}

// X·E as --json writes it, with "nan", "inf" and "-inf" read back as numbers.
QList<double> jsonOutput(const QString &json)
{
    QList<double> values;
    const QJsonArray output
        = QJsonDocument::fromJson(json.toUtf8()).object()[u"output"_s].toArray();
    for (const QJsonValue &value : output)
        values << (value.isString() ? value.toString().toDouble() : value.toDouble());
    return values;
}

bool same(double a, double b)
{
    return std::isnan(a) ? std::isnan(b) : a == b;
}

// Calls \a answer with each modal dialog that opens from now on, until it returns true.
void answerDialogs(const std::function<bool(QWidget *)> &answer)
{
    auto *timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (dialog && answer(dialog))
            timer->deleteLater();
    });
    timer->start(20);
}

} // namespace

class TestHandouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshotWritesEveryFormat_data();
    void screenshotWritesEveryFormat();
    void refusedExportsExitWithStatusTwo_data();
    void refusedExportsExitWithStatusTwo();
    void failedExportLeavesTheFileAsItWas_data();
    void failedExportLeavesTheFileAsItWas();
    void readOnlyFolderKeepsItsFile();
    void exportRefusesAPipeOrAFolder_data();
    void exportRefusesAPipeOrAFolder();
    void codeReproducesTheJsonOutput_data();
    void codeReproducesTheJsonOutput();
    void codeRefusesTablesTooLargeToPaste();
    void exportViewAsksForFileAndScale();
    void copyAsCodeFillsTheClipboard();

private:
    QTemporaryDir m_directory;
};

void TestHandouts::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // A float32 table with an infinity in row 0, so X·E for any other row holds a NaN.
    const PythonRun run
        = runPython(u"import sys, numpy as np\n"
                    "a = np.random.default_rng(11).standard_normal((12, 7)).astype(np.float32)\n"
                    "a[0, 2] = np.inf\n"
                    "np.save(sys.argv[1], a)\n"_s,
            {m_directory.filePath(u"float32.npy"_s)});
    QVERIFY2(run.ok, qPrintable(run.err));
}

void TestHandouts::screenshotWritesEveryFormat_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<double>("scale");

    QTest::newRow("png-at-1") << u"view.png"_s << 1.0;
    QTest::newRow("png-at-2") << u"view.PNG"_s << 2.0;
    QTest::newRow("svg-at-1") << u"view.svg"_s << 1.0;
    QTest::newRow("svg-at-3") << u"view.svg"_s << 3.0;
    QTest::newRow("pdf-at-1") << u"view.pdf"_s << 1.0;
    QTest::newRow("pdf-at-1.5") << u"view.pdf"_s << 1.5;
}

void TestHandouts::screenshotWritesEveryFormat()
{
    QFETCH(QString, fileName);
    QFETCH(double, scale);

    const QString path = m_directory.filePath(fileName);
    QFile::remove(path);
    const Run run = runProgram(
        QStringList {u"--screenshot"_s, path, u"--scale"_s, QString::number(scale)} + s_lessonAt3);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.err, QString());
    const QByteArray contents = contentsOf(path);
    const QSizeF scaled = QSizeF(1200, 700) * scale;

    if (fileName.endsWith(u"png"_s, Qt::CaseInsensitive)) {
        const QImage image = QImage::fromData(contents, "PNG");
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), scaled.toSize());
    } else if (fileName.endsWith(u".svg"_s)) {
        QString root, width;
        const QStringList texts = svgTexts(contents, &root, &width);
        QCOMPARE(root, u"svg"_s);
        // Row 3 of the lesson table, as text that a reader can select and search.
        for (const QString &value : {u"31"_s, u"40"_s, u"100"_s})
            QVERIFY2(texts.contains(value), qPrintable(texts.mid(0, 20).join(u' ')));
        // The drawing keeps the window's coordinates; the scale sets its printed size.
        QVERIFY(contents.contains("viewBox=\"0 0 1200 700\""));
        QVERIFY2(width.endsWith(u"mm"_s), qPrintable(width));
        QCOMPARE(
            qRound(width.chopped(2).toDouble() / 25.4 * s_dotsPerInch), qRound(scaled.width()));
    } else {
        QVERIFY(contents.startsWith("%PDF-"));
        QVERIFY(contents.trimmed().endsWith("%%EOF"));
        QVERIFY2(contents.size() > 5000 && contents.size() < 5'000'000,
            qPrintable(QString::number(contents.size())));
        // One page, the window's size in points (72 a inch) times the scale.
        static const QRegularExpression mediaBox(u"/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"_s);
        const auto match = mediaBox.match(QString::fromLatin1(contents));
        QVERIFY(match.hasMatch());
        QCOMPARE(qRound(match.captured(1).toDouble()), qRound(scaled.width() * 72 / s_dotsPerInch));
        QCOMPARE(
            qRound(match.captured(2).toDouble()), qRound(scaled.height() * 72 / s_dotsPerInch));
    }
}

void TestHandouts::refusedExportsExitWithStatusTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("jpeg") << QStringList {u"--screenshot"_s, u"view.jpg"_s}
                          << u"file \"view.jpg\" does not end in .png, .svg or .pdf: those are "
                             "the formats a view is exported to (PNG picture, SVG drawing, PDF "
                             "page)"_s;
    QTest::newRow("no-extension")
        << QStringList {u"--screenshot"_s, u"view"_s}
        << u"file \"view\" does not end in .png, .svg or .pdf: those are the formats a view is "
           "exported to (PNG picture, SVG drawing, PDF page)"_s;
    QTest::newRow("scale-below-1") << QStringList {u"--screenshot"_s, u"view.png"_s, u"--scale"_s,
        u"0.5"_s} << u"scale 0.5 is out of range: it must be 1 to 4"_s;
    QTest::newRow("scale-above-4") << QStringList {u"--screenshot"_s, u"view.svg"_s, u"--scale"_s,
        u"4.5"_s} << u"scale 4.5 is out of range: it must be 1 to 4"_s;
    QTest::newRow("scale-just-above-4") << QStringList {u"--screenshot"_s, u"view.png"_s,
        u"--scale"_s, u"4.0000001"_s} << u"scale 4.0000001 is out of range: it must be 1 to 4"_s;
    QTest::newRow("scale-not-a-number")
        << QStringList {u"--screenshot"_s, u"view.pdf"_s, u"--scale"_s, u"two"_s}
        << u"scale \"two\" is not a number: it must be 1 to 4, such as 2 or 1.5"_s;
    QTest::newRow("scale-infinite") << QStringList {u"--screenshot"_s, u"view.pdf"_s, u"--scale"_s,
        u"inf"_s} << u"scale \"inf\" is not a number: it must be 1 to 4, such as 2 or 1.5"_s;
    QTest::newRow("scale-without-screenshot") << QStringList {u"--print"_s, u"--scale"_s, u"2"_s}
                                              << u"--scale applies only with --screenshot"_s;
    QTest::newRow("scaled-beyond-the-largest-side")
        << QStringList {u"--screenshot"_s, u"view.png"_s, u"--size"_s, u"8000x800"_s, u"--scale"_s,
               u"3"_s}
        << u"a 8000x800 view at scale 3 would be 24000x2400 pixels, more than the 16384 a side "
           "may have: choose a smaller scale or size"_s;
    QTest::newRow("code-for-r") << QStringList {u"--code"_s, u"r"_s}
                                << u"code language \"r\" is unknown: it must be numpy or pytorch"_s;
    QTest::newRow("code-and-print")
        << QStringList {u"--code"_s, u"numpy"_s, u"--print"_s}
        << u"choose one of --print, --json, --screenshot, --explain and --code, not several"_s;
    QTest::newRow("code-and-neighbours")
        << QStringList {u"--code"_s, u"numpy"_s, u"--neighbours"_s, u"3"_s}
        << u"--neighbours does not apply with --code: the code rebuilds the table and X·E"_s;
}

void TestHandouts::refusedExportsExitWithStatusTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    QDir::setCurrent(m_directory.path());
    const int filesBefore = int(QDir().entryList(QDir::Files).size());
    const Run run = runProgram(arguments);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(
        run.err, u"embedding-visualiser: "_s + message + u"\nSee embedding-visualiser --help.\n"_s);
    QCOMPARE(QDir().entryList(QDir::Files).size(), filesBefore);
}

void TestHandouts::failedExportLeavesTheFileAsItWas_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("png") << u"kept.png"_s;
    QTest::newRow("svg") << u"kept.svg"_s;
    QTest::newRow("pdf") << u"kept.pdf"_s;
}

void TestHandouts::failedExportLeavesTheFileAsItWas()
{
    QFETCH(QString, fileName);

    QTemporaryDir directory;
    const QString path = directory.filePath(fileName);
    const QByteArray before = "the picture handed out last week\n";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(before) == before.size());
    file.close();

    const Run run = runProgram(QStringList {u"--screenshot"_s, path} + s_lessonAt3,
        QProcessEnvironment::systemEnvironment(), limitFileSize);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, u"embedding-visualiser: could not write "_s + path + u": File too large\n"_s);
    QCOMPARE(contentsOf(path), before);
    // No half-written temporary file is left beside it either.
    QCOMPARE(QDir(directory.path()).entryList(QDir::Files), QStringList {fileName});
}

void TestHandouts::readOnlyFolderKeepsItsFile()
{
    if (geteuid() == 0)
        QSKIP("root writes into read-only folders; failedExportLeavesTheFileAsItWas covers it");
    QTemporaryDir directory;
    const QString path = directory.filePath(u"kept.svg"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write("old") == 3);
    file.close();
    QVERIFY(QFile::setPermissions(directory.path(), QFile::ReadOwner | QFile::ExeOwner));

    const Run run = runProgram(QStringList {u"--screenshot"_s, path} + s_lessonAt3);
    QFile::setPermissions(directory.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"could not write "_s + path), qPrintable(run.err));
    QCOMPARE(contentsOf(path), QByteArray("old"));
}

void TestHandouts::exportRefusesAPipeOrAFolder_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("kind");
    QTest::newRow("pipe") << u"view.png"_s << u"a pipe"_s;
    QTest::newRow("folder") << u"view.svg"_s << u"a folder"_s;
}

void TestHandouts::exportRefusesAPipeOrAFolder()
{
    QFETCH(QString, fileName);
    QFETCH(QString, kind);
    QTemporaryDir directory;
    const QString path = directory.filePath(fileName);
    if (kind == u"a pipe"_s)
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    else
        QVERIFY(QDir(directory.path()).mkdir(fileName));
    const QString message = path + u": is "_s + kind
        + u", not a file; a view is exported to a file, new or existing"_s;

    // QSaveFile would put a picture in its place; opening a pipe would wait for a reader.
    const Run run = runProgram({u"--screenshot"_s, path});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(
        run.err, u"embedding-visualiser: "_s + message + u"\nSee embedding-visualiser --help.\n"_s);

    // File → Export View writes through the same function.
    EmbeddingSession session;
    MainWindow window(&session);
    QCOMPARE(window.saveScreenshot(path), message);
    QVERIFY(!QFileInfo(path).isFile());
    QVERIFY(QFileInfo(path).exists());
    QCOMPARE(
        QDir(directory.path()).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot),
        QStringList {fileName});
}

void TestHandouts::codeReproducesTheJsonOutput_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QList<double>>("expected"); // Empty where --json alone says.

    const QString float32 = m_directory.filePath(u"float32.npy"_s);
    for (const QString &language : {u"numpy"_s, u"pytorch"_s}) {
        const QByteArray name = language.toLatin1();
        QTest::addRow("%s-index-3-of-10x10", name.constData())
            << language << QStringList {u"--index"_s, u"3"_s}
            << QList<double> {31, 32, 33, 34, 35, 36, 37, 38, 39, 40};
        QTest::addRow("%s-index-2-of-10x3", name.constData())
            << language
            << QStringList {u"--num-embeddings"_s, u"10"_s, u"--embedding-dimensions"_s, u"3"_s,
                   u"--index"_s, u"2"_s}
            << QList<double> {7, 8, 9};
        QTest::addRow("%s-random-float64", name.constData())
            << language
            << QStringList {u"--table"_s, u"random"_s, u"--seed"_s, u"5"_s, u"--num-embeddings"_s,
                   u"50"_s, u"--embedding-dimensions"_s, u"20"_s, u"--index"_s, u"17"_s}
            << QList<double>();
        QTest::addRow("%s-loaded-float32-with-infinity", name.constData())
            << language << QStringList {u"--load"_s, float32, u"--index"_s, u"4"_s}
            << QList<double>();
    }
}

void TestHandouts::codeReproducesTheJsonOutput()
{
    QFETCH(QString, language);
    QFETCH(QStringList, arguments);
    QFETCH(QList<double>, expected);
    if (language == u"pytorch"_s && !runPython(u"import torch"_s).ok)
        QSKIP("PyTorch is not installed for /usr/bin/python3 (Debian's python3-torch)");

    const Run code = runProgram(QStringList {u"--code"_s, language} + arguments);
    QCOMPARE(code.exitCode, 0);
    QCOMPARE(code.err, QString());
    const Run json = runProgram(QStringList {u"--json"_s} + arguments);
    QCOMPARE(json.exitCode, 0);
    const QList<double> program = jsonOutput(json.out);
    QVERIFY(!program.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(program, expected);

    const PythonRun python = runPython(code.out);
    QVERIFY2(python.ok, qPrintable(python.err));
    const QStringList lines = python.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), program.size());
    for (qsizetype j = 0; j < lines.size(); ++j)
        QVERIFY2(same(lines.at(j).toDouble(), program.at(j)),
            qPrintable(u"entry %1: Python printed %2, --json wrote %3"_s.arg(j)
                           .arg(lines.at(j))
                           .arg(program.at(j), 0, 'g', 17)));
}

void TestHandouts::codeRefusesTablesTooLargeToPaste()
{
    const Run run = runProgram({u"--code"_s, u"numpy"_s, u"--table"_s, u"random"_s,
        u"--num-embeddings"_s, u"1000"_s, u"--embedding-dimensions"_s, u"101"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.out, QString());
    QCOMPARE(run.err,
        u"embedding-visualiser: this table holds 1000 × 101 = 101000 values, too many to write "
        "out as code (at most 100000): save it as .npy and load that with numpy.load instead\n"_s);
}

void TestHandouts::exportViewAsksForFileAndScale()
{
    EmbeddingSession session;
    QVERIFY(session.setIndex(3));
    MainWindow window(&session);
    window.resize(1000, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *exportView = window.findChild<QAction *>(u"actionExportView"_s);
    QVERIFY(exportView);
    QCOMPARE(exportView->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    // Answered by keyboard, as a user without a mouse would: the name, Enter; the scale, Enter.
    const QString path = m_directory.filePath(u"from-the-menu.png"_s);
    QString scaleLabel;
    answerDialogs([&](QWidget *dialog) {
        if (qobject_cast<QFileDialog *>(dialog)) {
            // The name is set whole: typed a key at a time, each key makes the dialog look the
            // folder up again, which under a sanitizer can outlast the test.
            if (auto *name = qobject_cast<QLineEdit *>(dialog->focusWidget()))
                name->setText(path);
            QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
            return false;
        }
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (!input)
            return false;
        QTest::keyClick(dialog->focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(dialog->focusWidget(), u"2"_s);
        scaleLabel = input->labelText();
        QTest::keyClick(dialog->focusWidget(), Qt::Key_Return);
        return true;
    });
    exportView->trigger();

    QCOMPARE(
        scaleLabel, u"Scale, 1 for the window's own size (2000 × 1200 pixels at this scale):"_s);
    const QImage image(path);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.size() * 2);
    QCOMPARE(window.statusBar()->currentMessage(), u"Saved "_s + path);
}

void TestHandouts::copyAsCodeFillsTheClipboard()
{
    EmbeddingSession session;
    QVERIFY(session.setIndex(3));
    MainWindow window(&session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *numpy = window.findChild<QAction *>(u"actionCopyNumPy"_s);
    auto *pytorch = window.findChild<QAction *>(u"actionCopyPyTorch"_s);
    QVERIFY(numpy && pytorch);
    QVERIFY(window.actionsWithShortcuts().contains(numpy));
    QVERIFY(window.actionsWithShortcuts().contains(pytorch));

    numpy->trigger();
    const QString numpyCode = QGuiApplication::clipboard()->text();
    QVERIFY2(numpyCode.contains(u"E = np.arange(1, num_embeddings * embedding_dimensions + 1"_s),
        qPrintable(numpyCode));
    QVERIFY(numpyCode.contains(u"\nindex = 3\n"_s));
    QCOMPARE(
        window.statusBar()->currentMessage(), u"Copied NumPy code for index 3 to the clipboard"_s);

    QVERIFY(session.setIndex(7));
    pytorch->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"torch.nn.Embedding.from_pretrained"_s));
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"\nindex = 7\n"_s));

    // Too large to paste: said in a dialog, and the clipboard keeps what it had.
    QVERIFY(session.setSpec(TableSpec {1000, 101, TableKind::Random, 0}));
    QString warning;
    answerDialogs([&warning](QWidget *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        if (!box)
            return false;
        warning = box->text();
        box->accept();
        return true;
    });
    numpy->trigger();
    QVERIFY2(
        warning.startsWith(u"This table holds 1000 × 101 = 101000 values"_s), qPrintable(warning));
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"torch.nn.Embedding"_s));
}

QTEST_MAIN(TestHandouts)
#include "tst_handouts.moc"
