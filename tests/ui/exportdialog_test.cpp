// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "../core/export/exportfixture.h"
#include "export/exporter.h"
#include "exportdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace Annalist;

class ExportDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void offersEveryFormat();
    void preview_followsFormatAndIsHighlighted_data();
    void preview_followsFormatAndIsHighlighted();
    void scope_allArticlesMergesTimelines();
    void export_writesWhatThePreviewShows();
    void export_unwritableDestination_saysWhyAndStaysOpen();
    void png_showsPictureAndWritesIt();
    void destination_followsFormatSuffix();
    void everyFormatChange_withTheEventLoopBetween_keepsRunning();
    void labels_underlineTheirKeyAndFocusTheirField();
    void lastFormatAndFolder_areOfferedNextTime();
    void exportFromTheWindow_saysWhereAndOffersTheFolder();

private:
    static QList<ExportDocument> documents() { return {ExportFixture::harbour(), ExportFixture::ferry()}; }
};

void ExportDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
    QCoreApplication::setApplicationName(QStringLiteral("exportdialog_test"));
}

void ExportDialogTest::init()
{
    // The last export's format and folder are remembered: each test starts without.
    QSettings().clear();
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

// Changing the format while the preview's highlighter still has work queued
// for the old text once crashed (a queued rehighlight of a block that
// setPlainText() had freed). Every ordered pair of formats, chosen in the
// combo box as a person would, with the event loop running in between.
void ExportDialogTest::everyFormatChange_withTheEventLoopBetween_keepsRunning()
{
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("format"));
    QVERIFY(combo);
    const int n = combo->count();
    QVERIFY(n > 2);
    for (int from = 0; from < n; ++from) {
        for (int to = 0; to < n; ++to) {
            if (from == to)
                continue;
            combo->setCurrentIndex(from);
            QCoreApplication::processEvents();
            combo->setCurrentIndex(to);
            QCoreApplication::processEvents();
            QCOMPARE(dialog.format(), combo->itemData(to).toString());
            QVERIFY2(
                dialog.isShowingPicture() || !dialog.previewText().isEmpty(), qPrintable(dialog.format()));
        }
    }
    // And scope changes redraw the preview the same way.
    dialog.setFormat(QStringLiteral("ics"));
    QCoreApplication::processEvents();
    dialog.setScope(ExportDialog::Scope::AllArticles);
    QCoreApplication::processEvents();
    QVERIFY(dialog.previewText().contains(QStringLiteral("Ferry line opens")));
}

void ExportDialogTest::labels_underlineTheirKeyAndFocusTheirField()
{
    ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
    auto *destination = dialog.findChild<QLineEdit *>(QStringLiteral("destination"));
    QVERIFY(destination);
    bool destinationLabelled = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        // A label without a buddy shows its '&' as it is.
        if (label->text().contains(u'&'))
            QVERIFY2(label->buddy(), qPrintable(label->text()));
        destinationLabelled = destinationLabelled || label->buddy() == destination;
    }
    QVERIFY(destinationLabelled);
}

void ExportDialogTest::lastFormatAndFolder_areOfferedNextTime()
{
    QTemporaryDir dir;
    {
        ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
        dialog.setFormat(QStringLiteral("markdown"));
        dialog.setDestination(dir.filePath(QStringLiteral("chosen.md")));
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()));
    }
    {
        ExportDialog dialog(documents(), 1, ExportFixture::options().palette);
        QCOMPARE(dialog.format(), QStringLiteral("markdown"));
        QCOMPARE(dialog.destination(), dir.filePath(QStringLiteral("sela-ferry.md")));
        QVERIFY(dialog.previewText().startsWith(QStringLiteral("# Ferry line to Lirano opens")));
        // A set of files goes into a folder of its own; the next export goes beside it.
        dialog.setFormat(QStringLiteral("brat"));
        dialog.setDestination(dir.filePath(QStringLiteral("set/")));
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()));
    }
    {
        ExportDialog dialog(documents(), 0, ExportFixture::options().palette);
        QCOMPARE(dialog.format(), QStringLiteral("brat"));
        QCOMPARE(dialog.destination(), dir.filePath(QStringLiteral("lirano-harbour-brat/")));
        // A failed export changes nothing.
        dialog.setFormat(QStringLiteral("csv"));
        dialog.setDestination(dir.filePath(QStringLiteral("missing/out.csv")));
        QVERIFY(!dialog.exportNow());
    }
    QCOMPARE(ExportDialog(documents(), 0, ExportFixture::options().palette).format(), QStringLiteral("brat"));
    // A remembered folder that is gone is not offered.
    QVERIFY(dir.remove());
    QCOMPARE(ExportDialog(documents(), 0, ExportFixture::options().palette).destination(),
        QStringLiteral("/articles/lirano-harbour-brat/"));
}

void ExportDialogTest::exportFromTheWindow_saysWhereAndOffersTheFolder()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("velmar.txt"));
    {
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Port Velmar, 2 March 2031. The Velmar harbour board opened its new quay on 2 March 2031.\n");
    }
    MainWindow window(MainWindow::Mode::Screenshot);
    window.show();
    QVERIFY(window.openArticle(article));
    QVERIFY(window.waitUntilIdle());
    QAction *exportAction = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == QStringLiteral("&Export…"))
            exportAction = a;
    }
    QVERIFY(exportAction);
    const QString out = dir.filePath(QStringLiteral("out/velmar.csv"));
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
    // The dialog is modal: fill it in and press Export from within its loop.
    bool filledIn = false;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = window.findChild<ExportDialog *>();
        if (!dialog || !dialog->isVisible())
            return;
        poll.stop();
        dialog->setFormat(QStringLiteral("csv"));
        dialog->setDestination(out);
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        for (QAbstractButton *b : buttons->buttons()) {
            if (buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
                b->click();
        }
        filledIn = true;
    });
    poll.start(10);
    exportAction->trigger();
    QVERIFY(filledIn);
    QVERIFY(QFile::exists(out));
    QVERIFY2(
        window.statusBar()->currentMessage().contains(out), qPrintable(window.statusBar()->currentMessage()));
    auto *open = window.statusBar()->findChild<QToolButton *>(QStringLiteral("openExportFolder"));
    QVERIFY(open);
    QVERIFY(open->isVisible());
    QCOMPARE(open->property("folder").toString(), dir.filePath(QStringLiteral("out")));
    // It leaves with its message.
    window.statusBar()->showMessage(QStringLiteral("Something else"));
    QVERIFY(!open->isVisible());
}

QTEST_MAIN(ExportDialogTest)
#include "exportdialog_test.moc"
