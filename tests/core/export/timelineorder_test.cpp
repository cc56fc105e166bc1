// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's timeline (AnnotatedDocument::events(), which the timeline dock
// shows row by row without sorting again) and every export that lists dated
// events give one order, the chronological one of TimexValue, for the values
// a plain string comparison gets wrong: weeks, quarters, halves, seasons,
// decades and centuries.

#include "analysis/analyzer.h"
#include "annotations/annotateddocument.h"
#include "article/loader.h"
#include "export/exporter.h"

#include <QTest>
#include <QTimeZone>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

struct Dated {
    QString value;
    QString label;
};

// In the order a reader expects; labels are invented words found nowhere
// else in an export. Sorted as text, the halves, quarter, season and week of
// 2025 would follow 2025-12, and the decade would follow 1999.
const QList<Dated> chronological{
    {u"19"_s, u"Kestrelmoot"_s}, // 1900–1999
    {u"199"_s, u"Heronwake"_s}, // 1990–1999, before the year 1999 inside it
    {u"1999"_s, u"Martenfall"_s},
    {u"2024-WI"_s, u"Otterhold"_s}, // from December 2024
    {u"2025"_s, u"Ploverstand"_s},
    {u"2025-H1"_s, u"Sorrelgate"_s},
    {u"2025-W02"_s, u"Grebeward"_s}, // the user's own event, from 6 January
    {u"2025-SU"_s, u"Wrenmarch"_s}, // from 1 June
    {u"2025-H2"_s, u"Lynxbridge"_s}, // from 1 July, six months
    {u"2025-Q3"_s, u"Bitternrow"_s}, // from 1 July, three months
    {u"2025-W37"_s, u"Curlewford"_s}, // from 8 September
    {u"2025-09-10"_s, u"Dunlinmere"_s},
    {u"2025-12"_s, u"Pipitcross"_s},
};

QStringList expectedLabels()
{
    QStringList labels;
    for (const Dated &d : chronological)
        labels.append(d.label);
    return labels;
}

} // namespace

class TimelineOrderTest : public QObject
{
    Q_OBJECT

private slots:
    void windowAndExportsAgree();
};

void TimelineOrderTest::windowAndExportsAgree()
{
    // One sentence per date, in an order that is neither chronological nor textual.
    const QList<int> textOrder{6, 12, 0, 9, 3, 11, 1, 8, 5, 10, 2, 7, 4};
    QString text;
    for (const int i : textOrder)
        text += u"The harbour board met at mark "_s + QChar(u'A' + i) + u". "_s;
    Article article;
    article.path = u"/nonexistent/harbour-board.txt"_s;
    article.title = u"Harbour board"_s;
    article.date = QDate(2025, 12, 20);
    article.text = text.trimmed();
    segmentArticle(article);
    const auto markOf = [&article](int i) {
        const QString needle = u"mark "_s + QChar(u'A' + i);
        const qsizetype at = article.text.indexOf(needle + u'.');
        return TextRange{at, at + needle.size()};
    };

    Analysis analysis;
    constexpr int userEvent = 6; // 2025-W02
    for (const int i : textOrder) {
        if (i == userEvent)
            continue;
        TimelineEvent ev;
        ev.date = chronological[i].value;
        ev.label = chronological[i].label;
        ev.expression = markOf(i);
        ev.sentence = article.sentences.at(article.sentenceAt(ev.expression.start));
        analysis.events.append(ev);
    }
    AnnotatedDocument document(article, analysis);
    QVERIFY(document.addEvent(markOf(userEvent), chronological[userEvent].value, chronological[userEvent].label));

    const QStringList expected = expectedLabels();
    QStringList window;
    for (const TimelineEvent &ev : document.events())
        window.append(ev.label);
    QCOMPARE(window, expected);

    ExportOptions options;
    options.generated = QDateTime(QDate(2026, 1, 2), QTime(3, 4), QTimeZone(QTimeZone::UTC));
    const QList<ExportDocument> documents{ExportDocument{article, document.entities(), document.events()}};
    QStringList checked;
    for (const Exporter *exporter : Exporter::all()) {
        if (!exporter->isText())
            continue;
        const ExportOutput out = exporter->run(documents, options);
        QVERIFY2(out.ok(), qPrintable(exporter->name() + u": "_s + out.error));
        QString all;
        for (const ExportFile &f : out.files)
            all += QString::fromUtf8(f.data);
        // The labels in the order the format first writes them.
        QList<std::pair<qsizetype, QString>> found;
        for (const QString &label : expected) {
            const qsizetype at = all.indexOf(label);
            if (at >= 0)
                found.append({at, label});
        }
        if (found.isEmpty())
            continue; // a format of entities, not of events (brat, W3C)
        QVERIFY2(found.size() == expected.size(), qPrintable(exporter->name() + u" leaves out events"_s));
        std::sort(found.begin(), found.end());
        QStringList order;
        for (const auto &f : std::as_const(found))
            order.append(f.second);
        QVERIFY2(order == expected, qPrintable(exporter->name() + u": "_s + order.join(u", ")));
        checked.append(exporter->name());
    }
    for (const QString &name : {u"timelinejs"_s, u"csv"_s, u"markdown"_s, u"html"_s, u"ics"_s, u"svg"_s, u"json"_s})
        QVERIFY2(checked.contains(name), qPrintable(name + u" was not checked; checked: "_s + checked.join(u", ")));
}

QTEST_GUILESS_MAIN(TimelineOrderTest)
#include "timelineorder_test.moc"
