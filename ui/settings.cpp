#include "settings.h"

namespace Annalist {

namespace Keys {
constexpr auto WindowGeometry = "window/geometry";
constexpr auto WindowState = "window/state";
constexpr auto RecentFiles = "files/recent";
constexpr auto Theme = "view/theme";
constexpr auto FontPointSize = "view/fontPointSize";
} // namespace Keys

namespace {
QString key(const char *k)
{
    return QString::fromLatin1(k);
}
} // namespace

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

int Settings::fontPointSize() const
{
    return m_settings.value(key(Keys::FontPointSize), 0).toInt();
}

void Settings::setFontPointSize(int size)
{
    m_settings.setValue(key(Keys::FontPointSize), size);
}

} // namespace Annalist
