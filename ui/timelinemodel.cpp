// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timelinemodel.h"

#include "export/exportdate.h"

#include <QDate>
#include <QLocale>

namespace Annalist {

namespace {

/// "21st", "22nd", "23rd", "20th": the English rule picks the pattern,
/// each language translates every pattern to its own ordinal.
QString ordinal(int n)
{
    const int lastTwo = n % 100;
    if (lastTwo < 11 || lastTwo > 13) {
        //: Ordinal numbers (21st century); languages with a single form translate all four patterns alike
        if (n % 10 == 1)
            return TimelineModel::tr("%1st").arg(n);
        //: Ordinal numbers (22nd century)
        if (n % 10 == 2)
            return TimelineModel::tr("%1nd").arg(n);
        //: Ordinal numbers (23rd century)
        if (n % 10 == 3)
            return TimelineModel::tr("%1rd").arg(n);
    }
    //: Ordinal numbers (20th century)
    return TimelineModel::tr("%1th").arg(n);
}

/// The date at its own precision in the reader's language: "1999",
/// "Sep 1999", "14 Sep 1999", "the 1990s", "Q3 1999", … Translators give the
/// date patterns, so that each language orders day, month and year its own way.
QString localDateText(const QString &value)
{
    const ExportDate d = ExportDate::parse(value);
    if (!d.isValid())
        return value;
    const QLocale locale;
    switch (d.reference()) {
    case ExportDate::Reference::Present:
        return TimelineModel::tr("now");
    case ExportDate::Reference::Past:
        return TimelineModel::tr("in the past");
    case ExportDate::Reference::Future:
        return TimelineModel::tr("in the future");
    case ExportDate::Reference::None:
        break;
    }
    const QString year = QString::number(d.year());
    switch (d.precision()) {
    case ExportDate::Precision::Day:
        //: QDate::toString() pattern for an event on a known day; MMM is the short month name
        return d.hasYear() ? locale.toString(d.firstDay(), TimelineModel::tr("d MMM yyyy"))
                           //: QDate::toString() pattern for a day and month whose year is unknown
                           : locale.toString(QDate(2000, d.month(), d.day()), TimelineModel::tr("d MMM"));
    case ExportDate::Precision::Month:
        //: QDate::toString() pattern for an event in a known month; MMM is the short month name
        return d.hasYear() ? locale.toString(d.firstDay(), TimelineModel::tr("MMM yyyy"))
                           : locale.standaloneMonthName(d.month(), QLocale::LongFormat);
    case ExportDate::Precision::Year:
        return year;
    case ExportDate::Precision::Decade:
        //: A decade; %1 is its first year (1990)
        return TimelineModel::tr("the %1s").arg(year);
    case ExportDate::Precision::Century:
        //: A century; %1 is its ordinal number ("20th", from the ordinal patterns)
        return TimelineModel::tr("the %1 century").arg(ordinal(d.year() / 100 + 1));
    case ExportDate::Precision::Half:
        return d.hasYear()
            //: A half of a year: %1 is 1 or 2, %2 the year
            ? TimelineModel::tr("H%1 %2").arg(d.part()).arg(year)
            //: A half of a year whose year is unknown: %1 is 1 or 2
            : TimelineModel::tr("H%1").arg(d.part());
    case ExportDate::Precision::Quarter:
        return d.hasYear()
            //: A quarter of a year: %1 is 1–4, %2 the year
            ? TimelineModel::tr("Q%1 %2").arg(d.part()).arg(year)
            //: A quarter of a year whose year is unknown: %1 is 1–4
            : TimelineModel::tr("Q%1").arg(d.part());
    case ExportDate::Precision::Week:
        if (d.isWeekend())
            //: The weekend of a week: %1 its Saturday, %2 its Sunday (from the two patterns below)
            return TimelineModel::tr("weekend %1–%2")
                .arg(locale.toString(d.firstDay(), TimelineModel::tr("d MMM", "a weekend's Saturday")),
                     locale.toString(d.lastDay(), TimelineModel::tr("d MMM yyyy", "a weekend's Sunday")));
        return d.hasYear()
            //: A calendar week: %1 is 1–53, %2 the year
            ? TimelineModel::tr("week %1 of %2").arg(d.part()).arg(year)
            //: A calendar week whose year is unknown: %1 is 1–53
            : TimelineModel::tr("week %1").arg(d.part());
    case ExportDate::Precision::Season: {
        const QString seasons[] = {TimelineModel::tr("spring"), TimelineModel::tr("summer"),
                                   TimelineModel::tr("autumn"), TimelineModel::tr("winter")};
        const QString name = d.part() >= 1 && d.part() <= 4 ? seasons[d.part() - 1] : QString();
        if (!d.hasYear())
            return name;
        // Winter runs into the next year.
        const QString years = d.part() == 4 ? year + u'/' + QString::number(d.year() + 1) : year;
        //: A season of a year: %1 is the season's name (spring, …), %2 the year (1999, or 1999/2000 for a winter)
        return TimelineModel::tr("%1 %2", "season and year").arg(name, years);
    }
    case ExportDate::Precision::None:
        break;
    }
    return d.displayText();
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setTimeline(const Article &article, const QList<TimelineEvent> &events)
{
    // The same events with other details (a chip, a label, a note): the rows
    // are told, not reset, so that the list keeps its place and selection.
    if (events.size() == m_events.size() && article.path == m_article.path && article.text == m_article.text) {
        QList<int> changed;
        for (int row = 0; row < events.size(); ++row) {
            if (!(events[row] == m_events[row]))
                changed.append(row);
        }
        if (changed.isEmpty())
            return;
        // A row's height may change with its chips: the view lays out again.
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        m_events = events;
        Q_EMIT layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
        for (const int row : std::as_const(changed)) {
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i);
        }
        return;
    }
    beginResetModel();
    m_article = article;
    m_events = events;
    m_marked = QList<bool>(m_events.size(), false);
    endResetModel();
}

void TimelineModel::markPosition(qsizetype articlePos)
{
    for (int row = 0; row < m_events.size(); ++row) {
        const bool marked = articlePos >= 0 && m_events[row].sentence.start <= articlePos
            && articlePos <= m_events[row].sentence.end;
        if (marked != m_marked[row]) {
            m_marked[row] = marked;
            const QModelIndex i = index(row);
            Q_EMIT dataChanged(i, i, {MarkedRole});
        }
    }
}

QList<int> TimelineModel::markedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_marked.size(); ++row) {
        if (m_marked[row])
            rows << row;
    }
    return rows;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_events.at(index.row());
    const ExportDate value = ExportDate::parse(e.date);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: An event read out or shown as text: %1 is its date, %2 its label
        return tr("%1: %2").arg(data(index, DateTextRole).toString(), e.label);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return m_article.slice(e.sentence).toString();
    case DateValueRole:
        return e.date;
    case DateTextRole: {
        QString text = localDateText(e.date);
        if (!e.until.isEmpty())
            text += QStringLiteral(" – ") + localDateText(e.until);
        return text;
    }
    case YearRole:
        return value.hasYear() ? value.year() : 0;
    case LabelRole:
        return e.label;
    case SentenceRole:
        return m_article.slice(e.sentence).toString();
    case SentenceStartRole:
        return e.sentence.start;
    case SentenceEndRole:
        return e.sentence.end;
    case EntitiesRole:
        return e.entities;
    case OriginRole:
        return originName(e.origin);
    case NoteRole:
        return e.note;
    case ConfirmedRole:
        return e.confirmed;
    case MarkedRole:
        return m_marked.value(index.row());
    case NewYearRole:
        return index.row() == 0
            || ExportDate::parse(m_events.at(index.row() - 1).date).year() != value.year();
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DateValueRole, "dateValue");
    names.insert(DateTextRole, "dateText");
    names.insert(YearRole, "year");
    names.insert(LabelRole, "label");
    names.insert(SentenceRole, "sentence");
    names.insert(EntitiesRole, "entities");
    names.insert(OriginRole, "origin");
    names.insert(NoteRole, "note");
    names.insert(ConfirmedRole, "confirmed");
    names.insert(MarkedRole, "marked");
    return names;
}

} // namespace Annalist
