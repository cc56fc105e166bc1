#include "timelinemodel.h"

#include "export/exportdate.h"

#include <QLocale>

namespace Annalist {

namespace {

/// The date at its own precision in the reader's language: "1999",
/// "Sep 1999", "14 Sep 1999"; other precisions in the export's wording.
QString localDateText(const QString &value)
{
    const ExportDate d = ExportDate::parse(value);
    if (!d.isValid())
        return value;
    const QLocale locale;
    switch (d.precision()) {
    case ExportDate::Precision::Day:
        return d.hasYear() ? locale.toString(d.firstDay(), QStringLiteral("d MMM yyyy"))
                           : QString::number(d.day()) + u' ' + locale.monthName(d.month(), QLocale::ShortFormat);
    case ExportDate::Precision::Month:
        return d.hasYear() ? locale.toString(d.firstDay(), QStringLiteral("MMM yyyy"))
                           : locale.monthName(d.month(), QLocale::LongFormat);
    case ExportDate::Precision::Year:
        return QString::number(d.year());
    default:
        return d.displayText();
    }
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setTimeline(const Article &article, const QList<TimelineEvent> &events)
{
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
