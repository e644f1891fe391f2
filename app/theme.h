// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

namespace ev {

/*!
 * \brief The colours the views mark things with, in the normal look or in high contrast.
 *
 * Two marks take part in the lesson: the highlight (the hot entry of X, the selected row of E,
 * the output) and the step (the column of E being multiplied, and X, while X·E is computed column
 * by column). They differ in hue and lightness, which every kind of colour vision tells apart
 * (amber against blue, never red against green), and in their outlines: a solid border for the
 * highlight, a dashed one for the step, so they read apart in greyscale too.
 */
struct Theme
{
    QColor highlightFill;
    QColor highlightText;
    QColor highlightBorder;
    QColor stepFill;
    QColor stepText;
    QColor stepBorder;
    //! The arrows between the views, drawn on the window's background.
    QColor connector;
    //! Borders and arrows, in pixels.
    int borderWidth = 3;
    bool highContrast = false;

    //! The theme for views drawn on \a palette: the arrows stay visible on dark backgrounds.
    static Theme forPalette(const QPalette &palette, bool highContrast);

    //! \returns the palette the high-contrast look gives the whole application.
    static QPalette highContrastPalette();

    /*!
     * \returns the theme in use: high contrast if setHighContrast() turned it on, otherwise the
     * normal colours, with arrows suited to the application's palette.
     */
    static const Theme &current();

    /*!
     * Switches the whole application to the high-contrast palette and colours, or back to the
     * palette it had before. Windows repaint on the palette change.
     */
    static void setHighContrast(bool on);
    static bool isHighContrast();
};

//! \returns the WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace ev
