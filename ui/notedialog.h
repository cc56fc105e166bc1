// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace Annalist {

/// Asks for a note on an entity or an event: a few lines of free text,
/// wrapped at the field's width as one writes prose (the multi-line field of
/// QInputDialog does not wrap, so a sentence ran off to the right).
class NoteDialog : public QDialog
{
    Q_OBJECT
public:
    /// prompt names what the note is on; note is the one there is, if any.
    NoteDialog(const QString &prompt, const QString &note, QWidget *parent = nullptr);

    /// The note as written, without white space at either end.
    QString note() const;
    QPlainTextEdit *editor() const { return m_editor; }

    /// Runs the dialog; on OK, sets note and returns true.
    static bool ask(QWidget *parent, const QString &prompt, QString *note);

private:
    QPlainTextEdit *m_editor = nullptr;
};

} // namespace Annalist
