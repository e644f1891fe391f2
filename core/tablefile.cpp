// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "tablefile.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cstring>

#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ev {

QString fileProblem(const QString &path, const QString &problem)
{
    return path + QStringLiteral(": ") + problem;
}

QString cancelledProblem(const QString &path)
{
    return fileProblem(path, QStringLiteral("reading was cancelled"));
}

void releaseMappedPages(const char *begin, const char *end)
{
#ifdef Q_OS_LINUX
    // Only whole pages inside the range; a mapping starts on a page boundary.
    static const auto pageSize = std::uintptr_t(::sysconf(_SC_PAGESIZE));
    const auto first = (std::uintptr_t(begin) + pageSize - 1) & ~(pageSize - 1);
    const auto last = std::uintptr_t(end) & ~(pageSize - 1);
    if (last > first)
        ::madvise(reinterpret_cast<void *>(first), last - first, MADV_DONTNEED);
#else
    Q_UNUSED(begin);
    Q_UNUSED(end);
#endif
}

const char *findLineEnd(const char *begin, const char *end)
{
    const qint64 searched = std::min<qint64>(end - begin, s_longestTextLine + 1);
    if (const void *lineBreak = std::memchr(begin, '\n', std::size_t(searched)))
        return static_cast<const char *>(lineBreak);
    return end - begin <= s_longestTextLine ? end : nullptr;
}

QString longLineProblem(qint64 line)
{
    return QStringLiteral("line %1 is longer than %2, the most a line of a text table may hold "
                          "(a label and a few million values)")
        .arg(line)
        .arg(formatBytes(double(s_longestTextLine)));
}

QString shortenedForMessage(QByteArrayView text)
{
    constexpr qsizetype longest = 40;
    // Four bytes a character at most in UTF-8: decode no more than could be shown.
    QString shown = QString::fromUtf8(text.first(std::min(text.size(), longest * 4)));
    if (shown.size() > longest || text.size() > longest * 4)
        shown = shown.left(longest - 1) + u'…';
    // A NUL would end the message wherever it is printed as a C string; control characters
    // would move the terminal's cursor. Both are shown by their code.
    QString visible;
    for (const QChar character : std::as_const(shown)) {
        if (character.unicode() < 0x20 || character.unicode() == 0x7f)
            visible += QStringLiteral("\\x%1").arg(int(character.unicode()), 2, 16, QChar(u'0'));
        else
            visible += character;
    }
    return visible;
}

QString quotedForMessage(QByteArrayView text)
{
    return u'"' + shortenedForMessage(text) + u'"';
}

QString writeTextTable(const EmbeddingTable &table, const QString &path, const QByteArray &header,
    char separator, const std::function<QByteArray(Index)> &label)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fileProblem(path, file.errorString());

    // Written a megabyte at a time, so a large table never exists twice in memory.
    constexpr qsizetype flushSize = 1 << 20;
    QByteArray out = header;
    char number[32];
    table.visit([&](const auto &values) {
        for (Index row = 0; row < values.rows(); ++row) {
            const QByteArray rowLabel = label(row);
            if (!rowLabel.isNull())
                out += rowLabel + separator;
            for (Index column = 0; column < values.cols(); ++column) {
                const auto [stop, error]
                    = std::to_chars(number, number + sizeof number, values(row, column));
                Q_ASSERT(error == std::errc());
                if (column > 0)
                    out += separator;
                out.append(number, stop - number);
            }
            out += '\n';
            if (out.size() > flushSize) {
                file.write(out);
                out.clear();
            }
        }
    });
    if (file.write(out) != out.size() || !file.commit())
        return fileProblem(path, file.errorString());
    return {};
}

std::optional<QString> utf16Problem(QByteArrayView start)
{
    if (!start.startsWith("\xFF\xFE") && !start.startsWith("\xFE\xFF"))
        return std::nullopt;
    return QStringLiteral("is UTF-16 text, which this program does not read; save it as UTF-8 "
                          "(in a spreadsheet, \"CSV UTF-8\") and open it again");
}

QString emptyFileProblem(QFile &file, const QString &path)
{
    if (file.read(1).isEmpty())
        return fileProblem(path, QStringLiteral("is empty"));
    return fileProblem(path,
        QStringLiteral("says it holds 0 bytes but is not empty: the system makes it as it is "
                       "read (as it does the files in /proc and /sys); only files of a fixed size "
                       "can be read as tables, so copy it to one first"));
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
