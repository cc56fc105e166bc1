// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "articleview.h"
#include "documenttab.h"
#include "helpbrowser.h"
#include "mainwindow.h"

#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Annalist;
using namespace Qt::StringLiterals;

class MainWindowTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensSampleArticle();
    void missingFile_reportsErrorAndKeepsView();
    void longArticle_restFollowsTheAnalysis();
    void hasFileAndHelpMenus();
    void screenshot_writesPng();
    void handbook_showsTheGuideWithItsPictures();
    void articleAndLinkToIt_shareOneTab();
};

void MainWindowTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void MainWindowTest::opensSampleArticle()
{
    MainWindow window(MainWindow::Mode::Screenshot);
    QString error;
    QVERIFY2(window.openArticle(QStringLiteral(":/annalist/samples/cica-astana-2024.txt"), &error),
             qPrintable(error));
    QVERIFY(window.waitUntilIdle());
    const QString shown = window.articleView()->toPlainText();
    // The body is shown after a header with the date and dateline place.
    QVERIFY(shown.contains(QStringLiteral("Conference on Interaction and Confidence Building Measures in Asia")));
    QVERIFY(!shown.startsWith(QStringLiteral("date ")));
    QCOMPARE(window.articleView()->article().date, QDate(2024, 10, 3));
    const qsizetype body = window.articleView()->bodyOffset();
    QCOMPARE(shown.mid(body, 7), QStringLiteral("ASTANA,"));
}

// A long article shows its beginning at once; the rest is appended once the
// analysis is done (so that both are not at their largest together), and
// then all of it is there.
void MainWindowTest::longArticle_restFollowsTheAnalysis()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("long.txt"));
    QString text;
    for (int i = 0; text.size() < 400 * 1024; ++i)
        text += QStringLiteral("Paragraph %1: the delegates met in Astana on 14 September 1999 and agreed on a plan.\n\n").arg(i);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    MainWindow window(MainWindow::Mode::Screenshot);
    QVERIFY(window.openArticle(path));
    DocumentTab *tab = window.currentTab();
    QVERIFY(tab);
    QStringList order;
    connect(tab, &DocumentTab::analysisFinished, this, [&order] { order << QStringLiteral("analysis"); });
    connect(tab, &DocumentTab::textShown, this, [&order, tab] {
        order << (tab->view()->isComplete() ? u"shown complete"_s : u"shown partly"_s);
        connect(tab->view(), &ArticleView::completed, tab, [&order] { order << QStringLiteral("complete"); });
    });
    QVERIFY(window.waitUntilIdle());
    QVERIFY2(order == QStringList({u"shown partly"_s, u"analysis"_s, u"complete"_s}), qPrintable(order.join(u", ")));
    const QString shown = window.articleView()->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("Paragraph 0:")));
    QVERIFY(shown.contains(QStringLiteral("Paragraph %1:").arg(text.count(u'\n') / 2 - 1)));
}

void MainWindowTest::missingFile_reportsErrorAndKeepsView()
{
    MainWindow window(MainWindow::Mode::Screenshot);
    QVERIFY(window.openArticle(QStringLiteral(":/annalist/samples/cica-astana-2024.txt")));
    QVERIFY(window.waitUntilIdle());
    const QString before = window.articleView()->toPlainText();
    QString error;
    QVERIFY(!window.openArticle(QStringLiteral("/nonexistent/story.txt"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/story.txt")), qPrintable(error));
    QCOMPARE(window.articleView()->toPlainText(), before);
}

void MainWindowTest::hasFileAndHelpMenus()
{
    MainWindow window(MainWindow::Mode::Screenshot);
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles << a->text();
    QVERIFY2(titles.contains(QStringLiteral("&File")), qPrintable(titles.join(u',')));
    QVERIFY2(titles.contains(QStringLiteral("&Help")), qPrintable(titles.join(u',')));
}

void MainWindowTest::screenshot_writesPng()
{
    QTemporaryDir dir;
    MainWindow window(MainWindow::Mode::Screenshot);
    window.resize(900, 600);
    QVERIFY(window.openArticle(QStringLiteral(":/annalist/samples/cica-astana-2024.txt")));
    QString error;
    const QString path = dir.filePath(QStringLiteral("shot.png"));
    QVERIFY2(window.saveScreenshot(path, &error), qPrintable(error));
    QImage image(path);
    QCOMPARE(image.size(), QSize(900, 600));
    // Not a blank picture: the text put dark pixels on the light page.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
}

void MainWindowTest::articleAndLinkToIt_shareOneTab()
{
    // Two tabs on one file would save its one sidecar over each other.
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("report.txt"));
    {
        QFile f(real);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ida Sorensen opened the bridge at Kalvik on 2 May 2019.\n");
    }
    const QString link = dir.filePath(QStringLiteral("shortcut.txt"));
    QVERIFY(QFile::link(real, link));
    MainWindow window(MainWindow::Mode::Screenshot);
    QString error;
    QVERIFY2(window.openArticle(real, &error), qPrintable(error));
    QVERIFY2(window.openArticle(link, &error), qPrintable(error));
    QCOMPARE(window.tabCount(), 1);
    QVERIFY(window.waitUntilIdle());
}

QTEST_MAIN(MainWindowTest)
void MainWindowTest::handbook_showsTheGuideWithItsPictures()
{
    MainWindow window(MainWindow::Mode::Screenshot);
    QVERIFY(!window.handbook());
    window.showHandbook();
    HelpBrowser *help = window.handbook();
    QVERIFY(help);
    QVERIFY(help->isVisible());
    QTextBrowser *browser = help->browser();
    QVERIFY(browser->toPlainText().startsWith(QStringLiteral("Annalist user guide")));
    // Its screenshots come with it, resolved against the guide's own address.
    const QVariant picture =
        browser->document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("images/window-light.png")));
    QVERIFY(picture.isValid());
    QVERIFY(!picture.value<QImage>().isNull() || !picture.value<QPixmap>().isNull() || !picture.toByteArray().isEmpty());
    // The link to the sidecar page stays inside the handbook.
    browser->setSource(QUrl(QStringLiteral("sidecar.md")));
    QVERIFY(browser->toPlainText().startsWith(QStringLiteral("The sidecar file")));
    QVERIFY(browser->isBackwardAvailable());
    // Asking again brings the same window forward.
    window.showHandbook();
    QCOMPARE(window.handbook(), help);
}

#include "mainwindow_test.moc"
