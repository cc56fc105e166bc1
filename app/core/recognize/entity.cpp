// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/entity.h"

#include <QCoreApplication>

#include <algorithm>

namespace Annalist {

const EntityTypes::Shared &EntityTypes::shared()
{
    static const Shared names;
    return names;
}

QString EntityTypes::displayName(const QString &type)
{
    // Type names stand alone (legend, menus, tooltips, undo texts): translate
    // them as nouns in the nominative, capitalised where the language does.
    if (type == Person)
        //: Entity type: a named person
        return QCoreApplication::translate("EntityTypes", "Person");
    if (type == Organization)
        //: Entity type: a named organisation (company, ministry, party)
        return QCoreApplication::translate("EntityTypes", "Organization");
    if (type == Location)
        //: Entity type: a named place (country, city, region)
        return QCoreApplication::translate("EntityTypes", "Place");
    if (type == Date)
        //: Entity type: a date or time expression in the text
        return QCoreApplication::translate("EntityTypes", "Date");
    if (type == Document)
        //: Entity type: a named document (treaty, act, report, declaration)
        return QCoreApplication::translate("EntityTypes", "Document");
    if (type == Event)
        //: Entity type: a named event (summit, war, election)
        return QCoreApplication::translate("EntityTypes", "Event");
    QString name = type.toLower();
    name.replace(u'_', u' ');
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Auto:
        return QStringLiteral("auto");
    case Origin::User:
        return QStringLiteral("user");
    case Origin::Lexicon:
        return QStringLiteral("lexicon");
    }
    return QStringLiteral("auto");
}

Origin originFromName(QStringView name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == u"user")
        return Origin::User;
    if (name == u"lexicon")
        return Origin::Lexicon;
    if (ok)
        *ok = name == u"auto";
    return Origin::Auto;
}

} // namespace Annalist
