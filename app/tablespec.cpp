// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "tablespec.h"

namespace ev {

QString tableKindName(TableKind kind)
{
    return kind == TableKind::Simple ? QStringLiteral("simple") : QStringLiteral("random");
}

std::optional<TableKind> tableKindFromName(const QString &name)
{
    for (const TableKind kind : {TableKind::Simple, TableKind::Random}) {
        if (name == tableKindName(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<QString> specProblem(const TableSpec &spec)
{
    using Limits = GeneratedTableLimits;
    if (auto problem = rangeProblem(QStringLiteral("num_embeddings"), spec.numEmbeddings,
            Limits::s_minNumEmbeddings, Limits::s_maxNumEmbeddings))
        return problem;
    return rangeProblem(QStringLiteral("embedding_dimensions"), spec.embeddingDimensions,
        Limits::s_minEmbeddingDimensions, Limits::s_maxEmbeddingDimensions);
}

Result<EmbeddingTable> makeTable(const TableSpec &spec)
{
    if (const auto problem = specProblem(spec))
        return Result<EmbeddingTable>::failure(*problem);

    if (spec.kind == TableKind::Simple)
        return EmbeddingTable::simple(spec.numEmbeddings, spec.embeddingDimensions);
    return EmbeddingTable::random(spec.numEmbeddings, spec.embeddingDimensions, spec.seed);
}

} // namespace ev
