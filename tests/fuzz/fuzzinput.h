// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "tablefile.h"

#include <QString>

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>

namespace ev::fuzz {

/*!
 * Hands the fuzzer's bytes to a reader as a file: an anonymous in-memory file, opened by path
 * through /proc, so the readers run exactly as they do on disk, memory mapping included.
 */
template<typename Reader>
void readAsFile(const std::uint8_t *data, std::size_t size, Reader &&reader)
{
    const int descriptor = memfd_create("ev-fuzz-input", 0);
    if (descriptor < 0)
        return;
    if (size == 0 || write(descriptor, data, size) == ssize_t(size)) {
        LoadOptions options;
        // Small enough that a hostile declared size is refused, not allocated.
        options.memoryLimitBytes = std::uint64_t(64) << 20;
        reader(QStringLiteral("/proc/self/fd/%1").arg(descriptor), options);
        options.skipBadLines = true;
        options.maxRows = 3;
        reader(QStringLiteral("/proc/self/fd/%1").arg(descriptor), options);
    }
    close(descriptor);
}

} // namespace ev::fuzz
