// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Golden files for every format, from hand-made documents, plus properties
// each format must keep whatever the golden files say.
//
// To review a change of output: ANNALIST_REGENERATE_GOLDEN=1 runs write the
// new files into tests/data/export/golden/; read the diff before committing.

#include "export/exporter.h"
#include "annotations/anchoring.h"
#include "export/exportwriter.h"
#include "exportfixture.h"
#include "icscheck.h"
#include "../webannotationcheck.h"
#include "storage/webannotation.h"
#include "util/codepoints.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

namespace {

QString fromCodePoints(const QList<uint> &cps, qsizetype start, qsizetype end)
{
    QString s;
    for (qsizetype i = start; i < end && i < cps.size(); ++i)
        s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&cps.at(i)), 1);
    return s;
}

} // namespace

class ExportersTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void everyFormatIsRegistered();
    void unknownFormat_isNull();
    void hiddenEvents_areLeftOut_data();
    void hiddenEvents_areLeftOut();
    void timelineJs_skipsEventsWithoutYearAndSaysSo();
    void timelineJs_escapesHtmlAndKeepsIdsUnique();
    void csv_neutralizesFormulasAndQuotes();
    void ics_linesAreFoldedCrlfAndAtMost75Octets();
    void ics_periodsSpanTheirWholeRange();
    void ics_passesStrictCheck();
    void w3c_isConformingCollection();
    void ics_firstAndLastYearsAreValidDates();
    void html_isStandaloneAndEscaped();
    void htmlAndCsv_everyFieldIsHostile();
    void brat_offsetsAreCodePointsIntoTheText();
    void w3c_selectorsMatchTheText();
    void w3c_contextIsTheSidecarsInCodePoints();
    void ics_calendarCarriesTheArticlesMetadata();
    void ics_mergedCalendarTagsEachSummaryWithItsLanguage();
    void ics_articleWithoutMetadata_hasNone();
    void w3c_sourceDescribesTheArticle();
    void w3c_articleWithoutMetadata_sourceIsTheIri();
    void w3c_bylineNames_data();
    void w3c_bylineNames();
    void svg_isWellFormedAndSlideSized();
    void svg_staysWellFormedWithCharactersXmlForbids();
    void png_isSlideSizedInThemeBackground();
    void defaultOptions_drawInTheDefaultThemeWithoutMakingItBefore();
    void merged_tagsEachEventWithItsArticle();
    void writer_replacesExistingFile();
    void writer_reportsUnwritableDestination();
    void writer_refusesToOverwriteArticle();
    void writer_bratBaseNameAndFolder();

private:
    static QByteArray single(const QString &format, const QList<ExportDocument> &docs = {ExportFixture::harbour()});
    static ExportOutput runFormat(const QString &format, const QList<ExportDocument> &docs);
};

void ExportersTest::defaultOptions_drawInTheDefaultThemeWithoutMakingItBefore()
{
    // Options as a text export makes them: no palette is made for them (the
    // theme repository costs more than a news article's json), and the
    // formats that draw take the default theme's then.
    ExportOptions plain;
    QVERIFY(!plain.palette.isValid());
    plain.generated = ExportFixture::options().generated;
    for (const QString &format : {QStringLiteral("html"), QStringLiteral("svg")}) {
        const ExportOutput out = Exporter::forName(format)->run({ExportFixture::harbour()}, plain);
        QVERIFY(out.ok());
        QCOMPARE(out.files.value(0).data, single(format));
    }
}

void ExportersTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(ExportFixture::options().palette.isValid());
}

ExportOutput ExportersTest::runFormat(const QString &format, const QList<ExportDocument> &docs)
{
    const Exporter *e = Exporter::forName(format);
    if (!e)
        qFatal("no format %s", qUtf8Printable(format));
    return e->run(docs, ExportFixture::options());
}

QByteArray ExportersTest::single(const QString &format, const QList<ExportDocument> &docs)
{
    const ExportOutput out = runFormat(format, docs);
    return out.files.value(0).data;
}

void ExportersTest::golden_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("merged");
    for (const Exporter *e : Exporter::all()) {
        if (!e->isText())
            continue; // pictures are checked by their properties: fonts differ between machines
        QTest::newRow(qPrintable(e->name() + QStringLiteral("-single"))) << e->name() << false;
        QTest::newRow(qPrintable(e->name() + QStringLiteral("-merged"))) << e->name() << true;
    }
}

void ExportersTest::golden()
{
    QFETCH(QString, format);
    QFETCH(bool, merged);
    QList<ExportDocument> docs{ExportFixture::harbour()};
    if (merged)
        docs << ExportFixture::ferry();
    const Exporter *exporter = Exporter::forName(format);
    QVERIFY(exporter);
    const ExportOutput out = exporter->run(docs, ExportFixture::options());
    QVERIFY2(out.ok(), qPrintable(out.error));
    QVERIFY(!out.files.isEmpty());
    // Same input, same bytes.
    const ExportOutput again = exporter->run(docs, ExportFixture::options());
    for (qsizetype i = 0; i < out.files.size(); ++i)
        QCOMPARE(again.files.at(i).data, out.files.at(i).data);

    const QString dir = QStringLiteral(ANNALIST_TEST_DATA "/export/golden/") + QString::fromLatin1(QTest::currentDataTag());
    const bool regenerate = qEnvironmentVariableIntValue("ANNALIST_REGENERATE_GOLDEN") == 1;
    if (regenerate)
        QVERIFY(QDir().mkpath(dir));
    for (const ExportFile &f : out.files) {
        const QString name = f.name.isEmpty() ? QStringLiteral("output.") + exporter->fileSuffix() : f.name;
        QFile golden(dir + u'/' + name);
        if (regenerate) {
            QVERIFY(golden.open(QIODevice::WriteOnly));
            golden.write(f.data);
            continue;
        }
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(golden.fileName() + QStringLiteral(" is missing; see the comment at the top")));
        const QByteArray expected = golden.readAll();
        if (expected != f.data) {
            // Show the first differing line, which is what a reviewer needs.
            const QList<QByteArray> a = f.data.split('\n');
            const QList<QByteArray> b = expected.split('\n');
            for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i)) {
                    QCOMPARE(a.value(i), b.value(i));
                    break;
                }
            }
            QCOMPARE(f.data.size(), expected.size());
        }
    }
    if (regenerate)
        QSKIP("golden files written; review the diff");
    // No stray golden files for outputs that are gone.
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), out.files.size());
}

void ExportersTest::everyFormatIsRegistered()
{
    const QStringList expected{QStringLiteral("json"), QStringLiteral("timelinejs"), QStringLiteral("csv"),
                               QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("ics"),
                               QStringLiteral("svg"), QStringLiteral("png"), QStringLiteral("brat"),
                               QStringLiteral("w3c")};
    QCOMPARE(Exporter::names(), expected);
    for (const QString &n : expected)
        QCOMPARE(Exporter::forName(n.toUpper())->name(), n);
}

void ExportersTest::unknownFormat_isNull()
{
    QCOMPARE(Exporter::forName(u"docx"), nullptr);
    QCOMPARE(Exporter::forName(u""), nullptr);
}

void ExportersTest::hiddenEvents_areLeftOut_data()
{
    QTest::addColumn<QString>("format");
    for (const char *f : {"timelinejs", "csv", "markdown", "html", "ics", "svg"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void ExportersTest::hiddenEvents_areLeftOut()
{
    QFETCH(QString, format);
    ExportDocument doc = ExportFixture::harbour();
    const QString label = QStringLiteral("Party called off");
    QVERIFY(!single(format, {doc}).contains(label.toUtf8()));
    // The same event shown is exported: the test can tell the difference.
    doc.events.last().hidden = false;
    QVERIFY(single(format, {doc}).contains(label.toUtf8()));
}

void ExportersTest::timelineJs_skipsEventsWithoutYearAndSaysSo()
{
    const ExportOutput out = runFormat(QStringLiteral("timelinejs"), {ExportFixture::harbour()});
    const QJsonObject root = QJsonDocument::fromJson(out.files.at(0).data).object();
    const QJsonArray events = root.value(u"events").toArray();
    QStringList headlines;
    for (const QJsonValue &v : events) {
        const QJsonObject start = v[u"start_date"].toObject();
        QVERIFY(start.value(u"year").toString().toInt() > 0);
        headlines << v[u"text"][u"headline"].toString();
    }
    QVERIFY(!headlines.contains(QStringLiteral("Harbour day")));
    QVERIFY(!headlines.contains(QStringLiteral("The quay is open")));
    QCOMPARE(out.warnings.size(), 2);
    QVERIFY(out.warnings.at(0).contains(QStringLiteral("Harbour day")) || out.warnings.at(1).contains(QStringLiteral("Harbour day")));
    // Chronological: the century first, the week of 2025 last.
    QCOMPARE(headlines.first(), QStringLiteral("Fishing village grows"));
    QCOMPARE(headlines.last(), QStringLiteral("Morning Star docks"));
}

void ExportersTest::timelineJs_escapesHtmlAndKeepsIdsUnique()
{
    ExportDocument doc = ExportFixture::harbour();
    doc.events.append(doc.events.first()); // a duplicate must still get its own id
    const QByteArray data = single(QStringLiteral("timelinejs"), {doc});
    QVERIFY(!data.contains("<script>"));
    QVERIFY(data.contains("&lt;script&gt;alert(1)&lt;/script&gt; sign found"));
    const QJsonArray events = QJsonDocument::fromJson(data).object().value(u"events").toArray();
    QSet<QString> ids;
    for (const QJsonValue &v : events)
        ids.insert(v[u"unique_id"].toString());
    QCOMPARE(ids.size(), events.size());
    // The range and the periods carry an end date; the decade displays as such.
    bool sawRange = false;
    for (const QJsonValue &v : events) {
        if (v[u"text"][u"headline"].toString() == u"Works on the quay") {
            sawRange = true;
            QCOMPARE(v[u"end_date"][u"year"].toString(), QStringLiteral("2020"));
            QCOMPARE(v[u"display_date"].toString(), QStringLiteral("2019 – 2020"));
        }
        if (v[u"text"][u"headline"].toString() == u"Harbour charter written") {
            QCOMPARE(v[u"display_date"].toString(), QStringLiteral("the 1890s"));
            QCOMPARE(v[u"end_date"][u"year"].toString(), QStringLiteral("1899"));
        }
    }
    QVERIFY(sawRange);
}

void ExportersTest::csv_neutralizesFormulasAndQuotes()
{
    const QString csv = QString::fromUtf8(single(QStringLiteral("csv")));
    QVERIFY(csv.startsWith(QStringLiteral("date,precision,label,sentence,entities,note,origin,article\r\n")));
    QVERIFY(csv.endsWith(QStringLiteral("\r\n")));
    // A formula becomes text; quotes inside are doubled.
    QVERIFY(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")));
    QVERIFY(csv.contains(QStringLiteral(",'+ Tariffs rise,")));
    QVERIFY(csv.contains(QStringLiteral(",'-5% of pages lost,")));
    QVERIFY(csv.contains(QStringLiteral(",'@harbourmaster logged it,")));
    // No cell starts with a formula character (checked on a real reader by consumers.py).
    static const QRegularExpression bare(QStringLiteral("(^|,)[=+@-]"), QRegularExpression::MultilineOption);
    QVERIFY(!csv.contains(bare));
}

void ExportersTest::ics_linesAreFoldedCrlfAndAtMost75Octets()
{
    const QByteArray ics = single(QStringLiteral("ics"));
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
    QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
    QVERIFY(!ics.contains("\n\n"));
    const QList<QByteArray> lines = ics.split('\n');
    for (const QByteArray &l : lines) {
        if (l.isEmpty())
            continue;
        QVERIFY2(l.endsWith('\r'), l.constData());
        QVERIFY2(l.size() - 1 <= 75, l.constData());
        // Folding never cuts a UTF-8 sequence: each line is valid UTF-8.
        QVERIFY(QString::fromUtf8(l).toUtf8() == l);
    }
    QVERIFY(ics.contains("\r\n "));
    QCOMPARE(ics.count("BEGIN:VEVENT"), 8); // 10 shown events, 2 without a year
    QVERIFY(ics.contains("DTSTAMP:20250102T030405Z"));
}

void ExportersTest::ics_periodsSpanTheirWholeRange()
{
    // Unfold, then look at each event's dates.
    QByteArray ics = single(QStringLiteral("ics"));
    ics.replace("\r\n ", "");
    const auto eventBlock = [&ics](const QByteArray &summary) {
        // SUMMARY with or without parameters (the article's LANGUAGE).
        const qsizetype s = ics.indexOf(QByteArray(QByteArray(":") + summary + "\r\n"));
        const qsizetype begin = ics.lastIndexOf("BEGIN:VEVENT", s);
        return ics.mid(begin, ics.indexOf("END:VEVENT", s) - begin);
    };
    QByteArray b = eventBlock("Fishing village grows");
    QVERIFY(b.contains("DTSTART;VALUE=DATE:18000101\r\nDTEND;VALUE=DATE:19000101"));
    QVERIFY(b.contains("X-ANNALIST-PRECISION:century"));
    b = eventBlock("Works on the quay");
    QVERIFY(b.contains("DTSTART;VALUE=DATE:20190101\r\nDTEND;VALUE=DATE:20210101"));
    b = eventBlock("Morning Star docks");
    QVERIFY(b.contains("DTSTART;VALUE=DATE:20250908\r\nDTEND;VALUE=DATE:20250915"));
    QVERIFY(b.contains("X-ANNALIST-PRECISION:week"));
    b = eventBlock("<script>alert(1)</script> sign found");
    QVERIFY(b.contains("DTSTART;VALUE=DATE:20200901\r\nDTEND;VALUE=DATE:20201001"));
    QVERIFY(b.contains("=HYPERLINK(\"http://evil.example\"\\,\"click\")"));
}

void ExportersTest::ics_passesStrictCheck()
{
    // The fixtures, and text made of everything RFC 5545 asks to escape or forbids.
    ExportDocument hostile = ExportFixture::harbour();
    const QString nasty = QStringLiteral("back\\slash; semi, comma\nnew\r\nline\ttab \x01\x1f") + QChar(0x7f)
        + QStringLiteral(" end \\n \\; 😀") + QString(40, QChar(0x00e9)) + QStringLiteral("🚢🚢🚢");
    hostile.article.title = nasty;
    hostile.article.byline = nasty;
    hostile.article.source = nasty;
    hostile.article.language = QStringLiteral("en;x:y"); // no language tag: no parameter
    hostile.article.path = QStringLiteral("/articles/a b;c,d é.txt");
    for (TimelineEvent &ev : hostile.events) {
        ev.label = nasty;
        ev.note = nasty;
        ev.entities = {nasty, QStringLiteral("Ana, Kovač; Jr.")};
    }
    const QList<QList<ExportDocument>> inputs{{ExportFixture::harbour()},
                                              {ExportFixture::harbour(), ExportFixture::ferry()},
                                              {hostile}};
    for (const QList<ExportDocument> &docs : inputs) {
        const QByteArray ics = single(QStringLiteral("ics"), docs);
        const QStringList problems = IcsCheck::problems(ics);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
    // The check itself catches what it is for.
    const QByteArray good = single(QStringLiteral("ics"));
    QByteArray longLine = good;
    longLine.replace("\r\n ", "");
    QVERIFY(!IcsCheck::problems(longLine).isEmpty());
    QByteArray unescaped = good;
    unescaped.replace("\\,", ",");
    QVERIFY(!IcsCheck::problems(unescaped).isEmpty());
    QByteArray badEnd = good;
    badEnd.replace("DTEND;VALUE=DATE:2021", "DTEND;VALUE=DATE:1021");
    QVERIFY(!IcsCheck::problems(badEnd).isEmpty());
    QByteArray badDate = good;
    badDate.replace("DTSTART;VALUE=DATE:20210303", "DTSTART;VALUE=DATE:20210230");
    QVERIFY(!IcsCheck::problems(badDate).isEmpty());
}

void ExportersTest::w3c_isConformingCollection()
{
    for (const QList<ExportDocument> &docs :
         QList<QList<ExportDocument>>{{ExportFixture::harbour()}, {ExportFixture::harbour(), ExportFixture::ferry()}}) {
        const QJsonObject root = QJsonDocument::fromJson(single(QStringLiteral("w3c"), docs)).object();
        const QStringList problems = Annalist::Testing::WebAnnotationCheck::checkCollection(root);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
}

void ExportersTest::ics_firstAndLastYearsAreValidDates()
{
    const Article a = ExportFixture::article(
        QStringLiteral("/articles/far-dates.txt"), QStringLiteral("Far dates"), QDate(),
        QStringLiteral("A tablet of year zero. The archive closes at the end of 9999. The last century. "
                       "The last winter. The first decade."));
    ExportDocument d;
    d.article = a;
    d.events = {
        ExportFixture::event(a, QStringLiteral("year zero"), QStringLiteral("0000"), QStringLiteral("Tablet")),
        ExportFixture::event(a, QStringLiteral("end of 9999"), QStringLiteral("9999-12-31"), QStringLiteral("Closing")),
        ExportFixture::event(a, QStringLiteral("last century"), QStringLiteral("99"), QStringLiteral("Century")),
        ExportFixture::event(a, QStringLiteral("last winter"), QStringLiteral("9999-WI"), QStringLiteral("Winter")),
        ExportFixture::event(a, QStringLiteral("first decade"), QStringLiteral("000"), QStringLiteral("Decade")),
    };
    const ExportOutput out = runFormat(QStringLiteral("ics"), {d});
    QVERIFY(out.ok());
    const QStringList problems = IcsCheck::problems(out.files.at(0).data);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QByteArray ics = out.files.at(0).data;
    ics.replace("\r\n ", "");
    QCOMPARE(ics.count("BEGIN:VEVENT"), 5);
    // RFC 5545 §3.3.4: a DATE is eight digits; §3.6.1: an event has a DTEND or a DURATION.
    static const QRegularExpression date(QStringLiteral("^(DTSTART|DTEND);VALUE=DATE:\\d{8}$"));
    static const QRegularExpression duration(QStringLiteral("^DURATION:P\\d+D$"));
    int starts = 0;
    int ends = 0;
    for (const QByteArray &line : ics.split('\n')) {
        if (line.isEmpty()) // after the last CRLF
            continue;
        const QString l = QString::fromUtf8(line).chopped(1);
        if (l.startsWith(u"DTSTART") || l.startsWith(u"DTEND")) {
            QVERIFY2(date.match(l).hasMatch(), qPrintable(l));
            (l.startsWith(u"DTSTART") ? starts : ends) += 1;
        } else if (l.startsWith(u"DURATION")) {
            QVERIFY2(duration.match(l).hasMatch(), qPrintable(l));
            ++ends;
        }
    }
    QCOMPARE(starts, 5);
    QCOMPARE(ends, 5);
    const auto eventBlock = [&ics](const QByteArray &summary) {
        // SUMMARY with or without parameters (the article's LANGUAGE).
        const qsizetype s = ics.indexOf(QByteArray(QByteArray(":") + summary + "\r\n"));
        const qsizetype begin = ics.lastIndexOf("BEGIN:VEVENT", s);
        return ics.mid(begin, ics.indexOf("END:VEVENT", s) - begin);
    };
    QVERIFY(eventBlock("Tablet").contains("DTSTART;VALUE=DATE:00000101\r\nDTEND;VALUE=DATE:00010101\r\n"));
    QVERIFY(eventBlock("Decade").contains("DTSTART;VALUE=DATE:00000101\r\nDTEND;VALUE=DATE:00100101\r\n"));
    // The day after 9999-12-31 has no DATE: a duration says how long instead.
    QVERIFY(eventBlock("Closing").contains("DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n"));
    QVERIFY(eventBlock("Century").contains("DTSTART;VALUE=DATE:99000101\r\nDURATION:P36524D\r\n"));
    QVERIFY(eventBlock("Winter").contains("DTSTART;VALUE=DATE:99991201\r\nDURATION:P91D\r\n"));
}

void ExportersTest::html_isStandaloneAndEscaped()
{
    const QString html = QString::fromUtf8(single(QStringLiteral("html")));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    for (const char *external : {"src=", "href=\"http", "@import", "url(", "<link"})
        QVERIFY2(!html.contains(QLatin1StringView(external)), external);
    // Each type is named in words, in the legend and on each mark.
    const EntityPalette pal = ExportFixture::options().palette;
    for (const QString &t : {QStringLiteral("PERSON"), QStringLiteral("VESSEL")}) {
        QVERIFY(html.contains(QStringLiteral("data-type=\"") + t + u'"'));
        QVERIFY(html.contains(pal.color(t).name()));
    }
    QVERIFY(html.contains(QStringLiteral(">𝒜rchive of Lirano</mark>")));
    QVERIFY(html.contains(pal.background.name()));
}

void ExportersTest::brat_offsetsAreCodePointsIntoTheText()
{
    const ExportDocument doc = ExportFixture::harbour();
    const ExportOutput out = runFormat(QStringLiteral("brat"), {doc});
    QCOMPARE(out.files.size(), 2);
    QCOMPARE(out.files.at(0).name, QStringLiteral("lirano-harbour.txt"));
    QCOMPARE(out.files.at(0).data, doc.article.text.toUtf8());
    QCOMPARE(out.files.at(1).name, QStringLiteral("lirano-harbour.ann"));
    const QList<uint> codePoints = doc.article.text.toUcs4();
    const QStringList lines = QString::fromUtf8(out.files.at(1).data).split(u'\n', Qt::SkipEmptyParts);
    int tLines = 0;
    int notes = 0;
    for (const QString &line : lines) {
        const QStringList cols = line.split(u'\t');
        QCOMPARE(cols.size(), 3);
        if (cols.at(0).startsWith(u'#')) {
            ++notes;
            QVERIFY(cols.at(1).startsWith(QStringLiteral("AnnotatorNotes T")));
            continue;
        }
        ++tLines;
        const QStringList typeAndSpans = cols.at(1).split(u' ');
        QCOMPARE(typeAndSpans.size(), 3);
        const qsizetype s = typeAndSpans.at(1).toLongLong();
        const qsizetype e = typeAndSpans.at(2).toLongLong();
        QCOMPARE(fromCodePoints(codePoints, s, e), cols.at(2));
    }
    QCOMPARE(tLines, doc.entities.size());
    QCOMPARE(notes, 3);
}

void ExportersTest::w3c_selectorsMatchTheText()
{
    const ExportDocument doc = ExportFixture::harbour();
    const QJsonObject root = QJsonDocument::fromJson(single(QStringLiteral("w3c"), {doc})).object();
    QCOMPARE(root.value(u"@context").toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(root.value(u"type").toString(), QStringLiteral("AnnotationCollection"));
    const QJsonArray items = root.value(u"first")[u"items"].toArray();
    QCOMPARE(root.value(u"total").toInt(), items.size());
    // One per entity, one per event note (two shown events have notes, three in all).
    QCOMPARE(items.size(), doc.entities.size() + 4);
    const QList<uint> cps = doc.article.text.toUcs4();
    QSet<QString> ids;
    for (const QJsonValue &v : items) {
        QCOMPARE(v[u"type"].toString(), QStringLiteral("Annotation"));
        ids.insert(v[u"id"].toString());
        QVERIFY(v[u"id"].toString().startsWith(QStringLiteral("urn:uuid:")));
        QCOMPARE(v[u"target"][u"source"][u"id"].toString(), QStringLiteral("file:///articles/lirano-harbour.txt"));
        const QJsonArray selectors = v[u"target"][u"selector"].toArray();
        QCOMPARE(selectors.size(), 2);
        const QString exact = selectors.at(0)[u"exact"].toString();
        const qsizetype s = selectors.at(1)[u"start"].toInteger();
        const qsizetype e = selectors.at(1)[u"end"].toInteger();
        QCOMPARE(fromCodePoints(cps, s, e), exact);
        const QString prefix = selectors.at(0)[u"prefix"].toString();
        QVERIFY(doc.article.text.contains(prefix + exact));
    }
    QCOMPARE(ids.size(), items.size());
}

namespace {

// The logical lines of a calendar (unfolded), up to its first event.
QStringList calendarLines(const QByteArray &ics)
{
    QString text = QString::fromUtf8(ics);
    text.replace(QStringLiteral("\r\n "), QString());
    QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const qsizetype firstEvent = lines.indexOf(QStringLiteral("BEGIN:VEVENT"));
    return firstEvent < 0 ? lines : lines.first(firstEvent);
}

ExportDocument withoutMetadata()
{
    ExportDocument d = ExportFixture::harbour();
    d.article.title.clear();
    d.article.byline.clear();
    d.article.source.clear();
    d.article.language.clear();
    d.article.date = QDate();
    return d;
}

} // namespace

// RFC 7986: the calendar's NAME (in the article's language) and DESCRIPTION,
// with the X-WR- properties older programs read; each event's SUMMARY is in
// the article's language.
void ExportersTest::ics_calendarCarriesTheArticlesMetadata()
{
    const QByteArray ics = single(QStringLiteral("ics"));
    QCOMPARE(IcsCheck::problems(ics), QStringList());
    const QStringList head = calendarLines(ics);
    const QString title = QStringLiteral("Lirano harbour reopens\\, \"at last\" & <on time>");
    QVERIFY2(head.contains(QStringLiteral("NAME;LANGUAGE=en-GB:") + title), qPrintable(head.join(u'\n')));
    QVERIFY(head.contains(QStringLiteral("X-WR-CALNAME:") + title));
    const QString facts = QStringLiteral("Mira Castell and Tomas Vey · Test Wire · 2021-03-04");
    QVERIFY(head.contains(QStringLiteral("DESCRIPTION:") + facts));
    QVERIFY(head.contains(QStringLiteral("X-WR-CALDESC:") + facts));
    QVERIFY(QString::fromUtf8(ics).contains(QStringLiteral("\r\nSUMMARY;LANGUAGE=en-GB:Port Authority reopens")));
    QVERIFY(!QString::fromUtf8(ics).contains(QStringLiteral("\r\nSUMMARY:")));
}

// A calendar of several articles has no one title or byline: none at the
// top, and each SUMMARY says the language of its own article (or nothing).
void ExportersTest::ics_mergedCalendarTagsEachSummaryWithItsLanguage()
{
    const QByteArray ics = single(QStringLiteral("ics"), {ExportFixture::harbour(), ExportFixture::ferry()});
    QCOMPARE(IcsCheck::problems(ics), QStringList());
    for (const QString &l : calendarLines(ics))
        QVERIFY2(!l.startsWith(u"NAME") && !l.startsWith(u"DESCRIPTION") && !l.startsWith(u"X-WR-"), qPrintable(l));
    const QString text = QString::fromUtf8(ics);
    QVERIFY(text.contains(QStringLiteral("\r\nSUMMARY;LANGUAGE=en-GB:Port Authority reopens")));
    QVERIFY(text.contains(QStringLiteral("\r\nSUMMARY:Ferry line opens\r\n")));
}

void ExportersTest::ics_articleWithoutMetadata_hasNone()
{
    const QByteArray ics = single(QStringLiteral("ics"), {withoutMetadata()});
    QCOMPARE(IcsCheck::problems(ics), QStringList());
    const QStringList head = calendarLines(ics);
    QCOMPARE(head.size(), 4); // BEGIN, VERSION, PRODID, CALSCALE
    QVERIFY(!QString::fromUtf8(ics).contains(QStringLiteral("LANGUAGE=")));
    QVERIFY(QString::fromUtf8(ics).contains(QStringLiteral("BEGIN:VEVENT")));
}

// The target's source is an External Web Resource with the model's type,
// format, language and creators, and Dublin Core's title, publisher and date.
void ExportersTest::w3c_sourceDescribesTheArticle()
{
    const QByteArray bytes = single(QStringLiteral("w3c"));
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(Testing::WebAnnotationCheck::checkCollection(root), QStringList());
    const QJsonArray items = root.value(u"first")[u"items"].toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items) {
        const QJsonObject source = item[u"target"][u"source"].toObject();
        QCOMPARE(source.value(u"id").toString(), QStringLiteral("file:///articles/lirano-harbour.txt"));
        QCOMPARE(source.value(u"type").toString(), QStringLiteral("Text"));
        QCOMPARE(source.value(u"format").toString(), QStringLiteral("text/plain"));
        QCOMPARE(source.value(u"language").toString(), QStringLiteral("en-GB"));
        const QJsonArray creators = source.value(u"creator").toArray();
        QCOMPARE(creators.size(), 2);
        QCOMPARE(creators.at(0)[u"type"].toString(), QStringLiteral("Person"));
        QCOMPARE(creators.at(0)[u"name"].toString(), QStringLiteral("Mira Castell"));
        QCOMPARE(creators.at(1)[u"name"].toString(), QStringLiteral("Tomas Vey"));
        QCOMPARE(source.value(u"dcterms:title").toString(), ExportFixture::harbour().article.title);
        QCOMPARE(source.value(u"dcterms:publisher")[u"type"].toString(), QStringLiteral("Organization"));
        QCOMPARE(source.value(u"dcterms:publisher")[u"name"].toString(), QStringLiteral("Test Wire"));
        QCOMPARE(source.value(u"dcterms:issued").toString(), QStringLiteral("2021-03-04"));
    }
}

void ExportersTest::w3c_articleWithoutMetadata_sourceIsTheIri()
{
    const QJsonObject root = QJsonDocument::fromJson(single(QStringLiteral("w3c"), {withoutMetadata()})).object();
    QCOMPARE(Testing::WebAnnotationCheck::checkCollection(root), QStringList());
    const QJsonArray items = root.value(u"first")[u"items"].toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &item : items)
        QCOMPARE(item[u"target"][u"source"].toString(), QStringLiteral("file:///articles/lirano-harbour.txt"));
}

void ExportersTest::w3c_bylineNames_data()
{
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("one") << QStringLiteral("Mira Castell") << QStringList{QStringLiteral("Mira Castell")};
    QTest::newRow("and") << QStringLiteral("Mira Castell and Tomas Vey")
                         << QStringList{QStringLiteral("Mira Castell"), QStringLiteral("Tomas Vey")};
    QTest::newRow("commas, and, ampersand")
        << QStringLiteral("Mira Castell, Tomas Vey, and Ada Lorne & Iva Sten")
        << QStringList{QStringLiteral("Mira Castell"), QStringLiteral("Tomas Vey"), QStringLiteral("Ada Lorne"),
                       QStringLiteral("Iva Sten")};
    QTest::newRow("surname first, semicolons")
        << QStringLiteral("Castell, M.; Vey, Tomas")
        << QStringList{QStringLiteral("Castell, M."), QStringLiteral("Vey, Tomas")};
    QTest::newRow("surname first, alone") << QStringLiteral("Castell, Mira") << QStringList{QStringLiteral("Castell, Mira")};
    QTest::newRow("one word") << QStringLiteral("Staff") << QStringList{QStringLiteral("Staff")};
    QTest::newRow("empty") << QString() << QStringList();
}

void ExportersTest::w3c_bylineNames()
{
    QFETCH(QString, byline);
    QFETCH(QStringList, names);
    QCOMPARE(WebAnnotation::bylineNames(byline), names);
}

// The W3C export describes a stretch of text as the sidecar does: context of
// TextAnchor::ContextLength code points, not UTF-16 units, on each side, also
// where astral characters (two units each) lie within it.
void ExportersTest::w3c_contextIsTheSidecarsInCodePoints()
{
    const QString text = QStringLiteral("Boats 🚢🚢 left the quay at dawn 🌅 before the Velm Ferry Guild 🚢 sailed "
                                        "north with 𝒜 dozen crates 🎉 of salt for the islands.");
    ExportDocument doc;
    doc.article = ExportFixture::article(QStringLiteral("/articles/velm.txt"), QStringLiteral("Velm"), QDate(2026, 5, 2), text);
    doc.entities = {ExportFixture::entity(doc.article, QStringLiteral("Velm Ferry Guild"), EntityTypes::Organization)};
    const QJsonObject root = QJsonDocument::fromJson(single(QStringLiteral("w3c"), {doc})).object();
    const QJsonObject quote = root.value(u"first")[u"items"][0][u"target"][u"selector"][0].toObject();
    QCOMPARE(quote.value(u"type").toString(), QStringLiteral("TextQuoteSelector"));
    const TextAnchor expected = makeAnchor(text, doc.entities.first().range);
    QCOMPARE(quote.value(u"exact").toString(), QStringLiteral("Velm Ferry Guild"));
    QCOMPARE(quote.value(u"prefix").toString(), expected.prefix);
    QCOMPARE(quote.value(u"suffix").toString(), expected.suffix);
    QCOMPARE(expected.prefix.toUcs4().size(), TextAnchor::ContextLength);
    QCOMPARE(expected.suffix.toUcs4().size(), TextAnchor::ContextLength);
    QVERIFY(expected.prefix.size() > TextAnchor::ContextLength); // astral characters count once
    QVERIFY(expected.suffix.size() > TextAnchor::ContextLength);
}

void ExportersTest::svg_isWellFormedAndSlideSized()
{
    const QByteArray svg = single(QStringLiteral("svg"));
    QVERIFY(svg.contains("width=\"1600\" height=\"900\""));
    QVERIFY(!svg.contains("<script>"));
    QVERIFY(svg.contains("&lt;script&gt;"));
    QXmlStreamReader xml(svg);
    int texts = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text")
            ++texts;
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(texts > 10);
    // Years are marked; dates shown at their precision.
    for (const char *s : {">1800<", ">2025<", ">the 19th century<", ">week 37 of 2025<", ">summer 2018<"})
        QVERIFY2(svg.contains(s), s);
}

void ExportersTest::svg_staysWellFormedWithCharactersXmlForbids()
{
    // A sidecar's JSON can give a type, a label or a note any character.
    ExportDocument d = ExportFixture::harbour();
    const QString forbidden = QStringLiteral("a\uFFFFb\uFFFEc") + QChar(0xD800) + u'd' + QChar(0xDC00) + u'\x01';
    d.entities[4].type = QStringLiteral("VESSEL") + forbidden;
    d.events[0].label = forbidden;
    d.events[0].note = forbidden;
    const QByteArray svg = single(QStringLiteral("svg"), {d});
    QXmlStreamReader xml(svg);
    while (!xml.atEnd())
        xml.readNext();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(QString::fromUtf8(svg).contains(QStringLiteral("a\uFFFDb\uFFFDc\uFFFDd\uFFFD ")));
}

void ExportersTest::png_isSlideSizedInThemeBackground()
{
    const ExportOutput out = runFormat(QStringLiteral("png"), {ExportFixture::harbour()});
    QVERIFY2(out.ok(), qPrintable(out.error));
    QImage image;
    QVERIFY(image.loadFromData(out.files.at(0).data, "PNG"));
    QCOMPARE(image.size(), QSize(1600, 900));
    const EntityPalette pal = ExportFixture::options().palette;
    QCOMPARE(image.pixelColor(5, 5).rgb(), pal.background.rgb());
    // Something is drawn in the rule colour along the axis, and the picture is not blank.
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 7) {
        for (int y = 0; y < image.height(); y += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 20);
    QCOMPARE(image.pixelColor(300, int(900 * 0.52)).rgb(), pal.rule.rgb());
}

void ExportersTest::merged_tagsEachEventWithItsArticle()
{
    const QList<ExportDocument> docs{ExportFixture::harbour(), ExportFixture::ferry()};
    const QJsonArray events = QJsonDocument::fromJson(single(QStringLiteral("timelinejs"), docs)).object()[u"events"].toArray();
    QStringList order;
    for (const QJsonValue &v : events) {
        order << v[u"group"].toString() + u':' + v[u"text"][u"headline"].toString();
    }
    // 2019 (year) before 12 May 2019; equal dates keep the articles' order.
    const qsizetype works = order.indexOf(QStringLiteral("lirano-harbour.txt:Works on the quay"));
    const qsizetype ship = order.indexOf(QStringLiteral("sela-ferry.md:Ship ordered"));
    const qsizetype talks = order.indexOf(QStringLiteral("sela-ferry.md:Talks begin"));
    QVERIFY(works >= 0 && ship >= 0 && talks >= 0);
    QVERIFY(works < ship);
    QVERIFY(ship < talks);
    const QString csv = QString::fromUtf8(single(QStringLiteral("csv"), docs));
    QVERIFY(csv.contains(QStringLiteral(",Ferry line opens,")));
    QVERIFY(csv.contains(QStringLiteral(",sela-ferry.md\r\n")));
    QCOMPARE(QString::fromUtf8(single(QStringLiteral("json"), docs)).trimmed().front(), u'[');
}

void ExportersTest::writer_replacesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old content that is longer than nothing");
    old.close();
    const Exporter *e = Exporter::forName(u"csv");
    const ExportOutput out = e->run({ExportFixture::harbour()}, ExportFixture::options());
    const ExportWriteResult r = writeExport(out, resolveDestination(*e, 1, path));
    QVERIFY2(r.ok(), qPrintable(r.message));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), out.files.at(0).data);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.csv")}); // no temporary left
}

void ExportersTest::writer_reportsUnwritableDestination()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/folder/out.json"));
    const Exporter *e = Exporter::forName(u"json");
    const ExportWriteResult r = writeExport(e->run({ExportFixture::harbour()}, ExportFixture::options()),
                                            resolveDestination(*e, 1, path));
    QVERIFY(!r.ok());
    QVERIFY2(r.message.contains(path), qPrintable(r.message));
    QVERIFY(!QFile::exists(path));
}

void ExportersTest::writer_refusesToOverwriteArticle()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("story.txt"));
    QFile f(article);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("original\r\nwith CRLF");
    f.close();
    ExportDocument doc = ExportFixture::harbour();
    doc.article.path = article;
    const Exporter *e = Exporter::forName(u"brat");
    const ExportWriteResult r = writeExport(e->run({doc}, ExportFixture::options()),
                                            resolveDestination(*e, 1, dir.path()), {article});
    QVERIFY(!r.ok());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("original\r\nwith CRLF"));
}

void ExportersTest::writer_bratBaseNameAndFolder()
{
    QTemporaryDir dir;
    const Exporter *e = Exporter::forName(u"brat");
    ExportDestination d = resolveDestination(*e, 1, dir.filePath(QStringLiteral("pair.ann")));
    QCOMPARE(d.baseName, QStringLiteral("pair"));
    ExportOptions o = ExportFixture::options();
    o.baseName = d.baseName;
    ExportWriteResult r = writeExport(e->run({ExportFixture::harbour()}, o), d);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("pair.txt"))));
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("pair.ann"))));
    // Several articles: one pair each, in the folder (made if missing).
    d = resolveDestination(*e, 2, dir.filePath(QStringLiteral("several")));
    r = writeExport(e->run({ExportFixture::harbour(), ExportFixture::ferry()}, ExportFixture::options()), d);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("several"))).entryList(QDir::Files),
             (QStringList{QStringLiteral("lirano-harbour.ann"), QStringLiteral("lirano-harbour.txt"),
                          QStringLiteral("sela-ferry.ann"), QStringLiteral("sela-ferry.txt")}));
}

// Every string that reaches an export (title, source, file name, text, entity
// types, names and notes, event labels, notes and names) carries markup and a
// formula: none of it may become markup in HTML or a formula in a spreadsheet.
void ExportersTest::htmlAndCsv_everyFieldIsHostile()
{
    using namespace ExportFixture;
    const QString tag = QStringLiteral("<img src=x onerror=alert(1)>");
    const QString text = QStringLiteral("=1+2 <b onclick=\"x()\">Rosa Vek</b> met the =Harbour Board on 3 March 2021.\n"
                                        "@SUM(A1) and -2+3 and +1 and \t=tab stayed text.");
    Article a = article(QStringLiteral("/articles/=cmd|' /C calc'!A0 <i>.txt"), tag + QStringLiteral(" =title"),
                        QDate(2021, 3, 4), text);
    a.source = tag + QStringLiteral("</title><script>x()</script>");
    ExportDocument d;
    Entity person = entity(a, QStringLiteral("Rosa Vek"), QLatin1StringView("X\"><SCRIPT>x()</SCRIPT>"), Origin::User,
                           QStringLiteral("=HYPERLINK(\"http://evil.example\") ") + tag);
    person.canonical = QStringLiteral("=Rosa ") + tag;
    d.entities = {person, entity(a, QStringLiteral("=Harbour Board"), EntityTypes::Organization, Origin::Lexicon, tag),
                  dateEntity(a, QStringLiteral("3 March 2021"), QStringLiteral("2021-03-03"))};
    d.events = {ExportFixture::event(a, QStringLiteral("3 March 2021"), QStringLiteral("2021-03-03"), QStringLiteral("=cmd ") + tag,
                      {QStringLiteral("=Rosa ") + tag, QStringLiteral("@Board")}, QStringLiteral("\t=note ") + tag,
                      Origin::User)};
    d.article = a;

    const QString html = QString::fromUtf8(single(QStringLiteral("html"), {d}));
    for (const char *markup : {"<img", "<script", "<b ", "<b>", "<i>", "onclick=\"", "<SCRIPT"})
        QVERIFY2(!html.contains(QLatin1StringView(markup), Qt::CaseInsensitive), markup);
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;b onclick=")));

    // Each cell, read as a spreadsheet reads it (quotes removed), starts with
    // no formula character.
    const QString csv = QString::fromUtf8(single(QStringLiteral("csv"), {d}));
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv[i];
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv[i + 1] == u'"')
                cell += csv[++i];
            else if (c == u'"')
                quoted = false;
            else
                cell += c;
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',' || c == u'\n') {
            cells << cell;
            cell.clear();
        } else if (c != u'\r') {
            cell += c;
        }
    }
    QVERIFY(cells.size() > 8);
    int hostile = 0;
    for (const QString &c : std::as_const(cells)) {
        QVERIFY2(c.isEmpty() || !QStringLiteral("=+-@\t\r").contains(c.front()), qPrintable(c));
        if (c.startsWith(u'\''))
            ++hostile;
    }
    QVERIFY(hostile >= 4); // label, note, names and article at least
}

// Pictures need fonts, hence a QGuiApplication (offscreen), not QTEST_GUILESS_MAIN.
QTEST_MAIN(ExportersTest)
#include "exporters_test.moc"
