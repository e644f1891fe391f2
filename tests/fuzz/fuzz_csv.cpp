// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "csvformat.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    ev::fuzz::readAsFile(data, size, [](const QString &path, const ev::LoadOptions &options) {
        const auto loaded = ev::readCsv(path, options);
        // A table that loads must be whole: touch its first and last values.
        if (loaded) {
            const ev::EmbeddingTable &table = loaded.value().table;
            (void)table.value(0, 0);
            (void)table.value(table.numEmbeddings() - 1, table.embeddingDimensions() - 1);
        }
    });
    return 0;
}
