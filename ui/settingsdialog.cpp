// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settingsdialog.h"

#include "recognize/entity.h"
#include "theme/entitypalette.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Annalist {

namespace {

enum TypeColumn { NameColumn, ColorColumn, KeyColumn, KindColumn, TypeColumnCount };

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(color);
    painter.drawRect(QRectF(0.5, 0.5, 15, 15));
    return QIcon(pixmap);
}

/// The languages with a catalogue, as locale names, named in their own language
/// so that a person who cannot read the current one still finds theirs.
const QList<std::pair<QString, QString>> &languages()
{
    static const QList<std::pair<QString, QString>> list{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("ru"), QStringLiteral("Русский")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
    };
    return list;
}

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : SettingsDialog(QString(), parent)
{
}

SettingsDialog::SettingsDialog(const QString &entityTypesPath, QWidget *parent)
    : QDialog(parent)
    , m_typesPath(entityTypesPath.isEmpty() ? EntityTypeSet::defaultPath() : entityTypesPath)
{
    setWindowTitle(tr("Configure Annalist"));
    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Settings pages"));
    m_tabs->addTab(createAppearancePage(), tr("&Appearance"));
    m_tabs->addTab(createTypesPage(), tr("Entity &types"));
    m_tabs->addTab(createGeneralPage(), tr("&General"));

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply
                                         | QDialogButtonBox::RestoreDefaults,
                                     this);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Sets every choice to its default; nothing is stored until OK or Apply. "
                        "Your own entity types are kept, without their colours and keys."));
    connect(m_buttons, &QDialogButtonBox::clicked, this, &SettingsDialog::buttonClicked);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(600, 480);

    load();
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::createAppearancePage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);

    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Colour theme"));
    m_theme->addItem(tr("Automatic (follow the system)"), QString());
    m_theme->insertSeparator(1);
    for (const QString &name : EntityPalette::themeNames())
        m_theme->addItem(name, name);
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        rebuildTypes(selectedType());
        markModified();
    });
    form->addRow(tr("Colour t&heme:"), m_theme);
    m_themeWholeWindow = new QCheckBox(tr("Apply the theme to the &whole window"), page);
    m_themeWholeWindow->setObjectName(QStringLiteral("themeWholeWindow"));
    m_themeWholeWindow->setToolTip(tr("When the theme is dark and the desktop light (or the reverse), the menus, "
                                      "panels and dialogs take the theme's colours too."));
    connect(m_themeWholeWindow, &QCheckBox::toggled, this, &SettingsDialog::markModified);
    form->addRow(QString(), m_themeWholeWindow);

    m_defaultFont = new QCheckBox(tr("Use the &default font"), page);
    m_defaultFont->setObjectName(QStringLiteral("defaultFont"));
    m_defaultFont->setAccessibleName(tr("Use the default reading font"));
    form->addRow(tr("Reading font:"), m_defaultFont);

    m_fontFamily = new QFontComboBox(page);
    m_fontFamily->setObjectName(QStringLiteral("fontFamily"));
    m_fontFamily->setAccessibleName(tr("Reading font family"));
    form->addRow(tr("Font &family:"), m_fontFamily);
    connect(m_defaultFont, &QCheckBox::toggled, m_fontFamily, &QWidget::setDisabled);
    connect(m_defaultFont, &QCheckBox::toggled, this, &SettingsDialog::markModified);
    connect(m_fontFamily, &QFontComboBox::currentFontChanged, this, &SettingsDialog::markModified);

    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setAccessibleName(tr("Reading font size in points"));
    m_fontSize->setRange(0, 96);
    m_fontSize->setSpecialValueText(tr("Default"));
    m_fontSize->setSuffix(tr(" pt"));
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsDialog::markModified);
    form->addRow(tr("Font si&ze:"), m_fontSize);
    return page;
}

QWidget *SettingsDialog::createGeneralPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Interface language"));
    m_language->addItem(tr("System default"), QString());
    for (const auto &[locale, name] : languages())
        m_language->addItem(name, locale);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::markModified);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language is used the next time Annalist starts."), page);
    languageNote->setWordWrap(true);
    form->addRow(QString(), languageNote);

    m_autosave = new QSpinBox(page);
    m_autosave->setObjectName(QStringLiteral("autosave"));
    m_autosave->setAccessibleName(tr("Autosave delay in seconds"));
    m_autosave->setRange(Settings::minAutosaveDelaySeconds, Settings::maxAutosaveDelaySeconds);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setToolTip(tr("How long after your last edit your tags and notes are saved."));
    connect(m_autosave, &QSpinBox::valueChanged, this, &SettingsDialog::markModified);
    form->addRow(tr("Save edits a&fter:"), m_autosave);

    auto *sidecars = new QGroupBox(tr("Sidecar files (your tags, notes and timeline edits)"), page);
    sidecars->setAccessibleName(tr("Where sidecar files are kept"));
    m_sidecarBeside = new QRadioButton(
        tr("&Beside the article, or in my data folder when the article's folder is read-only"), sidecars);
    m_sidecarBeside->setObjectName(QStringLiteral("sidecarBeside"));
    m_sidecarBeside->setAccessibleName(m_sidecarBeside->text().remove(u'&'));
    m_sidecarData = new QRadioButton(tr("Always in my &data folder"), sidecars);
    m_sidecarData->setObjectName(QStringLiteral("sidecarData"));
    m_sidecarData->setAccessibleName(m_sidecarData->text().remove(u'&'));
    auto *group = new QButtonGroup(sidecars);
    group->addButton(m_sidecarBeside);
    group->addButton(m_sidecarData);
    connect(group, &QButtonGroup::buttonToggled, this, &SettingsDialog::markModified);
    auto *sidecarLayout = new QVBoxLayout(sidecars);
    sidecarLayout->addWidget(m_sidecarBeside);
    sidecarLayout->addWidget(m_sidecarData);
    layout->addWidget(sidecars);
    layout->addStretch();
    return page;
}

QWidget *SettingsDialog::createTypesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    m_typesMessage = new QLabel(page);
    m_typesMessage->setObjectName(QStringLiteral("typesMessage"));
    m_typesMessage->setWordWrap(true);
    m_typesMessage->hide();
    layout->addWidget(m_typesMessage);

    auto *intro = new QLabel(tr("Press a type's key in the article to tag the selection with it. "
                                "Double-click (or press F2 on) one of your own types to rename it."),
                             page);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_typeTable = new QTableWidget(0, TypeColumnCount, page);
    m_typeTable->setObjectName(QStringLiteral("types"));
    m_typeTable->setAccessibleName(tr("Entity types"));
    m_typeTable->setHorizontalHeaderLabels({tr("Type"), tr("Colour"), tr("Key"), tr("Kind")});
    m_typeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_typeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_typeTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_typeTable->setTabKeyNavigation(false);
    m_typeTable->verticalHeader()->hide();
    m_typeTable->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    connect(m_typeTable, &QTableWidget::itemSelectionChanged, this, &SettingsDialog::typeSelectionChanged);
    connect(m_typeTable, &QTableWidget::itemChanged, this, &SettingsDialog::typeItemChanged);
    layout->addWidget(m_typeTable);

    auto *selected = new QHBoxLayout;
    m_key = new QComboBox(page);
    m_key->setObjectName(QStringLiteral("key"));
    m_key->setAccessibleName(tr("Key of the selected type"));
    m_key->addItem(tr("None"), 0);
    for (int key = 1; key <= 9; ++key)
        m_key->addItem(QString::number(key), key);
    connect(m_key, &QComboBox::activated, this, &SettingsDialog::keyChosen);
    auto *keyLabel = new QLabel(tr("&Key:"), page);
    keyLabel->setBuddy(m_key);
    selected->addWidget(keyLabel);
    selected->addWidget(m_key);
    m_colorButton = new QPushButton(tr("&Colour…"), page);
    m_colorButton->setObjectName(QStringLiteral("chooseColor"));
    m_colorButton->setAccessibleName(tr("Choose the colour of the selected type"));
    connect(m_colorButton, &QPushButton::clicked, this, &SettingsDialog::chooseColor);
    selected->addWidget(m_colorButton);
    m_themeColorButton = new QPushButton(tr("T&heme Colour"), page);
    m_themeColorButton->setObjectName(QStringLiteral("themeColor"));
    m_themeColorButton->setAccessibleName(tr("Use the theme's colour for the selected type"));
    connect(m_themeColorButton, &QPushButton::clicked, this, [this] { setTypeColor(selectedType(), QColor()); });
    selected->addWidget(m_themeColorButton);
    m_removeType = new QPushButton(tr("&Remove"), page);
    m_removeType->setObjectName(QStringLiteral("removeType"));
    m_removeType->setAccessibleName(tr("Remove the selected type"));
    connect(m_removeType, &QPushButton::clicked, this, &SettingsDialog::removeType);
    selected->addWidget(m_removeType);
    selected->addStretch();
    layout->addLayout(selected);

    auto *add = new QHBoxLayout;
    m_newType = new QLineEdit(page);
    m_newType->setObjectName(QStringLiteral("newType"));
    m_newType->setAccessibleName(tr("Name of a new entity type"));
    m_newType->setPlaceholderText(tr("for example MINISTER"));
    m_newType->setMaxLength(40);
    auto *newLabel = new QLabel(tr("&New type:"), page);
    newLabel->setBuddy(m_newType);
    m_addType = new QPushButton(tr("A&dd"), page);
    m_addType->setObjectName(QStringLiteral("addType"));
    m_addType->setAccessibleName(tr("Add the new entity type"));
    m_addType->setAutoDefault(false);
    connect(m_addType, &QPushButton::clicked, this, &SettingsDialog::addType);
    // Return in the name field adds the type instead of closing the dialog.
    connect(m_newType, &QLineEdit::returnPressed, this, &SettingsDialog::addType);
    connect(m_newType, &QLineEdit::textChanged, this,
            [this] { m_addType->setEnabled(m_typesEditable && !m_newType->text().trimmed().isEmpty()); });
    add->addWidget(newLabel);
    add->addWidget(m_newType, 1);
    add->addWidget(m_addType);
    layout->addLayout(add);
    return page;
}

void SettingsDialog::load()
{
    const Settings settings;
    m_types = EntityTypeSet();
    const EntityTypeSet::LoadResult result = m_types.load(m_typesPath);
    m_typesEditable = result.status == EntityTypeSet::LoadResult::Status::Ok
        || result.status == EntityTypeSet::LoadResult::Status::Missing;
    m_typesMessage->setText(result.message);
    m_typesMessage->setVisible(!result.message.isEmpty());
    m_typeTable->setEditTriggers(m_typesEditable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                 : QAbstractItemView::NoEditTriggers);
    m_newType->setEnabled(m_typesEditable);
    m_typesModified = false;
    setControls(settings.themeName(), settings.fontFamily(), settings.fontPointSize(), settings.language(),
                settings.autosaveDelaySeconds(), settings.sidecarLocation());
    m_themeWholeWindow->setChecked(settings.themeWholeWindow());
    showMessage(QString());
    m_modified = false;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
}

void SettingsDialog::setControls(const QString &theme, const QString &fontFamily, int fontSize,
                                 const QString &language, int autosaveSeconds, Settings::SidecarLocation sidecars)
{
    m_updating = true;
    // Theme names match case-insensitively, as MainWindow::setThemeByName() does;
    // an unknown one shows as Automatic, which is what the window falls back to.
    const int themeIndex = theme.isEmpty() ? 0 : m_theme->findData(theme, Qt::UserRole, Qt::MatchFixedString);
    m_theme->setCurrentIndex(std::max(themeIndex, 0));
    m_defaultFont->setChecked(fontFamily.isEmpty());
    m_fontFamily->setEnabled(!fontFamily.isEmpty());
    m_fontFamily->setCurrentFont(fontFamily.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont)
                                                      : QFont(fontFamily));
    m_fontSize->setValue(fontSize);
    m_language->setCurrentIndex(std::max(m_language->findData(language), 0));
    m_autosave->setValue(autosaveSeconds);
    (sidecars == Settings::SidecarLocation::DataFolder ? m_sidecarData : m_sidecarBeside)->setChecked(true);
    m_updating = false;
    rebuildTypes(selectedType());
}

void SettingsDialog::markModified()
{
    if (m_updating)
        return;
    m_modified = true;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(true);
}

bool SettingsDialog::apply()
{
    Settings settings;
    settings.setThemeName(m_theme->currentData().toString());
    settings.setThemeWholeWindow(m_themeWholeWindow->isChecked());
    settings.setFontFamily(m_defaultFont->isChecked() ? QString() : m_fontFamily->currentFont().family());
    settings.setFontPointSize(m_fontSize->value());
    settings.setLanguage(m_language->currentData().toString());
    settings.setAutosaveDelaySeconds(m_autosave->value());
    settings.setSidecarLocation(m_sidecarData->isChecked() ? Settings::SidecarLocation::DataFolder
                                                           : Settings::SidecarLocation::BesideArticle);
    bool ok = true;
    // Only an edit writes the types file, so that opening and closing the
    // dialog does not create one.
    if (m_typesEditable && m_typesModified) {
        QString error;
        ok = m_types.save(m_typesPath, &error);
        if (ok) {
            m_typesModified = false;
            showMessage(QString());
        } else {
            showMessage(error);
        }
    }
    m_modified = !ok;
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(m_modified);
    Q_EMIT applied();
    return ok;
}

void SettingsDialog::restoreDefaults()
{
    setControls(QString(), QString(), 0, QString(), Settings::defaultAutosaveDelaySeconds,
                Settings::SidecarLocation::BesideArticle);
    m_themeWholeWindow->setChecked(true);
    if (m_typesEditable) {
        EntityTypeSet defaults;
        for (const EntityTypeInfo &t : m_types.types()) {
            if (!t.builtin)
                defaults.addUserType(t.name);
        }
        if (!(defaults.types() == m_types.types())) {
            m_types = defaults;
            m_typesModified = true;
        }
        rebuildTypes(selectedType());
    }
    markModified();
}

void SettingsDialog::buttonClicked(QAbstractButton *button)
{
    switch (m_buttons->standardButton(button)) {
    case QDialogButtonBox::Apply:
        apply();
        break;
    case QDialogButtonBox::RestoreDefaults:
        restoreDefaults();
        break;
    default:
        break;
    }
}

void SettingsDialog::done(int result)
{
    // OK keeps the dialog open when the types could not be saved, so the
    // person sees why and loses nothing.
    if (result == QDialog::Accepted && !apply())
        return;
    QDialog::done(result);
}

QString SettingsDialog::message() const
{
    return m_message->text().isEmpty() ? m_typesMessage->text() : m_message->text();
}

void SettingsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

// ---- Entity types

void SettingsDialog::rebuildTypes(const QString &select)
{
    // A palette costs a theme repository lookup, so it is made once per theme.
    const QString themeName = m_theme->currentData().toString();
    if (!m_palette.isValid() || m_paletteTheme != themeName) {
        m_palette = EntityPalette::fromThemeName(themeName);
        if (!m_palette.isValid())
            m_palette = EntityPalette::fromThemeName(QString());
        m_paletteTheme = themeName;
    }
    const EntityPalette &palette = m_palette;
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_typeTable->setRowCount(int(m_types.types().size()));
    int row = 0;
    int selectRow = -1;
    // Items are updated in place rather than replaced: this runs from the
    // table's own itemChanged signal after a rename.
    const auto cell = [this](int r, int column) {
        QTableWidgetItem *item = m_typeTable->item(r, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_typeTable->setItem(r, column, item);
        }
        return item;
    };
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    for (const EntityTypeInfo &t : m_types.types()) {
        QTableWidgetItem *name = cell(row, NameColumn);
        // The name as everywhere else in the window; editing it back gives the stored name.
        name->setText(EntityTypes::displayName(t.name));
        name->setData(Qt::UserRole, t.name);
        name->setFlags(t.builtin || !m_typesEditable ? flags : flags | Qt::ItemIsEditable);
        QTableWidgetItem *color = cell(row, ColorColumn);
        color->setIcon(swatch(t.color.isValid() ? t.color : palette.color(t.name)));
        color->setText(t.color.isValid() ? t.color.name() : tr("Theme"));
        color->setFlags(flags);
        QTableWidgetItem *key = cell(row, KeyColumn);
        key->setText(t.key > 0 ? QString::number(t.key) : tr("None"));
        key->setFlags(flags);
        QTableWidgetItem *kind = cell(row, KindColumn);
        kind->setText(t.builtin ? tr("Built-in") : tr("Yours"));
        kind->setFlags(flags);
        if (t.name == select)
            selectRow = row;
        ++row;
    }
    m_updating = wasUpdating;
    if (selectRow >= 0)
        m_typeTable->selectRow(selectRow);
    else
        m_typeTable->clearSelection();
    typeSelectionChanged();
}

QString SettingsDialog::selectedType() const
{
    const QList<QTableWidgetItem *> items = m_typeTable->selectedItems();
    for (QTableWidgetItem *item : items) {
        if (item->column() == NameColumn)
            return item->data(Qt::UserRole).toString();
    }
    return {};
}

void SettingsDialog::typeSelectionChanged()
{
    const std::optional<EntityTypeInfo> type = m_types.type(selectedType());
    const bool editable = type && m_typesEditable;
    m_key->setEnabled(editable);
    m_colorButton->setEnabled(editable);
    m_themeColorButton->setEnabled(editable && type->color.isValid());
    m_removeType->setEnabled(editable && !type->builtin);
    m_addType->setEnabled(m_typesEditable && !m_newType->text().trimmed().isEmpty());
    m_key->setCurrentIndex(type ? type->key : 0);
}

void SettingsDialog::typeItemChanged(QTableWidgetItem *item)
{
    if (m_updating || item->column() != NameColumn)
        return;
    const QString old = item->data(Qt::UserRole).toString();
    const QString name = EntityTypeSet::normalizedName(item->text());
    const std::optional<EntityTypeInfo> info = m_types.type(old);
    if (!info || info->builtin || name == old) {
        rebuildTypes(old);
        return;
    }
    if (name.isEmpty() || m_types.type(name)) {
        showMessage(name.isEmpty()
                ? tr("A type needs a name of at most 40 characters.")
                : tr("There is already a type called %1.").arg(EntityTypes::displayName(name)));
        rebuildTypes(old);
        return;
    }
    // EntityTypeSet has no rename: add the new name with the old colour, then
    // move the key across (adding first keeps the key from going elsewhere).
    m_types.addUserType(name, info->color, -1);
    m_types.removeUserType(old);
    m_types.setKey(name, info->key);
    m_typesModified = true;
    showMessage(tr("Tags already made as %1 keep that name.").arg(EntityTypes::displayName(old)));
    rebuildTypes(name);
    markModified();
}

void SettingsDialog::addType()
{
    if (!m_typesEditable)
        return;
    const QString name = EntityTypeSet::normalizedName(m_newType->text());
    if (name.isEmpty()) {
        showMessage(tr("A type needs a name of at most 40 characters."));
        return;
    }
    if (!m_types.addUserType(name)) {
        showMessage(tr("There is already a type called %1.").arg(EntityTypes::displayName(name)));
        return;
    }
    m_typesModified = true;
    m_newType->clear();
    const std::optional<EntityTypeInfo> added = m_types.type(name);
    showMessage(added && added->key > 0
            ? QString()
            : tr("Every key is taken; give %1 one by taking it from another type.")
                  .arg(EntityTypes::displayName(name)));
    rebuildTypes(name);
    markModified();
}

void SettingsDialog::removeType()
{
    const QString name = selectedType();
    if (!m_typesEditable || !m_types.removeUserType(name))
        return;
    m_typesModified = true;
    showMessage(QString());
    rebuildTypes();
    markModified();
}

bool SettingsDialog::setTypeColor(const QString &type, const QColor &color)
{
    if (!m_typesEditable || !m_types.setColor(type, color))
        return false;
    m_typesModified = true;
    rebuildTypes(type);
    markModified();
    return true;
}

void SettingsDialog::chooseColor()
{
    const QString name = selectedType();
    const std::optional<EntityTypeInfo> type = m_types.type(name);
    if (!type)
        return;
    const QColor initial = type->color.isValid() ? type->color : m_palette.color(name);
    const QColor chosen
        = QColorDialog::getColor(initial, this, tr("Colour of %1").arg(EntityTypes::displayName(name)));
    if (chosen.isValid())
        setTypeColor(name, chosen);
}

void SettingsDialog::keyChosen(int index)
{
    const QString name = selectedType();
    const int key = m_key->itemData(index).toInt();
    const QString previous = m_types.typeForKey(key);
    if (!m_typesEditable || !m_types.setKey(name, key))
        return;
    m_typesModified = true;
    showMessage(!previous.isEmpty() && previous != name
            ? tr("Key %1 was %2's; %2 has no key now.").arg(key).arg(EntityTypes::displayName(previous))
            : QString());
    rebuildTypes(name);
    markModified();
}

} // namespace Annalist
