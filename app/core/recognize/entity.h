// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"

#include <QList>
#include <QString>

namespace Annalist {

/// Entity type names as they appear in files and exports. User-defined
/// types are further upper-case names; these are the built-in ones.
namespace EntityTypes {
inline constexpr QLatin1StringView Person{"PERSON"};
inline constexpr QLatin1StringView Organization{"ORGANIZATION"};
inline constexpr QLatin1StringView Location{"LOCATION"};
inline constexpr QLatin1StringView Date{"DATE"};
inline constexpr QLatin1StringView Document{"DOCUMENT"};
inline constexpr QLatin1StringView Event{"EVENT"};

/// The built-in names as shared strings: an entity given its type from
/// these shares the text instead of allocating a copy (the analysis gives
/// thousands of entities their type).
struct Shared {
    const QString person = Person;
    const QString organization = Organization;
    const QString location = Location;
    const QString date = Date;
    const QString document = Document;
    const QString event = Event;
};
const Shared &shared();

/// The name a person reads for a type, in the interface's language:
/// "Person", "Organization", "Place", …; a user type in sentence case with
/// spaces ("HEAD_OF_STATE": "Head of state"). Every view, menu, message and
/// undo text names types this way; files and exports keep the stored name.
QString displayName(const QString &type);
} // namespace EntityTypes

/// Where an annotation came from. A user decision always wins over an automatic one.
enum class Origin { Auto, User, Lexicon };

QString originName(Origin origin); ///< "auto", "user", "lexicon"
Origin originFromName(QStringView name, bool *ok = nullptr);

/// One entity mention in an article's text.
struct Entity {
    TextRange range; ///< UTF-16 offsets into Article::text
    QString type; ///< one of EntityTypes or a user-defined type
    Origin origin = Origin::Auto;
    /// A user record over an automatic entity of the same type: it holds a
    /// note (or agrees); why then keeps the automatic reason.
    bool alsoFound = false;
    QString why; ///< short human reason for the tooltip: "gazetteer: country", "cue: Ministry", "alias of …"
    QString value; ///< TIMEX3 value, DATE only ("1999-09-14", "XXXX-04-07", "P7Y")
    QString timexType; ///< DATE, TIME, DURATION or SET; DATE entities only
    QString canonical; ///< the name this mention stands for: "Ilse Varnholt" for "Varnholt"; empty when it is itself
    QString note; ///< the user's note

    friend bool operator==(const Entity &, const Entity &) = default;
};

using EntityList = QList<Entity>;

} // namespace Annalist

// Moved in memory as bytes (its members are Qt's implicitly shared types):
// a growing list of a long article's entities is then resized in place by
// realloc() instead of being moved one entity at a time into new pages.
Q_DECLARE_TYPEINFO(Annalist::Entity, Q_RELOCATABLE_TYPE);
