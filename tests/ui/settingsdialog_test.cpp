// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings.h"
#include "settingsdialog.h"
#include "theme/entitypalette.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class SettingsDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void loadsStoredValues();
    void ok_writesEditedValuesAndEmitsApplied();
    void cancel_writesNothing();
    void apply_writesAndStaysOpen();
    void restoreDefaults_changesControlsOnly_untilApplied();
    void userType_addRenameKeyRemove();
    void brokenTypesFile_isReportedReadOnlyAndKeptAsIs();
    void everyControl_hasAnAccessibleName();

private:
    template<typename T>
    T *child(const SettingsDialog &dialog, const char *name)
    {
        T *w = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    static void click(SettingsDialog &dialog, QDialogButtonBox::StandardButton which)
    {
        dialog.findChild<QDialogButtonBox *>()->button(which)->click();
    }
    /// Edits every control away from its default.
    void editEverything(SettingsDialog &dialog);
    QString otherTheme() const;

    QTemporaryDir m_dir;
    QString m_typesPath;
};

void SettingsDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
    QCoreApplication::setApplicationName(QStringLiteral("settingsdialog_test"));
    QVERIFY(m_dir.isValid());
    QVERIFY(EntityPalette::themeNames().size() >= 2);
}

void SettingsDialogTest::init()
{
    QSettings().clear();
    m_typesPath = m_dir.filePath(QStringLiteral("entitytypes-%1.json").arg(QTest::currentTestFunction()));
    QFile::remove(m_typesPath);
}

QString SettingsDialogTest::otherTheme() const
{
    return EntityPalette::themeNames().last();
}

void SettingsDialogTest::editEverything(SettingsDialog &dialog)
{
    auto *theme = child<QComboBox>(dialog, "theme");
    theme->setCurrentIndex(theme->findData(otherTheme()));
    child<QCheckBox>(dialog, "defaultFont")->setChecked(false);
    child<QFontComboBox>(dialog, "fontFamily")->setCurrentFont(QFont(QStringLiteral("DejaVu Serif")));
    child<QSpinBox>(dialog, "fontSize")->setValue(17);
    auto *language = child<QComboBox>(dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("ru")));
    child<QSpinBox>(dialog, "autosave")->setValue(9);
    child<QRadioButton>(dialog, "sidecarData")->setChecked(true);
    QVERIFY(dialog.setTypeColor(QStringLiteral("PERSON"), QColor(0x12, 0x34, 0x56)));
}

void SettingsDialogTest::loadsStoredValues()
{
    {
        Settings s;
        s.setThemeName(otherTheme().toUpper()); // theme names match without regard to case
        s.setFontFamily(QStringLiteral("DejaVu Sans Mono"));
        s.setFontPointSize(13);
        s.setLanguage(QStringLiteral("de"));
        s.setAutosaveDelaySeconds(30);
        s.setSidecarLocation(Settings::SidecarLocation::DataFolder);
        EntityTypeSet types;
        QVERIFY(types.addUserType(QStringLiteral("minister"), QColor(Qt::darkGreen), 8));
        QVERIFY(types.save(m_typesPath));
    }
    SettingsDialog dialog(m_typesPath, nullptr);
    QCOMPARE(child<QComboBox>(dialog, "theme")->currentData().toString(), otherTheme());
    QVERIFY(!child<QCheckBox>(dialog, "defaultFont")->isChecked());
    QVERIFY(child<QFontComboBox>(dialog, "fontFamily")->isEnabled());
    QCOMPARE(child<QSpinBox>(dialog, "fontSize")->value(), 13);
    QCOMPARE(child<QComboBox>(dialog, "language")->currentText(), QStringLiteral("Deutsch"));
    QCOMPARE(child<QSpinBox>(dialog, "autosave")->value(), 30);
    QVERIFY(child<QRadioButton>(dialog, "sidecarData")->isChecked());
    QVERIFY(!child<QRadioButton>(dialog, "sidecarBeside")->isChecked());
    const std::optional<EntityTypeInfo> minister = dialog.entityTypes().type(QStringLiteral("MINISTER"));
    QVERIFY(minister);
    QCOMPARE(minister->key, 8);
    QCOMPARE(minister->color, QColor(Qt::darkGreen));
    auto *table = child<QTableWidget>(dialog, "types");
    QCOMPARE(table->rowCount(), int(EntityPalette::builtinTypes().size()) + 1);
    QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("Minister"));
    QCOMPARE(table->item(table->rowCount() - 1, 2)->text(), QStringLiteral("8"));
    QVERIFY(!dialog.isModified());
}

void SettingsDialogTest::ok_writesEditedValuesAndEmitsApplied()
{
    SettingsDialog dialog(m_typesPath, nullptr);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    editEverything(dialog);
    QVERIFY(dialog.isModified());
    const QString family = child<QFontComboBox>(dialog, "fontFamily")->currentFont().family();
    click(dialog, QDialogButtonBox::Ok);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(applied.count(), 1);

    const Settings s;
    QCOMPARE(s.themeName(), otherTheme());
    QCOMPARE(s.fontFamily(), family);
    QVERIFY(!s.fontFamily().isEmpty());
    QCOMPARE(s.fontPointSize(), 17);
    QCOMPARE(s.language(), QStringLiteral("ru"));
    QCOMPARE(s.autosaveDelaySeconds(), 9);
    QCOMPARE(s.sidecarLocation(), Settings::SidecarLocation::DataFolder);
    EntityTypeSet types;
    QCOMPARE(types.load(m_typesPath).status, EntityTypeSet::LoadResult::Status::Ok);
    QCOMPARE(types.type(QStringLiteral("PERSON"))->color, QColor(0x12, 0x34, 0x56));
}

void SettingsDialogTest::cancel_writesNothing()
{
    Settings().setAutosaveDelaySeconds(5);
    SettingsDialog dialog(m_typesPath, nullptr);
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    editEverything(dialog);
    click(dialog, QDialogButtonBox::Cancel);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(applied.count(), 0);
    const Settings s;
    QCOMPARE(s.themeName(), QString());
    QCOMPARE(s.fontFamily(), QString());
    QCOMPARE(s.fontPointSize(), 0);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.autosaveDelaySeconds(), 5);
    QCOMPARE(s.sidecarLocation(), Settings::SidecarLocation::BesideArticle);
    QVERIFY(!QFile::exists(m_typesPath));
}

void SettingsDialogTest::apply_writesAndStaysOpen()
{
    SettingsDialog dialog(m_typesPath, nullptr);
    dialog.show();
    QSignalSpy applied(&dialog, &SettingsDialog::applied);
    QPushButton *apply = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
    QVERIFY(!apply->isEnabled());
    child<QSpinBox>(dialog, "autosave")->setValue(12);
    QVERIFY(apply->isEnabled());
    apply->click();
    QCOMPARE(applied.count(), 1);
    QCOMPARE(Settings().autosaveDelaySeconds(), 12);
    QVERIFY(dialog.isVisible());
    QVERIFY(!apply->isEnabled());
    // Nothing about the types changed, so no types file is created.
    QVERIFY(!QFile::exists(m_typesPath));
}

void SettingsDialogTest::restoreDefaults_changesControlsOnly_untilApplied()
{
    {
        Settings s;
        s.setThemeName(otherTheme());
        s.setFontFamily(QStringLiteral("DejaVu Serif"));
        s.setFontPointSize(20);
        s.setLanguage(QStringLiteral("de"));
        s.setAutosaveDelaySeconds(60);
        s.setSidecarLocation(Settings::SidecarLocation::DataFolder);
        EntityTypeSet types;
        QVERIFY(types.setKey(QStringLiteral("DATE"), 1)); // PERSON loses key 1
        QVERIFY(types.setColor(QStringLiteral("EVENT"), QColor(Qt::red)));
        QVERIFY(types.addUserType(QStringLiteral("VESSEL"), QColor(Qt::blue), 9));
        QVERIFY(types.save(m_typesPath));
    }
    SettingsDialog dialog(m_typesPath, nullptr);
    click(dialog, QDialogButtonBox::RestoreDefaults);
    QCOMPARE(child<QComboBox>(dialog, "theme")->currentIndex(), 0);
    QVERIFY(child<QCheckBox>(dialog, "defaultFont")->isChecked());
    QVERIFY(!child<QFontComboBox>(dialog, "fontFamily")->isEnabled());
    QCOMPARE(child<QSpinBox>(dialog, "fontSize")->value(), 0);
    QCOMPARE(child<QComboBox>(dialog, "language")->currentIndex(), 0);
    QCOMPARE(child<QSpinBox>(dialog, "autosave")->value(), Settings::defaultAutosaveDelaySeconds);
    QVERIFY(child<QRadioButton>(dialog, "sidecarBeside")->isChecked());
    QCOMPARE(Settings().autosaveDelaySeconds(), 60); // not stored yet

    click(dialog, QDialogButtonBox::Apply);
    const Settings s;
    QCOMPARE(s.themeName(), QString());
    QCOMPARE(s.fontFamily(), QString());
    QCOMPARE(s.fontPointSize(), 0);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.autosaveDelaySeconds(), Settings::defaultAutosaveDelaySeconds);
    QCOMPARE(s.sidecarLocation(), Settings::SidecarLocation::BesideArticle);
    EntityTypeSet types;
    QVERIFY(types.load(m_typesPath).ok());
    QCOMPARE(types.typeForKey(1), QStringLiteral("PERSON"));
    QVERIFY(!types.type(QStringLiteral("EVENT"))->color.isValid());
    // The user's type survives, without its colour, with a key that was free.
    const std::optional<EntityTypeInfo> vessel = types.type(QStringLiteral("VESSEL"));
    QVERIFY(vessel);
    QVERIFY(!vessel->color.isValid());
    QCOMPARE(types.typeForKey(vessel->key), QStringLiteral("VESSEL"));
    QVERIFY(vessel->key > int(EntityPalette::builtinTypes().size()));
}

void SettingsDialogTest::userType_addRenameKeyRemove()
{
    SettingsDialog dialog(m_typesPath, nullptr);
    auto *table = child<QTableWidget>(dialog, "types");
    const int builtins = int(EntityPalette::builtinTypes().size());

    // Add through the name field and its button.
    auto *name = child<QLineEdit>(dialog, "newType");
    QTest::keyClicks(name, QStringLiteral("armed group"));
    child<QPushButton>(dialog, "addType")->click();
    QVERIFY(name->text().isEmpty());
    QCOMPARE(table->rowCount(), builtins + 1);
    // Named as the legend and the menus name it; stored as files name it.
    QCOMPARE(table->item(builtins, 0)->text(), QStringLiteral("Armed group"));
    const int firstFree = dialog.entityTypes().type(QStringLiteral("ARMED_GROUP"))->key;
    QCOMPARE(firstFree, builtins + 1);
    // The new type is selected, so the buttons act on it.
    QVERIFY(child<QPushButton>(dialog, "removeType")->isEnabled());

    // A second type of the same name is refused with a message.
    QTest::keyClicks(name, QStringLiteral("Armed Group"));
    child<QPushButton>(dialog, "addType")->click();
    QCOMPARE(table->rowCount(), builtins + 1);
    QVERIFY2(dialog.message().contains(QStringLiteral("Armed group")), qPrintable(dialog.message()));
    name->clear();

    // Rename in the table; the colour and key go with it.
    QVERIFY(dialog.setTypeColor(QStringLiteral("ARMED_GROUP"), QColor(Qt::magenta)));
    table->item(builtins, 0)->setText(QStringLiteral("militia"));
    QVERIFY(!dialog.entityTypes().type(QStringLiteral("ARMED_GROUP")));
    const std::optional<EntityTypeInfo> militia = dialog.entityTypes().type(QStringLiteral("MILITIA"));
    QVERIFY(militia);
    QCOMPARE(militia->key, firstFree);
    QCOMPARE(militia->color, QColor(Qt::magenta));
    QCOMPARE(table->item(builtins, 0)->text(), QStringLiteral("Militia"));
    // Renaming onto a built-in name is refused and the cell shows the old name.
    table->item(builtins, 0)->setText(QStringLiteral("person"));
    QVERIFY(dialog.entityTypes().type(QStringLiteral("MILITIA")));
    QCOMPARE(table->item(builtins, 0)->text(), QStringLiteral("Militia"));
    // Built-in types are not editable in place.
    QVERIFY(!(table->item(0, 0)->flags() & Qt::ItemIsEditable));
    // The built-in ones read as in the legend: "Place", not "LOCATION".
    QStringList shown;
    for (int r = 0; r < builtins; ++r)
        shown << table->item(r, 0)->text();
    QVERIFY2(shown.contains(QStringLiteral("Place")) && shown.contains(QStringLiteral("Organization"))
            && !shown.contains(QStringLiteral("LOCATION")),
        qPrintable(shown.join(u',')));

    // Key 1 taken from PERSON: the dialog says so.
    table->selectRow(builtins);
    auto *key = child<QComboBox>(dialog, "key");
    QCOMPARE(key->currentData().toInt(), firstFree);
    key->setCurrentIndex(key->findData(1));
    Q_EMIT key->activated(key->currentIndex());
    QCOMPARE(dialog.entityTypes().typeForKey(1), QStringLiteral("MILITIA"));
    QCOMPARE(dialog.entityTypes().type(QStringLiteral("PERSON"))->key, 0);
    QVERIFY2(dialog.message().contains(QStringLiteral("Person")), qPrintable(dialog.message()));

    click(dialog, QDialogButtonBox::Apply);
    EntityTypeSet stored;
    QVERIFY(stored.load(m_typesPath).ok());
    QCOMPARE(stored.typeForKey(1), QStringLiteral("MILITIA"));

    // Remove: built-ins cannot be removed, the user's type can.
    table->selectRow(0);
    QVERIFY(!child<QPushButton>(dialog, "removeType")->isEnabled());
    table->selectRow(builtins);
    child<QPushButton>(dialog, "removeType")->click();
    QCOMPARE(table->rowCount(), builtins);
    QVERIFY(!dialog.entityTypes().type(QStringLiteral("MILITIA")));
    click(dialog, QDialogButtonBox::Ok);
    QVERIFY(stored.load(m_typesPath).ok());
    QVERIFY(!stored.type(QStringLiteral("MILITIA")));
}

void SettingsDialogTest::brokenTypesFile_isReportedReadOnlyAndKeptAsIs()
{
    const QByteArray broken("{\"annalist:entityTypes\": 1, \"types\": [trailing");
    {
        QFile f(m_typesPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    SettingsDialog dialog(m_typesPath, nullptr);
    QVERIFY2(dialog.message().contains(QFileInfo(m_typesPath).fileName()), qPrintable(dialog.message()));
    QVERIFY(!child<QLineEdit>(dialog, "newType")->isEnabled());
    QVERIFY(!dialog.setTypeColor(QStringLiteral("PERSON"), QColor(Qt::red)));
    child<QTableWidget>(dialog, "types")->selectRow(0);
    QVERIFY(!child<QPushButton>(dialog, "chooseColor")->isEnabled());
    QVERIFY(!child<QComboBox>(dialog, "key")->isEnabled());
    // The other settings still work.
    child<QSpinBox>(dialog, "autosave")->setValue(7);
    click(dialog, QDialogButtonBox::Ok);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Settings().autosaveDelaySeconds(), 7);
    QFile f(m_typesPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), broken);
}

void SettingsDialogTest::everyControl_hasAnAccessibleName()
{
    SettingsDialog dialog(m_typesPath, nullptr);
    const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        // Parts of a compound control (a spin box's line edit) are named by it.
        bool part = false;
        for (QWidget *p = w->parentWidget(); p && p != &dialog; p = p->parentWidget())
            part = part || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QComboBox *>(p)
                || qobject_cast<QAbstractItemView *>(p);
        if (part)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->parentWidget() && button->parentWidget()->inherits("QTabBar"))
                continue;
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(), qPrintable(w->objectName()));
            ++checked;
        } else if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w)
                   || qobject_cast<QAbstractItemView *>(w)) {
            QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
}

QTEST_MAIN(SettingsDialogTest)
#include "settingsdialog_test.moc"
