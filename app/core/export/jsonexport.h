// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis/analyzer.h"
#include "article/article.h"

#include <QJsonObject>

namespace Annalist {

class JsonWriter;

/// The probe schema: {"document":{path,title,date,text}, "entities":[…],
/// "timeline":[…]}, offsets in Unicode code points, end exclusive.
/// Documented in README.md; later versions add fields, never remove them.
/// Written as it goes: one article's object, as the next value of writer.
void writeProbeJson(JsonWriter &writer, const Article &article, const EntityList &entities,
                    const QList<TimelineEvent> &events);

/// The same object as a QJsonObject, for callers that want to read it
/// (the export itself never builds it).
QJsonObject toProbeJson(const Article &article, const EntityList &entities, const QList<TimelineEvent> &events);

} // namespace Annalist
