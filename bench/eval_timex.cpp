// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scores the temporal tagger against TIMEX3 gold in JSON Lines (one document
// a line: "text", "dct", "timex" [{start, end, type, value}], "annotated_end",
// offsets in code points), the way TempEval-3 does: strict and relaxed extent
// F1, and value and type F1 over the relaxed matches.
//
//   eval_timex FILE.jsonl [--errors]
//   eval_timex FILE.jsonl --throughput   also times tokenizer, tagger and
//       extractor (CPU time) on the file's texts repeated to 32 MB
//       (EVAL_TIMEX_MB sets another size)

#include "article/article.h"
#include "article/loader.h"
#include "temporal/eventextractor.h"
#include "temporal/temporaltagger.h"
#include "temporal/temporaltokens.h"
#include "util/codepoints.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

struct Span {
    qsizetype start = 0, end = 0;
    QString type, value, text;
};

struct Counts {
    qsizetype gold = 0, system = 0, strict = 0, relaxed = 0, value = 0, type = 0;
};

/// The figures of one TIMEX type: a match counts towards precision under the
/// system's type and towards recall under the gold type.
struct TypeCounts {
    qsizetype gold = 0, system = 0;
    qsizetype strictGold = 0, strictSystem = 0, relaxedGold = 0, relaxedSystem = 0, valueGold = 0, valueSystem = 0;
    qsizetype typeRight = 0; ///< relaxed matches of this gold type whose system type is the same
};

double f1Of(qsizetype correctSystem, qsizetype system, qsizetype correctGold, qsizetype gold)
{
    const double p = system ? double(correctSystem) / system : 0;
    const double r = gold ? double(correctGold) / gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

double f1(qsizetype correct, qsizetype system, qsizetype gold)
{
    const double p = system ? double(correct) / system : 0;
    const double r = gold ? double(correct) / gold : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

double ratio(qsizetype a, qsizetype b)
{
    return b ? double(a) / b : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString path;
    bool showErrors = false;
    bool throughput = false;
    QString allText;
    for (const QString &a : args) {
        if (a == u"--errors")
            showErrors = true;
        else if (a == u"--throughput")
            throughput = true;
        else
            path = a;
    }
    QTextStream out(stdout);
    if (path.isEmpty()) {
        QTextStream(stderr) << "usage: eval_timex FILE.jsonl [--errors]\n";
        return 2;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "eval_timex: " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    const TemporalTagger tagger;
    Counts c;
    QMap<QString, TypeCounts> perType;
    int documents = 0, lineNo = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError) {
            QTextStream(stderr) << "eval_timex: " << path << ':' << lineNo << ": " << error.errorString() << '\n';
            return 1;
        }
        if (!doc.value(u"timex_annotated").toBool(true))
            continue;
        ++documents;
        Article article;
        article.text = doc.value(u"text").toString();
        if (throughput)
            allText += article.text + u'\n';
        article.date = QDate::fromString(doc.value(u"dct").toString(), Qt::ISODate);
        segmentArticle(article);
        const qsizetype annotatedEnd = doc.value(u"annotated_end").toInteger(std::numeric_limits<qint64>::max());

        QList<Span> gold;
        for (const QJsonValue &v : doc.value(u"timex").toArray()) {
            const QJsonObject t = v.toObject();
            gold.append({t.value(u"start").toInteger(), t.value(u"end").toInteger(), t.value(u"type").toString(),
                         t.value(u"value").toString(), t.value(u"text").toString()});
        }
        const CodePointMap map(article.text);
        QList<Span> system;
        for (const Timex &t : tagger.tag(article)) {
            const qsizetype s = map.toCodePoint(t.range.start);
            if (s >= annotatedEnd)
                continue;
            system.append({s, map.toCodePoint(t.range.end), t.type, t.value,
                           article.slice(t.range).toString()});
        }
        c.gold += gold.size();
        c.system += system.size();
        for (const Span &g : std::as_const(gold))
            ++perType[g.type].gold;
        for (const Span &x : std::as_const(system))
            ++perType[x.type].system;
        // One-to-one alignment: exact matches first, then the largest overlaps.
        QList<qsizetype> goldFor(system.size(), -1);
        QList<bool> goldUsed(gold.size(), false);
        for (qsizetype s = 0; s < system.size(); ++s)
            for (qsizetype g = 0; g < gold.size(); ++g)
                if (!goldUsed[g] && gold[g].start == system[s].start && gold[g].end == system[s].end) {
                    goldFor[s] = g;
                    goldUsed[g] = true;
                    ++c.strict;
                    ++perType[gold[g].type].strictGold;
                    ++perType[system[s].type].strictSystem;
                    break;
                }
        for (qsizetype s = 0; s < system.size(); ++s) {
            if (goldFor[s] >= 0)
                continue;
            qsizetype best = -1, bestOverlap = 0;
            for (qsizetype g = 0; g < gold.size(); ++g) {
                if (goldUsed[g])
                    continue;
                const qsizetype overlap = qMin(gold[g].end, system[s].end) - qMax(gold[g].start, system[s].start);
                if (overlap > bestOverlap) {
                    bestOverlap = overlap;
                    best = g;
                }
            }
            if (best >= 0) {
                goldFor[s] = best;
                goldUsed[best] = true;
            }
        }
        const QString id = doc.value(u"id").toString();
        for (qsizetype s = 0; s < system.size(); ++s) {
            const qsizetype g = goldFor[s];
            if (g < 0) {
                if (showErrors)
                    out << id << "  extra   " << system[s].text << "  " << system[s].type << ' ' << system[s].value << '\n';
                continue;
            }
            ++c.relaxed;
            TypeCounts &gt = perType[gold[g].type];
            TypeCounts &st = perType[system[s].type];
            ++gt.relaxedGold;
            ++st.relaxedSystem;
            if (gold[g].type == system[s].type)
                ++gt.typeRight;
            if (gold[g].value == system[s].value) {
                ++c.value;
                ++gt.valueGold;
                ++st.valueSystem;
            } else if (showErrors)
                out << id << "  value   " << system[s].text << "  " << system[s].value << "  gold: " << gold[g].text
                    << "  " << gold[g].value << '\n';
            if (gold[g].type == system[s].type)
                ++c.type;
            if (showErrors && (gold[g].start != system[s].start || gold[g].end != system[s].end))
                out << id << "  extent  " << system[s].text << "  gold: " << gold[g].text << '\n';
        }
        if (showErrors)
            for (qsizetype g = 0; g < gold.size(); ++g)
                if (!goldUsed[g])
                    out << id << "  missed  " << gold[g].text << "  " << gold[g].type << ' ' << gold[g].value << '\n';
    }
    auto row = [&out, &c](const char *name, qsizetype correct) {
        out << qSetFieldWidth(16) << Qt::left << name << qSetFieldWidth(0)
            << QString::asprintf("P %.3f  R %.3f  F1 %.3f", ratio(correct, c.system), ratio(correct, c.gold),
                                 f1(correct, c.system, c.gold))
            << '\n';
    };
    out << "documents " << documents << ", gold " << c.gold << ", system " << c.system << '\n';
    row("strict extent", c.strict);
    row("relaxed extent", c.relaxed);
    row("value", c.value);
    row("type", c.type);
    out << QString::asprintf("value accuracy over relaxed matches %.3f, type accuracy %.3f\n", ratio(c.value, c.relaxed),
                             ratio(c.type, c.relaxed));
    out << "per type (precision under the system's type, recall under the gold type; type accuracy over the gold type's relaxed matches):\n";
    out << QString::asprintf("  %-9s %5s %6s  %-17s  %-17s  %-17s  %s\n", "type", "gold", "system", "strict P/R/F1",
                             "relaxed P/R/F1", "value P/R/F1", "type acc.");
    for (const QString &type : {u"DATE"_s, u"TIME"_s, u"DURATION"_s, u"SET"_s}) {
        const TypeCounts t = perType.value(type);
        auto prf = [&t](qsizetype s, qsizetype g) {
            return QString::asprintf("%.2f/%.2f/%.3f", ratio(s, t.system), ratio(g, t.gold), f1Of(s, t.system, g, t.gold));
        };
        out << QString::asprintf("  %-9s %5lld %6lld  %-17s  %-17s  %-17s  %.3f\n", qPrintable(type), qlonglong(t.gold),
                                 qlonglong(t.system), qPrintable(prf(t.strictSystem, t.strictGold)),
                                 qPrintable(prf(t.relaxedSystem, t.relaxedGold)),
                                 qPrintable(prf(t.valueSystem, t.valueGold)), ratio(t.typeRight, t.relaxedGold));
    }
    if (throughput && !allText.isEmpty()) {
        const int megabytesWanted = qEnvironmentVariableIsSet("EVAL_TIMEX_MB") ? qEnvironmentVariableIntValue("EVAL_TIMEX_MB") : 32;
        Article big;
        big.date = QDate(2010, 1, 1);
        while (big.text.size() < megabytesWanted * 1024 * 1024)
            big.text += allText;
        segmentArticle(big);
        const double megabytes = big.text.toUtf8().size() / 1e6;
        // CPU time of this process: the figures hold on a machine shared with other work.
        auto cpuSeconds = [] { return double(std::clock()) / CLOCKS_PER_SEC; };
        double t0 = cpuSeconds();
        const qsizetype tokenCount = qsizetype(Temporal::tokenize(big.text).size());
        const double tokenSeconds = cpuSeconds() - t0;
        t0 = cpuSeconds();
        const QList<Timex> timexes = tagger.tag(big);
        const double tagSeconds = cpuSeconds() - t0;
        EntityList dates;
        for (const Timex &t : timexes) {
            Entity e;
            e.range = t.range;
            e.type = EntityTypes::Date;
            e.value = t.value;
            e.timexType = t.type;
            dates.append(e);
        }
        t0 = cpuSeconds();
        const QList<TimelineEvent> events = EventExtractor().extract(big, dates, timexes);
        const double extractSeconds = cpuSeconds() - t0;
        out << QString::asprintf("throughput on %.1f MB of UTF-8 (%lld tokens, %lld timexes, %lld events), CPU time:\n"
                                 "  tokenizer alone %.0f MB/s, tagger %.0f MB/s, extractor %.0f MB/s, tagger + extractor %.0f MB/s\n",
                                 megabytes, qlonglong(tokenCount), qlonglong(timexes.size()), qlonglong(events.size()),
                                 megabytes / tokenSeconds, megabytes / tagSeconds, megabytes / extractSeconds,
                                 megabytes / (tagSeconds + extractSeconds));
    }
    return 0;
}
