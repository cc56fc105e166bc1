// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"
#include "recognize/entity.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Annalist {

/// A temporal expression found in the text, normalized to TIMEX3.
struct Timex {
    TextRange range;
    QString type; ///< DATE, TIME, DURATION, SET
    QString value; ///< "1999-09-14", "1999", "199", "XXXX-04-07", "P7Y", "2025-W37", "PRESENT_REF" …
    QString until; ///< end value for ranges ("from 1990 until 2019"); empty otherwise
    QString why; ///< the rule that matched, for the tooltip
    /// Of a SET (TimeML's quant and freq): "EVERY" for "every week", "each
    /// year"; and how often within the period, "2X" for "twice a year".
    /// Empty otherwise.
    QString quant;
    QString freq;

    friend bool operator==(const Timex &, const Timex &) = default;
};

/// One dated event of the timeline.
struct TimelineEvent {
    QString date; ///< TIMEX3 value of the start
    QString until; ///< TIMEX3 value of the end, for ranges
    QString label; ///< short readable label, at most about twelve words
    /// The sentence it was found in; of a very long one (a text without full
    /// stops), only the part within about 500 characters of its dates.
    TextRange sentence;
    TextRange expression; ///< the temporal expression inside the sentence
    QStringList entities; ///< names of the entities involved, canonical form
    Origin origin = Origin::Auto;
    QString note;
    bool confirmed = false;
    bool hidden = false;

    friend bool operator==(const TimelineEvent &, const TimelineEvent &) = default;
};

} // namespace Annalist

// Both hold only Qt's implicitly shared types and plain values: their lists
// grow by realloc() (see Entity).
Q_DECLARE_TYPEINFO(Annalist::Timex, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Annalist::TimelineEvent, Q_RELOCATABLE_TYPE);
