// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace ev {

class EmbeddingSession;

/*!
 * \brief The controls above the board: num_embeddings, embedding_dimensions, the index, the table
 * kind and the seed. They change the session and follow it when it changes elsewhere.
 */
class ControlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ControlPanel(EmbeddingSession *session, QWidget *parent = nullptr);

    QSpinBox *numEmbeddingsBox() const { return m_numEmbeddings; }
    QSpinBox *embeddingDimensionsBox() const { return m_embeddingDimensions; }
    QSpinBox *indexBox() const { return m_index; }
    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *seedBox() const { return m_seed; }

private:
    void createControls();
    void requestSpec();
    void followSession();

    EmbeddingSession *m_session;
    QSpinBox *m_numEmbeddings = nullptr;
    QSpinBox *m_embeddingDimensions = nullptr;
    QSpinBox *m_index = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_seed = nullptr;
};

} // namespace ev
