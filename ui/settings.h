// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace Annalist {

/// Every setting the window keeps, each key defined once here. Values live
/// in QSettings under the organisation and application names set at start.
class Settings
{
public:
    Settings() = default;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QStringList recentFiles() const;
    /// Moves path to the front of the list, keeping at most maxRecentFiles entries.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    static constexpr int maxRecentFiles = 10;

    QString themeName() const; ///< empty: follow the palette
    void setThemeName(const QString &name);

    int fontPointSize() const; ///< 0: the default
    void setFontPointSize(int size);

    /// The reading view's font family; empty: the default font.
    QString fontFamily() const;
    void setFontFamily(const QString &family);

    /// The interface language as a locale name ("de", "zh_CN"); empty: the
    /// system's. Read once at start, before the first window.
    QString language() const;
    void setLanguage(const QString &localeName);

    /// Seconds of quiet after an edit before the sidecar is saved
    /// (AnnotationSession::setAutosaveDelay() takes milliseconds).
    int autosaveDelaySeconds() const;
    void setAutosaveDelaySeconds(int seconds);
    static constexpr int defaultAutosaveDelaySeconds = 1;
    static constexpr int minAutosaveDelaySeconds = 1;
    static constexpr int maxAutosaveDelaySeconds = 600;

    /// Where sidecars are written.
    enum class SidecarLocation {
        /// Beside the article; in the per-user data folder only when the
        /// article's folder cannot be written.
        BesideArticle,
        /// Always in the per-user data folder, never beside the article.
        DataFolder,
    };
    SidecarLocation sidecarLocation() const;
    void setSidecarLocation(SidecarLocation location);

private:
    mutable QSettings m_settings;
};

} // namespace Annalist
