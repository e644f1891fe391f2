// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "neighbourmodel.h"

#include "modelroles.h"

namespace ev {

void NeighbourModel::setNeighbours(std::vector<Neighbour> neighbours, QStringList rowNames)
{
    Q_ASSERT_X(qsizetype(neighbours.size()) == rowNames.size(), "NeighbourModel::setNeighbours",
        "needs one name per neighbour");
    beginResetModel();
    m_neighbours = std::move(neighbours);
    m_rowNames = std::move(rowNames);
    endResetModel();
}

int NeighbourModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_neighbours.size());
}

int NeighbourModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeighbourModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Neighbour &neighbour = m_neighbours.at(std::size_t(index.row()));

    if (role == RowRole)
        return QVariant::fromValue(qint64(neighbour.row));
    if (role == ValueRole && index.column() == ScoreColumn)
        return neighbour.score;
    if (role == Qt::TextAlignmentRole && index.column() != RowColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RankColumn:
        return index.row() + 1;
    case RowColumn:
        return m_rowNames.at(index.row());
    default:
        return formatScore(neighbour.score, 3);
    }
}

QVariant NeighbourModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("rank");
    case RowColumn:
        return tr("row");
    default:
        return tr("cosine");
    }
}

} // namespace ev
