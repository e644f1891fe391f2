// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QSize>
#include <QString>

#include <optional>

class QWidget;

namespace ev {

//! The file formats a view is exported to, chosen by the file's extension.
enum class ExportFormat {
    Png, //!< Pixels: the window's size times the scale.
    Svg, //!< Drawing with text as text; the scale sets its printed size.
    Pdf, //!< One page the window's size times the scale; text as text.
};

//! How much larger than the window an export may be drawn, and how large it may get.
struct ExportLimits
{
    static constexpr double s_minScale = 1;
    static constexpr double s_maxScale = 4;
    //! A side of more pixels would need gigabytes for a PNG, and viewers refuse such pages.
    static constexpr int s_maxSide = 16384;
};

//! \returns the format \a path's extension names (.png, .svg or .pdf, in any case), or nullopt.
std::optional<ExportFormat> exportFormatForPath(const QString &path);

/*!
 * \returns a message when \a path names a pipe, a device or a folder, which an export would
 * replace rather than write to, or when it does not end in .png, .svg or .pdf, naming those.
 */
std::optional<QString> exportPathProblem(const QString &path);

//! \returns a message when \a scale lies outside ExportLimits, naming the range.
std::optional<QString> exportScaleProblem(double scale);

//! \returns \a size times \a scale, rounded to whole pixels.
QSize scaledExportSize(QSize size, double scale);

//! \returns a message when a view of \a size at \a scale would exceed ExportLimits::s_maxSide.
std::optional<QString> exportSizeProblem(QSize size, double scale);

/*!
 * Draws \a widget as it is now, with its children, into \a path at \a scale, in the format the
 * extension names. The file is written whole or not at all (QSaveFile): a failed export leaves
 * the file that was there as it was.
 * \returns an empty string, or why the file could not be written.
 */
QString exportWidget(QWidget *widget, const QString &path, double scale);

} // namespace ev
