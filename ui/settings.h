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
///
/// No key lies in a group called "general" (in any case): QSettings' INI
/// format keeps that name for keys outside any group, writes such a group as
/// [%General] and reads it back as "General", so on the next start the value
/// would not be found. Keys once stored there are moved on construction.
class Settings
{
public:
    Settings();
    /// The settings in one INI file rather than the application's own: what
    /// another start of the program would read from that file.
    explicit Settings(const QString &iniFile);

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

    /// Whether a theme whose lightness differs from the desktop's also
    /// colours the menus, docks and dialogs (see WindowPalette). Default: yes.
    bool themeWholeWindow() const;
    void setThemeWholeWindow(bool on);

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

    /// The format (Exporter::name()) and folder of the last export; empty: none yet.
    QString exportFormat() const;
    void setExportFormat(const QString &name);
    QString exportFolder() const;
    void setExportFolder(const QString &folder);

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
    void migrateOldKeys();

    mutable QSettings m_settings;
};

/// Where a file or folder dialog opens: the first of preferred that is a
/// folder (the article in view, the one opened last, …), else the user's
/// documents folder, else the home folder; never the working folder the
/// program happened to be started in.
QString dialogStartFolder(const QStringList &preferred);

} // namespace Annalist
