// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "temporal/timelineevent.h"

#include <QAbstractListModel>

namespace Annalist {

/// The timeline of one article as a flat list in date order: one row per event.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        DateValueRole = Qt::UserRole + 1, ///< QString: the TIMEX3 value
        DateTextRole, ///< QString: the date at its precision ("1999", "14 Sep 1999")
        YearRole, ///< int: the year, 0 when unknown
        LabelRole, ///< QString
        SentenceRole, ///< QString: the sentence's text
        SentenceStartRole, ///< qsizetype: article position of the sentence
        SentenceEndRole,
        EntitiesRole, ///< QStringList
        OriginRole, ///< QString: auto, user, lexicon
        NoteRole, ///< QString
        ConfirmedRole, ///< bool
        MarkedRole, ///< bool: the event's sentence holds the text cursor
        NewYearRole, ///< bool: the first event of its year (draws a year marker)
    };
    Q_ENUM(Roles)

    explicit TimelineModel(QObject *parent = nullptr);

    /// Shows these events. When only details of the same number of events
    /// changed, the changed rows are told (dataChanged) instead of a reset.
    void setTimeline(const Article &article, const QList<TimelineEvent> &events);
    const QList<TimelineEvent> &events() const { return m_events; }
    const TimelineEvent &event(int row) const { return m_events.at(row); }

    /// Marks the events whose sentence contains the article position; -1 clears.
    void markPosition(qsizetype articlePos);
    QList<int> markedRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Article m_article;
    QList<TimelineEvent> m_events;
    QList<bool> m_marked;
};

} // namespace Annalist
