// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"

#include <QFile>
#include <QList>
#include <QTest>

namespace ev::test {

//! Writes \a content to \a path, failing the test if it cannot.
inline void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
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
