// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotations/annotateddocument.h"
#include "annotations/annotateddocument_p.h"

#include "annotations/lexicon.h"
#include "annotations/words.h"

#include <QUndoCommand>
#include <QUuid>

#include <algorithm>

namespace Annalist {

using namespace AnnotatedDocumentDetail;

QString newAnnotationId()
{
    return QStringLiteral("urn:uuid:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Every edit is one of these: redo() applies the delta, undo() the reverse.
class UserLayerCommand : public QUndoCommand
{
public:
    UserLayerCommand(AnnotatedDocument *document, const QString &text, LayerDelta remove, LayerDelta add)
        : m_document(document)
        , m_remove(std::move(remove))
        , m_add(std::move(add))
    {
        setText(text);
    }

    void redo() override { m_document->performChange(m_remove, m_add); }
    void undo() override { m_document->performChange(m_add, m_remove); }

private:
    AnnotatedDocument *m_document;
    LayerDelta m_remove;
    LayerDelta m_add;
};

namespace {

bool byStart(const Entity &a, const Entity &b)
{
    return a.range.start < b.range.start || (a.range.start == b.range.start && a.range.end < b.range.end);
}

bool userByStart(const UserEntity &a, const UserEntity &b)
{
    return a.range.start < b.range.start || (a.range.start == b.range.start && a.range.end < b.range.end);
}

/// Sorted, disjoint union of ranges (input in any order).
QList<TextRange> unionOf(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](TextRange a, TextRange b) { return a.start < b.start; });
    QList<TextRange> out;
    for (const TextRange r : std::as_const(ranges)) {
        if (!out.isEmpty() && r.start < out.last().end)
            out.last().end = std::max(out.last().end, r.end);
        else
            out.append(r);
    }
    return out;
}

/// Whether range overlaps one of the sorted, disjoint intervals. O(log n).
bool overlapsAny(const QList<TextRange> &intervals, TextRange range)
{
    const auto it = std::upper_bound(intervals.cbegin(), intervals.cend(), range.start,
                                     [](qsizetype pos, TextRange r) { return pos < r.end; });
    return it != intervals.cend() && it->start < range.end;
}

/// Keeps, in start order, each entity that does not overlap the one kept before it.
EntityList withoutOverlaps(EntityList list)
{
    std::stable_sort(list.begin(), list.end(), byStart);
    EntityList out;
    out.reserve(list.size());
    qsizetype lastEnd = -1;
    for (Entity &e : list) {
        if (e.range.isEmpty() || e.range.start < lastEnd)
            continue;
        lastEnd = e.range.end;
        out.append(std::move(e));
    }
    return out;
}

/// Drops from list, sorted by start, each entity that is empty or overlaps an
/// earlier one, passing it to dropped with its index, and closes up the rest
/// in place: one linear sweep. Read first, without detaching: a list with
/// nothing to drop stays as it came, still sharing its block with the
/// caller's copy (a long article's entity list is tens of megabytes).
template<typename Dropped>
void closeUpOverlaps(EntityList &list, Dropped &&dropped)
{
    qsizetype lastEnd = -1;
    qsizetype firstDropped = 0;
    for (const Entity &e : std::as_const(list)) {
        if (e.range.isEmpty() || e.range.start < lastEnd)
            break;
        lastEnd = e.range.end;
        ++firstDropped;
    }
    if (firstDropped == list.size())
        return;
    qsizetype kept = firstDropped;
    for (qsizetype i = firstDropped; i < list.size(); ++i) {
        Entity &e = list[i];
        if (e.range.isEmpty() || e.range.start < lastEnd) {
            dropped(i, std::move(e));
            continue;
        }
        lastEnd = e.range.end;
        if (kept != i)
            list[kept] = std::move(e);
        ++kept;
    }
    list.resize(kept);
}

/// withoutOverlaps() for a list already sorted by start.
EntityList withoutOverlapsSorted(EntityList list)
{
    closeUpOverlaps(list, [](qsizetype, Entity &&) {});
    return list;
}

/// Takes out of list one record equal to each of remove: exactly those, even
/// where ids repeat (a hand-merged file), so that removing one of two records
/// that share an id leaves the other, and undo brings back just the one.
/// O(n + m) when ids are unique.
template<typename T, typename IdOf>
void removeEach(QList<T> &list, const QList<T> &remove, IdOf idOf)
{
    if (remove.isEmpty())
        return;
    QHash<QString, QList<const T *>> pending;
    for (const T &r : remove)
        pending[idOf(r)].append(&r);
    list.removeIf([&pending, &idOf](const T &x) {
        const auto it = pending.find(idOf(x));
        if (it == pending.end())
            return false;
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (*it->at(i) == x) {
                it->removeAt(i);
                return true;
            }
        }
        return false;
    });
}

} // namespace

AnnotatedDocument::AnnotatedDocument(Article article, Analysis analysis, QObject *parent)
    : QObject(parent)
    , m_article(std::move(article))
    , m_analysis(std::move(analysis))
    , m_undoStack(new QUndoStack(this))
{
    // Megabytes for a long article, and nothing reads them here.
    QList<Timex>().swap(m_analysis.timexes);
    // Checked first: sorting would detach a list shared with the caller.
    // By start alone: where a name and a date start at one place ("the
    // Daily Monitor"), the analysis puts the name first, and it stays.
    EntityList &automatic = m_analysis.entities;
    const auto startsEarlier = [](const Entity &a, const Entity &b) { return a.range.start < b.range.start; };
    if (!std::is_sorted(automatic.cbegin(), automatic.cend(), startsEarlier))
        std::stable_sort(automatic.begin(), automatic.end(), startsEarlier);
    // The entities that overlap an earlier one (which nothing shows) are set
    // aside, the rest closed up in place.
    closeUpOverlaps(automatic, [this](qsizetype i, Entity &&e) { m_setAside.append({i, std::move(e)}); });
    rebuildBase();
    rebuildEntities();
    rebuildEvents();
}

AnnotatedDocument::~AnnotatedDocument() = default;

void AnnotatedDocument::setLexiconEntities(EntityList entities)
{
    for (Entity &e : entities)
        e.origin = Origin::Lexicon;
    m_lexicon = withoutOverlaps(std::move(entities));
    rebuildBase();
    rebuildEntities();
    Q_EMIT entitiesChanged();
    // Events name the entities of their sentence: lexicon names among them.
    const QList<TimelineEvent> before = m_events;
    rebuildEvents();
    if (m_events != before)
        Q_EMIT eventsChanged();
}

void AnnotatedDocument::applyLexicon(const Lexicon &lexicon)
{
    setLexiconEntities(lexicon.match(m_article.text));
}

template<typename F>
void AnnotatedDocument::forEachAutomaticEntity(F &&f) const
{
    // f returns false to stop. Before the j-th entity set aside came
    // aside.index - j of those kept.
    const EntityList &kept = m_analysis.entities;
    qsizetype k = 0;
    for (qsizetype j = 0; j < m_setAside.size(); ++j) {
        const SetAside &aside = m_setAside.at(j);
        for (; k < aside.index - j; ++k)
            if (!f(kept.at(k)))
                return;
        if (!f(aside.entity))
            return;
    }
    for (; k < kept.size(); ++k)
        if (!f(kept.at(k)))
            return;
}

void AnnotatedDocument::rebuildBase()
{
    // Without lexicon entities the base is the automatic layer itself, shared.
    if (m_lexicon.isEmpty()) {
        m_base = withoutOverlapsSorted(m_analysis.entities);
        return;
    }
    // Lexicon over automatic: both sorted, so one merge and one sweep. (An
    // automatic entity set aside comes back in where the lexicon takes
    // the one it overlapped.)
    QList<TextRange> lexiconRanges;
    lexiconRanges.reserve(m_lexicon.size());
    for (const Entity &e : std::as_const(m_lexicon))
        lexiconRanges.append(e.range);
    const QList<TextRange> lexiconUnion = unionOf(lexiconRanges);
    EntityList base;
    base.reserve(m_analysis.entities.size() + m_setAside.size() + m_lexicon.size());
    qsizetype l = 0;
    forEachAutomaticEntity([&](const Entity &e) {
        if (overlapsAny(lexiconUnion, e.range))
            return true;
        while (l < m_lexicon.size() && byStart(m_lexicon[l], e))
            base.append(m_lexicon[l++]);
        base.append(e);
        return true;
    });
    while (l < m_lexicon.size())
        base.append(m_lexicon[l++]);
    m_base = withoutOverlapsSorted(std::move(base));
}

void AnnotatedDocument::rebuildEntities()
{
    // The user's records over the base. They are sorted and do not overlap
    // one another (setUserLayer() and the edits see to it), so the result is
    // a merge of two sorted lists: O(n) per edit, no sort.
    QList<TextRange> userRanges;
    userRanges.reserve(m_layer.entities.size());
    for (const UserEntity &u : std::as_const(m_layer.entities)) {
        if (!u.isNoteOnly())
            userRanges.append(u.range);
    }
    const QList<TextRange> userUnion = unionOf(userRanges);
    const auto baseAt = [this](TextRange r) -> const Entity * {
        const auto it = std::lower_bound(m_base.cbegin(), m_base.cend(), r.start,
                                         [](const Entity &e, qsizetype pos) { return e.range.start < pos; });
        return it != m_base.cend() && it->range == r ? &*it : nullptr;
    };
    const QString byUser = tr("tagged by you");
    const QString byLexicon = tr("from your lexicon");
    EntityList tags;
    QList<const UserEntity *> notes;
    for (const UserEntity &u : std::as_const(m_layer.entities)) {
        if (u.isReject())
            continue;
        if (u.isNoteOnly()) {
            notes.append(&u);
            continue;
        }
        Entity e;
        e.range = u.range;
        e.type = u.type;
        e.origin = u.origin == Origin::Lexicon ? Origin::Lexicon : Origin::User;
        e.why = e.origin == Origin::Lexicon ? byLexicon : byUser;
        e.note = u.note;
        // A note or a confirmation on an automatic entity keeps what it knew.
        if (const Entity *under = baseAt(u.range); under && under->type == u.type) {
            e.value = under->value;
            e.timexType = under->timexType;
            e.canonical = under->canonical;
            if (under->origin == Origin::Auto) {
                e.alsoFound = true;
                e.why = under->why;
            }
        }
        tags.append(std::move(e));
    }
    if (userRanges.isEmpty() && tags.isEmpty() && notes.isEmpty()) {
        // Nothing of the user's: the base itself, shared.
        m_entities = withoutOverlapsSorted(m_base);
        return;
    }
    EntityList result;
    result.reserve(m_base.size() + tags.size());
    qsizetype t = 0;
    for (const Entity &e : std::as_const(m_base)) {
        if (overlapsAny(userUnion, e.range))
            continue;
        while (t < tags.size() && byStart(tags[t], e))
            result.append(std::move(tags[t++]));
        result.append(e);
    }
    while (t < tags.size())
        result.append(std::move(tags[t++]));
    m_entities = withoutOverlapsSorted(std::move(result));
    for (const UserEntity *u : std::as_const(notes)) {
        const qsizetype i = indexOfEntity(u->range);
        if (i >= 0 && m_entities[i].origin != Origin::User)
            m_entities[i].note = u->note;
    }
}

qsizetype AnnotatedDocument::entityIndexAt(qsizetype pos) const
{
    return indexOfRangeAt(m_entities, pos);
}

qsizetype AnnotatedDocument::indexOfEntity(TextRange range) const
{
    const auto it = std::lower_bound(m_entities.cbegin(), m_entities.cend(), range.start,
                                     [](const Entity &e, qsizetype pos) { return e.range.start < pos; });
    return it != m_entities.cend() && it->range == range ? it - m_entities.cbegin() : -1;
}

EntityList AnnotatedDocument::automaticEntitiesIn(TextRange range) const
{
    EntityList out;
    const auto take = [&out, range](const Entity &e) {
        if (e.range.start >= range.end)
            return false;
        if (e.range.overlaps(range))
            out.append(e);
        return true;
    };
    forEachAutomaticEntity(take);
    for (const Entity &e : m_lexicon)
        if (!take(e))
            break;
    std::stable_sort(out.begin(), out.end(), byStart);
    return out;
}

std::optional<UserEntity> AnnotatedDocument::userEntityAt(qsizetype pos) const
{
    // Sorted and non-overlapping, like the effective entities.
    const qsizetype i = indexOfRangeAt(m_layer.entities, pos);
    if (i < 0)
        return std::nullopt;
    return m_layer.entities[i];
}

std::optional<UserEntity> AnnotatedDocument::userEntity(const QString &id) const
{
    for (const UserEntity &u : m_layer.entities) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

void AnnotatedDocument::setUserLayer(UserLayer layer)
{
    UserLayer clean;
    clean.orphans = std::move(layer.orphans);
    std::stable_sort(layer.entities.begin(), layer.entities.end(), userByStart);
    qsizetype lastEnd = -1;
    std::optional<CodePointMap> map; // made for the first overlap only: most layers have none
    for (UserEntity &u : layer.entities) {
        Orphan o;
        if (!validRange(u.range)) {
            o.reason = tr("Its position lies outside the text.");
            o.cause = Orphan::Cause::OutsideText;
        } else if (u.range.start < lastEnd) {
            o.reason = tr("It overlaps another of your annotations.");
            o.cause = Orphan::Cause::Overlap;
        }
        if (!o.reason.isEmpty()) {
            o.kind = Orphan::Kind::Entity;
            if (validRange(u.range)) {
                // Quote, context and position, so that the saved orphan is found here again.
                if (!map)
                    map.emplace(m_article.text);
                o.anchor = makeAnchor(m_article.text, *map, u.range);
            }
            o.entity = std::move(u);
            clean.orphans.append(std::move(o));
            continue;
        }
        lastEnd = u.range.end;
        clean.entities.append(std::move(u));
    }
    m_layer = std::move(clean);
    // Amending edits whose automatic event is gone cannot be applied: orphans too.
    m_layer.timeline = layer.timeline;
    rebuildEntities();
    rebuildEvents();
    QList<TimelineEdit> placed;
    for (TimelineEdit &edit : m_layer.timeline) {
        const bool lost = edit.kind == TimelineEdit::Kind::Amended && !m_amendedAuto.contains(edit.id);
        if (lost || !validRange(edit.target)) {
            Orphan o;
            o.kind = Orphan::Kind::TimelineEdit;
            o.reason = lost ? tr("The automatic event it changed is no longer found.")
                            : tr("Its position lies outside the text.");
            o.cause = lost ? Orphan::Cause::EventGone : Orphan::Cause::OutsideText;
            o.anchor.exact = validRange(edit.target) ? m_article.slice(edit.target).toString() : QString();
            o.edit = std::move(edit);
            m_layer.orphans.append(std::move(o));
        } else {
            placed.append(std::move(edit));
        }
    }
    m_layer.timeline = std::move(placed);
    rebuildEvents();
    m_undoStack->clear();
    Q_EMIT entitiesChanged();
    Q_EMIT eventsChanged();
    Q_EMIT orphansChanged();
    Q_EMIT userLayerChanged();
}

void AnnotatedDocument::performChange(const LayerDelta &remove, const LayerDelta &add)
{
    const bool entitiesTouched = !remove.entities.isEmpty() || !add.entities.isEmpty();
    const bool timelineTouched = !remove.timeline.isEmpty() || !add.timeline.isEmpty();
    const bool orphansTouched = !remove.orphans.isEmpty() || !add.orphans.isEmpty();
    if (entitiesTouched) {
        removeEach(m_layer.entities, remove.entities, [](const UserEntity &u) { return u.id; });
        m_layer.entities.append(add.entities);
        std::stable_sort(m_layer.entities.begin(), m_layer.entities.end(), userByStart);
        rebuildEntities();
    }
    if (timelineTouched) {
        removeEach(m_layer.timeline, remove.timeline, [](const TimelineEdit &t) { return t.id; });
        m_layer.timeline.append(add.timeline);
    }
    if (orphansTouched) {
        removeEach(m_layer.orphans, remove.orphans, [](const Orphan &o) { return o.id(); });
        m_layer.orphans.append(add.orphans);
    }
    // Events list the entities of their sentence, so they follow entity edits;
    // the timeline is told only when an event's list did change.
    bool eventsChangedNow = timelineTouched;
    if (timelineTouched) {
        rebuildEvents();
    } else if (entitiesTouched) {
        const QList<TimelineEvent> before = m_events;
        rebuildEvents();
        eventsChangedNow = m_events != before;
    }
    if (entitiesTouched)
        Q_EMIT entitiesChanged();
    if (eventsChangedNow)
        Q_EMIT eventsChanged();
    if (orphansTouched)
        Q_EMIT orphansChanged();
    Q_EMIT userLayerChanged();
}

bool AnnotatedDocument::push(const QString &text, LayerDelta remove, LayerDelta add)
{
    if (remove.isEmpty() && add.isEmpty())
        return false;
    m_undoStack->push(new UserLayerCommand(this, text, std::move(remove), std::move(add)));
    return true;
}

bool AnnotatedDocument::validRange(TextRange range) const
{
    return range.start >= 0 && range.end <= m_article.text.size() && !range.isEmpty();
}

TextRange AnnotatedDocument::trimmed(TextRange range) const
{
    range.start = std::clamp<qsizetype>(range.start, 0, m_article.text.size());
    range.end = std::clamp<qsizetype>(range.end, range.start, m_article.text.size());
    while (range.start < range.end && m_article.text[range.start].isSpace())
        ++range.start;
    while (range.end > range.start && m_article.text[range.end - 1].isSpace())
        --range.end;
    return range;
}

TextRange AnnotatedDocument::nameRange(TextRange range) const
{
    // What a hand drags over often takes the stop, comma or bracket next to
    // the name with it ("Velmora." of "… at Velmora. Fishing"): those are no
    // part of the name. A bracket or a quotation mark matched inside the
    // selection stays ("Quellor (UK)", "“Orsa Nights”"), as does the stop of
    // an abbreviation: a single letter's ("J."), one inside the word
    // ("U.S."), or a short capitalized word's ("Ltd.", "Inc.", "Jr.").
    const QStringView text = m_article.text;
    const auto in = [&](TextRange r) { return text.mid(r.start, r.length()); };
    // The other mark of a pair, or none.
    const auto partner = [](QChar c) -> QChar {
        switch (c.unicode()) {
        case u'(': return u')';
        case u')': return u'(';
        case u'[': return u']';
        case u']': return u'[';
        case u'"': return u'"';
        case 0x201C: return QChar(0x201D);
        case 0x201D: return QChar(0x201C);
        case 0x2018: return QChar(0x2019);
        case 0x2019: return QChar(0x2018);
        default: return {};
        }
    };
    // Whether the mark at one end of r has its partner inside r.
    const auto pairedIn = [&](TextRange r, qsizetype at) {
        const QChar mark = text[at];
        const QChar other = partner(mark);
        if (other == mark) // straight quotation marks: two of them
            return in(r).count(mark) >= 2;
        return at == r.start ? in({r.start + 1, r.end}).contains(other) : in({r.start, r.end - 1}).contains(other);
    };
    const auto abbreviation = [&](TextRange r) {
        qsizetype word = r.end - 1; // the stop
        while (word > r.start && text[word - 1].isLetter())
            --word;
        const qsizetype letters = r.end - 1 - word;
        return letters == 1 || (letters > 1 && word > r.start && text[word - 1] == u'.')
            || (letters > 1 && letters <= 3 && text[word].isUpper());
    };
    const auto stray = [&](TextRange r, qsizetype at) {
        const QChar c = text[at];
        if (c == u',' || c == u';' || c == u':' || c == u'!' || c == u'?')
            return true;
        if (c == u'.')
            return at == r.start || !abbreviation(r);
        if (c == u'\'') // an apostrophe inside a name ("O'Neill") or its possessive: left alone
            return false;
        return !partner(c).isNull() && !pairedIn(r, at);
    };
    range = trimmed(range);
    while (!range.isEmpty()) {
        if (stray(range, range.start))
            range = trimmed({range.start + 1, range.end});
        else if (stray(range, range.end - 1))
            range = trimmed({range.start, range.end - 1});
        else
            break;
    }
    return range;
}

QList<UserEntity> AnnotatedDocument::userEntitiesOverlapping(TextRange range) const
{
    QList<UserEntity> out;
    for (const UserEntity &u : m_layer.entities) {
        if (u.range.start >= range.end)
            break;
        if (u.range.overlaps(range))
            out.append(u);
    }
    return out;
}

UserEntity AnnotatedDocument::makeTag(TextRange range, const QString &type) const
{
    UserEntity u;
    u.id = newAnnotationId();
    u.range = range;
    u.type = type;
    u.created = u.modified = QDateTime::currentDateTimeUtc();
    return u;
}

bool AnnotatedDocument::tagWithText(TextRange range, const QString &type, const QString &commandText)
{
    if (type.isEmpty() || !validRange(range))
        return false;
    LayerDelta remove;
    remove.entities = userEntitiesOverlapping(range);
    UserEntity tag;
    const auto same = std::find_if(remove.entities.cbegin(), remove.entities.cend(),
                                   [range](const UserEntity &u) { return u.range == range; });
    if (same != remove.entities.cend()) {
        if (same->action == UserEntity::Action::Tag && same->type == type && remove.entities.size() == 1)
            return false;
        tag = *same;
        tag.type = type;
        tag.action = UserEntity::Action::Tag;
        tag.modified = QDateTime::currentDateTimeUtc();
    } else {
        tag = makeTag(range, type);
    }
    LayerDelta add;
    add.entities.append(tag);
    return push(commandText, std::move(remove), std::move(add));
}

bool AnnotatedDocument::tagRange(TextRange range, const QString &type)
{
    const TextRange r = nameRange(range);
    return tagWithText(
        r, type, tr("Tag “%1” as %2").arg(elided(m_article.slice(r)), EntityTypes::displayName(type)));
}

bool AnnotatedDocument::retypeEntity(TextRange entity, const QString &type)
{
    const qsizetype i = indexOfEntity(entity);
    if (i < 0 || m_entities[i].type == type)
        return false;
    return tagWithText(entity, type,
        tr("Retype “%1” as %2").arg(elided(m_article.slice(entity)), EntityTypes::displayName(type)));
}

bool AnnotatedDocument::rejectEntity(TextRange entity)
{
    const qsizetype i = indexOfEntity(entity);
    if (i < 0)
        return false;
    LayerDelta remove;
    remove.entities = userEntitiesOverlapping(entity);
    LayerDelta add;
    // Nothing automatic underneath: rejecting a tag of one's own just removes it.
    if (!automaticEntitiesIn(entity).isEmpty()) {
        UserEntity reject = makeTag(entity, m_entities[i].type);
        reject.action = UserEntity::Action::Reject;
        add.entities.append(reject);
    }
    return push(tr("Reject “%1”").arg(elided(m_article.slice(entity))), std::move(remove), std::move(add));
}

bool AnnotatedDocument::removeUserEntity(const QString &id)
{
    const std::optional<UserEntity> u = userEntity(id);
    if (!u)
        return false;
    LayerDelta remove;
    remove.entities.append(*u);
    const QString quote = elided(m_article.slice(u->range));
    const QString text = u->isReject() ? tr("Restore “%1”").arg(quote)
        : u->isNoteOnly()              ? tr("Remove the note on “%1”").arg(quote)
                                       : tr("Remove the tag on “%1”").arg(quote);
    return push(text, std::move(remove), {});
}

bool AnnotatedDocument::resizeEntity(TextRange entity, Edge edge, bool widen, Step step)
{
    const qsizetype i = indexOfEntity(entity);
    if (i < 0)
        return false;
    const QStringView text(m_article.text);
    TextRange r = entity;
    qsizetype &pos = edge == Edge::Start ? r.start : r.end;
    // Moving left means widening the start or narrowing the end.
    const bool left = (edge == Edge::Start) == widen;
    if (step == Step::Character) {
        if (left)
            pos -= pos > 0 ? Words::codePointLengthBefore(text, pos) : 1;
        else
            pos += pos < text.size() ? Words::codePointLengthAt(text, pos) : 1;
    } else if (left) {
        // To the start of the word before (widening the start) or the end of
        // the word before (narrowing the end).
        if (edge == Edge::Start) {
            while (pos > 0 && !Words::wordCharBefore(text, pos))
                pos -= Words::codePointLengthBefore(text, pos);
            while (pos > 0 && Words::wordCharBefore(text, pos))
                pos -= Words::codePointLengthBefore(text, pos);
        } else {
            while (pos > r.start && Words::wordCharBefore(text, pos))
                pos -= Words::codePointLengthBefore(text, pos);
            while (pos > r.start && !Words::wordCharBefore(text, pos))
                pos -= Words::codePointLengthBefore(text, pos);
        }
    } else {
        if (edge == Edge::End) {
            while (pos < text.size() && !Words::wordCharAt(text, pos))
                pos += Words::codePointLengthAt(text, pos);
            while (pos < text.size() && Words::wordCharAt(text, pos))
                pos += Words::codePointLengthAt(text, pos);
        } else {
            while (pos < r.end && Words::wordCharAt(text, pos))
                pos += Words::codePointLengthAt(text, pos);
            while (pos < r.end && !Words::wordCharAt(text, pos))
                pos += Words::codePointLengthAt(text, pos);
        }
    }
    if (r == entity || !validRange(r))
        return false;

    const Entity &shown = m_entities[i];
    LayerDelta remove;
    remove.entities = userEntitiesOverlapping(r);
    UserEntity resized;
    const auto own = std::find_if(m_layer.entities.cbegin(), m_layer.entities.cend(),
                                  [entity](const UserEntity &u) { return u.range == entity; });
    if (own != m_layer.entities.cend() && !own->isReject()) {
        resized = *own;
        if (resized.isNoteOnly())
            resized.type = shown.type;
        resized.range = r;
        resized.modified = QDateTime::currentDateTimeUtc();
        if (std::none_of(remove.entities.cbegin(), remove.entities.cend(),
                         [&resized](const UserEntity &u) { return u.id == resized.id; }))
            remove.entities.append(*own);
    } else {
        resized = makeTag(r, shown.type);
        resized.note = shown.note;
        resized.origin = shown.origin == Origin::Lexicon ? Origin::Lexicon : Origin::User;
    }
    LayerDelta add;
    add.entities.append(resized);
    const QString text16 = widen ? tr("Widen “%1”") : tr("Narrow “%1”");
    return push(text16.arg(elided(m_article.slice(entity))), std::move(remove), std::move(add));
}

bool AnnotatedDocument::setEntityNote(TextRange entity, const QString &note)
{
    const qsizetype i = indexOfEntity(entity);
    if (i < 0)
        return false;
    const Entity &shown = m_entities[i];
    if (shown.note == note)
        return false;
    LayerDelta remove;
    LayerDelta add;
    const auto own = std::find_if(m_layer.entities.cbegin(), m_layer.entities.cend(),
                                  [entity](const UserEntity &u) { return u.range == entity && !u.isReject(); });
    if (own != m_layer.entities.cend()) {
        remove.entities.append(*own);
        // A tag that only existed to hold the note goes when the note goes.
        const auto under = std::lower_bound(m_base.cbegin(), m_base.cend(), entity.start,
                                            [](const Entity &e, qsizetype pos) { return e.range.start < pos; });
        const bool onlyForNote = own->isNoteOnly()
            || (under != m_base.cend() && under->range == entity && under->type == own->type);
        if (!(note.isEmpty() && onlyForNote)) {
            UserEntity changed = *own;
            changed.note = note;
            changed.modified = QDateTime::currentDateTimeUtc();
            add.entities.append(changed);
        }
    } else {
        UserEntity tag = makeTag(entity, shown.type);
        tag.note = note;
        tag.origin = shown.origin == Origin::Lexicon ? Origin::Lexicon : Origin::User;
        add.entities.append(tag);
    }
    const QString quote = elided(m_article.slice(entity));
    return push(note.isEmpty() ? tr("Clear the note on “%1”").arg(quote) : tr("Note on “%1”").arg(quote),
                std::move(remove), std::move(add));
}

EntityList AnnotatedDocument::entitiesBrokenBy(TextRange range) const
{
    EntityList broken;
    const TextRange r = nameRange(range);
    if (r.isEmpty())
        return broken;
    for (qsizetype i = std::max<qsizetype>(0, entityIndexAt(r.start)); i < m_entities.size(); ++i) {
        const Entity &e = m_entities[i];
        if (e.range.start >= r.end)
            break;
        if (e.range.overlaps(r) && !r.contains(e.range))
            broken.append(e);
    }
    return broken;
}

QList<TextRange> AnnotatedDocument::findOccurrences(const QString &needle, QList<TextRange> *insideLonger) const
{
    if (insideLonger)
        insideLonger->clear();
    QList<TextRange> found;
    if (needle.isEmpty())
        return found;
    const QStringView text(m_article.text);
    for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
        if (Words::isWholeWord(text, at, at + needle.size()))
            found.append({at, at + needle.size()});
    }
    const auto standsFor = [&found, &needle](const Entity &e) {
        if (e.canonical == needle)
            found.append(e.range);
        return true;
    };
    forEachAutomaticEntity(standsFor);
    for (const Entity &e : m_lexicon)
        standsFor(e);
    std::sort(found.begin(), found.end(), [](TextRange a, TextRange b) {
        return a.start < b.start || (a.start == b.start && a.end > b.end);
    });
    QList<TextRange> userRanges;
    for (const UserEntity &u : m_layer.entities)
        userRanges.append(u.range);
    const QList<TextRange> taken = unionOf(userRanges);
    QList<TextRange> out;
    for (const TextRange r : std::as_const(found)) {
        if ((!out.isEmpty() && r.start < out.last().end) || overlapsAny(taken, r))
            continue;
        // Tagging a name inside a longer one would split the longer one.
        if (!entitiesBrokenBy(r).isEmpty()) {
            if (insideLonger)
                insideLonger->append(r);
            continue;
        }
        out.append(r);
    }
    return out;
}

qsizetype AnnotatedDocument::tagAllOccurrences(const QString &needle, const QString &type)
{
    if (type.isEmpty())
        return 0;
    const QList<TextRange> ranges = findOccurrences(needle);
    LayerDelta add;
    for (const TextRange r : ranges)
        add.entities.append(makeTag(r, type));
    const qsizetype n = add.entities.size();
    if (!push(tr("Tag %n occurrence(s) of “%1” as %2", nullptr, int(n))
                  .arg(elided(needle), EntityTypes::displayName(type)),
            {}, std::move(add)))
        return 0;
    return n;
}

bool AnnotatedDocument::placeOrphan(const QString &id, TextRange range)
{
    const auto it = std::find_if(m_layer.orphans.cbegin(), m_layer.orphans.cend(),
                                 [&id](const Orphan &o) { return o.id() == id; });
    const TextRange r = trimmed(range);
    if (it == m_layer.orphans.cend() || !validRange(r))
        return false;
    LayerDelta remove;
    remove.orphans.append(*it);
    LayerDelta add;
    if (it->kind == Orphan::Kind::Entity) {
        remove.entities = userEntitiesOverlapping(r);
        UserEntity u = it->entity;
        u.range = r;
        u.modified = QDateTime::currentDateTimeUtc();
        add.entities.append(u);
    } else {
        // An amendment whose automatic event is gone lives on as an added event.
        TimelineEdit t = it->edit;
        t.target = r;
        if (t.kind == TimelineEdit::Kind::Amended) {
            t.kind = TimelineEdit::Kind::Added;
            if (!t.date)
                t.date = t.autoDate;
            if (!t.label)
                t.label = m_article.slice(r).toString();
            t.hidden = false;
        }
        t.modified = QDateTime::currentDateTimeUtc();
        add.timeline.append(t);
    }
    return push(tr("Place “%1”").arg(elided(it->anchor.exact)), std::move(remove), std::move(add));
}

bool AnnotatedDocument::discardOrphan(const QString &id)
{
    const auto it = std::find_if(m_layer.orphans.cbegin(), m_layer.orphans.cend(),
                                 [&id](const Orphan &o) { return o.id() == id; });
    if (it == m_layer.orphans.cend())
        return false;
    LayerDelta remove;
    remove.orphans.append(*it);
    return push(tr("Discard “%1”").arg(elided(it->anchor.exact)), std::move(remove), {});
}

} // namespace Annalist
