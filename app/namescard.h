// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ev {

class EmbeddingSession;

/*!
 * \brief A reference card: what this program, PyTorch and Keras call the two sizes of an
 * embedding table, with the current table's sizes beside them, and why the number of rows is the
 * largest index plus one.
 */
class NamesCard : public QDialog
{
    Q_OBJECT

public:
    explicit NamesCard(EmbeddingSession *session, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *indexNote() const { return m_indexNote; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTable();
    void updateSizes();

    EmbeddingSession *m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_indexNote = nullptr;
};

} // namespace ev
