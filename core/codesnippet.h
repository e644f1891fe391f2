// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "embeddingtable.h"
#include "result.h"

#include <QString>

#include <optional>

namespace ev {

//! The Python libraries a table can be written out for.
enum class CodeLanguage {
    NumPy, //!< E as a numpy.ndarray, X·E as X @ E.
    PyTorch, //!< E as the weight of a torch.nn.Embedding, X·E as X @ weight.
};

//! \returns "numpy" or "pytorch", as written on the command line.
QString codeLanguageName(CodeLanguage language);

//! \returns the language called \a name ("numpy" or "pytorch"), or nullopt.
std::optional<CodeLanguage> codeLanguageFromName(const QString &name);

/*!
 * The most values a snippet writes out one by one. A larger table would be megabytes of text,
 * more than a clipboard or a notebook cell takes sensibly; save it as .npy and load that instead.
 * A simple table (1, 2, …, V·D) is written as one arange() call, so it has no such limit.
 */
inline constexpr Index s_maxSnippetValues = 100'000;

/*!
 * \returns Python code that rebuilds \a table in its own precision, makes the one-hot vector X
 * hot at \a index, computes X·E and prints it, one value per line as repr() writes it, so the
 * output can be compared exactly with this program's. Values round-trip exactly: a simple table
 * (1, 2, …, V·D row by row) as arange(), others written out with 17 significant digits for
 * float64 and 9 for float32; NaN and infinities as the library spells them. Row labels become a
 * list named labels.
 *
 * Refuses, with a message naming the table's size and the limit, a table that is not simple and
 * holds more than s_maxSnippetValues values.
 * \pre 0 <= index < table.numEmbeddings()
 */
Result<QString> codeSnippet(const EmbeddingTable &table, Index index, CodeLanguage language);

} // namespace ev
