// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/gazetteer.h"

#include "recognize/entity.h"

#include <QFile>

namespace Annalist {

WordTable::WordTable()
{
    m_slots.resize(1024);
}

qsizetype WordTable::slotOf(quint64 hash) const
{
    // Words are told apart by their 64-bit folded hash alone: with some ten
    // thousand words the chance of two colliding is about 1e-11, and not
    // comparing the characters is what makes a lookup cheap.
    const quint64 mask = quint64(m_slots.size() - 1);
    quint64 p = hash & mask;
    while (m_slots.at(p).id >= 0 && m_slots.at(p).hash != hash)
        p = (p + 1) & mask;
    return qsizetype(p);
}

void WordTable::grow()
{
    QList<Slot> table(m_slots.size() * 2);
    const quint64 mask = quint64(table.size() - 1);
    for (const Slot &slot : std::as_const(m_slots)) {
        if (slot.id < 0)
            continue;
        quint64 p = slot.hash & mask;
        while (table.at(p).id >= 0)
            p = (p + 1) & mask;
        table[p] = slot;
    }
    m_slots = std::move(table);
}

WordTable::Found WordTable::lookup(quint64 hash, QStringView word) const
{
    Q_UNUSED(word);
    const Slot &slot = m_slots.at(slotOf(hash));
    return slot.id >= 0 ? Found{slot.id, slot.flags} : Found{};
}

void WordTable::addFlags(int id, quint32 flags)
{
    m_flags[id] |= flags;
    m_slots[slotOf(m_hashes.at(id))].flags = m_flags.at(id);
}

int WordTable::insert(QStringView word)
{
    const quint64 h = foldedHash(word);
    if (const int id = find(h, word); id >= 0)
        return id;
    if ((m_hashes.size() + 1) * 2 > m_slots.size())
        grow();
    const int id = int(m_hashes.size());
    m_hashes.append(h);
    m_flags.append(0);
    m_slots[slotOf(h)] = Slot{h, id, 0};
    return id;
}

namespace {

enum CaseRule : quint8 { AnyCase = 0, NeedsCapital = 1, NeedsAllCaps = 2 };

bool caseAllows(quint8 rule, const Word &t)
{
    switch (rule) {
    case NeedsAllCaps:
        return t.is(Word::AllCaps) || (t.is(Word::Capitalized) && t.length() == 1);
    case NeedsCapital:
        return t.is(Word::Capitalized);
    default:
        return true;
    }
}

} // namespace

bool PhraseTrie::add(WordTable &words, QStringView name, int entry, bool alias)
{
    const QList<Word> tokens = tokenize(name);
    if (tokens.isEmpty())
        return false;
    int node = 0;
    for (const Word &t : tokens) {
        const int id = words.insert(name.mid(t.start, t.length()));
        if (node == 0)
            words.addFlags(id, StartsName);
        const quint8 rule = t.is(Word::AllCaps) ? NeedsAllCaps : t.is(Word::Capitalized) ? NeedsCapital : AnyCase;
        auto it = m_edges.find(key(node, id));
        if (it == m_edges.end()) {
            m_nodes.append(Node{});
            it = m_edges.insert(key(node, id), Edge{int(m_nodes.size() - 1), rule});
        }
        node = it->child;
    }
    // The first list to name something keeps it.
    if (m_nodes.at(node).entry < 0)
        m_nodes[node] = Node{entry, alias};
    return true;
}

PhraseTrie::Match PhraseTrie::longestAt(const QList<Word> &tokens, const QList<int> &ids, qsizetype first) const
{
    Match best;
    int node = 0;
    for (qsizetype k = first; k < tokens.size(); ++k) {
        if (ids.at(k) < 0)
            break;
        const Word &t = tokens.at(k);
        // A name does not run across a line break or a bracket.
        if (k > first && (t.newlineBefore || t.gapPunct == u'(' || t.gapPunct == u')' || t.gapPunct == u'"'))
            break;
        const auto it = m_edges.constFind(key(node, ids.at(k)));
        if (it == m_edges.cend() || !caseAllows(it->caseRule, t))
            break;
        node = it->child;
        const Node &n = m_nodes.at(node);
        if (n.entry >= 0) {
            best.tokens = int(k - first + 1);
            best.entry = n.entry;
            best.node = node;
        }
    }
    return best;
}

void Gazetteer::addNames(QStringView text, const QString &type, const QString &firstCategory, bool notWords)
{
    constexpr quint32 WordFlags = CommonWord | TitleWord | Demonym | OrgCue | LocCue | DocCue | EventCue;
    const auto kindOf = [&](const QString &category) {
        kinds.push_back(GazetteerKind{type, category, QStringLiteral("gazetteer: ") + category, category == u"town"});
        return &kinds.back();
    };
    const GazetteerKind *kind = kindOf(firstCategory);
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // "[city]": what the names after it are.
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            kind = kindOf(line.mid(1, line.size() - 2).trimmed().toString());
            continue;
        }
        const int entry = int(entries.size());
        bool alias = false;
        for (QStringView name : line.split(u'|', Qt::SkipEmptyParts)) {
            name = name.trimmed();
            if (notWords && !name.contains(u' ') && (words.flags(words.find(name)) & WordFlags))
                continue;
            if (!alias)
                entries.append(GazetteerEntry{kind, name.toString()});
            names.add(words, name, entry, alias);
            alias = true;
        }
    }
}

void Gazetteer::addWords(const QString &text, quint32 flags)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        if (line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'|');
        for (const QString &part : parts) {
            const QString phrase = part.trimmed();
            if (phrase.isEmpty())
                continue;
            // Multi-word titles ("Prime Minister") flag their last word and
            // are also kept whole in the word list as separate words.
            const QStringList ws = phrase.split(u' ', Qt::SkipEmptyParts);
            if (flags == TitleWord) {
                words.addFlags(words.insert(ws.last()), flags);
                continue;
            }
            for (const QString &w : ws)
                words.addFlags(words.insert(w), flags);
        }
    }
}

namespace {

QString readList(const QString &name, QStringList &problems)
{
    QFile f(QStringLiteral(":/annalist/gazetteers/") + name);
    if (!f.open(QIODevice::ReadOnly)) {
        problems.append(QStringLiteral("gazetteer %1 is missing from this build").arg(name));
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

} // namespace

const Gazetteer &Gazetteer::builtIn()
{
    static const Gazetteer shared = [] {
        Gazetteer g;
        g.loadBuiltIn();
        return g;
    }();
    return shared;
}

void Gazetteer::loadBuiltIn()
{
    const QString lexiconProblem = lexicon.loadBuiltIn();
    if (!lexiconProblem.isEmpty())
        problems.append(lexiconProblem);

    // Word lists first: the subdivision list below skips names that are common words.
    addWords(readList(QStringLiteral("common.txt"), problems), CommonWord);
    addWords(readList(QStringLiteral("firstnames.txt"), problems), FirstName);
    addWords(readList(QStringLiteral("titles.txt"), problems), TitleWord);
    addWords(readList(QStringLiteral("demonyms.txt"), problems), Demonym);
    addWords(readList(QStringLiteral("currencies.txt"), problems), CurrencyCode);

    const QString cues = readList(QStringLiteral("cues.txt"), problems);
    quint32 section = 0;
    const QStringList cueLines = cues.split(u'\n');
    for (const QString &rawLine : cueLines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const QStringView s = QStringView(line).mid(1, line.size() - 2);
            section = s == u"organization" ? quint32(OrgCue)
                : s == u"location"         ? quint32(LocCue)
                : s == u"document"         ? quint32(DocCue)
                : s == u"event"            ? quint32(EventCue)
                : s == u"person-verb"      ? quint32(PersonVerb)
                : s == u"connector"        ? quint32(Connector)
                : s == u"organization-prefix" ? quint32(OrgPrefix)
                : s == u"date-word"        ? quint32(DateWord)
                : s == u"place-noun"       ? quint32(PlaceNoun)
                : s == u"organization-descriptor" ? quint32(OrgDescriptor)
                : s == u"event-prefix"     ? quint32(EventPrefix)
                : s == u"organization-leading" ? quint32(OrgCue | LeadingOrgCue)
                : s == u"modifier-tail"    ? quint32(ModifierTail)
                : s == u"organization-role" ? quint32(OrgRole)
                : s == u"organization-kind-after" ? quint32(OrgKindAfter)
                : s == u"place-prefix"     ? quint32(PlacePrefix)
                : s == u"organization-trade" ? quint32(TradeTail)
                : s == u"organization-kinds" ? quint32(OrgKinds)
                : s == u"place-kinds"      ? quint32(PlaceKinds)
                : s == u"person-kinds"     ? quint32(PersonKinds)
                : s == u"organization-possession" ? quint32(OrgPossession)
                : s == u"organization-member" ? quint32(OrgMember)
                : s == u"either-agent"     ? quint32(EitherAgent)
                : s == u"place-leading"    ? quint32(PlaceLeading)
                                           : 0u;
            continue;
        }
        const QStringList ws = line.split(u' ', Qt::SkipEmptyParts);
        for (const QString &w : ws) {
            const int id = words.insert(w);
            quint32 f = section;
            // A word keeps the first cue type it was given.
            if ((f & (OrgCue | LocCue | DocCue | EventCue)) && (words.flags(id) & (OrgCue | LocCue | DocCue | EventCue)))
                f = f == EventCue ? quint32(AlsoEventCue) : 0;
            if (section == Connector && w != u"of" && w != u"for" && w != u"and" && w != u"on" && w != u"in"
                && w != u"between")
                f = Particle;
            words.addFlags(id, f);
        }
    }

    const QString location = EntityTypes::Location;
    addNames(readList(QStringLiteral("places.txt"), problems), location, QStringLiteral("place"));
    addNames(readList(QStringLiteral("countries.txt"), problems), location, QStringLiteral("country"));
    addNames(readList(QStringLiteral("organizations.txt"), problems), EntityTypes::Organization,
             QStringLiteral("organization"));

    // Regions and towns: one that shares its name with a common word or a
    // title ("Central", "Mayor") needs more than the list to be a place;
    // one named like a person ("Florence", "Harrison") is left to
    // RecognizerPass::listedName().
    addNames(readList(QStringLiteral("subdivisions.txt"), problems), location, QStringLiteral("region"), true);
    addNames(readList(QStringLiteral("towns.txt"), problems), location, QStringLiteral("town"), true);
}

} // namespace Annalist
