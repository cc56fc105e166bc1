// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "entitymodel.h"

#include <QHash>

#include <algorithm>

namespace Annalist {

// Internal ids: 0 for a type row; (type row + 1) for a group under that type.

QString entityTypeDisplayName(const QString &type)
{
    return EntityTypes::displayName(type);
}

EntityModel::EntityModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void EntityModel::setGrouping(Grouping grouping)
{
    beginResetModel();
    m_types = std::move(grouping);
    endResetModel();
}

EntityModel::Grouping EntityModel::groupEntities(const Article &article, const EntityList &entities,
                                                 const QStringList &typeOrder)
{
    Grouping types;
    QHash<QString, int> typeRow;
    QList<QHash<QString, int>> groupRow;
    auto rowForType = [&](const QString &type) {
        auto it = typeRow.constFind(type);
        if (it != typeRow.cend())
            return *it;
        types.append({type, {}, 0});
        groupRow.append(QHash<QString, int>());
        typeRow.insert(type, int(types.size() - 1));
        return int(types.size() - 1);
    };
    for (const QString &type : typeOrder)
        rowForType(type);
    for (const Entity &e : entities) {
        const int t = rowForType(e.type);
        const QString text = article.slice(e.range).toString().simplified();
        // Dates group by what they mean, names by the full name they stand for.
        const QString key = e.type == EntityTypes::Date && !e.value.isEmpty()
            ? e.value
            : (e.canonical.isEmpty() ? text : e.canonical).toCaseFolded(); // "ASTANA" is "Astana" shouted
        auto &groups = groupRow[t];
        auto g = groups.constFind(key);
        int gi;
        if (g == groups.cend()) {
            gi = int(types[t].groups.size());
            types[t].groups.append({e.canonical.isEmpty() ? text : e.canonical, {}, {}});
            groups.insert(key, gi);
        } else {
            gi = *g;
        }
        Group &group = types[t].groups[gi];
        // A dateline's capitals are a typographic habit: prefer the ordinary spelling as the name.
        if (e.canonical.isEmpty() && group.name == group.name.toUpper() && text != text.toUpper()) {
            group.aliases.removeAll(text);
            group.aliases.append(group.name);
            group.name = text;
        }
        if (text != group.name && !group.aliases.contains(text))
            group.aliases.append(text);
        group.occurrences.append(e.range);
        ++types[t].count;
    }
    // Types with nothing in them stay out; the most frequent entities first.
    types.removeIf([](const TypeRow &r) { return r.groups.isEmpty(); });
    for (TypeRow &r : types) {
        std::stable_sort(r.groups.begin(), r.groups.end(), [](const Group &a, const Group &b) {
            if (a.occurrences.size() != b.occurrences.size())
                return a.occurrences.size() > b.occurrences.size();
            return a.occurrences.first().start < b.occurrences.first().start;
        });
    }
    return types;
}

QList<TextRange> EntityModel::occurrences(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        QList<TextRange> all;
        for (const Group &g : m_types[index.row()].groups)
            all += g.occurrences;
        std::sort(all.begin(), all.end(), [](TextRange a, TextRange b) { return a.start < b.start; });
        return all;
    }
    return m_types[int(index.internalId()) - 1].groups[index.row()].occurrences;
}

QModelIndex EntityModel::indexForRange(TextRange range) const
{
    for (int t = 0; t < m_types.size(); ++t) {
        for (int g = 0; g < m_types[t].groups.size(); ++g) {
            if (m_types[t].groups[g].occurrences.contains(range))
                return createIndex(g, 0, quintptr(t + 1));
        }
    }
    return {};
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_types.size() ? createIndex(row, 0, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_types.size())
        return {};
    return row < m_types[parent.row()].groups.size() ? createIndex(row, 0, quintptr(parent.row() + 1))
                                                     : QModelIndex();
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_types.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_types[parent.row()].groups.size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const TypeRow &t = m_types[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            // Says what it counts: the legend beside it counts mentions.
            //: A type row of the entity list: the type's name and how many distinct names it has
            return tr("%1 (%n name(s))", nullptr, int(t.groups.size())).arg(entityTypeDisplayName(t.type));
        case Qt::ToolTipRole:
            //: Tooltip of a type row: %1 "5 distinct names", %2 "12 mentions"
            return tr("%1, %2").arg(tr("%n distinct name(s)", nullptr, int(t.groups.size())),
                tr("%n mention(s)", nullptr, t.count));
        case Qt::AccessibleTextRole:
            //: Read out for a type row: %1 the type's name, %2 "5 distinct names", %3 "12 mentions"
            return tr("%1: %2, %3")
                .arg(entityTypeDisplayName(t.type), tr("%n distinct name(s)", nullptr, int(t.groups.size())),
                     tr("%n mention(s)", nullptr, t.count));
        case TypeRole:
            return t.type;
        case NameRole:
            return entityTypeDisplayName(t.type);
        case CountRole:
            return t.count;
        case IsTypeRole:
            return true;
        default:
            return {};
        }
    }
    const TypeRow &t = m_types[int(index.internalId()) - 1];
    const Group &g = t.groups[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        //: An entity row: the name and how often the article mentions it
        return tr("%1 (%2)").arg(g.name).arg(g.occurrences.size());
    case Qt::ToolTipRole: {
        const QString mentions = tr("%n mention(s)", nullptr, int(g.occurrences.size()));
        return g.aliases.isEmpty()
            ? mentions
            : mentions + u'\n' + tr("Also written: %1").arg(g.aliases.join(QStringLiteral(", ")));
    }
    case Qt::AccessibleTextRole:
        //: Read out for an entity row: %1 its name, %2 its type; mentions in the article
        return tr("%1, %2, %n mention(s)", nullptr, int(g.occurrences.size()))
            .arg(g.name, entityTypeDisplayName(t.type));
    case TypeRole:
        return t.type;
    case NameRole:
        return g.name;
    case AliasesRole:
        return g.aliases;
    case CountRole:
        return int(g.occurrences.size());
    case IsTypeRole:
        return false;
    default:
        return {};
    }
}

} // namespace Annalist
