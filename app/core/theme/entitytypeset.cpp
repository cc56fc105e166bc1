// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "theme/entitytypeset.h"

#include "theme/entitypalette.h"
#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

namespace Annalist {

EntityTypeSet::EntityTypeSet()
{
    int key = 1;
    for (const QString &name : EntityPalette::builtinTypes())
        m_types.append({name, QColor(), key <= 9 ? key++ : 0, true});
}

QString EntityTypeSet::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/entitytypes.json");
}

QString EntityTypeSet::normalizedName(const QString &name)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString n = name.trimmed().toUpper();
    n.replace(space, QStringLiteral("_"));
    return n.size() <= 40 ? n : QString();
}

qsizetype EntityTypeSet::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (m_types[i].name == name)
            return i;
    }
    return -1;
}

int EntityTypeSet::firstFreeKey() const
{
    for (int key = 1; key <= 9; ++key) {
        if (typeForKey(key).isEmpty())
            return key;
    }
    return 0;
}

std::optional<EntityTypeInfo> EntityTypeSet::type(const QString &name) const
{
    const qsizetype i = indexOf(name);
    return i >= 0 ? std::optional<EntityTypeInfo>(m_types[i]) : std::nullopt;
}

QString EntityTypeSet::typeForKey(int key) const
{
    if (key < 1 || key > 9)
        return {};
    for (const EntityTypeInfo &t : m_types) {
        if (t.key == key)
            return t.name;
    }
    return {};
}

bool EntityTypeSet::addUserType(const QString &name, const QColor &color, int key)
{
    const QString n = normalizedName(name);
    if (n.isEmpty() || indexOf(n) >= 0 || key < -1 || key > 9)
        return false;
    m_types.append({n, color, 0, false});
    if (key == 0)
        key = firstFreeKey();
    if (key > 0)
        setKey(n, key);
    return true;
}

bool EntityTypeSet::removeUserType(const QString &name)
{
    const qsizetype i = indexOf(name);
    if (i < 0 || m_types[i].builtin)
        return false;
    m_types.removeAt(i);
    return true;
}

bool EntityTypeSet::setColor(const QString &name, const QColor &color)
{
    const qsizetype i = indexOf(name);
    if (i < 0 || m_types[i].color == color)
        return false;
    m_types[i].color = color;
    return true;
}

bool EntityTypeSet::setKey(const QString &name, int key)
{
    const qsizetype i = indexOf(name);
    if (i < 0 || key < 0 || key > 9 || m_types[i].key == key)
        return false;
    if (key > 0) {
        for (EntityTypeInfo &t : m_types) {
            if (t.key == key)
                t.key = 0;
        }
    }
    m_types[i].key = key;
    return true;
}

void EntityTypeSet::applyColors(EntityPalette &palette) const
{
    for (const EntityTypeInfo &t : m_types) {
        if (t.color.isValid())
            palette.setColor(t.name, t.color);
    }
}

EntityTypeSet::LoadResult EntityTypeSet::load(const QString &path)
{
    *this = EntityTypeSet();
    LoadResult result;
    const BoundedRead read = readBoundedFile(path, MaxFileBytes);
    if (read.status == BoundedRead::Status::Missing) {
        result.status = LoadResult::Status::Missing;
        return result;
    }
    const QString name = QDir::toNativeSeparators(path);
    if (read.status == BoundedRead::Status::TooLarge) {
        result.status = LoadResult::Status::TooLarge;
        result.message = QCoreApplication::translate(
                             "EntityTypeSet", "The entity types in %1 are larger than the %2 limit (%3); the "
                                              "defaults are used and the file is left as it is.")
                             .arg(name, sizeForMessage(MaxFileBytes), sizeForMessage(read.size));
        m_brokenPath = path;
        return result;
    }
    QJsonParseError error;
    const QJsonDocument doc = read.ok() ? QJsonDocument::fromJson(read.bytes, &error) : QJsonDocument();
    const QJsonObject root = doc.object();
    if (!doc.isObject() || !root.value(u"annalist:entityTypes").isDouble() || !root.value(u"types").isArray()) {
        result.status = LoadResult::Status::Invalid;
        result.message = QCoreApplication::translate(
                             "EntityTypeSet", "The entity types in %1 cannot be read; the defaults are used and the "
                                              "file is left as it is.")
                             .arg(name);
        m_brokenPath = path;
        return result;
    }
    if (root.value(u"annalist:entityTypes").toDouble() > SchemaVersion) {
        result.status = LoadResult::Status::NewerVersion;
        result.message = QCoreApplication::translate(
                             "EntityTypeSet", "The entity types in %1 were saved by a newer Annalist; they are used "
                                              "but not changed.")
                             .arg(name);
        m_brokenPath = path;
    }
    const QJsonArray types = root.value(u"types").toArray();
    // Keys are applied after all types exist, so that their order does not matter.
    QList<std::pair<QString, int>> keys;
    for (const QJsonValue &v : types) {
        const QJsonObject o = v.toObject();
        const QString n = normalizedName(o.value(u"name").toString());
        if (n.isEmpty())
            continue;
        if (indexOf(n) < 0)
            m_types.append({n, QColor(), 0, false});
        const QColor color = QColor::fromString(o.value(u"color").toString());
        if (color.isValid())
            m_types[indexOf(n)].color = color;
        if (o.value(u"key").isDouble())
            keys.append({n, o.value(u"key").toInt(-1)});
    }
    for (const auto &[n, key] : std::as_const(keys))
        setKey(n, key);
    return result;
}

bool EntityTypeSet::save(const QString &path, QString *error) const
{
    const QString name = QDir::toNativeSeparators(path);
    if (!m_brokenPath.isEmpty() && QFileInfo(m_brokenPath) == QFileInfo(path)) {
        if (error)
            *error = QCoreApplication::translate("EntityTypeSet",
                                                 "The entity types in %1 could not be read before, so they are not "
                                                 "overwritten.")
                         .arg(name);
        return false;
    }
    const EntityTypeSet defaults;
    QJsonArray types;
    for (const EntityTypeInfo &t : m_types) {
        const std::optional<EntityTypeInfo> d = defaults.type(t.name);
        if (d && *d == t)
            continue;
        QJsonObject o{{QStringLiteral("name"), t.name}, {QStringLiteral("key"), t.key}};
        if (t.color.isValid())
            o.insert(QStringLiteral("color"), t.color.name(QColor::HexRgb));
        types.append(o);
    }
    const QJsonObject root{{QStringLiteral("annalist:entityTypes"), SchemaVersion}, {QStringLiteral("types"), types}};
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("EntityTypeSet", "The entity types cannot be saved to %1: %2")
                         .arg(name, file.errorString());
        return false;
    }
    return true;
}

} // namespace Annalist
