// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lexicondialog.h"

#include "recognize/entity.h"
#include "theme/entitytypeset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Annalist {

namespace {
enum Column { TextColumn, TypeColumn, ColumnCount };
}

LexiconDialog::LexiconDialog(QWidget *parent)
    : LexiconDialog(QString(), parent)
{
}

LexiconDialog::LexiconDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path.isEmpty() ? Lexicon::defaultPath() : path)
{
    setWindowTitle(tr("Lexicon"));

    auto *intro = new QLabel(tr("Names in your lexicon are tagged with their type in every article "
                                "(exact case, whole words)."),
                             this);
    intro->setWordWrap(true);

    m_loadMessage = new QLabel(this);
    m_loadMessage->setObjectName(QStringLiteral("loadMessage"));
    m_loadMessage->setWordWrap(true);
    m_loadMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadMessage->hide();

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setAccessibleName(tr("Filter the lexicon"));
    m_filter->setPlaceholderText(tr("Text or type"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, this, &LexiconDialog::applyFilter);
    auto *filterLabel = new QLabel(tr("F&ilter:"), this);
    filterLabel->setBuddy(m_filter);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("entries"));
    m_table->setAccessibleName(tr("Lexicon entries"));
    m_table->setHorizontalHeaderLabels({tr("Text"), tr("Type")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &LexiconDialog::selectionChanged);

    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setAccessibleName(tr("Text of the entry"));
    connect(m_text, &QLineEdit::textChanged, this, &LexiconDialog::updateButtons);
    auto *textLabel = new QLabel(tr("&Text:"), this);
    textLabel->setBuddy(m_text);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setAccessibleName(tr("Type of the entry"));
    connect(m_type, &QComboBox::currentIndexChanged, this, &LexiconDialog::updateButtons);
    auto *typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);

    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setAccessibleName(tr("Add the entry"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (addEntry(m_text->text(), m_type->currentData().toString()))
            m_text->clear();
    });
    m_change = new QPushButton(tr("C&hange"), this);
    m_change->setObjectName(QStringLiteral("change"));
    m_change->setAccessibleName(tr("Change the selected entry"));
    m_change->setAutoDefault(false);
    connect(m_change, &QPushButton::clicked, this,
            [this] { changeEntry(selectedText(), m_text->text(), m_type->currentData().toString()); });
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_remove->setAccessibleName(tr("Remove the selected entry"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEntry(selectedText()); });
    // Return in the text field adds the entry rather than closing the dialog.
    connect(m_text, &QLineEdit::returnPressed, m_add, &QPushButton::click);

    auto *form = new QHBoxLayout;
    form->addWidget(textLabel);
    form->addWidget(m_text, 2);
    form->addWidget(typeLabel);
    form->addWidget(m_type, 1);
    auto *buttonsRow = new QHBoxLayout;
    buttonsRow->addStretch();
    buttonsRow->addWidget(m_add);
    buttonsRow->addWidget(m_change);
    buttonsRow->addWidget(m_remove);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_loadMessage);
    layout->addLayout(filterRow);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addLayout(buttonsRow);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(560, 480);

    EntityTypeSet typeSet;
    typeSet.load(EntityTypeSet::defaultPath());
    QStringList names;
    for (const EntityTypeInfo &t : typeSet.types())
        names << t.name;

    const Lexicon::LoadResult result = m_lexicon.load(m_path);
    // Unreadable, damaged or newer: the core refuses to write the file, and
    // the dialog does not pretend edits could be kept.
    m_readOnly = !result.ok() || result.status == Lexicon::LoadResult::Status::NewerVersion;
    if (m_readOnly)
        m_loadMessage->setText(QString(result.message + u' '
                                       + tr("Nothing can be changed here until the file is repaired or removed.")));
    m_loadMessage->setVisible(m_readOnly);
    if (m_readOnly) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
        m_text->setEnabled(false);
        m_type->setEnabled(false);
    }
    setTypes(names);
}

LexiconDialog::~LexiconDialog() = default;

void LexiconDialog::setTypes(const QStringList &types)
{
    m_types = types;
    // Types in the lexicon that are no longer offered (a removed user type)
    // stay choosable, so that changing an entry's text does not change its type.
    for (const LexiconEntry &e : m_lexicon.entries()) {
        if (!m_types.contains(e.type))
            m_types << e.type;
    }
    const QString current = m_type->currentData().toString();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    for (const QString &t : std::as_const(m_types))
        m_type->addItem(EntityTypes::displayName(t), t);
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
    rebuild(selectedText());
}

QString LexiconDialog::message() const
{
    return m_message->text().isEmpty() ? m_loadMessage->text() : m_message->text();
}

void LexiconDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool LexiconDialog::addEntry(const QString &textIn, const QString &type)
{
    const QString text = textIn.trimmed();
    if (m_readOnly)
        return false;
    if (text.isEmpty() || type.isEmpty()) {
        showMessage(tr("An entry needs a text and a type."));
        return false;
    }
    const qsizetype existing = m_lexicon.indexOf(text);
    if (existing >= 0 && m_lexicon.entries()[existing].type == type) {
        showMessage(tr("“%1” is already in the lexicon as %2.").arg(text, EntityTypes::displayName(type)));
        return false;
    }
    m_lexicon.add({text, type});
    m_modified = true;
    showMessage(existing >= 0
            ? tr("“%1” was already in the lexicon; it is now %2.").arg(text, EntityTypes::displayName(type))
            : QString());
    rebuild(text);
    return true;
}

bool LexiconDialog::changeEntry(const QString &oldText, const QString &textIn, const QString &type)
{
    const QString text = textIn.trimmed();
    const qsizetype index = m_lexicon.indexOf(oldText);
    if (m_readOnly || index < 0)
        return false;
    if (text.isEmpty() || type.isEmpty()) {
        showMessage(tr("An entry needs a text and a type."));
        return false;
    }
    if (!m_lexicon.setEntry(index, {text, type})) {
        showMessage(tr("“%1” is already in the lexicon; remove one of the two first.").arg(text));
        return false;
    }
    m_modified = true;
    showMessage(QString());
    rebuild(text);
    return true;
}

bool LexiconDialog::removeEntry(const QString &text)
{
    if (m_readOnly || !m_lexicon.remove(text))
        return false;
    m_modified = true;
    showMessage(QString());
    rebuild();
    return true;
}

void LexiconDialog::setFilter(const QString &filter)
{
    m_filter->setText(filter);
}

QStringList LexiconDialog::visibleTexts() const
{
    QStringList texts;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!m_table->isRowHidden(row))
            texts << m_table->item(row, TextColumn)->text();
    }
    return texts;
}

bool LexiconDialog::save()
{
    QString error;
    if (m_readOnly || !m_lexicon.save(m_path, &error)) {
        showMessage(m_readOnly ? m_loadMessage->text() : error);
        return false;
    }
    m_modified = false;
    showMessage(QString());
    Q_EMIT saved();
    return true;
}

void LexiconDialog::done(int result)
{
    // OK with nothing changed writes nothing (and creates no empty file);
    // a failed save keeps the dialog and the edits.
    if (result == QDialog::Accepted && m_modified && !save())
        return;
    QDialog::done(result);
}

void LexiconDialog::rebuild(const QString &select)
{
    // Sorted as a person looks things up; the lexicon's own order carries no meaning.
    QList<LexiconEntry> entries = m_lexicon.entries();
    std::sort(entries.begin(), entries.end(), [](const LexiconEntry &a, const LexiconEntry &b) {
        return QString::localeAwareCompare(a.text, b.text) < 0;
    });
    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(entries.size()));
    int selectRow = -1;
    for (int row = 0; row < entries.size(); ++row) {
        m_table->setItem(row, TextColumn, new QTableWidgetItem(entries[row].text));
        auto *type = new QTableWidgetItem(EntityTypes::displayName(entries[row].type));
        type->setData(Qt::UserRole, entries[row].type);
        m_table->setItem(row, TypeColumn, type);
        if (entries[row].text == select)
            selectRow = row;
    }
    applyFilter();
    if (selectRow >= 0 && !m_table->isRowHidden(selectRow)) {
        m_table->selectRow(selectRow);
        m_table->scrollToItem(m_table->item(selectRow, TextColumn));
    } else {
        m_table->clearSelection();
    }
    selectionChanged();
}

void LexiconDialog::applyFilter()
{
    const QString filter = m_filter->text().trimmed();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool shown = filter.isEmpty()
            || m_table->item(row, TextColumn)->text().contains(filter, Qt::CaseInsensitive)
            || m_table->item(row, TypeColumn)->text().contains(filter, Qt::CaseInsensitive)
            || m_table->item(row, TypeColumn)
                   ->data(Qt::UserRole)
                   .toString()
                   .contains(filter, Qt::CaseInsensitive);
        m_table->setRowHidden(row, !shown);
    }
}

QString LexiconDialog::selectedText() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (item->column() == TextColumn && !m_table->isRowHidden(item->row()))
            return item->text();
    }
    return {};
}

void LexiconDialog::selectionChanged()
{
    const qsizetype index = m_lexicon.indexOf(selectedText());
    if (index >= 0) {
        const LexiconEntry &e = m_lexicon.entries()[index];
        m_text->setText(e.text);
        setTypeChoice(e.type);
    }
    updateButtons();
}

void LexiconDialog::setTypeChoice(const QString &type)
{
    const int i = m_type->findData(type);
    if (i >= 0)
        m_type->setCurrentIndex(i);
}

void LexiconDialog::updateButtons()
{
    const bool hasText = !m_text->text().trimmed().isEmpty() && m_type->currentIndex() >= 0;
    const bool selected = !selectedText().isEmpty();
    m_add->setEnabled(!m_readOnly && hasText);
    m_change->setEnabled(!m_readOnly && hasText && selected);
    m_remove->setEnabled(!m_readOnly && selected);
}

} // namespace Annalist
