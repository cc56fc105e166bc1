// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "orphansdialog.h"

#include "annotations/annotateddocument.h"
#include "articleview.h"
#include "documenttab.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Annalist {

OrphansDialog::OrphansDialog(DocumentTab *tab, QWidget *parent)
    : QDialog(parent)
    , m_tab(tab)
    , m_document(tab->document())
    , m_view(tab->view())
    , m_intro(new QLabel(this))
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("orphansDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setModal(false);
    const Article &article = tab->article();
    //: %1 the article's title or file name
    setWindowTitle(tr("Unplaced Annotations — %1")
                       .arg(article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title));
    m_intro->setWordWrap(true);
    m_list->setAccessibleName(tr("Annotations that could not be placed"));
    m_place = new QPushButton(tr("&Place on Selection"), this);
    m_place->setToolTip(tr("Select the words in the article first"));
    m_discard = new QPushButton(tr("&Discard"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_place, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    fill();

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrphansDialog::updateButtons);
    if (m_view)
        connect(m_view, &QPlainTextEdit::selectionChanged, this, &OrphansDialog::updateButtons);
    if (m_document)
        connect(m_document, &AnnotatedDocument::orphansChanged, this, &OrphansDialog::fill);
    // Closing the article closes its list.
    connect(tab, &QObject::destroyed, this, &QDialog::close);
    connect(m_place, &QPushButton::clicked, this, [this] {
        if (m_document && m_view && m_list->currentItem())
            m_document->placeOrphan(m_list->currentItem()->data(Qt::UserRole).toString(), m_view->selectedRange());
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_document && m_list->currentItem())
            m_document->discardOrphan(m_list->currentItem()->data(Qt::UserRole).toString());
    });
    resize(560, 360);
}

void OrphansDialog::fill()
{
    const int row = m_list->currentRow();
    m_list->clear();
    if (!m_document)
        return;
    for (const Orphan &o : m_document->orphans()) {
        auto *item = new QListWidgetItem(tr("“%1”: %2").arg(o.anchor.exact, o.reason), m_list);
        item->setData(Qt::UserRole, o.id());
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::clamp(row, 0, m_list->count() - 1));
    m_intro->setText(m_document->orphans().isEmpty()
                         ? tr("Every saved annotation found its place in the text.")
                         : tr("These saved annotations could not be shown where they were; each says why. "
                              "Select words in the article and place one on them, or discard it."));
    updateButtons();
}

void OrphansDialog::updateButtons()
{
    const bool chosen = m_document && m_list->currentItem();
    m_place->setEnabled(chosen && m_view && !m_view->selectedRange().isEmpty());
    m_discard->setEnabled(chosen);
}

} // namespace Annalist
