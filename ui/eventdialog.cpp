// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "eventdialog.h"

#include "export/exportdate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Annalist {

EventDialog::EventDialog(
    const QString &title, const QString &date, const QString &until, const QString &label, QWidget *parent)
    : QDialog(parent)
    , m_date(new QLineEdit(date, this))
    , m_until(new QLineEdit(until, this))
    , m_label(new QLineEdit(label, this))
{
    setWindowTitle(title);
    m_date->setObjectName(QStringLiteral("date"));
    m_until->setObjectName(QStringLiteral("until"));
    m_label->setObjectName(QStringLiteral("label"));
    m_date->setPlaceholderText(tr("1999, 1999-09 or 1999-09-14"));
    m_until->setPlaceholderText(tr("optional, for a period"));
    m_label->setPlaceholderText(tr("what happened, in a few words"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Until:"), m_until);
    form->addRow(tr("&Label:"), m_label);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_date, m_until, m_label})
        connect(edit, &QLineEdit::textChanged, this, &EventDialog::validate);
    validate();

    // A line edit's size hint is about seventeen characters: the fields would
    // cut their placeholders and the window its title. Room for the longest
    // placeholder with some to spare, and for the title beside the window
    // buttons that a title bar also holds.
    const QFontMetrics metrics(m_date->font());
    int widest = 0;
    for (QLineEdit *edit : {m_date, m_until, m_label})
        widest = std::max(widest, metrics.horizontalAdvance(edit->placeholderText()));
    const int field = std::max(widest + metrics.averageCharWidth() * 6, metrics.averageCharWidth() * 36);
    for (QLineEdit *edit : {m_date, m_until, m_label})
        edit->setMinimumWidth(field);
    // A title bar's font is often bold and larger than the dialog's.
    const int titleRoom
        = QFontMetrics(font()).horizontalAdvance(title) * 5 / 4 + metrics.averageCharWidth() * 30;
    setMinimumWidth(std::max(sizeHint().width(), titleRoom));
    resize(minimumWidth(), sizeHint().height());
}

QString EventDialog::date() const
{
    return m_date->text().trimmed();
}

QString EventDialog::until() const
{
    return m_until->text().trimmed();
}

QString EventDialog::label() const
{
    return m_label->text().trimmed();
}

bool EventDialog::isAcceptable() const
{
    // Only dates the timeline can place are accepted.
    return ExportDate::parse(date()).isValid() && (until().isEmpty() || ExportDate::parse(until()).isValid())
        && !label().isEmpty();
}

void EventDialog::validate()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

bool EventDialog::ask(QWidget *parent, const QString &title, QString *date, QString *until, QString *label)
{
    EventDialog dialog(title, *date, *until, *label, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *date = dialog.date();
    *until = dialog.until();
    *label = dialog.label();
    return true;
}

} // namespace Annalist
