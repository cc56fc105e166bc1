// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "theme/entitypalette.h"

#include <QHash>
#include <QSet>
#include <QToolBar>

class QToolButton;

namespace Annalist {

/// The legend of entity types. Each entry names its type (colour is never
/// the only clue) and its tagging key, and doubles as a show/hide toggle.
class LegendBar : public QToolBar
{
    Q_OBJECT
public:
    explicit LegendBar(QWidget *parent = nullptr);

    /// The types in order; the n-th gets the key n (1–9).
    void setTypes(const QStringList &types);
    QStringList types() const { return m_types; }
    void setEntityPalette(const EntityPalette &palette);
    void setCounts(const QHash<QString, int> &counts);

    QSet<QString> hiddenTypes() const;
    void setHiddenTypes(const QSet<QString> &types);
    QToolButton *buttonFor(const QString &type) const { return m_buttons.value(type); }

Q_SIGNALS:
    void hiddenTypesChanged(const QSet<QString> &hidden);

private:
    void rebuild();
    void updateButton(const QString &type);

    QStringList m_types;
    EntityPalette m_palette;
    QHash<QString, int> m_counts;
    QHash<QString, QToolButton *> m_buttons;
};

} // namespace Annalist
