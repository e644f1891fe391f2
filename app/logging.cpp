// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "logging.h"

Q_LOGGING_CATEGORY(lcAppSession, "ev.app.session", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAppView, "ev.app.view", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAppCommandLine, "ev.app.cli", QtWarningMsg)
