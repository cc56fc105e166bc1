// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"
#include "library/libraryindexer.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Annalist {

class Library;

/// What to look for. Every part given must hold; an empty query matches
/// every article of the library.
struct LibraryQuery {
    QString text; ///< words of the article text or title (see ftsQuery())
    QString entity; ///< a name or any of its aliases, whatever the case
    QString type; ///< an entity type ("PERSON"): with entity, only that type; alone, articles naming one
    QString from; ///< a date ("1999", "1999-09", "1999-09-14"): articles dated, or reporting an event, on or after it
    QString to; ///< the same, on or before
    int limit = 200; ///< most results returned

    /// Reads what a person types into one box: words, plus the parts
    /// `entity:NAME` (`entity:"Two Words"`), `type:PERSON`, `from:1999`,
    /// `to:2001-06`. A part's name is read in any case.
    static LibraryQuery parse(const QString &typed);
    bool isEmpty() const;
};

/// One article found.
struct LibraryHit {
    qint64 articleId = 0;
    QString path;
    QString title;
    QString date; ///< the article's date (ISO), or empty
    /// A piece of the text around the match, "…" where cut; plain text.
    QString snippet;
    QList<TextRange> highlights; ///< the matched words inside snippet
    /// Where the match is in the article's text (UTF-16), to open it there;
    /// 0 when only the title matched.
    qsizetype offset = 0;
};

struct LibrarySearchResult {
    QList<LibraryHit> hits; ///< best first (full text), else newest first
    QString error; ///< a date that cannot be read, or the database failed

    bool ok() const { return error.isEmpty(); }
};

/// One entry of the entity index.
struct LibraryEntity {
    QString type;
    QString name; ///< the canonical name
    QStringList aliases; ///< other forms seen (the recognizer's links, the user's and the lexicon's tags)
    qsizetype articles = 0;
    qsizetype mentions = 0;
    QString firstDate; ///< the earliest day of an event naming it, else of an article naming it (ISO); may be empty
    QString lastDate;
};

/// An article that reports a timeline item.
struct TimelineSource {
    qint64 articleId = 0;
    QString path;
    QString title;
    QString articleDate;
    TextRange sentence; ///< UTF-16 offsets into the article's text
    QString sentenceText;
    QString label; ///< the label this article's event had
};

/// One event of the cross-article timeline: the reports of one event by
/// several articles are one item with each article as a source.
struct LibraryTimelineItem {
    QString date; ///< TIMEX3
    QString until;
    QString label; ///< the first source's
    QStringList entities; ///< every source's, without repeats
    QString note; ///< the user's notes of the sources, joined
    bool confirmed = false; ///< a source's event was confirmed by the user
    QString origin; ///< "user" when a source's event is the user's own, else "auto"
    QList<TimelineSource> sources;
};

struct LibraryStatistics {
    qsizetype articles = 0;
    qsizetype failed = 0;
    qsizetype entities = 0;
    qsizetype events = 0;
};

/// Reads the library: searches, the entity index and the cross-article
/// timeline. Uses the connection of the Library it is given (so the thread of that Library).
class LibrarySearch
{
public:
    explicit LibrarySearch(const Library &library);

    /// The first query.limit articles found, with their snippets.
    LibrarySearchResult search(const LibraryQuery &query) const;
    /// How many articles the query finds in all (search() stops at its
    /// limit); -1 when the query cannot be run. Slower than search() for a
    /// query that finds most of a large library: ask for it after the first page.
    qsizetype count(const LibraryQuery &query) const;
    /// The entities of the articles that match query (all when empty),
    /// those of the query's type only when it names one, most articles first.
    QList<LibraryEntity> entities(const LibraryQuery &query = {}, int limit = 1000) const;
    /// The events of the matching articles (the whole library for an empty
    /// query) in chronological order, each event reported by several
    /// articles once: same date value, and shared entities and words.
    QList<LibraryTimelineItem> timeline(const LibraryQuery &query = {}) const;
    /// Files of the library that could not be read, with their reasons.
    QList<IndexFailure> failures() const;
    LibraryStatistics statistics() const;

    /// The article's text as indexed (to show a result without reading the file).
    QString articleText(qint64 articleId) const;

private:
    QSqlDatabase m_db;
};

} // namespace Annalist
