// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/plaintext.h"

#include "article/dateline.h"
#include "article/datevalue.h"
#include "article/textbuilder.h"

#include <QList>

namespace Annalist {

namespace {

bool isBlankLine(QStringView line)
{
    for (const QChar c : line)
        if (!isBlank(c))
            return false;
    return true;
}

QStringView skipBlanks(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isBlank(s[i]))
        ++i;
    return s.mid(i);
}

// "date 2025-09-09 …" or "date: 2025-09-09 …": whether the line is one, with
// the date and the rest of the line after it (maybe empty).
bool dateLine(QStringView line, QDate &date, QStringView &rest)
{
    const QStringView t = skipBlanks(line);
    if (t.size() < 14 || !t.startsWith(u"date", Qt::CaseInsensitive))
        return false;
    qsizetype i = 4;
    if (t[i] == u':')
        ++i;
    else if (!isBlank(t[i]))
        return false;
    while (i < t.size() && isBlank(t[i]))
        ++i;
    const QStringView iso = t.mid(i, 10);
    if (iso.size() != 10 || iso[4] != u'-' || iso[7] != u'-')
        return false;
    const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
    if (!d.isValid())
        return false;
    i += 10;
    if (i < t.size() && !isBlank(t[i]))
        return false;
    date = d;
    rest = skipBlanks(t.mid(i));
    return true;
}

enum class HeaderKey { None, Title, Date, Source, Other };

HeaderKey headerKey(QStringView line, QStringView &value)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || colon > 20)
        return HeaderKey::None;
    const QStringView key = line.left(colon).trimmed();
    value = line.mid(colon + 1).trimmed();
    auto is = [&](QStringView k) { return key.compare(k, Qt::CaseInsensitive) == 0; };
    if (is(u"title") || is(u"headline"))
        return HeaderKey::Title;
    if (is(u"date") || is(u"published") || is(u"publication date") || is(u"dated"))
        return HeaderKey::Date;
    if (is(u"source") || is(u"publisher") || is(u"agency"))
        return HeaderKey::Source;
    if (is(u"author") || is(u"by") || is(u"byline") || is(u"url") || is(u"link") || is(u"tags")
        || is(u"keywords") || is(u"category") || is(u"section") || is(u"updated") || is(u"language")
        || is(u"subtitle") || is(u"place") || is(u"location"))
        return HeaderKey::Other;
    return HeaderKey::None;
}

// A line of one word is a headline only above a dateline ("Floods", then
// "VELM, May 3 (Reuters) - …"); elsewhere it may be a name or a heading.
bool looksLikeHeadline(QStringView line, QStringView next)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || t.size() > 150 || !t[0].isUpper() || (!t.contains(u' ') && !findDateline(next).isValid()))
        return false;
    const QChar last = t.back();
    if (last == u'.' || last == u',' || last == u';' || last == u':')
        return false;
    // "By Ines Varga and Tom Hale" names who wrote the story: it stays at
    // the top of the body, where its names are read like the others'.
    return !findDateline(t).isValid() && !isBylineText(t);
}

void addBlock(TextBuilder &out, const QList<QStringView> &block)
{
    qsizetype longest = 0;
    for (const QStringView line : block)
        longest = std::max(longest, line.trimmed().size());
    bool wrapped = block.size() > 1 && longest >= 50 && longest <= 100;
    for (qsizetype k = 0; wrapped && k + 1 < block.size(); ++k)
        if (block[k].trimmed().size() * 10 < longest * 6)
            wrapped = false;
    for (const QStringView line : block) {
        out.add(line);
        if (!wrapped)
            out.breakParagraph();
        else
            out.add(u" ");
    }
    out.breakParagraph();
}

} // namespace

PlainTextContent readPlainText(QStringView text)
{
    PlainTextContent result;
    QList<QStringView> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype nl = text.indexOf(u'\n', start);
        if (nl < 0)
            nl = text.size();
        lines.append(text.mid(start, nl - start));
        start = nl + 1;
    }
    qsizetype i = 0;
    while (i < lines.size() && isBlankLine(lines[i]))
        ++i;

    // Metadata lines; the date line may carry the start of the body.
    bool bodyOnDateLine = false;
    const auto readMetadata = [&] {
        for (bool progress = true; progress && i < lines.size();) {
            progress = false;
            QDate date;
            QStringView rest;
            if (dateLine(lines[i], date, rest)) {
                if (!result.date.isValid())
                    result.date = date;
                progress = true;
                if (!rest.isEmpty()) {
                    lines[i] = rest;
                    bodyOnDateLine = true;
                    break;
                }
                ++i;
                continue;
            }
            QStringView value;
            const qsizetype first = i;
            while (i < lines.size()) {
                const HeaderKey key = headerKey(lines[i], value);
                if (key == HeaderKey::None)
                    break;
                if (key == HeaderKey::Title && result.title.isEmpty())
                    result.title = value.toString().simplified();
                else if (key == HeaderKey::Date && !result.date.isValid())
                    result.date = parseDateValue(value);
                else if (key == HeaderKey::Source && result.source.isEmpty())
                    result.source = value.toString().simplified();
                ++i;
            }
            if (i > first)
                progress = true;
            while (progress && i < lines.size() && isBlankLine(lines[i]))
                ++i;
        }
    };
    readMetadata();

    // A headline above the body.
    qsizetype more = i + 2;
    while (more < lines.size() && isBlankLine(lines[more]))
        ++more;
    if (!bodyOnDateLine && result.title.isEmpty() && i + 2 < lines.size() && isBlankLine(lines[i + 1])
        && more < lines.size() && looksLikeHeadline(lines[i], lines[more])) {
        result.title = lines[i].trimmed().toString().simplified();
        i = more;
        // The metadata may follow the headline ("Pier to be rebuilt",
        // then "date 2025-06-12"): read, not left in the body.
        readMetadata();
    }

    // A line near the top that is only a date ("December 10, 2013") dates the
    // article; it stays in the text, where it is part of what was written.
    if (!result.date.isValid()) {
        int seen = 0;
        for (qsizetype k = i; k < lines.size() && seen < 3; ++k) {
            const QStringView line = lines[k].trimmed();
            if (line.isEmpty())
                continue;
            ++seen;
            if (line.size() <= 40) {
                const QDate d = parseDateValue(line);
                if (d.isValid()) {
                    result.date = d;
                    break;
                }
            }
        }
    }

    TextBuilder out;
    out.reserve(text.size());
    QList<QStringView> block;
    for (; i < lines.size(); ++i) {
        if (isBlankLine(lines[i])) {
            if (!block.isEmpty())
                addBlock(out, block);
            block.clear();
        } else {
            block.append(lines[i]);
        }
    }
    if (!block.isEmpty())
        addBlock(out, block);
    result.text = out.take();
    return result;
}

} // namespace Annalist
