// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"

#include <QObject>
#include <QTimer>

namespace ev {

class EmbeddingSession;

/*!
 * \brief Walks the product X·E one output column at a time, so a class can watch it being
 * computed: step j multiplies X into column j of E and lands the sum in entry j of X·E.
 *
 * While active, landedColumns() entries of the output have been computed (0 before the first
 * step, embedding_dimensions once all have); the column of the latest step is currentColumn().
 * Stepping back undoes the latest step. A new index or table starts again from no columns,
 * playing on if it was playing.
 */
class ProductStepper : public QObject
{
    Q_OBJECT

public:
    //! The pause between two steps while playing, slowest first; s_defaultSpeed is the default.
    static constexpr int s_stepMilliseconds[] = {2000, 1200, 700, 350, 120};
    static constexpr int s_defaultSpeed = 2;

    explicit ProductStepper(EmbeddingSession *session, QObject *parent = nullptr);

    bool isActive() const { return m_active; }
    //! How many entries of X·E have been computed so far.
    Index landedColumns() const { return m_landed; }
    //! The column of the latest step, or -1 before the first; only meaningful while active.
    Index currentColumn() const { return m_landed - 1; }
    /*!
     * The column of E, and entry of X·E, that the views mark as taking part in the product: the
     * latest step's while active; otherwise the entry being explained, if any; else -1.
     */
    Index markedColumn() const { return m_active ? currentColumn() : m_explainedColumn; }
    //! Marks entry \a column of X·E as the one explained (-1 for none) while not stepping.
    void setExplainedColumn(Index column);
    //! Whether entry \a column of X·E is shown: always, unless stepping has not reached it.
    bool isLanded(Index column) const { return !m_active || column < m_landed; }
    bool isAtEnd() const;
    bool isPlaying() const { return m_timer.isActive(); }
    //! An index into s_stepMilliseconds.
    int speed() const { return m_speed; }
    static constexpr int speedCount() { return int(std::size(s_stepMilliseconds)); }

    //! Starts stepping from no columns, or shows the whole product again.
    void setActive(bool active);
    void stepForward();
    void stepBack();
    //! Back to no columns, staying active.
    void restart();
    //! Jumps to \a landed columns, clamped to 0 … embedding_dimensions.
    void setLandedColumns(Index landed);
    void setPlaying(bool playing);
    void setSpeed(int speed);

Q_SIGNALS:
    void activeChanged(bool active);
    //! landedColumns() changed from \a previous.
    void stepChanged(ev::Index previous, ev::Index landed);
    void playingChanged(bool playing);
    void speedChanged(int speed);
    //! The entry being explained changed from \a previous to \a current (-1 for none).
    void explainedColumnChanged(ev::Index previous, ev::Index current);

private:
    void playNextStep();
    void startAgain();

    EmbeddingSession *m_session;
    bool m_active = false;
    Index m_landed = 0;
    Index m_explainedColumn = -1;
    int m_speed = s_defaultSpeed;
    QTimer m_timer;
};

} // namespace ev
