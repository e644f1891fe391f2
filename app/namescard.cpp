// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "namescard.h"

#include "embeddingsession.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ev {

namespace {

// One row per naming, one column per size of E; the last row holds this table's sizes.
enum Row { OursRow, PyTorchRow, KerasRow, SizeRow, RowCount };
enum Column { NameColumn, RowsColumn, ColumnsColumn, ColumnCount };

QTableWidgetItem *codeItem(const QString &name)
{
    auto *item = new QTableWidgetItem(name);
    QFont code = item->font();
    code.setFamily(QStringLiteral("monospace"));
    code.setStyleHint(QFont::TypeWriter);
    item->setFont(code);
    return item;
}

} // namespace

NamesCard::NamesCard(EmbeddingSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Names Across Frameworks"));
    m_table = new QTableWidget(RowCount, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("namesTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    // As large as its cells, so no name is cut off and nothing scrolls.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_indexNote = new QLabel(this);
    m_indexNote->setObjectName(QStringLiteral("indexNote"));
    m_indexNote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_indexNote);
    layout->addWidget(buttons);
    fillTable();
    updateSizes();
    connect(session, &EmbeddingSession::tableReplaced, this, &NamesCard::updateSizes);
}

void NamesCard::fillTable()
{
    m_table->setHorizontalHeaderLabels(
        {QString(), tr("rows of E: one per index"), tr("columns of E: values per index")});
    const std::tuple<Row, QString, QString, QString> names[] = {
        {OursRow, tr("Embedding Visualiser"), QStringLiteral("num_embeddings"),
            QStringLiteral("embedding_dimensions")},
        {PyTorchRow, QStringLiteral("PyTorch nn.Embedding"), QStringLiteral("num_embeddings"),
            QStringLiteral("embedding_dim")},
        {KerasRow, QStringLiteral("Keras Embedding"), QStringLiteral("input_dim"),
            QStringLiteral("output_dim")},
    };
    for (const auto &[row, framework, rows, columns] : names) {
        m_table->setItem(row, NameColumn, new QTableWidgetItem(framework));
        m_table->setItem(row, RowsColumn, codeItem(rows));
        m_table->setItem(row, ColumnsColumn, codeItem(columns));
    }
    m_table->setItem(SizeRow, NameColumn, new QTableWidgetItem(tr("This table")));
    for (const Column column : {RowsColumn, ColumnsColumn}) {
        auto *size = new QTableWidgetItem;
        QFont bold = size->font();
        bold.setBold(true);
        size->setFont(bold);
        m_table->setItem(SizeRow, column, size);
    }
}

void NamesCard::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    // Presenter mode enlarges the text: the columns and the card grow to keep every name whole.
    if (event->type() == QEvent::FontChange && m_table) {
        updateSizes();
        adjustSize();
    }
}

void NamesCard::updateSizes()
{
    const Index rows = m_session->table().numEmbeddings();
    const Index columns = m_session->table().embeddingDimensions();
    m_table->item(SizeRow, RowsColumn)->setText(QString::number(rows));
    m_table->item(SizeRow, ColumnsColumn)->setText(QString::number(columns));
    // The last column stretches to the card's width, which may be the width of smaller text:
    // each is measured at its contents' width.
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    m_table->resizeColumnsToContents();
    const int length = header->length();
    header->setStretchLastSection(true);
    // AdjustToContents leaves out the frame's width on one side; ask for all of it.
    m_table->setMinimumWidth(length + 2 * m_table->frameWidth());

    m_indexNote->setText(
        tr("Indices count from 0, so a table whose largest index is %1 needs %2 rows: "
           "num_embeddings (input_dim in Keras) is always the largest index plus one, and "
           "index %2 would be a row past the end. Each index gives a row of %3 values: "
           "embedding_dim (output_dim in Keras).")
            .arg(rows - 1)
            .arg(rows)
            .arg(columns));
}

} // namespace ev
