// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace ev {

class EmbeddingSession;

//! The output X·E: one row, one column per embedding dimension, as computed by the product.
class ProductModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ProductModel(EmbeddingSession *session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    EmbeddingSession *m_session;
};

} // namespace ev
