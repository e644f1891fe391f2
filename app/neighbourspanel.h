// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "nearestneighbours.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <stop_token>

class QLabel;
class QSpinBox;
class QTableView;

namespace ev {

class EmbeddingSession;
class NeighbourModel;

/*!
 * \brief The rows of E nearest to the hot one by cosine similarity, for the dock beside the board.
 * Clicking an entry (or pressing Enter on it) makes its row the hot index.
 *
 * Tables of more than EmbeddingSession::s_synchronousProductLimit values are searched on another
 * thread: the panel says "Computing…" until the answer for the latest request arrives, and drops
 * answers to older ones. Nothing is searched while the panel is hidden.
 */
class NeighboursPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int s_defaultCount = 5;
    static constexpr int s_maxCount = 50;

    explicit NeighboursPanel(EmbeddingSession *session, QWidget *parent = nullptr);
    ~NeighboursPanel() override;

    QSpinBox *countBox() const { return m_count; }
    QTableView *view() const { return m_view; }
    NeighbourModel *model() const { return m_model; }
    //! What the list shows: whose neighbours, "Computing…", or why there are none.
    QString status() const;
    bool isComputing() const { return m_pendingGeneration != 0; }

    //! Searches for the hot row's neighbours now, rather than once the current events are done.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // One search's answer, and which request it answers.
    struct Search
    {
        quint64 generation = 0;
        Index row = 0;
        std::vector<Neighbour> neighbours;
        QString problem;
    };

    static Search search(const EmbeddingTable &table, Index row, Index count, quint64 generation,
        std::stop_token stop);

    void createWidgets();
    void scheduleRefresh();
    void acceptSearch();
    void showSearch(const Search &search);
    void chooseEntry(const QModelIndex &index);

    EmbeddingSession *m_session;
    QSpinBox *m_count = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    NeighbourModel *m_model = nullptr;
    // Signals that arrive together (a click's clicked and activated, a burst of arrow keys)
    // cause one search, after them, so each reads the list as it was when it was sent.
    QTimer m_refreshTimer;
    // Each search has a number; an answer to an older one is dropped, and the search stopped.
    quint64 m_generation = 0;
    quint64 m_pendingGeneration = 0;
    std::stop_source m_stop;
    QFutureWatcher<Search> m_watcher;
};

} // namespace ev
