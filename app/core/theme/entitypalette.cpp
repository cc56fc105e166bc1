// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "theme/entitypalette.h"

#include "recognize/entity.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace Annalist {

namespace {

using Style = KSyntaxHighlighting::Theme::TextStyle;
using EditorColor = KSyntaxHighlighting::Theme::EditorColorRole;

// Styles that most themes give clearly different, saturated colours.
struct TypeStyle {
    QLatin1StringView type;
    Style style;
};
constexpr TypeStyle typeStyles[] = {
    {EntityTypes::Person, Style::Function},
    {EntityTypes::Organization, Style::DataType},
    {EntityTypes::Location, Style::String},
    {EntityTypes::Date, Style::DecVal},
    {EntityTypes::Document, Style::Keyword},
    {EntityTypes::Event, Style::Preprocessor},
};

// Where a theme gives two types' styles one colour (GitHub Light paints
// keywords, types and preprocessor lines all red), the later type takes the
// first of these styles that the theme paints differently.
constexpr Style spareStyles[] = {
    Style::Variable, Style::Constant, Style::BuiltIn, Style::Extension, Style::Attribute, Style::SpecialString,
    Style::Char,     Style::Annotation, Style::ControlFlow, Style::Import, Style::Float, Style::BaseN,
    Style::Information, Style::Warning, Style::VerbatimString, Style::Operator, Style::Others, Style::Alert,
};

// A colour in CIE L*a*b* (D65), where distances follow what the eye sees.
struct Lab {
    double l, a, b;
};

Lab toLab(const QColor &c)
{
    const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const double r = linear(c.redF()), g = linear(c.greenF()), b = linear(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    const auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

// Two colours a reader could take for one.
bool alike(const QColor &a, const QColor &b)
{
    return EntityPalette::colourDifference(a, b) < EntityPalette::DistinctColours;
}

KSyntaxHighlighting::Repository &repository()
{
    // Loading the repository reads every definition's header; do it once.
    static KSyntaxHighlighting::Repository repo;
    return repo;
}

QColor rgba(QRgb c)
{
    return QColor::fromRgba(c);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

// A change of hue or colourfulness counts fully, one of lightness half (a
// light and a dark blue still read as "the blue one").
double EntityPalette::colourDifference(const QColor &a, const QColor &b)
{
    const Lab x = toLab(a), y = toLab(b);
    const double dl = (x.l - y.l) / 2, da = x.a - y.a, db = x.b - y.b;
    return std::sqrt(dl * dl + da * da + db * db);
}

double EntityPalette::areaDifference(const QColor &a, const QColor &b)
{
    const Lab x = toLab(a), y = toLab(b);
    const double dl = x.l - y.l, da = x.a - y.a, db = x.b - y.b;
    return std::sqrt(dl * dl + da * da + db * db);
}

double EntityPalette::contrastRatio(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList EntityPalette::builtinTypes()
{
    QStringList types;
    for (const TypeStyle &ts : typeStyles)
        types << QString(ts.type);
    return types;
}

QColor EntityPalette::color(const QString &type) const
{
    const auto it = m_colors.constFind(type);
    return it != m_colors.cend() ? *it : stableUserColor(type);
}

QColor EntityPalette::tint(const QString &type) const
{
    return mix(background, color(type), dark ? 0.22 : 0.14);
}

QColor EntityPalette::stableUserColor(const QString &type) const
{
    // A hue from the name, so a user type keeps its colour between runs.
    // FNV-1a rather than qHash: Qt 6 mixes a per-process random seed into
    // qHash even when a seed is given, which changed colours on every run.
    quint32 h = 2166136261u;
    for (const QChar c : type) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    const int hue = int(h % 360);
    return QColor::fromHsl(hue, 150, dark ? 170 : 90);
}

EntityPalette EntityPalette::fromTheme(const KSyntaxHighlighting::Theme &theme)
{
    EntityPalette p;
    if (!theme.isValid()) {
        p.themeName = QStringLiteral("Default");
        p.background = Qt::white;
        p.foreground = Qt::black;
    } else {
        p.themeName = theme.name();
        p.background = rgba(theme.editorColor(EditorColor::BackgroundColor));
        p.foreground = rgba(theme.textColor(Style::Normal));
        p.selection = rgba(theme.editorColor(EditorColor::TextSelection));
        p.searchHighlight = rgba(theme.editorColor(EditorColor::SearchHighlight));
        p.currentLine = rgba(theme.editorColor(EditorColor::CurrentLine));
        p.rule = rgba(theme.editorColor(EditorColor::IconBorder));
        for (const TypeStyle &ts : typeStyles)
            p.m_colors.insert(QString(ts.type), rgba(theme.textColor(ts.style)));
    }
    p.dark = p.background.lightness() < 128;
    if (!p.selection.isValid())
        p.selection = mix(p.background, QColor(0x3d, 0xae, 0xe9), 0.4);
    if (!p.searchHighlight.isValid())
        p.searchHighlight = QColor(0xff, 0xdd, 0x55);
    if (!p.currentLine.isValid())
        p.currentLine = mix(p.background, p.foreground, 0.08);
    if (!p.rule.isValid() || p.rule == p.background)
        p.rule = mix(p.background, p.foreground, 0.3);
    p.muted = mix(p.background, p.foreground, 0.62);
    // A style the theme leaves at the normal colour would hide the entity, and
    // two types in one colour could not be told apart.
    const auto standsOut = [&p](const QColor &c) { return qAbs(c.lightness() - p.background.lightness()) >= 40; };
    const auto usable = [&p, &standsOut](const QColor &c, const QList<QColor> &taken) {
        return c.isValid() && c != p.foreground && standsOut(c)
            && std::none_of(taken.cbegin(), taken.cend(), [&c](const QColor &t) { return alike(c, t); });
    };
    QList<QColor> taken;
    for (const TypeStyle &ts : typeStyles) {
        QColor &c = p.m_colors[QString(ts.type)];
        if (!usable(c, taken) && theme.isValid()) {
            for (const Style spare : spareStyles) {
                const QColor candidate = rgba(theme.textColor(spare));
                if (usable(candidate, taken)) {
                    c = candidate;
                    break;
                }
            }
        }
        if (!usable(c, taken)) {
            // Nothing suits in the theme: of colours of our own that stand
            // out from the page, the one farthest from those taken.
            double farthest = -1;
            for (int hue = 0; hue < 360; hue += 10) {
                for (const int lightness : p.dark ? std::array{150, 175, 200} : std::array{60, 85, 110}) {
                    const QColor candidate = QColor::fromHsl(hue, 170, lightness);
                    if (!standsOut(candidate))
                        continue;
                    double nearest = std::numeric_limits<double>::max();
                    for (const QColor &t : std::as_const(taken))
                        nearest = std::min(nearest, colourDifference(candidate, t));
                    if (nearest > farthest) {
                        farthest = nearest;
                        c = candidate;
                    }
                }
            }
        }
        taken.append(c);
    }
    // The mark: the theme's current line where a reader sees it (many themes
    // make it a shade off the page), else the page's colour turned towards a
    // hue (the selection's, else KDE's blue, amber, green, pink) at as nearly
    // the page's lightness as will stand out: a change of colour keeps the
    // text's contrast, which a much lighter or darker patch would lose.
    const double textContrast = std::min(4.5, contrastRatio(p.foreground, p.background));
    const auto marks = [&p, textContrast](const QColor &c) {
        return c.isValid() && areaDifference(c, p.background) >= MarkVisible
            && contrastRatio(p.foreground, c) >= textContrast;
    };
    if (marks(p.currentLine)) {
        p.mark = p.currentLine;
    } else {
        QList<int> hues;
        if (p.selection.isValid() && p.selection.hslSaturation() > 40)
            hues << p.selection.hslHue();
        hues << 200 << 45 << 120 << 330;
        const int pageLightness = p.background.lightness();
        bool found = false;
        for (int step = 0; step <= 32 && !found; ++step) {
            for (const int sign : {1, -1}) {
                const int lightness = pageLightness + sign * step * 8;
                if (found || lightness < 0 || lightness > 255 || (step == 0 && sign < 0))
                    continue;
                for (const int saturation : {255, 170}) {
                    for (const int hue : std::as_const(hues)) {
                        const QColor candidate = QColor::fromHsl(hue, saturation, lightness);
                        if (!found && marks(candidate)) {
                            p.mark = candidate;
                            found = true;
                        }
                    }
                }
            }
        }
        if (!found) // a page and text too close for any: at least a shade of the text
            p.mark = mix(p.background, p.foreground, 0.25);
    }
    return p;
}

EntityPalette EntityPalette::defaultFor(bool dark)
{
    return fromTheme(repository().defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                                    : KSyntaxHighlighting::Repository::LightTheme));
}

EntityPalette EntityPalette::fromThemeName(const QString &name)
{
    if (name.isEmpty())
        return defaultFor(false);
    const auto themes = repository().themes();
    const auto it = std::find_if(themes.cbegin(), themes.cend(), [&](const KSyntaxHighlighting::Theme &t) {
        return t.name().compare(name, Qt::CaseInsensitive) == 0;
    });
    return it == themes.cend() ? EntityPalette() : fromTheme(*it);
}

EntityPalette EntityPalette::defaultLight()
{
    static const EntityPalette palette = fromThemeName(QString());
    return palette;
}

QStringList EntityPalette::themeNames()
{
    QStringList names;
    const auto themes = repository().themes();
    for (const KSyntaxHighlighting::Theme &t : themes)
        names << t.name();
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace Annalist
