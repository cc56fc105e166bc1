// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class QTreeView;

namespace Annalist {

class EntityModel;

/// The entity dock's content: entities grouped by type with their counts.
/// Choosing an entity again and again steps through its occurrences.
class EntityPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EntityPanel(QWidget *parent = nullptr);

    void setModel(EntityModel *model);
    QTreeView *treeView() const { return m_tree; }

    /// Steps to the next occurrence of the entity at index and announces it.
    void stepOccurrence(const QModelIndex &index);

Q_SIGNALS:
    /// The occurrence to show: number (1-based) of total.
    void occurrenceRequested(Annalist::TextRange range, int number, int total);

private:
    void expandTypes();

    EntityModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QPersistentModelIndex m_lastIndex;
    int m_lastOccurrence = -1;
};

} // namespace Annalist
