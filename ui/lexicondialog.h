// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "annotations/lexicon.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace Annalist {

/// Settings → Lexicon…: the user's own names and their types, applied to
/// every article. A table of text and type with a filter; a form below adds
/// an entry or changes the selected one. OK saves atomically (the core's
/// Lexicon::save()); a failure is shown and the dialog stays open. Cancel
/// writes nothing.
///
/// A lexicon file that could not be read is reported at the top and the
/// dialog is read-only: it never overwrites the file.
class LexiconDialog : public QDialog
{
    Q_OBJECT
public:
    /// Edits the lexicon at Lexicon::defaultPath().
    explicit LexiconDialog(QWidget *parent = nullptr);
    /// Edits the lexicon at path.
    LexiconDialog(const QString &path, QWidget *parent);
    ~LexiconDialog() override;

    /// The types offered, in order (the built-in and the user's types). By
    /// default those of the entity types file (EntityTypeSet::defaultPath()).
    void setTypes(const QStringList &types);
    QStringList types() const { return m_types; }

    const Lexicon &lexicon() const { return m_lexicon; }
    QString path() const { return m_path; }
    /// True when the file could not be read and is therefore not written.
    bool isReadOnly() const { return m_readOnly; }
    bool isModified() const { return m_modified; }
    /// The message shown (load or save failure, or a refused edit), "" when none.
    QString message() const;

    /// Adds the entry (or gives an entry with this text the new type), as the
    /// Add button does with the form's fields. False, with a message, when refused.
    bool addEntry(const QString &text, const QString &type);
    /// Replaces the entry whose text is oldText, as the Change button does.
    bool changeEntry(const QString &oldText, const QString &text, const QString &type);
    bool removeEntry(const QString &text);
    /// Hides the rows whose text and type do not contain filter (ignoring case).
    void setFilter(const QString &filter);
    /// The texts of the rows shown, in order.
    QStringList visibleTexts() const;

    /// Writes the lexicon. Returns false, and shows why, on failure.
    bool save();

    void done(int result) override;

Q_SIGNALS:
    /// The lexicon file was written; open articles should apply it again.
    void saved();

private:
    void rebuild(const QString &select = QString());
    void applyFilter();
    QString selectedText() const;
    void selectionChanged();
    void updateButtons();
    void showMessage(const QString &text);
    void setTypeChoice(const QString &type);

    QString m_path;
    Lexicon m_lexicon;
    QStringList m_types;
    bool m_readOnly = false;
    bool m_modified = false;

    QLabel *m_loadMessage = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_text = nullptr;
    QComboBox *m_type = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Annalist
