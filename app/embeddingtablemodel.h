// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sessiontablemodel.h"
#include "validation.h"

namespace ev {

//! The embedding table E: one row per index, one column per embedding dimension.
class EmbeddingTableModel : public SessionTableModel
{
    Q_OBJECT

public:
    explicit EmbeddingTableModel(EmbeddingSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override;
    int columns() const override;

private:
    //! Whether \a row is the selected one, and shown as such.
    bool isSelected(int row) const;
    void updateSelectedRow(qint64 previous, qint64 current);
    void updateSteppedColumn(Index previous, Index landed);
};

} // namespace ev
