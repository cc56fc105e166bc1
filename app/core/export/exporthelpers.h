// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Pieces shared by the exporters (not part of the public interface): the
// merged timeline, entity look-ups, stable identifiers and escaping.

#include "export/exportdocument.h"
#include "export/exportdate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Annalist::ExportHelpers {

/// One event of the merged timeline of several articles.
struct TimelineItem {
    const ExportDocument *document = nullptr;
    int documentIndex = 0;
    const TimelineEvent *event = nullptr;
    ExportDate start;
    ExportDate end; ///< from TimelineEvent::until; invalid when there is none
    QString uniqueId; ///< stable across runs: derived from the article's file name and the event
};

} // namespace Annalist::ExportHelpers
Q_DECLARE_TYPEINFO(Annalist::ExportHelpers::TimelineItem, Q_RELOCATABLE_TYPE);
namespace Annalist::ExportHelpers {

/// The visible (not hidden) events of all documents in chronological order;
/// equal dates keep the articles' order, then each article's own order.
/// Unique ids are unique within the result.
QList<TimelineItem> mergedTimeline(const QList<ExportDocument> &documents);

/// The sentence of an event, as text.
QStringView sentenceText(const TimelineItem &item);

/// A short name for an article: its file name, else its title, else "article N".
QString articleName(const ExportDocument &document, int index);

/// The type of an entity named in a timeline event: that of the first
/// entity of the document whose canonical name, or text when it has none, is
/// the name; "" when there is none. Each document's entities are read once,
/// the first time it is asked about, so that a timeline of many events over
/// many entities costs their sum and not their product.
class EntityTypeLookup
{
public:
    QString typeOf(const ExportDocument &document, const QString &name);

private:
    QHash<const ExportDocument *, QHash<QString, QString>> m_types;
};

/// Entities sorted by start, with those overlapping an earlier one dropped
/// (formats that mark up text cannot nest them).
EntityList nonOverlapping(const ExportDocument &document, qsizetype *dropped = nullptr);

/// Text for HTML and XML element content and attribute values. Characters
/// that XML 1.0 does not allow become a space (control characters) or U+FFFD
/// (U+FFFE, U+FFFF, unpaired surrogates).
QString escapeXml(QStringView text);

/// A stable short hexadecimal digest of text, for identifiers.
QString digest(const QString &text, int length = 12);

/// A file URL for the article, or "" when it was not loaded from a file.
QString articleUrl(const ExportDocument &document);

/// What an article says of itself, as the header of every export shows it:
/// its byline, its source (site or agency) and its date (ISO 8601), each
/// only when known. escape() is applied to the byline and the source; date()
/// writes the date (by default its ISO 8601 text).
QStringList articleFacts(const Article &article, QString (*escape)(const QString &) = nullptr,
                         QString (*date)(const QString &iso) = nullptr);

} // namespace Annalist::ExportHelpers
