// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace ev {

/*!
 * \brief Keeps a memory-mapped file from stopping the program when another program shortens it.
 *
 * Reading a page of a mapping past the new end of its file raises SIGBUS, which would end the
 * program: numpy.save, for one, truncates a file before writing it again. While a guard lives,
 * such a page is replaced by a page of zeros, the reading goes on, and mappedFileShrank() turns
 * true, so the program can say that the values shown no longer match the file.
 *
 * Linux only; elsewhere a guard does nothing.
 */
class MappedRangeGuard
{
public:
    MappedRangeGuard(const void *begin, std::size_t size);
    ~MappedRangeGuard();
    MappedRangeGuard(const MappedRangeGuard &) = delete;
    MappedRangeGuard &operator=(const MappedRangeGuard &) = delete;

private:
    int m_slot = -1;
};

//! Whether a guarded mapping has lost pages to a shortened file since the program started.
bool mappedFileShrank();

} // namespace ev
