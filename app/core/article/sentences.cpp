// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/sentences.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <array>
#include <iterator>

namespace Annalist {

namespace {

bool isTerminator(QChar c)
{
    return c == u'.' || c == u'?' || c == u'!' || c == u'\u2026';
}

constexpr auto terminatorTable = [] {
    std::array<bool, 128> t{};
    t[u'.'] = t[u'?'] = t[u'!'] = true;
    return t;
}();

bool isCloser(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u')': case u']': case u'}':
    case u'\u2019': case u'\u201D': case u'\u00BB': case u'\u203A': case u'\u300D': case u'\u300F':
        return true;
    default:
        return false;
    }
}

bool isOpener(QChar c)
{
    switch (c.unicode()) {
    case u'"': case u'\'': case u'(': case u'[': case u'{':
    case u'\u2018': case u'\u201C': case u'\u00AB': case u'\u2039': case u'\u300C': case u'\u300E':
        return true;
    default:
        return false;
    }
}

// Abbreviations that go before a name: never the end of a sentence when a
// capitalised word follows.
constexpr QStringView titleAbbreviations[] = {
    u"Mr", u"Mrs", u"Ms", u"Mx", u"Dr", u"Prof", u"Gen", u"Lt", u"Col", u"Maj",
    u"Capt", u"Cpt", u"Sgt", u"Cpl", u"Adm", u"Cmdr", u"Gov", u"Sen", u"Rep", u"Rev",
    u"Hon", u"Pres", u"Amb", u"Atty", u"Supt", u"Insp", u"Det", u"Messrs", u"Mme", u"Mlle",
    u"St", u"Mt", u"Ft", u"Fr", u"Sra", u"Hr", u"Brig", u"Cdr", u"Gens",
};

// Abbreviations that go before a number ("No. 5", "Sept. 9", "Art. 3").
constexpr QStringView numberAbbreviations[] = {
    u"No", u"Nos", u"no", u"Art", u"Arts", u"art", u"Vol", u"vol", u"Ch", u"ch",
    u"Sec", u"sec", u"Fig", u"fig", u"p", u"pp", u"Para", u"para", u"Nr", u"nr",
    u"Jan", u"Feb", u"Mar", u"Apr", u"Jun", u"Jul", u"Aug", u"Sep", u"Sept", u"Oct",
    u"Nov", u"Dec", u"Op", u"ca",
};

// Abbreviations that are never the end of a sentence.
constexpr QStringView innerAbbreviations[] = {
    u"vs", u"cf", u"viz", u"approx", u"incl", u"esp", u"e.g", u"i.e",
};

// Abbreviations that may end a sentence; they do when the next word is one
// that typically starts one. Dotted acronyms ("U.S") follow the same rule.
constexpr QStringView ambiguousAbbreviations[] = {
    u"Inc", u"Ltd", u"Co", u"Corp", u"Bros", u"Jr", u"etc", u"al", u"Plc", u"LLC", u"Sr",
};

// Words that often begin a sentence and seldom follow "U.S." or "Inc." inside one.
constexpr QStringView sentenceStarters[] = {
    u"The", u"A", u"An", u"He", u"She", u"It", u"They", u"We", u"I", u"You",
    u"This", u"That", u"These", u"Those", u"There", u"Here", u"In", u"On", u"At", u"By",
    u"But", u"And", u"Or", u"However", u"Meanwhile", u"Also", u"Its", u"His", u"Her", u"Their",
    u"Our", u"My", u"As", u"After", u"Before", u"When", u"While", u"If", u"According", u"Some",
    u"Many", u"Most", u"For", u"So", u"Yet", u"Still", u"Then", u"Now", u"Today", u"Yesterday",
    u"Earlier", u"Later", u"Last", u"Next", u"Such", u"What", u"Why", u"How", u"Who", u"Where",
    u"Both", u"All", u"Each", u"Other", u"Since", u"Although",
};

enum Category : quint8 {
    None = 0,
    Title = 1,
    BeforeNumber = 2,
    Inner = 4,
    Ambiguous = 8,
    Starter = 16,
};

// One hashed look-up per candidate full stop instead of a walk through the lists.
quint8 category(QStringView word)
{
    static const QHash<QStringView, quint8> table = [] {
        QHash<QStringView, quint8> t;
        auto add = [&t](const auto &list, Category c) {
            for (const QStringView w : list)
                t[w] |= c;
        };
        add(titleAbbreviations, Title);
        add(numberAbbreviations, BeforeNumber);
        add(innerAbbreviations, Inner);
        add(ambiguousAbbreviations, Ambiguous);
        add(sentenceStarters, Starter);
        return t;
    }();
    if (word.size() > 9)
        return None;
    return table.value(word, None);
}

// The word made of letters and inner dots that ends just before pos.
QStringView wordBefore(QStringView text, qsizetype from, qsizetype pos)
{
    qsizetype b = pos;
    auto innerDot = [&](qsizetype i) { return text[i] == u'.' && i > from && text[i - 1].isLetter(); };
    while (b > from && (text[b - 1].isLetter() || innerDot(b - 1)))
        --b;
    return text.mid(b, pos - b);
}

QStringView wordAt(QStringView text, qsizetype pos, qsizetype end)
{
    qsizetype e = pos;
    while (e < end && text[e].isLetter())
        ++e;
    return text.mid(pos, e - pos);
}

// Whether the terminator run [termStart, termEnd) followed by white space and
// then by text[next] ends a sentence.
bool endsSentence(QStringView text, qsizetype from, qsizetype termStart, qsizetype termEnd, bool closed,
                  qsizetype next, qsizetype end)
{
    qsizetype m = next;
    while (m < end && isOpener(text[m]))
        ++m;
    if (m == end)
        return true;
    const QChar first = text[m];
    if (first.isLower())
        return false;
    if (termEnd - termStart > 1 || text[termStart] != u'.' || closed)
        return true; // "?", "!", "…", "...", or a full stop inside quotes
    const QStringView word = wordBefore(text, from, termStart);
    if (word.isEmpty())
        return true; // after a number, a bracket or a quote
    const bool nextIsDigit = first.isDigit();
    // An initial ("John F. Kennedy") goes on; a capital that is also a
    // Roman number ("King Alaric V.", the pronoun "I.") ends a sentence
    // before a word that starts one, as an ambiguous abbreviation does.
    if (word.size() == 1)
        return !word[0].isUpper()
            || ((word[0] == u'I' || word[0] == u'V' || word[0] == u'X') && (category(wordAt(text, m, end)) & Starter));
    const quint8 c = category(word);
    if (c & (Title | Inner))
        return false;
    if (c & BeforeNumber)
        return !nextIsDigit;
    if ((c & Ambiguous) || word.contains(u'.'))
        return category(wordAt(text, m, end)) & Starter;
    return true;
}

} // namespace

void splitSentences(QStringView text, TextRange paragraph, QList<TextRange> &out, qsizetype keepUntil)
{
    const qsizetype end = std::min(paragraph.end, text.size());
    qsizetype s = paragraph.start;
    while (s < end && text[s].isSpace())
        ++s;
    const char16_t *chars = text.utf16();
    qsizetype i = s;
    while (i < end) {
        const char16_t c = chars[i];
        if (c < 0x80 ? !terminatorTable[c] : c != u'\u2026') {
            ++i;
            continue;
        }
        const qsizetype termStart = i;
        qsizetype j = i;
        while (j < end && isTerminator(text[j]))
            ++j;
        const qsizetype termEnd = j;
        while (j < end && isCloser(text[j]))
            ++j;
        if (j == end)
            break;
        if (!text[j].isSpace()) {
            i = j;
            continue;
        }
        qsizetype k = j;
        while (k < end && text[k].isSpace())
            ++k;
        if (k == end)
            break;
        if (j > keepUntil && endsSentence(text, s, termStart, termEnd, j > termEnd, k, end)) {
            out.append({s, j});
            s = k;
        }
        i = k;
    }
    qsizetype e = end;
    while (e > s && text[e - 1].isSpace())
        --e;
    if (e > s)
        out.append({s, e});
}

} // namespace Annalist
