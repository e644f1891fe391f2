// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "tablefile.h"

namespace ev {

QString fileProblem(const QString &path, const QString &problem)
{
    return path + QStringLiteral(": ") + problem;
}

} // namespace ev
