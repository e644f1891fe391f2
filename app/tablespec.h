// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace ev {

//! What a generated table is made from: its shape, its kind and, for random tables, the seed.
struct TableSpec
{
    Index numEmbeddings = 10;
    Index embeddingDimensions = 10;
    TableKind kind = TableKind::Simple;
    std::uint64_t seed = 0;

    friend bool operator==(const TableSpec &, const TableSpec &) = default;
};

//! \returns "simple" or "random", as written on the command line and in JSON.
QString tableKindName(TableKind kind);

//! \returns the kind called \a name ("simple" or "random"), or nullopt.
std::optional<TableKind> tableKindFromName(const QString &name);

//! \returns a message if \a spec lies outside GeneratedTableLimits.
std::optional<QString> specProblem(const TableSpec &spec);

//! \returns the table \a spec describes.
Result<EmbeddingTable> makeTable(const TableSpec &spec);

} // namespace ev
