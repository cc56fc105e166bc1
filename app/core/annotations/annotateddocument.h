// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis/analyzer.h"
#include "annotations/userlayer.h"
#include "article/article.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <optional>

namespace Annalist {

class Lexicon;
struct LayerDelta;

/// One article with its automatic analysis and the user's layer of edits on
/// top, merged into what the reader sees and the exporters write.
///
/// Precedence, strongest first: the user's edits (tags, retypes, rejects),
/// then lexicon entities, then automatic ones. An entity of a weaker layer
/// that overlaps a stronger one is hidden; the effective list is sorted by
/// start and has no overlaps.
///
/// Every edit goes through the undo stack the document owns: each editing
/// function below pushes exactly one command (a bulk edit is one step) and
/// returns false, pushing nothing, when the edit is impossible or changes
/// nothing. The window binds its Undo/Redo actions to undoStack() and shows
/// the commands' text. Loading (setUserLayer()) is not an edit: it clears
/// the stack and marks it clean.
///
/// Keys of events (eventKey()) are opaque strings, stable for the document's
/// lifetime, to give back to the event editing functions.
///
/// Costs: merging is O(n log n) in the number of entities and runs once per
/// change; entityIndexAt() is O(log n).
class AnnotatedDocument : public QObject
{
    Q_OBJECT
public:
    enum class Edge { Start, End };
    /// Resize steps: one code point, or to the next word boundary.
    enum class Step { Character, Word };

    /// analysis is the automatic layer of article (Analyzer::analyze()). Its
    /// timexes are not kept: the DATE entities carry the same ranges and values.
    AnnotatedDocument(Article article, Analysis analysis, QObject *parent = nullptr);
    ~AnnotatedDocument() override;

    const Article &article() const { return m_article; }
    /// The analysis as given, except its timexes (not kept) and the few
    /// entities that overlap an earlier one, which nothing shows (kept
    /// apart; automaticEntitiesIn() has them too).
    const Analysis &analysis() const { return m_analysis; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // ---- Lexicon layer (not undoable, not stored: recomputed from the user's lexicon)

    /// Entities found by the user's lexicon (origin Lexicon). They win over
    /// automatic ones and lose to the user's own edits. Entities already
    /// present with the same range and type among the automatic ones are fine.
    void setLexiconEntities(EntityList entities);
    /// setLexiconEntities(lexicon.match(article().text)).
    void applyLexicon(const Lexicon &lexicon);
    const EntityList &lexiconEntities() const { return m_lexicon; }

    // ---- The effective layer

    /// What the reader shows: sorted by start, non-overlapping; user entities
    /// have origin User or Lexicon and carry their note; rejected ones are absent.
    const EntityList &entities() const { return m_entities; }
    /// Index in entities() of the entity containing pos, or -1.
    qsizetype entityIndexAt(qsizetype pos) const;
    /// Index in entities() of the entity with exactly this range, or -1.
    qsizetype indexOfEntity(TextRange range) const;
    /// The automatic and lexicon entities overlapping range, shown or hidden:
    /// "what the machine had found here" under a user edit.
    EntityList automaticEntitiesIn(TextRange range) const;

    /// The effective timeline, chronological: automatic events with the
    /// user's edits applied, hidden ones excluded, added ones included. An
    /// event's entities follow the effective layer: a name rejected in its
    /// sentence is gone, the user's and the lexicon's own names there are in.
    const QList<TimelineEvent> &events() const { return m_events; }
    QString eventKey(qsizetype index) const { return m_eventKeys.value(index); }
    /// Hidden automatic events, so that the window can offer to show them again.
    const QList<TimelineEvent> &hiddenEvents() const { return m_hiddenEvents; }
    QString hiddenEventKey(qsizetype index) const { return m_hiddenEventKeys.value(index); }
    /// Index in events() of the event with this key, or -1 (hidden or unknown).
    qsizetype indexOfEvent(const QString &key) const { return m_eventKeys.indexOf(key); }

    // ---- The user layer (what the sidecar stores)

    /// Sorted by start; they never overlap one another.
    const QList<UserEntity> &userEntities() const { return m_layer.entities; }
    const QList<TimelineEdit> &timelineEdits() const { return m_layer.timeline; }
    const QList<Orphan> &orphans() const { return m_layer.orphans; }
    const UserLayer &userLayer() const { return m_layer; }
    /// The user record whose range contains pos (tag or reject), if any.
    std::optional<UserEntity> userEntityAt(qsizetype pos) const;
    std::optional<UserEntity> userEntity(const QString &id) const;
    /// Replaces the whole user layer, e.g. after reading a sidecar. Not undoable:
    /// clears the undo stack and marks it clean. Records with ranges outside
    /// the text are moved to the orphans; overlapping ones keep the first.
    void setUserLayer(UserLayer layer);

    // ---- Entity edits (each one undo step)

    /// Tags the range as type, without the white space, stops, commas and
    /// unmatched brackets or quotation marks at its ends (nameRange()). User
    /// records overlapping it are replaced; automatic entities overlapping it
    /// are hidden.
    bool tagRange(TextRange range, const QString &type);
    /// The name a selection holds: range without the white space and the
    /// punctuation next to the name that a hand drags over with it ("Velm."
    /// of "… at Velm. The"); an abbreviation's stop and matched brackets or
    /// quotation marks stay.
    TextRange nameRange(TextRange range) const;
    /// Changes the type of the effective entity with exactly this range.
    bool retypeEntity(TextRange entity, const QString &type);
    /// Rejects the effective entity with exactly this range: the automatic
    /// (or lexicon) entities there disappear; a user tag there is replaced by
    /// the rejection.
    bool rejectEntity(TextRange entity);
    /// Removes a user record (tag, note or reject): the automatic layer shows
    /// through again.
    bool removeUserEntity(const QString &id);
    /// Moves one edge of the effective entity with exactly this range by one
    /// step; widen moves it outwards, otherwise inwards. Fails when the span
    /// would become empty or leave the text. User records it grows over are replaced.
    bool resizeEntity(TextRange entity, Edge edge, bool widen, Step step);
    /// Sets (or, with an empty note, clears) the note of the effective entity
    /// with exactly this range. A note on an automatic entity makes a user Tag
    /// of the same type; clearing it removes that tag again.
    bool setEntityNote(TextRange entity, const QString &note);
    /// The effective entities that tagging range would take away without
    /// being inside it: the longer names it lies in or crosses ("Member
    /// States" in "Treaty between the Member States"). Empty when a tag there
    /// breaks nothing.
    EntityList entitiesBrokenBy(TextRange range) const;
    /// Whole-word, case-sensitive occurrences of text, plus the entities whose
    /// canonical name is text (known aliases), minus those overlapping a user
    /// record and minus those inside or across a longer entity (tagging them
    /// would split it; they are listed in insideLonger when given): what
    /// tagAllOccurrences() would tag. Sorted, non-overlapping.
    QList<TextRange> findOccurrences(const QString &text, QList<TextRange> *insideLonger = nullptr) const;
    /// Tags every range of findOccurrences(text) as type, in one undo step:
    /// never one inside a longer entity. Returns how many were tagged.
    qsizetype tagAllOccurrences(const QString &text, const QString &type);

    // ---- Timeline edits (each one undo step)

    /// Adds an event whose expression is range (trimmed); its sentence is
    /// the one holding the range. date is a TIMEX3 value and must not be empty.
    bool addEvent(TextRange range, const QString &date, const QString &label, const QString &until = {});
    /// Sets date, end (empty: none) and label of an event.
    bool editEvent(const QString &key, const QString &date, const QString &until, const QString &label);
    bool setEventNote(const QString &key, const QString &note);
    bool setEventConfirmed(const QString &key, bool confirmed);
    /// Hides or shows an automatic event (keys from events() or hiddenEvents()).
    bool setEventHidden(const QString &key, bool hidden);
    /// Removes an event the user added.
    bool removeAddedEvent(const QString &key);

    // ---- Orphans (each one undo step)

    /// Places an orphan on range: it becomes a normal user record again.
    bool placeOrphan(const QString &id, TextRange range);
    /// Drops an orphan for good (undo brings it back).
    bool discardOrphan(const QString &id);

Q_SIGNALS:
    void entitiesChanged();
    void eventsChanged();
    void orphansChanged();
    /// Anything that the sidecar stores changed (by an edit, undo, redo or load).
    void userLayerChanged();

private:
    friend class UserLayerCommand;

    /// The only place the user layer changes during editing: removes the
    /// records of `remove` (by id) and adds those of `add`.
    void performChange(const LayerDelta &remove, const LayerDelta &add);
    bool push(const QString &text, LayerDelta remove, LayerDelta add);

    void rebuildBase();
    void rebuildEntities();
    void rebuildEvents();
    TextRange trimmed(TextRange range) const;
    bool validRange(TextRange range) const;
    QList<UserEntity> userEntitiesOverlapping(TextRange range) const;
    std::optional<TimelineEdit> editForKey(const QString &key) const;
    /// The edit to amend for key: the existing one, or a fresh Amended edit.
    std::optional<TimelineEdit> editToChange(const QString &key) const;
    bool pushEdit(const QString &text, const std::optional<TimelineEdit> &before, TimelineEdit after);
    UserEntity makeTag(TextRange range, const QString &type) const;
    bool tagWithText(TextRange range, const QString &type, const QString &commandText);

    /// Calls f with each automatic entity, those set aside included, in
    /// the order of the analysis's list sorted by start.
    template<typename F>
    void forEachAutomaticEntity(F &&f) const;

    Article m_article;
    /// Its entities overlap none of one another: it is then the base itself,
    /// shared, not a second copy (a long article's entities take tens of
    /// megabytes), when there is no lexicon.
    Analysis m_analysis;
    /// An automatic entity that overlaps an earlier one (a date inside a
    /// longer name, …), and its index in the analysis's sorted list.
    struct SetAside {
        qsizetype index;
        Entity entity;
    };
    QList<SetAside> m_setAside;
    QUndoStack *m_undoStack;
    UserLayer m_layer;
    EntityList m_lexicon;
    EntityList m_base; ///< automatic entities merged with the lexicon ones, sorted
    EntityList m_entities;
    QList<TimelineEvent> m_events;
    QStringList m_eventKeys;
    QList<TimelineEvent> m_hiddenEvents;
    QStringList m_hiddenEventKeys;
    QHash<QString, qsizetype> m_amendedAuto; ///< edit id → index in m_analysis.events
};

} // namespace Annalist
