// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

namespace ev {

class EmbeddingSession;

/*!
 * \returns E, X, X·E and E[i] as text, laid out the way NumPy prints arrays, followed by whether
 * the product equals the lookup. Values use the table's NumberFormat.
 */
QString textReport(const EmbeddingSession &session);

/*!
 * \returns one JSON object with num_embeddings, embedding_dimensions, index, table_kind, seed
 * (random tables only), table, one_hot, output, lookup and equal. Numbers keep full precision.
 */
QByteArray jsonReport(const EmbeddingSession &session);

} // namespace ev
