// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Scores the HTML reader view on a folder of pages, one sub-folder a page,
// each holding source.html (the page as saved), expected.html (the article a
// reader expects) and expected-metadata.json ("title", "byline", "siteName",
// "publishedTime", "lang"). The body is scored as words (lower-cased, \w+)
// taken as bags: precision = shared / kept, recall = shared / expected, F1
// per page, then the means; the title is compared after lower-casing and
// collapsing punctuation and white space.
//
//   eval_html FOLDER             per-page figures, then the means
//   eval_html FOLDER --metadata  also every metadata field that differs
//   eval_html FOLDER --page NAME the extracted text of one page

#include "article/article.h"
#include "article/htmlextractor.h"
#include "article/loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>

using namespace Annalist;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The text of an HTML fragment as a reader sees it: every tag is a word
// boundary, script and style are no text, references are decoded.
QString fragmentText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    qsizetype i = 0;
    while (i < html.size()) {
        if (html[i] != u'<') {
            const qsizetype lt = html.indexOf(u'<', i);
            const qsizetype end = lt < 0 ? html.size() : lt;
            out += decodeHtmlEntities(QStringView(html).mid(i, end - i));
            i = end;
            continue;
        }
        const qsizetype gt = html.indexOf(u'>', i);
        if (gt < 0)
            break;
        const QStringView tag = QStringView(html).mid(i + 1, gt - i - 1);
        out += u' ';
        i = gt + 1;
        for (const QString &raw : {QStringLiteral("script"), QStringLiteral("style")}) {
            if (tag.startsWith(raw, Qt::CaseInsensitive)) {
                const qsizetype close = html.indexOf(u"</" + raw, i, Qt::CaseInsensitive);
                i = close < 0 ? html.size() : close;
            }
        }
    }
    return out;
}

QHash<QString, int> wordBag(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("\\w+"), QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> bag;
    for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
        ++bag[it.next().captured()];
    return bag;
}

qsizetype total(const QHash<QString, int> &bag)
{
    qsizetype n = 0;
    for (const int c : bag)
        n += c;
    return n;
}

QString normalTitle(const QString &t)
{
    static const QRegularExpression nonWord(QStringLiteral("[\\W_]+"), QRegularExpression::UseUnicodePropertiesOption);
    return t.toLower().replace(nonWord, QStringLiteral(" ")).trimmed();
}

struct Score {
    QString name;
    double p = 0, r = 0, f = 0;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QString folder, onePage;
    bool showMetadata = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == u"--metadata")
            showMetadata = true;
        else if (args[i] == u"--page" && i + 1 < args.size())
            onePage = args[++i];
        else
            folder = args[i];
    }
    QTextStream out(stdout);
    if (folder.isEmpty()) {
        QTextStream(stderr) << "usage: eval_html FOLDER [--metadata] [--page NAME]\n";
        return 2;
    }
    const QDir dir(folder);
    QStringList pages = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    pages.erase(std::remove_if(pages.begin(), pages.end(),
                               [&](const QString &p) { return !QFile::exists(dir.filePath(p + u"/source.html")); }),
                pages.end());
    if (pages.isEmpty()) {
        QTextStream(stderr) << folder << ": no page folders with a source.html\n";
        return 2;
    }

    QList<Score> scores;
    int titles = 0, titlesRight = 0;
    struct Field {
        const char *name;
        int expected = 0, right = 0;
    };
    Field bylineField{"byline"}, siteField{"site name"}, dateField{"date"}, langField{"language"};
    const auto field = [&](Field &f, const QString &page, const QString &expected, const QString &got, bool same) {
        if (expected.isEmpty())
            return;
        ++f.expected;
        if (same)
            ++f.right;
        else if (showMetadata)
            out << "  " << page << " " << f.name << ": expected \"" << expected << "\", got \"" << got << "\"\n";
    };
    out << qSetRealNumberPrecision(3) << Qt::fixed;
    for (const QString &page : std::as_const(pages)) {
        if (!onePage.isEmpty() && page != onePage)
            continue;
        const QString base = dir.filePath(page);
        const LoadResult loaded = parseArticle(readAll(base + u"/source.html"), QStringLiteral("source.html"));
        const Article &a = loaded.article;
        if (!onePage.isEmpty()) {
            out << "title: " << a.title << "\nbyline: " << a.byline << "\ndate: " << a.date.toString(Qt::ISODate)
                << "\nsite: " << a.source << "\nlanguage: " << a.language << "\n\n"
                << a.text << '\n';
            return 0;
        }
        const QHash<QString, int> expected = wordBag(fragmentText(QString::fromUtf8(readAll(base + u"/expected.html"))));
        const QHash<QString, int> got = wordBag(a.text);
        qsizetype shared = 0;
        for (auto it = got.cbegin(); it != got.cend(); ++it)
            shared += std::min(it.value(), expected.value(it.key()));
        Score s{page};
        const qsizetype kept = total(got), wanted = total(expected);
        s.p = kept ? double(shared) / kept : 0;
        s.r = wanted ? double(shared) / wanted : 0;
        s.f = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
        scores.append(s);

        const QJsonObject meta = QJsonDocument::fromJson(readAll(base + u"/expected-metadata.json")).object();
        const QString title = meta.value(u"title").toString();
        bool titleRight = false;
        if (!title.isEmpty()) {
            ++titles;
            titleRight = normalTitle(title) == normalTitle(a.title);
            if (titleRight)
                ++titlesRight;
        }
        out << (s.f < 0.85 ? "! " : "  ") << page.leftJustified(36) << " P " << s.p << "  R " << s.r << "  F1 "
            << s.f << "  title " << (title.isEmpty() ? "-" : titleRight ? "=" : "x") << '\n';
        if (showMetadata && !title.isEmpty() && !titleRight)
            out << "  " << page << " title: expected \"" << title << "\", got \"" << a.title << "\"\n";
        const QString byline = meta.value(u"byline").toString().simplified();
        field(bylineField, page, byline, a.byline, normalTitle(byline) == normalTitle(a.byline));
        const QString site = meta.value(u"siteName").toString().simplified();
        field(siteField, page, site, a.source, normalTitle(site) == normalTitle(a.source));
        const QString published = meta.value(u"publishedTime").toString();
        const QString day = published.left(10);
        field(dateField, page, day, a.date.toString(Qt::ISODate), a.date.toString(Qt::ISODate) == day);
        const QString lang = meta.value(u"lang").toString();
        field(langField, page, lang, a.language, lang.compare(a.language, Qt::CaseInsensitive) == 0);
    }
    double mp = 0, mr = 0, mf = 0;
    int good = 0, low = 0;
    for (const Score &s : std::as_const(scores)) {
        mp += s.p;
        mr += s.r;
        mf += s.f;
        good += s.f >= 0.9;
        low += s.f < 0.85;
    }
    const double n = scores.size();
    const auto worst = std::min_element(scores.cbegin(), scores.cend(),
                                        [](const Score &a, const Score &b) { return a.f < b.f; });
    out << "\npages " << scores.size() << "   mean P " << mp / n << "   R " << mr / n << "   F1 " << mf / n << '\n'
        << "F1 >= 0.90: " << good << " of " << scores.size() << "   under 0.85: " << low << "   worst " << worst->name
        << " " << worst->f << '\n'
        << "title exact: " << titlesRight << " of " << titles << " (" << (titles ? 100.0 * titlesRight / titles : 0)
        << " %)\n";
    for (const Field *f : {&bylineField, &siteField, &dateField, &langField})
        out << f->name << ": " << f->right << " of " << f->expected << '\n';
    return 0;
}
