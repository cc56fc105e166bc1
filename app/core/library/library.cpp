// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/library.h"

#include "util/logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>

namespace Annalist {

namespace {

const QLatin1StringView DatabaseName{"library.sqlite"};
const QLatin1StringView FoldersName{"library.json"};
/// How long setting a damaged database aside waits for the process's other
/// connections to it to close, in milliseconds.
constexpr int OtherConnectionsWait = 30000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("annalist-library-%1").arg(++counter);
}

/// The database files this process has open, and how many connections each.
/// A damaged file is set aside only when no other connection of the process
/// has it open: SQLite keeps the names of the write-ahead log and shared
/// memory files, and the last connection to close the old database would
/// remove the new one's log by that name, losing what was written to it.
struct OpenFiles {
    QMutex mutex;
    QWaitCondition closed;
    QHash<QString, int> connections;
};

/// How long a connection waits for another's lock (QSQLITE_BUSY_TIMEOUT).
constexpr int BusyTimeoutMs = 10000;

OpenFiles &openFiles()
{
    static OpenFiles files;
    return files;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error = nullptr)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

/// exec() for a statement that needs the database to itself for a moment
/// ("PRAGMA journal_mode=WAL"). SQLite answers "database is locked" at
/// once, without the busy timeout, where waiting could deadlock: several
/// connections opening one new file together (the indexing and a search)
/// each hold a read lock while asking for the write lock. Tried again for
/// up to the busy timeout, each after a short pause, as the busy handler
/// would.
bool execWhenFree(QSqlDatabase &db, const QString &sql, QString *error)
{
    QElapsedTimer waited;
    waited.start();
    for (int attempt = 0;; ++attempt) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return true;
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff; // the primary result code
        constexpr int SqliteBusy = 5;
        constexpr int SqliteLocked = 6;
        if ((code != SqliteBusy && code != SqliteLocked) || waited.elapsed() > BusyTimeoutMs) {
            *error = q.lastError().text();
            return false;
        }
        q.finish();
        QThread::msleep(std::min(1 + attempt * 2, 25));
    }
}

/// The tables. Text columns may hold NULL for an empty text (QtSql binds
/// an empty QString as NULL). Offsets are UTF-16 indices into the article's text as the
/// loader makes it; dates are TIMEX3 values, with lo/hi the first and last
/// day they can mean ("1999" gives 1999-01-01 and 1999-12-31) so that ranges
/// compare as strings; both are NULL for values without a year.
///
/// Each article also keeps facts that let a search decide about it without
/// reading other tables: the entity types it names ("|LOCATION|PERSON|") and
/// the first and last day it is about (its date and its events' lo and hi).
/// The searches without words walk articles_order (newest first) and stop
/// at the first page, so those facts are checked for a page, not the library.
const char *const SchemaStatements[] = {
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, folder TEXT NOT NULL,"
    " size INTEGER NOT NULL, mtime INTEGER NOT NULL, hash TEXT, sidecar TEXT,"
    " title TEXT, date TEXT, source TEXT, error TEXT, analysis TEXT,"
    " types TEXT, first_day TEXT, last_day TEXT)",
    "CREATE INDEX articles_folder ON articles(folder)",
    "CREATE INDEX articles_order ON articles(date DESC, path) WHERE error IS NULL",
    "CREATE VIRTUAL TABLE article_text USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL,"
    " UNIQUE(type, name))",
    "CREATE INDEX entities_folded ON entities(folded)",
    "CREATE TABLE aliases(entity_id INTEGER NOT NULL, alias TEXT NOT NULL, folded TEXT NOT NULL,"
    " PRIMARY KEY(entity_id, alias)) WITHOUT ROWID",
    "CREATE INDEX aliases_folded ON aliases(folded)",
    "CREATE TABLE mentions(article_id INTEGER NOT NULL, entity_id INTEGER NOT NULL, count INTEGER NOT NULL,"
    " first_start INTEGER NOT NULL, first_end INTEGER NOT NULL, first_date TEXT, last_date TEXT,"
    " PRIMARY KEY(article_id, entity_id)) WITHOUT ROWID",
    "CREATE INDEX mentions_entity ON mentions(entity_id)",
    "CREATE TABLE events(id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, date TEXT,"
    " until TEXT, lo TEXT, hi TEXT, sortkey TEXT, label TEXT, sentence_start INTEGER NOT NULL,"
    " sentence_end INTEGER NOT NULL, sentence TEXT, entities TEXT, origin TEXT,"
    " note TEXT, confirmed INTEGER NOT NULL)",
    "CREATE INDEX events_article ON events(article_id, lo, hi)",
    "CREATE INDEX events_sortkey ON events(sortkey)",
};

} // namespace

Library::Library() = default;

Library::~Library()
{
    close();
}

QString Library::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString Library::databasePath() const
{
    return QDir(m_folder).filePath(DatabaseName);
}

QString Library::foldersFile() const
{
    return QDir(m_folder).filePath(FoldersName);
}

bool Library::isOpen() const
{
    return !m_connection.isEmpty() && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase Library::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

void Library::close()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    if (!m_openPath.isEmpty()) {
        OpenFiles &files = openFiles();
        const QMutexLocker lock(&files.mutex);
        if (--files.connections[m_openPath] <= 0)
            files.connections.remove(m_openPath);
        m_openPath.clear();
        files.closed.wakeAll();
    }
}

Library::OpenResult Library::open(const QString &folder, Check check)
{
    close();
    m_folder = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    m_fresh = false;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
        return {OpenResult::Status::Failed,
                QCoreApplication::translate("Library", "The library needs Qt's SQLite driver (QSQLITE), which is not "
                                                       "installed (on Debian: the package libqt6sql6-sqlite).")};
    }
    if (!QDir().mkpath(m_folder)) {
        return {OpenResult::Status::Failed,
                QCoreApplication::translate("Library", "Cannot create the library's folder %1.").arg(m_folder)};
    }
    OpenResult first = openFile(check);
    if (first.status != OpenResult::Status::Rebuilt)
        return first;
    // Damaged or of another version: set aside, then start afresh.
    close();
    const QString path = databasePath();
    const QString aside = path + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    {
        // Other connections of this process (a search on a worker thread)
        // are short: wait for them, and let no new one open the old file.
        OpenFiles &files = openFiles();
        QMutexLocker lock(&files.mutex);
        const QDeadlineTimer deadline(OtherConnectionsWait);
        while (files.connections.value(path) > 0) {
            if (!files.closed.wait(&files.mutex, deadline)) {
                return {OpenResult::Status::Failed,
                        QCoreApplication::translate("Library", "The library's database %1 is damaged (%2) but still "
                                                               "in use; it is set aside the next time Annalist starts.")
                            .arg(path, first.message)};
            }
        }
        if (!QFile::rename(path, aside)) {
            return {OpenResult::Status::Failed,
                    QCoreApplication::translate("Library", "The library's database %1 is damaged and cannot be moved "
                                                           "aside: %2")
                        .arg(path, first.message)};
        }
        QFile::rename(path + QStringLiteral("-wal"), aside + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    qCWarning(lcAnnalist) << "library database set aside:" << aside << first.message;
    OpenResult second = openFile(Check::None);
    if (!second.ok())
        return second;
    return {OpenResult::Status::Rebuilt,
            QCoreApplication::translate("Library", "The library's database could not be used (%1); it was set aside as "
                                                   "%2 and is rebuilt from your folders.")
                .arg(first.message, aside)};
}

Library::OpenResult Library::openFile(Check check)
{
    const QString path = databasePath();
    const bool existed = QFileInfo::exists(path) && QFileInfo(path).size() > 0;
    // SQLite removes the log when the last connection closes cleanly: one
    // left over means an unclean end (or another process at work), the only
    // time a page can be half written.
    const QFileInfo log(path + QStringLiteral("-wal"));
    const bool uncleanEnd = log.exists() && log.size() > 0;
    OpenResult result;
    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    {
        // Counted while the file cannot be set aside (see OpenFiles).
        OpenFiles &files = openFiles();
        const QMutexLocker lock(&files.mutex);
        if (!db.open()) {
            return {OpenResult::Status::Failed,
                    QCoreApplication::translate("Library", "Cannot open the library's database %1: %2")
                        .arg(path, db.lastError().text())};
        }
        ++files.connections[path];
        m_openPath = path;
    }
    QString error;
    if (existed) {
        QSqlQuery q(db);
        if (check != Check::None) {
            // Reading the schema reads the header and the first page: a file
            // that is not a database, or a truncated one, fails here.
            if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
                return {OpenResult::Status::Rebuilt, q.lastError().text()};
            if (check == Check::Full || uncleanEnd) {
                if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next())
                    return {OpenResult::Status::Rebuilt, q.lastError().text()};
                const QString verdict = q.value(0).toString();
                if (verdict != QLatin1StringView("ok"))
                    return {OpenResult::Status::Rebuilt, verdict};
                result.deepChecked = true;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return {OpenResult::Status::Rebuilt, q.lastError().text()};
        const int version = q.value(0).toInt();
        if (version == 0) {
            // Made but never given its tables (killed at the first moment).
            m_fresh = true;
        } else if (version != SchemaVersion) {
            return {OpenResult::Status::Rebuilt,
                    QCoreApplication::translate("Library", "its format is version %1, this Annalist uses %2")
                        .arg(version)
                        .arg(SchemaVersion)};
        }
    } else {
        m_fresh = true;
    }
    // FTS5 is part of the SQLite that Debian and most distributions ship,
    // but a build without it would fail on the first search: say so now.
    if (!exec(db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.annalist_fts5_probe USING fts5(x)"), &error)) {
        return {OpenResult::Status::Failed,
                QCoreApplication::translate("Library", "The SQLite library in use has no full-text search (FTS5), "
                                                       "which the library needs: %1")
                    .arg(error)};
    }
    exec(db, QStringLiteral("DROP TABLE temp.annalist_fts5_probe"));

    if (!execWhenFree(db, QStringLiteral("PRAGMA journal_mode=WAL"), &error)
        || !exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &error)) {
        if (existed)
            return {OpenResult::Status::Rebuilt, error};
        return {OpenResult::Status::Failed,
                QCoreApplication::translate("Library", "Cannot open the library's database %1: %2").arg(path, error)};
    }
    if (m_fresh && !createSchema(&error)) {
        return {OpenResult::Status::Failed,
                QCoreApplication::translate("Library", "Cannot create the library's database %1: %2").arg(path, error)};
    }
    return result;
}

bool Library::createSchema(QString *error)
{
    QSqlDatabase db = database();
    // The write lock from the start: two connections making one new file
    // (the indexing and a search, right after a damaged file was set aside)
    // would otherwise both read the version and then the second could not
    // write ("database is locked", not waited for: its snapshot is stale).
    // Taken at once, the second waits (the busy timeout) and then finds the
    // tables made.
    if (!exec(db, QStringLiteral("BEGIN IMMEDIATE"), error))
        return false;
    // Another connection may have made the tables meanwhile.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == SchemaVersion) {
        db.commit();
        return true;
    }
    q.finish();
    for (const char *statement : SchemaStatements) {
        if (!exec(db, QString::fromLatin1(statement), error)) {
            db.rollback();
            return false;
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion), error)) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

bool Library::beginTransaction()
{
    QSqlDatabase db = database();
    return db.transaction();
}

bool Library::commit(QString *error)
{
    QSqlDatabase db = database();
    if (db.commit())
        return true;
    if (error)
        *error = db.lastError().text();
    db.rollback();
    return false;
}

void Library::rollback()
{
    QSqlDatabase db = database();
    db.rollback();
}

QStringList Library::folders() const
{
    QFile file(foldersFile());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.read(4 * 1024 * 1024)).object();
    QStringList result;
    for (const QJsonValue &v : root.value(QLatin1StringView("folders")).toArray()) {
        const QString path = v.toString();
        if (!path.isEmpty() && !result.contains(path))
            result << path;
    }
    return result;
}

namespace {

bool writeFolders(const QString &file, const QStringList &folders, QString *error)
{
    QJsonObject root;
    root.insert(QLatin1StringView("annalist:library"), 1);
    root.insert(QLatin1StringView("folders"), QJsonArray::fromStringList(folders));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(root).toJson()) < 0 || !out.commit()) {
        if (error) {
            *error = QCoreApplication::translate("Library", "Cannot write the list of library folders %1: %2")
                         .arg(file, out.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

bool Library::addFolder(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isDir() || !info.isReadable()) {
        if (error)
            *error = QCoreApplication::translate("Library", "%1 is not a folder that can be read.").arg(path);
        return false;
    }
    const QString clean = QDir::cleanPath(info.absoluteFilePath());
    QStringList list = folders();
    if (list.contains(clean))
        return true;
    list << clean;
    return writeFolders(foldersFile(), list, error);
}

bool Library::removeFolder(const QString &path, QString *error)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList list = folders();
    if (list.removeAll(clean) == 0)
        return true;
    if (!writeFolders(foldersFile(), list, error))
        return false;
    if (!isOpen())
        return true;
    QSqlDatabase db = database();
    db.transaction();
    QSqlQuery q(db);
    for (const char *sql : {"DELETE FROM article_text WHERE rowid IN (SELECT id FROM articles WHERE folder = ?)",
                            "DELETE FROM mentions WHERE article_id IN (SELECT id FROM articles WHERE folder = ?)",
                            "DELETE FROM events WHERE article_id IN (SELECT id FROM articles WHERE folder = ?)",
                            "DELETE FROM articles WHERE folder = ?"}) {
        q.prepare(QString::fromLatin1(sql));
        q.addBindValue(clean);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return commit(error);
}

QString ftsQuery(const QString &typed)
{
    QStringList terms;
    QString word;
    bool inPhrase = false;
    QStringList phrase;
    const auto flushWord = [&](bool prefix) {
        if (word.isEmpty())
            return;
        const QString term = u'"' + word + u'"' + (prefix ? QStringLiteral("*") : QString());
        if (inPhrase)
            phrase << word;
        else
            terms << term;
        word.clear();
    };
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (c.isHighSurrogate() && i + 1 < typed.size()) {
            word += c;
            word += typed.at(++i);
        } else if (c == u'*' && !inPhrase) {
            flushWord(true);
        } else if (c == u'"') {
            flushWord(false);
            if (inPhrase && !phrase.isEmpty())
                terms << u'"' + phrase.join(u' ') + u'"';
            phrase.clear();
            inPhrase = !inPhrase;
        } else {
            flushWord(false);
        }
    }
    flushWord(false);
    if (!phrase.isEmpty())
        terms << u'"' + phrase.join(u' ') + u'"';
    return terms.join(u' ');
}

} // namespace Annalist
