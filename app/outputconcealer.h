// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

class QDockWidget;
class QItemSelectionModel;

namespace ev {

class EmbeddingBoard;
class EmbeddingSession;

/*!
 * \brief The output's model with its values replaced by "?": the cells keep their place and
 * highlight, while the text, tooltips and what a screen reader hears give nothing away.
 */
class ConcealedOutputModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

/*!
 * \brief Hides X·E wherever the window would show it, while a quiz question is open: the
 * output's cells, the working line and explanation below the board, and the Lookup and Product
 * panel (which cannot be opened meanwhile). Revealing puts everything back as it was.
 */
class OutputConcealer : public QObject
{
    Q_OBJECT

public:
    OutputConcealer(EmbeddingSession *session, EmbeddingBoard *board, QDockWidget *lookupDock,
        QObject *parent = nullptr);

    bool isConcealed() const { return m_concealed; }
    void setConcealed(bool concealed);

private:
    void wrapOutputModel();
    void unwrapOutputModel();
    void describeConcealedOutput();

    EmbeddingBoard *m_board;
    QDockWidget *m_lookupDock;
    ConcealedOutputModel *m_model = nullptr;
    QPointer<QItemSelectionModel> m_boardSelection;
    QList<std::pair<QWidget *, bool>> m_hidden;
    QString m_outputDescription;
    bool m_concealed = false;
};

} // namespace ev
