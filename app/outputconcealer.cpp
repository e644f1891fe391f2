// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "outputconcealer.h"

#include "embeddingboard.h"
#include "embeddingsession.h"
#include "matrixview.h"
#include "modelroles.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>

namespace ev {

QVariant ConcealedOutputModel::data(const QModelIndex &index, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("?");
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
    case Qt::StatusTipRole:
    case Qt::WhatsThisRole:
        return tr("Hidden until the answer is revealed");
    case ValueRole:
        return {};
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

OutputConcealer::OutputConcealer(
    EmbeddingSession *session, EmbeddingBoard *board, QDockWidget *lookupDock, QObject *parent)
    : QObject(parent), m_board(board), m_lookupDock(lookupDock)
{
    m_model = new ConcealedOutputModel(this);
    // Connected after the board, so these run after it has written the output's description.
    for (auto changed : {&EmbeddingSession::tableReplaced, &EmbeddingSession::productReady})
        connect(session, changed, this, &OutputConcealer::describeConcealedOutput);
    connect(session, &EmbeddingSession::concealedChanged, this,
        &OutputConcealer::describeConcealedOutput);
    connect(
        session, &EmbeddingSession::indexChanged, this, &OutputConcealer::describeConcealedOutput);
    // Switching the convention gives the output view the board's own model again.
    connect(board, &EmbeddingBoard::transposedChanged, this, [this] {
        if (!m_concealed)
            return;
        delete m_boardSelection;
        wrapOutputModel();
        describeConcealedOutput();
    });
}

void OutputConcealer::setConcealed(bool concealed)
{
    if (concealed == m_concealed)
        return;
    m_concealed = concealed;
    MatrixView *output = m_board->productView();
    if (concealed) {
        m_outputDescription = output->accessibleDescription();
        wrapOutputModel();
        m_hidden.clear();
        for (QWidget *widget :
            {static_cast<QWidget *>(m_board->workingLabel()),
                static_cast<QWidget *>(m_board->findChild<QLabel *>(QStringLiteral("explanation"))),
                static_cast<QWidget *>(m_lookupDock)}) {
            m_hidden.append({widget, widget->isVisibleTo(widget->parentWidget())});
            widget->hide();
        }
        m_lookupDock->toggleViewAction()->setEnabled(false);
        describeConcealedOutput();
        return;
    }
    unwrapOutputModel();
    for (const auto &[widget, wasVisible] : std::as_const(m_hidden))
        widget->setVisible(wasVisible);
    m_lookupDock->toggleViewAction()->setEnabled(true);
    output->setAccessibleDescription(m_outputDescription);
}

void OutputConcealer::wrapOutputModel()
{
    MatrixView *output = m_board->productView();
    m_boardSelection = output->selectionModel();
    m_model->setSourceModel(output->model());
    output->setModel(m_model);
}

void OutputConcealer::unwrapOutputModel()
{
    // The board listens to its own selection model: give that back, and drop the two the view
    // made along the way.
    MatrixView *output = m_board->productView();
    QItemSelectionModel *concealedSelection = output->selectionModel();
    output->setModel(m_model->sourceModel());
    QItemSelectionModel *fresh = output->selectionModel();
    if (m_boardSelection)
        output->setSelectionModel(m_boardSelection);
    if (fresh != output->selectionModel())
        delete fresh;
    delete concealedSelection;
    m_model->setSourceModel(nullptr);
}

void OutputConcealer::describeConcealedOutput()
{
    if (!m_concealed)
        return;
    // The board wrote the values here for screen readers; keep them for after the reveal.
    MatrixView *output = m_board->productView();
    const QString hidden = tr("The output is hidden until the answer is revealed.");
    if (output->accessibleDescription() != hidden)
        m_outputDescription = output->accessibleDescription();
    output->setAccessibleDescription(hidden);
}

} // namespace ev
