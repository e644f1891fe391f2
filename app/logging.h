// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

// Quiet (warnings only) unless enabled, e.g. QT_LOGGING_RULES="ev.app.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcAppSession)
Q_DECLARE_LOGGING_CATEGORY(lcAppView)
Q_DECLARE_LOGGING_CATEGORY(lcAppCommandLine)
