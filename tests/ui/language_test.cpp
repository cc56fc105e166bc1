// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The interface language and the formats that go with it: the language
// chosen in the settings, else the system's preferred one that has a
// catalogue, speaks the words and writes the timeline's dates alike.

#include "application.h"
#include "article/loader.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

void removeOurTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

/// How the timeline writes the day of an event.
QString timelineDate(const QString &value)
{
    Article a;
    a.text = QStringLiteral("The Tarnow bridge opened on that day.");
    segmentArticle(a);
    TimelineEvent e;
    e.date = value;
    e.label = QStringLiteral("Tarnow bridge opened");
    e.sentence = a.sentences.value(0);
    TimelineModel model;
    model.setTimeline(a, {e});
    return model.index(0).data(TimelineModel::DateTextRole).toString();
}

} // namespace

class LanguageTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void systemPrefersALanguage_wordsAndDatesFollowIt();
    void chosenLanguage_winsOverTheSystems();
    void chosenEnglish_winsOverASystemPreference();
    void languageWithoutCatalogue_getsEnglishPluralForms();
};

void LanguageTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void LanguageTest::cleanup()
{
    removeOurTranslators();
    QLocale::setDefault(QLocale::system());
}

// As with LANGUAGE=ru under LANG=en_US: Russian is the system's first choice
// for messages, the formats are another language's.
void LanguageTest::systemPrefersALanguage_wordsAndDatesFollowIt()
{
    const QString language = interfaceLanguage(
        QString(), {u"ru-RU"_s, u"ru"_s, u"en-US"_s, u"en"_s}, QStringLiteral(ANNALIST_QM_DIR));
    QCOMPARE(QLocale(language).language(), QLocale::Russian);
    applyInterfaceLanguage(*qApp, language, QStringLiteral(ANNALIST_QM_DIR));
    QCOMPARE(QLocale().language(), QLocale::Russian);
    QVERIFY(
        QCoreApplication::translate("Annalist::TimelinePanel", "Timeline events") != u"Timeline events"_s);
    const QString date = timelineDate(u"2031-03-05"_s);
    QVERIFY2(date.contains(u"2031"_s) && !date.contains(u"Mar"_s), qPrintable(date));
    QVERIFY2(date.contains(QLocale(QLocale::Russian).monthName(3, QLocale::ShortFormat).left(3)),
        qPrintable(date));
}

void LanguageTest::chosenLanguage_winsOverTheSystems()
{
    const QString language
        = interfaceLanguage(u"de"_s, {u"ru-RU"_s, u"ru"_s}, QStringLiteral(ANNALIST_QM_DIR));
    QCOMPARE(language, u"de"_s);
    applyInterfaceLanguage(*qApp, language, QStringLiteral(ANNALIST_QM_DIR));
    QCOMPARE(QLocale().language(), QLocale::German);
    QTranslator german;
    QVERIFY(german.load(u"annalist_de"_s, QStringLiteral(ANNALIST_QM_DIR)));
    QCOMPARE(QCoreApplication::translate("Annalist::TimelinePanel", "Timeline events"),
        german.translate("Annalist::TimelinePanel", "Timeline events"));
    const QString date = timelineDate(u"2031-03-05"_s);
    QVERIFY2(date.contains(u"März"_s) || date.contains(u"Mär"_s), qPrintable(date));
}

void LanguageTest::chosenEnglish_winsOverASystemPreference()
{
    applyInterfaceLanguage(*qApp,
        interfaceLanguage(u"en"_s, {u"ru-RU"_s, u"ru"_s}, QStringLiteral(ANNALIST_QM_DIR)),
        QStringLiteral(ANNALIST_QM_DIR));
    QCOMPARE(QCoreApplication::translate("Annalist::TimelinePanel", "Timeline events"), u"Timeline events"_s);
}

void LanguageTest::languageWithoutCatalogue_getsEnglishPluralForms()
{
    QCOMPARE(interfaceLanguage(QString(), {u"fr-FR"_s, u"fr"_s}, QStringLiteral(ANNALIST_QM_DIR)), QString());
    installTranslations(*qApp, QLocale(QLocale::French), QStringLiteral(ANNALIST_QM_DIR));
    QCOMPARE(QCoreApplication::translate("Annalist::LegendBar", "%1 highlighting, %n mention(s)", nullptr, 1),
        u"%1 highlighting, 1 mention"_s);
    QCOMPARE(QCoreApplication::translate("Annalist::LegendBar", "%1 highlighting, %n mention(s)", nullptr, 4),
        u"%1 highlighting, 4 mentions"_s);
}

QTEST_MAIN(LanguageTest)
#include "language_test.moc"
