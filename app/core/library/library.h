// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Annalist {

/// The library: the folders the user added and an SQLite cache (QSQLITE,
/// FTS5) of what their articles hold. The articles and their sidecars stay
/// the source of truth; the database can be deleted at any time and is
/// rebuilt from the folders, which are listed apart from it (library.json)
/// so that losing the database loses nothing.
///
/// One Library is one connection and belongs to the thread that opened it.
/// Several may be open on one folder at once (one per thread): the database
/// is in WAL mode, so readers see the last committed state while a writer
/// works, and a kill at any moment leaves a database that opens.
class Library
{
public:
    /// Bumped whenever the tables change; a database of another version is
    /// set aside and rebuilt (it is only a cache).
    static constexpr int SchemaVersion = 2;

    struct OpenResult {
        enum class Status {
            Ok,
            Rebuilt, ///< the database was damaged or of another version: set aside and started afresh
            Failed, ///< no database could be opened or made
        };
        Status status = Status::Ok;
        /// One sentence for a person: why it was rebuilt (naming where the old
        /// file went) or why it failed; empty when Ok.
        QString message;
        bool ok() const { return status != Status::Failed; }
        /// Whether open() ran SQLite's page-by-page check (quick_check).
        bool deepChecked = false;
    };

    enum class Check {
        /// Run SQLite's page-by-page quick_check and set a damaged database
        /// aside (the window's indexing thread, on its first run: seconds on a
        /// large library, off the window's thread).
        Full,
        /// Read the header, schema and version (a file that is not a database
        /// or is truncated is set aside); the page-by-page check runs only
        /// when a write-ahead log is left over, that is after a kill, a crash
        /// or while another process has the library open. For the command
        /// line, where every command opens the library.
        Quick,
        None, ///< trust it (a second connection on a database already checked)
    };

    Library();
    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    /// The per-user data folder (QStandardPaths::AppDataLocation, which follows XDG_DATA_HOME).
    static QString defaultFolder();

    /// Opens (creating when missing) folder/library.sqlite. Fails when the
    /// SQLite driver is missing or has no FTS5, or the folder cannot be
    /// written; a database that fails quick_check or is not a database is
    /// renamed to library.sqlite.damaged-<time> (with its WAL) and made anew.
    OpenResult open(const QString &folder, Check check = Check::Full);
    bool isOpen() const;
    void close();

    QString folder() const { return m_folder; }
    QString databasePath() const;
    /// Whether open() made a new, empty database (first use, after a
    /// deletion or after setting a damaged one aside): its folders must be indexed.
    bool isFresh() const { return m_fresh; }

    /// The connection, for the indexer and the searches.
    QSqlDatabase database() const;

    /// The folders of the library (absolute, cleaned), as library.json lists them.
    QStringList folders() const;
    /// Adds a folder to library.json (written atomically); false with a
    /// message when it is not a readable folder or the list cannot be written.
    bool addFolder(const QString &path, QString *error = nullptr);
    /// Removes a folder from the list and its articles from the database.
    bool removeFolder(const QString &path, QString *error = nullptr);

    /// Runs statements in one transaction; on any failure rolls back and
    /// returns false with the driver's message.
    bool beginTransaction();
    bool commit(QString *error = nullptr);
    void rollback();

private:
    OpenResult openFile(Check check);
    bool createSchema(QString *error);
    QString foldersFile() const;

    QString m_folder;
    QString m_connection;
    QString m_openPath; ///< the database file, counted among the process's open files
    bool m_fresh = false;
};

/// A query's text for FTS5 from what a person typed: every word becomes a
/// quoted term (all must occur), "quoted phrases" stay phrases, a trailing *
/// asks for a prefix. Never raises an FTS5 syntax error; empty when the text
/// holds no word.
QString ftsQuery(const QString &typed);

} // namespace Annalist
