// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "nearestneighbours.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace ev {

/*!
 * \brief The nearest rows of E to the hot one, best first: rank, row and cosine similarity.
 * RowRole gives the row each entry stands for.
 */
class NeighbourModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, RowColumn, ScoreColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /*!
     * Shows \a neighbours, each named by the entry of \a rowNames with the same position: the
     * names are fixed now, so a later table cannot make them wrong.
     */
    void setNeighbours(std::vector<Neighbour> neighbours, QStringList rowNames);
    void clear() { setNeighbours({}, {}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Neighbour> m_neighbours;
    QStringList m_rowNames;
};

} // namespace ev
