// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "tablespec.h"

#include <QList>
#include <QLocale>
#include <QString>

namespace ev {

//! One step of the guided lesson: the page that explains it and the state that page talks about.
struct LessonStep
{
    //! The page's file name, without its language folder and ".html".
    QString page;
    TableSpec spec;
    Index index = 0;
    //! Whether X·E is computed column by column, from no columns on.
    bool stepThrough = false;
    //! Whether the Lookup and Product panel stands open.
    bool showLookup = false;
};

//! \returns the lesson's steps in teaching order: table, one-hot, product, lookup, random.
const QList<LessonStep> &lessonSteps();

/*!
 * \brief Reads the lesson's pages, `ROOT/LANGUAGE/PAGE.html`, in the language of a locale.
 *
 * The folder is the first of the locale's UI languages ("de_DE", then "de") that exists under
 * the root; English ("en") where none does, and for any page a language folder lacks.
 */
class LessonTexts
{
public:
    explicit LessonTexts(const QLocale &locale = QLocale(), const QString &root = s_resourceRoot);

    //! The language folder the pages come from, such as "en".
    const QString &language() const { return m_language; }

    //! \returns the HTML of \a page, or an empty string if no folder has it.
    QString page(const QString &page) const;

    static inline const QString s_resourceRoot = QStringLiteral(":/lessons");
    static inline const QString s_fallbackLanguage = QStringLiteral("en");

private:
    QString m_root;
    QString m_language;
};

} // namespace ev
