// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include "codesnippet.h"
#include "result.h"
#include "tablefile.h"
#include "tablespec.h"

#include <QSize>
#include <QString>
#include <QStringList>

namespace ev {

//! What the command line asked for.
struct LaunchOptions
{
    enum class Mode { Window, Print, Json, Screenshot, Neighbours, Explain, Code, Help, Version };

    static constexpr QSize s_defaultScreenshotSize {1600, 900};
    static constexpr Index s_maxNeighbours = 1000;
    //! What --panel accepts.
    static inline const QStringList s_panels {QStringLiteral("lesson"), QStringLiteral("quiz"),
        QStringLiteral("lookup"), QStringLiteral("neighbours")};

    Mode mode = Mode::Window;
    TableSpec spec;
    Index index = 0;
    QString screenshotPath;
    //! A table file to show instead of a generated table, and how to read it.
    QString loadPath;
    LoadOptions loadOptions;
    //! Where to save the table shown (generated or loaded).
    QString savePath;
    //! A row label to make the hot index, instead of index.
    QString word;
    QSize screenshotSize = s_defaultScreenshotSize;
    //! How many times the window's size --screenshot draws at (--scale).
    double screenshotScale = 1;
    //! The library --code writes the table and X·E for.
    CodeLanguage codeLanguage = CodeLanguage::NumPy;
    //! How many of the hot row's nearest rows to report (--neighbours); 0 for none.
    Index neighbours = 0;
    //! The entry of X·E whose sum --explain writes out; -1 for none.
    Index explainColumn = -1;
    //! With --screenshot, the column of X·E being computed step by step (--step); -1 for none.
    Index stepColumn = -1;
    //! Show the product in the column convention, Eᵀ·x (--transposed).
    bool transposed = false;
    //! Use the high-contrast colours (--high-contrast).
    bool highContrast = false;
    //! Show the window as presenter mode does: stacked, large text, full screen (--presenter).
    bool presenter = false;
    //! The panels to open beside the board (--panel): lesson, quiz, lookup or neighbours.
    QStringList panels;
    //! The language of the window's texts (--language), or empty for the remembered one.
    QString language;
    //! Whether any option chose the table or the index, which the window then does not restore.
    bool tableChosen = false;
    QString helpText;
};

/*!
 * \returns the options in \a arguments (the program name first), every value checked: a size or
 * index out of range, an unknown option or a value that is not a number gives a failure whose
 * message names it and what is allowed. With --load the index and --word can only be checked
 * against the table once it is read.
 */
Result<LaunchOptions> parseCommandLine(const QStringList &arguments);

} // namespace ev
