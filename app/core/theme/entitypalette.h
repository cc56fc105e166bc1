// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

namespace KSyntaxHighlighting {
class Theme;
}

namespace Annalist {

/// The colours that show entities, taken from a KSyntaxHighlighting theme:
/// each entity type is drawn in the colour of one of the theme's text styles,
/// on a faint tint of the same colour, over the theme's editor background.
/// Used by the window and by the exports that draw (HTML, SVG, PNG), so both
/// agree. The theme library needs Qt Gui only, so the core may use it.
struct EntityPalette {
    QString themeName;
    bool dark = false;
    QColor background; ///< the page
    QColor foreground; ///< normal text
    QColor muted; ///< secondary text (dates in lists, metadata)
    QColor selection;
    QColor searchHighlight;
    QColor currentLine; ///< the theme's current-line colour (often barely off the page)
    /// Marks where the reader was sent (the sentence of a timeline event, an
    /// entity's occurrence) and the timeline's events of the cursor's
    /// sentence. Unlike currentLine, always seen: at least MarkVisible from
    /// the background, with normal text on it as readable as the theme
    /// allows up to WCAG's 4.5:1.
    QColor mark;
    QColor rule; ///< lines, such as the timeline's axis

    /// Colour for an entity type; types without a mapping (user types) get a
    /// colour from stableUserColor() unless setColor() gave them one.
    QColor color(const QString &type) const;
    /// The tint drawn behind an entity of this type.
    QColor tint(const QString &type) const;
    void setColor(const QString &type, const QColor &color) { m_colors.insert(type, color); }

    /// The palette of a theme; an invalid theme gives a plain light palette.
    static EntityPalette fromTheme(const KSyntaxHighlighting::Theme &theme);
    /// The theme called name (case-insensitive) from the KSyntaxHighlighting
    /// repository, or the default light theme when name is empty. Returns an
    /// invalid palette (themeName empty) when no theme has that name.
    static EntityPalette fromThemeName(const QString &name);
    /// fromThemeName(QString()), made once (thread-safe) and then copied.
    static EntityPalette defaultLight();
    /// The repository's default dark or light theme's palette, from the one
    /// repository of the process (loading another reads every theme again).
    static EntityPalette defaultFor(bool dark);
    /// Every theme name the repository offers, sorted.
    static QStringList themeNames();

    /// The built-in types in the order they are shown in legends.
    static QStringList builtinTypes();

    /// How different two colours look as labels of a type (CIE L*a*b*
    /// distance with lightness counting half). fromTheme() gives the
    /// built-in types colours at least DistinctColours apart.
    static double colourDifference(const QColor &a, const QColor &b);
    static constexpr double DistinctColours = 18;
    /// How far apart two colours look as areas, lightness counting fully
    /// (CIE76 ΔE in L*a*b*; about 2 is just noticeable).
    static double areaDifference(const QColor &a, const QColor &b);
    static constexpr double MarkVisible = 20;
    /// WCAG 2 contrast ratio of two colours (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

    bool isValid() const { return !themeName.isEmpty(); }

private:
    QColor stableUserColor(const QString &type) const;
    QHash<QString, QColor> m_colors;
};

} // namespace Annalist
