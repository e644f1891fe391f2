// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "reports.h"

#include "embeddingsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace ev {

namespace {

using Cells = QList<QStringList>;

// Rows of cells as NumPy prints a 2-D array: "[[a b]\n [c d]]", every cell right-aligned to the
// widest one. \a brackets is 2 for a matrix, 1 for a plain vector.
QString layOut(const Cells &rows, int brackets)
{
    qsizetype width = 1;
    for (const QStringList &row : rows)
        for (const QString &cell : row)
            width = std::max(width, cell.size());

    QStringList lines;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (const QString &cell : row)
            padded << cell.rightJustified(width);
        lines << u'[' + padded.join(u' ') + u']';
    }
    const QString indent(brackets - 1, u' ');
    QString text = lines.join(u'\n' + indent);
    return brackets == 2 ? u'[' + text + u']' : text;
}

QStringList formatRow(const Eigen::RowVectorXd &row, NumberFormat format)
{
    QStringList cells;
    for (Index j = 0; j < row.size(); ++j)
        cells << format.format(row(j));
    return cells;
}

QJsonArray jsonRow(const Eigen::RowVectorXd &row)
{
    QJsonArray values;
    for (Index j = 0; j < row.size(); ++j)
        values.append(row(j));
    return values;
}

} // namespace

QString textReport(const EmbeddingSession &session)
{
    const EmbeddingTable &table = session.table();
    const Index rows = table.numEmbeddings();
    const Index columns = table.embeddingDimensions();
    const Index index = session.index();
    const NumberFormat format = session.numberFormat();
    const ProductAndLookup &result = session.result();

    Cells tableCells;
    for (Index i = 0; i < rows; ++i)
        tableCells << formatRow(table.row(i), format);

    QString kind = tableKindName(session.spec().kind);
    if (session.spec().kind == TableKind::Random)
        kind += QStringLiteral(", seed %1").arg(session.spec().seed);

    QString text;
    text
        += QStringLiteral("E, the embedding table (%1×%2, %3):\n").arg(rows).arg(columns).arg(kind);
    text += layOut(tableCells, 2) + u"\n\n";
    text += QStringLiteral("X, the one-hot vector (1×%1, hot at index %2):\n").arg(rows).arg(index);
    text += layOut({formatRow(session.oneHot(), NumberFormat(0))}, 2) + u"\n\n";
    text += QStringLiteral("X·E, the product (1×%1):\n").arg(columns);
    text += layOut({formatRow(result.product, format)}, 2) + u"\n\n";
    text += QStringLiteral("E[%1], the direct lookup (%2 values):\n").arg(index).arg(columns);
    text += layOut({formatRow(result.lookup, format)}, 1) + u"\n\n";
    text += QStringLiteral("X·E equals E[%1]: %2\n")
                .arg(index)
                .arg(result.equal ? QStringLiteral("yes") : QStringLiteral("no"));
    return text;
}

QByteArray jsonReport(const EmbeddingSession &session)
{
    const EmbeddingTable &table = session.table();
    QJsonArray rows;
    for (Index i = 0; i < table.numEmbeddings(); ++i)
        rows.append(jsonRow(table.row(i)));

    QJsonObject report {
        {QStringLiteral("num_embeddings"), qint64(table.numEmbeddings())},
        {QStringLiteral("embedding_dimensions"), qint64(table.embeddingDimensions())},
        {QStringLiteral("index"), qint64(session.index())},
        {QStringLiteral("table_kind"), tableKindName(session.spec().kind)},
        {QStringLiteral("table"), rows},
        {QStringLiteral("one_hot"), jsonRow(session.oneHot())},
        {QStringLiteral("output"), jsonRow(session.result().product)},
        {QStringLiteral("lookup"), jsonRow(session.result().lookup)},
        {QStringLiteral("equal"), session.result().equal},
    };
    if (session.spec().kind == TableKind::Random)
        report.insert(QStringLiteral("seed"), qint64(session.spec().seed));
    return QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace ev
