// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/librarysearch.h"

#include "export/exportdate.h"
#include "library/library.h"
#include "library/librarytimeline.h"
#include "temporal/timexvalue.h"
#include "util/codepoints.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Annalist {

namespace {


/// Conditions on the articles table (aliased `a`) with their values.
struct Filter {
    QStringList conditions;
    QVariantList values;
    bool matchesNothing = false; ///< an entity that the library does not know
    QString error;

    QString where() const { return conditions.isEmpty() ? QString() : QStringLiteral(" AND ") + conditions.join(QStringLiteral(" AND ")); }
};

void bindAll(QSqlQuery &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
}

QString databaseError(const QSqlQuery &q)
{
    return QCoreApplication::translate("Library", "The library's database failed: %1").arg(q.lastError().text());
}

/// The entities a name stands for: by canonical name or alias, whatever the
/// case; failing that, those whose name contains it.
QList<qint64> entitiesNamed(const QSqlDatabase &db, const QString &name, const QString &type)
{
    QList<qint64> ids;
    const QString folded = name.trimmed().toCaseFolded();
    if (folded.isEmpty())
        return ids;
    const QString typeCondition = type.isEmpty() ? QString() : QStringLiteral(" AND e.type = ?");
    const QStringList statements{QStringLiteral("SELECT e.id FROM entities e WHERE e.folded = ?") + typeCondition
                                     + QStringLiteral(" UNION SELECT e.id FROM aliases s JOIN entities e ON e.id = "
                                                      "s.entity_id WHERE s.folded = ?")
                                     + typeCondition,
                                 QStringLiteral("SELECT e.id FROM entities e WHERE instr(e.folded, ?) > 0") + typeCondition};
    for (const QString &sql : statements) {
        QSqlQuery q(db);
        q.prepare(sql);
        QVariantList values{folded};
        if (!type.isEmpty())
            values << type;
        if (sql.contains(QLatin1StringView("UNION"))) {
            values << folded;
            if (!type.isEmpty())
                values << type;
        }
        bindAll(q, values);
        if (q.exec()) {
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        if (!ids.isEmpty())
            break;
    }
    return ids;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(u',');
}

Filter makeFilter(const QSqlDatabase &db, const LibraryQuery &query, bool withText, QList<qint64> *entityIds = nullptr)
{
    Filter f;
    f.conditions << QStringLiteral("a.error IS NULL");
    if (withText && !query.text.trimmed().isEmpty()) {
        const QString fts = ftsQuery(query.text);
        if (fts.isEmpty()) {
            f.matchesNothing = true;
            return f;
        }
        f.conditions << QStringLiteral("a.id IN (SELECT rowid FROM article_text WHERE article_text MATCH ?)");
        f.values << fts;
    }
    if (!query.entity.trimmed().isEmpty()) {
        const QList<qint64> ids = entitiesNamed(db, query.entity, query.type);
        if (ids.isEmpty()) {
            f.matchesNothing = true;
            return f;
        }
        if (entityIds)
            *entityIds = ids;
        // Correlated, so that a walk in date order stops at the first page.
        f.conditions << QStringLiteral("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id IN (%1))")
                            .arg(idList(ids));
    } else if (!query.type.trimmed().isEmpty()) {
        // The article's own list of types: no join, so that a walk in date
        // order can stop at the first page.
        f.conditions << QStringLiteral("instr(a.types, ?) > 0");
        f.values << QString(u'|' + query.type.trimmed().toUpper() + u'|');
    }
    QString from;
    QString to;
    for (const auto &[typed, day, first] : {std::tuple{query.from, &from, true}, std::tuple{query.to, &to, false}}) {
        if (typed.trimmed().isEmpty())
            continue;
        const ExportDate d = ExportDate::parse(typed.trimmed());
        if (!d.hasYear()) {
            f.error = QCoreApplication::translate("Library", "“%1” is not a date; write it as 1999, 1999-09 or "
                                                             "1999-09-14.")
                          .arg(typed.trimmed());
            return f;
        }
        *day = (first ? d.firstDay() : d.lastDay()).toString(Qt::ISODate);
    }
    if (!from.isEmpty() || !to.isEmpty()) {
        const QString lo = from.isEmpty() ? QStringLiteral("0000-01-01") : from;
        const QString hi = to.isEmpty() ? QStringLiteral("99999") : to;
        // Dated in the range, or reporting an event in it; the article's
        // first and last day rule most articles out before its events are read.
        f.conditions << QStringLiteral("(a.date BETWEEN ? AND ? OR (a.first_day <= ? AND a.last_day >= ? AND EXISTS"
                                       " (SELECT 1 FROM events v WHERE v.article_id = a.id AND v.lo <= ? AND v.hi >= ?)))");
        f.values << lo << hi << hi << lo << hi << lo;
    }
    return f;
}

/// A word as unicode61 with remove_diacritics compares it: case folded,
/// without diacritics.
QString foldWord(QStringView word)
{
    bool ascii = true;
    for (const QChar c : word)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return word.toString().toLower();
    return withoutDiacritics(word).toCaseFolded();
}

/// One term of a full-text query: a word, a phrase (several words) or a prefix.
struct Term {
    QStringList words; ///< folded
    bool prefix = false;
};

/// The terms of ftsQuery()'s text ("w" "two words" "pre"*).
QList<Term> queryTerms(const QString &fts)
{
    QList<Term> terms;
    for (qsizetype i = 0; i < fts.size(); ++i) {
        if (fts.at(i) != u'"')
            continue;
        const qsizetype close = fts.indexOf(u'"', i + 1);
        if (close < 0)
            break;
        Term t;
        for (const QString &w : fts.mid(i + 1, close - i - 1).split(u' ', Qt::SkipEmptyParts))
            t.words << foldWord(w);
        t.prefix = close + 1 < fts.size() && fts.at(close + 1) == u'*';
        if (!t.words.isEmpty())
            terms << t;
        i = close;
    }
    return terms;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

/// The words of text with their ranges, as the full-text index splits them.
QList<TextRange> wordRanges(const QString &text, qsizetype from = 0, qsizetype to = -1)
{
    QList<TextRange> words;
    const qsizetype end = to < 0 ? text.size() : std::min(to, text.size());
    qsizetype i = from;
    while (i < end) {
        while (i < end && !isWordChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < end && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            words.append({start, i});
    }
    return words;
}

/// Where terms occur in text: the ranges of their words, in order; the
/// first only unless all is set.
QList<TextRange> findTerms(const QString &text, const QList<Term> &terms, bool all, qsizetype from = 0,
                           qsizetype to = -1)
{
    QList<TextRange> found;
    const QList<TextRange> words = wordRanges(text, from, to);
    QList<QString> folded(words.size());
    const auto fold = [&](qsizetype i) -> const QString & {
        if (folded.at(i).isNull())
            folded[i] = foldWord(QStringView(text).mid(words.at(i).start, words.at(i).length()));
        return folded.at(i);
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        for (const Term &t : terms) {
            if (i + t.words.size() > words.size())
                continue;
            bool match = true;
            for (qsizetype k = 0; k < t.words.size() && match; ++k) {
                const QString &w = fold(i + k);
                const bool last = k + 1 == t.words.size();
                match = (last && t.prefix) ? w.startsWith(t.words.at(k)) : w == t.words.at(k);
            }
            if (!match)
                continue;
            found.append({words.at(i).start, words.at(i + t.words.size() - 1).end});
            if (!all)
                return found;
            break;
        }
    }
    return found;
}

/// A piece of text around range, cut at word boundaries, with range marked.
void snippetAround(const QString &text, TextRange range, LibraryHit &hit)
{
    constexpr qsizetype Context = 70;
    qsizetype from = std::max<qsizetype>(0, range.start - Context);
    qsizetype to = std::min<qsizetype>(text.size(), range.end + Context);
    while (from > 0 && from < range.start && !text.at(from - 1).isSpace())
        ++from;
    while (to < text.size() && to > range.end && !text.at(to).isSpace())
        --to;
    const QString before = from > 0 ? QStringLiteral("…") : QString();
    hit.snippet = before + text.mid(from, to - from).replace(u'\n', u' ');
    if (to < text.size())
        hit.snippet += QStringLiteral("…");
    const qsizetype at = before.size() + range.start - from;
    hit.highlights = {{at, at + range.length()}};
}

/// The hit's snippet around the first match of terms in text (its body),
/// every match inside it highlighted, and the offset of that first match;
/// where the body has none (only the title matched), the title.
void textSnippet(const QString &body, const QList<Term> &terms, LibraryHit &hit)
{
    const QList<TextRange> first = findTerms(body, terms, false);
    if (first.isEmpty()) {
        hit.offset = 0;
        hit.snippet = hit.title;
        hit.highlights = findTerms(hit.title, terms, true);
        return;
    }
    hit.offset = first.first().start;
    snippetAround(body, first.first(), hit);
    // The others inside the snippet: the snippet is the body from `from`
    // on (after "…"), with its line breaks as spaces.
    const qsizetype lead = hit.snippet.startsWith(QStringLiteral("…")) ? 1 : 0;
    const qsizetype from = first.first().start - (hit.highlights.first().start - lead);
    const qsizetype to = from + hit.snippet.size() - lead - (hit.snippet.endsWith(QStringLiteral("…")) ? 1 : 0);
    hit.highlights.clear();
    for (const TextRange &r : findTerms(body, terms, true, from, to))
        hit.highlights.append({r.start - from + lead, r.end - from + lead});
}

} // namespace

LibraryQuery LibraryQuery::parse(const QString &typed)
{
    LibraryQuery q;
    static const QRegularExpression part(
        QStringLiteral(R"re((?:^|\s)(entity|type|from|to):(?:"([^"]*)"?|(\S*)))re"),
        QRegularExpression::CaseInsensitiveOption);
    QString rest = typed;
    QRegularExpressionMatch m;
    while ((m = part.match(rest)).hasMatch()) {
        const QString name = m.captured(1).toLower();
        const QString value = m.capturedStart(2) >= 0 ? m.captured(2) : m.captured(3);
        if (name == QLatin1StringView("entity"))
            q.entity = value;
        else if (name == QLatin1StringView("type"))
            q.type = value.toUpper();
        else if (name == QLatin1StringView("from"))
            q.from = value;
        else
            q.to = value;
        rest.remove(m.capturedStart(0), m.capturedLength(0));
        rest.insert(m.capturedStart(0), u' ');
    }
    q.text = rest.simplified();
    return q;
}

bool LibraryQuery::isEmpty() const
{
    return text.trimmed().isEmpty() && entity.trimmed().isEmpty() && type.trimmed().isEmpty()
        && from.trimmed().isEmpty() && to.trimmed().isEmpty();
}

LibrarySearch::LibrarySearch(const Library &library)
    : m_db(library.database())
{
}

LibrarySearchResult LibrarySearch::search(const LibraryQuery &query) const
{
    LibrarySearchResult result;
    QList<qint64> entityIds;
    const bool withText = !query.text.trimmed().isEmpty();
    // The full-text condition is the join below, not a sub-query.
    Filter f = makeFilter(m_db, query, false, &entityIds);
    if (!f.error.isEmpty()) {
        result.error = f.error;
        return result;
    }
    if (f.matchesNothing)
        return result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVariantList values;
    QList<Term> terms;
    if (withText) {
        const QString fts = ftsQuery(query.text);
        if (fts.isEmpty())
            return result;
        terms = queryTerms(fts);
        // The best rows first (FTS5's rank, which it sorts itself when
        // nothing else is asked), then their rows and texts by id; the
        // snippets are made here from the texts, which costs a fraction of
        // FTS5's snippet().
        QSqlQuery ranked(m_db);
        ranked.setForwardOnly(true);
        ranked.prepare(QStringLiteral("SELECT a.id FROM article_text JOIN articles a ON a.id = article_text.rowid"
                                      " WHERE article_text MATCH ?")
                       + f.where() + QStringLiteral(" ORDER BY article_text.rank LIMIT ?"));
        bindAll(ranked, QVariantList{fts} + f.values + QVariantList{query.limit});
        if (!ranked.exec()) {
            result.error = databaseError(ranked);
            return result;
        }
        QList<qint64> ids;
        while (ranked.next())
            ids << ranked.value(0).toLongLong();
        if (ids.isEmpty())
            return result;
        QHash<qint64, qsizetype> order;
        for (qsizetype i = 0; i < ids.size(); ++i)
            order.insert(ids.at(i), i);
        q.prepare(QStringLiteral("SELECT a.id, a.path, a.title, a.date, t.body FROM articles a"
                                 " JOIN article_text t ON t.rowid = a.id WHERE a.id IN (%1)")
                      .arg(idList(ids)));
        if (!q.exec()) {
            result.error = databaseError(q);
            return result;
        }
        result.hits.resize(ids.size());
        while (q.next()) {
            LibraryHit &hit = result.hits[order.value(q.value(0).toLongLong())];
            hit.articleId = q.value(0).toLongLong();
            hit.path = q.value(1).toString();
            hit.title = q.value(2).toString();
            hit.date = q.value(3).toString();
            textSnippet(q.value(4).toString(), terms, hit);
        }
        result.hits.removeIf([](const LibraryHit &h) { return h.articleId == 0; });
        return result;
    }
    q.prepare(QStringLiteral("SELECT a.id, a.path, a.title, a.date FROM articles a WHERE 1") + f.where()
              + QStringLiteral(" ORDER BY a.date DESC, a.path LIMIT ?"));
    values << f.values << query.limit;
    bindAll(q, values);
    if (!q.exec()) {
        result.error = databaseError(q);
        return result;
    }
    while (q.next()) {
        LibraryHit hit;
        hit.articleId = q.value(0).toLongLong();
        hit.path = q.value(1).toString();
        hit.title = q.value(2).toString();
        hit.date = q.value(3).toString();
        result.hits.append(std::move(hit));
    }
    // Without words, the first mention of the entity makes the snippet
    // (and the place to open), else the article's beginning.
    QSqlQuery first(m_db);
    first.prepare(QStringLiteral("SELECT first_start, first_end FROM mentions WHERE article_id = ? AND entity_id IN (%1)"
                                 " ORDER BY first_start LIMIT 1")
                      .arg(idList(entityIds)));
    for (LibraryHit &hit : result.hits) {
        if (!entityIds.isEmpty()) {
            first.bindValue(0, hit.articleId);
            if (first.exec() && first.next()) {
                const TextRange range{first.value(0).toLongLong(), first.value(1).toLongLong()};
                hit.offset = range.start;
                snippetAround(articleText(hit.articleId), range, hit);
            }
            first.finish();
        } else {
            snippetAround(articleText(hit.articleId).left(200), {0, 0}, hit);
        }
    }
    return result;
}

qsizetype LibrarySearch::count(const LibraryQuery &query) const
{
    const Filter f = makeFilter(m_db, query, true);
    if (!f.error.isEmpty())
        return -1;
    if (f.matchesNothing)
        return 0;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM articles a WHERE 1") + f.where());
    bindAll(q, f.values);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString LibrarySearch::articleText(qint64 articleId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT body FROM article_text WHERE rowid = ?"));
    q.bindValue(0, articleId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

QList<LibraryEntity> LibrarySearch::entities(const LibraryQuery &query, int limit) const
{
    QList<LibraryEntity> result;
    LibraryQuery articles = query;
    articles.type.clear(); // the type picks entities here, not articles
    const Filter f = makeFilter(m_db, articles, true);
    if (f.matchesNothing || !f.error.isEmpty())
        return result;
    QString typeCondition;
    QVariantList values = f.values;
    if (!query.type.trimmed().isEmpty()) {
        typeCondition = QStringLiteral(" AND e.type = ?");
        values << query.type.trimmed().toUpper();
    }
    values << limit;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT e.id, e.type, e.name, count(*), sum(m.count), min(m.first_date), max(m.last_date),"
                             " min(a.date), max(a.date)"
                             " FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id"
                             " WHERE 1")
              + f.where() + typeCondition
              + QStringLiteral(" GROUP BY m.entity_id ORDER BY count(*) DESC, sum(m.count) DESC, e.name LIMIT ?"));
    bindAll(q, values);
    if (!q.exec())
        return result;
    QList<qint64> ids;
    while (q.next()) {
        LibraryEntity e;
        ids << q.value(0).toLongLong();
        e.type = q.value(1).toString();
        e.name = q.value(2).toString();
        e.articles = q.value(3).toLongLong();
        e.mentions = q.value(4).toLongLong();
        e.firstDate = q.value(5).isNull() ? q.value(7).toString() : q.value(5).toString();
        e.lastDate = q.value(6).isNull() ? q.value(8).toString() : q.value(6).toString();
        result.append(std::move(e));
    }
    // The aliases of the entities shown only.
    QHash<qint64, qsizetype> row;
    for (qsizetype i = 0; i < ids.size(); ++i)
        row.insert(ids.at(i), i);
    QSqlQuery aliases(m_db);
    aliases.setForwardOnly(true);
    if (!ids.isEmpty()
        && aliases.exec(QStringLiteral("SELECT entity_id, alias FROM aliases WHERE entity_id IN (%1)").arg(idList(ids)))) {
        while (aliases.next())
            result[row.value(aliases.value(0).toLongLong())].aliases << aliases.value(1).toString();
    }
    for (LibraryEntity &e : result)
        e.aliases.sort(Qt::CaseInsensitive);
    return result;
}

QList<LibraryTimelineItem> LibrarySearch::timeline(const LibraryQuery &query) const
{
    const Filter f = makeFilter(m_db, query, true);
    if (f.matchesNothing || !f.error.isEmpty())
        return {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT v.article_id, a.path, a.title, a.date, v.date, v.until, v.label, v.sentence_start,"
                             " v.sentence_end, v.sentence, v.entities, v.origin, v.note, v.confirmed, v.sortkey"
                             " FROM events v JOIN articles a ON a.id = v.article_id WHERE 1")
              + f.where() + QStringLiteral(" ORDER BY v.sortkey, v.date, v.until, a.path, v.sentence_start"));
    bindAll(q, f.values);
    if (!q.exec())
        return {};
    QList<TimelineReport> reports;
    while (q.next()) {
        TimelineReport r;
        r.source.articleId = q.value(0).toLongLong();
        r.source.path = q.value(1).toString();
        r.source.title = q.value(2).toString();
        r.source.articleDate = q.value(3).toString();
        r.date = q.value(4).toString();
        r.until = q.value(5).toString();
        r.source.label = q.value(6).toString();
        r.source.sentence = {q.value(7).toLongLong(), q.value(8).toLongLong()};
        r.source.sentenceText = q.value(9).toString();
        const QString entities = q.value(10).toString();
        if (!entities.isEmpty())
            r.entities = entities.split(QChar(0x1f));
        r.origin = q.value(11).toString();
        r.note = q.value(12).toString();
        r.confirmed = q.value(13).toBool();
        reports.append(std::move(r));
    }
    // The one order of dates (TimexValue), as the window and the exports
    // have it: weeks, quarters and seasons inside their year. The query's
    // order stays among equal dates.
    // Each report's value is parsed once.
    QList<std::pair<TimexValue, qsizetype>> order;
    order.reserve(reports.size());
    for (qsizetype i = 0; i < reports.size(); ++i)
        order.append({TimexValue::parse(reports.at(i).date), i});
    std::stable_sort(order.begin(), order.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QList<TimelineReport> sorted;
    sorted.reserve(reports.size());
    for (const auto &o : std::as_const(order))
        sorted.append(std::move(reports[o.second]));
    return mergeReports(sorted);
}

QList<IndexFailure> LibrarySearch::failures() const
{
    QList<IndexFailure> result;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT path, error FROM articles WHERE error IS NOT NULL ORDER BY path"))) {
        while (q.next())
            result.append({q.value(0).toString(), q.value(1).toString()});
    }
    return result;
}

LibraryStatistics LibrarySearch::statistics() const
{
    LibraryStatistics s;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT (SELECT count(*) FROM articles WHERE error IS NULL),"
                              " (SELECT count(*) FROM articles WHERE error IS NOT NULL),"
                              " (SELECT count(*) FROM entities), (SELECT count(*) FROM events)"))
        && q.next()) {
        s.articles = q.value(0).toLongLong();
        s.failed = q.value(1).toLongLong();
        s.entities = q.value(2).toLongLong();
        s.events = q.value(3).toLongLong();
    }
    return s;
}

} // namespace Annalist
