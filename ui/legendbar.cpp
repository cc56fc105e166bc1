// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "legendbar.h"

#include "entitymodel.h"

#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace Annalist {

namespace {

QIcon swatch(const QColor &fill, const QColor &border, bool on)
{
    QPixmap pm(24, 24);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(border, 2));
    p.setBrush(on ? fill : Qt::transparent);
    p.drawRoundedRect(QRectF(3, 3, 18, 18), 5, 5);
    return QIcon(pm);
}

} // namespace

LegendBar::LegendBar(QWidget *parent)
    : QToolBar(tr("Legend of entity types"), parent)
{
    setObjectName(QStringLiteral("legendBar"));
    // Assistive technology reads a toolbar's title; the name says the same.
    setAccessibleName(windowTitle());
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(14, 14));
    m_palette = EntityPalette::fromThemeName(QString());
}

void LegendBar::setTypes(const QStringList &types)
{
    if (types == m_types)
        return;
    const QSet<QString> hidden = hiddenTypes();
    m_types = types;
    rebuild();
    setHiddenTypes(hidden);
}

void LegendBar::setEntityPalette(const EntityPalette &palette)
{
    m_palette = palette;
    for (const QString &type : std::as_const(m_types))
        updateButton(type);
}

void LegendBar::setCounts(const QHash<QString, int> &counts)
{
    m_counts = counts;
    for (const QString &type : std::as_const(m_types))
        updateButton(type);
}

QSet<QString> LegendBar::hiddenTypes() const
{
    QSet<QString> hidden;
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (!it.value()->isChecked())
            hidden.insert(it.key());
    }
    return hidden;
}

void LegendBar::setHiddenTypes(const QSet<QString> &types)
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(!types.contains(it.key()));
        updateButton(it.key());
    }
}

void LegendBar::rebuild()
{
    clear();
    m_buttons.clear();
    int key = 1;
    for (const QString &type : std::as_const(m_types)) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setChecked(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setProperty("entityType", type);
        button->setProperty("tagKey", key <= 9 ? key : 0);
        m_buttons.insert(type, button);
        addWidget(button);
        connect(button, &QToolButton::toggled, this, [this, type] {
            updateButton(type);
            Q_EMIT hiddenTypesChanged(hiddenTypes());
        });
        updateButton(type);
        ++key;
    }
}

void LegendBar::updateButton(const QString &type)
{
    QToolButton *button = m_buttons.value(type);
    if (!button)
        return;
    const int key = button->property("tagKey").toInt();
    const QString name = entityTypeDisplayName(type);
    const int count = m_counts.value(type);
    //: A legend entry: the entity type's name and how often the article mentions it
    button->setText(count > 0 ? tr("%1 %2").arg(name).arg(count) : name);
    button->setIcon(swatch(m_palette.color(type), m_palette.color(type), button->isChecked()));
    //: State of a type's highlighting in the article
    const QString state = button->isChecked() ? tr("shown") : tr("hidden");
    //: %1 the type's name, %2 "shown" or "hidden", %3 its tagging key (1–9)
    const QString tip = key > 0
        ? tr("%1: %2. Click to show or hide; select text and press %3 to tag it as %1.")
              .arg(name, state)
              .arg(key)
        : tr("%1: %2. Click to show or hide.").arg(name, state);
    // The number on the button counts mentions (the entity list counts names): the tooltip says so.
    button->setToolTip(count > 0 ? tr("%n mention(s) in this article", nullptr, count) + u'\n' + tip : tip);
    // Read out as "Person highlighting, 12 mentions": the name and the count, never the colour alone.
    button->setAccessibleName(count > 0 ? tr("%1 highlighting, %n mention(s)", nullptr, count).arg(name)
                                        : tr("%1 highlighting").arg(name));
    button->setAccessibleDescription(key > 0 ? tr("%1; key %2 tags the selection as %3").arg(state).arg(key).arg(name)
                                             : state);
}

} // namespace Annalist
