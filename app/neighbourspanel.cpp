// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "neighbourspanel.h"

#include "embeddingsession.h"
#include "logging.h"
#include "modelroles.h"
#include "neighbourmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ev {

NeighboursPanel::NeighboursPanel(EmbeddingSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    createWidgets();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);

    connect(&m_refreshTimer, &QTimer::timeout, this, &NeighboursPanel::refresh);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &NeighboursPanel::acceptSearch);
    connect(session, &EmbeddingSession::indexChanged, this, &NeighboursPanel::scheduleRefresh);
    connect(session, &EmbeddingSession::tableReplaced, this, [this] {
        // The rows listed belong to the old table: gone at once, not after the search.
        m_model->clear();
        scheduleRefresh();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &NeighboursPanel::scheduleRefresh);
    connect(m_view, &QTableView::clicked, this, &NeighboursPanel::chooseEntry);
    connect(m_view, &QTableView::activated, this, &NeighboursPanel::chooseEntry);
}

NeighboursPanel::~NeighboursPanel()
{
    m_stop.request_stop();
}

void NeighboursPanel::createWidgets()
{
    auto *explanation = new QLabel(tr("Cosine similarity compares directions, not lengths: 1 is "
                                      "the same direction, 0 unrelated, −1 the opposite."),
        this);
    explanation->setWordWrap(true);

    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("neighbourCount"));
    m_count->setRange(1, s_maxCount);
    m_count->setValue(s_defaultCount);
    m_count->setToolTip(tr("How many of the nearest rows to list."));
    auto *countLabel = new QLabel(tr("&Rows to list"), this);
    countLabel->setBuddy(m_count);
    auto *countRow = new QHBoxLayout;
    countRow->addWidget(countLabel);
    countRow->addWidget(m_count);
    countRow->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("neighbourStatus"));
    m_status->setWordWrap(true);

    m_model = new NeighbourModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("neighboursView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        NeighbourModel::RowColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Click a row, or press Enter on it, to make it the hot index."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(countRow);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
}

QString NeighboursPanel::status() const
{
    return m_status->text();
}

void NeighboursPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    scheduleRefresh();
}

void NeighboursPanel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void NeighboursPanel::refresh()
{
    m_refreshTimer.stop();
    if (!isVisible())
        return;

    ++m_generation;
    m_stop.request_stop();
    m_stop = std::stop_source();
    const EmbeddingTable &table = m_session->table();
    const Index row = m_session->index();
    const Index count = m_count->value();
    if (table.numEmbeddings() * table.embeddingDimensions()
        <= EmbeddingSession::s_synchronousProductLimit) {
        m_pendingGeneration = 0;
        showSearch(search(table, row, count, m_generation, m_stop.get_token()));
        return;
    }

    // A search reads every row; on a large table it would hold up the click that asked for it.
    // Copies of the table share its values.
    m_pendingGeneration = m_generation;
    m_model->clear();
    m_status->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run(
        &NeighboursPanel::search, table, row, count, m_generation, m_stop.get_token()));
    qCDebug(lcAppSession) << "neighbours of row" << row << "searched on another thread";
}

NeighboursPanel::Search NeighboursPanel::search(
    const EmbeddingTable &table, Index row, Index count, quint64 generation, std::stop_token stop)
{
    Result<std::vector<Neighbour>> found = nearestNeighbours(table, row, count, std::move(stop));
    Search answer {generation, row, {}, found.errorMessage()};
    if (found)
        answer.neighbours = std::move(found).value();
    return answer;
}

void NeighboursPanel::acceptSearch()
{
    const Search answer = m_watcher.result();
    if (answer.generation != m_pendingGeneration)
        return;
    m_pendingGeneration = 0;
    showSearch(answer);
}

void NeighboursPanel::showSearch(const Search &search)
{
    if (!search.problem.isEmpty()) {
        m_model->clear();
        m_status->setText(search.problem.at(0).toUpper() + search.problem.mid(1) + u'.');
        return;
    }

    // Named as E's rows are headed ("2 prince"), so an entry is easy to find in the table.
    const QStringList &labels = m_session->table().labels();
    QStringList names;
    for (const Neighbour &neighbour : search.neighbours)
        names << (labels.isEmpty()
                ? QString::number(neighbour.row)
                : QString::number(neighbour.row) + u' ' + labels.at(neighbour.row));
    m_model->setNeighbours(search.neighbours, names);
    m_status->setText(search.neighbours.empty()
            ? tr("No other row has a direction to compare with.")
            : tr("Nearest to %1:").arg(m_session->describeRow(search.row)));
}

void NeighboursPanel::chooseEntry(const QModelIndex &index)
{
    if (index.isValid())
        m_session->setIndex(index.data(RowRole).toLongLong());
}

} // namespace ev
