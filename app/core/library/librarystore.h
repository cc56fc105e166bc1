// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The library's writes (used by LibraryIndexer only): one article's rows in
// every table, with prepared statements kept for the whole run.

#include "article/article.h"
#include "recognize/entity.h"
#include "temporal/timelineevent.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Annalist {

/// An article read and analysed by a worker thread, ready to be written.
struct PreparedArticle {
    enum class Kind {
        Analysed,
        SameContent, ///< the bytes hash as before: only its size and time are recorded anew
        Failed, ///< could not be read; reason says why
    };
    Kind kind = Kind::Failed;
    QString hash;
    QString reason;
    Article article;
    EntityList entities; ///< the effective entities (user layer and lexicon applied)
    QList<TimelineEvent> events; ///< with the user's timeline edits
};

/// How a file was when it was read.
struct ArticleStamp {
    QString path;
    QString folder;
    qint64 size = 0;
    qint64 mtime = 0;
    QString hash;
    QString sidecar;
    QString analysis; ///< what the analysis depended on besides the file (version, lexicon)
};

class LibraryStore
{
public:
    explicit LibraryStore(QSqlDatabase db);

    /// Writes an analysed article in place of its old rows (id 0: a new one).
    bool writeArticle(qint64 id, const ArticleStamp &stamp, const PreparedArticle &article);
    /// Records a file that could not be read, dropping what it held before.
    bool writeFailure(qint64 id, const ArticleStamp &stamp, const QString &reason);
    /// Records a new size and time for unchanged content.
    bool restamp(qint64 id, const ArticleStamp &stamp);
    bool removeArticle(qint64 id);
    /// Drops entities (and their aliases) that no article mentions any more.
    bool removeUnusedEntities();

    QString lastError() const { return m_error; }
    QString errorMessage(const QSqlQuery &query) const;

private:
    bool run(QSqlQuery &query);
    bool removeContent(qint64 id);
    qint64 entityId(const QString &type, const QString &name);

    QSqlDatabase m_db;
    QString m_error;
    QSqlQuery m_insertArticle;
    QSqlQuery m_updateArticle;
    QSqlQuery m_restamp;
    QSqlQuery m_insertText;
    QSqlQuery m_deleteText;
    QSqlQuery m_deleteMentions;
    QSqlQuery m_deleteEvents;
    QSqlQuery m_insertEntity;
    QSqlQuery m_findEntity;
    QSqlQuery m_insertAlias;
    QSqlQuery m_insertMention;
    QSqlQuery m_insertEvent;
    QHash<QString, qint64> m_entityIds; ///< "TYPE\x1fname" → id, filled as entities are met
    QSet<QString> m_aliases; ///< "id\x1falias" already written in this run
};

} // namespace Annalist
