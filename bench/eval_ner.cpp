// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scores the recognizer against gold entities in JSON Lines (the format of
// GUM/MEANTIME conversions: one document per line with "text", "dct" and
// "entities" [{start, end, type, extent}] in code points). Prints strict and
// lenient precision, recall and F1 for PERSON, ORG and LOC, for the combined
// recognizer and for each of its parts alone (rules, learned model).
//
//   eval_ner [--errors] [--reasons] [--parts all|combined|rules|model] [--model MODEL.bin] FILE.jsonl[=MODEL.bin]...
//
// FILE may be "-" for standard input. FILE=MODEL scores that file with that
// model (cross-validation: each fold with the model trained without it);
// --model sets the model for the files that name none (default: the shipped one).
// --reasons adds a table of the system's names by the kind of reason given
// for them (the reason with its names and quoted words left out, the model's
// confidence in steps of 0.1): how many, how many right by the lenient
// measure, how many where gold has a name of another type.

#include "article/loader.h"
#include "recognize/nermodel.h"
#include "recognize/recognizer.h"
#include "util/codepoints.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace Annalist;

namespace {

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype extentStart = 0;
    qsizetype extentEnd = 0;
    int type = 0;
    QString text;
};

constexpr std::array<const char *, 3> TypeNames{"PERSON", "ORG", "LOC"};

int goldType(const QString &t)
{
    for (int i = 0; i < 3; ++i)
        if (t == QLatin1StringView(TypeNames[i]))
            return i;
    return -1; // OTHER and anything else: not scored
}

int systemType(const QString &t)
{
    if (t == EntityTypes::Person)
        return 0;
    if (t == EntityTypes::Organization)
        return 1;
    if (t == EntityTypes::Location)
        return 2;
    return -1; // DOCUMENT, EVENT, DATE: not scored
}

struct Counts {
    qsizetype system = 0;
    qsizetype gold = 0;
    qsizetype strictHits = 0;
    qsizetype lenientSystemHits = 0; ///< system spans that match some gold span
    qsizetype lenientGoldHits = 0; ///< gold spans matched by some system span
    Counts &operator+=(const Counts &o)
    {
        system += o.system;
        gold += o.gold;
        strictHits += o.strictHits;
        lenientSystemHits += o.lenientSystemHits;
        lenientGoldHits += o.lenientGoldHits;
        return *this;
    }
};

/// What a reason says without its particulars: "cue word: Bridge" and "cue
/// word: Harbour" are one kind, as are "learned model (0.71)" and "(0.78)".
QString reasonKind(const QString &why)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|“[^”]*”"));
    static const QRegularExpression confidence(QStringLiteral("\\((0|1)\\.(\\d)\\d*\\)"));
    static const QRegularExpression name(QStringLiteral("\\b\\p{Lu}\\S*(\\s+\\p{Lu}\\S*)*"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression word(QStringLiteral("\\((\\p{Ll}+)\\)"), QRegularExpression::UseUnicodePropertiesOption);
    QString kind = why;
    kind.replace(quoted, QStringLiteral("\"…\""));
    kind.replace(confidence, QStringLiteral("(\\1.\\2x)"));
    kind.replace(name, QStringLiteral("N"));
    kind.replace(word, QStringLiteral("(w)"));
    return kind;
}

struct ReasonCounts {
    qsizetype system = 0;
    qsizetype right = 0; ///< lenient match
    qsizetype otherType = 0; ///< overlaps a gold name of another type
};

bool lenientMatch(const Span &s, const Span &g)
{
    if (s.type != g.type)
        return false;
    const bool overlaps = s.start < g.end && g.start < s.end;
    const bool inside = s.start >= g.extentStart && s.end <= g.extentEnd;
    return overlaps || inside;
}

QString prf(qsizetype hitsP, qsizetype system, qsizetype hitsR, qsizetype gold)
{
    const double p = system ? double(hitsP) / double(system) : 0.0;
    const double r = gold ? double(hitsR) / double(gold) : 0.0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return QStringLiteral("P %1  R %2  F1 %3").arg(p, 0, 'f', 3).arg(r, 0, 'f', 3).arg(f, 0, 'f', 3);
}

struct Input {
    QList<QByteArray> lines;
    QString model; ///< empty: the default model
};

void printCounts(QTextStream &out, const std::array<Counts, 3> &counts)
{
    Counts all;
    for (int t = 0; t < 3; ++t) {
        const Counts &c = counts[t];
        all += c;
        out << QStringLiteral("%1  gold %2  system %3\n").arg(QLatin1StringView(TypeNames[t]), -7).arg(c.gold, 4).arg(c.system, 4);
        out << "  strict   " << prf(c.strictHits, c.system, c.strictHits, c.gold) << "\n";
        out << "  lenient  " << prf(c.lenientSystemHits, c.system, c.lenientGoldHits, c.gold) << "\n";
    }
    out << QStringLiteral("OVERALL  gold %1  system %2  (micro over the three types)\n").arg(all.gold, 4).arg(all.system, 4);
    out << "  strict   " << prf(all.strictHits, all.system, all.strictHits, all.gold) << "\n";
    out << "  lenient  " << prf(all.lenientSystemHits, all.system, all.lenientGoldHits, all.gold) << "\n";
}

/// The corpus a document comes from, by its id: the training files' GUM
/// genres, GUM's news and interviews (the development file), UNER and WikiGold.
QString corpusOf(const QString &id)
{
    const QString prefix = id.section(u':', 0, 0);
    if (prefix == u"gum")
        return id.contains(u"GUM_news") || id.contains(u"GUM_interview") ? QStringLiteral("gum-news")
                                                                           : QStringLiteral("gum-train");
    if (prefix == u"conll")
        return QStringLiteral("wikigold");
    return prefix;
}

QString f1(qsizetype hitsP, qsizetype system, qsizetype hitsR, qsizetype gold)
{
    const double p = system ? double(hitsP) / double(system) : 0.0;
    const double r = gold ? double(hitsR) / double(gold) : 0.0;
    return QString::number(p + r > 0 ? 2 * p * r / (p + r) : 0.0, 'f', 3);
}

/// One line per corpus: lenient/strict F1 overall and lenient F1 per type.
void printByCorpus(QTextStream &out, const QMap<QString, std::array<Counts, 3>> &byCorpus)
{
    out << "by corpus: lenient/strict F1 overall, then lenient F1 of PERSON ORG LOC\n";
    for (auto it = byCorpus.cbegin(); it != byCorpus.cend(); ++it) {
        Counts all;
        for (const Counts &c : it.value())
            all += c;
        out << QStringLiteral("  %1 gold %2  ").arg(it.key(), -10).arg(all.gold, 5)
            << f1(all.lenientSystemHits, all.system, all.lenientGoldHits, all.gold) << "/"
            << f1(all.strictHits, all.system, all.strictHits, all.gold) << "  ";
        for (const Counts &c : it.value())
            out << " " << f1(c.lenientSystemHits, c.system, c.lenientGoldHits, c.gold);
        out << "\n";
    }
}

/// Scores one document; returns false when its line is not JSON.
bool scoreDocument(const QByteArray &line, const Recognizer &recognizer, std::array<Counts, 3> &counts,
                   QMap<QString, std::array<Counts, 3>> &byCorpus, QMap<QString, ReasonCounts> &byReason,
                   bool showErrors, QTextStream &out, QTextStream &err)
{
    std::array<Counts, 3> own{};
    QJsonParseError parseError;
    const QJsonObject doc = QJsonDocument::fromJson(line, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        err << "eval_ner: " << parseError.errorString() << "\n";
        return false;
    }
    Article article;
    article.text = doc.value(QStringLiteral("text")).toString();
    article.date = QDate::fromString(doc.value(QStringLiteral("dct")).toString(), Qt::ISODate);
    segmentArticle(article);
    const CodePointMap map(article.text);

    QList<Span> gold;
    const QJsonArray goldArray = doc.value(QStringLiteral("entities")).toArray();
    for (const QJsonValue &v : goldArray) {
        const QJsonObject o = v.toObject();
        const int type = goldType(o.value(QStringLiteral("type")).toString());
        if (type < 0)
            continue;
        Span s;
        s.start = o.value(QStringLiteral("start")).toInteger();
        s.end = o.value(QStringLiteral("end")).toInteger();
        const QJsonArray extent = o.value(QStringLiteral("extent")).toArray();
        s.extentStart = extent.size() == 2 ? extent.at(0).toInteger() : s.start;
        s.extentEnd = extent.size() == 2 ? extent.at(1).toInteger() : s.end;
        s.type = type;
        s.text = o.value(QStringLiteral("text")).toString();
        gold.append(s);
    }
    QList<Span> system;
    QStringList reasons; // by system span
    const EntityList entities = recognizer.recognize(article);
    for (const Entity &e : entities) {
        const int type = systemType(e.type);
        if (type < 0)
            continue;
        Span s;
        s.start = map.toCodePoint(e.range.start);
        s.end = map.toCodePoint(e.range.end);
        s.extentStart = s.start;
        s.extentEnd = s.end;
        s.type = type;
        s.text = article.slice(e.range).toString() + QStringLiteral("  [") + e.why + u']';
        system.append(s);
        reasons.append(reasonKind(e.why));
    }

    const QString id = doc.value(QStringLiteral("id")).toString();
    for (qsizetype i = 0; i < system.size(); ++i) {
        const Span &s = system.at(i);
        Counts &c = own[s.type];
        ++c.system;
        bool strict = false;
        bool lenient = false;
        bool otherType = false;
        for (const Span &g : std::as_const(gold)) {
            strict = strict || (g.type == s.type && g.start == s.start && g.end == s.end);
            lenient = lenient || lenientMatch(s, g);
            otherType = otherType || (g.type != s.type && g.start < s.end && s.start < g.end);
        }
        c.strictHits += strict;
        c.lenientSystemHits += lenient;
        ReasonCounts &r = byReason[reasons.at(i)];
        ++r.system;
        r.right += lenient;
        r.otherType += !lenient && otherType;
        if (showErrors && !strict) {
            // What gold says at this place, whatever its type.
            QString there;
            for (const Span &g : std::as_const(gold))
                if (g.start < s.end && s.start < g.end)
                    there = QLatin1StringView(TypeNames[g.type]) + u' ' + g.text;
            out << id << "\tFP" << (lenient ? "~" : " ") << "\t" << TypeNames[s.type] << "\t" << s.text
                << (there.isEmpty() ? QString() : QStringLiteral("\tgold: ") + there) << "\n";
        }
    }
    for (const Span &g : std::as_const(gold)) {
        Counts &c = own[g.type];
        ++c.gold;
        bool lenient = false;
        bool strict = false;
        for (const Span &s : std::as_const(system)) {
            lenient = lenient || lenientMatch(s, g);
            strict = strict || (g.type == s.type && g.start == s.start && g.end == s.end);
        }
        c.lenientGoldHits += lenient;
        if (showErrors && !strict) {
            QString there;
            for (const Span &s : std::as_const(system))
                if (g.start < s.end && s.start < g.end)
                    there = QLatin1StringView(TypeNames[s.type]) + u' ' + s.text;
            out << id << "\tFN" << (lenient ? "~" : " ") << "\t" << TypeNames[g.type] << "\t" << g.text
                << (there.isEmpty() ? QString() : QStringLiteral("\tsystem: ") + there) << "\n";
        }
    }
    std::array<Counts, 3> &corpus = byCorpus[corpusOf(id)];
    for (int t = 0; t < 3; ++t) {
        counts[t] += own[t];
        corpus[t] += own[t];
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool showErrors = false;
    bool showReasons = false;
    QString parts = QStringLiteral("all");
    QString defaultModel;
    QList<Input> inputs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--errors") {
            showErrors = true;
        } else if (a == u"--reasons") {
            showReasons = true;
        } else if (a == u"--parts" && i + 1 < args.size()) {
            parts = args.at(++i);
        } else if (a == u"--model" && i + 1 < args.size()) {
            defaultModel = args.at(++i);
        } else if (a.startsWith(u"--") || (a.startsWith(u'-') && a != u"-")) {
            err << "usage: eval_ner [--errors] [--reasons] [--parts all|combined|rules|model] [--model MODEL.bin] "
                   "FILE.jsonl[=MODEL.bin]...   (FILE may be - for standard input)\n";
            return 2;
        } else {
            const qsizetype eq = a.lastIndexOf(u'=');
            const QString path = eq > 0 ? a.left(eq) : a;
            Input input;
            input.model = eq > 0 ? a.mid(eq + 1) : QString();
            QFile file;
            if (path == u"-" ? !file.open(stdin, QIODevice::ReadOnly)
                             : (file.setFileName(path), !file.open(QIODevice::ReadOnly))) {
                err << "eval_ner: " << path << ": " << file.errorString() << "\n";
                return 1;
            }
            while (!file.atEnd())
                if (const QByteArray line = file.readLine().trimmed(); !line.isEmpty())
                    input.lines.append(line);
            inputs.append(input);
        }
    }
    if (inputs.isEmpty()) {
        err << "usage: eval_ner [--errors] [--reasons] [--parts all|combined|rules|model] [--model MODEL.bin] "
               "FILE.jsonl[=MODEL.bin]...   (FILE may be - for standard input)\n";
        return 2;
    }
    for (Input &input : inputs)
        if (input.model.isEmpty())
            input.model = defaultModel;

    QList<std::pair<QString, RecognizerParts>> runs;
    if (parts == u"all" || parts == u"combined")
        runs.append({QStringLiteral("COMBINED (rules and learned model)"), RecognizerParts::Combined});
    if (parts == u"all" || parts == u"rules")
        runs.append({QStringLiteral("RULES ALONE"), RecognizerParts::RulesOnly});
    if (parts == u"all" || parts == u"model")
        runs.append({QStringLiteral("LEARNED MODEL ALONE"), RecognizerParts::ModelOnly});
    if (runs.isEmpty()) {
        err << "eval_ner: --parts takes all, combined, rules or model\n";
        return 2;
    }

    Recognizer recognizer;
    for (const QString &problem : recognizer.problems())
        err << "eval_ner: " << problem << "\n";
    qsizetype documents = 0;
    for (const Input &input : std::as_const(inputs))
        documents += input.lines.size();
    out << "documents: " << documents << "\n";
    out << "scored types: PERSON, ORG (our ORGANIZATION), LOC (our LOCATION). Gold OTHER spans are ignored;\n"
           "system DOCUMENT, EVENT and DATE spans are ignored (neither right nor wrong).\n"
           "strict: same start, end and type. lenient: same type and the system span overlaps the gold span\n"
           "or lies inside its annotated extent.\n";
    for (const auto &[title, part] : std::as_const(runs)) {
        out << "\n== " << title << "\n";
        recognizer.setParts(part);
        std::array<Counts, 3> counts{};
        QMap<QString, std::array<Counts, 3>> byCorpus;
        QMap<QString, ReasonCounts> byReason;
        for (const Input &input : std::as_const(inputs)) {
            NerModel model;
            if (!input.model.isEmpty()) {
                if (const QString problem = model.loadFile(input.model); !problem.isEmpty()) {
                    err << "eval_ner: " << input.model << ": " << problem << "\n";
                    return 1;
                }
                recognizer.setModel(&model);
            } else {
                recognizer.setModel(NerModel::shipped());
            }
            for (const QByteArray &line : input.lines)
                if (!scoreDocument(line, recognizer, counts, byCorpus, byReason, showErrors, out, err))
                    return 1;
            recognizer.setModel(nullptr); // the model above ends here
        }
        printCounts(out, counts);
        if (byCorpus.size() > 1)
            printByCorpus(out, byCorpus);
        if (showReasons) {
            out << "by reason: names found, lenient precision, share that gold has as another type\n";
            QList<std::pair<QString, ReasonCounts>> rows;
            for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
                rows.append({it.key(), it.value()});
            std::stable_sort(rows.begin(), rows.end(),
                             [](const auto &a, const auto &b) { return a.second.system > b.second.system; });
            for (const auto &[kind, r] : std::as_const(rows))
                out << QStringLiteral("  %1  %2  %3  %4\n")
                           .arg(r.system, 6)
                           .arg(double(r.right) / double(r.system), 0, 'f', 3)
                           .arg(double(r.otherType) / double(r.system), 0, 'f', 3)
                           .arg(kind);
        }
    }
    return 0;
}
