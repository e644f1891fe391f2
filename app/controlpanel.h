// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStringListModel;

namespace ev {

class EmbeddingSession;

/*!
 * \brief The controls above the board: num_embeddings, embedding_dimensions, the index, the table
 * kind, the seed and, for labelled tables, a search for a label. They change the session and
 * follow it when it changes elsewhere. A table from a file has its own sizes: the controls that
 * generate tables are disabled then, and the file's name is shown.
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
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    //! A label was searched for that no row has; \a message says so.
    void labelNotFound(const QString &message);
    //! A spin box turned down what was typed into it; \a message says what it takes.
    void valueRefused(const QString &message);

public:
    //! As narrow as the wider of its two groups, which then stand in two rows.
    QSize minimumSizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createControls();
    QSpinBox *makeSpinBox(
        const QString &objectName, qint64 minimum, qint64 maximum, const QString &toolTip);
    void arrangeRows();
    void fitSearchBox();
    void requestSpec();
    void followSession();
    void followTable();
    void searchLabel();

    EmbeddingSession *m_session;
    QSpinBox *m_numEmbeddings = nullptr;
    QSpinBox *m_embeddingDimensions = nullptr;
    QSpinBox *m_index = nullptr;
    QComboBox *m_kind = nullptr;
    QSpinBox *m_seed = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_source = nullptr;
    // The find box and the table's source, beside the table's controls or below them.
    QWidget *m_findGroup = nullptr;
    QHBoxLayout *m_firstRow = nullptr;
    QHBoxLayout *m_secondRow = nullptr;
    QStringListModel *m_labels = nullptr;
};

} // namespace ev
