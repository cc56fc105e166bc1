// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "windowpalette.h"

#include <QApplication>

#include <algorithm>
#include <cmath>

namespace Annalist::WindowPalette {

namespace {

/// The desktop's palette, kept while a theme's palette replaces it. A change
/// of the desktop's colours meanwhile is seen when the theme's palette goes.
QPalette s_desktop;
bool s_applied = false;

QColor mix(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * amount),
                            float(x.greenF() + (y.greenF() - x.greenF()) * amount),
                            float(x.blueF() + (y.blueF() - x.blueF()) * amount));
}

double luminance(const QColor &color)
{
    const auto channel = [](float c) {
        return c <= 0.04045f ? double(c) / 12.92 : std::pow((double(c) + 0.055) / 1.055, 2.4);
    };
    const QColor c = color.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool isDark(const QColor &color)
{
    return color.lightness() < 128;
}

/// colour, moved towards black or white (away from background) until it has
/// at least the given contrast with background.
QColor readableOn(const QColor &colour, const QColor &background, double minimum)
{
    const QColor end = isDark(background) ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = colour;
    for (int step = 1; step <= 10 && contrastRatio(c, background) < minimum; ++step)
        c = mix(colour, end, step / 10.0);
    return c;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool lightnessDiffers(const EntityPalette &theme, const QPalette &palette)
{
    return isDark(theme.background) != isDark(palette.color(QPalette::Active, QPalette::Window));
}

QPalette fromTheme(const EntityPalette &theme)
{
    const QColor page = theme.background;
    const bool dark = isDark(page);
    // The frame is a shade away from the page, towards the text, as desktop
    // colour schemes set the window apart from the views in it.
    const QColor window = mix(page, theme.foreground, 0.07);
    const QColor button = mix(page, theme.foreground, 0.12);
    // Buttons are the furthest from the page: text readable on them is readable on all.
    const QColor text = readableOn(readableOn(theme.foreground, button, 4.5), window, 4.5);
    const QColor disabledText = readableOn(mix(theme.foreground, window, 0.5), window, 2.0);
    // The theme's selection is a tint that its text stays readable on.
    const QColor highlight = theme.selection.isValid() ? theme.selection : mix(page, QColor(0x3d, 0xae, 0xe9), 0.5);
    const QColor highlightedText = readableOn(text, highlight, 4.5);
    const QColor link = readableOn(dark ? QColor(0x3d, 0xae, 0xe9) : QColor(0x29, 0x80, 0xb9), page, 4.5);
    const QColor visited = readableOn(dark ? QColor(0xb0, 0x7c, 0xd8) : QColor(0x8e, 0x44, 0xad), page, 4.5);

    QPalette p;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor foreground = disabled ? disabledText : text;
        p.setColor(group, QPalette::Window, window);
        p.setColor(group, QPalette::WindowText, foreground);
        p.setColor(group, QPalette::Base, disabled ? window : page);
        p.setColor(group, QPalette::AlternateBase, mix(page, theme.foreground, 0.04));
        p.setColor(group, QPalette::Text, foreground);
        p.setColor(group, QPalette::Button, button);
        p.setColor(group, QPalette::ButtonText, foreground);
        p.setColor(group, QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
        p.setColor(group, QPalette::Light, mix(button, Qt::white, dark ? 0.12 : 0.6));
        p.setColor(group, QPalette::Midlight, mix(button, Qt::white, dark ? 0.06 : 0.3));
        p.setColor(group, QPalette::Mid, mix(button, Qt::black, dark ? 0.25 : 0.2));
        p.setColor(group, QPalette::Dark, mix(button, Qt::black, dark ? 0.45 : 0.35));
        p.setColor(group, QPalette::Shadow, mix(button, Qt::black, 0.75));
        p.setColor(group, QPalette::Highlight, disabled ? button : highlight);
        p.setColor(group, QPalette::HighlightedText, disabled ? disabledText : highlightedText);
        p.setColor(group, QPalette::Link, link);
        p.setColor(group, QPalette::LinkVisited, visited);
        p.setColor(group, QPalette::ToolTipBase, window);
        p.setColor(group, QPalette::ToolTipText, text);
        p.setColor(group, QPalette::PlaceholderText, readableOn(theme.muted.isValid() ? theme.muted : disabledText, page, 3.0));
#if QT_VERSION >= QT_VERSION_CHECK(6, 6, 0)
        p.setColor(group, QPalette::Accent, disabled ? button : highlight);
#endif
    }
    return p;
}

QPalette desktopPalette()
{
    return s_applied ? s_desktop : QApplication::palette();
}

bool apply(const EntityPalette &theme, bool wholeWindow)
{
    const bool useTheme = wholeWindow && theme.background.isValid() && lightnessDiffers(theme, desktopPalette());
    if (useTheme) {
        if (!s_applied) {
            s_desktop = QApplication::palette();
            s_applied = true;
        }
        QApplication::setPalette(fromTheme(theme));
    } else if (s_applied) {
        // The palette as it was, with the roles it had set of its own: the
        // desktop's (platform theme's) palette has none, so that it takes
        // every colour from the desktop again and follows it when it changes.
        QApplication::setPalette(s_desktop);
        s_applied = false;
    }
    return useTheme;
}

bool isThemePaletteApplied()
{
    return s_applied;
}

} // namespace Annalist::WindowPalette
