// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace ev {

class EmbeddingSession;

//! The one-hot row vector X: one row, one column per row of E, a 1 at the hot index.
class OneHotModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit OneHotModel(EmbeddingSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateHotEntry(qint64 previous, qint64 current);

    EmbeddingSession *m_session;
};

} // namespace ev
