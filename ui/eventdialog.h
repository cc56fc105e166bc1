// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace Annalist {

/// Asks for a timeline event's TIMEX3 date, an optional end and a label
/// (Add Timeline Event, Edit Timeline Event). OK is enabled only for dates
/// the timeline can place and a label that is not empty. Wide enough for its
/// title and for every placeholder to be read whole.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(const QString &title, const QString &date, const QString &until, const QString &label,
        QWidget *parent = nullptr);

    QString date() const;
    QString until() const;
    QString label() const;
    bool isAcceptable() const;

    /// Runs the dialog; on OK, sets the three values and returns true.
    static bool ask(QWidget *parent, const QString &title, QString *date, QString *until, QString *label);

private:
    void validate();

    QLineEdit *m_date = nullptr;
    QLineEdit *m_until = nullptr;
    QLineEdit *m_label = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Annalist
