// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "tablefile.h"

#include <QFile>

#include <sys/stat.h>

namespace ev {

QString fileProblem(const QString &path, const QString &problem)
{
    return path + QStringLiteral(": ") + problem;
}

std::optional<QString> notARegularFile(const QString &path)
{
    // stat() rather than QFileInfo, which would not follow /proc/self/fd links to open files.
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt; // Opening it will say why.
    if (S_ISREG(status.st_mode))
        return std::nullopt;
    const QString kind = S_ISDIR(status.st_mode) ? QStringLiteral("a folder")
        : S_ISFIFO(status.st_mode)               ? QStringLiteral("a pipe")
                                                 : QStringLiteral("a device or socket");
    return fileProblem(path, QStringLiteral("is %1, not a file").arg(kind));
}

} // namespace ev
