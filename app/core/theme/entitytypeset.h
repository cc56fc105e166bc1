// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include <optional>

namespace Annalist {

struct EntityPalette;

/// One entity type as the user sees it: its name, its colour and the key
/// (1–9) that tags a selection with it.
struct EntityTypeInfo {
    QString name; ///< upper case, as in files and exports ("PERSON", "MINISTER")
    QColor color; ///< invalid: the colour the theme gives it (EntityPalette)
    int key = 0; ///< 1–9, or 0 for none
    bool builtin = false;

    friend bool operator==(const EntityTypeInfo &, const EntityTypeInfo &) = default;
};

/// The entity types offered for tagging: the built-in ones (keys 1, 2, … in
/// legend order) and the user's own, each with an optional colour and key.
/// Keys are unique: giving a key to a type takes it from the type that had it.
///
/// Stored per user as JSON ({"annalist:entityTypes": 1, "types": […]}, only
/// what differs from the defaults) under QStandardPaths::AppDataLocation. A
/// file that failed to load is not overwritten until discardBrokenFile().
class EntityTypeSet
{
public:
    static constexpr int SchemaVersion = 1;
    /// Files larger than this are not read (a few hundred types take a few
    /// kilobytes); load() refuses them with a message.
    static constexpr qint64 MaxFileBytes = 1024 * 1024;

    struct LoadResult {
        enum class Status { Ok, Missing, Invalid, NewerVersion, TooLarge };
        Status status = Status::Ok;
        QString message; ///< one sentence for a person; empty when Ok or Missing
        bool ok() const { return status == Status::Ok || status == Status::Missing; }
    };

    /// The built-in types with their default keys.
    EntityTypeSet();

    static QString defaultPath();
    /// The name as stored: trimmed, upper case, inner white space as '_';
    /// empty when nothing usable is left or it is longer than 40 characters.
    static QString normalizedName(const QString &name);

    /// Resets to the defaults, then applies the file. Missing is not an error.
    LoadResult load(const QString &path);
    bool save(const QString &path, QString *error = nullptr) const;
    void discardBrokenFile() { m_brokenPath.clear(); }

    const QList<EntityTypeInfo> &types() const { return m_types; }
    std::optional<EntityTypeInfo> type(const QString &name) const;
    /// The type tagged by key (1–9), or empty.
    QString typeForKey(int key) const;

    /// Adds a user type (name normalized). key 0 picks the first free key,
    /// if any; -1 gives none. False when the name is unusable or taken.
    bool addUserType(const QString &name, const QColor &color = {}, int key = 0);
    /// Built-in types cannot be removed.
    bool removeUserType(const QString &name);
    bool setColor(const QString &name, const QColor &color);
    /// key 1–9, or 0 to remove the type's key.
    bool setKey(const QString &name, int key);

    /// Gives the palette the colours the user chose.
    void applyColors(EntityPalette &palette) const;

private:
    qsizetype indexOf(const QString &name) const;
    int firstFreeKey() const;

    QList<EntityTypeInfo> m_types;
    QString m_brokenPath;
};

} // namespace Annalist
