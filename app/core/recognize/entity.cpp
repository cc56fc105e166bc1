// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/entity.h"

namespace Annalist {

const EntityTypes::Shared &EntityTypes::shared()
{
    static const Shared names;
    return names;
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
