// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "sessiontablemodel.h"

#include "embeddingsession.h"

namespace ev {

SessionTableModel::SessionTableModel(EmbeddingSession *session, QObject *parent)
    : QAbstractTableModel(parent), m_session(session)
{
    connect(session, &EmbeddingSession::tableReplaced, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

int SessionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

int SessionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columns();
}

} // namespace ev
