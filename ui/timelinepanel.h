// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "theme/entitypalette.h"

#include <QHash>
#include <QStyledItemDelegate>
#include <QWidget>

class QListView;
class QStackedWidget;
class QLabel;

namespace Annalist {

class TimelineModel;

/// Draws one event of the vertical timeline: a year marker above the first
/// event of each year, a dot on the axis, the date at its precision, the
/// label, and small chips for the entities involved.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TimelineDelegate(QObject *parent = nullptr);

    void setEntityPalette(const EntityPalette &palette) { m_palette = palette; }
    /// Which type each entity name has, for the chips' colours.
    void setEntityTypes(const QHash<QString, QString> &typeOfName) { m_typeOfName = typeOfName; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    /// The event's tooltip: its sentence, then the entities involved, each
    /// with its type's name (the chips show the type only by colour).
    QString toolTipFor(const QModelIndex &index) const;

    /// How wide an entity's chip is in \a font: the name's whole width
    /// (rounded up, never down) and the chip's margins, at most \a maxWidth.
    static int chipWidth(const QFont &font, const QString &name, int maxWidth);
    /// What a chip of \a width shows: the whole name when it fits, which
    /// a chip sized by chipWidth() always does, else its start and "…".
    static QString chipText(const QFont &font, const QString &name, int width);

private:
    struct Layout;
    Layout layoutFor(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    EntityPalette m_palette;
    QHash<QString, QString> m_typeOfName;
};

/// The timeline dock's content: the list of events, or a note when the
/// article has no dated events.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    /// Shows a model's events. Each model keeps its own scroll position:
    /// switching back to an article's timeline shows it where it was left,
    /// and a model never shown before starts at the top.
    void setModel(TimelineModel *model);
    void setEntityPalette(const EntityPalette &palette);
    void setEntityTypes(const QHash<QString, QString> &typeOfName);
    /// Shown instead of the list while the article is being read.
    void setBusy(bool busy);

    QListView *listView() const { return m_list; }

Q_SIGNALS:
    /// A person chose an event (click or Enter).
    void eventActivated(int row);

private:
    void updateEmptyState();
    /// Scrolls to the position kept for the model, once the layout reaches it.
    void restoreScroll();

    TimelineModel *m_model = nullptr;
    QHash<const QObject *, int> m_scrollOf; ///< where each model's list was left
    int m_pendingScroll = -1; ///< a position to restore once the list's layout reaches it
    TimelineDelegate *m_delegate = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    bool m_busy = false;
};

} // namespace Annalist
