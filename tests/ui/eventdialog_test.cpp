// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "eventdialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTest>

using namespace Annalist;

class EventDialogTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void placeholdersAndTitle_haveRoom();
    void ok_onlyForDatesTheTimelineCanPlace();
};

void EventDialogTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void EventDialogTest::placeholdersAndTitle_haveRoom()
{
    const QString title = QStringLiteral("Add Timeline Event");
    EventDialog dialog(title, QString(), QString(), QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
    QCOMPARE(edits.size(), 3);
    for (QLineEdit *edit : edits) {
        QVERIFY(!edit->placeholderText().isEmpty());
        // The room for text inside the frame, as QLineEdit lays it out.
        QStyleOptionFrame option;
        option.initFrom(edit);
        option.rect = edit->rect();
        option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
        const QRect inner = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit);
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        QVERIFY2(inner.width() > needed,
            qPrintable(
                QStringLiteral("%1: %2 < %3").arg(edit->placeholderText()).arg(inner.width()).arg(needed)));
    }
    // The title shares the title bar with the window's buttons: well over its own width.
    QVERIFY2(dialog.width() > dialog.fontMetrics().horizontalAdvance(title) * 2,
        qPrintable(QString::number(dialog.width())));
}

void EventDialogTest::ok_onlyForDatesTheTimelineCanPlace()
{
    EventDialog dialog(QStringLiteral("Edit Timeline Event"), QStringLiteral("2031-03"), QString(),
        QStringLiteral("Weir opened"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("date"))->setText(QStringLiteral("soon"));
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("date"))->setText(QStringLiteral(" 2031 "));
    dialog.findChild<QLineEdit *>(QStringLiteral("until"))->setText(QStringLiteral("2032-13"));
    QVERIFY(!ok->isEnabled());
    dialog.findChild<QLineEdit *>(QStringLiteral("until"))->setText(QStringLiteral("2032-06"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.date(), QStringLiteral("2031"));
    dialog.findChild<QLineEdit *>(QStringLiteral("label"))->setText(QStringLiteral("  "));
    QVERIFY(!ok->isEnabled());
}

QTEST_MAIN(EventDialogTest)
#include "eventdialog_test.moc"
