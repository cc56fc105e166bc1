// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QUrl>

#include <algorithm>

namespace Annalist::ExportHelpers {

QList<TimelineItem> mergedTimeline(const QList<ExportDocument> &documents)
{
    // An article names few distinct dates many times: each value is parsed
    // once (a pure function of the value).
    QHash<QString, ExportDate> parsed;
    const auto parse = [&parsed](const QString &value) -> const ExportDate & {
        auto it = parsed.constFind(value);
        if (it == parsed.constEnd())
            it = parsed.insert(value, ExportDate::parse(value));
        return *it;
    };
    QList<TimelineItem> items;
    for (int d = 0; d < documents.size(); ++d) {
        const ExportDocument &doc = documents.at(d);
        for (const TimelineEvent &ev : doc.events) {
            if (ev.hidden)
                continue;
            TimelineItem item;
            item.document = &doc;
            item.documentIndex = d;
            item.event = &ev;
            item.start = parse(ev.date);
            if (!ev.until.isEmpty())
                item.end = parse(ev.until);
            items.append(item);
        }
    }
    // Sorted through indices, so that each item moves once.
    QList<qsizetype> order(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&items](qsizetype a, qsizetype b) {
        const TimelineItem &x = items.at(a);
        const TimelineItem &y = items.at(b);
        if (const auto c = x.start.timex() <=> y.start.timex(); c != 0)
            return c < 0;
        return x.documentIndex < y.documentIndex;
    });
    QList<TimelineItem> sorted;
    sorted.reserve(items.size());
    for (const qsizetype i : std::as_const(order))
        sorted.append(std::move(items[i]));
    items = std::move(sorted);
    // The id depends on what the event is, not on its position, so that it
    // survives other events being added or removed.
    QHash<const ExportDocument *, QString> names; // each article's name worked out once
    QHash<QString, int> seen;
    for (TimelineItem &item : items) {
        const ExportDocument &doc = *item.document;
        auto name = names.constFind(&doc);
        if (name == names.constEnd()) {
            const QString file = QFileInfo(doc.article.path).fileName();
            name = names.insert(&doc, file.isEmpty() ? doc.article.title : file);
        }
        const QString key = *name + u'\x1f' + item.event->date + u'\x1f' + item.event->until + u'\x1f'
            + item.event->label + u'\x1f' + QString::number(item.event->expression.start);
        QString id = QStringLiteral("event-") + digest(key);
        const int n = ++seen[id];
        if (n > 1)
            id += u'-' + QString::number(n);
        item.uniqueId = id;
    }
    return items;
}

QStringView sentenceText(const TimelineItem &item)
{
    return item.document->article.slice(item.event->sentence);
}

QString articleName(const ExportDocument &document, int index)
{
    const QString file = QFileInfo(document.article.path).fileName();
    if (!file.isEmpty())
        return file;
    if (!document.article.title.isEmpty())
        return document.article.title;
    return QStringLiteral("article %1").arg(index + 1);
}

QString EntityTypeLookup::typeOf(const ExportDocument &document, const QString &name)
{
    auto it = m_types.find(&document);
    if (it == m_types.end()) {
        QHash<QString, QString> types;
        // The first entity of a name gives its type.
        const auto add = [&types](const QString &name, const QString &type) {
            if (!types.contains(name))
                types.insert(name, type);
        };
        for (const Entity &e : document.entities) {
            if (!e.canonical.isEmpty()) {
                add(e.canonical, e.type);
                continue;
            }
            // An empty name is matched by any entity without a canonical
            // name (its empty canonical name equals it).
            add(QString(), e.type);
            add(document.article.slice(e.range).toString(), e.type);
        }
        it = m_types.insert(&document, std::move(types));
    }
    return it->value(name);
}

EntityList nonOverlapping(const ExportDocument &document, qsizetype *dropped)
{
    EntityList sorted = document.entities;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Entity &a, const Entity &b) {
        if (a.range.start != b.range.start)
            return a.range.start < b.range.start;
        return a.range.end > b.range.end; // the longer one first
    });
    EntityList kept;
    qsizetype lastEnd = 0;
    qsizetype skipped = 0;
    const qsizetype textLength = document.article.text.size();
    for (const Entity &e : std::as_const(sorted)) {
        if (e.range.isEmpty() || e.range.start < lastEnd || e.range.end > textLength || e.range.start < 0) {
            ++skipped;
            continue;
        }
        kept.append(e);
        lastEnd = e.range.end;
    }
    if (dropped)
        *dropped = skipped;
    return kept;
}

QStringList articleFacts(const Article &article, QString (*escape)(const QString &), QString (*date)(const QString &iso))
{
    QStringList facts;
    for (const QString *known : {&article.byline, &article.source})
        if (!known->isEmpty())
            facts << (escape ? escape(*known) : *known);
    if (article.date.isValid()) {
        const QString iso = article.date.toString(Qt::ISODate);
        facts << (date ? date(iso) : iso);
    }
    return facts;
}

QString escapeXml(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // XML has no U+FFFE, U+FFFF or unpaired surrogates: a user's note or
        // type may hold them (a sidecar's JSON can say anything).
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
            continue;
        }
        if (c.isSurrogate() || c.unicode() >= 0xFFFE) {
            out += QChar(QChar::ReplacementCharacter);
            continue;
        }
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        default:
            // Control characters other than tab and newline are not allowed in XML.
            if (c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r')
                out += u' ';
            else
                out += c;
        }
    }
    return out;
}

QString digest(const QString &text, int length)
{
    const QByteArray hash = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QString::fromLatin1(hash.left(length));
}

QString articleUrl(const ExportDocument &document)
{
    if (document.article.path.isEmpty())
        return QString();
    return QUrl::fromLocalFile(document.article.path).toString(QUrl::FullyEncoded);
}

} // namespace Annalist::ExportHelpers
