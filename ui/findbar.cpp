// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "findbar.h"

#include "articleview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace Annalist {

FindBar::FindBar(ArticleView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_edit(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setAccessibleName(tr("Find in article"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_edit);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search the article"));
    m_edit->setAccessibleName(tr("Text to find"));
    m_status->setAccessibleName(tr("Matches"));
    auto *previous = new QToolButton(this);
    previous->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(this);
    next->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3)"));
    next->setAutoRaise(true);
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(tr("Close the find bar (Esc)"));
    closeButton->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addWidget(closeButton);
    connect(m_edit, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    hide();
}

void FindBar::activate()
{
    // Typing searches from here: each keystroke finds the first match from
    // this place again, not from the match the previous keystroke found.
    m_view->startSearchHere();
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() < 100)
        m_edit->setText(selected);
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

void FindBar::findNext()
{
    if (m_edit->text().isEmpty())
        return activate();
    m_view->findNext();
    updateStatus();
}

void FindBar::findPrevious()
{
    if (m_edit->text().isEmpty())
        return activate();
    m_view->findPrevious();
    updateStatus();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void FindBar::search()
{
    m_view->setSearchText(m_edit->text());
    updateStatus();
}

void FindBar::updateStatus()
{
    const int total = m_view->searchMatchCount();
    if (m_edit->text().isEmpty())
        m_status->clear();
    else if (total == 0)
        m_status->setText(tr("Not found"));
    else
        //: Find bar: the current match and the number of matches
        m_status->setText(tr("%1 of %2").arg(m_view->currentSearchMatch() + 1).arg(total));
}

void FindBar::close()
{
    m_view->setSearchText(QString());
    hide();
    m_view->setFocus();
}

} // namespace Annalist
