// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "theme/entitypalette.h"

#include <QPalette>

namespace Annalist {

/// The window's own colours (menu bar, docks, legend, status bar, menus and
/// dialogs) and the colour theme of the reading view.
///
/// The desktop's palette is kept as long as it goes with the theme: a light
/// theme on a light desktop, a dark one on a dark desktop. When the theme's
/// page is dark and the desktop light (or the reverse), a dark article in a
/// bright frame is tiring to read, so the whole application takes a palette
/// made from the theme's editor colours, much as a KDE application takes the
/// colour scheme its user picks (KColorSchemeManager). The person can turn
/// this off in the settings ("Apply the theme to the whole window").
namespace WindowPalette {

/// True when one of the theme's page and the palette's window is dark and
/// the other light.
bool lightnessDiffers(const EntityPalette &theme, const QPalette &palette);

/// A complete palette from the theme's editor colours: every colour role,
/// in the active, inactive and disabled groups, with text readable on its
/// background (WCAG contrast of at least 4.5 for normal text).
QPalette fromTheme(const EntityPalette &theme);

/// The palette the desktop gives the application: the application's palette
/// as it was before a theme's palette replaced it.
QPalette desktopPalette();

/// Sets the application's palette for theme: fromTheme() when wholeWindow
/// and the theme's lightness differs from the desktop's, the desktop's
/// palette otherwise. Returns true when the theme's palette is in use.
bool apply(const EntityPalette &theme, bool wholeWindow);

/// True while the application shows a theme's palette rather than the desktop's.
bool isThemePaletteApplied();

/// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

} // namespace WindowPalette

} // namespace Annalist
