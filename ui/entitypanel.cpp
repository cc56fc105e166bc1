// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "entitypanel.h"

#include "entitymodel.h"

#include <QHeaderView>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

namespace Annalist {

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeView(this))
{
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setAccessibleName(tr("Entities"));
    m_tree->setAccessibleDescription(
        tr("People, organisations, places, documents, events and dates by type; Enter shows the next mention"));
    m_tree->setAnimated(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    connect(m_tree, &QTreeView::activated, this, &EntityPanel::stepOccurrence);
    // Click and Enter both step; a style that activates on a single click
    // already sends activated(), which must not step twice.
    connect(m_tree, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        if (!m_tree->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_tree))
            stepOccurrence(index);
    });
}

void EntityPanel::setModel(EntityModel *model)
{
    m_model = model;
    m_tree->setModel(model);
    m_lastIndex = QPersistentModelIndex();
    m_lastOccurrence = -1;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &EntityPanel::expandTypes);
        expandTypes();
    }
}

void EntityPanel::expandTypes()
{
    // Only the types: their entities are leaves, and expandAll() would walk them all.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
}

void EntityPanel::stepOccurrence(const QModelIndex &index)
{
    if (!m_model || !index.isValid() || index.data(EntityModel::IsTypeRole).toBool())
        return;
    const QList<TextRange> all = m_model->occurrences(index);
    if (all.isEmpty())
        return;
    m_lastOccurrence = (index == m_lastIndex) ? (m_lastOccurrence + 1) % int(all.size()) : 0;
    m_lastIndex = index;
    Q_EMIT occurrenceRequested(all[m_lastOccurrence], m_lastOccurrence + 1, int(all.size()));
}

} // namespace Annalist
