// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/librarystore.h"

#include "export/exportdate.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace Annalist {

namespace {

QSqlQuery prepared(const QSqlDatabase &db, const char *sql)
{
    QSqlQuery q(db);
    q.prepare(QString::fromLatin1(sql));
    return q;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

QString isoDay(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

/// An event's first and last day (ISO), empty without a year.
std::pair<QString, QString> eventDays(const TimelineEvent &ev)
{
    const ExportDate start = ExportDate::parse(ev.date);
    const ExportDate end = ev.until.isEmpty() ? start : ExportDate::parse(ev.until);
    const QString lo = start.hasYear() ? isoDay(start.firstDay()) : QString();
    const QString hi = end.hasYear() ? isoDay(end.lastDay()) : lo;
    return {lo, hi};
}

/// The per-article facts of the articles table: the entity types named
/// ("|LOCATION|PERSON|", sorted) and the first and last day the article is about.
struct ArticleFacts {
    QString types;
    QString firstDay;
    QString lastDay;
};

ArticleFacts articleFacts(const PreparedArticle &p)
{
    ArticleFacts facts;
    QStringList types;
    for (const Entity &e : p.entities) {
        if (e.type != EntityTypes::Date && !e.range.isEmpty() && !types.contains(e.type))
            types << e.type;
    }
    types.sort();
    if (!types.isEmpty())
        facts.types = u'|' + types.join(u'|') + u'|';
    const auto widen = [&facts](const QString &lo, const QString &hi) {
        if (lo.isEmpty())
            return;
        if (facts.firstDay.isEmpty() || lo < facts.firstDay)
            facts.firstDay = lo;
        if (facts.lastDay.isEmpty() || hi > facts.lastDay)
            facts.lastDay = hi;
    };
    const QString day = isoDay(p.article.date);
    widen(day, day);
    for (const TimelineEvent &ev : p.events) {
        if (!ev.hidden) {
            const auto [lo, hi] = eventDays(ev);
            widen(lo, hi);
        }
    }
    return facts;
}

/// One entity's mentions in one article.
struct Mentioned {
    QString type;
    QString name;
    QStringList aliases;
    qsizetype count = 0;
    TextRange first;
    QString firstDate;
    QString lastDate;
};

} // namespace

LibraryStore::LibraryStore(QSqlDatabase db)
    : m_db(db)
    , m_insertArticle(prepared(db, "INSERT INTO articles(path, folder, size, mtime, hash, sidecar, title, date, source,"
                                   " error, analysis, types, first_day, last_day)"
                                   " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_updateArticle(prepared(db, "UPDATE articles SET path = ?, folder = ?, size = ?, mtime = ?, hash = ?,"
                                   " sidecar = ?, title = ?, date = ?, source = ?, error = ?, analysis = ?, types = ?,"
                                   " first_day = ?, last_day = ? WHERE id = ?"))
    , m_restamp(prepared(db, "UPDATE articles SET folder = ?, size = ?, mtime = ?, sidecar = ? WHERE id = ?"))
    , m_insertText(prepared(db, "INSERT INTO article_text(rowid, title, body) VALUES(?, ?, ?)"))
    , m_deleteText(prepared(db, "DELETE FROM article_text WHERE rowid = ?"))
    , m_deleteMentions(prepared(db, "DELETE FROM mentions WHERE article_id = ?"))
    , m_deleteEvents(prepared(db, "DELETE FROM events WHERE article_id = ?"))
    , m_insertEntity(prepared(db, "INSERT OR IGNORE INTO entities(type, name, folded) VALUES(?, ?, ?)"))
    , m_findEntity(prepared(db, "SELECT id FROM entities WHERE type = ? AND name = ?"))
    , m_insertAlias(prepared(db, "INSERT OR IGNORE INTO aliases(entity_id, alias, folded) VALUES(?, ?, ?)"))
    , m_insertMention(prepared(db, "INSERT INTO mentions(article_id, entity_id, count, first_start, first_end,"
                                   " first_date, last_date) VALUES(?, ?, ?, ?, ?, ?, ?)"))
    , m_insertEvent(prepared(db, "INSERT INTO events(article_id, date, until, lo, hi, sortkey, label,"
                                 " sentence_start, sentence_end, sentence, entities, origin, note, confirmed)"
                                 " VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
}

QString LibraryStore::errorMessage(const QSqlQuery &query) const
{
    return QCoreApplication::translate("Library", "The library's database failed: %1").arg(query.lastError().text());
}

bool LibraryStore::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = errorMessage(query);
    return false;
}

bool LibraryStore::removeContent(qint64 id)
{
    for (QSqlQuery *q : {&m_deleteText, &m_deleteMentions, &m_deleteEvents}) {
        q->bindValue(0, id);
        if (!run(*q))
            return false;
    }
    return true;
}

qint64 LibraryStore::entityId(const QString &type, const QString &name)
{
    const QString key = type + QChar(0x1f) + name;
    const auto it = m_entityIds.constFind(key);
    if (it != m_entityIds.cend())
        return *it;
    m_insertEntity.bindValue(0, type);
    m_insertEntity.bindValue(1, name);
    m_insertEntity.bindValue(2, name.toCaseFolded());
    if (!run(m_insertEntity))
        return 0;
    qint64 id = 0;
    if (m_insertEntity.numRowsAffected() == 1) {
        id = m_insertEntity.lastInsertId().toLongLong();
    } else {
        m_findEntity.bindValue(0, type);
        m_findEntity.bindValue(1, name);
        if (!run(m_findEntity))
            return 0;
        if (m_findEntity.next())
            id = m_findEntity.value(0).toLongLong();
        m_findEntity.finish();
    }
    if (id != 0)
        m_entityIds.insert(key, id);
    return id;
}

bool LibraryStore::writeArticle(qint64 id, const ArticleStamp &stamp, const PreparedArticle &p)
{
    const Article &a = p.article;
    QSqlQuery &row = id == 0 ? m_insertArticle : m_updateArticle;
    if (id != 0 && !removeContent(id))
        return false;
    const ArticleFacts facts = articleFacts(p);
    const QVariantList values{stamp.path,
                              stamp.folder,
                              stamp.size,
                              stamp.mtime,
                              stamp.hash,
                              stamp.sidecar,
                              textOrNull(a.title),
                              textOrNull(isoDay(a.date)),
                              textOrNull(a.source),
                              QVariant(QMetaType(QMetaType::QString)),
                              stamp.analysis,
                              textOrNull(facts.types),
                              textOrNull(facts.firstDay),
                              textOrNull(facts.lastDay)};
    for (int i = 0; i < values.size(); ++i)
        row.bindValue(i, values.at(i));
    if (id != 0)
        row.bindValue(int(values.size()), id);
    if (!run(row))
        return false;
    if (id == 0)
        id = row.lastInsertId().toLongLong();

    m_insertText.bindValue(0, id);
    m_insertText.bindValue(1, a.title);
    m_insertText.bindValue(2, a.text);
    if (!run(m_insertText))
        return false;

    // Entities: one row per entity and article, dates left out (they are
    // the events). The name is the canonical form where the recognizer or
    // the user linked an alias to it.
    QList<Mentioned> mentioned;
    QHash<QString, qsizetype> byKey;
    QHash<QString, QList<qsizetype>> byName;
    for (const Entity &e : p.entities) {
        if (e.type == EntityTypes::Date || e.range.isEmpty() || e.range.end > a.text.size())
            continue;
        const QString surface = a.slice(e.range).toString();
        const QString name = e.canonical.isEmpty() ? surface : e.canonical;
        const QString key = e.type + QChar(0x1f) + name;
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            it = byKey.insert(key, mentioned.size());
            mentioned.append({e.type, name, {}, 0, e.range, {}, {}});
            byName[name].append(*it);
        }
        Mentioned &m = mentioned[*it];
        ++m.count;
        if (surface != name && !m.aliases.contains(surface))
            m.aliases.append(surface);
    }

    for (const TimelineEvent &ev : p.events) {
        if (ev.hidden)
            continue;
        const ExportDate start = ExportDate::parse(ev.date);
        const auto [lo, hi] = eventDays(ev);
        const TextRange sentence{std::clamp<qsizetype>(ev.sentence.start, 0, a.text.size()),
                                 std::clamp<qsizetype>(ev.sentence.end, 0, a.text.size())};
        const QVariantList values{id,
                                  ev.date,
                                  ev.until,
                                  textOrNull(lo),
                                  textOrNull(hi),
                                  start.timex().toString(), // a coarse key; LibrarySearch orders by TimexValue
                                  ev.label,
                                  sentence.start,
                                  sentence.end,
                                  a.slice(sentence).toString(),
                                  ev.entities.join(QChar(0x1f)),
                                  originName(ev.origin),
                                  ev.note,
                                  ev.confirmed ? 1 : 0};
        for (int i = 0; i < values.size(); ++i)
            m_insertEvent.bindValue(i, values.at(i));
        if (!run(m_insertEvent))
            return false;
        if (lo.isEmpty())
            continue;
        for (const QString &name : ev.entities) {
            for (qsizetype i : byName.value(name)) {
                Mentioned &m = mentioned[i];
                if (m.firstDate.isEmpty() || lo < m.firstDate)
                    m.firstDate = lo;
                if (m.lastDate.isEmpty() || hi > m.lastDate)
                    m.lastDate = hi;
            }
        }
    }

    for (const Mentioned &m : std::as_const(mentioned)) {
        const qint64 entity = entityId(m.type, m.name);
        if (entity == 0)
            return false;
        for (const QString &alias : m.aliases) {
            const QString aliasKey = QString::number(entity) + QChar(0x1f) + alias;
            if (m_aliases.contains(aliasKey))
                continue;
            m_insertAlias.bindValue(0, entity);
            m_insertAlias.bindValue(1, alias);
            m_insertAlias.bindValue(2, alias.toCaseFolded());
            if (!run(m_insertAlias))
                return false;
            m_aliases.insert(aliasKey);
        }
        const QVariantList values{id,          entity, m.count, m.first.start, m.first.end, textOrNull(m.firstDate),
                                  textOrNull(m.lastDate)};
        for (int i = 0; i < values.size(); ++i)
            m_insertMention.bindValue(i, values.at(i));
        if (!run(m_insertMention))
            return false;
    }
    return true;
}

bool LibraryStore::writeFailure(qint64 id, const ArticleStamp &stamp, const QString &reason)
{
    if (id != 0 && !removeContent(id))
        return false;
    QSqlQuery &row = id == 0 ? m_insertArticle : m_updateArticle;
    const QVariant none(QMetaType(QMetaType::QString));
    const QVariantList values{stamp.path, stamp.folder, stamp.size, stamp.mtime, stamp.hash, stamp.sidecar, none,
                              none,       none,         reason,     none,        none,         none,          none};
    for (int i = 0; i < values.size(); ++i)
        row.bindValue(i, values.at(i));
    if (id != 0)
        row.bindValue(int(values.size()), id);
    return run(row);
}

bool LibraryStore::restamp(qint64 id, const ArticleStamp &stamp)
{
    m_restamp.bindValue(0, stamp.folder);
    m_restamp.bindValue(1, stamp.size);
    m_restamp.bindValue(2, stamp.mtime);
    m_restamp.bindValue(3, stamp.sidecar);
    m_restamp.bindValue(4, id);
    return run(m_restamp);
}

bool LibraryStore::removeArticle(qint64 id)
{
    if (!removeContent(id))
        return false;
    QSqlQuery q = prepared(m_db, "DELETE FROM articles WHERE id = ?");
    q.bindValue(0, id);
    return run(q);
}

bool LibraryStore::removeUnusedEntities()
{
    QSqlQuery q(m_db);
    for (const char *sql : {"DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = entities.id)",
                            "DELETE FROM aliases WHERE NOT EXISTS (SELECT 1 FROM entities WHERE id = aliases.entity_id)"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            m_error = errorMessage(q);
            return false;
        }
    }
    m_entityIds.clear();
    m_aliases.clear();
    return true;
}

} // namespace Annalist
