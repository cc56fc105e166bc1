// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "recognize/englishlexicon.h"
#include "recognize/tokenizer.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <deque>

namespace Annalist {

/// What a word is known to be. A word can be several things ("Mark" is a
/// first name and a common word).
enum WordFlag : quint32 {
    CommonWord = 0x001, ///< an ordinary English word ("stay", "strategy", "he")
    FirstName = 0x002, ///< a given name, or an East Asian family name that comes first
    TitleWord = 0x004, ///< comes before a person's name ("President", "Dr")
    Demonym = 0x008, ///< a nationality or regional adjective ("Chinese")
    OrgCue = 0x010, ///< the head of an organization's name ("Ministry")
    LocCue = 0x020, ///< the head of a place name ("River")
    DocCue = 0x040, ///< the head of a document's name ("Act")
    EventCue = 0x080, ///< the head of an event's name ("Summit")
    PersonVerb = 0x100, ///< a speech verb that follows a person ("said")
    Particle = 0x200, ///< joins parts of any name ("de", "van", "bin")
    Connector = 0x400, ///< joins parts of an organization's, document's or event's name ("of", "on")
    StartsName = 0x800, ///< the first word of some gazetteer name, so worth a trie lookup
    /// Listed as an event's head too, after another type's list ("Congress",
    /// "Forum"): an event when numbered ("the 7th Congress"), else the first type.
    AlsoEventCue = 0x1000,
    /// An ISO 4217 currency code ("EUR", "NOK"): written in capitals, yet no
    /// organization's acronym.
    CurrencyCode = 0x2000,
    /// Begins a club's name ("FC", "AC", "VfB"): the capitalized words after
    /// it are an organization's name with it.
    OrgPrefix = 0x4000,
    /// A month's or a weekday's name ("March", "Tuesday"): after "on" or "between" it
    /// begins the date of a name, not more of it ("the Vell Accord on Tuesday").
    DateWord = 0x8000,
    /// Written in lower case before "of" and a name, makes the name a place:
    /// a kind of place ("the town of …"), a side of one ("north of …"), who
    /// lives in or governs one ("the residents of …", "the mayor of …").
    PlaceNoun = 0x10000,
    /// A noun for a kind of organisation, written in lower case right before
    /// a name ("the band …", "battery maker …"): the name is an organisation's.
    OrgDescriptor = 0x20000,
    /// Begins a storm's name ("Typhoon …", "Hurricane …"): a named event.
    EventPrefix = 0x40000,
    /// Heads an organisation's name from its first word, as Spanish,
    /// French or German write them ("Fundación …", "Banco de …",
    /// "Institut …"); always with OrgCue.
    LeadingOrgCue = 0x80000,
    /// After a hyphen, makes a capitalized word an adjective that is no part
    /// of a name: "Velmar-based", "Orsa-born", "Kessel-backed".
    ModifierTail = 0x100000,
    /// A role held in an organisation, written in lower case between its
    /// name and a person's: "Velm Mining chief Ivo Kessel".
    OrgRole = 0x200000,
    /// A kind of organisation written in lower case right after its name:
    /// "the Velm party", "the Orsa movement".
    OrgKindAfter = 0x400000,
    /// The abbreviated first word of a place's or a saint's name, written
    /// before a full stop: "St. Elvan", "Mt. Orsa", "Ft. Velm". The stop
    /// ends no sentence and no name there.
    PlacePrefix = 0x800000,
    /// A trade that ends a firm's name after words that are no ordinary
    /// ones ("Norvik Energy", "Velm Power", "Orsa Capital"); after an
    /// ordinary word it names a field or a thing ("Renewable Energy").
    TradeTail = 0x1000000,
    /// A kind of name in the plural, written in lower case before
    /// "including", "such as" or "like" and a name ("three companies,
    /// including …"): the name is of that kind.
    OrgKinds = 0x2000000,
    PlaceKinds = 0x4000000,
    PersonKinds = 0x8000000,
    /// Written in lower case right after a name's "'s" ("Velmco's chief
    /// executive", "…'s shares"): what only an organisation has.
    OrgPossession = 0x10000000,
    /// Written in lower case before "of", "in", "at" or "for" and a name
    /// ("shares in …", "analysts at …", "a spokesperson for …"): what
    /// belongs to or works for an organisation.
    OrgMember = 0x20000000,
    /// A trade that names a firm as often as a person, heading a
    /// description after a name ("Quintell, a chip designer,", "…, a
    /// software developer,"): the name's own look decides.
    EitherAgent = 0x40000000,
    /// A kind of place that heads a place's name from its first word
    /// ("Lake Velm", "Mount Orsa", "Port Kessary", "Puerto Velm"): no
    /// one's given name.
    PlaceLeading = 0x80000000,
};

/// A case-insensitive table of words, keyed by the tokenizer's folded hash so
/// that a token is looked up without building a string.
class WordTable
{
public:
    WordTable();

    /// The id of a word, adding it if new.
    int insert(QStringView word);
    /// The id of a word, or -1. hash must be foldedHash(word).
    int find(quint64 hash, QStringView word) const { return lookup(hash, word).id; }
    int find(QStringView word) const { return find(foldedHash(word), word); }

    /// A word's id (-1 when unknown) and flags (0 when unknown).
    struct Found {
        int id = -1;
        quint32 flags = 0;
    };
    /// The id and flags of a word in one look-up: both sit in the word's
    /// slot, so a known word costs one cache line, not three (the article's
    /// words are spread over the whole table). hash must be foldedHash(word).
    Found lookup(quint64 hash, QStringView word) const;
    /// Asks the processor to bring the slot of a word looked up soon into
    /// its cache; a pass over an article's words calls it a few words ahead,
    /// so that each lookup does not wait for memory.
    void prefetch(quint64 hash) const
    {
        __builtin_prefetch(m_slots.constData() + (hash & quint64(m_slots.size() - 1)));
    }

    quint32 flags(int id) const { return id >= 0 ? m_flags.at(id) : 0; }
    void addFlags(int id, quint32 flags);
    qsizetype size() const { return m_hashes.size(); }

private:
    struct Slot {
        quint64 hash = 0;
        qint32 id = -1; ///< -1 when free
        quint32 flags = 0; ///< a copy of m_flags[id]
    };
    qsizetype slotOf(quint64 hash) const; ///< the word's slot, or the free one where it would go
    void grow();

    QList<quint32> m_flags;
    QList<quint64> m_hashes;
    QList<Slot> m_slots; ///< open addressing, at most half full
};

/// What the names of one list (or one "[category]" of it) are; shared by
/// its entries, of which there are tens of thousands.
struct GazetteerKind {
    QString type; ///< an EntityTypes name
    QString category; ///< for the tooltip: "country", "city", "organization", …
    QString why; ///< "gazetteer: " + category
    /// GeoNames' long list of towns, whose names name other things too
    /// (RecognizerPass reads them with more care than the curated lists).
    bool town = false;
};

/// One named thing a gazetteer knows, under all its names.
struct GazetteerEntry {
    const GazetteerKind *kind = nullptr; ///< in Gazetteer::kinds
    QString canonical; ///< the first name listed

    const QString &type() const { return kind->type; }
    const QString &category() const { return kind->category; }
    const QString &why() const { return kind->why; }
    bool isTown() const { return kind->town; }
    /// A city or a town (of the curated lists or GeoNames'), which names
    /// its club, its college or its firm as often as itself.
    bool isSettlement() const { return kind->town || kind->category == u"city" || kind->category == u"town"; }
};

/// Multi-word names compiled into a trie over word ids, matched token by
/// token. A name's words keep their case requirement: an all-capitals word in
/// the list ("WHO") only matches all capitals; a capitalized one matches a
/// capitalized or all-capitals word; a lower-case one ("of") matches any.
class PhraseTrie
{
public:
    /// Adds a name (tokenized with tokenize()); returns false when it has
    /// no words. alias: the name is not the entry's canonical one.
    bool add(WordTable &words, QStringView name, int entry, bool alias);

    struct Match {
        int tokens = 0; ///< how many tokens it covers; 0 when no match
        int entry = -1;
        int node = 0; ///< for isAlias()
    };
    /// Whether a match is of another name than the entry's canonical one.
    bool isAlias(const Match &m) const { return m_nodes.at(m.node).alias; }
    /// The longest name that starts at tokens[first], given their word ids.
    Match longestAt(const QList<Word> &tokens, const QList<int> &ids, qsizetype first) const;

private:
    struct Edge {
        int child = 0;
        quint8 caseRule = 0;
    };
    struct Node {
        int entry = -1;
        bool alias = false;
    };
    static quint64 key(int node, int word) { return (quint64(quint32(node)) << 32) | quint32(word); }

    QHash<quint64, Edge> m_edges;
    QList<Node> m_nodes{Node{}};
};

/// Everything the recognizer knows before it reads an article: the word
/// table with its flags and the gazetteer of names. Built once from the
/// lists compiled into the program (resources/gazetteers and the iso-codes
/// lists generated at build time).
struct Gazetteer {
    WordTable words;
    PhraseTrie names;
    QList<GazetteerEntry> entries;
    std::deque<GazetteerKind> kinds; ///< (a deque, so that the entries' pointers stay valid as it grows)

    Gazetteer() = default;
    Gazetteer(const Gazetteer &) = delete; // (the entries point into kinds)
    Gazetteer &operator=(const Gazetteer &) = delete;
    Gazetteer(Gazetteer &&) = default;
    EnglishLexicon lexicon; ///< read by the learned recognizer's features and one rule (ordinaryNounLast())
    QStringList problems; ///< lists that could not be read; empty when all is well

    /// The built-in lists, loaded once for the whole program (the first
    /// call, from any thread, loads them; tens of milliseconds) and shared
    /// read-only by every recognizer.
    static const Gazetteer &builtIn();

    /// Loads the built-in lists. Never fails outright: a missing list is
    /// recorded in problems and the rest still works.
    void loadBuiltIn();

    /// Adds one list in the '|'-separated format of resources/gazetteers.
    /// Its names are of category until a line "[another category]". With
    /// notWords, a name of one word that the word lists know as something
    /// else (a common word, a title, a nationality, a cue word) is left
    /// out, and the first name kept is the canonical one.
    void addNames(QStringView text, const QString &type, const QString &category, bool notWords = false);
    /// Adds every word of text (split on white space and '|') with flags.
    void addWords(const QString &text, quint32 flags);
};

} // namespace Annalist
