// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class SettingsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void absent_givesDefaults();
    void everyKey_roundTripsThroughANewObject();
    void recentFiles_newestFirstWithoutDuplicatesAndBounded();
    void autosaveDelay_outOfRangeValuesAreClampedOrIgnored_data();
    void autosaveDelay_outOfRangeValuesAreClampedOrIgnored();
    void sidecarLocation_unknownStoredWordMeansBesideArticle();
    void language_survivesARestart();
    void language_oldGeneralSectionIsReadAndMigrated();
    void dialogStartFolder_firstFolderGivenElseDocumentsElseHome();
};

void SettingsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
    QCoreApplication::setApplicationName(QStringLiteral("settings_test"));
}

void SettingsTest::init()
{
    QSettings().clear();
}

void SettingsTest::absent_givesDefaults()
{
    const Settings s;
    QVERIFY(s.windowGeometry().isEmpty());
    QVERIFY(s.windowState().isEmpty());
    QVERIFY(s.recentFiles().isEmpty());
    QCOMPARE(s.themeName(), QString());
    QCOMPARE(s.fontPointSize(), 0);
    QCOMPARE(s.fontFamily(), QString());
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.autosaveDelaySeconds(), Settings::defaultAutosaveDelaySeconds);
    QCOMPARE(s.sidecarLocation(), Settings::SidecarLocation::BesideArticle);
}

void SettingsTest::everyKey_roundTripsThroughANewObject()
{
    {
        Settings s;
        s.setWindowGeometry(QByteArray("geometry\0bytes", 14));
        s.setWindowState(QByteArray("state"));
        s.addRecentFile(QStringLiteral("/news/a.txt"));
        s.setThemeName(QStringLiteral("Breeze Dark"));
        s.setFontPointSize(15);
        s.setFontFamily(QStringLiteral("DejaVu Serif"));
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setAutosaveDelaySeconds(42);
        s.setSidecarLocation(Settings::SidecarLocation::DataFolder);
    }
    const Settings s;
    QCOMPARE(s.windowGeometry(), QByteArray("geometry\0bytes", 14));
    QCOMPARE(s.windowState(), QByteArray("state"));
    QCOMPARE(s.recentFiles(), QStringList{QStringLiteral("/news/a.txt")});
    QCOMPARE(s.themeName(), QStringLiteral("Breeze Dark"));
    QCOMPARE(s.fontPointSize(), 15);
    QCOMPARE(s.fontFamily(), QStringLiteral("DejaVu Serif"));
    QCOMPARE(s.language(), QStringLiteral("zh_CN"));
    QCOMPARE(s.autosaveDelaySeconds(), 42);
    QCOMPARE(s.sidecarLocation(), Settings::SidecarLocation::DataFolder);

    // And back to the other sidecar choice, so both values are seen stored.
    Settings().setSidecarLocation(Settings::SidecarLocation::BesideArticle);
    QCOMPARE(Settings().sidecarLocation(), Settings::SidecarLocation::BesideArticle);
}

void SettingsTest::recentFiles_newestFirstWithoutDuplicatesAndBounded()
{
    Settings s;
    for (int i = 0; i < Settings::maxRecentFiles + 3; ++i)
        s.addRecentFile(QStringLiteral("/news/%1.txt").arg(i));
    s.addRecentFile(QStringLiteral("/news/5.txt"));
    const QStringList files = Settings().recentFiles();
    QCOMPARE(files.size(), Settings::maxRecentFiles);
    QCOMPARE(files.first(), QStringLiteral("/news/5.txt"));
    QCOMPARE(files.count(QStringLiteral("/news/5.txt")), 1);
    QCOMPARE(files.at(1), QStringLiteral("/news/%1.txt").arg(Settings::maxRecentFiles + 2));
    s.removeRecentFile(QStringLiteral("/news/5.txt"));
    QVERIFY(!Settings().recentFiles().contains(QStringLiteral("/news/5.txt")));
}

void SettingsTest::autosaveDelay_outOfRangeValuesAreClampedOrIgnored_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("expected");
    QTest::newRow("zero") << QVariant(0) << Settings::defaultAutosaveDelaySeconds;
    QTest::newRow("negative") << QVariant(-5) << Settings::defaultAutosaveDelaySeconds;
    QTest::newRow("too long") << QVariant(Settings::maxAutosaveDelaySeconds + 1) << Settings::defaultAutosaveDelaySeconds;
    QTest::newRow("not a number") << QVariant(QStringLiteral("soon")) << Settings::defaultAutosaveDelaySeconds;
    QTest::newRow("longest") << QVariant(Settings::maxAutosaveDelaySeconds) << Settings::maxAutosaveDelaySeconds;
}

void SettingsTest::autosaveDelay_outOfRangeValuesAreClampedOrIgnored()
{
    QFETCH(QVariant, stored);
    QFETCH(int, expected);
    QSettings().setValue(QStringLiteral("annotations/autosaveDelaySeconds"), stored);
    QCOMPARE(Settings().autosaveDelaySeconds(), expected);

    // The setter never stores what the getter would refuse.
    Settings().setAutosaveDelaySeconds(0);
    QCOMPARE(Settings().autosaveDelaySeconds(), Settings::minAutosaveDelaySeconds);
    Settings().setAutosaveDelaySeconds(100000);
    QCOMPARE(Settings().autosaveDelaySeconds(), Settings::maxAutosaveDelaySeconds);
}

void SettingsTest::sidecarLocation_unknownStoredWordMeansBesideArticle()
{
    QSettings().setValue(QStringLiteral("annotations/sidecarLocation"), QStringLiteral("moon"));
    QCOMPARE(Settings().sidecarLocation(), Settings::SidecarLocation::BesideArticle);
}

namespace {

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

// A restart reads the file afresh. Within one process QSettings answers from
// what it holds in memory, so each "start" here opens a copy of the file
// under a new name, which nothing in memory knows.
void SettingsTest::language_survivesARestart()
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("first.conf"));
    {
        Settings s(first);
        s.setFontPointSize(13);
        s.setLanguage(QStringLiteral("ru"));
    }
    const QString second = dir.filePath(QStringLiteral("second.conf"));
    QVERIFY(QFile::copy(first, second));
    {
        Settings s(second);
        QCOMPARE(s.language(), QStringLiteral("ru"));
        QCOMPARE(s.fontPointSize(), 13);
        // Saved again, as the settings dialog does.
        s.setLanguage(QStringLiteral("de"));
    }
    const QString third = dir.filePath(QStringLiteral("third.conf"));
    QVERIFY(QFile::copy(second, third));
    QCOMPARE(Settings(third).language(), QStringLiteral("de"));
    const QString text = fileText(third);
    QVERIFY2(!text.contains(QStringLiteral("%General")), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("language=")), 1);
}

void SettingsTest::language_oldGeneralSectionIsReadAndMigrated()
{
    QTemporaryDir dir;
    // What earlier versions wrote for the language, twice over after a second save.
    const QString path = dir.filePath(QStringLiteral("old.conf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[%General]\nlanguage=zh_CN\n\n[view]\nfontPointSize=12\n\n[%General]\nlanguage=zh_CN\n");
    }
    {
        Settings s(path);
        QCOMPARE(s.language(), QStringLiteral("zh_CN"));
        QCOMPARE(s.fontPointSize(), 12);
    }
    const QString text = fileText(path);
    QVERIFY2(!text.contains(QStringLiteral("%General")), qPrintable(text));
    const QString copy = dir.filePath(QStringLiteral("copy.conf"));
    QVERIFY(QFile::copy(path, copy));
    QCOMPARE(Settings(copy).language(), QStringLiteral("zh_CN"));
}

void SettingsTest::dialogStartFolder_firstFolderGivenElseDocumentsElseHome()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("dispatch.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString missing = dir.filePath(QStringLiteral("gone"));
    // The first that is a folder: not a file, not a path that is gone.
    QCOMPARE(dialogStartFolder({missing, file, dir.path()}), QFileInfo(dir.path()).absoluteFilePath());
    // None: the documents folder where there is one, else home; never the working folder.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString fallback = !documents.isEmpty() && QFileInfo(documents).isDir()
        ? QFileInfo(documents).absoluteFilePath()
        : QDir::homePath();
    QCOMPARE(dialogStartFolder({missing, file}), fallback);
    QCOMPARE(dialogStartFolder({}), fallback);
    const QString working = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    QCOMPARE(dialogStartFolder({}), fallback);
    QVERIFY(QDir::setCurrent(working));
}

QTEST_GUILESS_MAIN(SettingsTest)
#include "settings_test.moc"
