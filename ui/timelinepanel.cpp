// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timelinepanel.h"

#include "entitymodel.h"
#include "timelinemodel.h"

#include <QApplication>
#include <QLabel>
#include <QAbstractItemView>
#include <QHelpEvent>
#include <QListView>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

namespace Annalist {

namespace {
constexpr int axisX = 14; // the axis, from the item's left edge
constexpr int textX = 30; // where the text starts
constexpr int padding = 6;
constexpr int chipHeightExtra = 6;
constexpr int chipGap = 4;
constexpr int chipMargin = 6; // on each side of a chip's name
} // namespace

struct TimelineDelegate::Layout {
    int yearHeight = 0;
    int dateHeight = 0;
    int labelHeight = 0;
    int chipsHeight = 0;
    QList<QRect> chips; // relative to the item's top left, below the label
    int total = 0;
};

TimelineDelegate::TimelineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

namespace {

QFont yearFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    f.setPointSizeF(base.pointSizeF() * 1.25);
    return f;
}

QFont smallFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.88);
    return f;
}

int wrappedHeight(const QString &text, const QFont &font, int width)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    qreal h = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, h));
        h += line.height();
    }
    layout.endLayout();
    return int(std::ceil(h));
}

} // namespace

TimelineDelegate::Layout TimelineDelegate::layoutFor(const QStyleOptionViewItem &option,
                                                      const QModelIndex &index) const
{
    Layout l;
    // Heights depend on the width the text wraps in: the view's, not the
    // option's (which is empty when the view asks for a size hint).
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const int itemWidth = view ? view->viewport()->width() : option.rect.width();
    const int width = std::max(80, itemWidth - textX - padding);
    if (index.data(TimelineModel::NewYearRole).toBool())
        l.yearHeight = QFontMetrics(yearFont(option.font)).height() + padding;
    l.dateHeight = QFontMetrics(smallFont(option.font)).height();
    l.labelHeight = wrappedHeight(index.data(TimelineModel::LabelRole).toString(), option.font, width);
    const QFontMetrics chipMetrics(smallFont(option.font));
    int x = 0;
    int y = 0;
    const int chipH = chipMetrics.height() + chipHeightExtra / 2;
    for (const QString &name : index.data(TimelineModel::EntitiesRole).toStringList()) {
        const int w = chipWidth(smallFont(option.font), name, width);
        if (x > 0 && x + w > width) {
            x = 0;
            y += chipH + chipGap;
        }
        l.chips.append(QRect(x, y, w, chipH));
        x += w + chipGap;
    }
    l.chipsHeight = l.chips.isEmpty() ? 0 : y + chipH + chipGap;
    l.total = l.yearHeight + padding + l.dateHeight + 2 + l.labelHeight + 4 + l.chipsHeight + padding;
    return l;
}

// A name's width in whole pixels is rounded to the nearest (QFontMetrics),
// often down: a chip that wide made elidedText(), which measures in
// fractions, cut half of all names ("Mar…" for a five-letter name).
int TimelineDelegate::chipWidth(const QFont &font, const QString &name, int maxWidth)
{
    const int text = int(std::ceil(QFontMetricsF(font).horizontalAdvance(name)));
    return std::min(maxWidth, text + 2 * chipMargin);
}

QString TimelineDelegate::chipText(const QFont &font, const QString &name, int width)
{
    const QFontMetricsF metrics(font);
    const qreal room = width - 2 * chipMargin;
    return metrics.horizontalAdvance(name) <= room ? name : metrics.elidedText(name, Qt::ElideRight, room);
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return QSize(option.rect.width() > 0 ? option.rect.width() : 240, layoutFor(opt, index).total);
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layoutFor(opt, index);
    const QRect r = opt.rect;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(r, m_palette.background);

    const bool selected = opt.state & QStyle::State_Selected;
    const bool marked = index.data(TimelineModel::MarkedRole).toBool();
    const QRect body(r.left(), r.top() + l.yearHeight, r.width(), r.height() - l.yearHeight);
    if (selected || marked)
        painter->fillRect(body.adjusted(textX - 6, 1, 0, -1), selected ? m_palette.selection : m_palette.mark);

    // The axis runs through the whole item so consecutive items join up.
    painter->setPen(QPen(m_palette.rule, 2));
    painter->drawLine(QPointF(r.left() + axisX, r.top()), QPointF(r.left() + axisX, r.bottom() + 1));

    if (l.yearHeight > 0) {
        painter->setFont(yearFont(opt.font));
        painter->setPen(m_palette.foreground);
        const int year = index.data(TimelineModel::YearRole).toInt();
        const QString yearText = year > 0 ? QString::number(year) : tr("Year unknown");
        const QRect yr(r.left() + textX, r.top() + padding / 2, r.width() - textX, l.yearHeight - padding / 2);
        painter->drawText(yr, Qt::AlignLeft | Qt::AlignVCenter, yearText);
        painter->setBrush(m_palette.foreground);
        painter->setPen(Qt::NoPen);
        painter->drawRect(QRectF(r.left() + axisX - 5, yr.center().y() - 1.5, 10, 3));
    }

    int y = body.top() + padding;
    // The dot: filled for events a person confirmed or added, hollow otherwise.
    const QColor dateColor = m_palette.color(QStringLiteral("DATE"));
    const bool userMade = index.data(TimelineModel::OriginRole).toString() != u"auto"
        || index.data(TimelineModel::ConfirmedRole).toBool();
    painter->setPen(QPen(dateColor, 2));
    painter->setBrush(userMade ? dateColor : m_palette.background);
    painter->drawEllipse(QPointF(r.left() + axisX, y + l.dateHeight / 2.0), 4.5, 4.5);

    painter->setFont(smallFont(opt.font));
    painter->setPen(dateColor);
    painter->drawText(QRect(r.left() + textX, y, r.width() - textX - padding, l.dateHeight),
                      Qt::AlignLeft | Qt::AlignVCenter, index.data(TimelineModel::DateTextRole).toString());
    y += l.dateHeight + 2;

    painter->setFont(opt.font);
    painter->setPen(m_palette.foreground);
    painter->drawText(QRect(r.left() + textX, y, r.width() - textX - padding, l.labelHeight),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, index.data(TimelineModel::LabelRole).toString());
    y += l.labelHeight + 4;

    painter->setFont(smallFont(opt.font));
    const QStringList names = index.data(TimelineModel::EntitiesRole).toStringList();
    for (int i = 0; i < names.size() && i < l.chips.size(); ++i) {
        const QRect chip = l.chips[i].translated(r.left() + textX, y);
        const QString type = m_typeOfName.value(names[i]);
        const QColor colour = type.isEmpty() ? m_palette.muted : m_palette.color(type);
        painter->setPen(Qt::NoPen);
        painter->setBrush(type.isEmpty() ? m_palette.currentLine : m_palette.tint(type));
        painter->drawRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
        painter->setPen(colour);
        painter->drawText(chip.adjusted(chipMargin, 0, -chipMargin, 0), Qt::AlignCenter,
                          chipText(painter->font(), names[i], chip.width()));
    }

    if (opt.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(m_palette.rule, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(body.adjusted(textX - 6, 1, -1, -2));
    }
    painter->restore();
}

QString TimelineDelegate::toolTipFor(const QModelIndex &index) const
{
    QString tip = index.data(Qt::ToolTipRole).toString().toHtmlEscaped();
    QStringList involved;
    for (const QString &name : index.data(TimelineModel::EntitiesRole).toStringList()) {
        const QString type = m_typeOfName.value(name);
        //: An entity in an event's tooltip: %1 its name, %2 its type's name
        involved << (type.isEmpty() ? name.toHtmlEscaped()
                                    : tr("%1 (%2)").arg(name.toHtmlEscaped(), entityTypeDisplayName(type).toHtmlEscaped()));
    }
    if (!involved.isEmpty())
        //: Tooltip of a timeline event: the entities it involves
        tip += QStringLiteral("<br><br>") + tr("Involved: %1").arg(involved.join(QStringLiteral(", ")));
    return tip.isEmpty() ? QString() : QStringLiteral("<p>") + tip + QStringLiteral("</p>");
}

bool TimelineDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                 const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTipFor(index);
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPos(), tip, view->viewport(), option.rect);
    return true;
}

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_delegate(new TimelineDelegate(this))
    , m_list(new QListView(this))
    , m_empty(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    m_list->setItemDelegate(m_delegate);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    // Thousands of events (a long article) are measured a batch at a time,
    // between turns of the event loop, instead of all before the first paint.
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(64);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setWordWrap(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setAccessibleName(tr("Timeline events"));
    m_list->setAccessibleDescription(tr("Dated events in the article; Enter shows an event in the text"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(16);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &i) { Q_EMIT eventActivated(i.row()); });
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, &TimelinePanel::restoreScroll);
    // The reader scrolling meanwhile wins over the position to restore.
    connect(m_list->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_pendingScroll = -1; });
    // A click acts like Enter; where the style already activates on a single
    // click, activated() alone covers it and the event must not fire twice.
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &i) {
        if (!m_list->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, m_list))
            Q_EMIT eventActivated(i.row());
    });
    updateEmptyState();
}

void TimelinePanel::setModel(TimelineModel *model)
{
    if (model == m_model) {
        updateEmptyState();
        return;
    }
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
        m_scrollOf.insert(m_model, m_pendingScroll >= 0 ? m_pendingScroll : m_list->verticalScrollBar()->value());
    }
    m_model = model;
    m_list->setModel(model);
    // The list keeps its scroll bar across models; the new model's events
    // are laid out in batches, so its own position is restored once the
    // layout has reached that far.
    if (model && !m_scrollOf.contains(model)) {
        m_scrollOf.insert(model, 0);
        // (The list as the receiver: switching models disconnects this panel's own connections.)
        connect(model, &QObject::destroyed, m_list, [this, model] { m_scrollOf.remove(model); });
    }
    m_pendingScroll = model ? m_scrollOf.value(model) : -1;
    m_list->verticalScrollBar()->setValue(0);
    if (m_pendingScroll <= 0)
        m_pendingScroll = -1;
    else // after the list's own delayed layout, which runs first
        QTimer::singleShot(0, this, &TimelinePanel::restoreScroll);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelinePanel::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelinePanel::updateEmptyState);
    }
    updateEmptyState();
}

void TimelinePanel::restoreScroll()
{
    QScrollBar *bar = m_list->verticalScrollBar();
    if (m_pendingScroll >= 0 && bar->maximum() >= m_pendingScroll)
        bar->setValue(std::exchange(m_pendingScroll, -1));
}

void TimelinePanel::setEntityPalette(const EntityPalette &palette)
{
    m_delegate->setEntityPalette(palette);
    QPalette p = m_list->palette();
    p.setColor(QPalette::Base, palette.background);
    p.setColor(QPalette::Text, palette.foreground);
    m_list->setPalette(p);
    m_list->viewport()->update();
}

void TimelinePanel::setEntityTypes(const QHash<QString, QString> &typeOfName)
{
    m_delegate->setEntityTypes(typeOfName);
    m_list->viewport()->update();
}

void TimelinePanel::setBusy(bool busy)
{
    m_busy = busy;
    updateEmptyState();
}

void TimelinePanel::updateEmptyState()
{
    if (m_busy) {
        m_empty->setText(tr("Reading the article…"));
        m_stack->setCurrentWidget(m_empty);
    } else if (!m_model) {
        m_empty->setText(tr("Open an article to see the dated events it reports."));
        m_stack->setCurrentWidget(m_empty);
    } else if (m_model->rowCount() == 0) {
        m_empty->setText(tr("This article reports no dated events."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_list);
    }
}

} // namespace Annalist
