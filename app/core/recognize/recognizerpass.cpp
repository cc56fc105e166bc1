// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/recognizerpass_p.h"

#include "util/codepoints.h"

#include <thread>

namespace Annalist {

namespace {

/// Continues a foldedHash() over more lower-case characters.
constexpr quint64 hashMore(quint64 h, std::u16string_view more)
{
    for (char16_t c : more)
        h = (h ^ c) * FnvPrime;
    return h;
}

// Empties a container and gives its memory back.
template<typename Container>
void releaseMemory(Container &c)
{
    Container().swap(c);
}

// The names of an article's dateline place, where the text has one: "OSLO"
// and "Norway" of "OSLO, Norway, May 2 –".
QList<TextRange> datelinePlaceNames(const Article &article)
{
    QList<TextRange> names;
    if (article.dateline.isEmpty() || article.datelinePlace.isEmpty())
        return names;
    const QStringView place = article.datelinePlace;
    for (qsizetype from = 0; from < place.size();) {
        const qsizetype comma = place.indexOf(u',', from);
        const qsizetype to = comma < 0 ? place.size() : comma;
        const QStringView name = place.mid(from, to - from).trimmed();
        if (!name.isEmpty()) {
            const qsizetype start = article.dateline.start + place.mid(from).indexOf(name) + from;
            const TextRange r{start, start + name.size()};
            if (r.end <= article.text.size() && article.slice(r) == name)
                names.append(r);
        }
        from = to + 1;
    }
    return names;
}

// Quoted speech and lists start with a capital too.
bool opensCapitalized(char16_t gapPunct)
{
    switch (gapPunct) {
    case u'"':
    case 0x201C:
    case 0x2018:
    case u'\'':
    case u':':
    case 0x2014:
    case 0x2013:
    case u'*':
    case 0x2022:
        return true;
    default:
        return false;
    }
}

// A type the learned model also decides: a person, an organisation or a place.
bool modelsType(const QString &type)
{
    return type == EntityTypes::Person || type == EntityTypes::Organization || type == EntityTypes::Location;
}
} // namespace

RecognizerPass::RecognizerPass(const Article &article, QList<Word> words, const Gazetteer &gazetteer,
                               const NerModel *model, RecognizerParts parts)
    : m_text(article.text)
    , m_datelinePlaces(datelinePlaceNames(article))
    , m_dateline(article.dateline)
    , m_model(model)
    , m_parts(parts)
    , m_g(gazetteer)
    , m_tokens(std::move(words))
{
    const qsizetype n = m_tokens.size();
    // Reserved first: resize() alone rounds a list's block up to a power
    // of two, which for a long article costs tens of megabytes.
    m_ids.reserve(n);
    m_ids.resize(n);
    m_initial.reserve(n);
    m_initial.fill(false, n);
    m_commonCache.reserve(n);
    m_commonCache.fill(-1, n);
    // A 4096-bit filter of the capitalized words not known to be
    // ordinary, so that most lower-case words skip the set below.
    std::array<quint64, 64> capitalized{};
    // Written through the pointer: operator[] would check for sharing at every word.
    int *const ids = m_ids.data();
    constexpr qsizetype Ahead = 8;
    for (qsizetype i = 0; i < std::min(n, Ahead); ++i)
        m_g.words.prefetch(m_tokens.at(i).hash);
    for (qsizetype i = 0; i < n; ++i) {
        const Word &t = m_tokens.at(i);
        if (i + Ahead < n)
            m_g.words.prefetch(m_tokens.at(i + Ahead).hash);
        WordTable::Found found = m_g.words.lookup(t.hash, word(i));
        // A word the lists do not know as written, with diacritics, is
        // looked up without them: the lists write "Jose", "Nicolas",
        // "Bogota" as English text mostly does, an article may write "José".
        if (found.id < 0 && t.is(Word::Capitalized) && !t.is(Word::AsciiLetters))
            found = lookUpPlain(word(i));
        ids[i] = found.id;
        if (t.is(Word::Capitalized) && !(found.flags & CommonWord))
            capitalized[(t.hash >> 6) & 63] |= quint64(1) << (t.hash & 63);
        if (found.flags & StartsName)
            m_nameStarts.push_back(qint32(i));
    }
    // An unknown word written in lower case somewhere is an ordinary
    // word in this article, whatever its capital elsewhere says.
    for (qsizetype i = 0; i < n; ++i) {
        const Word &t = m_tokens.at(i);
        if (t.is(Word::Lowercase) && (capitalized[(t.hash >> 6) & 63] & (quint64(1) << (t.hash & 63))))
            m_lowerSeen.insert(t.hash);
    }
    markSentenceStarts(article);
    markHeadlines(article);
    // About one candidate in twenty words of news; the list grows if there are more.
    m_candidates.reserve(n / 16 + 8);
}

WordTable::Found RecognizerPass::lookUpPlain(QStringView w) const
{
    const QString plain = withoutDiacritics(w);
    if (plain == w)
        return {};
    return m_g.words.lookup(foldedHash(plain), plain);
}

bool RecognizerPass::isCommon(qsizetype i) const
{
    qint8 &cached = m_commonCache[i];
    if (cached < 0)
        cached = isCommonUncached(i) ? 1 : 0;
    return cached == 1;
}

bool RecognizerPass::listedCommon(QStringView w) const
{
    // Works on hashes of the folded word and its stems, so that nothing is allocated.
    const auto listed = [this](quint64 h) { return (m_g.words.flags(m_g.words.find(h, {})) & CommonWord) != 0; };
    const qsizetype n = w.size();
    // One pass gives the word's hash and its stems' (the word without its
    // last one, two or three characters): stem[k] is the hash of w.left(n - k).
    std::array<quint64, 4> stem{};
    quint64 h = FnvOffset;
    for (qsizetype i = 0; i < n; ++i) {
        if (n - i <= 3)
            stem[n - i] = h;
        h = (h ^ foldChar(w[i].unicode())) * FnvPrime;
    }
    stem[0] = h;
    if (listed(stem[0]))
        return true;
    if (n < 4)
        return false;
    // The last three characters, folded as the hash folds them; the suffixes
    // below are lower-case ASCII.
    const char16_t last = foldChar(w[n - 1].unicode());
    const char16_t second = foldChar(w[n - 2].unicode());
    const char16_t third = foldChar(w[n - 3].unicode());
    // Regular inflections of a listed word: "Strategies", "Opening", "Experts".
    if (third == u'i' && second == u'e' && last == u's' && listed(hashMore(stem[3], u"y")))
        return true;
    if (second == u'e' && last == u's' && listed(stem[2]))
        return true;
    if (last == u's' && second != u's' && listed(stem[1]))
        return true;
    if (second == u'e' && last == u'd' && (listed(stem[2]) || listed(stem[1])))
        return true;
    if (third == u'i' && second == u'n' && last == u'g' && (listed(stem[3]) || listed(hashMore(stem[3], u"e"))))
        return true;
    if (second == u'l' && last == u'y' && n >= 8)
        return true; // sentence adverbs: "Unfortunately", "Specifically" (not "Kelly")
    if (second == u'e' && last == u'r' && n >= 6 && listed(stem[2]))
        return true;
    return false;
}

bool RecognizerPass::isCommonUncached(qsizetype i) const
{
    if (has(i, CommonWord) || m_lowerSeen.contains(m_tokens.at(i).hash))
        return true;
    const Word &t = m_tokens.at(i);
    if (!t.is(Word::Capitalized) || t.is(Word::AllCaps))
        return false;
    // Alone at the start of a sentence, a word the dictionary knows only in
    // lower case and as no kind of name ("Critics said", "Analysts warned")
    // is that ordinary word, capitalized by its place. (Not before another
    // capitalized word: "Starry Vell", "Reproductive Rights Project".)
    // The dictionary is American: "Organisers said" is looked up as
    // "organizers".
    const QStringView w = word(i);
    if (m_initial.at(i) && !(i + 1 < m_tokens.size() && joined(i + 1) && m_tokens.at(i + 1).is(Word::Capitalized))) {
        quint8 bits = m_g.lexicon.bits(t.hash);
        if (bits == 0)
            if (const QString american = americanSpelling(w); !american.isEmpty())
                bits = m_g.lexicon.bits(foldedHash(american));
        if (bits == EnglishLexicon::Lower)
            return true;
    }
    // Contractions ("You're", "We'll") and hyphenated words with an ordinary
    // last part ("Velm-related", "Open-minded") are not names.
    for (qsizetype k = 1; k < w.size(); ++k) {
        if (w.at(k) == u'\'' || w.at(k) == QChar(0x2019))
            return listedCommon(w.left(k));
    }
    if (t.is(Word::Hyphenated)) {
        const QStringView tail = w.mid(w.lastIndexOf(u'-') + 1);
        return !tail.isEmpty() && tail.at(0).isLower() && listedCommon(tail);
    }
    return listedCommon(w);
}

QString RecognizerPass::americanSpelling(QStringView w)
{
    // British -ise and -yse words and their forms: "organisers",
    // "specialised", "analyses" (which are American too, and found first).
    static constexpr std::array<QStringView, 13> endings{u"isations", u"isation", u"isers", u"iser", u"ising",
                                                         u"ised", u"ises", u"ise", u"ysing", u"ysed", u"yses",
                                                         u"yser", u"yse"};
    for (const QStringView ending : endings) {
        if (w.size() > ending.size() + 2 && w.endsWith(ending, Qt::CaseInsensitive)) {
            QString american = w.toString();
            american[w.size() - ending.size() + 1] = u'z';
            return american;
        }
    }
    return {};
}

quint32 RecognizerPass::flagsAfterHyphen(qsizetype i) const
{
    if (!m_tokens.at(i).is(Word::Hyphenated))
        return 0;
    const QStringView w = word(i);
    const qsizetype dash = w.lastIndexOf(u'-');
    return dash > 0 ? m_g.words.flags(m_g.words.find(w.mid(dash + 1))) : 0;
}

bool RecognizerPass::isModifier(qsizetype i) const
{
    // (The part after the hyphen in lower case: "Velmar-based".)
    const QStringView w = word(i);
    const qsizetype dash = w.lastIndexOf(u'-');
    return dash > 0 && dash + 1 < w.size() && w.at(dash + 1).isLower() && (flagsAfterHyphen(i) & ModifierTail);
}

bool RecognizerPass::isTitle(qsizetype i) const
{
    // "President", and "then-President", "ex-Minister".
    return has(i, TitleWord) || (flagsAfterHyphen(i) & TitleWord);
}

bool RecognizerPass::afterPossessive(qsizetype i) const
{
    // The tokenizer ends a word before its "'s" and notes the apostrophe
    // as the gap's punctuation: "Velmar's National Guard" is no quotation
    // opening before "National".
    return i > 0 && m_tokens.at(i).gapPunct == u'\'' && possessiveAfter(i - 1);
}

bool RecognizerPass::possessiveAfter(qsizetype k) const
{
    const qsizetype end = m_tokens.at(k).end;
    return end + 1 < m_text.size() && (m_text.at(end) == u'\'' || m_text.at(end) == QChar(0x2019))
        && (m_text.at(end + 1) == u's' || m_text.at(end + 1) == u'S');
}

void RecognizerPass::markSentenceStarts(const Article &article)
{
    const qsizetype n = m_tokens.size();
    bool *const initial = m_initial.data(); // (operator[] would check for sharing at every word)
    // Most words follow nothing but a space.
    for (qsizetype i = 0; i < n; ++i) {
        const Word &t = m_tokens.at(i);
        initial[i] = t.newlineBefore || (t.gapPunct != 0 && opensCapitalized(t.gapPunct) && !afterPossessive(i));
    }
    // The first word of each sentence (the sentences are in text order).
    qsizetype i = 0;
    for (const TextRange &sentence : article.sentences) {
        while (i < n && m_tokens.at(i).start < sentence.start)
            ++i;
        if (i < n && m_tokens.at(i).start < sentence.end)
            initial[i] = true;
    }
}

void RecognizerPass::markHeadlines(const Article &article)
{
    const qsizetype n = m_tokens.size();
    m_headline.reserve(n);
    m_headline.fill(false, n);
    qsizetype i = 0;
    qsizetype sentence = 0;
    for (const TextRange &p : article.paragraphs) {
        // Paragraphs of prose are passed over below; their words are skipped by a search.
        i = std::lower_bound(m_tokens.cbegin() + i, m_tokens.cend(), p.start,
                             [](const Word &t, qsizetype pos) { return t.start < pos; })
            - m_tokens.cbegin();
        // "Fire Destroys Historic Mill In Northern Town": ordinary words with
        // capitals and no full stop, as in a headline, not in prose. Prose
        // ends with a stop, which is checked first because it is cheap.
        const QChar lastChar = m_text.at(p.end - 1);
        if (lastChar == u'.' || lastChar == u'?' || lastChar == u'!' || lastChar == u'"' || lastChar == QChar(0x201D))
            continue;
        // Nor is a paragraph of several sentences, whose last one lacks its
        // stop ("What do you think of Air Velm? I love it. expensive"): a
        // headline is one.
        while (sentence < article.sentences.size() && article.sentences.at(sentence).end <= p.start)
            ++sentence;
        if (sentence + 1 < article.sentences.size() && article.sentences.at(sentence + 1).start < p.end)
            continue;
        qsizetype j = i;
        int capitalized = 0;
        int capitalizedWords = 0; // ordinary words written with a capital, after the first
        for (; j < n && m_tokens.at(j).start < p.end; ++j) {
            const Word &t = m_tokens.at(j);
            if (!t.is(Word::Capitalized) || t.is(Word::AllCaps))
                continue;
            ++capitalized;
            if (j > i && headlineWord(j))
                ++capitalizedWords;
        }
        if (capitalizedWords >= 3 && capitalizedWords * 10 >= capitalized * 3) {
            for (qsizetype k = i; k < j; ++k) {
                m_headline[k] = true;
                m_initial[k] = true;
            }
        }
        i = j;
    }
}

bool RecognizerPass::dropAtSentenceStart(qsizetype i) const
{
    if (!m_initial.at(i) || !isCommon(i) || has(i, TitleWord))
        return false;
    if (const PhraseTrie::Match &m = gazetteerAt(i); m.tokens > 0) {
        const QString &category = m_g.entries.at(m.entry).category();
        // (A listed name in capitals is that name, not a word capitalized by
        // its place: "US troops left", not "Us".)
        if (m.tokens > 1 || category == u"country" || category == u"organization"
            || (m_tokens.at(i).is(Word::AllCaps) && m_tokens.at(i).length() > 1))
            return false;
    }
    // "Will Harrow", "Mark Dunmore": a given name that is also a word;
    // "Typhoon Velma", a storm's prefix; "Lake Velm", a kind of place
    // written first.
    if ((has(i, FirstName | EventPrefix) || capitalizedWith(i, PlaceLeading)) && i + 1 < m_tokens.size()
        && joined(i + 1) && namey(i + 1) && !isCommon(i + 1))
        return false;
    // "Brindle, the Dutch maker of …": a word described as an organisation.
    if (apposition(i) == Description::Organization)
        return false;
    // "Statistics Velmaria said …", where the article writes the body's
    // name inside a sentence too, and "Air Velmaria said …" anywhere
    // (bodyNamedForACountry()).
    if (i + 1 < m_tokens.size() && joined(i + 1))
        if (const PhraseTrie::Match &m = gazetteerAt(i + 1); m.tokens) {
            if ((m_g.entries.at(m.entry).category() == u"country" && writtenBeforeACountry(i))
                || bodysWordBeforeACountry(i))
                return false;
        }
    return true;
}

bool RecognizerPass::bodysWordBeforeACountry(qsizetype k) const
{
    // "Air Orsa", "Rail Velmaria", "Radio Orsa", "Police Velmaria": a
    // firm's trade or the head of a body's name, capitalized before a
    // country's name. Not a place's, a document's or an event's head
    // ("Lake Orsa", "Mount Velm").
    if (!capitalizedWith(k, TradeTail | OrgCue)
        || has(k, LocCue | DocCue | EventCue | Demonym | FirstName | TitleWord | DateWord)
        || k + 1 >= m_tokens.size() || !joined(k + 1))
        return false;
    const PhraseTrie::Match &m = gazetteerAt(k + 1);
    return m.tokens > 0 && isCountry(m_g.entries.at(m.entry));
}

bool RecognizerPass::describesAName(qsizetype k) const
{
    // An ordinary word, or one the dictionary does not know that ends as
    // English names an agent ("Chipmaker", "Broadcaster").
    if (ordinaryWord(k))
        return true;
    const QStringView w = word(k);
    return m_g.lexicon.bits(m_tokens.at(k).hash) == 0 && w.size() > 4 && w.endsWith(u"er") && w.at(1).isLower();
}

bool RecognizerPass::isNameSuffix(qsizetype k) const
{
    const QStringView w = word(k);
    if (w == u"Jr" || w == u"Sr" || w == u"Jnr" || w == u"Snr")
        return true;
    // A Roman numeral in capitals: "I", "IV", "XVI".
    return !w.isEmpty() && w.size() <= 6
        && std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c == u'I' || c == u'V' || c == u'X' || c == u'L'; });
}

qsizetype RecognizerPass::runEnd(qsizetype k) const
{
    while (k + 1 < m_tokens.size() && joined(k + 1) && namey(k + 1))
        ++k;
    return k;
}

bool RecognizerPass::hasConnector(qsizetype first, qsizetype last) const
{
    for (qsizetype k = first; k <= last; ++k)
        if (!namey(k))
            return true;
    return false;
}

qsizetype RecognizerPass::headOf(qsizetype first, qsizetype last) const
{
    // "Department of European … Affairs": the head is the last word before
    // the first connector; without connectors it is the last word.
    for (qsizetype k = first + 1; k <= last; ++k)
        if (!namey(k))
            return k - 1;
    return last;
}

bool RecognizerPass::connectorAllowed(qsizetype first, qsizetype last, qsizetype connector, qsizetype next) const
{
    if (has(connector, Particle))
        return true;
    const quint32 headFlags = flagsOf(headOf(first, last));
    const bool strongHead = headFlags & (OrgCue | DocCue | EventCue);
    if (is(connector, u"of") || is(connector, u"for")) {
        for (qsizetype k = first; k <= last; ++k)
            if (has(k, AnyCue))
                return true;
        return false;
    }
    if (!strongHead) {
        // "National Meteorology and Hydrology Service", "Food and Drug
        // Administration": fields named in ordinary words, joined before
        // the organisation's cue word. (Not two names: "Velm Times and
        // Orsa Post", "Rachel and Orsa Trust".)
        if (!is(connector, u"and") || last - first >= 3)
            return false;
        // (After the body they belong to: "Senate Energy and Natural
        // Resources Committee".)
        qsizetype from = first;
        if (from < last && isDeterminer(from))
            ++from;
        if (const PhraseTrie::Match &body = gazetteerAt(from);
            body.tokens == 1 && from < last && m_g.entries.at(body.entry).type() == types().organization)
            ++from;
        const auto field = [this](qsizetype k) {
            return lowerInDictionary(k) && !has(k, FirstName | AnyCue) && gazetteerAt(k).tokens == 0;
        };
        for (qsizetype k = from; k <= last; ++k)
            if (!field(k))
                return false;
        // The fields after "and" are ordinary words too, up to the cue
        // word: not "Kestrel Capital and Velm Securities", two firms.
        const qsizetype cue = std::min(runEnd(next), next + 3);
        if (!has(cue, OrgCue))
            return false;
        for (qsizetype k = next; k < cue; ++k)
            if (!field(k))
                return false;
        return true;
    }
    if (is(connector, u"in")) {
        // "Conference on … in Asia", "… Co-operation in Europe": a body
        // named for the part of the world it works in; not "the Press
        // Council in Oslo", "the Institute of … in Velmar": a city or a
        // country after "in" says where it sits (in the data, no name of
        // any type runs over "in" and a city).
        if (!hasConnector(first, last))
            return false;
        const PhraseTrie::Match &m = gazetteerAt(next);
        return m.tokens > 0 && m_g.entries.at(m.entry).category() == u"world region";
    }
    if (is(connector, u"and")) {
        // "Department of European and Central Asian Affairs", not "Civic Party and Wong Pik-wan",
        // nor "Institute of Technology and Harwick State University", two bodies
        // each with its own head.
        const qsizetype end = runEnd(next);
        if (has(end, AnyCue))
            return false;
        // What follows "and" names a field of the same body, in words of
        // the language or of places ("… of Agriculture and Rural
        // Development", "… of European and Central Asian Affairs"); not a
        // person's name ("the University of Velm and Ivo Orsa of …").
        for (qsizetype k = next; k <= end; ++k)
            if (has(k, FirstName) || (!lowerInDictionary(k) && !has(k, Demonym) && gazetteerAt(k).tokens == 0))
                return false;
        return hasConnector(first, last);
    }
    // on, between; but not "the Vell Accord on Tuesday", "talks between
    // May and June": a date's first word says when, not what; nor
    // "Parliament on Velm Avenue": a place's name says where.
    if (has(next, DateWord))
        return false;
    const PhraseTrie::Match &m = gazetteerAt(next);
    return !has(runEnd(next), LocCue) && !(m.tokens > 0 && m_g.entries.at(m.entry).type() == types().location);
}

QList<std::pair<qsizetype, qsizetype>> RecognizerPass::chunks()
{
    QList<std::pair<qsizetype, qsizetype>> result;
    const qsizetype n = m_tokens.size();
    qsizetype i = 0;
    while (i < n) {
        if (!namey(i) || dropAtSentenceStart(i)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        for (;;) {
            const qsizetype k = j + 1;
            if (k < n && !m_tokens.at(k).newlineBefore && m_tokens.at(k).gapPunct == u'&' && namey(k)) {
                // "Hartley & Co.", "Vance Dorn & Associates": an ampersand
                // joins a firm's name when the words after it end in an
                // organisation's cue word. (Not "Dorn & Vance", which is as
                // often two authors cited as a firm.)
                const qsizetype end = runEnd(k);
                if (!has(end, OrgCue))
                    break;
                j = end;
                continue;
            }
            if (k < n && !m_tokens.at(k).newlineBefore && m_tokens.at(k).gapPunct == u'\'' && namey(k)
                && m_tokens.at(j).is(Word::Capitalized)
                && ((lowerInDictionary(j) && !has(j, FirstName | AnyCue) && gazetteerAt(j).tokens != 1)
                    || (j > i && placePrefix(j - 1))
                    || (j == i && isTitle(j))
                    || (j == i && afterDeterminer(i) && !m_tokens.at(j).is(Word::AllCaps) && gazetteerAt(j).tokens == 0
                        && !has(j, AnyCue)))) {
                // "Korean People's Army", "the Women's Institute": an
                // ordinary word's possessive inside a name, when the words
                // after it hold a cue word. (Not a name's: "Velmar's
                // Foreign Ministry" is the ministry of Velmar, "the Velm
                // Institute's Glass Laboratory" a part of the institute.)
                // A saint's is: "St Orsa's Hospital", "St. Elvan's College";
                // so is a title's that opens the name: "King's College",
                // "Queen's University". The name goes on to the cue and past
                // it as any name does ("King's College Kessary"). So is a
                // name's after "the", which a person's or a place's never
                // follows: "the Alvarez's Society" (not a listed name's or an
                // acronym's, which may take "the" themselves: "the UN's
                // Security Council" is the council of the UN).
                qsizetype cue = runEnd(k);
                while (cue >= k && !has(cue, AnyCue))
                    --cue;
                if (cue < k)
                    break;
                j = cue;
                continue;
            }
            // A listed name runs across an abbreviation's stop ("St. Elvan",
            // "Mt. Orsa"): the list says where it ends. So does any name
            // after a place's abbreviated first word ("St. Kessel Rovers").
            if (k < n && !joined(k) && !m_tokens.at(k).newlineBefore && m_tokens.at(k).gapPunct == u'.'
                && (i + gazetteerAt(i).tokens - 1 >= k || (placePrefix(j) && namey(k)))) {
                j = k;
                continue;
            }
            if (k >= n || !joined(k))
                break;
            // No name runs on past a stop that ends a sentence: "opened by
            // King Alaric V. The crowd …" (the sentences say where one
            // begins; every word of a headline is marked as if it did).
            if (m_initial.at(k) && !m_headline.at(k) && m_text.at(m_tokens.at(j).end - 1) == u'.')
                break;
            if (namey(k)) {
                j = k;
                continue;
            }
            if (!isConnector(k))
                break;
            qsizetype m = k + 1;
            if (m < n && joined(m) && is(m, u"the") && m_tokens.at(m).is(Word::Lowercase) && !is(k, u"and")
                && !has(k, Particle))
                ++m;
            if (m >= n || !joined(m) || !namey(m) || !connectorAllowed(i, j, k, m))
                break;
            j = m;
        }
        result.append({i, j});
        i = j + 1;
    }
    return result;
}

void RecognizerPass::addCandidate(qsizetype first, qsizetype last, const QString &type, const QString &why, int strength,
                const QString &canonical)
{
    Candidate c;
    c.first = first;
    c.last = last;
    c.type = type;
    c.why = why;
    c.strength = strength;
    c.canonical = canonical;
    m_candidates.append(std::move(c));
}

bool RecognizerPass::spellsAcronym(QStringView acronym, qsizetype first, qsizetype last) const
{
    QVarLengthArray<QChar, 16> letters;
    for (const QChar c : acronym)
        if (c.isLetter())
            letters.append(c.toUpper());
    if (letters.isEmpty() || letters.size() > 12 || word(first).at(0).toUpper() != letters.at(0))
        return false;
    // From letter li on, read from word k on: each word whose initial is the
    // next letter may give the letters after it too, from its inside, in
    // order; other words are skipped ("of", "and").
    // (What failed once fails again: each start is tried once.)
    const qsizetype words = last - first + 2;
    QVarLengthArray<bool, 256> failed(letters.size() * words, false);
    const auto from = [&](const auto &self, qsizetype li, qsizetype k) -> bool {
        if (li == letters.size())
            return true;
        bool &known = failed[li * words + (k - first)];
        if (known)
            return false;
        known = true;
        for (; k <= last; ++k) {
            const QStringView w = word(k);
            if (w.at(0).toUpper() != letters.at(li))
                continue;
            // The most letters the word's inside can give, then fewer.
            qsizetype inside = 0;
            for (qsizetype p = 1; p < w.size() && li + 1 + inside < letters.size(); ++p)
                if (w.at(p).toUpper() == letters.at(li + 1 + inside))
                    ++inside;
            for (qsizetype j = inside; j >= 0; --j)
                if (self(self, li + 1 + j, k + 1))
                    return true;
        }
        return false;
    };
    return from(from, 0, first);
}

void RecognizerPass::resolveAcronymsAndAliases(QList<AcronymDefinition> *definitions)
{
    const qsizetype n = m_tokens.size();
    // Long forms and their short forms.
    QHash<quint64, qsizetype> acronyms; // acronym's word hash -> candidate index of the long form
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const Candidate &cand = m_candidates.at(c);
        const qsizetype a = cand.last + 1;
        if (cand.modelSaysNone || cand.first == cand.last || a >= n || m_tokens.at(a).gapPunct != u'(' || !m_tokens.at(a).is(Word::AllCaps))
            continue;
        if (a + 1 < n && m_tokens.at(a + 1).start == m_tokens.at(a).end)
            continue;
        if (m_tokens.at(a).end >= m_text.size() || m_text.at(m_tokens.at(a).end) != u')')
            continue;
        // The acronym's letters must appear, in order, as initials of the
        // long form's words, or after an initial in its own word
        // ("Intergovernmental Board on Fisheries (IGBF)"). A body a rule
        // names (a cue word, a list) may be given the acronym of its name
        // in its own language ("the Dravenian Institute for the Sea
        // (IDMV)"): three letters or more, the first an initial of one of
        // its words, and the acronym no name the lists know ("(USA)").
        if (!spellsAcronym(word(a), cand.first, cand.last)) {
            if (cand.type != EntityTypes::Organization || cand.strength < ByRule || word(a).size() < 3
                || flagsOf(a) != 0)
                continue;
            bool initial = false;
            for (qsizetype k = cand.first; k <= cand.last && !initial; ++k)
                initial = m_tokens.at(k).is(Word::Capitalized) && word(k).at(0) == word(a).at(0);
            if (!initial)
                continue;
        }
        Candidate &longForm = m_candidates[c];
        if (longForm.type == EntityTypes::Person && longForm.strength <= ByShape) {
            longForm.type = types().organization;
            longForm.why = QStringLiteral("name with an acronym");
        }
        acronyms.insert(m_tokens.at(a).hash, c);
        if (definitions)
            definitions->append(AcronymDefinition{{m_tokens.at(cand.first).start, m_tokens.at(cand.last).end},
                                 {m_tokens.at(a).start, m_tokens.at(a).end}});
    }
    // "sea surface salinity (SSS)", "liquefied natural gas (LNG)": an
    // acronym the article spells out in lower-case words is a term's, not a
    // name's, wherever it stands; its capitals, or the model's guess, are no
    // evidence of a name (a list or the user may still say otherwise).
    QSet<quint64> terms;
    for (qsizetype a = 1; a < n; ++a) {
        const Word &t = m_tokens.at(a);
        if (t.gapPunct != u'(' || !t.is(Word::AllCaps) || t.is(Word::HasDigit) || acronyms.contains(t.hash)
            || terms.contains(t.hash) || t.end >= m_text.size() || m_text.at(t.end) != u')')
            continue;
        // The nearest start whose words spell it, within the lower-case
        // words right before the bracket, the last of which gives its last letter.
        const QStringView acronym = word(a);
        if (!m_tokens.at(a - 1).is(Word::Lowercase) || word(a - 1).at(0).toUpper() != acronym.back())
            continue;
        const qsizetype floor = std::max<qsizetype>(0, a - 1 - (t.length() + 3));
        for (qsizetype s = a - 1; s >= floor; --s) {
            if (!m_tokens.at(s).is(Word::Lowercase) || (s < a - 1 && m_tokens.at(s + 1).gapPunct))
                break;
            if (spellsAcronym(acronym, s, a - 1)) {
                terms.insert(t.hash);
                break;
            }
        }
    }
    if (!terms.isEmpty()) {
        for (Candidate &cand : m_candidates) {
            if (cand.first == cand.last && cand.strength < ByList && m_tokens.at(cand.first).is(Word::AllCaps)
                && terms.contains(m_tokens.at(cand.first).hash)) {
                cand.type.clear();
                cand.commonWord = true;
            }
        }
    }

    // "Rapid Velm Forces … the RVF leader": an acronym the article uses
    // without defining it, made of the initials of the capitalized words of
    // a longer name it gives (not a person's: "Ivo Kessel" is no "IK").
    // A definition in brackets comes first.
    const auto undefinedAcronym = [&](const Candidate &cand) {
        return cand.first == cand.last && cand.strength < ByRule && m_tokens.at(cand.first).is(Word::AllCaps)
            && !m_tokens.at(cand.first).is(Word::Abbreviation) && !acronyms.contains(m_tokens.at(cand.first).hash);
    };
    QHash<quint64, qsizetype> initialsOf; // the initials' hash -> candidate index of the longer name
    if (std::any_of(m_candidates.cbegin(), m_candidates.cend(), undefinedAcronym)) {
        QString initials;
        for (qsizetype c = 0; c < m_candidates.size(); ++c) {
            const Candidate &cand = m_candidates.at(c);
            if (cand.first == cand.last || cand.type.isEmpty() || cand.type == EntityTypes::Person || cand.modelSaysNone)
                continue;
            initials.clear();
            for (qsizetype k = cand.first; k <= cand.last && initials.size() <= 8; ++k)
                if (m_tokens.at(k).is(Word::Capitalized))
                    initials.append(word(k).at(0));
            if (initials.size() < 2 || initials.size() > 8)
                continue;
            const quint64 h = foldedHash(initials);
            if (!acronyms.contains(h) && !initialsOf.contains(h))
                initialsOf.insert(h, c);
        }
    }
    // (The model's candidates come after the rules' ones.)
    if (definitions)
        std::sort(definitions->begin(), definitions->end(),
                  [](const AcronymDefinition &x, const AcronymDefinition &y) { return x.longForm.start < y.longForm.start; });

    // Short forms of multi-word names: "Wenbin" for "Wang Wenbin", "Trend"
    // for "Trend News Agency", "Talvoy" for "Talvoy Island".
    QHash<quint64, qsizetype> shortForms; // word hash -> candidate index of the full name
    QHash<quint64, qsizetype> familyNames; // a person's last word, written capitalized -> the person
    // "same as Wang Wenbin", and the name it stands for.
    const auto sameAs = [this](const Candidate &full) {
        const QString name = spanText(full.first, full.last);
        return std::pair{QString(u"same as " + name), full.canonical.isEmpty() ? name : full.canonical};
    };
    // Where two names share a word, it stands for the one found on the
    // better evidence (of two alike, the later one); where two people
    // share it, for the one named first, whom the article is about: a
    // relative named later ("his daughter, Sofie Tarnek") is called by
    // her given name after that, as editors write it.
    const auto addShortForm = [&](quint64 hash, qsizetype c) {
        const auto it = shortForms.constFind(hash);
        if (it == shortForms.cend()) {
            shortForms.insert(hash, c);
            return;
        }
        const Candidate &had = m_candidates.at(*it);
        const Candidate &now = m_candidates.at(c);
        if (had.type == EntityTypes::Person && now.type == EntityTypes::Person ? now.first < had.first
                                                                               : had.strength <= now.strength)
            shortForms.insert(hash, c);
    };
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const Candidate &cand = m_candidates.at(c);
        if (cand.first == cand.last || cand.type.isEmpty() || cand.modelSaysNone)
            continue;
        if (cand.type == EntityTypes::Person) {
            if (!hasConnector(cand.first, cand.last)) {
                // The family name is the last word before a regnal number
                // or a generation ("Orvald I", "Tam Velde Jr"), which
                // stand for nobody alone.
                qsizetype family = cand.last;
                while (family > cand.first && isNameSuffix(family))
                    --family;
                const Word &last = m_tokens.at(family);
                if (family > cand.first || !isNameSuffix(family))
                    addShortForm(last.hash, c);
                if (family > cand.first && last.is(Word::Capitalized) && !last.is(Word::AllCaps))
                    familyNames.insert(last.hash, c);
                if (!m_tokens.at(cand.first).is(Word::Initial))
                    addShortForm(m_tokens.at(cand.first).hash, c);
            }
        } else if (cand.type == EntityTypes::Event && has(cand.first, EventPrefix)) {
            // "Velma" for "Typhoon Velma".
            addShortForm(m_tokens.at(cand.last).hash, c);
        } else if (cand.type == EntityTypes::Organization || cand.type == EntityTypes::Location) {
            const quint32 cue = cand.type == EntityTypes::Organization ? OrgCue : LocCue;
            bool tailIsCues = true;
            // ("Norvik" for "Norvik Energy": a firm's trade is such a tail.)
            for (qsizetype k = cand.first + 1; k <= cand.last; ++k)
                tailIsCues = tailIsCues && has(k, cue | (cue == OrgCue ? quint32(TradeTail) : 0u));
            // (A first word that is an ordinary one names nothing alone:
            // "Black" for "Black Sea", "United" for "United Kingdom", "Harbour"
            // for "Harbour Office", "Silver" for "Silver Circle". Nor does
            // a possessive's: "Alvarez" of "the Alvarez's Society" is the
            // man the society is named for.)
            if (tailIsCues && !has(cand.first, Demonym) && !afterPossessive(cand.first + 1)
                && !(lowerInDictionary(cand.first) && !m_tokens.at(cand.first).is(Word::AllCaps)))
                addShortForm(m_tokens.at(cand.first).hash, c);
            // ("Velcora" for "Velcora Feeder Lines": a body's name that
            // opens with a coined word, one the dictionary knows in no
            // sense and no list holds, is called by that word, whatever
            // follows it. Not a word of two or three letters: "Al" of "Al
            // Jazeera", "Los" of "Los Angeles Times".)
            else if (cand.type == EntityTypes::Organization && m_tokens.at(cand.first).is(Word::Capitalized)
                     && !m_tokens.at(cand.first).is(Word::AllCaps) && word(cand.first).size() >= 4
                     && m_g.lexicon.bits(m_tokens.at(cand.first).hash) == 0
                     && !has(cand.first, Demonym | FirstName | AnyCue | TradeTail | TitleWord)
                     && gazetteerAt(cand.first).tokens == 0 && !afterPossessive(cand.first + 1))
                addShortForm(m_tokens.at(cand.first).hash, c);
            // ("Bruins" for "Harwick Bruins", "Owls" for "Dornby Owls": a
            // team's or a band's name ends in the plural of an ordinary noun,
            // which stands for it alone. Not a cue's or a trade's plural,
            // "Systems", "Industries", nor a word of places' or people's
            // names, "Indies".)
            const Word &tail = m_tokens.at(cand.last);
            const QStringView w = word(cand.last);
            if (cand.type == EntityTypes::Organization && !tailIsCues && tail.is(Word::Capitalized)
                && !tail.is(Word::AllCaps) && w.size() >= 4 && w.endsWith(u's') && !w.endsWith(u"ss")
                && !has(cand.last, AnyCue | TradeTail | Demonym | FirstName) && !possessiveAfter(cand.last)
                && m_tokens.at(cand.last - 1).is(Word::Capitalized) && ordinaryWord(cand.last))
                addShortForm(tail.hash, c);
        }
    }

    // (A town or a region by the list alone is a person's family name
    // where the article names that person: "Anna Florence … Florence said".)
    const auto listedTownOrRegion = [](const Candidate &cand) {
        return cand.strength == ByList && cand.type == EntityTypes::Location && !cand.why.endsWith(u"country");
    };
    // A word the article names alone on a rule's or a list's evidence is
    // that name, not a short form of a longer one with another type:
    // "the province of Orsa … visited Orsa … Orsa Energi", whatever Orsa
    // Energi is. One type per string then gives the rule's type to the
    // word's other, weaker mentions.
    QHash<quint64, qsizetype> namedAlone; // the word's hash -> the candidate
    if (!shortForms.isEmpty()) {
        for (qsizetype c = 0; c < m_candidates.size(); ++c) {
            const Candidate &cand = m_candidates.at(c);
            if (cand.first == cand.last && cand.strength >= ByRule && !cand.type.isEmpty() && !cand.modelSaysNone
                && !cand.speaker && !listedTownOrRegion(cand) && shortForms.contains(m_tokens.at(cand.first).hash))
                namedAlone.insert(m_tokens.at(cand.first).hash, c);
        }
    }
    const auto aloneAs = [&](qsizetype k) -> const Candidate * {
        const auto it = namedAlone.constFind(m_tokens.at(k).hash);
        return it == namedAlone.cend() ? nullptr : &m_candidates.at(*it);
    };
    const auto namedAloneAsOther = [&](qsizetype k, const Candidate &full) {
        const Candidate *alone = aloneAs(k);
        return alone && alone->type != full.type;
    };
    // "The Dornwell Savings Bank … met in Dornwell": after "in", "near",
    // "across" …, the first word of a body's name is the place the body is
    // named for, not the body ("shares in Dornwell" excepted). (Not after
    // "to" or "from", which go with bodies as often: "sold to Dornwell",
    // "moved on from Dornwell".)
    const auto placeABodyIsNamedFor = [&](qsizetype k, const Candidate &full) {
        return full.type == EntityTypes::Organization && full.first < full.last
            && m_tokens.at(full.first).hash == m_tokens.at(k).hash && afterPlacePreposition(k) && !shareIn(k);
    };
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        Candidate &cand = m_candidates[c];
        // Nor does a person's name open with a word the article names
        // alone as a place, unless that word is a given name: "Orsa
        // Energi" after "the province of Orsa" is the province's firm,
        // team or paper, whatever the words' look or the model said.
        if (cand.type == EntityTypes::Person && cand.strength <= ByModel && cand.first < cand.last
            && !has(cand.first, FirstName)) {
            const Candidate *alone = aloneAs(cand.first);
            if (alone && alone->type == EntityTypes::Location) {
                cand.type = types().organization;
                cand.why = QString(u"name after the place " + word(cand.first));
                continue;
            }
        }
        if (cand.first + 1 == cand.last && cand.strength <= ByRule && cand.initial
            && !has(cand.first, FirstName | TitleWord) && describesAName(cand.first)) {
            // "Chipmaker Velkor said …", where the article names Velkor
            // elsewhere on better evidence, alone or in a longer name: the
            // word before it, capitalized by its place, says what the name
            // is, and is no part of it.
            const Candidate *full = aloneAs(cand.last);
            if (!full) {
                const auto it = shortForms.constFind(m_tokens.at(cand.last).hash);
                if (it != shortForms.cend() && *it != c && m_candidates.at(*it).strength >= ByRule)
                    full = &m_candidates.at(*it);
            }
            if (full) {
                cand.first = cand.last;
                cand.type = full->type;
                if (full->first == full->last) {
                    cand.why = full->why;
                    cand.canonical = full->canonical;
                } else {
                    std::tie(cand.why, cand.canonical) = sameAs(*full);
                }
                cand.strength = ByRule;
                cand.commonWord = false;
                continue;
            }
        }
        if (cand.first != cand.last)
            continue;
        const quint64 w = m_tokens.at(cand.first).hash;
        if (listedTownOrRegion(cand)) {
            // "Anna Florence … Florence said": in an article about a person, the
            // bare surname is that person even when a place shares it.
            const auto it = shortForms.constFind(w);
            if (it != shortForms.cend() && m_candidates.at(*it).type == types().person) {
                const Candidate &full = m_candidates.at(*it);
                const QString name = spanText(full.first, full.last);
                cand.type = types().person;
                cand.why = QStringLiteral("same as ") + name;
                cand.canonical = name;
                cand.strength = ByRule;
            }
            continue;
        }
        if (cand.speaker) {
            // "Velcora Feeder Lines … Velcora said": the verb fits a body
            // as well as a person; the article's full name says which.
            if (const auto it = shortForms.constFind(w); it != shortForms.cend() && *it != c
                && m_candidates.at(*it).type == EntityTypes::Organization && !namedAloneAsOther(cand.first, m_candidates.at(*it))) {
                const Candidate &full = m_candidates.at(*it);
                cand.type = full.type;
                std::tie(cand.why, cand.canonical) = sameAs(full);
                continue;
            }
        }
        if (cand.strength >= ByRule) {
            // "Ivo Kessel … Kessel, 61, resigned": a rule said a person, the
            // article says which one.
            if (cand.type == types().person && cand.canonical.isEmpty())
                if (const auto it = shortForms.constFind(w);
                    it != shortForms.cend() && *it != c && m_candidates.at(*it).type == types().person)
                    cand.canonical = sameAs(m_candidates.at(*it)).second;
            continue;
        }
        qsizetype longIndex = acronyms.value(w, -1);
        if (longIndex < 0 && m_tokens.at(cand.first).is(Word::AllCaps) && !m_tokens.at(cand.first).is(Word::Abbreviation))
            longIndex = initialsOf.value(w, -1);
        if (longIndex >= 0) {
            const Candidate &longForm = m_candidates.at(longIndex);
            const QString name = spanText(longForm.first, longForm.last);
            cand.type = longForm.type;
            cand.why = QStringLiteral("acronym of ") + name;
            cand.canonical = name;
            cand.strength = ByRule;
            cand.commonWord = false;
            continue;
        }
        if (const auto it = shortForms.constFind(w); it != shortForms.cend() && !namedAloneAsOther(cand.first, m_candidates.at(*it))
            && !placeABodyIsNamedFor(cand.first, m_candidates.at(*it))) {
            const Candidate &full = m_candidates.at(*it);
            cand.type = full.type;
            std::tie(cand.why, cand.canonical) = sameAs(full);
            cand.strength = ByRule;
            cand.commonWord = false;
            continue;
        }
        // A news agency at the end of a sentence: ", Trend reports."
        const qsizetype k = cand.first + 1;
        if (k < n && m_tokens.at(cand.first).gapPunct == u',' && (is(k, u"reports") || is(k, u"reported"))
            && joined(k)) {
            cand.type = types().organization;
            cand.why = QString(u"news source (\u2026 " + word(k) + u')');
            cand.strength = ByRule;
            cand.commonWord = false;
        }
    }
    // A person's family name alone where no rule took it for a name: at the
    // start of a sentence, or a word the lists know as an ordinary one
    // ("Maria Stone … Stone said"). The article's own evidence, for a lone
    // capitalized word only, and not for a word the dictionary knows as an
    // adjective ("Iranian") or as an ordinary word that names no person
    // ("Image"), where the full name itself is likelier a misreading.
    if (familyNames.isEmpty())
        return;
    std::vector<bool> covered(std::size_t(n), false);
    for (const Candidate &cand : std::as_const(m_candidates))
        for (qsizetype k = cand.first; k <= cand.last; ++k)
            covered[std::size_t(k)] = true;
    const auto capitalAt = [this, n](qsizetype k) {
        return k >= 0 && k < n && m_tokens.at(k).is(Word::Capitalized);
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (covered[std::size_t(i)] || !m_tokens.at(i).is(Word::Capitalized) || m_tokens.at(i).is(Word::AllCaps))
            continue;
        const auto it = familyNames.constFind(m_tokens.at(i).hash);
        if (it == familyNames.cend())
            continue;
        if ((capitalAt(i - 1) && joined(i)) || (capitalAt(i + 1) && joined(i + 1)) || m_headline.at(i))
            continue;
        const quint8 bits = m_g.lexicon.bits(m_tokens.at(i).hash);
        if ((bits & EnglishLexicon::Adjective) || ((bits & EnglishLexicon::Lower) && !(bits & EnglishLexicon::Person)))
            continue;
        // (Copied first: adding a candidate may move the list.)
        const auto [why, canonical] = sameAs(m_candidates.at(*it));
        addCandidate(i, i, types().person, why, ByRule, canonical);
    }
}

namespace {

// A candidate retyped by a rule that reads the words around it: its type
// and why, at least the given strength, and no longer dropped as the model's
// "none".
void retype(RecognizerCandidate &cand, const QString &type, QString why, int strength)
{
    cand.type = type;
    cand.why = std::move(why);
    cand.strength = std::max(cand.strength, strength);
    cand.modelSaysNone = false;
}

} // namespace

void RecognizerPass::kindBeforeAList()
{
    // "three companies, including Brenner Bau and …", "cities such as
    // Orsk", "countries like Velmar": a kind of name in the plural before
    // "including", "such as" or "like" says what the name after it is, over
    // the model's guess or the look of the words (a list's other names then
    // share it, shareTypesInCoordinations()).
    // (The kinds: cues.txt's [organization-kinds], [place-kinds] and
    // [person-kinds].)
    // (In lower case, or capitalized by a sentence's start: "Firms such as …".)
    const auto kindAt = [this](qsizetype k) -> const QString * {
        if (k < 0)
            return nullptr;
        const Word &t = m_tokens.at(k);
        const bool first = k == 0 || t.newlineBefore || t.gapPunct == u'.' || t.gapPunct == u'!' || t.gapPunct == u'?';
        if (!t.is(Word::Lowercase) && !(first && t.is(Word::Capitalized) && !t.is(Word::AllCaps)))
            return nullptr;
        return has(k, OrgKinds) ? &types().organization
            : has(k, PlaceKinds) ? &types().location
            : has(k, PersonKinds) ? &types().person
                                  : nullptr;
    };
    // The later members of a list the kind heads, by their first word:
    // "retailers including Ikaro, Zalmo and the grocer Jumbo" (the list
    // goes on over commas and "and" or "or" while names follow).
    const qsizetype n = m_tokens.size();
    QHash<qsizetype, qsizetype> laterMembers; // first word -> the kind's word
    const auto followList = [&](qsizetype k, qsizetype kind) {
        while (k < n && !m_tokens.at(k).newlineBefore) {
            // ", Zalmo", ", and Zalmo", "and Zalmo".
            const bool comma = m_tokens.at(k).gapPunct == u',';
            const bool conjunction = (is(k, u"and") || is(k, u"or")) && (comma || joined(k));
            if (!comma && !conjunction)
                break;
            const qsizetype start = conjunction ? k + 1 : k;
            if (start >= n || (conjunction && !joined(start)) || !namey(start))
                break;
            laterMembers.insert(start, kind);
            k = start + 1;
            while (k < n && joined(k) && namey(k))
                ++k;
        }
    };
    for (Candidate &cand : m_candidates) {
        if (cand.strength >= ByRule || !(cand.type.isEmpty() || modelsType(cand.type)))
            continue;
        const qsizetype f = cand.first;
        if (f < 2 || !joined(f))
            continue;
        const QString *type = nullptr;
        qsizetype at = -1;
        if (is(f - 1, u"including") || is(f - 1, u"like")) {
            at = f - 2;
            // ("…, including": the comma between them.)
            if (joined(f - 1) || (is(f - 1, u"including") && m_tokens.at(f - 1).gapPunct == u','))
                type = kindAt(at);
        } else if (f >= 3 && is(f - 1, u"as") && is(f - 2, u"such") && joined(f - 1)
                   && (joined(f - 2) || m_tokens.at(f - 2).gapPunct == u',')) {
            at = f - 3;
            type = kindAt(at);
        }
        // (No line between the kind and the name: a heading is no kind.)
        bool oneLine = true;
        for (qsizetype k = at + 1; type && k <= f; ++k)
            oneLine = oneLine && !m_tokens.at(k).newlineBefore;
        if (type && oneLine) {
            retype(cand, *type, QString(u"a kind of name before it (" + word(at) + u')'), ByRule);
            followList(cand.last + 1, at);
            continue;
        }
        // "Tarvessa, Omboli and Quenbury districts", "the Orsu and Quenbury
        // states": the kind after the last name of a list says what all of
        // them are. (After a list only: "the Quenbury districts" may be any
        // body's.)
        const qsizetype after = cand.last + 1;
        if (after < m_tokens.size() && joined(after) && (is(f - 1, u"and") || is(f - 1, u"or")) && joined(f - 1)
            && !possessiveAfter(cand.last)) {
            if (const QString *kind = kindAt(after); kind && *kind == types().location)
                retype(cand, *kind, QString(u"a kind of name after a list (" + word(after) + u')'), ByRule);
        }
    }
    if (laterMembers.isEmpty())
        return;
    for (Candidate &cand : m_candidates) {
        const auto it = laterMembers.constFind(cand.first);
        if (it == laterMembers.cend() || cand.strength >= ByRule || !(cand.type.isEmpty() || modelsType(cand.type))
            || possessiveAfter(cand.last))
            continue;
        if (const QString *type = kindAt(*it))
            retype(cand, *type, QString(u"a kind of name before a list (" + word(*it) + u')'), ByRule);
    }
}

void RecognizerPass::whatOnlyOrganizationsHave()
{
    // "Velmco's chief executive", "shares in Orsa Lind", "analysts at
    // Verrick": what only an organisation has, or what works for one,
    // says the name is an organisation's, over the model's guess and the
    // look of the words (cues.txt's [organization-possession] and
    // [organization-member]). Not over a list or a rule (a person's given
    // name or title: "Mara Lind's board" is a board she sits on); and where
    // a person may be meant ("a spokesman for Kessel"), not over the
    // model's person. (Measured: no fold of the training files and no name
    // of ner-dev has these words around it; they are news' words.)
    const qsizetype n = m_tokens.size();
    const auto spokes = [this](qsizetype k) {
        return is(k, u"spokesman") || is(k, u"spokeswoman") || is(k, u"spokesperson");
    };
    for (Candidate &cand : m_candidates) {
        // (A place's name by the list alone gives way: "Molise's
        // shareholders"; a country's does not, "Velmaria's workforce".)
        if ((cand.strength >= ByRule && !(cand.strength == ByList && listedPlaceNotCountry(cand)))
            || cand.type == EntityTypes::Organization)
            continue;
        const qsizetype f = cand.first;
        const qsizetype l = cand.last;
        qsizetype cue = -1;
        // "Velmco's chief executive", "…'s shares".
        if (const qsizetype k = l + 1; k < n && possessiveAfter(l) && afterPossessive(k)) {
            if (lowerWith(k, OrgPossession))
                cue = k;
            else if (is(k, u"chief") && m_tokens.at(k).is(Word::Lowercase) && k + 1 < n && joined(k + 1)
                     && m_tokens.at(k + 1).is(Word::Lowercase)
                     && (is(k + 1, u"executive") || is(k + 1, u"financial") || is(k + 1, u"operating")))
                cue = k;
        }
        // "shares in …", "analysts at …", "a spokesperson for …",
        // "executives from …". (A listed place after "in" or "from" is where
        // they are, "a subsidiary in Orsk", "analysts from Orsk", unless what
        // is in it is a share of it.) The words govern each member of
        // a list after them: "analysts at Velm Bank, Orsa and Kessel Dravic".
        if (const qsizetype g = cue < 0 ? listStart(f) : -1;
            g >= 2 && joined(g) && joined(g - 1) && has(g - 2, OrgMember)
            && (is(g - 1, u"of") || is(g - 1, u"at") || is(g - 1, u"for")
                || (is(g - 1, u"in") && (cand.strength < ByList || shareIn(g)))
                || (is(g - 1, u"from") && cand.strength < ByList && !spokes(g - 2))))
            cue = g - 2;
        // (Not a listed place's name, which names its team too: "Dravenia
        // have won" is the country's side, written as the country; not one
        // word the dictionary knows in lower case, written with a capital at
        // a sentence's or a line's start, "Attached are".)
        if (cue < 0 && cand.strength < ByList && !cand.commonWord
            && !(f == l && (has(f, CommonWord) || ordinaryWord(f))) && pluralVerbAfter(f, l)) {
            retype(cand, EntityTypes::Organization, QString(u"a body's name with a plural verb (" + word(l + 1) + u')'),
                   ByRule);
            cand.body = Candidate::Body::Words;
            continue;
        }
        if (cue < 0 || (spokes(cue) && cand.type == EntityTypes::Person))
            continue;
        retype(cand, EntityTypes::Organization, QString(u"what an organisation has (" + word(cue) + u')'), ByRule);
        cand.body = Candidate::Body::Words;
    }
}

bool RecognizerPass::pluralVerbAfter(qsizetype f, qsizetype l) const
{
    // "Rennvale have signed a striker", "Velm Orchestra are touring": a
    // name in the singular with a verb in the plural is a body's, as British
    // English writes teams, bands and firms; a person or a place never
    // agrees so. Not a plural name ("the Orrins have" may be a family), not
    // a member of a list ("Orsa and Kessel have"), and not after a word that
    // takes a bare verb ("did Orsa have", "to let Orsa have").
    const qsizetype n = m_tokens.size();
    const qsizetype k = l + 1;
    if (k + 1 >= n || !joined(k) || !joined(k + 1) || !m_tokens.at(k).is(Word::Lowercase)
        || !m_tokens.at(k + 1).is(Word::Lowercase) || !(is(k, u"have") || is(k, u"are") || is(k, u"were")))
        return false;
    const QStringView last = word(l);
    // (After a preposition the name is not the subject, "the armies of Orsa
    // were"; after a possessive it is one of a body's people, "Velmco's Orsa
    // Lind and Ivo Kessel were".)
    if (last.endsWith(u's', Qt::CaseInsensitive) || listStart(f) != f || afterPreposition(f)
        || (f > 0 && possessiveAfter(f - 1)))
        return false;
    // ("the" in a sentence's middle mostly follows the verb whose object
    // the name is: "astronomers using the Velm Telescope have found".)
    if (afterDeterminer(f) && m_tokens.at(f - 1).is(Word::Lowercase))
        return false;
    if (f > 0 && joined(f) && m_tokens.at(f - 1).is(Word::Lowercase)) {
        // (Words that take a bare verb, and prepositions the shared list
        // does not hold: "in and around Orsa have been".)
        static constexpr std::array<QStringView, 45> notSubject = {
            u"do",     u"does",  u"did",    u"will",   u"would",  u"can",     u"could",   u"shall",  u"should",
            u"may",    u"might", u"must",   u"let",    u"lets",    u"make",    u"makes",  u"made",
            u"help",   u"helped", u"see",   u"saw",    u"watch",  u"hear",    u"heard",   u"and",    u"or",
            u"nor",    u"around", u"over",  u"under",  u"between", u"behind", u"within",  u"through", u"toward",
            u"towards", u"after", u"before", u"during", u"since",  u"without", u"upon",    u"than",   u"as",
            u"including"};
        if (std::find(notSubject.cbegin(), notSubject.cend(), word(f - 1)) != notSubject.cend())
            return false;
    }
    return true;
}

qsizetype RecognizerPass::listStart(qsizetype f) const
{
    // Back over the members before it, each a run of capitalized words,
    // joined by "and" or "or", and by commas before those (", and" too):
    // "Velm Bank, Orsa and Kessel Dravic" from "Kessel". (Not by a comma
    // alone, which may stand before a description: "an analyst at Velm,
    // Kessel Dravic, said".)
    qsizetype k = f;
    bool conjunction = false;
    for (int members = 0; members < 8 && k >= 2; ++members) {
        qsizetype j; // the last word of the member before
        const Word &before = m_tokens.at(k - 1);
        // (", and": the comma stands before the conjunction.)
        if (!conjunction && (is(k - 1, u"and") || is(k - 1, u"or")) && before.is(Word::Lowercase) && joined(k)
            && !before.newlineBefore && (before.gapPunct == 0 || before.gapPunct == u',')) {
            j = k - 2;
            conjunction = true;
        } else if (conjunction && m_tokens.at(k).gapPunct == u',' && !m_tokens.at(k).newlineBefore) {
            j = k - 1;
        } else {
            break;
        }
        if (!namey(j))
            break;
        while (j > 0 && joined(j) && namey(j - 1))
            --j;
        k = j;
    }
    return k;
}

bool RecognizerPass::afterPlacePreposition(qsizetype k) const
{
    return k > 0 && joined(k)
        && (is(k - 1, u"in") || is(k - 1, u"near") || is(k - 1, u"across") || is(k - 1, u"outside")
            || is(k - 1, u"around") || is(k - 1, u"throughout"));
}

bool RecognizerPass::shareIn(qsizetype k) const
{
    return k >= 2 && joined(k) && joined(k - 1) && is(k - 1, u"in")
        && (is(k - 2, u"shares") || is(k - 2, u"stake") || is(k - 2, u"stakes"));
}

bool RecognizerPass::listedPlaceNotCountry(const Candidate &cand) const
{
    const PhraseTrie::Match &m = gazetteerAt(cand.first);
    if (m.tokens != cand.last - cand.first + 1)
        return false;
    const GazetteerEntry &e = m_g.entries.at(m.entry);
    return e.type() == types().location && e.category() != u"country";
}

void RecognizerPass::bodiesNamedLikePlaces()
{
    // "The streaming firm Molise … Molise's founder … analysts said Molise
    // had grown": where the words around one mention of a listed place's
    // name say it is an organisation's here (a kind of firm before it,
    // what only a firm has after it), its other mentions that only the list
    // types are that organisation too, as a reader takes them; the list's
    // equal strength would keep them places. Not a country's name (its
    // government, its team and the place share it), nor a mention right
    // after a preposition of place, which the place may still be ("offices
    // in Molise"). A listed town that is a side of a match's score is its
    // club all through the report ("Dornvik's coach", "they travel to
    // Dornvik"): sidesOfAScore().
    QHash<QString, Candidate::Body> bodies;
    for (Candidate &cand : m_candidates) {
        if (cand.body == Candidate::Body::None || cand.type != EntityTypes::Organization || !listedPlaceNotCountry(cand))
            continue;
        Candidate::Body &body = bodies[spanText(cand.first, cand.last)];
        body = std::max(body, cand.body);
        if (cand.body == Candidate::Body::Words)
            cand.strength = ByList; // the article's own words, as strong as the list's
    }
    if (bodies.isEmpty())
        return;
    // (Here "from" and "to" too: "flights to Molise".)
    const auto placePreposition = [this](qsizetype k) {
        return afterPlacePreposition(k) || (k > 0 && joined(k) && (is(k - 1, u"from") || is(k - 1, u"to")));
    };
    for (Candidate &cand : m_candidates) {
        if (cand.type != EntityTypes::Location || cand.strength != ByList)
            continue;
        const QString name = spanText(cand.first, cand.last);
        const auto it = bodies.constFind(name);
        if (it == bodies.cend() || !listedPlaceNotCountry(cand))
            continue;
        if (*it == Candidate::Body::Score) {
            cand.why = QStringLiteral("a side of a match's score");
        } else if (placePreposition(cand.first)) {
            continue;
        } else {
            cand.why = QString(u"an organisation's name here (" + name + u')');
        }
        cand.type = EntityTypes::Organization;
    }
}

void RecognizerPass::sidesOfAScore()
{
    // "Kessary beat Dornvik 3-1", "drew 0-0 at Velmstad", "their 2-1 win
    // over Orsa Rovers": the names on either side of a result with its
    // score are the sides of a match, which a report of sport names by
    // the club's town ("Dornvik", a town in the lists) or by a name
    // nobody listed. They are teams, organisations; not where a list or
    // the model or a rule says a person (a player of tennis or chess: "Orla
    // Vance beat Ines Dorr 6-3"), nor a country, whose team the news
    // calls by the country's name and which stays the place it names.
    const qsizetype n = m_tokens.size();
    const auto score = [this, n](qsizetype k) {
        if (k < 0 || k >= n || !m_tokens.at(k).is(Word::HasDigit))
            return false;
        const QStringView w = word(k);
        qsizetype dash = -1;
        for (qsizetype c = 0; c < w.size(); ++c) {
            if (w.at(c) == u'-' || w.at(c) == QChar(0x2013)) {
                if (dash >= 0 || c == 0)
                    return false;
                dash = c;
            } else if (w.at(c) < u'0' || w.at(c) > u'9') {
                return false;
            }
        }
        return dash > 0 && dash + 1 < w.size() && dash <= 2 && w.size() - dash - 1 <= 2;
    };
    const auto result = [this, n](qsizetype k) {
        if (k < 0 || k >= n || !m_tokens.at(k).is(Word::Lowercase))
            return false;
        static constexpr std::array<QStringView, 22> verbs{
            u"beat", u"beats", u"defeated", u"defeat", u"defeats", u"edged", u"thrashed", u"crushed",
            u"routed", u"drew", u"draw", u"lost", u"lose", u"won", u"win", u"wins", u"hammered",
            u"overcame", u"stunned", u"upset", u"held", u"downed"};
        const QStringView w = word(k);
        return std::any_of(verbs.begin(), verbs.end(), [w](QStringView v) { return w == v; });
    };
    const auto outcome = [this, n](qsizetype k) {
        return k >= 0 && k < n
            && (is(k, u"win") || is(k, u"victory") || is(k, u"defeat") || is(k, u"loss") || is(k, u"draw")
                || is(k, u"triumph") || is(k, u"rout"));
    };
    const auto opponent = [this, n](qsizetype k) {
        return k >= 0 && k < n
            && (is(k, u"at") || is(k, u"against") || is(k, u"to") || is(k, u"over") || is(k, u"with")
                || is(k, u"by"));
    };
    const auto joinedAt = [this, n](qsizetype k) { return k > 0 && k < n && joined(k); };
    const auto listedTown = [this](const Candidate &cand) {
        const PhraseTrie::Match &m = gazetteerAt(cand.first);
        return cand.town || (m.tokens > 0 && m_g.entries.at(m.entry).isSettlement());
    };
    // A settlement no list holds, named with its kind: "Velm City", "Orsa Town".
    const auto settlementByItsKind = [this](const Candidate &cand) {
        return cand.last > cand.first && has(cand.last, LocCue) && has(cand.last, PlaceNoun);
    };
    // (Run before the short forms of names are resolved, so that a team's
    // full name a score makes an organisation's gives its type to its
    // short form, "the Owls" of "the Dornby Owls"; a player's family name,
    // "Vance beat Dorr" after "Orla Vance", stays the player's: those
    // resolve to the person named in full.)
    QSet<quint64> familyNames;
    for (const Candidate &cand : std::as_const(m_candidates))
        if (cand.type == EntityTypes::Person && cand.last > cand.first && cand.strength >= ByShape && !cand.modelSaysNone)
            familyNames.insert(m_tokens.at(cand.last).hash);
    for (Candidate &cand : m_candidates) {
        const qsizetype f = cand.first;
        const qsizetype l = cand.last;
        if (f == l && familyNames.contains(m_tokens.at(f).hash))
            continue;
        bool side = false;
        // "Kessary beat Dornvik 3-1": after the result's verb, before the
        // score; also after the side's standing in plural ("beat holders
        // Dornvik 3-1", "edged reigning champions Velm City 2-0").
        qsizetype verb = f - 1;
        const auto lowerBefore = [&](qsizetype k) {
            return k > 0 && joinedAt(k + 1) && m_tokens.at(k).is(Word::Lowercase);
        };
        if (lowerBefore(f - 1) && !result(f - 1) && m_tokens.at(f - 1).length() >= 4
            && word(f - 1).endsWith(u's')) {
            verb = f - 2;
            if (lowerBefore(verb) && !result(verb))
                --verb;
        }
        if (result(verb) && joinedAt(f) && joinedAt(l + 1) && score(l + 1))
            side = true;
        // "Kessary beat Dornvik 3-1", "Kessary drew 0-0": before the verb.
        if (!side && joinedAt(l + 1) && result(l + 1) && joinedAt(l + 2)) {
            qsizetype k = l + 2;
            while (k < n && joinedAt(k) && namey(k))
                ++k;
            side = joinedAt(k) && score(k);
        }
        // "drew 0-0 at Velmstad", "a 2-1 win over Orsa Rovers".
        if (!side && joinedAt(f) && opponent(f - 1) && joinedAt(f - 1))
            side = score(f - 2) || (outcome(f - 2) && joinedAt(f - 2) && score(f - 3));
        // "Kessary's 2-1 win".
        if (!side && possessiveAfter(l) && l + 2 < n && score(l + 1) && joinedAt(l + 2) && outcome(l + 2))
            side = true;
        // (The model's person of one word no list knows as a person's is
        // the score's side: a player is named in full, "Dornvik" is a club.)
        const bool modelsLoneWord = cand.strength == ByModel && f == l && !has(f, FirstName)
            && !(m_g.lexicon.bits(m_tokens.at(f).hash) & EnglishLexicon::Person);
        if (!side || (cand.type == EntityTypes::Person && !modelsLoneWord) || cand.type == EntityTypes::Organization)
            continue;
        if (cand.strength >= ByRule) {
            // A listed town's or city's name is its club's; a country's or
            // a region's is its team's, the place.
            if (!listedTown(cand) && !settlementByItsKind(cand))
                continue;
            // (A listed town keeps the list's strength: its other mentions
            // in the report, "Dornvik's coach", are the club's too:
            // bodiesNamedLikePlaces().)
            cand.body = Candidate::Body::Score;
        }
        retype(cand, EntityTypes::Organization, QStringLiteral("a side of a match's score"), ByRule);
    }
}

void RecognizerPass::shareTypesInCoordinations()
{
    // Names joined by "and" or "or", or listed with commas before one,
    // are nearly always of one kind ("Harrow Capital and Quellor advised
    // the buyer", "Orsa, Velm and Dravna"): where the names of such a list
    // that stand on a list or a rule are all of one type, the others, which
    // stand on the model or the look of the words alone or were left
    // untyped, take it. (Measured with the fold models of eval-ner
    // --held-out: +0.001 lenient and strict; most of it unknown words left
    // untyped beside a known name of their kind, "Kessel and Dravic".)
    // (Not a name with a possessive "'s", which owns what follows it rather
    // than standing in the list: "attended by Ivo Kessel and Velmar's culture
    // minister".)
    const auto member = [this](const Candidate &c) {
        if (possessiveAfter(c.last) || (c.first == c.last && isNameSuffix(c.first)))
            return false;
        return c.type.isEmpty() ? !c.commonWord : modelsType(c.type);
    };
    // A given name alone, which may also be a listed place ("Clare").
    const auto givenNameAlone = [this](const Candidate &c) { return c.first == c.last && has(c.first, FirstName); };
    // The members in text order, the longest of those that start at one
    // word. (Sorted by keys of their own, not through the candidates, which
    // a long article holds a few hundred thousand of; they are nearly in
    // order already.)
    struct Key {
        qint32 first;
        qint32 last;
        qint32 index;
    };
    std::vector<Key> keys;
    keys.reserve(std::size_t(m_candidates.size()));
    for (qsizetype c = 0; c < m_candidates.size(); ++c)
        if (const Candidate &cand = m_candidates.at(c); member(cand))
            keys.push_back({qint32(cand.first), qint32(cand.last), qint32(c)});
    const auto before = [](const Key &a, const Key &b) { return a.first != b.first ? a.first < b.first : a.last > b.last; };
    if (!std::is_sorted(keys.begin(), keys.end(), before))
        std::sort(keys.begin(), keys.end(), before);
    keys.erase(std::unique(keys.begin(), keys.end(), [](const Key &a, const Key &b) { return a.first == b.first; }),
               keys.end());
    const qsizetype n = m_tokens.size();
    // Whether the member b follows the member a in a list, and whether "and" or "or" joins them.
    // (The last member may take an article: "Orsa, Velm and the Dravna
    // Valley." Where a word follows it, it may be a noun's modifier, "and
    // the Velm band Dravna", no member.)
    const auto startsAt = [&](const Candidate &b, qsizetype k) {
        if (k >= n || !joined(k))
            return false;
        if (b.first == k)
            return true;
        return b.first == k + 1 && is(k, u"the") && joined(k + 1) && !(b.last + 1 < n && joined(b.last + 1));
    };
    const auto follows = [&](const Candidate &a, const Candidate &b, bool *conjunction) {
        const qsizetype k = a.last + 1;
        if (k >= n || m_tokens.at(k).newlineBefore)
            return false;
        if (m_tokens.at(k).gapPunct == u',') {
            // (", and" before the last, as many write a list: "Orsa, Velm, and Dravna".)
            if ((is(k, u"and") || is(k, u"or")) && k + 1 < n && m_tokens.at(k + 1).gapPunct == 0) {
                *conjunction = true;
                return startsAt(b, k + 1);
            }
            *conjunction = false;
            return b.first == k;
        }
        *conjunction = true;
        return m_tokens.at(k).gapPunct == 0 && (is(k, u"and") || is(k, u"or")) && startsAt(b, k + 1);
    };
    std::vector<qsizetype> list;
    for (std::size_t i = 0; i < keys.size();) {
        list.assign(1, keys[i].index);
        bool joinedByConjunction = false;
        for (++i; i < keys.size(); ++i) {
            bool conjunction = false;
            if (!follows(m_candidates.at(list.back()), m_candidates.at(keys[i].index), &conjunction))
                break;
            list.push_back(keys[i].index);
            joinedByConjunction = joinedByConjunction || conjunction;
        }
        if (!joinedByConjunction)
            continue;
        const Candidate *sure = nullptr;
        bool oneType = true;
        for (const qsizetype m : list) {
            const Candidate &cand = m_candidates.at(m);
            // (A word that is a given name as well as a listed place,
            // "Clare", says nothing of its neighbours' kind.)
            if (!modelsType(cand.type) || cand.strength < ByRule || cand.town
                || (givenNameAlone(cand) && cand.type != EntityTypes::Person))
                continue;
            if (sure && sure->type != cand.type)
                oneType = false;
            sure = &cand;
        }
        if (!sure || !oneType)
            continue;
        const QString type = sure->type;
        const QString why = QString(u"listed with " + spanText(sure->first, sure->last));
        for (const qsizetype m : list) {
            Candidate &cand = m_candidates[m];
            if (cand.strength >= ByRule)
                continue;
            // (A member the look of its words gave the list's type stands
            // on the list's evidence too, whatever the model read.)
            if (cand.type == type) {
                cand.modelSaysNone = false;
                continue;
            }
            // (An acronym beside a person's name is often where the person
            // works: "Ivo Kessel, VTU, and …", unless the list is all in
            // capitals: "KESSEL, DRAVIC, and ORNE"; beside bodies' names it
            // is one: "Harwick Bank, Quarrix and QMD". A given name alone
            // is a person's: "two daughters, Anna and Clare".)
            if ((m_tokens.at(cand.first).is(Word::AllCaps) && !m_tokens.at(sure->first).is(Word::AllCaps)
                 && type == EntityTypes::Person)
                || (givenNameAlone(cand) && type != EntityTypes::Person))
                continue;
            // Nor a person's full name that the model reads: its reading
            // of the given and family name outweighs a neighbour's cue
            // word ("the fiddler Tarvin Ostrelle and Orchard Road, a
            // trio"). (Measured: one name in the folds the other way, a
            // band named like a singer.)
            if (cand.strength == ByModel && cand.type == EntityTypes::Person && cand.last > cand.first)
                continue;
            retype(cand, type, why, ByShape);
        }
    }
}

void RecognizerPass::applyOneTypePerString()
{
    // The strongest typed candidate of each string, with its strength beside
    // it: most look-ups then end without reading that candidate, which in a
    // long article is far from the one being read.
    struct Best {
        qsizetype index;
        int strength;
    };
    QHash<quint64, Best> best;
    std::vector<quint64> keys(std::size_t(m_candidates.size()));
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        const Candidate &cand = m_candidates.at(c);
        const quint64 key = spanKey(cand.first, cand.last);
        keys[std::size_t(c)] = key;
        if (cand.type.isEmpty() || cand.modelSaysNone)
            continue;
        const auto it = best.find(key);
        if (it == best.end())
            best.insert(key, {c, cand.strength});
        else if (it->strength < cand.strength)
            *it = {c, cand.strength};
    }
    const qsizetype n = m_tokens.size();
    for (qsizetype c = 0; c < m_candidates.size(); ++c) {
        Candidate &cand = m_candidates[c];
        const auto it = best.constFind(keys[std::size_t(c)]);
        if (it != best.cend() && it->strength > cand.strength) {
            const Candidate &model = m_candidates.at(it->index);
            if (model.type != cand.type) {
                cand.type = model.type;
                cand.why = model.why;
                cand.canonical = model.canonical;
                cand.strength = model.strength;
                cand.commonWord = false;
            }
            // The same words are a name elsewhere in the article, on
            // better evidence: a look-alone guess of that same type
            // stands even where the model read these words as none.
            cand.modelSaysNone = false;
        }
        if (!cand.type.isEmpty() || cand.commonWord || cand.first != cand.last)
            continue;
        // Nothing else known about a lone capitalized word. (Longer names
        // left untyped were left so on purpose: see ordinaryNounLast().)
        const qsizetype i = cand.first;
        // (After a preposition, a name is not who speaks: "People in Velm
        // and Orsa said". Right after "in" or "near" it is a place; not
        // after a list ("in Pyle and Bloomer", a court case).)
        if (has(i, FirstName)) {
            cand.type = types().person;
            cand.why = QStringLiteral("known first name");
        } else if (i + 1 < n && has(i + 1, PersonVerb) && m_tokens.at(i + 1).is(Word::Lowercase)
                   && !afterPreposition(i) && !afterDeterminer(i)) {
            const bool body = saysIt(i + 1);
            cand.type = body ? types().organization : types().person;
            cand.why = QString(u"name before \"" + word(i + 1) + u'"' + (body ? QStringView(u" \u2026 \"it\"") : QStringView()));
        } else if (placeBeforeRegion(i)) {
            cand.type = types().location;
            cand.why = QString(u"place before a region (\u2026, " + word(i + 1) + u')');
        } else if (i > 0 && (is(i - 1, u"in") || is(i - 1, u"near")) && joined(i) && !ordinaryWord(i)) {
            // (Not an ordinary word of the language, capitalized as a
            // field's or a title's: "a degree in Psychology"; a place that
            // is one, "Reading", is listed.)
            cand.type = types().location;
            cand.why = QString(u"capitalized name after \"" + word(i - 1) + u'"');
        } else {
            continue; // a lone capitalized word with no evidence is left alone
        }
        cand.strength = ByShape;
    }
}

void RecognizerPass::findListedNames()
{
    for (const qint32 i : std::as_const(m_nameStarts))
        if (m_tokens.at(i).is(Word::Capitalized) || namey(i))
            if (const PhraseTrie::Match m = m_g.names.longestAt(m_tokens, m_ids, i); m.tokens > 0)
                m_gazetteer.insert(qint32(i), m);
    if (m_model)
        findListedForModel();
    // A town of one word from GeoNames' long list that begins a longer
    // name is no evidence for the rules: such names are given names as
    // often ("Tolga", "Alma" and "Mercedes" are towns too). The model,
    // which has learned how far to trust the list, still reads it.
    // Nor is one written in capitals in running text, which is an
    // acronym's spelling ("known as AMLA"; "Amla" is a town too).
    for (auto it = m_gazetteer.begin(); it != m_gazetteer.end();) {
        const qsizetype i = it.key();
        if (it->tokens == 1 && m_g.entries.at(it->entry).isTown()
            && ((i + 1 < m_tokens.size() && joined(i + 1) && namey(i + 1))
                || (m_tokens.at(i).is(Word::AllCaps) && !m_headline.at(i))))
            it = m_gazetteer.erase(it);
        else
            ++it;
    }
}

void RecognizerPass::findListedForModel()
{
    m_listed.assign(std::size_t(m_tokens.size()), 0);
    // In text order, not the hash's (which differs between runs): where two
    // names overlap, the earlier one keeps its words.
    for (const qint32 i : std::as_const(m_nameStarts)) {
        const auto it = m_gazetteer.constFind(i);
        if (it == m_gazetteer.cend())
            continue;
        const GazetteerEntry &entry = m_g.entries.at(it->entry);
        const QString &category = entry.category();
        // Countries, regions of a country, other places (a city, a sea),
        // organisations, and GeoNames' towns (whose names are more often
        // something else too: the model learns how far to trust them).
        const quint8 code = category == u"country" ? 1
            : category == u"region"                ? 2
            : entry.isTown()                       ? 5
            : entry.type() == types().location     ? 3
                                                   : 4;
        for (int k = 0; k < it->tokens; ++k)
            if (m_listed[std::size_t(i) + k] == 0)
                m_listed[std::size_t(i) + k] = quint8(code * 2 + (k > 0 ? 1 : 0));
    }
}

bool RecognizerPass::modelJoined(qsizetype k) const
{
    const Word &t = m_tokens.at(k);
    return !t.newlineBefore
        && (t.gapPunct == 0 || t.gapPunct == u'&'
            || (t.gapPunct == u'.' && t.is(Word::Capitalized) && placePrefix(k - 1)));
}

bool RecognizerPass::placePrefix(qsizetype k) const
{
    return k >= 0 && capitalizedWith(k, PlacePrefix);
}

ModelToken RecognizerPass::modelToken(qsizetype i) const
{
    const Word &t = m_tokens.at(i);
    ModelToken m;
    m.word = word(i);
    m.hash = t.hash;
    m.shape = t.shape;
    m.gapPunct = t.gapPunct;
    m.newlineBefore = t.newlineBefore;
    // The model reads a word after a possessive as it was trained to, as
    // one after an opening quotation: what follows "Velmar's" is often a
    // title or the head of a name, and this reading measured better in
    // cross-validation than the rules' (markSentenceStarts()).
    m.initial = m_initial.at(i) || afterPossessive(i);
    m.headline = m_headline.at(i);
    m.common = isCommon(i);
    m.listed = m_listed.empty() ? 0 : m_listed[std::size_t(i)];
    m.flags = flagsOf(i);
    m.lexicon = m_g.lexicon.bits(t.hash);
    return m;
}

template<typename Skip, typename F>
void RecognizerPass::forEachModelSegment(Skip &&skip, F &&f)
{
    const qsizetype n = m_tokens.size();
    ModelSegment segment;
    qsizetype i = 0;
    while (i < n) {
        if (!modelSeed(i)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        for (;;) {
            const qsizetype k = j + 1;
            if (k >= n || !modelJoined(k))
                break;
            if (modelSeed(k) || m_tokens.at(k).is(Word::HasDigit)) {
                j = k;
                continue;
            }
            // Small joining words inside a name: "Bank of the North", "Anna van Dijk".
            qsizetype m = k;
            while (m < n && m - k < 2 && modelJoined(m) && m_tokens.at(m).is(Word::Lowercase)
                   && (has(m, Connector | Particle) || is(m, u"the")))
                ++m;
            if (m == k || m >= n || !modelJoined(m) || !modelSeed(m))
                break;
            j = m;
        }
        if (skip(i, j)) {
            i = j + 1;
            continue;
        }
        const qsizetype from = std::max<qsizetype>(0, i - 2);
        const qsizetype to = std::min<qsizetype>(n - 1, j + 2);
        segment.first = i;
        segment.count = int(j - i + 1);
        segment.offset = int(i - from);
        segment.window.clear();
        for (qsizetype k = from; k <= to; ++k)
            segment.window.push_back(modelToken(k));
        f(segment);
        i = j + 1;
    }
}

std::vector<ModelSegment> RecognizerPass::modelSegments()
{
    findListedNames();
    std::vector<ModelSegment> result;
    forEachModelSegment([](qsizetype, qsizetype) { return false; },
                        [&result](const ModelSegment &s) { result.push_back(s); });
    return result;
}

template<typename Skip>
std::vector<ModelSpan> RecognizerPass::decodeModel(Skip &&skip, const NerVotes &votes)
{
    std::vector<ModelSpan> spans;
    if (!m_parallel) {
        forEachModelSegment(skip, [this, &spans, &votes](const ModelSegment &s) { m_model->decode(s, &votes, spans); });
        return spans;
    }
    // The segments are made here, in order (making one reads this pass's
    // caches, which are not shared); a block of them at a time is decoded,
    // its second half on a thread of its own. NerModel::decode() is const
    // and keeps its scratch per thread, and each half's spans are appended
    // in order, so the spans are those of decoding one by one.
    constexpr std::size_t Block = 4096;
    std::vector<ModelSegment> block;
    block.reserve(Block);
    std::size_t used = 0;
    std::vector<ModelSpan> secondHalf;
    const auto decodeBlock = [&] {
        const std::size_t half = used / 2;
        secondHalf.clear();
        std::thread helper([&] {
            for (std::size_t k = half; k < used; ++k)
                m_model->decode(block[k], &votes, secondHalf);
        });
        for (std::size_t k = 0; k < half; ++k)
            m_model->decode(block[k], &votes, spans);
        helper.join();
        spans.insert(spans.end(), secondHalf.cbegin(), secondHalf.cend());
        used = 0;
    };
    forEachModelSegment(skip, [&](const ModelSegment &s) {
        // The block's segments are reused: their windows keep their capacity.
        if (used == block.size())
            block.emplace_back();
        ModelSegment &to = block[used++];
        to.first = s.first;
        to.count = s.count;
        to.offset = s.offset;
        to.window.assign(s.window.cbegin(), s.window.cend());
        if (used == Block)
            decodeBlock();
    });
    if (used > 0)
        decodeBlock();
    return spans;
}

/// How the model's names and the rules' are combined (each choice was
/// measured against its alternatives: bench/README.md, "How the model and
/// the rules are combined"):
///
/// - The rules that read evidence (a gazetteer, a cue word, a title, a first
///   name, an acronym defined in the article, a short form of a name found
///   in it) win over the model where they overlap, except a listed place
///   that is only part of a longer name the model reads ("Air Lisbon",
///   "West Lisbon"): the place is then a word of that name; and an
///   organisation the rules found by a cue word, an acronym or a short form
///   inside the model's longer organisation, whose edges the model knows
///   better.
/// - A town of GeoNames' long list is the model's to type otherwise, as
///   the look of the words is: the model reads the list among its
///   features, and has learned how often such a name is a club's, a
///   firm's or a person's.
/// - The model replaces what the rules found by the look of the words alone,
///   and unresolved capitalized words, when it is at least MinConfidence sure
///   (0.65 since the model reads the lexicon), or 0.6 sure of a person's
///   name of two words or more, which it reads best (chosen in
///   cross-validation and checked on news; a single word from 0.6 gained in
///   cross-validation but typed firms as people: bench/README.md).
/// - A name the rules found by its look alone, where the model sees no name
///   at all, is dropped, unless an alias, an acronym or the same string
///   elsewhere gives it a type after all.
/// - Where the model sees another kind of name ("Olympics", "French"), a
///   look-alone guess under it is dropped likewise.
/// DOCUMENT and EVENT stay with the rules (the model knows neither). The
/// user's lexicon is laid over all of this by AnnotatedDocument, so it
/// always wins.
bool RecognizerPass::brandWithin(qsizetype first, qsizetype last) const
{
    for (qsizetype k = first; k <= last; ++k)
        if (brandsCamelCase(k))
            return true;
    return false;
}

bool RecognizerPass::brandsCamelCase(qsizetype k) const
{
    // Three lower-case letters or more between the capital that opens the
    // word and the next one; not "Fitz…", which opens family names.
    const Word &t = m_tokens.at(k);
    if (!t.is(Word::InnerCaps) || !t.is(Word::Capitalized) || t.is(Word::AllCaps))
        return false;
    const QStringView w = word(k);
    qsizetype lower = 0;
    for (qsizetype p = 1; p < w.size() && w.at(p).isLower(); ++p)
        ++lower;
    if (lower < 3 || 1 + lower >= w.size() || !w.at(1 + lower).isUpper() || w.startsWith(u"Fitz"))
        return false;
    // And the part after it an ordinary word, as a brand's is ("…Scan",
    // "…Vault"); a name written in one with its second part ("ShivaRaje")
    // is no brand.
    qsizetype end = 2 + lower;
    while (end < w.size() && w.at(end).isLower())
        ++end;
    const QStringView part = w.mid(1 + lower, end - 1 - lower);
    return part.size() >= 3 && (m_g.lexicon.bits(foldedHash(part)) & EnglishLexicon::Lower);
}

void RecognizerPass::applyModel()
{
    constexpr float MinConfidence = 0.65f;
    constexpr float MinConfidenceForAPerson = 0.6f; // of two words or more
    const auto minConfidence = [](const ModelSpan &m) {
        return m.type == 1 && m.last > m.first ? MinConfidenceForAPerson : MinConfidence;
    };
    const bool combined = m_parts != RecognizerParts::ModelOnly;
    // The rules' candidates do not overlap one another; in text order, a sweep finds those under each segment.
    if (combined) {
        // They are made nearly in text order (a chunk's rules in turn, the
        // dateline's place last): only what follows the first one out of
        // order is sorted, then merged, as a stable sort of all would order them.
        const auto byStart = [](const Candidate &a, const Candidate &b) { return a.first < b.first; };
        const auto sortedEnd = std::is_sorted_until(m_candidates.begin(), m_candidates.end(), byStart);
        std::stable_sort(sortedEnd, m_candidates.end(), byStart);
        std::inplace_merge(m_candidates.begin(), sortedEnd, m_candidates.end(), byStart);
    }
    const qsizetype count = m_candidates.size();
    // Segments whose outcome the model cannot change are not decoded (most of
    // the time the model takes): those wholly under the rules' stronger
    // decisions, and a lone ordinary word that starts a sentence with no
    // candidate on it ("The", "However").
    qsizetype sweep = 0;
    const auto settled = [&](qsizetype first, qsizetype last) {
        if (!combined)
            return false;
        while (sweep < count && m_candidates.at(sweep).last < first)
            ++sweep;
        if (sweep >= count || m_candidates.at(sweep).first > last)
            return first == last && m_initial.at(first) && isCommon(first) && !has(first, FirstName);
        qsizetype k = first;
        for (qsizetype c = sweep; c < count && m_candidates.at(c).first <= last; ++c) {
            const Candidate &cand = m_candidates.at(c);
            const bool ownType = cand.type.isEmpty() || modelsType(cand.type);
            if (cand.first > k || (ownType && (cand.strength < ByRule || cand.town)))
                return false;
            k = cand.last + 1;
        }
        return k > last;
    };
    // A two-stage model first reads every segment, settled or not, so that
    // its second stage knows how each word reads elsewhere in the article.
    NerVotes votes;
    if (m_model->stages() > 1)
        forEachModelSegment([](qsizetype, qsizetype) { return false; },
                            [this, &votes](const ModelSegment &s) { m_model->vote(s, votes); });
    const std::vector<ModelSpan> spans = decodeModel(settled, votes);
    const auto typeName = [](int type) -> const QString & {
        return type == 1 ? types().person : type == 2 ? types().organization : types().location;
    };
    const auto modelCandidate = [&](const ModelSpan &m) {
        Candidate c;
        // A place's abbreviated first word read with the name is part of
        // it, as the rules' chunks() make it: "St. Kessel Rovers".
        c.first = m.first > 0 && placePrefix(m.first - 1) && modelJoined(m.first) ? m.first - 1 : m.first;
        c.last = m.last;
        c.type = typeName(m.type);
        c.why = NerModel::reason(m.confidence);
        c.strength = ByModel;
        return c;
    };
    if (m_parts == RecognizerParts::ModelOnly) {
        for (const ModelSpan &m : spans)
            if (m.type >= 1 && m.type <= 3)
                m_candidates.append(modelCandidate(m));
        return;
    }
    std::vector<quint8> state(std::size_t(count), 0); // 1 under a model span, 2 dropped
    QList<Candidate> added;
    qsizetype c0 = 0;
    for (ModelSpan m : spans) {
        // "the Velmar-based Orsa Trust": the adjective is no part of the
        // name, as for the rules (classify()). (Alone, "Velmar-based", it
        // holds the name the model read.)
        while (m.first < m.last && isModifier(m.first))
            ++m.first;
        // Nor is a nationality before a person's name ("the Belgian Tamsin
        // Orrell"), unless it is a given name too.
        if (m.type == 1 && m.first < m.last && has(m.first, Demonym) && !has(m.first, FirstName))
            ++m.first;
        while (c0 < count && m_candidates.at(c0).last < m.first)
            ++c0;
        bool rulesWin = false;
        bool cutPerson = false;
        qsizetype start = m.first;
        qsizetype end = m.last;
        for (qsizetype c = c0; c < count && m_candidates.at(c).first <= m.last; ++c) {
            const Candidate &cand = m_candidates.at(c);
            state[std::size_t(c)] = 1;
            const bool ownType = cand.type.isEmpty() || modelsType(cand.type);
            // A listed place that is only part of the model's longer name
            // is a word of that name ("Air Kestria", "Port Vell Harbour
            // Board", "North Tamsby"), not the place it names alone.
            const bool placeWithin = cand.strength == ByList && cand.type == EntityTypes::Location
                && (cand.first > m.first || cand.last < m.last);
            // Likewise an organisation the rules found by a cue word, an
            // acronym or a short form, inside the model's longer
            // organisation: the rules know the name is there, the model
            // knows better where it starts and ends ("the Tamsby Department
            // of Coastal Enforcement", where the cue word "Department" stops
            // the rules before "Enforcement"). Not for people, where the
            // rules' edges are the better ones (a title before a name).
            const bool organisationWithin = m.type == 2 && cand.strength == ByRule
                && cand.type == EntityTypes::Organization && (cand.first > m.first || cand.last < m.last);
            const bool townRetyped = cand.town && m.type != 3;
            rulesWin = rulesWin || !ownType
                || (cand.strength >= ByRule && !placeWithin && !organisationWithin && !townRetyped);
            // Where that organisation starts before the model's name, at
            // a possessive inside the name, the two are one: the model
            // lost the start at the possessive, the rules the end
            // ("King's College" and "College Kessary"). (Not two names
            // side by side: "the Velm Centre for the Orsa University" and
            // "Orsa University Rovers".)
            if (organisationWithin && cand.first < start && afterPossessive(m.first))
                start = cand.first;
            // A person's name the rules read by its look on past the
            // model's end, over a particle written in lower case ("Abu
            // Tarik al-Vessani", "Ismet bin Dorvan"): the model reads such
            // words as no name's.
            if (m.type == 1 && cand.type == EntityTypes::Person && cand.strength == ByShape
                && cand.first <= m.first && cand.last > m.last) {
                for (qsizetype k = m.last + 1; k <= cand.last; ++k)
                    if (!m_tokens.at(k).is(Word::Capitalized))
                        end = std::max(end, cand.last);
            }
            // A person's name the model ends where the rules' name goes on
            // to an ordinary word is the start of a thing named after the
            // person ("the Ivo Kessel Space Telescope"): a person's name does
            // not go on with words of the language.
            cutPerson = cutPerson
                || (m.type == 1 && cand.type.isEmpty() && cand.first <= m.first && cand.last > m.last
                    && ordinaryWord(cand.last));
        }
        if (m.type == 4) {
            // Another kind of name ("Olympics", "French"): not a person, organisation or place.
            for (qsizetype c = c0; c < count && m_candidates.at(c).first <= m.last; ++c)
                if (m_candidates.at(c).strength <= ByShape)
                    m_candidates[c].modelSaysNone = true;
            continue;
        }
        if (rulesWin || cutPerson || m.confidence < minConfidence(m))
            continue;
        for (qsizetype c = c0; c < count && m_candidates.at(c).first <= m.last; ++c)
            state[std::size_t(c)] = 2;
        // A word of a brand's kind of camel case ("Tessel BookGrid",
        // "SoftVault") is no word of a person's name, whose inner capitals
        // follow a short prefix ("McAllen", "MacLeod", "DeVane", "LaRue"):
        // the name is the firm's or the service's.
        added.append(modelCandidate(m));
        if (m.type == 1 && brandWithin(m.first, m.last)) {
            added.last().type = types().organization;
            added.last().why = QStringLiteral("name written in camel case");
        }
        added.last().first = std::min(added.last().first, start);
        added.last().last = std::max(added.last().last, end);
    }
    // Compacted in place, in the same order: a second list of the
    // candidates would be the largest thing a long article's recognition
    // holds at once.
    Candidate *const cands = m_candidates.data();
    qsizetype kept = 0;
    for (qsizetype c = 0; c < count; ++c) {
        if (state[std::size_t(c)] == 2)
            continue;
        Candidate &cand = cands[c];
        // Only the look of the words, and the model read them as no name. (A
        // word in camel case is kept: such words are nearly always names; so
        // is a name after "St." or "Mt.", whose first word says it is one.)
        // An acronym defined in the article, or the same string named
        // elsewhere, may still give it a type: see run().
        if (state[std::size_t(c)] == 0 && cand.strength == ByShape && !m_tokens.at(cand.first).is(Word::InnerCaps)
            && !placePrefix(cand.first))
            cand.modelSaysNone = true;
        if (kept != c)
            cands[kept] = std::move(cand);
        ++kept;
    }
    m_candidates.resize(kept);
    m_candidates.append(std::move(added));
}

EntityList RecognizerPass::run(QList<AcronymDefinition> *acronyms)
{
    const qsizetype n = m_tokens.size();
    findListedNames();
    if (m_parts != RecognizerParts::ModelOnly) {
        const auto spans = chunks();
        for (const auto &[first, last] : spans)
            classify(first, last);
        // A dateline opens with the place the story was filed from, in capitals
        // that would otherwise read as an acronym or an unknown name, and
        // maybe its region's or country's after a comma ("Sarn" of "ORVIK,
        // Sarn —"), which may be in no list.
        for (const TextRange &place : std::as_const(m_datelinePlaces)) {
            const qsizetype first = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), place.start,
                                                     [](const Word &t, qsizetype p) { return t.start < p; })
                - m_tokens.cbegin();
            qsizetype last = first;
            while (last + 1 < n && m_tokens.at(last + 1).end <= place.end)
                ++last;
            if (first < n && m_tokens.at(first).end <= place.end)
                addCandidate(first, last, types().location, QStringLiteral("place of the dateline"), ByList);
        }
    }
    if (m_model && m_parts != RecognizerParts::RulesOnly)
        applyModel();
    // What only the rules' and the model's reading of the words needed (a
    // megabyte or two each for a long article) goes before the last steps
    // make their lists; of the sentences' starts, only whether each
    // candidate has one.
    for (Candidate &c : m_candidates)
        c.initial = m_initial.at(c.first);
    releaseMemory(m_nameStarts);
    releaseMemory(m_initial);
    releaseMemory(m_listed);
    if (m_parts != RecognizerParts::ModelOnly) {
        sidesOfAScore();
        resolveAcronymsAndAliases(acronyms);
        whatOnlyOrganizationsHave();
        kindBeforeAList();
        bodiesNamedLikePlaces();
        shareTypesInCoordinations();
        applyOneTypePerString();
    }
    // A name of several words that fills a pair of quotation marks, maybe
    // after an article inside them, is the title of a work ("The Salt
    // Road", a film; "Harbour Lights", a song), not what its words name:
    // unless the list holds it, or it is a person's by a given name or a
    // title before it.
    const auto quoted = [this](const Candidate &c) {
        const qsizetype first = c.first > 0 && joined(c.first) && isDeterminer(c.first - 1)
                && m_tokens.at(c.first - 1).is(Word::Capitalized)
            ? c.first - 1
            : c.first;
        const qsizetype before = m_tokens.at(first).start - 1;
        const qsizetype after = m_tokens.at(c.last).end;
        if (before < 0 || after >= m_text.size())
            return false;
        const char16_t open = m_text.at(before).unicode();
        const char16_t close = m_text.at(after).unicode();
        return (open == u'"' && close == u'"') || (open == 0x201C && close == 0x201D);
    };
    for (Candidate &c : m_candidates) {
        if (c.modelSaysNone && c.strength <= ByShape)
            c.type.clear();
        if (!c.type.isEmpty() && c.last > c.first && c.strength < ByList
            && !(c.type == EntityTypes::Person && c.strength >= ByRule) && quoted(c))
            c.type.clear();
        // A dateline names a place, a date and an agency, never a person:
        // "Jan." of "OSLO, Jan. 21 (Reuters) —" is the month.
        if (c.type == EntityTypes::Person && !m_dateline.isEmpty() && m_tokens.at(c.first).start >= m_dateline.start
            && m_tokens.at(c.last).end <= m_dateline.end)
            c.type.clear();
        // A month before a day or a year is a date, whoever shares its
        // name: "Jan. 5", "May 2019" (not "Jan Kessel").
        if (c.first == c.last && has(c.first, DateWord) && c.last + 1 < m_tokens.size()
            && !m_tokens.at(c.last + 1).newlineBefore && m_text.at(m_tokens.at(c.last + 1).start).isDigit())
            c.type.clear();
    }

    // Stronger candidates, then longer ones, keep their place.
    QList<qsizetype> order;
    order.reserve(m_candidates.size());
    for (qsizetype c = 0; c < m_candidates.size(); ++c)
        if (!m_candidates.at(c).type.isEmpty())
            order.append(c);
    std::stable_sort(order.begin(), order.end(), [this](qsizetype x, qsizetype y) {
        const Candidate &a = m_candidates.at(x);
        const Candidate &b = m_candidates.at(y);
        if (a.strength != b.strength)
            return a.strength > b.strength;
        return (a.last - a.first) > (b.last - b.first);
    });
    QList<bool> taken(n, false);
    QList<qsizetype> kept;
    kept.reserve(order.size());
    for (const qsizetype index : std::as_const(order)) {
        const Candidate &c = m_candidates.at(index);
        bool free = true;
        for (qsizetype k = c.first; k <= c.last && free; ++k)
            free = !taken.at(k);
        if (!free)
            continue;
        for (qsizetype k = c.first; k <= c.last; ++k)
            taken[k] = true;
        kept.append(index);
    }
    std::sort(kept.begin(), kept.end(),
              [this](qsizetype x, qsizetype y) { return m_candidates.at(x).first < m_candidates.at(y).first; });
    QList<TextRange> ranges;
    ranges.reserve(kept.size());
    for (const qsizetype index : std::as_const(kept)) {
        const Candidate &c = m_candidates.at(index);
        ranges.append({m_tokens.at(c.first).start, m_tokens.at(c.last).end});
    }
    // The per-token lists are done with. For a long article they are most of
    // the memory recognition takes, so they go before the result is made.
    // (Not "list = {}": since Qt 6.6 that assigns an empty initializer list,
    // which keeps the list's block.)
    releaseMemory(taken);
    releaseMemory(m_tokens);
    releaseMemory(m_ids);
    releaseMemory(m_headline);
    releaseMemory(m_commonCache);
    releaseMemory(m_lowerSeen);
    releaseMemory(m_gazetteer);
    EntityList result;
    result.reserve(kept.size());
    // The candidates are done with too: their strings move into the entities.
    for (qsizetype k = 0; k < kept.size(); ++k) {
        Candidate &c = m_candidates[kept.at(k)];
        Entity e;
        e.range = ranges.at(k);
        e.type = std::move(c.type);
        e.why = std::move(c.why);
        e.canonical = std::move(c.canonical);
        result.append(std::move(e));
    }
    return result;
}

} // namespace Annalist
