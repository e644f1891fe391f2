// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "productstepper.h"

#include "embeddingsession.h"
#include "logging.h"

#include <algorithm>

namespace ev {

ProductStepper::ProductStepper(EmbeddingSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_timer.setInterval(s_stepMilliseconds[m_speed]);
    connect(&m_timer, &QTimer::timeout, this, &ProductStepper::playNextStep);
    // Sums of another row, or of another table, would be half old and half new.
    connect(session, &EmbeddingSession::indexChanged, this, &ProductStepper::startAgain);
    connect(session, &EmbeddingSession::tableReplaced, this, &ProductStepper::startAgain);
}

bool ProductStepper::isAtEnd() const
{
    return m_landed >= m_session->table().embeddingDimensions();
}

void ProductStepper::setActive(bool active)
{
    if (active == m_active)
        return;
    // Stepping marks its own column.
    setExplainedColumn(-1);
    m_active = active;
    if (!active)
        setPlaying(false);
    const Index previous = m_landed;
    m_landed = 0;
    qCDebug(lcAppSession) << "stepping" << (active ? "on" : "off");
    Q_EMIT activeChanged(active);
    Q_EMIT stepChanged(previous, m_landed);
}

void ProductStepper::setExplainedColumn(Index column)
{
    if (column == m_explainedColumn || (m_active && column >= 0))
        return;
    const Index previous = m_explainedColumn;
    m_explainedColumn = column;
    Q_EMIT explainedColumnChanged(previous, column);
}

void ProductStepper::stepForward()
{
    if (!m_active)
        setActive(true);
    setLandedColumns(m_landed + 1);
}

void ProductStepper::stepBack()
{
    if (m_active)
        setLandedColumns(m_landed - 1);
}

void ProductStepper::restart()
{
    if (!m_active)
        setActive(true);
    setLandedColumns(0);
}

void ProductStepper::setLandedColumns(Index landed)
{
    landed = std::clamp<Index>(landed, 0, m_session->table().embeddingDimensions());
    if (landed == m_landed)
        return;
    const Index previous = m_landed;
    m_landed = landed;
    Q_EMIT stepChanged(previous, m_landed);
    if (isAtEnd())
        setPlaying(false);
}

void ProductStepper::setPlaying(bool playing)
{
    if (playing == isPlaying())
        return;
    if (playing) {
        if (!m_active)
            setActive(true);
        // Play from a finished product starts it again, as a media player does.
        if (isAtEnd())
            setLandedColumns(0);
        m_timer.start();
        Q_EMIT playingChanged(true);
        // The first column lands at once, so pressing play shows something happen.
        playNextStep();
        return;
    }
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void ProductStepper::setSpeed(int speed)
{
    speed = std::clamp(speed, 0, speedCount() - 1);
    if (speed == m_speed)
        return;
    m_speed = speed;
    m_timer.setInterval(s_stepMilliseconds[speed]);
    Q_EMIT speedChanged(speed);
}

void ProductStepper::playNextStep()
{
    setLandedColumns(m_landed + 1);
}

void ProductStepper::startAgain()
{
    if (!m_active)
        return;
    const Index previous = m_landed;
    m_landed = 0;
    Q_EMIT stepChanged(previous, m_landed);
}

} // namespace ev
