// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingtablemodel.h"

#include "embeddingsession.h"
#include "modelroles.h"
#include "productstepper.h"

namespace ev {

EmbeddingTableModel::EmbeddingTableModel(EmbeddingSession *session, QObject *parent)
    : SessionTableModel(session, parent)
{
    connect(
        session, &EmbeddingSession::indexChanged, this, &EmbeddingTableModel::updateSelectedRow);
    connect(session, &EmbeddingSession::concealedChanged, this, [this] {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    });
    connect(session->stepper(), &ProductStepper::stepChanged, this,
        &EmbeddingTableModel::updateSteppedColumn);
    connect(session->stepper(), &ProductStepper::explainedColumnChanged, this,
        [this](Index previous, Index current) { updateSteppedColumn(previous + 1, current + 1); });
}

int EmbeddingTableModel::rows() const
{
    return int(session()->table().numEmbeddings());
}

int EmbeddingTableModel::columns() const
{
    return int(session()->table().embeddingDimensions());
}

QVariant EmbeddingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};

    const bool selected = isSelected(index.row());
    const ProductStepper *stepper = session()->stepper();
    const bool stepped = index.column() == stepper->markedColumn();
    switch (role) {
    case Qt::DisplayRole:
        return session()->numberFormat().format(
            session()->table().value(index.row(), index.column()));
    case ValueRole:
        return session()->table().value(index.row(), index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("E[%1, %2] = %3%4")
            .arg(index.row())
            .arg(index.column())
            .arg(data(index, Qt::DisplayRole).toString(),
                selected ? tr(", in the selected row") : QString());
    default:
        return cellStyle(role, selected, stepped);
    }
}

QVariant EmbeddingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QStringList &labels = session()->table().labels();
    if (role == Qt::DisplayRole && orientation == Qt::Vertical && !labels.isEmpty())
        return QString(QString::number(section) + u' ' + labels.at(section));
    if (role == Qt::DisplayRole)
        return QString::number(section);
    if (orientation == Qt::Vertical && role == Qt::FontRole)
        return cellStyle(role, isSelected(section));
    if (orientation == Qt::Vertical && role == Qt::ToolTipRole)
        return tr("E, %1: the embedding of index %2")
            .arg(session()->describeRow(section))
            .arg(section);
    return {};
}

bool EmbeddingTableModel::isSelected(int row) const
{
    return !session()->isSelectedRowHidden() && row == session()->index();
}

void EmbeddingTableModel::updateSelectedRow(qint64 previous, qint64 current)
{
    const int lastColumn = columnCount() - 1;
    for (const qint64 row : {previous, current}) {
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), lastColumn));
        Q_EMIT headerDataChanged(Qt::Vertical, int(row), int(row));
    }
}

void EmbeddingTableModel::updateSteppedColumn(Index previous, Index landed)
{
    // The column of a step is the one before the count of landed columns.
    const int lastRow = rowCount() - 1;
    for (const Index column : {previous - 1, landed - 1}) {
        if (column >= 0 && column < columnCount())
            Q_EMIT dataChanged(index(0, int(column)), index(lastRow, int(column)));
    }
}

} // namespace ev
