// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "sessiontablemodel.h"

#include <QWidget>

class QLabel;

namespace ev {

class MatrixView;

/*!
 * \brief Two rows to compare: the direct lookup E[i] above the product X·E, one column per
 * embedding dimension. Both rows are highlighted; the product shows "…" while it is computed.
 */
class LookupComparisonModel : public SessionTableModel
{
    Q_OBJECT

public:
    enum Row { LookupRow, ProductRow };

    explicit LookupComparisonModel(EmbeddingSession *session, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    int rows() const override;
    int columns() const override;
};

/*!
 * \brief The lesson's answer to "do we need the one-hot vector at all?": E[i] beside X·E,
 * whether they are equal, and the work each takes for the current sizes (V·D multiply-adds for
 * the product against D copies for the lookup).
 */
class LookupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LookupPanel(EmbeddingSession *session, QWidget *parent = nullptr);

    MatrixView *comparisonView() const { return m_view; }
    QLabel *equalityLabel() const { return m_equality; }
    QLabel *workLabel() const { return m_work; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fitView();
    void updateTexts();

    EmbeddingSession *m_session;
    LookupComparisonModel *m_model = nullptr;
    MatrixView *m_view = nullptr;
    QLabel *m_equality = nullptr;
    QLabel *m_work = nullptr;
};

} // namespace ev
