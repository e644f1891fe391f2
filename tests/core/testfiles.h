// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"
#include "tablefile.h"

#include <QFile>
#include <QList>
#include <QTest>

#include <functional>
#include <utility>

namespace ev::test {

//! Writes \a content to \a path, failing the test if it cannot.
inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

/*!
 * Makes a file at \a path of \a size bytes holding \a pieces, each at its offset. The rest
 * reads as zeros and takes no disk space (a sparse file, as truncate -s makes), so a test can
 * hand a reader gigabytes.
 */
inline void writeSparseFile(
    const QString &path, const QList<std::pair<qint64, QByteArray>> &pieces, qint64 size)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(size));
    for (const auto &[offset, bytes] : pieces) {
        QVERIFY(file.seek(offset));
        QCOMPARE(file.write(bytes), bytes.size());
    }
}

/*!
 * Checks that \a read refuses /proc/self/status, which says it holds 0 bytes yet reads as text,
 * with a message that says so rather than calling it empty.
 */
inline void checkAFileTheSystemMakesIsNotCalledEmpty(
    const std::function<Result<LoadedTable>(const QString &)> &read)
{
#ifndef Q_OS_LINUX
    QSKIP("/proc is Linux's");
#endif
    const QString path = QStringLiteral("/proc/self/status");
    const Result<LoadedTable> loaded = read(path);
    QVERIFY(!loaded);
    QCOMPARE(loaded.errorMessage(),
        path
            + QStringLiteral(": says it holds 0 bytes but is not empty: the system makes it as it "
                             "is read (as it does the files in /proc and /sys); only files of a "
                             "fixed size can be read as tables, so copy it to one first"));
}

//! \returns row \a row of \a table as doubles, for comparing with a list written in a test.
inline QList<double> rowOf(const EmbeddingTable &table, Index row)
{
    QList<double> values;
    for (Index column = 0; column < table.embeddingDimensions(); ++column)
        values << table.value(row, column);
    return values;
}

} // namespace ev::test
