// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "settings.h"
#include "theme/entitypalette.h"
#include "theme/entitytypeset.h"

#include <QDialog>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;
class QTabWidget;

namespace Annalist {

/// Settings → Configure Annalist…: the colour theme, the reading font, the
/// interface language, the entity types (colours, keys, the user's own
/// types), the autosave delay and where sidecars go.
///
/// The controls start from what is stored (Settings, and the entity types
/// file). Nothing is written until OK or Apply; Cancel writes nothing.
/// Restore Defaults only changes the controls. After writing, applied() is
/// emitted so that the window re-reads the settings.
///
/// An entity types file that could not be read is shown with a message and
/// its page is read-only, so that the file is never overwritten.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Uses the entity types at EntityTypeSet::defaultPath().
    explicit SettingsDialog(QWidget *parent = nullptr);
    /// entityTypesPath: the file of the user's entity types.
    SettingsDialog(const QString &entityTypesPath, QWidget *parent);
    ~SettingsDialog() override;

    /// Sets the controls to the stored values.
    void load();
    /// Writes the controls' values and emits applied(). Returns false, and
    /// shows why, when the entity types could not be saved (the other
    /// settings are written all the same).
    bool apply();
    /// Sets every control to its default value. User types are kept (tags
    /// in sidecars use their names), but lose their colours and keys.
    void restoreDefaults();
    /// True when the controls differ from what was last loaded or applied.
    bool isModified() const { return m_modified; }

    /// The entity types as currently edited.
    const EntityTypeSet &entityTypes() const { return m_types; }
    /// Gives a type a colour (invalid: the theme's colour again), as the
    /// Colour… button does after its colour dialog.
    bool setTypeColor(const QString &type, const QColor &color);
    /// The message about the entity types (load or save failure), "" when none.
    QString message() const;

    void done(int result) override;

Q_SIGNALS:
    /// The settings were written (OK or Apply).
    void applied();

private:
    QWidget *createAppearancePage();
    QWidget *createGeneralPage();
    QWidget *createTypesPage();

    void setControls(const QString &theme, const QString &fontFamily, int fontSize, const QString &language,
                     int autosaveSeconds, Settings::SidecarLocation sidecars);
    void markModified();
    void buttonClicked(QAbstractButton *button);

    void rebuildTypes(const QString &select = QString());
    QString selectedType() const;
    void typeSelectionChanged();
    void typeItemChanged(QTableWidgetItem *item);
    void addType();
    void removeType();
    void chooseColor();
    void keyChosen(int index);
    void showMessage(const QString &text);

    QString m_typesPath;
    EntityPalette m_palette; ///< of the theme chosen in the dialog, for the colour swatches
    QString m_paletteTheme;
    EntityTypeSet m_types;
    bool m_typesEditable = true;
    bool m_typesModified = false;
    bool m_modified = false;
    bool m_updating = false; ///< the controls are being filled, not edited

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_themeWholeWindow = nullptr;
    QCheckBox *m_defaultFont = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_autosave = nullptr;
    QRadioButton *m_sidecarBeside = nullptr;
    QRadioButton *m_sidecarData = nullptr;
    QTableWidget *m_typeTable = nullptr;
    QLineEdit *m_newType = nullptr;
    QPushButton *m_addType = nullptr;
    QPushButton *m_removeType = nullptr;
    QPushButton *m_colorButton = nullptr;
    QPushButton *m_themeColorButton = nullptr;
    QComboBox *m_key = nullptr;
    QLabel *m_typesMessage = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Annalist
