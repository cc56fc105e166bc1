// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "recognize/entity.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Annalist {

/// One entry of the user's lexicon: this exact text (case-sensitive, whole
/// words) is an entity of this type in every article.
struct LexiconEntry {
    QString text;
    QString type;

    friend bool operator==(const LexiconEntry &, const LexiconEntry &) = default;
};

/// The user's own list of names and their types, applied to every article
/// (entities with origin Lexicon). Stored as a small JSON file:
/// {"annalist:lexicon": 1, "entries": [{"text": "…", "type": "PERSON"}, …]}.
///
/// A file that cannot be read as a lexicon is never overwritten by save()
/// unless the caller first calls discardBrokenFile(), which is the user's
/// decision to make.
class Lexicon
{
public:
    static constexpr int SchemaVersion = 1;
    /// Lexicon files larger than this are not read (hundreds of thousands of
    /// entries fit); load() refuses them with a message.
    static constexpr qint64 MaxFileBytes = 32LL * 1024 * 1024;

    struct LoadResult {
        enum class Status { Ok, Missing, Unreadable, Invalid, NewerVersion, TooLarge };
        Status status = Status::Ok;
        QString message; ///< one sentence for a person; empty when Ok or Missing

        bool ok() const { return status == Status::Ok || status == Status::Missing; }
    };

    /// lexicon.json under the per-user data location (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    /// Replaces the entries with those of the file. Missing is not an error
    /// (an empty lexicon). On any other failure the entries are left empty
    /// and the file is marked as not to be overwritten.
    LoadResult load(const QString &path);
    /// Writes atomically (QSaveFile). Returns false with a message in error
    /// when writing fails or when path is a file that failed to load.
    bool save(const QString &path, QString *error = nullptr) const;
    /// Allows save() to replace the file that failed to load.
    void discardBrokenFile() { m_brokenPath.clear(); }

    const QList<LexiconEntry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    /// The index of the entry for text, or -1.
    qsizetype indexOf(const QString &text) const;
    /// Adds an entry, or changes the type of the entry with the same text.
    /// Returns false when the entry is invalid (empty text or type) or already there.
    bool add(const LexiconEntry &entry);
    bool remove(const QString &text);
    /// Replaces entry index; false when out of range, invalid, or when the new
    /// text belongs to another entry.
    bool setEntry(qsizetype index, const LexiconEntry &entry);
    void clear();

    /// Every whole-word, case-sensitive occurrence of the entries in text, as
    /// Lexicon entities sorted by start, without overlaps (the longest entry
    /// wins where several start at one place). Costs one hash lookup per word
    /// of the text, not one scan per entry.
    EntityList match(const QString &text) const;

private:
    void reindex();

    QList<LexiconEntry> m_entries;
    /// Hash of the first word of an entry → entries starting with a word of
    /// that hash, longest first. Hashes, so that scanning a text allocates
    /// nothing; a collision only costs one startsWith() more.
    QHash<size_t, QList<qsizetype>> m_byFirstWord;
    /// Entries that do not start with a word character, scanned for one by one.
    QList<qsizetype> m_others;
    QString m_brokenPath;
};

} // namespace Annalist
