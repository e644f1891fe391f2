// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
//
// What the window remembers between runs: the lesson table it showed, the index, the zoom, the
// panels, the column convention, the contrast and where the window was.
#include "embeddingboard.h"
#include "embeddingsession.h"
#include "language.h"
#include "logging.h"
#include "mainwindow.h"
#include "theme.h"

#include <QAction>
#include <QSettings>

#include <cmath>

namespace ev {

namespace {
// The keys, grouped so that a settings file reads as a description of the window.
const QString s_numEmbeddingsKey = QStringLiteral("table/num_embeddings");
const QString s_embeddingDimensionsKey = QStringLiteral("table/embedding_dimensions");
const QString s_kindKey = QStringLiteral("table/kind");
const QString s_seedKey = QStringLiteral("table/seed");
const QString s_indexKey = QStringLiteral("table/index");
const QString s_zoomKey = QStringLiteral("view/zoom");
const QString s_transposedKey = QStringLiteral("view/column_convention");
const QString s_highContrastKey = QStringLiteral("view/high_contrast");
const QString s_languageKey = QStringLiteral("view/language");
const QString s_geometryKey = QStringLiteral("window/geometry");
const QString s_stateKey = QStringLiteral("window/state");
// Bumped when the docks or toolbars change, so that restoreState() ignores an older layout.
constexpr int s_windowStateVersion = 1;

// The integer stored under \a key, if there is one and it is a number.
std::optional<qlonglong> storedNumber(const QSettings &settings, const QString &key)
{
    bool ok = false;
    const qlonglong value = settings.value(key).toLongLong(&ok);
    return ok ? std::optional(value) : std::nullopt;
}
} // namespace

void MainWindow::saveSettings() const
{
    QSettings settings;
    // A table opened from a file is not reopened: the file may have gone or changed. The
    // lesson table it replaced is remembered instead.
    if (!m_session->isLoaded()) {
        const TableSpec &spec = m_session->spec();
        settings.setValue(s_numEmbeddingsKey, qlonglong(spec.numEmbeddings));
        settings.setValue(s_embeddingDimensionsKey, qlonglong(spec.embeddingDimensions));
        settings.setValue(s_kindKey, tableKindName(spec.kind));
        settings.setValue(s_seedKey, qulonglong(spec.seed));
        settings.setValue(s_indexKey, qlonglong(m_session->index()));
    }
    settings.setValue(s_zoomKey, m_board->userZoom());
    settings.setValue(s_transposedKey, m_board->isTransposed());
    settings.setValue(s_highContrastKey, Theme::isHighContrast());
    settings.setValue(s_languageKey, language::current());
    settings.setValue(s_geometryKey, saveGeometry());
    settings.setValue(s_stateKey, saveState(s_windowStateVersion));
    qCDebug(lcAppView) << "settings saved to" << settings.fileName();
}

void MainWindow::restoreSettings(RestoredSettings what)
{
    const QSettings settings;
    if (what == RestoredSettings::TableAndView) {
        // Anything out of range, edited by hand or left by another version, is passed over:
        // the session refuses it, and the table shown stays.
        TableSpec spec = m_session->spec();
        spec.numEmbeddings
            = storedNumber(settings, s_numEmbeddingsKey).value_or(spec.numEmbeddings);
        spec.embeddingDimensions
            = storedNumber(settings, s_embeddingDimensionsKey).value_or(spec.embeddingDimensions);
        spec.kind = tableKindFromName(settings.value(s_kindKey).toString()).value_or(spec.kind);
        spec.seed = std::uint64_t(std::max<qlonglong>(
            0, storedNumber(settings, s_seedKey).value_or(qlonglong(spec.seed))));
        if (!specProblem(spec))
            m_session->setSpec(spec);
        const Index index = storedNumber(settings, s_indexKey).value_or(0);
        if (index >= 0 && index < m_session->table().numEmbeddings())
            m_session->setIndex(index);
    }
    const qreal zoom = settings.value(s_zoomKey, 1.0).toReal();
    m_board->setUserZoom(std::isfinite(zoom) ? zoom : 1.0);
    m_board->setTransposed(settings.value(s_transposedKey, false).toBool());
    // Through the action, so that the menu's tick follows.
    if (auto *highContrast = findChild<QAction *>(QStringLiteral("actionHighContrast")))
        highContrast->setChecked(settings.value(s_highContrastKey, false).toBool());
    m_restoredGeometry = restoreGeometry(settings.value(s_geometryKey).toByteArray());
    restoreState(settings.value(s_stateKey).toByteArray(), s_windowStateVersion);
}

QString MainWindow::rememberedLanguage()
{
    const QString code = QSettings().value(s_languageKey).toString();
    return language::isAvailable(code) ? code : QString();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_remembersSettings)
        saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace ev
