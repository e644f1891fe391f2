// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace ev {

class EmbeddingSession;

//! The embedding table E: one row per index, one column per embedding dimension.
class EmbeddingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit EmbeddingTableModel(EmbeddingSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateSelectedRow(qint64 previous, qint64 current);

    EmbeddingSession *m_session;
};

} // namespace ev
