// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

// AnnotatedDocument's timeline: the effective events (the automatic ones
// with the user's edits, and the user's own), and the edits of them.

#include "annotations/annotateddocument.h"
#include "annotations/annotateddocument_p.h"

#include "temporal/timexvalue.h"

#include <algorithm>

namespace Annalist {
namespace {
// An event of the timeline being built, with what it is sorted by.
struct Keyed {
    TimelineEvent event;
    QString key;
    TimexValue date; ///< event.date read once, for sorting
};

/// The key of the automatic event at index i of the analysis (editForKey() reads it back).
QString automaticEventKey(qsizetype i)
{
    return QStringLiteral("auto:") + QString::number(i);
}
} // namespace
} // namespace Annalist
Q_DECLARE_TYPEINFO(Annalist::Keyed, Q_RELOCATABLE_TYPE);
namespace Annalist {

using namespace AnnotatedDocumentDetail;

void AnnotatedDocument::rebuildEvents()
{
    // Which automatic event each amending edit belongs to.
    m_amendedAuto.clear();
    QHash<qsizetype, QList<qsizetype>> autoByStart;
    for (qsizetype i = 0; i < m_analysis.events.size(); ++i)
        autoByStart[m_analysis.events[i].expression.start].append(i);
    QHash<qsizetype, qsizetype> editOfAuto;
    for (qsizetype k = 0; k < m_layer.timeline.size(); ++k) {
        const TimelineEdit &edit = m_layer.timeline[k];
        if (edit.kind != TimelineEdit::Kind::Amended)
            continue;
        qsizetype chosen = -1;
        for (const qsizetype i : autoByStart.value(edit.target.start)) {
            if (m_analysis.events[i].expression != edit.target || editOfAuto.contains(i))
                continue;
            if (chosen < 0 || m_analysis.events[i].date == edit.autoDate)
                chosen = i;
            if (m_analysis.events[i].date == edit.autoDate)
                break;
        }
        if (chosen >= 0) {
            m_amendedAuto.insert(edit.id, chosen);
            editOfAuto.insert(chosen, k);
        }
    }

    // The names of the effective entities in a sentence (dates aside), and
    // which of them are the user's or the lexicon's.
    const auto namesIn = [this](TextRange sentence, QStringList &all, QStringList &users) {
        for (qsizetype i = std::max<qsizetype>(0, entityIndexAt(sentence.start)); i < m_entities.size(); ++i) {
            const Entity &e = m_entities[i];
            if (e.range.start >= sentence.end)
                break;
            if (!sentence.contains(e.range) || e.type == EntityTypes::Date)
                continue;
            const QString name = e.canonical.isEmpty() ? m_article.slice(e.range).toString() : e.canonical;
            if (!all.contains(name))
                all.append(name);
            if (e.origin != Origin::Auto && !users.contains(name))
                users.append(name);
        }
    };
    // The names the automatic entities of a sentence gave (dates aside): of
    // an event's names, only these can have been rejected. (A name from
    // outside the sentence, the person a "he" stands for, stays.)
    const auto automaticNamesIn = [this](TextRange sentence) {
        QStringList names;
        const EntityList &automatic = m_analysis.entities;
        auto it = std::lower_bound(automatic.cbegin(), automatic.cend(), sentence.start,
                                   [](const Entity &e, qsizetype pos) { return e.range.start < pos; });
        for (; it != automatic.cend() && it->range.start < sentence.end; ++it)
            if (sentence.contains(it->range) && it->type != EntityTypes::Date)
                names.append(it->canonical.isEmpty() ? m_article.slice(it->range).toString() : it->canonical);
        return names;
    };
    // Without edits or a lexicon, the automatic events' names are the effective ones.
    const bool namesFollowEdits = !m_layer.entities.isEmpty() || !m_lexicon.isEmpty();
    // Nor any edit of the timeline: the automatic events are the timeline,
    // shared rather than copied, when they are in its order already (as the
    // analysis gives them; an export of a long article reads tens of thousands).
    if (!namesFollowEdits && m_layer.timeline.isEmpty()) {
        QList<TimexValue> dates;
        dates.reserve(m_analysis.events.size());
        for (const TimelineEvent &ev : std::as_const(m_analysis.events))
            dates.append(TimexValue::parse(ev.date));
        bool inOrder = true;
        for (qsizetype i = 1; i < dates.size() && inOrder; ++i) {
            const auto c = dates[i - 1] <=> dates[i];
            inOrder = c < 0
                || (c == 0 && m_analysis.events[i - 1].expression.start <= m_analysis.events[i].expression.start);
        }
        if (inOrder) {
            m_events = m_analysis.events;
            m_eventKeys.clear();
            m_eventKeys.reserve(m_events.size());
            for (qsizetype i = 0; i < m_events.size(); ++i)
                m_eventKeys.append(automaticEventKey(i));
            m_hiddenEvents.clear();
            m_hiddenEventKeys.clear();
            return;
        }
    }
    QList<Keyed> shown;
    QList<Keyed> hidden;
    for (qsizetype i = 0; i < m_analysis.events.size(); ++i) {
        TimelineEvent ev = m_analysis.events[i];
        if (namesFollowEdits) {
            // Names the user rejected go; the user's and the lexicon's own come in.
            QStringList present;
            QStringList users;
            namesIn(ev.sentence, present, users);
            const QStringList automatic = automaticNamesIn(ev.sentence);
            ev.entities.removeIf(
                [&](const QString &n) { return automatic.contains(n) && !present.contains(n); });
            for (const QString &n : std::as_const(users)) {
                if (!ev.entities.contains(n))
                    ev.entities.append(n);
            }
        }
        const QString key = automaticEventKey(i);
        if (const auto k = editOfAuto.find(i); k != editOfAuto.end()) {
            const TimelineEdit &edit = m_layer.timeline[*k];
            if (edit.date)
                ev.date = *edit.date;
            if (edit.until)
                ev.until = *edit.until;
            if (edit.label)
                ev.label = *edit.label;
            if (edit.date || edit.until || edit.label)
                ev.origin = Origin::User;
            ev.note = edit.note;
            ev.confirmed = edit.confirmed;
            ev.hidden = edit.hidden;
        }
        TimexValue date = TimexValue::parse(ev.date);
        (ev.hidden ? hidden : shown).append({std::move(ev), key, std::move(date)});
    }
    for (const TimelineEdit &edit : std::as_const(m_layer.timeline)) {
        if (edit.kind != TimelineEdit::Kind::Added)
            continue;
        TimelineEvent ev;
        ev.date = edit.date.value_or(QString());
        ev.until = edit.until.value_or(QString());
        ev.label = edit.label.value_or(QString());
        ev.expression = edit.target;
        const qsizetype s = m_article.sentenceAt(edit.target.start);
        ev.sentence = s >= 0 ? m_article.sentences[s] : edit.target;
        ev.origin = Origin::User;
        ev.note = edit.note;
        ev.confirmed = edit.confirmed;
        QStringList users;
        namesIn(ev.sentence, ev.entities, users);
        TimexValue date = TimexValue::parse(ev.date);
        shown.append({std::move(ev), edit.id, std::move(date)});
    }
    // The one order of dates (TimexValue), then the order of the text.
    const auto chronological = [](const Keyed &a, const Keyed &b) {
        if (const auto c = a.date <=> b.date; c != 0)
            return c < 0;
        return a.event.expression.start < b.event.expression.start;
    };
    std::stable_sort(shown.begin(), shown.end(), chronological);
    std::stable_sort(hidden.begin(), hidden.end(), chronological);
    m_events.clear();
    m_eventKeys.clear();
    m_hiddenEvents.clear();
    m_hiddenEventKeys.clear();
    for (Keyed &k : shown) {
        m_events.append(std::move(k.event));
        m_eventKeys.append(k.key);
    }
    for (Keyed &k : hidden) {
        m_hiddenEvents.append(std::move(k.event));
        m_hiddenEventKeys.append(k.key);
    }
}

std::optional<TimelineEdit> AnnotatedDocument::editForKey(const QString &key) const
{
    if (key.startsWith(u"auto:")) {
        bool ok = false;
        const qsizetype index = QStringView(key).mid(5).toLongLong(&ok);
        if (!ok)
            return std::nullopt;
        for (const TimelineEdit &edit : m_layer.timeline) {
            if (m_amendedAuto.value(edit.id, -1) == index)
                return edit;
        }
        return std::nullopt;
    }
    for (const TimelineEdit &edit : m_layer.timeline) {
        if (edit.id == key && edit.kind == TimelineEdit::Kind::Added)
            return edit;
    }
    return std::nullopt;
}

std::optional<TimelineEdit> AnnotatedDocument::editToChange(const QString &key) const
{
    if (std::optional<TimelineEdit> existing = editForKey(key))
        return existing;
    if (!key.startsWith(u"auto:"))
        return std::nullopt;
    bool ok = false;
    const qsizetype index = QStringView(key).mid(5).toLongLong(&ok);
    if (!ok || index < 0 || index >= m_analysis.events.size())
        return std::nullopt;
    TimelineEdit edit;
    edit.id = newAnnotationId();
    edit.kind = TimelineEdit::Kind::Amended;
    edit.target = m_analysis.events[index].expression;
    edit.autoDate = m_analysis.events[index].date;
    edit.created = edit.modified = QDateTime::currentDateTimeUtc();
    return edit;
}

bool AnnotatedDocument::pushEdit(const QString &text, const std::optional<TimelineEdit> &before, TimelineEdit after)
{
    const bool existed = std::any_of(m_layer.timeline.cbegin(), m_layer.timeline.cend(),
                                     [&after](const TimelineEdit &t) { return t.id == after.id; });
    if (existed && before && sameIgnoringModified(*before, after))
        return false;
    if (!existed && editIsEmpty(after))
        return false;
    after.modified = QDateTime::currentDateTimeUtc();
    LayerDelta remove;
    if (existed && before)
        remove.timeline.append(*before);
    LayerDelta add;
    if (!editIsEmpty(after))
        add.timeline.append(after);
    return push(text, std::move(remove), std::move(add));
}

bool AnnotatedDocument::addEvent(TextRange range, const QString &date, const QString &label, const QString &until)
{
    const TextRange r = trimmed(range);
    if (!validRange(r) || date.isEmpty())
        return false;
    TimelineEdit edit;
    edit.id = newAnnotationId();
    edit.kind = TimelineEdit::Kind::Added;
    edit.target = r;
    edit.date = date;
    if (!until.isEmpty())
        edit.until = until;
    edit.label = label.isEmpty() ? m_article.slice(r).toString() : label;
    edit.created = edit.modified = QDateTime::currentDateTimeUtc();
    LayerDelta add;
    add.timeline.append(edit);
    return push(tr("Add the event “%1”").arg(elided(*edit.label)), {}, std::move(add));
}

bool AnnotatedDocument::editEvent(const QString &key, const QString &date, const QString &until, const QString &label)
{
    const std::optional<TimelineEdit> before = editToChange(key);
    if (!before || date.isEmpty())
        return false;
    TimelineEdit after = *before;
    if (after.kind == TimelineEdit::Kind::Added) {
        after.date = date;
        after.until = until.isEmpty() ? std::nullopt : std::optional<QString>(until);
        after.label = label;
    } else {
        // Only what differs from the automatic event is an override, so that
        // a later, better analysis still shows through where the user agreed.
        const TimelineEvent &auto_ = m_analysis.events[m_amendedAuto.value(
            after.id, QStringView(key).mid(5).toLongLong())];
        after.date = date == auto_.date ? std::nullopt : std::optional<QString>(date);
        after.until = until == auto_.until ? std::nullopt : std::optional<QString>(until);
        after.label = label == auto_.label ? std::nullopt : std::optional<QString>(label);
    }
    return pushEdit(tr("Edit the event “%1”").arg(elided(label)), before, after);
}

bool AnnotatedDocument::setEventNote(const QString &key, const QString &note)
{
    const std::optional<TimelineEdit> before = editToChange(key);
    if (!before)
        return false;
    TimelineEdit after = *before;
    after.note = note;
    return pushEdit(note.isEmpty() ? tr("Clear the note on an event") : tr("Note on an event"), before, after);
}

bool AnnotatedDocument::setEventConfirmed(const QString &key, bool confirmed)
{
    const std::optional<TimelineEdit> before = editToChange(key);
    if (!before)
        return false;
    TimelineEdit after = *before;
    after.confirmed = confirmed;
    return pushEdit(confirmed ? tr("Confirm an event") : tr("Unconfirm an event"), before, after);
}

bool AnnotatedDocument::setEventHidden(const QString &key, bool hidden)
{
    const std::optional<TimelineEdit> before = editToChange(key);
    if (!before || before->kind != TimelineEdit::Kind::Amended)
        return false;
    TimelineEdit after = *before;
    after.hidden = hidden;
    return pushEdit(hidden ? tr("Hide an event") : tr("Show an event"), before, after);
}

bool AnnotatedDocument::removeAddedEvent(const QString &key)
{
    const std::optional<TimelineEdit> edit = editForKey(key);
    if (!edit || edit->kind != TimelineEdit::Kind::Added)
        return false;
    LayerDelta remove;
    remove.timeline.append(*edit);
    return push(tr("Remove the event “%1”").arg(elided(edit->label.value_or(QString()))), std::move(remove), {});
}

} // namespace Annalist
