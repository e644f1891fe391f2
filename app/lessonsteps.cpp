// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "lessonsteps.h"

#include <QDir>
#include <QFile>

namespace ev {

namespace {

// A random table small enough to read, with a seed the page can name.
constexpr std::uint64_t s_lessonSeed = 42;

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

const QList<LessonStep> &lessonSteps()
{
    // The notebook's two tables: 10×10, where index 3 gives 31 … 40, and 10×3, where index 2
    // gives 7 8 9.
    static const QList<LessonStep> steps {
        {QStringLiteral("table"), {10, 10, TableKind::Simple, 0}, 0, false, false},
        {QStringLiteral("one-hot"), {10, 10, TableKind::Simple, 0}, 3, false, false},
        {QStringLiteral("product"), {10, 10, TableKind::Simple, 0}, 3, true, false},
        {QStringLiteral("lookup"), {10, 3, TableKind::Simple, 0}, 2, false, true},
        {QStringLiteral("simple-random"), {10, 3, TableKind::Random, s_lessonSeed}, 2, false, true},
    };
    return steps;
}

LessonTexts::LessonTexts(const QLocale &locale, const QString &root)
    : m_root(root), m_language(s_fallbackLanguage)
{
    QStringList candidates;
    for (const QString &name : locale.uiLanguages())
        candidates << QString(name).replace(u'-', u'_');
    candidates << QLocale::languageToCode(locale.language());
    for (const QString &candidate : std::as_const(candidates)) {
        if (!candidate.isEmpty() && QDir(m_root + u'/' + candidate).exists()) {
            m_language = candidate;
            return;
        }
    }
}

QString LessonTexts::page(const QString &page) const
{
    const QString fileName = u'/' + page + QStringLiteral(".html");
    const QString text = readFile(m_root + u'/' + m_language + fileName);
    return text.isEmpty() ? readFile(m_root + u'/' + s_fallbackLanguage + fileName) : text;
}

} // namespace ev
