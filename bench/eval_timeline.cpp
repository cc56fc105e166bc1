// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scores the timeline's items against sentences with the items a reader
// expects (tests/data/timeline-labels/sentences.txt describes the format),
// running the whole analysis (recognizer, temporal tagger, event extractor)
// on each entry as on an article of its own. Prints how many expected items
// came out with their date and label, and how many labels break a rule of
// clean wording (checked here by code, whatever the expectations say).
//
//   eval_timeline FILE [--errors]   --errors also lists every miss, break and other item

#include "analysis/analyzer.h"
#include "article/loader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

struct Expected {
    QString value; ///< TIMEX3 start
    QString until; ///< TIMEX3 end; empty when no range
    QStringList labels; ///< any of these
};

struct Entry {
    int line = 0;
    QString date; ///< the document's date, YYYY-MM-DD
    QString text;
    QList<Expected> items;
    bool none = false; ///< "= none": no item at all
    QStringList forbidden; ///< "= not V": no item at V
};

QList<Entry> readEntries(const QString &path, QString &error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = f.errorString();
        return {};
    }
    QList<Entry> entries;
    QString date = u"2024-06-14"_s;
    Entry current;
    int n = 0;
    auto flush = [&] {
        if (!current.text.isEmpty())
            entries.append(current);
        current = Entry();
    };
    QTextStream in(&f);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++n;
        if (line.startsWith(u'#'))
            continue;
        if (line.trimmed().isEmpty()) {
            flush();
        } else if (line.startsWith(u"date "_s)) {
            flush();
            date = line.mid(5).trimmed();
        } else if (line.startsWith(u"> "_s)) {
            if (current.text.isEmpty()) {
                current.line = n;
                current.date = date;
            } else {
                current.text += u'\n';
            }
            current.text += line.mid(2);
        } else if (line.startsWith(u"= "_s)) {
            const QString rest = line.mid(2).trimmed();
            if (rest == u"none") {
                current.none = true;
            } else if (rest.startsWith(u"not "_s)) {
                current.forbidden.append(rest.mid(4).trimmed());
            } else {
                const qsizetype bar = rest.indexOf(u" | "_s);
                if (bar < 0) {
                    error = u"line %1: expected VALUE | LABEL"_s.arg(n);
                    return {};
                }
                Expected e;
                const QString value = rest.left(bar).trimmed();
                const qsizetype dots = value.indexOf(u".."_s);
                e.value = dots < 0 ? value : value.left(dots);
                e.until = dots < 0 ? QString() : value.mid(dots + 2);
                for (const QString &l : rest.mid(bar + 3).split(u" || "_s))
                    e.labels.append(l.trimmed());
                current.items.append(e);
            }
        } else {
            error = u"line %1: unknown line"_s.arg(n);
            return {};
        }
    }
    flush();
    return entries;
}

// Labels compare without regard to the case of their first letter or a
// full stop at the end.
bool sameLabel(const QString &a, const QString &b)
{
    auto norm = [](QString s) {
        s = s.trimmed();
        if (s.endsWith(u'.'))
            s.chop(1);
        if (!s.isEmpty())
            s[0] = s[0].toLower();
        return s;
    };
    return norm(a) == norm(b);
}

const QStringList &functionWords()
{
    static const QStringList words = {u"in"_s,     u"on"_s,    u"at"_s,     u"of"_s,    u"since"_s,  u"from"_s,
                                      u"until"_s,  u"till"_s,  u"between"_s, u"after"_s, u"before"_s, u"by"_s,
                                      u"for"_s,    u"during"_s, u"to"_s,     u"the"_s,   u"a"_s,      u"an"_s,
                                      u"and"_s,    u"or"_s,    u"than"_s,   u"within"_s, u"through"_s, u"ago"_s,
                                      u"as"_s,     u"with"_s,  u"that"_s,   u"which"_s, u"who"_s,    u"while"_s,
                                      u"whereas"_s, u"when"_s, u"last"_s,   u"next"_s,  u"this"_s,   u"early"_s,
                                      u"late"_s,   u"mid"_s};
    return words;
}

// The rules a clean label keeps; the names of those label breaks.
// sentence is the text the label came from.
QStringList breaks(const QString &label, const QString &sentence)
{
    QStringList out;
    if (label.isEmpty())
        return {u"empty label"_s};
    // Dateline residue: "KARVIK, Dravenia, - The …", "(Norpress) -", a
    // capitalised place and a comma before the statement.
    static const QRegularExpression dateline(uR"(^(\p{Lu}{2,}[\p{Lu}\s.'-]*,|\(\p{L}+\)|[-–—]\s))"_s);
    if (dateline.match(label).hasMatch())
        out.append(u"dateline residue"_s);
    // Punctuation doubled, or with only spaces between.
    static const QRegularExpression doubled(uR"([,;:.]\s*[,;:.]|\(\s*\)|[-–—]\s*[,;:.]|[,;:]\s*[-–—])"_s);
    if (doubled.match(label).hasMatch())
        out.append(u"doubled punctuation"_s);
    // A sentence's stop inside the label, the next word in lower case: two
    // pieces run together ("A storm destroyed. to rebuild the pier").
    // (Abbreviations and numbers keep their stop without a space after it.)
    static const QRegularExpression innerStop(uR"([.!?]\s+\p{Ll})"_s);
    if (innerStop.match(label).hasMatch())
        out.append(u"a stop inside the label"_s);
    static const QRegularExpression leading(uR"(^[\s,;:.\-–—)'’])"_s);
    if (leading.match(label).hasMatch())
        out.append(u"leading punctuation"_s);
    static const QRegularExpression trailing(uR"([\s,;:\-–—(]$)"_s);
    if (trailing.match(label).hasMatch())
        out.append(u"trailing punctuation"_s);
    // A function word left where a date or duration was cut: at the end,
    // before punctuation, or two in a row that the sentence never has.
    static const QRegularExpression wordRe(uR"([\p{L}\p{N}'’-]+|[^\s\p{L}\p{N}])"_s);
    QStringList tokens;
    for (auto it = wordRe.globalMatch(label); it.hasNext();)
        tokens.append(it.next().captured());
    const QStringList &fw = functionWords();
    auto isFw = [&fw](const QString &t) { return fw.contains(t.toLower()); };
    if (!tokens.isEmpty() && isFw(tokens.back()) && !sentence.contains(label))
        out.append(u"dangling function word at the end"_s);
    // An auxiliary or a copula at the end, whose verb or complement was cut
    // ("The port was", "… 12 reporters were"), unless the sentence ends so.
    static const QStringList auxiliaries = {u"is"_s, u"are"_s, u"was"_s, u"were"_s, u"be"_s, u"been"_s, u"being"_s,
                                            u"has"_s, u"have"_s, u"had"_s, u"will"_s, u"would"_s, u"can"_s,
                                            u"could"_s, u"should"_s, u"may"_s, u"might"_s, u"must"_s, u"shall"_s};
    if (tokens.size() >= 2 && auxiliaries.contains(tokens.back().toLower())) {
        QString end = sentence.trimmed();
        while (!end.isEmpty() && !end.back().isLetterOrNumber())
            end.chop(1);
        if (!end.endsWith(tokens[tokens.size() - 2] + u' ' + tokens.back(), Qt::CaseInsensitive))
            out.append(u"auxiliary at the end: "_s + tokens.back());
    }
    for (qsizetype k = 0; k + 1 < tokens.size(); ++k) {
        const QString &t = tokens[k];
        const QString &u = tokens[k + 1];
        const bool punct = u.size() == 1 && QStringView(u",;:").contains(u[0]);
        const QString pair = t + u' ' + u;
        static const QStringList allowedPairs = {u"in a"_s, u"to a"_s, u"of a"_s,  u"on a"_s, u"for a"_s, u"at a"_s,
                                                 u"with a"_s, u"in the"_s, u"of the"_s, u"to the"_s, u"on the"_s, u"at the"_s,
                                                 u"for the"_s, u"from the"_s, u"by the"_s, u"with the"_s,
                                                 u"and the"_s, u"and a"_s, u"since the"_s, u"after the"_s,
                                                 u"before the"_s, u"during the"_s, u"that the"_s, u"as a"_s, u"as the"_s,
                                                 u"in an"_s, u"of an"_s, u"to an"_s, u"as an"_s, u"than the"_s,
                                                 u"between the"_s, u"until the"_s, u"through the"_s, u"within the"_s,
                                                 u"who the"_s, u"which the"_s, u"when the"_s, u"while the"_s,
                                                 u"last the"_s, u"after a"_s, u"for an"_s, u"and an"_s, u"by a"_s,
                                                 u"that a"_s, u"with an"_s, u"from a"_s, u"into the"_s, u"and to"_s,
                                                 u"or the"_s, u"and in"_s, u"and for"_s, u"and with"_s, u"and as"_s};
        if (isFw(t) && t.toLower() != u"that" && punct)
            out.append(u"function word before punctuation: "_s + pair);
        else if (isFw(t) && isFw(u) && !allowedPairs.contains(pair.toLower())
                 && !sentence.contains(pair, Qt::CaseInsensitive))
            out.append(u"function words in a row: "_s + pair);
    }
    // A possessive without its owner.
    static const QRegularExpression possessive(uR"((^|[\s,;(])['’]s\b)"_s);
    if (possessive.match(label).hasMatch())
        out.append(u"possessive without owner"_s);
    // Capitals: the first letter, and every word the sentence capitalises
    // (other than at its start) kept so.
    if (label[0].isLower() && !(label.size() > 1 && label[1].isUpper()))
        out.append(u"lower-case first letter"_s);
    for (qsizetype k = 1; k < tokens.size(); ++k) {
        const QString &t = tokens[k];
        if (t.isEmpty() || !t[0].isLower())
            continue;
        QString capital = t;
        capital[0] = capital[0].toUpper();
        static const QRegularExpression anyCase(u"."_s);
        const QRegularExpression lower(u"\\b"_s + QRegularExpression::escape(t) + u"\\b"_s);
        const QRegularExpression upper(u"[^.!?\"“\\s]\\s+"_s + QRegularExpression::escape(capital) + u"\\b"_s);
        if (!lower.match(sentence).hasMatch() && upper.match(sentence).hasMatch())
            out.append(u"lost capital: "_s + t);
    }
    // Quotes and brackets balanced.
    const qsizetype straight = label.count(u'"');
    if (straight % 2 != 0 || label.count(u'“') != label.count(u'”') || label.count(u'(') != label.count(u')'))
        out.append(u"unbalanced quotes or brackets"_s);
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString path;
    bool showErrors = false;
    for (const QString &a : args) {
        if (a == u"--errors")
            showErrors = true;
        else
            path = a;
    }
    if (path.isEmpty()) {
        std::fprintf(stderr, "usage: eval_timeline FILE [--errors]\n");
        return 2;
    }
    QString error;
    const QList<Entry> entries = readEntries(path, error);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(path), qPrintable(error));
        return 2;
    }
    const Analyzer analyzer;
    qsizetype expected = 0, found = 0, labels = 0, broken = 0, extra = 0, forbiddenHit = 0;
    QTextStream out(stdout);
    for (const Entry &e : entries) {
        const QByteArray bytes = (u"date "_s + e.date + u"\n\n"_s + e.text + u'\n').toUtf8();
        const LoadResult r = parseArticle(bytes, u"entry.txt"_s);
        if (!r.ok()) {
            out << "line " << e.line << ": " << r.message << "\n";
            continue;
        }
        const Analysis an = analyzer.analyze(r.article);
        QList<bool> used(an.events.size(), false);
        auto describe = [&an, &r] {
            QString s;
            for (const TimelineEvent &ev : an.events)
                s += u"      got "_s + ev.date + (ev.until.isEmpty() ? QString() : u".."_s + ev.until) + u" | "_s
                    + ev.label + u"  [" + r.article.slice(ev.expression) + u"]\n"_s;
            return s;
        };
        if (e.none) {
            ++expected;
            if (an.events.isEmpty())
                ++found;
            else if (showErrors)
                out << "line " << e.line << ": expected no item\n" << describe();
        }
        for (const Expected &x : e.items) {
            ++expected;
            bool ok = false;
            for (qsizetype k = 0; k < an.events.size() && !ok; ++k) {
                const TimelineEvent &ev = an.events[k];
                if (used[k] || ev.date != x.value || ev.until != x.until)
                    continue;
                for (const QString &l : x.labels)
                    ok = ok || sameLabel(ev.label, l);
                if (ok)
                    used[k] = true;
            }
            if (ok)
                ++found;
            else if (showErrors)
                out << "line " << e.line << ": missed " << x.value << (x.until.isEmpty() ? QString() : u".."_s + x.until)
                    << " | " << x.labels.front() << "\n"
                    << describe();
        }
        for (const QString &v : e.forbidden)
            for (const TimelineEvent &ev : an.events)
                if (ev.date == v) {
                    ++forbiddenHit;
                    if (showErrors)
                        out << "line " << e.line << ": item at the wrong date " << v << "\n";
                }
        for (qsizetype k = 0; k < an.events.size(); ++k) {
            const TimelineEvent &ev = an.events[k];
            ++labels;
            if (!e.none && !used[k]) {
                ++extra;
                if (showErrors)
                    out << "line " << e.line << ": other item " << ev.date
                        << (ev.until.isEmpty() ? QString() : u".."_s + ev.until) << " | " << ev.label << "\n";
            }
            const QStringList b = breaks(ev.label, r.article.text);
            if (!b.isEmpty()) {
                ++broken;
                if (showErrors)
                    out << "line " << e.line << ": label breaks a rule (" << b.join(u"; "_s) << "): " << ev.label
                        << "\n";
            }
        }
    }
    out << "entries " << entries.size() << "\n";
    out << "expected items " << found << " / " << expected << " ("
        << QString::number(expected ? 100.0 * found / expected : 0, 'f', 1) << " %)\n";
    out << "labels breaking a rule " << broken << " / " << labels << "\n";
    out << "items at a forbidden date " << forbiddenHit << "\n";
    out << "other items (not expected, not counted above) " << extra << "\n";
    return 0;
}
