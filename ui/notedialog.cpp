// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Annalist {

NoteDialog::NoteDialog(const QString &prompt, const QString &note, QWidget *parent)
    : QDialog(parent)
    , m_editor(new QPlainTextEdit(note, this))
{
    setWindowTitle(tr("Note"));
    m_editor->setObjectName(QStringLiteral("note"));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_editor->setTabChangesFocus(true);
    auto *label = new QLabel(prompt, this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setBuddy(m_editor);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);
    // Room for a few lines of about sixty characters.
    const QFontMetrics metrics(m_editor->font());
    resize(std::max(sizeHint().width(), metrics.averageCharWidth() * 64), metrics.lineSpacing() * 14);
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setFocus();
}

QString NoteDialog::note() const
{
    return m_editor->toPlainText().trimmed();
}

bool NoteDialog::ask(QWidget *parent, const QString &prompt, QString *note)
{
    NoteDialog dialog(prompt, *note, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *note = dialog.note();
    return true;
}

} // namespace Annalist
