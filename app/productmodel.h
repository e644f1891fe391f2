// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sessiontablemodel.h"

namespace ev {

//! The output X·E: one row, one column per embedding dimension, as computed by the product.
class ProductModel : public SessionTableModel
{
    Q_OBJECT

public:
    explicit ProductModel(EmbeddingSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override;
    int columns() const override;
};

} // namespace ev
