// SPDX-FileCopyrightText: 2026 The Embedding Visualiser developers
// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleOption>

#include <cmath>
#include <optional>

namespace ev {

namespace {

bool s_highContrast = false;
std::optional<QPalette> s_paletteBeforeHighContrast;

// Relative luminance as WCAG 2 defines it, from sRGB.
double luminance(const QColor &colour)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

// Fusion outlines text fields, spin boxes and combo boxes in a shade darker than the window,
// which on high contrast's black is black: the fields vanish. In high contrast this style draws
// them a frame in the text's colour, solid while they take input and dashed while they do not,
// and gives sliders a groove and a handle that show on black.
class FramedFieldsStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        if (element == PE_PanelLineEdit
            && !qobject_cast<const QAbstractSpinBox *>(widget ? widget->parentWidget() : nullptr))
            frame(option, painter);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
        QPainter *painter, const QWidget *widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        if (control == CC_SpinBox || control == CC_ComboBox)
            frame(option, painter);
        if (control == CC_Slider && Theme::isHighContrast())
            drawSliderMarks(option, painter, widget);
    }

private:
    static void frame(const QStyleOption *option, QPainter *painter)
    {
        if (!Theme::isHighContrast())
            return;
        const bool enabled = option->state & State_Enabled;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setBrush(Qt::NoBrush);
        // Dimmer text alone is hard to tell from enabled text at a distance; a dashed frame is
        // not.
        QPen pen(
            option->palette.color(QPalette::WindowText), 1, enabled ? Qt::SolidLine : Qt::DashLine);
        // The keyboard's place, which Fusion marks in shades of black too: the highlight, wider.
        if (option->state & State_HasFocus) {
            pen.setColor(option->palette.color(QPalette::Highlight));
            pen.setWidth(2);
        }
        painter->setPen(pen);
        painter->drawRect(option->rect.adjusted(0, 0, -pen.width(), -pen.width()));
        painter->restore();
    }

    // Fusion draws the groove and handle in shades of the button colour, black on black here:
    // a white groove, and a handle in the highlight's yellow, outlined white.
    void drawSliderMarks(
        const QStyleOptionComplex *option, QPainter *painter, const QWidget *widget) const
    {
        const auto *slider = qstyleoption_cast<const QStyleOptionSlider *>(option);
        if (!slider)
            return;
        const bool enabled = option->state & State_Enabled;
        const QColor line = option->palette.color(QPalette::WindowText);
        const QRect groove = subControlRect(CC_Slider, slider, SC_SliderGroove, widget);
        const QRect handle = subControlRect(CC_Slider, slider, SC_SliderHandle, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        const bool horizontal = slider->orientation == Qt::Horizontal;
        const QPoint centre = groove.center();
        const QRect track = horizontal ? QRect(groove.left(), centre.y() - 1, groove.width(), 3)
                                       : QRect(centre.x() - 1, groove.top(), 3, groove.height());
        painter->fillRect(track, line);
        painter->setPen(QPen(line, 2));
        painter->setBrush(enabled ? option->palette.color(QPalette::Highlight) : QColor(Qt::black));
        // A toolbar may give the slider less height than the handle: keep its outline in view.
        painter->drawRect(handle.intersected(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
    }
};

bool isDark(const QColor &colour)
{
    return luminance(colour) < 0.18;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme Theme::forPalette(const QPalette &palette, bool highContrast)
{
    Theme theme;
    theme.highContrast = highContrast;
    if (highContrast) {
        // Pure colours on black: yellow for the highlight, cyan for the step, both with black
        // text; the step's dashed border sits inside its fill, the highlight's is white.
        theme.highlightFill = QColor(0xff, 0xff, 0x00);
        theme.highlightText = Qt::black;
        // White, not black: the border must part the yellow fill from the black background.
        theme.highlightBorder = Qt::white;
        theme.stepFill = QColor(0x00, 0xff, 0xff);
        theme.stepText = Qt::black;
        theme.stepBorder = Qt::black;
        theme.connector = QColor(0xff, 0xff, 0x00);
        theme.borderWidth = 4;
        return theme;
    }
    theme.highlightFill = QColor(0xff, 0xd9, 0x66);
    theme.highlightText = Qt::black;
    theme.highlightBorder = QColor(0x1f, 0x3f, 0x9a);
    theme.stepFill = QColor(0x9d, 0xc2, 0xf2);
    theme.stepText = Qt::black;
    theme.stepBorder = QColor(0x1f, 0x3f, 0x9a);
    // Dark blue arrows vanish on a dark window; a light blue one does not.
    theme.connector = isDark(palette.color(QPalette::Window)) ? QColor(0x8c, 0xb4, 0xff)
                                                              : QColor(0x1f, 0x3f, 0x9a);
    return theme;
}

QPalette Theme::highContrastPalette()
{
    QPalette palette;
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    const QColor yellow(0xff, 0xff, 0x00);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, black);
        palette.setColor(group, QPalette::WindowText, white);
        palette.setColor(group, QPalette::Base, black);
        palette.setColor(group, QPalette::AlternateBase, QColor(0x20, 0x20, 0x20));
        palette.setColor(group, QPalette::Text, white);
        palette.setColor(group, QPalette::Button, black);
        palette.setColor(group, QPalette::ButtonText, white);
        palette.setColor(group, QPalette::BrightText, yellow);
        palette.setColor(group, QPalette::Highlight, yellow);
        palette.setColor(group, QPalette::HighlightedText, black);
        palette.setColor(group, QPalette::ToolTipBase, black);
        palette.setColor(group, QPalette::ToolTipText, white);
        palette.setColor(group, QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
        palette.setColor(group, QPalette::Link, QColor(0x00, 0xff, 0xff));
        palette.setColor(group, QPalette::Mid, white);
        palette.setColor(group, QPalette::Dark, white);
        palette.setColor(group, QPalette::Light, white);
    }
    // Disabled controls stay readable, only dimmer: 9.6:1 on black. A disabled field is filled
    // dark grey (its text still 6:1 on it), so it reads apart from the black of one that takes
    // input.
    const QColor dimmed(0xb0, 0xb0, 0xb0);
    palette.setColor(QPalette::Disabled, QPalette::Window, black);
    palette.setColor(QPalette::Disabled, QPalette::Base, QColor(0x30, 0x30, 0x30));
    palette.setColor(QPalette::Disabled, QPalette::Button, black);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::Text, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, dimmed);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, dimmed);
    return palette;
}

const Theme &Theme::current()
{
    // Recomputed only when the palette or the setting changes: paint code asks for every cell.
    static Theme theme;
    static QPalette themedPalette;
    static bool themed = false;
    static bool themedHighContrast = false;
    const QPalette palette = QGuiApplication::palette();
    if (!themed || palette != themedPalette || themedHighContrast != s_highContrast) {
        theme = forPalette(palette, s_highContrast);
        themedPalette = palette;
        themedHighContrast = s_highContrast;
        themed = true;
    }
    return theme;
}

void Theme::setHighContrast(bool on)
{
    if (on == s_highContrast)
        return;
    s_highContrast = on;
    // Installed the first time and kept: it draws as the style it wraps unless in high contrast.
    if (on && !dynamic_cast<FramedFieldsStyle *>(QApplication::style()))
        QApplication::setStyle(new FramedFieldsStyle(QApplication::style()->name()));
    if (on) {
        s_paletteBeforeHighContrast = QGuiApplication::palette();
        QApplication::setPalette(highContrastPalette());
    } else {
        QApplication::setPalette(s_paletteBeforeHighContrast.value_or(QPalette()));
        s_paletteBeforeHighContrast.reset();
    }
}

bool Theme::isHighContrast()
{
    return s_highContrast;
}

} // namespace ev
