// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"

#include <QAbstractItemModel>

namespace Annalist {

/// The entities of one article as a two-level tree: types at the top, and
/// under each type one row per distinct entity (aliases grouped: "CORW" with
/// its long name, "Varnholt" with "Ilse Varnholt"), with its occurrence count.
class EntityModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        TypeRole = Qt::UserRole + 1, ///< QString: the entity type
        NameRole, ///< QString: the group's name (the full name of aliases)
        AliasesRole, ///< QStringList: every other spelling met in the text
        CountRole, ///< int: occurrences (entities of the type, for a type row)
        IsTypeRole, ///< bool
    };
    Q_ENUM(Roles)

    explicit EntityModel(QObject *parent = nullptr);

    struct Group {
        QString name;
        QStringList aliases;
        QList<TextRange> occurrences;
    };
    struct TypeRow {
        QString type;
        QList<Group> groups;
        int count = 0;
    };
    /// The rows the model shows, computed apart so that a worker thread can
    /// group a long article's entities without stalling the window.
    using Grouping = QList<TypeRow>;
    /// Entities sorted by start; types in typeOrder first, types with no entity left out.
    static Grouping groupEntities(const Article &article, const EntityList &entities, const QStringList &typeOrder);

    void setGrouping(Grouping grouping);
    void setEntities(const Article &article, const EntityList &entities, const QStringList &typeOrder)
    {
        setGrouping(groupEntities(article, entities, typeOrder));
    }

    /// The ranges of every occurrence of the entity at index, in text order.
    QList<TextRange> occurrences(const QModelIndex &index) const;
    /// The index of the group holding the entity with this range, or invalid.
    QModelIndex indexForRange(TextRange range) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    Grouping m_types;
};

/// The name people read for a type: "Person", "Organization", "Place", …
QString entityTypeDisplayName(const QString &type);

} // namespace Annalist
