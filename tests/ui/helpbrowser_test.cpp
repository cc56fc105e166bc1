// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "helpbrowser.h"

#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextFragment>
#include <QTextImageFormat>

using namespace Annalist;

namespace {

/// The widths the page gives its pictures.
QList<qreal> pictureWidths(QTextDocument *document)
{
    QList<qreal> widths;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                widths << it.fragment().charFormat().toImageFormat().width();
        }
    }
    return widths;
}

} // namespace

class HelpBrowserTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void screenshots_fitThePageAtAnyWidth_data();
    void screenshots_fitThePageAtAnyWidth();
};

void HelpBrowserTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void HelpBrowserTest::screenshots_fitThePageAtAnyWidth_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("as opened") << 0;
    QTest::newRow("wider than the pictures") << 1700;
}

void HelpBrowserTest::screenshots_fitThePageAtAnyWidth()
{
    QFETCH(int, width);
    HelpBrowser help;
    if (width > 0)
        help.resize(width, 700);
    help.show();
    QVERIFY(QTest::qWaitForWindowExposed(&help));
    QTextBrowser *browser = help.browser();
    QVERIFY(browser->toPlainText().startsWith(QStringLiteral("Annalist user guide")));
    QVERIFY(!pictureWidths(browser->document()).isEmpty());
    // Nothing to scroll to sideways: the pictures are within the page.
    QTRY_COMPARE(browser->horizontalScrollBar()->maximum(), 0);
    QVERIFY(browser->document()->size().width() <= browser->viewport()->width());
    // Yet not shrunk for nothing: as wide as the page, or their own width when that is less.
    const auto checkWidths = [browser] {
        const qreal page = browser->viewport()->width() - 2 * browser->document()->documentMargin();
        for (const qreal w : pictureWidths(browser->document())) {
            if (w < std::min<qreal>(1400, page) - 8 || w > page)
                return QStringLiteral("%1 of %2").arg(w).arg(page);
        }
        return QString();
    };
    QCOMPARE(checkWidths(), QString());
    // And again after the person makes the window narrower (the command
    // lines in the guide's code blocks may then scroll; the pictures not).
    help.resize(help.width() * 2 / 3, help.height());
    QTRY_COMPARE(checkWidths(), QString());
}

QTEST_MAIN(HelpBrowserTest)
#include "helpbrowser_test.moc"
