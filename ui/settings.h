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

private:
    mutable QSettings m_settings;
};

} // namespace Annalist
