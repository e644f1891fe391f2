// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "viewexport.h"

#include "logging.h"
#include "tablefile.h"

#include <QAbstractScrollArea>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QLocale>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace ev {

namespace {

using namespace Qt::StringLiterals;

QString translated(const char *text)
{
    return QCoreApplication::translate("ViewExport", text);
}

QString documentTitle()
{
    return translated("Embedding Visualiser: X·E for a one-hot X");
}

// \a widget in pixels, \a scale times its size; a null image if memory runs out.
QImage renderedImage(QWidget *widget, double scale)
{
    QImage image(scaledExportSize(widget->size(), scale), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    widget->render(&image);
    return image;
}

// The menu bar, and the views scrolled so that they show only part of what they hold.
QList<QWidget *> widgetsThatNeedClipping(QWidget *window)
{
    QList<QWidget *> found;
    if (auto *menuBar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly))
        found << menuBar;
    const QList<QAbstractScrollArea *> areas = window->findChildren<QAbstractScrollArea *>();
    for (QAbstractScrollArea *area : areas) {
        const bool scrolls = area->horizontalScrollBar()->maximum() > 0
            || area->verticalScrollBar()->maximum() > 0;
        const bool inside = std::any_of(found.cbegin(), found.cend(),
            [area](const QWidget *outer) { return outer->isAncestorOf(area); });
        if (scrolls && !inside)
            found << area;
    }
    found.removeIf([](const QWidget *widget) { return !widget->isVisible(); });
    return found;
}

// Every writer below paints in the widget's own pixels; telling the vector formats the screen's
// resolution keeps text the size the layout was made for.
bool writePng(QWidget *widget, QIODevice *device, double scale)
{
    const QImage image = renderedImage(widget, scale);
    return !image.isNull() && QImageWriter(device, "png").write(image);
}

bool writeSvg(QWidget *widget, QIODevice *device, double scale)
{
    QSvgGenerator generator;
    generator.setOutputDevice(device);
    generator.setResolution(widget->logicalDpiX());
    generator.setSize(scaledExportSize(widget->size(), scale));
    // The drawing keeps the window's coordinates; the scale only sets the size it is shown at.
    generator.setViewBox(QRect(QPoint(0, 0), widget->size()));
    generator.setTitle(documentTitle());
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    // Qt 6.4's SVG writer ignores clipping, on which the menu bar (to keep its background off its
    // entries) and scrolled views (to hide what lies beyond their edges) rely. Those go in as
    // pictures, drawn first so that what lies over them (the arrows) stays on top; the rest,
    // the board's text among it, as shapes and text.
    QRegion rest(widget->rect());
    for (QWidget *clipped : widgetsThatNeedClipping(widget)) {
        const QRect area(clipped->mapTo(widget, QPoint(0, 0)), clipped->size());
        painter.drawImage(QRectF(area), renderedImage(clipped, scale));
        rest -= area;
    }
    // render() puts the region's top left at the offset given, not at the widget's origin.
    widget->render(&painter, rest.boundingRect().topLeft(), rest);
    return painter.end();
}

bool writePdf(QWidget *widget, QIODevice *device, double scale)
{
    constexpr double pointsPerInch = 72;
    QPdfWriter writer(device);
    writer.setCreator(QCoreApplication::applicationName());
    writer.setTitle(documentTitle());
    writer.setResolution(widget->logicalDpiX());
    const QSizeF points = QSizeF(widget->size()) * scale * pointsPerInch / widget->logicalDpiX();
    writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF());
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.scale(scale, scale);
    widget->render(&painter);
    return painter.end();
}

// write() may store only part (under a file-size limit, on a nearly full disk) without saying
// why; writing the rest then fails with the reason.
bool writeAll(QIODevice *device, const QByteArray &bytes)
{
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 written = device->write(bytes.constData() + done, bytes.size() - done);
        if (written <= 0)
            return false;
        done += written;
    }
    return true;
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return ExportFormat::Png;
    if (suffix == u"svg"_s)
        return ExportFormat::Svg;
    if (suffix == u"pdf"_s)
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<QString> exportPathProblem(const QString &path)
{
    // QSaveFile would rename its finished file over a pipe or a device, replacing it.
    if (const auto problem = notARegularFile(path))
        return *problem + translated("; a view is exported to a file, new or existing");
    if (exportFormatForPath(path))
        return std::nullopt;
    return translated("file \"%1\" does not end in .png, .svg or .pdf: those are the formats a "
                      "view is exported to (PNG picture, SVG drawing, PDF page)")
        .arg(path);
}

std::optional<QString> exportScaleProblem(double scale)
{
    if (scale >= ExportLimits::s_minScale && scale <= ExportLimits::s_maxScale)
        return std::nullopt;
    // Shortest round-trip digits: "%1" alone would print 4.0000001 as 4, which is allowed.
    return translated("scale %1 is out of range: it must be %2 to %3")
        .arg(QString::number(scale, 'g', QLocale::FloatingPointShortest))
        .arg(ExportLimits::s_minScale)
        .arg(ExportLimits::s_maxScale);
}

QSize scaledExportSize(QSize size, double scale)
{
    return QSize(int(std::lround(size.width() * scale)), int(std::lround(size.height() * scale)));
}

std::optional<QString> exportSizeProblem(QSize size, double scale)
{
    const QSize scaled = scaledExportSize(size, scale);
    if (scaled.width() <= ExportLimits::s_maxSide && scaled.height() <= ExportLimits::s_maxSide)
        return std::nullopt;
    return translated("a %1x%2 view at scale %3 would be %4x%5 pixels, more than the %6 a side "
                      "may have: choose a smaller scale or size")
        .arg(size.width())
        .arg(size.height())
        .arg(scale)
        .arg(scaled.width())
        .arg(scaled.height())
        .arg(ExportLimits::s_maxSide);
}

QString exportWidget(QWidget *widget, const QString &path, double scale)
{
    const auto couldNotWrite = [&path](const QString &reason) {
        return translated("could not write %1: %2").arg(path, reason);
    };
    if (const auto problem = exportPathProblem(path))
        return *problem;
    if (const auto problem = exportScaleProblem(scale))
        return *problem;
    if (const auto problem = exportSizeProblem(widget->size(), scale))
        return couldNotWrite(*problem);

    // Drawn in memory first, as the writers do not all report a failed write; then written in
    // one go through QSaveFile, so a full disk or a crash never leaves half a file in place of
    // the one that was there.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return couldNotWrite(file.errorString());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    bool drawn = false;
    switch (*exportFormatForPath(path)) {
    case ExportFormat::Png:
        drawn = writePng(widget, &buffer, scale);
        break;
    case ExportFormat::Svg:
        drawn = writeSvg(widget, &buffer, scale);
        break;
    case ExportFormat::Pdf:
        drawn = writePdf(widget, &buffer, scale);
        break;
    }
    if (!drawn) {
        file.cancelWriting();
        return couldNotWrite(translated("the view could not be drawn (out of memory?)"));
    }
    // The reason is taken before commit(), which clears it when it closes the file.
    const bool written = writeAll(&file, bytes) && file.flush();
    const QString reason = file.errorString();
    if (!written || !file.commit()) {
        const QString commitReason = file.errorString();
        file.cancelWriting();
        return couldNotWrite(written ? commitReason : reason);
    }
    qCDebug(lcAppView) << "exported" << widget->size() << "at scale" << scale << "to" << path;
    return {};
}

} // namespace ev
