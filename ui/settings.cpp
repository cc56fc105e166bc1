// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <algorithm>

namespace Annalist {

namespace Keys {
constexpr auto WindowGeometry = "window/geometry";
constexpr auto WindowState = "window/state";
constexpr auto RecentFiles = "files/recent";
constexpr auto Theme = "view/theme";
constexpr auto ThemeWholeWindow = "view/themeWholeWindow";
constexpr auto FontPointSize = "view/fontPointSize";
constexpr auto FontFamily = "view/fontFamily";
constexpr auto Language = "interface/language";
// Until 2026-12: written as [%General] language=…, read back as "General/language".
constexpr auto OldLanguage = "general/language";
constexpr auto OldLanguageAsRead = "General/language";
constexpr auto AutosaveDelay = "annotations/autosaveDelaySeconds";
constexpr auto SidecarLocation = "annotations/sidecarLocation";
constexpr auto ExportFormat = "export/format";
constexpr auto ExportFolder = "export/folder";
} // namespace Keys

namespace {
QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

Settings::Settings()
{
    migrateOldKeys();
}

Settings::Settings(const QString &iniFile)
    : m_settings(iniFile, QSettings::IniFormat)
{
    migrateOldKeys();
}

void Settings::migrateOldKeys()
{
    // Both spellings: the one this process may still hold in memory and the
    // one a file written by an earlier version reads back as. The new key, if
    // already set, wins; the old ones go, so that no [%General] section stays.
    for (const char *old : {Keys::OldLanguageAsRead, Keys::OldLanguage}) {
        if (!m_settings.contains(key(old)))
            continue;
        if (!m_settings.contains(key(Keys::Language)))
            m_settings.setValue(key(Keys::Language), m_settings.value(key(old)));
        m_settings.remove(key(old));
    }
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(key(Keys::WindowGeometry)).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(key(Keys::WindowGeometry), geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key(Keys::WindowState)).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(key(Keys::WindowState), state);
}

QStringList Settings::recentFiles() const
{
    return m_settings.value(key(Keys::RecentFiles)).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > maxRecentFiles)
        files.removeLast();
    m_settings.setValue(key(Keys::RecentFiles), files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    m_settings.setValue(key(Keys::RecentFiles), files);
}

QString Settings::themeName() const
{
    return m_settings.value(key(Keys::Theme)).toString();
}

void Settings::setThemeName(const QString &name)
{
    m_settings.setValue(key(Keys::Theme), name);
}

bool Settings::themeWholeWindow() const
{
    return m_settings.value(key(Keys::ThemeWholeWindow), true).toBool();
}

void Settings::setThemeWholeWindow(bool on)
{
    m_settings.setValue(key(Keys::ThemeWholeWindow), on);
}

int Settings::fontPointSize() const
{
    return m_settings.value(key(Keys::FontPointSize), 0).toInt();
}

void Settings::setFontPointSize(int size)
{
    m_settings.setValue(key(Keys::FontPointSize), size);
}

QString Settings::fontFamily() const
{
    return m_settings.value(key(Keys::FontFamily)).toString();
}

void Settings::setFontFamily(const QString &family)
{
    m_settings.setValue(key(Keys::FontFamily), family);
}

QString Settings::language() const
{
    return m_settings.value(key(Keys::Language)).toString();
}

void Settings::setLanguage(const QString &localeName)
{
    m_settings.setValue(key(Keys::Language), localeName);
}

int Settings::autosaveDelaySeconds() const
{
    bool ok = false;
    const int seconds = m_settings.value(key(Keys::AutosaveDelay)).toInt(&ok);
    // A hand-edited or damaged value falls back rather than autosaving never or constantly.
    if (!ok || seconds < minAutosaveDelaySeconds || seconds > maxAutosaveDelaySeconds)
        return defaultAutosaveDelaySeconds;
    return seconds;
}

void Settings::setAutosaveDelaySeconds(int seconds)
{
    m_settings.setValue(key(Keys::AutosaveDelay),
                        std::clamp(seconds, minAutosaveDelaySeconds, maxAutosaveDelaySeconds));
}

QString Settings::exportFormat() const
{
    return m_settings.value(key(Keys::ExportFormat)).toString();
}

void Settings::setExportFormat(const QString &name)
{
    m_settings.setValue(key(Keys::ExportFormat), name);
}

QString Settings::exportFolder() const
{
    return m_settings.value(key(Keys::ExportFolder)).toString();
}

void Settings::setExportFolder(const QString &folder)
{
    m_settings.setValue(key(Keys::ExportFolder), folder);
}

// Stored as words rather than enum numbers, so that the file reads well and
// reordering the enum changes nothing.
Settings::SidecarLocation Settings::sidecarLocation() const
{
    return m_settings.value(key(Keys::SidecarLocation)).toString() == u"data" ? SidecarLocation::DataFolder
                                                                              : SidecarLocation::BesideArticle;
}

void Settings::setSidecarLocation(SidecarLocation location)
{
    m_settings.setValue(key(Keys::SidecarLocation), location == SidecarLocation::DataFolder
                                                        ? QStringLiteral("data")
                                                        : QStringLiteral("beside"));
}

QString dialogStartFolder(const QStringList &preferred)
{
    QStringList candidates = preferred;
    candidates << QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (const QString &folder : std::as_const(candidates)) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir())
            return QFileInfo(folder).absoluteFilePath();
    }
    return QDir::homePath();
}

} // namespace Annalist
