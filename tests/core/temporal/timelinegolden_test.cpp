// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/analyzer.h"
#include "article/loader.h"

#include "../goldenjson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

// The timelines of the sample articles (resources/samples/) and of the
// temporal test articles (tests/data/temporal/), made by the whole analysis,
// against golden files in tests/data/timeline-golden/. They pin what a
// reader sees of each item: its dates, its label and the words of its
// expression. Set ANNALIST_REGENERATE_GOLDEN=1 to rewrite them, and read
// the diff before committing it.
class TimelineGoldenTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeline_data();
    void timeline();
};

void TimelineGoldenTest::timeline_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &folder : {QStringLiteral(ANNALIST_SOURCE_DIR "/resources/samples"),
                                  QStringLiteral(ANNALIST_TEST_DATA "/temporal")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
}

void TimelineGoldenTest::timeline()
{
    QFETCH(QString, path);
    const LoadResult loaded = loadArticle(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const Article &a = loaded.article;
    const Analysis analysis = Analyzer().analyze(a);
    QJsonArray actual;
    for (const TimelineEvent &ev : analysis.events) {
        QJsonObject o{{u"date"_s, ev.date}, {u"label"_s, ev.label}, {u"expression"_s, a.slice(ev.expression).toString()}};
        if (!ev.until.isEmpty())
            o.insert(u"until"_s, ev.until);
        actual.append(o);
    }
    const QString expectedPath = QStringLiteral(ANNALIST_TEST_DATA "/timeline-golden/")
        + QFileInfo(path).completeBaseName() + u".json"_s;
    const QString mismatch = Testing::goldenJsonMismatch(actual, expectedPath);
    QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
}

QTEST_GUILESS_MAIN(TimelineGoldenTest)
#include "timelinegolden_test.moc"
