// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace ev::language {

//! A language the window can be shown in.
struct Language
{
    QString code; //!< "en", "de": what --language and the settings take
    QString name; //!< The language's name in itself, as the menu lists it
};

//! \returns the languages the program has every text in, English first.
QList<Language> available();

//! \returns whether \a code names one of available().
bool isAvailable(const QString &code);

/*!
 * Makes \a code the language of every text created from now on: installs the program's
 * translation and Qt's own (for the buttons of standard dialogs), or removes them for English.
 * Windows already open keep their texts. \returns false, changing nothing, if \a code is not
 * available.
 */
bool apply(const QString &code);

//! \returns the code of the language last applied, "en" at first.
QString current();

//! \returns the language of this computer's locale if available(), otherwise "en".
QString systemDefault();

/*!
 * \returns the resource \a path (":/help/how-to-use.html") in the current language if the
 * program has it (":/help/de/how-to-use.html"), otherwise \a path itself.
 */
QString localisedResource(const QString &path);

} // namespace ev::language
