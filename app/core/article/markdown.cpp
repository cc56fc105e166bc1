// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/markdown.h"

#include "article/datevalue.h"
#include "article/htmlextractor.h"
#include "article/textbuilder.h"

#include <QList>

#include <array>

namespace Annalist {

namespace {

// How far the end of an HTML tag is looked for, so that unclosed ones cost
// a bounded amount each.
constexpr qsizetype maxLookahead = 2000;

bool isAsciiPunct(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 33 && u <= 47) || (u >= 58 && u <= 64) || (u >= 91 && u <= 96) || (u >= 123 && u <= 126);
}

bool isPunct(QChar c)
{
    return isAsciiPunct(c) || c.isPunct() || c.isSymbol();
}

// Pairs brackets of one kind in a paragraph, in one pass with a stack, the
// first time a pair is asked for; a backslash escapes the next character.
class BracketPairs
{
public:
    BracketPairs(QStringView s, QChar open, QChar close)
        : m_s(s)
        , m_open(open)
        , m_close(close)
    {
    }

    /// The index of the bracket closing the one at pos, or -1.
    qsizetype closing(qsizetype pos)
    {
        if (m_match.isEmpty()) {
            m_match.fill(-1, m_s.size());
            QList<qsizetype> stack;
            for (qsizetype i = 0; i < m_s.size(); ++i) {
                if (m_s[i] == u'\\') {
                    ++i;
                } else if (m_s[i] == m_open) {
                    stack.append(i);
                } else if (m_s[i] == m_close && !stack.isEmpty()) {
                    m_match[stack.takeLast()] = i;
                }
            }
        }
        return pos < m_match.size() ? m_match[pos] : -1;
    }

private:
    QStringView m_s;
    QChar m_open, m_close;
    QList<qsizetype> m_match;
};

bool isInlineSpecial(char16_t c)
{
    switch (c) {
    case u'\\': case u'`': case u'[': case u'!': case u'<': case u'*': case u'_': case u'~':
        return true;
    default:
        return false;
    }
}

struct DelimiterRun {
    qsizetype outPos;
    qsizetype length;
    QChar ch;
    bool canOpen;
    bool canClose;
    bool removed = false;
};

QStringView lineContent(QStringView line, qsizetype &indent)
{
    indent = 0;
    while (indent < line.size() && (line[indent] == u' ' || line[indent] == u'\t'))
        ++indent;
    return line.mid(indent);
}

// "#", "##", … followed by a space or the end: the level, else 0.
int atxLevel(QStringView t)
{
    int level = 0;
    while (level < t.size() && level < 7 && t[level] == u'#')
        ++level;
    if (level == 0 || level > 6)
        return 0;
    if (level < t.size() && t[level] != u' ' && t[level] != u'\t')
        return 0;
    return level;
}

bool isRuleOf(QStringView t, QChar c, qsizetype minimum)
{
    qsizetype count = 0;
    for (const QChar ch : t) {
        if (ch == c)
            ++count;
        else if (ch != u' ' && ch != u'\t')
            return false;
    }
    return count >= minimum;
}

bool isThematicBreak(QStringView t)
{
    return isRuleOf(t, u'-', 3) || isRuleOf(t, u'*', 3) || isRuleOf(t, u'_', 3);
}

// The length of a list marker with its following space ("- ", "12. "), or 0.
qsizetype listMarker(QStringView t)
{
    if (t.size() >= 2 && (t[0] == u'-' || t[0] == u'*' || t[0] == u'+') && (t[1] == u' ' || t[1] == u'\t'))
        return 2;
    qsizetype i = 0;
    while (i < t.size() && i < 9 && t[i].isDigit())
        ++i;
    if (i > 0 && i + 1 < t.size() && (t[i] == u'.' || t[i] == u')') && (t[i + 1] == u' ' || t[i + 1] == u'\t'))
        return i + 2;
    return 0;
}

bool isFence(QStringView t, QChar &ch, qsizetype &length)
{
    if (t.size() < 3 || (t[0] != u'`' && t[0] != u'~'))
        return false;
    qsizetype n = 0;
    while (n < t.size() && t[n] == t[0])
        ++n;
    if (n < 3)
        return false;
    ch = t[0];
    length = n;
    return true;
}

QString unquote(QStringView v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.front() == u'"' && v.back() == u'"') || (v.front() == u'\'' && v.back() == u'\'')))
        v = v.mid(1, v.size() - 2);
    return v.toString();
}

} // namespace

QString stripInlineMarkdown(QStringView s)
{
    QString out;
    out.reserve(s.size());
    QList<DelimiterRun> runs;
    // Where a link's text ends and where its destination ends, innermost last.
    QList<std::pair<qsizetype, qsizetype>> linkEnds;
    const qsizetype n = s.size();
    BracketPairs squares(s, u'[', u']');
    BracketPairs rounds(s, u'(', u')');
    QList<qsizetype> failedTicks;
    qsizetype i = 0;
    while (i < n) {
        // A code span may have run past a link's end: that link is no more.
        while (!linkEnds.isEmpty() && i > linkEnds.constLast().first)
            linkEnds.removeLast();
        if (!linkEnds.isEmpty() && i == linkEnds.constLast().first) {
            i = linkEnds.constLast().second;
            linkEnds.removeLast();
            continue;
        }
        const QChar c = s[i];
        if (c == u'\\' && i + 1 < n && isAsciiPunct(s[i + 1])) {
            out.append(s[i + 1]);
            i += 2;
            continue;
        }
        if (c == u'`') {
            qsizetype len = 0;
            while (i + len < n && s[i + len] == u'`')
                ++len;
            // The closing run of the same length. A length that found none
            // once finds none later either, which keeps this linear-ish.
            qsizetype j = failedTicks.contains(len) ? n : i + len;
            qsizetype close = -1;
            while (j < n) {
                const qsizetype at = s.indexOf(u'`', j);
                if (at < 0)
                    break;
                qsizetype l = 0;
                while (at + l < n && s[at + l] == u'`')
                    ++l;
                if (l == len) {
                    close = at;
                    break;
                }
                j = at + l;
            }
            if (close < 0) {
                failedTicks.append(len);
                out.append(s.mid(i, len));
                i += len;
            } else {
                QStringView code = s.mid(i + len, close - i - len);
                if (code.size() >= 2 && code.front() == u' ' && code.back() == u' ')
                    code = code.mid(1, code.size() - 2);
                out.append(code);
                i = close + len;
            }
            continue;
        }
        if (c == u'[' || (c == u'!' && i + 1 < n && s[i + 1] == u'[')) {
            const bool image = c == u'!';
            const qsizetype open = image ? i + 1 : i;
            if (!image && open + 1 < n && s[open + 1] == u'^') {
                const qsizetype close = s.mid(open, 100).indexOf(u']');
                if (close > 0) { // a footnote mark
                    i = open + close + 1;
                    continue;
                }
            }
            const qsizetype close = squares.closing(open);
            if (close > 0 && close + 1 < n && (s[close + 1] == u'(' || s[close + 1] == u'[')) {
                const QChar o = s[close + 1];
                const qsizetype destEnd = o == u'(' ? rounds.closing(close + 1) : squares.closing(close + 1);
                if (destEnd > 0) {
                    if (image) {
                        i = destEnd + 1;
                    } else {
                        linkEnds.append({close, destEnd + 1});
                        i = open + 1;
                    }
                    continue;
                }
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c == u'<' && i + 1 < n) {
            const qsizetype gt = s.mid(i + 1, maxLookahead).indexOf(u'>');
            const qsizetype close = gt < 0 ? -1 : i + 1 + gt;
            if (close > 0) {
                const QStringView inside = s.mid(i + 1, close - i - 1);
                const bool email = inside.contains(u'@') && !inside.contains(u' ');
                const bool autolink = inside.startsWith(u"http://") || inside.startsWith(u"https://")
                    || inside.startsWith(u"mailto:") || email;
                if (autolink) {
                    out.append(inside);
                    i = close + 1;
                    continue;
                }
                const QChar f = inside.isEmpty() ? QChar() : inside[0];
                if (f.isLetter() || ((f == u'/' || f == u'!') && inside.size() > 1)) {
                    i = close + 1; // an HTML tag
                    continue;
                }
            }
            out.append(c);
            ++i;
            continue;
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype len = 0;
            while (i + len < n && s[i + len] == c)
                ++len;
            const QChar before = i > 0 ? s[i - 1] : QChar(u' ');
            const QChar after = i + len < n ? s[i + len] : QChar(u' ');
            const bool left = !after.isSpace() && (!isPunct(after) || before.isSpace() || isPunct(before));
            const bool right = !before.isSpace() && (!isPunct(before) || after.isSpace() || isPunct(after));
            DelimiterRun run{out.size(), len, c, left, right};
            if (c == u'_') {
                run.canOpen = left && (!right || isPunct(before));
                run.canClose = right && (!left || isPunct(after));
            } else if (c == u'~' && len != 2) {
                run.canOpen = run.canClose = false;
            }
            if (run.canOpen || run.canClose)
                runs.append(run);
            out.append(s.mid(i, len));
            i += len;
            continue;
        }
        // A run of characters that need no attention, copied at once.
        qsizetype e = i + 1;
        while (e < n && !isInlineSpecial(s[e].unicode()))
            ++e;
        if (!linkEnds.isEmpty() && linkEnds.constLast().first > i && linkEnds.constLast().first < e)
            e = linkEnds.constLast().first;
        out.append(s.mid(i, e - i));
        i = e;
    }

    // Pair closers with the nearest opener of the same kind.
    QList<qsizetype> openers;
    // Per kind of run, how far down the openers the search may stop: none
    // below it is of that kind (CommonMark's "openers bottom"). Without it,
    // closers that find nothing ("*a_*a_…") would each read every opener.
    // Kinds: '*', '_', and '~' by its length (only "~~" is ever kept).
    std::array<qsizetype, 3> bottom{0, 0, 0};
    const auto kindOf = [](const DelimiterRun &run) { return run.ch == u'*' ? 0 : run.ch == u'_' ? 1 : 2; };
    for (qsizetype r = 0; r < runs.size(); ++r) {
        DelimiterRun &run = runs[r];
        if (run.canClose) {
            qsizetype &floor = bottom[kindOf(run)];
            qsizetype k = openers.size() - 1;
            auto matches = [&](const DelimiterRun &opener) {
                return opener.ch == run.ch && (run.ch != u'~' || opener.length == run.length);
            };
            while (k >= floor && !matches(runs[openers[k]]))
                --k;
            if (k >= floor) {
                runs[openers[k]].removed = true;
                run.removed = true;
                openers.resize(k);
                for (qsizetype &b : bottom)
                    b = std::min(b, k);
                continue;
            }
            floor = openers.size();
        }
        if (run.canOpen)
            openers.append(r);
    }
    bool anyRemoved = false;
    for (const DelimiterRun &run : std::as_const(runs))
        anyRemoved = anyRemoved || run.removed;
    if (anyRemoved) {
        QString kept;
        kept.reserve(out.size());
        qsizetype from = 0;
        for (const DelimiterRun &run : std::as_const(runs)) {
            if (!run.removed)
                continue;
            kept.append(QStringView(out).mid(from, run.outPos - from));
            from = run.outPos + run.length;
        }
        kept.append(QStringView(out).mid(from));
        out = kept;
    }
    return out.contains(u'&') ? decodeHtmlEntities(out) : out;
}

MarkdownContent readMarkdown(QStringView md)
{
    MarkdownContent result;
    QList<QStringView> lines;
    for (qsizetype start = 0; start <= md.size();) {
        qsizetype nl = md.indexOf(u'\n', start);
        if (nl < 0)
            nl = md.size();
        lines.append(md.mid(start, nl - start));
        start = nl + 1;
    }
    qsizetype li = 0;

    // Front matter.
    QString frontDate;
    if (!lines.isEmpty() && lines[0].trimmed() == u"---") {
        qsizetype end = -1;
        for (qsizetype k = 1; k < lines.size() && k < 500; ++k) {
            const QStringView t = lines[k].trimmed();
            if (t == u"---" || t == u"...") {
                end = k;
                break;
            }
        }
        if (end > 0) {
            for (qsizetype k = 1; k < end; ++k) {
                const QStringView line = lines[k];
                if (line.isEmpty() || line[0].isSpace())
                    continue; // nested values are not ours
                const qsizetype colon = line.indexOf(u':');
                if (colon <= 0)
                    continue;
                const QString key = line.left(colon).trimmed().toString().toLower();
                const QString value = unquote(line.mid(colon + 1));
                if (key == u"title" && result.title.isEmpty())
                    result.title = value.simplified();
                else if ((key == u"date" || key == u"published" || key == u"publishdate" || key == u"pubdate")
                         && frontDate.isEmpty())
                    frontDate = value;
                else if ((key == u"source" || key == u"publisher" || key == u"site") && result.source.isEmpty())
                    result.source = value.simplified();
            }
            li = end + 1;
        }
    }
    result.date = parseDateValue(frontDate);

    TextBuilder text;
    text.reserve(md.size());
    QString paragraph;
    bool titleFromHeading = result.title.isEmpty();
    bool repeatedTitleSeen = false;
    auto flush = [&] {
        if (paragraph.isEmpty())
            return;
        text.add(stripInlineMarkdown(paragraph));
        text.breakParagraph();
        paragraph.clear();
    };
    auto heading = [&](QStringView content, int level) {
        const QString plain = stripInlineMarkdown(content).simplified();
        if (level == 1 && titleFromHeading && !plain.isEmpty()) {
            result.title = plain;
            titleFromHeading = false;
            return;
        }
        // The front matter's title repeated as the first heading.
        if (level == 1 && !repeatedTitleSeen && plain.compare(result.title, Qt::CaseInsensitive) == 0) {
            repeatedTitleSeen = true;
            return;
        }
        text.add(plain);
        text.breakParagraph();
    };
    QChar fenceChar;
    qsizetype fenceLength = 0;
    bool inFence = false;
    for (; li < lines.size(); ++li) {
        qsizetype indent = 0;
        QStringView t = lineContent(lines[li], indent);
        if (inFence) {
            QChar ch;
            qsizetype len = 0;
            const bool closes = isFence(t, ch, len) && ch == fenceChar && len >= fenceLength;
            if (closes && t.mid(len).trimmed().isEmpty()) {
                inFence = false;
            } else {
                text.add(lines[li]);
                text.breakParagraph();
            }
            continue;
        }
        // Block quotes: the markers go, the content is read as any line.
        while (t.startsWith(u'>')) {
            t = t.mid(1);
            if (t.startsWith(u' '))
                t = t.mid(1);
            t = lineContent(t, indent);
        }
        if (t.isEmpty()) {
            flush();
            continue;
        }
        if (isFence(t, fenceChar, fenceLength)) {
            flush();
            inFence = true;
            continue;
        }
        if (const int level = atxLevel(t)) {
            flush();
            QStringView content = t.mid(level).trimmed();
            while (content.endsWith(u'#'))
                content.chop(1);
            heading(content.trimmed(), level);
            continue;
        }
        if (!paragraph.isEmpty() && (isRuleOf(t, u'=', 1) || isRuleOf(t, u'-', 1)) && indent < 4) {
            const int level = t.trimmed().startsWith(u'=') ? 1 : 2;
            const QString content = paragraph;
            paragraph.clear();
            heading(content, level);
            continue;
        }
        if (isThematicBreak(t)) {
            flush();
            continue;
        }
        if (const qsizetype marker = listMarker(t)) {
            flush();
            paragraph = t.mid(marker).trimmed().toString();
            continue;
        }
        if (t.startsWith(u'|')) {
            flush();
            QStringView row = t.trimmed();
            row = row.mid(1);
            if (row.endsWith(u'|'))
                row.chop(1);
            bool separator = true;
            for (const QChar ch : row)
                if (ch != u'-' && ch != u':' && ch != u'|' && ch != u' ')
                    separator = false;
            if (separator)
                continue;
            QStringList cells;
            for (const QStringView cell : row.split(u'|')) {
                const QStringView trimmed = cell.trimmed();
                if (!trimmed.isEmpty())
                    cells.append(trimmed.toString());
            }
            paragraph = cells.join(QStringLiteral("; "));
            flush();
            continue;
        }
        if (t.startsWith(u'[')) { // a link reference definition
            const qsizetype close = t.indexOf(u"]:");
            if (close > 1 && !t.mid(1, close - 1).contains(u']')) {
                flush();
                continue;
            }
        }
        if (!paragraph.isEmpty())
            paragraph.append(u' ');
        paragraph.append(t.trimmed());
    }
    flush();
    result.text = text.take();
    return result;
}

} // namespace Annalist
