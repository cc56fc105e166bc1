// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "lexicondialog.h"
#include "theme/entitypalette.h"
#include "theme/entitytypeset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class LexiconDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void missingFile_startsEmptyAndOffersEveryType();
    void userTypes_areOffered();
    void addEditRemove_throughTheForm_savedOnOk();
    void add_existingTextChangesItsType();
    void change_ontoAnotherEntrysText_isRefused();
    void cancel_writesNothing();
    void ok_withoutChanges_createsNoFile();
    void filter_hidesRowsMatchingNeitherTextNorType_data();
    void filter_hidesRowsMatchingNeitherTextNorType();
    void brokenFile_isReportedAndNeverOverwritten_data();
    void brokenFile_isReportedAndNeverOverwritten();
    void unwritableFolder_saveFailsWithMessageAndKeepsEdits();
    void folderInPlaceOfTheFile_isReportedAndLeftAlone();

private:
    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    void writeLexicon(const QList<LexiconEntry> &entries)
    {
        Lexicon lexicon;
        for (const LexiconEntry &e : entries)
            QVERIFY(lexicon.add(e));
        QVERIFY(lexicon.save(m_path));
    }

    QTemporaryDir m_dir;
    QString m_path;
};

void LexiconDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
    QCoreApplication::setApplicationName(QStringLiteral("lexicondialog_test"));
    QVERIFY(m_dir.isValid());
}

void LexiconDialogTest::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1/lexicon.json").arg(QTest::currentTestFunction()));
    QFile::remove(m_path);
    QFile::remove(EntityTypeSet::defaultPath());
}

void LexiconDialogTest::cleanup()
{
    QFile::remove(EntityTypeSet::defaultPath());
}

void LexiconDialogTest::missingFile_startsEmptyAndOffersEveryType()
{
    LexiconDialog dialog(m_path, nullptr);
    QVERIFY(!dialog.isReadOnly());
    QVERIFY(dialog.lexicon().isEmpty());
    QCOMPARE(dialog.message(), QString());
    QCOMPARE(dialog.types(), EntityPalette::builtinTypes());
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    QCOMPARE(type->count(), int(EntityPalette::builtinTypes().size()));
}

void LexiconDialogTest::userTypes_areOffered()
{
    EntityTypeSet types;
    QVERIFY(types.addUserType(QStringLiteral("Vessel")));
    QVERIFY(types.save(EntityTypeSet::defaultPath()));
    writeLexicon({{QStringLiteral("Ostwind"), QStringLiteral("RETIRED_TYPE")}});
    LexiconDialog dialog(m_path, nullptr);
    QVERIFY(dialog.types().contains(QStringLiteral("VESSEL")));
    // A type no longer defined stays choosable for the entries that have it.
    QVERIFY(dialog.types().contains(QStringLiteral("RETIRED_TYPE")));
}

void LexiconDialogTest::addEditRemove_throughTheForm_savedOnOk()
{
    writeLexicon({{QStringLiteral("Mara Oyelaran"), QStringLiteral("PERSON")}});
    LexiconDialog dialog(m_path, nullptr);
    QSignalSpy saved(&dialog, &LexiconDialog::saved);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("entries"));
    auto *text = dialog.findChild<QLineEdit *>(QStringLiteral("text"));
    auto *type = dialog.findChild<QComboBox *>(QStringLiteral("type"));
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("add"));
    auto *change = dialog.findChild<QPushButton *>(QStringLiteral("change"));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("remove"));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!add->isEnabled());

    // Add.
    QTest::keyClicks(text, QStringLiteral("Kestrel Bay Authority"));
    type->setCurrentIndex(type->findData(QStringLiteral("ORGANIZATION")));
    QVERIFY(add->isEnabled());
    add->click();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(dialog.lexicon().entries().size(), 2);
    QCOMPARE(dialog.lexicon().entries().at(dialog.lexicon().indexOf(QStringLiteral("Kestrel Bay Authority"))).type,
             QStringLiteral("ORGANIZATION"));

    // Edit: selecting a row fills the form; Change replaces the entry.
    const QList<QTableWidgetItem *> found = table->findItems(QStringLiteral("Mara Oyelaran"), Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    table->selectRow(found.first()->row());
    QCOMPARE(text->text(), QStringLiteral("Mara Oyelaran"));
    QCOMPARE(type->currentData().toString(), QStringLiteral("PERSON"));
    text->setText(QStringLiteral("Mara T. Oyelaran"));
    QVERIFY(change->isEnabled());
    change->click();
    QCOMPARE(dialog.lexicon().indexOf(QStringLiteral("Mara Oyelaran")), -1);
    QVERIFY(dialog.lexicon().indexOf(QStringLiteral("Mara T. Oyelaran")) >= 0);
    QCOMPARE(table->rowCount(), 2);

    // Remove the selected (just changed) entry.
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(dialog.lexicon().indexOf(QStringLiteral("Mara T. Oyelaran")), -1);

    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);
    Lexicon stored;
    QCOMPARE(stored.load(m_path).status, Lexicon::LoadResult::Status::Ok);
    QCOMPARE(stored.entries(),
             (QList<LexiconEntry>{{QStringLiteral("Kestrel Bay Authority"), QStringLiteral("ORGANIZATION")}}));
}

void LexiconDialogTest::add_existingTextChangesItsType()
{
    LexiconDialog dialog(m_path, nullptr);
    QVERIFY(dialog.addEntry(QStringLiteral(" Ostwind "), QStringLiteral("ORGANIZATION")));
    QCOMPARE(dialog.lexicon().entries().first().text, QStringLiteral("Ostwind")); // trimmed
    QVERIFY(!dialog.addEntry(QStringLiteral("Ostwind"), QStringLiteral("ORGANIZATION")));
    QVERIFY(!dialog.message().isEmpty());
    QVERIFY(dialog.addEntry(QStringLiteral("Ostwind"), QStringLiteral("EVENT")));
    QCOMPARE(dialog.lexicon().entries().size(), 1);
    QCOMPARE(dialog.lexicon().entries().first().type, QStringLiteral("EVENT"));
    QVERIFY2(dialog.message().contains(QStringLiteral("Event")), qPrintable(dialog.message()));
    QVERIFY(!dialog.addEntry(QStringLiteral("   "), QStringLiteral("EVENT")));
}

void LexiconDialogTest::change_ontoAnotherEntrysText_isRefused()
{
    writeLexicon({{QStringLiteral("Alder"), QStringLiteral("PERSON")}, {QStringLiteral("Birch"), QStringLiteral("LOCATION")}});
    LexiconDialog dialog(m_path, nullptr);
    QVERIFY(!dialog.changeEntry(QStringLiteral("Alder"), QStringLiteral("Birch"), QStringLiteral("PERSON")));
    QVERIFY(dialog.message().contains(QStringLiteral("Birch")));
    QCOMPARE(dialog.lexicon().entries().size(), 2);
    QVERIFY(!dialog.isModified());
}

void LexiconDialogTest::cancel_writesNothing()
{
    writeLexicon({{QStringLiteral("Alder"), QStringLiteral("PERSON")}});
    const QByteArray before = readAll(m_path);
    LexiconDialog dialog(m_path, nullptr);
    QVERIFY(dialog.addEntry(QStringLiteral("Birch"), QStringLiteral("LOCATION")));
    QVERIFY(dialog.removeEntry(QStringLiteral("Alder")));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(readAll(m_path), before);
}

void LexiconDialogTest::ok_withoutChanges_createsNoFile()
{
    LexiconDialog dialog(m_path, nullptr);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!QFile::exists(m_path));
}

void LexiconDialogTest::filter_hidesRowsMatchingNeitherTextNorType_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("empty") << QString() << QStringList{"Alder Quay", "Birch Council", "Cedar Dam"};
    QTest::newRow("text, any case") << "council" << QStringList{"Birch Council"};
    QTest::newRow("type as stored") << "location" << QStringList {"Alder Quay", "Cedar Dam"};
    QTest::newRow("type as shown") << "place" << QStringList {"Alder Quay", "Cedar Dam"};
    QTest::newRow("nothing") << "zzz" << QStringList{};
}

void LexiconDialogTest::filter_hidesRowsMatchingNeitherTextNorType()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, shown);
    writeLexicon({{QStringLiteral("Cedar Dam"), QStringLiteral("LOCATION")},
                  {QStringLiteral("Birch Council"), QStringLiteral("ORGANIZATION")},
                  {QStringLiteral("Alder Quay"), QStringLiteral("LOCATION")}});
    LexiconDialog dialog(m_path, nullptr);
    dialog.setFilter(filter);
    QCOMPARE(dialog.visibleTexts(), shown);
    // Typing in the field filters the same way.
    dialog.setFilter(QString());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("filter")), filter);
    QCOMPARE(dialog.visibleTexts(), shown);
}

void LexiconDialogTest::brokenFile_isReportedAndNeverOverwritten_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("not json") << QByteArray("Alder = PERSON\n");
    QTest::newRow("not a lexicon") << QByteArray("{\"entries\": 3}");
    QTest::newRow("newer version") << QByteArray(
        "{\"annalist:lexicon\": 99, \"entries\": [{\"text\": \"Alder\", \"type\": \"PERSON\"}]}");
}

void LexiconDialogTest::brokenFile_isReportedAndNeverOverwritten()
{
    QFETCH(QByteArray, contents);
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(contents);
    }
    LexiconDialog dialog(m_path, nullptr);
    QVERIFY(dialog.isReadOnly());
    QVERIFY2(dialog.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(dialog.message()));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("loadMessage"))->isVisibleTo(&dialog));
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("text"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("add"))->isEnabled());
    QVERIFY(!dialog.addEntry(QStringLiteral("Birch"), QStringLiteral("LOCATION")));
    QVERIFY(!dialog.save());
    // Only Close is offered; closing leaves the file as it was.
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(!buttons->button(QDialogButtonBox::Ok));
    buttons->button(QDialogButtonBox::Close)->click();
    QCOMPARE(readAll(m_path), contents);
}

void LexiconDialogTest::unwritableFolder_saveFailsWithMessageAndKeepsEdits()
{
    // A file where the folder should be: no folder can be made, whatever the
    // permissions the tests run with.
    const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString path = blocker + QStringLiteral("/lexicon.json");
    LexiconDialog dialog(path, nullptr);
    QVERIFY(!dialog.isReadOnly());
    QSignalSpy saved(&dialog, &LexiconDialog::saved);
    QVERIFY(dialog.addEntry(QStringLiteral("Alder"), QStringLiteral("PERSON")));
    dialog.open();
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(dialog.isVisible()); // done() refused to close
    QCOMPARE(saved.count(), 0);
    QVERIFY2(dialog.message().contains(QDir::toNativeSeparators(path)), qPrintable(dialog.message()));
    QVERIFY(dialog.isModified());
    QCOMPARE(dialog.lexicon().entries().size(), 1);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(!dialog.isVisible());
}

void LexiconDialogTest::folderInPlaceOfTheFile_isReportedAndLeftAlone()
{
    QVERIFY(QDir().mkpath(m_path));
    LexiconDialog dialog(m_path, nullptr);
    QVERIFY(dialog.isReadOnly());
    QVERIFY2(dialog.message().contains(QDir::toNativeSeparators(m_path)), qPrintable(dialog.message()));
    QVERIFY(!dialog.save());
    QVERIFY(QFileInfo(m_path).isDir());
}

QTEST_MAIN(LexiconDialogTest)
#include "lexicondialog_test.moc"
