// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A strict reading of RFC 5545, stricter than Python's icalendar reader
// (which unfolds and unescapes leniently): physical lines, folding, escaping,
// the structure of components and the DTSTART/DTEND values.

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace IcsCheck {

namespace Detail {

inline bool isControl(char32_t c)
{
    // RFC 5545 §3.1: CONTROL = %x00-08 / %x0A-1F / %x7F (HTAB is allowed).
    return (c <= 0x08) || (c >= 0x0A && c <= 0x1F) || c == 0x7F;
}

/// §3.3.11: a backslash escapes only \, ;, , and n/N; an unescaped ; never
/// appears, an unescaped , only as the separator of a list (listValued).
inline QString textProblem(const QString &value, bool listValued)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\') {
            if (i + 1 >= value.size())
                return QStringLiteral("a backslash ends the value");
            const QChar next = value.at(i + 1);
            if (next != u'\\' && next != u';' && next != u',' && next != u'n' && next != u'N')
                return QStringLiteral("\\%1 is not an escape").arg(next);
            ++i;
        } else if (c == u';') {
            return QStringLiteral("an unescaped ;");
        } else if (c == u',' && !listValued) {
            return QStringLiteral("an unescaped ,");
        }
    }
    return {};
}

inline bool validDate(const QString &v)
{
    static const QRegularExpression digits(QStringLiteral("^\\d{8}$"));
    if (!digits.match(v).hasMatch())
        return false;
    const int year = v.left(4).toInt();
    const int month = v.mid(4, 2).toInt();
    const int day = v.mid(6, 2).toInt();
    if (month < 1 || month > 12 || day < 1)
        return false;
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    const int days[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= days[month - 1];
}

inline bool validDateTime(const QString &v)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{8})T(\\d{2})(\\d{2})(\\d{2})Z?$"));
    const QRegularExpressionMatch m = form.match(v);
    return m.hasMatch() && validDate(m.captured(1)) && m.captured(2).toInt() < 24 && m.captured(3).toInt() < 60
        && m.captured(4).toInt() <= 60;
}

struct ContentLine {
    QString name;
    QStringList params; ///< "NAME=value"
    QString value;
};

} // namespace Detail

/// Every violation found, one line each; empty when the calendar is clean.
inline QStringList problems(const QByteArray &ics)
{
    using namespace Detail;
    QStringList out;
    if (!ics.endsWith("\r\n"))
        out << QStringLiteral("the file does not end with CRLF");
    QList<QByteArray> physical = ics.split('\n');
    if (!physical.isEmpty() && physical.last().isEmpty())
        physical.removeLast();
    QList<QString> logical;
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray l = physical.at(i);
        const QString where = QStringLiteral("line %1").arg(i + 1);
        if (!l.endsWith('\r')) {
            out << where + QStringLiteral(": a bare LF");
            continue;
        }
        l.chop(1);
        if (l.contains('\r'))
            out << where + QStringLiteral(": a bare CR");
        if (l.size() > 75)
            out << where + QStringLiteral(": %1 octets, more than 75").arg(l.size());
        const QString text = QString::fromUtf8(l);
        if (text.toUtf8() != l)
            out << where + QStringLiteral(": not whole UTF-8 (a fold splits a character?)");
        if (l.isEmpty()) {
            out << where + QStringLiteral(": empty");
            continue;
        }
        if (l.at(0) == ' ' || l.at(0) == '\t') {
            if (logical.isEmpty())
                out << where + QStringLiteral(": a continuation with nothing to continue");
            else
                logical.last() += text.mid(1);
        } else {
            logical.append(text);
        }
    }

    static const QRegularExpression nameForm(QStringLiteral("^[A-Za-z0-9-]+$"));
    QList<ContentLine> lines;
    for (const QString &l : std::as_const(logical)) {
        // The name and parameters end at the first colon outside quotes.
        qsizetype colon = -1;
        bool quoted = false;
        for (qsizetype i = 0; i < l.size(); ++i) {
            if (l.at(i) == u'"')
                quoted = !quoted;
            else if (l.at(i) == u':' && !quoted) {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            out << QStringLiteral("no colon in: ") + l.left(40);
            continue;
        }
        ContentLine c;
        QStringList head = l.left(colon).split(u';');
        c.name = head.takeFirst().toUpper();
        c.params = head;
        c.value = l.mid(colon + 1);
        if (!nameForm.match(c.name).hasMatch())
            out << QStringLiteral("a bad property name: ") + c.name;
        for (const QString &p : std::as_const(c.params)) {
            if (!p.contains(u'=') || !nameForm.match(p.section(u'=', 0, 0)).hasMatch())
                out << c.name + QStringLiteral(": a bad parameter ") + p;
        }
        for (const QChar ch : std::as_const(c.value)) {
            if (isControl(ch.unicode())) {
                out << c.name + QStringLiteral(": a control character U+%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
                break;
            }
        }
        lines.append(c);
    }

    // Values by type: TEXT (the default of X- properties too), dates, URIs.
    static const QStringList singleText{QStringLiteral("SUMMARY"), QStringLiteral("DESCRIPTION"),
                                        QStringLiteral("UID"), QStringLiteral("LOCATION"),
                                        QStringLiteral("COMMENT"), QStringLiteral("X-WR-CALNAME"),
                                        QStringLiteral("NAME")};
    for (const ContentLine &c : std::as_const(lines)) {
        const bool xText = c.name.startsWith(u"X-") && !c.params.join(u';').contains(u"VALUE=");
        if (singleText.contains(c.name) || c.name == u"CATEGORIES" || xText) {
            const QString p = textProblem(c.value, c.name == u"CATEGORIES");
            if (!p.isEmpty())
                out << c.name + QStringLiteral(": ") + p;
        }
        if (c.name == u"URL" && !(QUrl(c.value, QUrl::StrictMode).isValid() && !QUrl(c.value).scheme().isEmpty()))
            out << QStringLiteral("URL: not an absolute URI: ") + c.value;
        if (c.name == u"DTSTAMP" && !(validDateTime(c.value) && c.value.endsWith(u'Z')))
            out << QStringLiteral("DTSTAMP: not a UTC date-time: ") + c.value;
    }

    // Components: nesting, and what each must hold.
    QStringList stack;
    struct Event {
        int uid = 0, stamp = 0, start = 0, end = 0, duration = 0;
        QString startValue, endValue;
        bool startIsDate = false, endIsDate = false;
    } ev;
    int versions = 0;
    int prodids = 0;
    for (const ContentLine &c : std::as_const(lines)) {
        if (c.name == u"BEGIN") {
            if (stack.isEmpty() && c.value != u"VCALENDAR")
                out << QStringLiteral("the outermost component is ") + c.value;
            stack.append(c.value);
            if (c.value == u"VEVENT")
                ev = {};
            continue;
        }
        if (c.name == u"END") {
            if (stack.isEmpty() || stack.last() != c.value) {
                out << QStringLiteral("END:%1 does not close %2").arg(c.value, stack.value(stack.size() - 1));
                continue;
            }
            if (c.value == u"VEVENT") {
                if (ev.uid != 1 || ev.stamp != 1 || ev.start != 1)
                    out << QStringLiteral("a VEVENT without exactly one UID, DTSTAMP and DTSTART");
                if (ev.end > 1 || (ev.end && ev.duration))
                    out << QStringLiteral("a VEVENT with more than one DTEND, or DTEND and DURATION");
                if (ev.end == 1) {
                    if (ev.startIsDate != ev.endIsDate)
                        out << QStringLiteral("DTSTART and DTEND of different value types");
                    else if (ev.endValue <= ev.startValue)
                        out << QStringLiteral("DTEND %1 is not after DTSTART %2").arg(ev.endValue, ev.startValue);
                }
            }
            stack.removeLast();
            continue;
        }
        if (stack.isEmpty()) {
            out << c.name + QStringLiteral(" outside any component");
            continue;
        }
        if (stack.last() == u"VCALENDAR") {
            if (c.name == u"VERSION") {
                ++versions;
                if (c.value != u"2.0")
                    out << QStringLiteral("VERSION is not 2.0");
            }
            if (c.name == u"PRODID")
                ++prodids;
        }
        if (stack.last() != u"VEVENT")
            continue;
        const bool isDate = c.params.contains(QStringLiteral("VALUE=DATE"));
        if (c.name == u"UID")
            ++ev.uid;
        else if (c.name == u"DTSTAMP")
            ++ev.stamp;
        else if (c.name == u"DURATION")
            ++ev.duration;
        else if (c.name == u"DTSTART" || c.name == u"DTEND") {
            const bool ok = isDate ? validDate(c.value) : validDateTime(c.value);
            if (!ok)
                out << c.name + QStringLiteral(": not a valid %1: ").arg(isDate ? u"DATE" : u"DATE-TIME") + c.value;
            if (c.name == u"DTSTART") {
                ++ev.start;
                ev.startValue = c.value;
                ev.startIsDate = isDate;
            } else {
                ++ev.end;
                ev.endValue = c.value;
                ev.endIsDate = isDate;
            }
        }
    }
    if (!stack.isEmpty())
        out << QStringLiteral("unclosed: ") + stack.join(u',');
    if (versions != 1 || prodids != 1)
        out << QStringLiteral("VCALENDAR without exactly one VERSION and one PRODID");
    return out;
}

} // namespace IcsCheck
