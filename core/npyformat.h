// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "tablefile.h"

namespace ev {

/*!
 * \brief Reads a NumPy .npy file holding a 2-D numeric array.
 *
 * Format versions 1.0, 2.0 and 3.0; float32, float64 and 1- to 8-byte signed and unsigned
 * integers; either byte order; C or Fortran order. float32 stays float32 and float64 stays
 * float64; integers become float64 (exact up to 2^53). Arrays of Python objects are refused:
 * nothing is ever unpickled.
 *
 * A little-endian float32 or float64 array in C order of 64 MiB or more, on a little-endian
 * computer, is not read at all but memory-mapped, so opening takes the same time whatever its
 * size. Such a file must not be truncated by another program while the table is in use (the
 * next read past its new end would stop the program); smaller tables are copied and immune.
 *
 * The declared shape is checked against the file's length, and converted tables against
 * LoadOptions::memoryLimitBytes, before anything is allocated.
 */
Result<LoadedTable> readNpy(const QString &path, const LoadOptions &options = {});

//! \returns the shape and precision readNpy() would give \a path, from its header alone.
std::optional<LoadEstimate> estimateNpy(const QString &path);

/*!
 * Writes \a table to \a path as a format 1.0 .npy file of its own precision ('<f4' or '<f8' on a
 * little-endian computer), atomically: until the new file is complete the old one stays whole.
 * \returns an empty string, or why the file could not be written. Labels are not stored.
 */
QString writeNpy(const EmbeddingTable &table, const QString &path);

} // namespace ev
