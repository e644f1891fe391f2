// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "language.h"

#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace ev::language {

namespace {
QString s_current = QStringLiteral("en");
// Installed translators must outlive their installation; they are replaced on each apply().
std::unique_ptr<QTranslator> s_program;
std::unique_ptr<QTranslator> s_qt;
} // namespace

QList<Language> available()
{
    // The names stay in their own language whatever the window's, so anyone can find theirs.
    return {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

bool isAvailable(const QString &code)
{
    const QList<Language> languages = available();
    return std::any_of(languages.cbegin(), languages.cend(),
        [&](const Language &language) { return language.code == code; });
}

bool apply(const QString &code)
{
    if (!isAvailable(code))
        return false;
    for (auto *translator : {&s_program, &s_qt})
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    s_current = code;
    // Numbers in sentences, and the pages kept per language (the lesson's), follow the default
    // locale: make it the language's.
    QLocale::setDefault(
        code == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(code));
    if (code == u"en")
        return true;

    // qt_add_translations() compiles the program's translations into its resources.
    s_program = std::make_unique<QTranslator>();
    if (!s_program->load(QStringLiteral(":/translations/embedding-visualiser_%1.qm").arg(code))) {
        qCWarning(lcAppView) << "no compiled translation for" << code;
        s_program.reset();
        s_current = QStringLiteral("en");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return false;
    }
    QCoreApplication::installTranslator(s_program.get());
    // Qt's own, for standard buttons and dialogs, where Debian's qt6-translations-l10n is there.
    s_qt = std::make_unique<QTranslator>();
    if (s_qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt.get());
    else
        s_qt.reset();
    qCDebug(lcAppView) << "language" << code << "Qt's own translation" << bool(s_qt);
    return true;
}

QString current()
{
    return s_current;
}

QString systemDefault()
{
    const QString code = QLocale::system().name().section(u'_', 0, 0);
    return isAvailable(code) ? code : QStringLiteral("en");
}

QString localisedResource(const QString &path)
{
    if (s_current == u"en")
        return path;
    const QFileInfo info(path);
    const QString localised = info.path() + u'/' + s_current + u'/' + info.fileName();
    return QFileInfo::exists(localised) ? localised : path;
}

} // namespace ev::language
