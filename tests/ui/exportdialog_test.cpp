// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../core/export/exportfixture.h"
#include "export/exporter.h"
#include "exportdialog.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class ExportDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offersEveryFormat();
    void preview_followsFormatAndIsHighlighted_data();
    void preview_followsFormatAndIsHighlighted();
    void scope_allArticlesMergesTimelines();
    void export_writesWhatThePreviewShows();
    void export_unwritableDestination_saysWhyAndStaysOpen();
    void png_showsPictureAndWritesIt();
    void destination_followsFormatSuffix();

private:
    static QList<ExportDocument> documents() { return {ExportFixture::harbour(), ExportFixture::ferry()}; }
};

void ExportDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void ExportDialogTest::offersEveryFormat()
{
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(combo);
    QStringList names;
    for (int i = 0; i < combo->count(); ++i)
        names << combo->itemData(i).toString();
    QCOMPARE(names, Exporter::names());
}

void ExportDialogTest::preview_followsFormatAndIsHighlighted_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("start");
    QTest::addColumn<bool>("highlighted");
    QTest::newRow("csv") << "csv" << "date,precision,label" << false;
    QTest::newRow("ics") << "ics" << "BEGIN:VCALENDAR" << false;
    QTest::newRow("json") << "json" << "{" << true;
    QTest::newRow("html") << "html" << "<!DOCTYPE html>" << true;
    QTest::newRow("markdown") << "markdown" << "# Lirano harbour" << true;
    QTest::newRow("svg") << "svg" << "<?xml" << true;
}

void ExportDialogTest::preview_followsFormatAndIsHighlighted()
{
    QFETCH(QString, format);
    QFETCH(QString, start);
    QFETCH(bool, highlighted);
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    dialog.setFormat(format);
    QCOMPARE(dialog.format(), format);
    QVERIFY(!dialog.isShowingPicture());
    QVERIFY2(dialog.previewText().startsWith(start), qPrintable(dialog.previewText().left(80)));
    // Only the current article: the other one's events are not in it.
    QVERIFY(!dialog.previewText().contains(QStringLiteral("Ferry line opens")));
    // Definitions for JSON, HTML, Markdown and XML ship with every KSyntaxHighlighting.
    if (highlighted)
        QVERIFY2(!dialog.previewSyntax().isEmpty(), qPrintable(format));
}

void ExportDialogTest::scope_allArticlesMergesTimelines()
{
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    dialog.setFormat(QStringLiteral("csv"));
    dialog.setScope(ExportDialog::Scope::AllArticles);
    QVERIFY(dialog.previewText().contains(QStringLiteral("Ferry line opens")));
    QVERIFY(dialog.previewText().contains(QStringLiteral("Works on the quay")));
}

void ExportDialogTest::export_writesWhatThePreviewShows()
{
    QTemporaryDir dir;
    ExportDialog dialog(documents(), 1, ExportFixture::options().palette);
    dialog.setFormat(QStringLiteral("markdown"));
    const QString path = dir.filePath(QStringLiteral("ferry.md"));
    dialog.setDestination(path);
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()));
    QCOMPARE(dialog.writtenFiles(), QStringList{path});
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(f.readAll());
    QVERIFY(written.startsWith(QStringLiteral("# Ferry line to Lirano opens")));
    // Same content as the preview but for the link, which the file makes relative.
    QCOMPARE(written.count(u'\n'), dialog.previewText().count(u'\n'));
}

void ExportDialogTest::export_unwritableDestination_saysWhyAndStaysOpen()
{
    QTemporaryDir dir;
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    dialog.setFormat(QStringLiteral("ics"));
    const QString path = dir.filePath(QStringLiteral("missing/folder/out.ics"));
    dialog.setDestination(path);
    QVERIFY(!dialog.exportNow());
    QVERIFY2(dialog.message().contains(path), qPrintable(dialog.message()));
    QVERIFY(dialog.writtenFiles().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void ExportDialogTest::png_showsPictureAndWritesIt()
{
    QTemporaryDir dir;
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    dialog.setFormat(QStringLiteral("png"));
    QVERIFY(dialog.isShowingPicture());
    QVERIFY(dialog.previewText().isEmpty());
    const QString path = dir.filePath(QStringLiteral("timeline.png"));
    dialog.setDestination(path);
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()));
    QCOMPARE(QImage(path).size(), QSize(1600, 900));
}

void ExportDialogTest::destination_followsFormatSuffix()
{
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    dialog.setFormat(QStringLiteral("json"));
    QCOMPARE(dialog.destination(), QStringLiteral("/articles/lirano-harbour.json"));
    dialog.setFormat(QStringLiteral("ics"));
    QCOMPARE(dialog.destination(), QStringLiteral("/articles/lirano-harbour.ics"));
    dialog.setFormat(QStringLiteral("brat"));
    QCOMPARE(dialog.destination(), QStringLiteral("/articles/lirano-harbour-brat/"));
    // A name the person typed is kept.
    dialog.setFormat(QStringLiteral("csv"));
    dialog.setDestination(QStringLiteral("/tmp/mine.txt"));
    dialog.setFormat(QStringLiteral("html"));
    QCOMPARE(dialog.destination(), QStringLiteral("/tmp/mine.txt"));
}

QTEST_MAIN(ExportDialogTest)
#include "exportdialog_test.moc"
