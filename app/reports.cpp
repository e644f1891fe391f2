// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "reports.h"

#include "columnsum.h"
#include "embeddingsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <cmath>

namespace ev {

namespace {

using Cells = QList<QStringList>;

// Like NumPy, a matrix of more than a thousand values shows its first and last three rows and
// columns only; an empty row of cells stands for the rows left out.
constexpr Index s_summaryThreshold = 1000;
constexpr Index s_edgeItems = 3;
const QString s_ellipsis = QStringLiteral("...");

bool summarised(Index values)
{
    return values > s_summaryThreshold;
}

// The indices shown of \a count, with -1 where the rest are left out.
QList<Index> shownIndices(Index count, bool summarise)
{
    QList<Index> shown;
    for (Index i = 0; i < count; ++i) {
        if (summarise && count > 2 * s_edgeItems && i == s_edgeItems) {
            shown << -1;
            i = count - s_edgeItems - 1;
            continue;
        }
        shown << i;
    }
    return shown;
}

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
        if (row.isEmpty()) {
            lines << s_ellipsis;
            continue;
        }
        QStringList padded;
        for (const QString &cell : row)
            padded << cell.rightJustified(width);
        lines << u'[' + padded.join(u' ') + u']';
    }
    const QString indent(brackets - 1, u' ');
    QString text = lines.join(u'\n' + indent);
    return brackets == 2 ? u'[' + text + u']' : text;
}

QStringList formatRow(const Eigen::RowVectorXd &row, NumberFormat format, bool summarise)
{
    QStringList cells;
    for (const Index j : shownIndices(row.size(), summarise))
        cells << (j < 0 ? s_ellipsis : format.format(row(j)));
    return cells;
}

// JSON has no NaN or infinity; they are written as the strings Python's float() reads back, so
// they stay apart from each other and from numbers.
QJsonValue jsonNumber(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return value;
}

QJsonArray jsonRow(const Eigen::RowVectorXd &row)
{
    QJsonArray values;
    for (Index j = 0; j < row.size(); ++j)
        values.append(jsonNumber(row(j)));
    return values;
}

QJsonArray jsonNeighbours(const EmbeddingTable &table, const std::vector<Neighbour> &neighbours)
{
    QJsonArray entries;
    for (std::size_t rank = 0; rank < neighbours.size(); ++rank) {
        QJsonObject entry {
            {QStringLiteral("rank"), qint64(rank + 1)},
            {QStringLiteral("row"), qint64(neighbours[rank].row)},
            {QStringLiteral("score"), neighbours[rank].score},
        };
        if (!table.labels().isEmpty())
            entry.insert(QStringLiteral("label"), table.labels().at(neighbours[rank].row));
        entries.append(entry);
    }
    return entries;
}

} // namespace

QString textReport(const EmbeddingSession &session, const NeighbourList &neighbours)
{
    const EmbeddingTable &table = session.table();
    const Index rows = table.numEmbeddings();
    const Index columns = table.embeddingDimensions();
    const Index index = session.index();
    const NumberFormat format = session.numberFormat();
    const ProductAndLookup &result = session.result();

    const bool summarise = summarised(rows * columns);
    Cells tableCells;
    for (const Index i : shownIndices(rows, summarise))
        tableCells << (i < 0 ? QStringList() : formatRow(table.row(i), format, summarise));

    QString kind = tableKindName(session.spec().kind);
    if (session.isLoaded())
        kind = QStringLiteral("from %1").arg(session.source());
    else if (session.spec().kind == TableKind::Random)
        kind += QStringLiteral(", seed %1").arg(session.spec().seed);
    const QString lookupName = table.labels().isEmpty()
        ? QStringLiteral("E[%1]").arg(index)
        : QStringLiteral("E[%1] (%2)").arg(index).arg(table.labels().at(index));

    QString text;
    text
        += QStringLiteral("E, the embedding table (%1×%2, %3):\n").arg(rows).arg(columns).arg(kind);
    text += layOut(tableCells, 2) + u"\n\n";
    text += QStringLiteral("X, the one-hot vector (1×%1, hot at index %2):\n").arg(rows).arg(index);
    text += layOut({formatRow(session.oneHot(), NumberFormat(0), summarised(rows))}, 2) + u"\n\n";
    text += QStringLiteral("X·E, the product (1×%1):\n").arg(columns);
    text += layOut({formatRow(result.product, format, summarised(columns))}, 2) + u"\n\n";
    text += QStringLiteral("%1, the direct lookup (%2 values):\n").arg(lookupName).arg(columns);
    text += layOut({formatRow(result.lookup, format, summarised(columns))}, 1) + u"\n\n";
    text += QStringLiteral("X·E equals %1: %2\n")
                .arg(lookupName)
                .arg(result.equal ? QStringLiteral("yes")
                                  : QStringLiteral("no: another row of E holds an infinity or "
                                                   "NaN, and 0 times those is not 0"));
    if (neighbours)
        text += QStringLiteral("\nThe rows nearest to %1 by cosine similarity (rank, row, %2"
                               "score):\n")
                    .arg(lookupName,
                        table.labels().isEmpty() ? QString() : QStringLiteral("label, "))
            + neighboursReport(session, *neighbours);
    return text;
}

QString neighboursReport(const EmbeddingSession &session, const std::vector<Neighbour> &neighbours)
{
    const QStringList &labels = session.table().labels();
    QString text;
    for (std::size_t rank = 0; rank < neighbours.size(); ++rank) {
        const Neighbour &neighbour = neighbours[rank];
        QStringList fields {QString::number(rank + 1), QString::number(neighbour.row)};
        if (!labels.isEmpty())
            fields << labels.at(neighbour.row);
        fields << formatScore(neighbour.score, 6);
        text += fields.join(u'\t') + u'\n';
    }
    return text;
}

QString explanationReport(const EmbeddingSession &session, Index column)
{
    const ColumnSum sum = writeOutColumn(session.oneHot(), session.table(), column);
    const NumberFormat format = session.numberFormat();
    const Index index = session.index();
    QString text = QStringLiteral("(X·E)[%1] = %2\n").arg(column).arg(sum.text(format));
    if (sum.contributingRows.size() > 1) {
        QStringList rows;
        for (const Index row : sum.contributingRows)
            rows << QString::number(row);
        return text
            + QStringLiteral("X[%1] is 1, yet 0 times an infinity or NaN is NaN, so rows %2 "
                             "count\n")
                  .arg(index)
                  .arg(rows.join(QStringLiteral(", ")));
    }
    return text
        + QStringLiteral("Only X[%1] is 1, so only %2 counts: E[%1, %3] = %4\n")
              .arg(index)
              .arg(session.describeRow(index))
              .arg(column)
              .arg(format.format(sum.sum));
}

QByteArray jsonReport(const EmbeddingSession &session, const NeighbourList &neighbours)
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
    if (session.isLoaded()) {
        report.insert(QStringLiteral("table_kind"), QStringLiteral("file"));
        report.insert(QStringLiteral("source"), session.source());
    } else if (session.spec().kind == TableKind::Random) {
        report.insert(QStringLiteral("seed"), qint64(session.spec().seed));
    }
    if (!table.labels().isEmpty())
        report.insert(QStringLiteral("labels"), QJsonArray::fromStringList(table.labels()));
    if (neighbours)
        report.insert(QStringLiteral("neighbours"), jsonNeighbours(table, *neighbours));
    return QJsonDocument(report).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace ev
