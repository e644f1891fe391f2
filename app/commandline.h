// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "result.h"
#include "tablespec.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace ev {

//! What the command line asked for.
struct LaunchOptions
{
    enum class Mode { Window, Print, Json, Screenshot, Help, Version };

    static constexpr QSize s_defaultScreenshotSize {1600, 900};

    Mode mode = Mode::Window;
    TableSpec spec;
    Index index = 0;
    QString screenshotPath;
    QSize screenshotSize = s_defaultScreenshotSize;
    QString helpText;
};

/*!
 * \returns the options in \a arguments (the program name first), every value checked: a size or
 * index out of range, an unknown option or a value that is not a number gives a failure whose
 * message names it and what is allowed.
 */
Result<LaunchOptions> parseCommandLine(const QStringList &arguments);

} // namespace ev
