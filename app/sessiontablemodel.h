// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>

namespace ev {

class EmbeddingSession;

/*!
 * \brief What the models of X, E and X·E share: they read an EmbeddingSession, and reset when it
 * replaces its table. Subclasses say their shape and answer data().
 */
class SessionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const final;
    int columnCount(const QModelIndex &parent = {}) const final;

protected:
    SessionTableModel(EmbeddingSession *session, QObject *parent);

    virtual int rows() const = 0;
    virtual int columns() const = 0;

    EmbeddingSession *session() const { return m_session; }

private:
    EmbeddingSession *m_session;
};

} // namespace ev
