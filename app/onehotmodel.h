// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sessiontablemodel.h"

namespace ev {

//! The one-hot row vector X: one row, one column per row of E, a 1 at the hot index.
class OneHotModel : public SessionTableModel
{
    Q_OBJECT

public:
    explicit OneHotModel(EmbeddingSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override;
    int columns() const override;

private:
    void updateHotEntry(qint64 previous, qint64 current);
    //! Whether X takes part in the current step of X·E.
    bool isLit() const;
};

} // namespace ev
