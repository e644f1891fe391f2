// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "embeddingsession.h"

#include "logging.h"
#include "productstepper.h"

#include <QtConcurrent>

namespace ev {

EmbeddingSession::EmbeddingSession(QObject *parent)
    : QObject(parent), m_table(makeTable(m_spec).value())
{
    connect(
        &m_productWatcher, &QFutureWatcherBase::finished, this, &EmbeddingSession::acceptProduct);
    m_productDelay.setSingleShot(true);
    m_productDelay.setInterval(s_productDelayMilliseconds);
    connect(&m_productDelay, &QTimer::timeout, this, &EmbeddingSession::startProduct);
    m_numberFormat = NumberFormat::forTable(m_table);
    recompute();
    m_stepper = new ProductStepper(this, this);
}

bool EmbeddingSession::setSpec(const TableSpec &spec)
{
    if (spec == m_spec && !isLoaded())
        return true;

    Result<EmbeddingTable> table = makeTable(spec);
    if (!table) {
        Q_EMIT problemReported(table.errorMessage());
        return false;
    }

    const Index previousIndex = m_index;
    m_spec = spec;
    m_source.clear();
    m_table = std::move(table).value();
    m_numberFormat = NumberFormat::forTable(m_table);
    m_index = std::min(m_index, m_table.numEmbeddings() - 1);
    recompute();
    qCDebug(lcAppSession) << "table replaced:" << spec.numEmbeddings << "x"
                          << spec.embeddingDimensions << tableKindName(spec.kind);
    Q_EMIT tableReplaced();

    if (m_index != previousIndex)
        Q_EMIT noticeIssued(tr("Index %1 no longer exists: the table now has %2 rows, so the "
                               "index moved to %3, the last row.")
                                .arg(previousIndex)
                                .arg(m_table.numEmbeddings())
                                .arg(m_index));
    return true;
}

bool EmbeddingSession::setIndex(Index index)
{
    if (index == m_index)
        return true;
    if (const auto problem = indexProblem(index, m_table.numEmbeddings())) {
        Q_EMIT problemReported(*problem);
        return false;
    }

    const Index previous = m_index;
    m_index = index;
    // Two entries change; building the vector anew would touch all of a large table's.
    m_oneHot(previous) = 0.0;
    m_oneHot(m_index) = 1.0;
    recompute(false);
    Q_EMIT indexChanged(previous, m_index);
    return true;
}

void EmbeddingSession::setLoadedTable(const EmbeddingTable &table, const QString &source)
{
    Q_ASSERT_X(!source.isEmpty(), "EmbeddingSession::setLoadedTable", "needs a source to show");
    m_source = source;
    m_table = table;
    m_numberFormat = NumberFormat::forTable(m_table);
    m_index = 0;
    recompute();
    qCDebug(lcAppSession) << "table loaded from" << source;
    Q_EMIT tableReplaced();
}

void EmbeddingSession::setConcealed(Concealed concealed)
{
    if (concealed == m_concealed)
        return;
    m_concealed = concealed;
    Q_EMIT concealedChanged();
}

void EmbeddingSession::setColumnConvention(bool column)
{
    if (column == m_notation.columnConvention)
        return;
    m_notation.columnConvention = column;
    Q_EMIT conventionChanged(column);
}

QString EmbeddingSession::describeRow(Index row) const
{
    if (m_table.labels().isEmpty())
        return tr("row %1").arg(row);
    // A label can be a whole line of a hostile file; a few dozen characters name a row.
    constexpr qsizetype longestShown = 24;
    const QString &label = m_table.labels().at(row);
    return tr("row %1 (%2)")
        .arg(row)
        .arg(label.size() > longestShown ? label.left(longestShown - 1) + u'…' : label);
}

void EmbeddingSession::recompute(bool newTable)
{
    if (newTable)
        m_oneHot = ev::oneHot(m_table.numEmbeddings(), m_index);
    ++m_generation;
    if (m_table.numEmbeddings() * m_table.embeddingDimensions() <= s_synchronousProductLimit) {
        m_pendingGeneration = 0;
        m_result = multiplyAndLookUp(m_oneHot, m_table);
        return;
    }

    // The lookup is a copy of one row and shows at once; the product, a full pass over the
    // table, follows from another thread. Copies of the table share its values.
    m_result = ProductAndLookup {};
    m_result.lookup = m_table.row(m_index);
    m_result.rows = {m_index};
    m_pendingGeneration = m_generation;
    // Not at once: the click is painted first, without a product competing for the processor,
    // and a run of arrow keys or a drag computes only the product of the index it stops at.
    m_productDelay.start();
}

void EmbeddingSession::startProduct()
{
    m_productDelay.stop();
    // One product at a time; acceptProduct() starts the newest request when this one ends.
    if (m_productWatcher.isRunning() || m_pendingGeneration == 0)
        return;
    m_startedGeneration = m_pendingGeneration;
    m_productWatcher.setFuture(
        QtConcurrent::run([x = m_oneHot, table = m_table] { return multiplyAndLookUp(x, table); }));
    qCDebug(lcAppSession) << "product of" << m_table.numEmbeddings() << "rows started";
}

void EmbeddingSession::acceptProduct()
{
    if (m_pendingGeneration == 0 || !m_productWatcher.isFinished()
        || !m_productWatcher.future().isValid())
        return;
    if (m_startedGeneration != m_pendingGeneration) {
        // A product for an index or table that has changed since: compute the current one.
        if (!m_productDelay.isActive())
            startProduct();
        return;
    }
    m_result = m_productWatcher.result();
    m_pendingGeneration = 0;
    Q_EMIT productReady();
}

void EmbeddingSession::waitForProduct()
{
    while (isProductPending()) {
        startProduct();
        m_productWatcher.waitForFinished();
        acceptProduct();
    }
}

} // namespace ev
