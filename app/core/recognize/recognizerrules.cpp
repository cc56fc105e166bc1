// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

// How one run of capitalized words is classified: the rules of
// RecognizerPass::classify(), in order.

#include "recognize/recognizerpass_p.h"

#include <algorithm>
#include <array>

namespace Annalist {

namespace {

QString cueType(quint32 flags)
{
    const EntityTypes::Shared &types = EntityTypes::shared();
    if (flags & OrgCue)
        return types.organization;
    if (flags & DocCue)
        return types.document;
    if (flags & EventCue)
        return types.event;
    if (flags & LocCue)
        return types.location;
    return {};
}

} // namespace

// The rules of classify(), in the order they are tried: the first that
// decides ends the search. recognizer.h lists them for the reader.
const std::array<RecognizerPass::Rule, 33> RecognizerPass::ClassifyRules{
    &RecognizerPass::listedName, // "Republic of Palanka"
    &RecognizerPass::titlesInFront, // "President Mara Lindqvist"
    &RecognizerPass::titleInside, // "Harbour Board Chairman Ivo Kessel"
    &RecognizerPass::nameAfterOrganization, // "… Water Ministry Ivo Kessel"
    &RecognizerPass::storm, // "Typhoon Velma"
    &RecognizerPass::organizationDescriptor, // "the band Velvet Harbour"
    &RecognizerPass::organizationKindAfter, // "the Velm party"
    &RecognizerPass::placeNounOf, // "the town of Santa Velma"
    &RecognizerPass::afterCompassPoint, // "in northern Velmaria"
    &RecognizerPass::beforeOrganizationRole, // "Velm Mining chief Ivo Kessel"
    &RecognizerPass::describedAfter, // "Brindlow, the Dutch maker of …"
    &RecognizerPass::describedBefore, // "in the capital, Vesprava."
    &RecognizerPass::hyphenatedGivenName, // "Kwon Jae-sung"
    &RecognizerPass::singleWord, // "EUR", "WhatsApp", "Kessel"
    &RecognizerPass::prefixedOrganization, // "FC Velm"
    &RecognizerPass::acronymBeforeWords, // "VSA Horizon"
    &RecognizerPass::cueWordHead, // "Velm Act", "Orsan Foreign Ministry", "13th Meeting of …"
    &RecognizerPass::nameWithConnector, // "Bank of Velm"
    &RecognizerPass::nationalityBeforeListedOrganization, // "Orsan Lifeboat Society"
    &RecognizerPass::placeBeforeRegionRule, // "Harwick Springs, Vermont"
    &RecognizerPass::tradeNameLast, // "Norvik Energy"
    &RecognizerPass::bodyNamedForACountry, // "Statistics Velmaria", "Air Orsa"
    &RecognizerPass::oneNameAmongOrdinaryWords, // "VTO Member States"
    &RecognizerPass::listedNameInside, // "Northern Palanka", "Velm Star"
    &RecognizerPass::titleBefore, // "then-President Mara Lindqvist"
    &RecognizerPass::leadingNationality, // "Orsan Mara Lindqvist"
    &RecognizerPass::knownFirstName, // "Mara Lindqvist"
    &RecognizerPass::nameWithInitial, // "Ivo K. Kessel"
    &RecognizerPass::placePrefixFirst, // "St. Elvan", "Mt. Windy Crest", "Lake Velm"
    &RecognizerPass::ordinaryNounLast, // "Harrow Logistics"
    &RecognizerPass::nameBeforeSpeechVerb, // "Kessel Dorn said"
    &RecognizerPass::inHeadline, // "Fire Destroys Historic Mill"
    &RecognizerPass::capitalizedWords, // anything else: a person, by its look
};

void RecognizerPass::classify(qsizetype first, qsizetype last)
{
    // "the Velmar-based Orsa Trust": the adjective is no part of the name.
    while (first <= last && (isDeterminer(first) || !namey(first) || isModifier(first)))
        ++first;
    while (last >= first && !namey(last))
        --last;
    if (first > last)
        return;
    // A title after a name is not part of it: "Palanka Governor"; one
    // after a connector is: "Chamber of Deputies", "Council of Ministers".
    while (last > first && isTitle(last) && !has(last, AnyCue) && namey(last - 1))
        --last;
    Span span;
    span.first = first;
    span.last = last;
    for (const Rule rule : ClassifyRules)
        if ((this->*rule)(span))
            return;
}

void RecognizerPass::scan(Span &s) const
{
    if (s.scanned)
        return;
    for (qsizetype k = s.last; k >= s.first && (s.lastConnector < 0 || s.lastCue < 0 || s.lastPersonal < 0); --k) {
        if (s.lastConnector < 0 && !namey(k))
            s.lastConnector = k;
        if (s.lastCue < 0 && has(k, AnyCue))
            s.lastCue = k;
        if (s.lastPersonal < 0 && !isCommon(k))
            s.lastPersonal = k;
    }
    s.scanned = true;
}

/// "Mark Harrow": a given name that is also a word counts when a name follows.
bool RecognizerPass::givenName(qsizetype k, qsizetype last) const
{
    return has(k, FirstName) && !has(k, AnyCue)
        && (!has(k, CommonWord) || (k + 1 <= last && namey(k + 1) && !isCommon(k + 1) && !has(k + 1, NonNameWord)));
}

bool RecognizerPass::listedName(Span &s)
{
    const PhraseTrie::Match &m = gazetteerAt(s.first);
    if (m.tokens != s.length())
        return false;
    const GazetteerEntry &e = m_g.entries.at(m.entry);
    // A given name that is also a listed place or region ("Victoria",
    // "Paul", "Mary"), alone and with no place's words around it, is not
    // a place by the list: the words around it decide (a speech verb, the
    // learned model, and else the given name).
    // So is a town of one word that WordNet knows as part of a person's
    // name ("Harrison", "Cleveland"): GeoNames lists places, not what else
    // their names name.
    const auto personLike = [&] {
        return has(s.first, FirstName)
            || (e.isTown() && (m_g.lexicon.bits(m_tokens.at(s.first).hash) & EnglishLexicon::Person));
    };
    if (s.length() == 1 && e.type() == types().location && e.category() != u"country" && personLike()) {
        const qsizetype i = s.first;
        const bool placeWords = placeBeforeRegion(i)
            || (i > 0 && joined(i)
                && (is(i - 1, u"in") || is(i - 1, u"near") || is(i - 1, u"from") || is(i - 1, u"to")
                    || is(i - 1, u"across") || is(i - 1, u"outside")));
        if (!placeWords)
            return false;
    }
    // A place's name right after a kind of organisation in lower case is
    // that organisation's ("the streaming firm Molise", "the band
    // Kessary"): the words before it say more than a list of places, whose
    // names name other things too (organizationDescriptor() reads them).
    // Not a country's ("the team Velmar" is the country's team).
    if (e.type() == types().location && e.category() != u"country" && s.first > 0 && joined(s.first)
        && lowerWith(s.first - 1, OrgDescriptor))
        return false;
    // (A listed place after "the villages of" begins a list that
    // placeNounOf() goes on with: "… of Beira and Santo Velmo".)
    if (e.type() == types().location && placeKindOfBefore(s.first))
        m_placeList = m_candidates.size();
    addCandidate(s.first, s.last, e.type(), e.why(), ByList, m_g.names.isAlias(m) ? e.canonical : QString());
    m_candidates.last().town = e.isTown();
    return true;
}

bool RecognizerPass::titlesInFront(Span &s)
{
    const qsizetype first = s.first;
    const qsizetype last = s.last;
    // (A title's possessive opens a name of its own, "King's College".)
    qsizetype p = first;
    while (p <= last && !(p < last && afterPossessive(p + 1))
           && (isTitle(p) || ((has(p, NonNameWord) || isCommon(p)) && p + 1 <= last && isTitle(p + 1))
               || (has(p, NonNameWord) && p + 2 <= last && isCommon(p + 1) && isTitle(p + 2))))
        ++p;
    if (p == first)
        return false;
    if (p > last)
        return true; // a title alone is not a name
    // A name after the title has a word that can be a name: "Major League
    // Baseball" and "President Equity Trading" are made of ordinary words.
    bool personal = false;
    for (qsizetype k = p; k <= last; ++k)
        personal = personal || (namey(k) && !isCommon(k) && !ordinaryWord(k));
    const bool cue = has(headOf(p, last), AnyCue) && last > p;
    const bool listed = gazetteerAt(p).tokens == last - p + 1;
    if (personal && !cue && !listed && !hasConnector(p, last)) {
        addCandidate(p, last, types().person, QString(u"title before a name (" + spanText(first, p - 1) + u')'), ByRule);
        return true;
    }
    classify(p, last);
    return true;
}

bool RecognizerPass::titleInside(Span &s)
{
    // What is asked of the words after each title (a connector, a cue, a
    // word that is not ordinary) is read once, backwards, as the last such
    // word (scan()), so that a long run of titles and cues costs linear
    // time. r: the end of the run of titles that starts at q; within one
    // run it is the same for every q, so it is found once per run.
    const qsizetype first = s.first;
    const qsizetype last = s.last;
    for (qsizetype q = first + 1, r = first; q <= last; ++q) {
        if (!isTitle(q) || !namey(q))
            continue;
        if (q > r) {
            r = q;
            while (r <= last && (isTitle(r) || (has(r, CommonWord) && r + 1 <= last && isTitle(r + 1))))
                ++r;
        }
        scan(s);
        if (r > last || s.lastConnector >= q)
            continue;
        const bool personal = s.lastPersonal >= r;
        const bool cue = s.lastCue >= r;
        if (personal && !cue) {
            // The words before the title may end in a description ("Executive").
            qsizetype before = q - 1;
            while (before >= first && has(before, CommonWord) && !has(before, AnyCue))
                --before;
            if (before >= first)
                classify(first, before);
            classify(q, last);
            return true;
        }
    }
    return false;
}

bool RecognizerPass::nameAfterOrganization(Span &s)
{
    // Only the last cue word can head that organization (after any other
    // comes a cue), so it alone is looked at.
    scan(s);
    const qsizetype q = s.lastCue;
    if (q < s.first || q >= s.last || !has(q, OrgCue | DocCue | EventCue) || s.lastConnector > q)
        return false;
    // "Fundación Velma": a head that comes first (cueWordHead()).
    if (q == s.first && has(q, LeadingOrgCue))
        return false;
    bool allCommon = true;
    for (qsizetype k = q + 1; k <= s.last; ++k)
        allCommon = allCommon && has(k, NonNameWord);
    if (allCommon)
        return false;
    // "Imperial College Lonsby", "University College Kessary": a body
    // and the city or town it stands in, with nothing between, is one
    // name (a person after a body comes with a given name or a title).
    if (const PhraseTrie::Match &m = gazetteerAt(q + 1);
        has(q, OrgCue) && !has(q, DocCue | EventCue) && m.tokens == s.last - q && !has(q + 1, FirstName)) {
        const GazetteerEntry &place = m_g.entries.at(m.entry);
        if (place.type() == types().location && (place.isSettlement() || place.category() == u"region")) {
            addCandidate(s.first, s.last, types().organization, QString(u"cue word: " + word(q)), ByRule);
            return true;
        }
        // So is a body's word alone before a country ("Radio Velmaria",
        // "Police Orsa"): bodyNamedForACountry() reads it.
        if (q == s.first && bodysWordBeforeACountry(q))
            return false;
    }
    const qsizetype last = s.last;
    classify(s.first, q);
    classify(q + 1, last);
    return true;
}

bool RecognizerPass::singleWord(Span &s)
{
    if (s.length() != 1)
        return false;
    const qsizetype i = s.first;
    const Word &t = m_tokens.at(i);
    if (has(i, Demonym))
        return true;
    if (t.is(Word::AllCaps)) {
        // Shouted words ("ALL"), versions ("IE6"), Roman numerals ("XVII")
        // and currency codes ("EUR") are not organizations.
        const QStringView w = word(i);
        bool roman = true;
        for (QChar c : w)
            roman = roman && QStringView(u"IVXLCDM").contains(c);
        if (!has(i, CommonWord | CurrencyCode) && !t.is(Word::HasDigit) && !roman && t.length() >= 2
            && t.length() <= 8)
            addCandidate(i, i, types().organization, QStringLiteral("acronym"), ByShape);
        else
            m_candidates.append(Candidate{i, i, {}, {}, {}, Unresolved, true, false});
        return true;
    }
    // A word in camel case is a brand's or a firm's, unless it is an
    // ordinary word: the dictionary or the article writes it in lower case.
    if (t.is(Word::InnerCaps) && !word(i).startsWith(u"Mc") && !word(i).startsWith(u"Mac")
        && !(m_g.lexicon.bits(t.hash) & EnglishLexicon::Lower) && !isCommon(i)) {
        addCandidate(i, i, types().organization, QStringLiteral("name written in camel case"), ByShape);
        return true;
    }
    // Nothing known yet: resolveAcronymsAndAliases() and
    // applyOneTypePerString() may give it a type.
    Candidate c;
    c.first = c.last = i;
    c.commonWord = isCommon(i) || has(i, TitleWord | AnyCue) || t.is(Word::Initial) || t.length() < 2;
    m_candidates.append(c);
    return true;
}

bool RecognizerPass::prefixedOrganization(Span &s)
{
    // "FC Velm", "VfB Orsan", "Dinamo Kessary": a club's prefix, written
    // as listed (not "Fc", nor a word in lower case), before a capitalized
    // word that is no given name (initials: "AC Mara Lind") nor in capitals
    // itself (a line in capitals), and no cue of another type at the head.
    const qsizetype first = s.first;
    // "Harbour City FC", "Valmora CF": English and Spanish write some of
    // those after the club's place, where they say the same.
    static constexpr std::array<QStringView, 6> suffixes{u"FC", u"AFC", u"CF", u"SC", u"SK", u"FK"};
    if (s.length() >= 2 && has(s.last, OrgPrefix) && m_tokens.at(s.last).is(Word::AllCaps)
        && !m_tokens.at(s.last - 1).is(Word::AllCaps)
        && std::find(suffixes.begin(), suffixes.end(), word(s.last)) != suffixes.end()) {
        addCandidate(first, s.last, types().organization, QString(u"club's suffix (" + word(s.last) + u')'), ByRule);
        return true;
    }
    const Word &prefix = m_tokens.at(first);
    if (s.length() < 2 || !has(first, OrgPrefix) || !prefix.is(Word::Capitalized)
        || !(prefix.is(Word::InnerCaps) || prefix.is(Word::AllCaps) || prefix.length() > 3)
        || m_tokens.at(first + 1).is(Word::AllCaps)
        || has(first + 1, FirstName))
        return false;
    const qsizetype head = headOf(first, s.last);
    if (head != first && has(head, LocCue | DocCue | EventCue))
        return false;
    addCandidate(first, s.last, types().organization, QString(u"club's prefix (" + word(first) + u')'), ByRule);
    return true;
}

bool RecognizerPass::acronymBeforeWords(Span &s)
{
    const qsizetype first = s.first;
    const qsizetype last = s.last;
    if (!m_tokens.at(first).is(Word::AllCaps) || m_tokens.at(first + 1).is(Word::AllCaps)
        || has(headOf(first, last), AnyCue) || hasConnector(first, last))
        return false;
    classify(first, first);
    classify(first + 1, last);
    return true;
}

bool RecognizerPass::cueWordHead(Span &s)
{
    const qsizetype first = s.first;
    const qsizetype last = s.last;
    // "Fundación Velma", "Banco de Orsa", "Institut Kessel": languages that
    // put the head first.
    if (s.length() > 1 && has(first, LeadingOrgCue) && m_tokens.at(first).is(Word::Capitalized)) {
        addCandidate(first, last, types().organization, QString(u"cue word: " + word(first)), ByRule);
        return true;
    }
    qsizetype head = headOf(first, last);
    // "National Meteorology and Hydrology Service": fields joined by "and"
    // before the cue word (chunks()), which heads the whole.
    if (!has(head, AnyCue) && has(last, OrgCue) && is(head + 1, u"and")) {
        bool andOnly = true;
        for (qsizetype k = head + 2; k < last && andOnly; ++k)
            andOnly = namey(k);
        if (andOnly)
            head = last;
    }
    if (!has(head, AnyCue) || (head == first && !hasConnector(first, last)))
        return false;
    // A given name before a place's cue word that is also a family name
    // ("Grace Park", "Benny Hill", as the dictionary knows them) may be a
    // person's; before one that is none, it is a place named for someone
    // ("Franklin County", "Victoria Avenue").
    const bool personFirst = has(first, FirstName) && s.length() == 2 && !has(first, CommonWord)
        && (m_g.lexicon.bits(m_tokens.at(head).hash) & EnglishLexicon::Person);
    if (personFirst && !has(head, OrgCue))
        return false;
    // A numbered one is an occasion, and the number is part of its name:
    // "13th Meeting of …", "22nd Forum of …" (a Forum alone may be a body).
    const bool numbered = has(head, EventCue | AlsoEventCue) && first > 0 && joined(first) && isOrdinal(first - 1);
    const QString type = numbered ? types().event : cueType(flagsOf(head));
    addCandidate(numbered ? first - 1 : first, last, type,
                 (numbered ? QStringLiteral("numbered occasion, cue word: ") : QStringLiteral("cue word: "))
                     + word(head).toString(),
                 ByRule);
    return true;
}

bool RecognizerPass::storm(Span &s)
{
    // "Typhoon Velma", "Tropical Storm Velma": a storm's prefix, capitalized,
    // before the last word, and not a given name ("Storm" is one).
    for (qsizetype k = s.first; k < s.last && k <= s.first + 1; ++k) {
        if (has(k, EventPrefix) && m_tokens.at(k).is(Word::Capitalized) && !has(k, FirstName)) {
            addCandidate(s.first, s.last, types().event, QString(u"storm's name (" + word(k) + u" \u2026)"), ByRule);
            return true;
        }
    }
    return false;
}

bool RecognizerPass::organizationDescriptor(Span &s)
{
    // "the band Velvet Harbour", "battery maker Quellor", "the Dutch firm
    // Brindl": a kind of organisation in lower case right before the name
    // says what it is, over a place's cue word at its end ("Harbour"). Not
    // before a known given name, where the name is likelier a person's who
    // did something to it ("the firm Mara Lind founded"), nor before an
    // ordinary word alone, which begins a sentence a writer did not stop
    // ("great service I will be back").
    //   Nor does a noun need to: "the Velmar-based Orsa Freight", "the
    // state-owned Brindl" describe the name by where a body is based, listed
    // or registered, or by who owns it, which a person is not.
    // (A name that ends in an organisation's cue word is left to that rule.)
    //   "side" is a team only after a competition's or a country's name
    // ("Premier League side Rennvo", "the Dravenian side Orsa"): after a
    // word in lower case it is a place's side ("the south-west side, Orsa").
    const qsizetype first = s.first;
    const bool teamSide = first >= 2 && is(first - 1, u"side") && m_tokens.at(first - 1).is(Word::Lowercase)
        && joined(first - 1) && m_tokens.at(first - 2).is(Word::Capitalized);
    if (first == 0 || !joined(first)
        || !(lowerWith(first - 1, OrgDescriptor) || teamSide
             || (bodysModifier(first - 1) && word(first).size() > 1 && !has(s.last, OrgCue)))
        || givenName(first, s.last) || isTitle(first) || (s.length() == 1 && isCommon(first)))
        return false;
    addCandidate(first, s.last, types().organization, QString(u"after \"" + word(first - 1) + u'"'), ByRule);
    // ("the streaming firm Molise" names the firm for the whole article; not
    // "two giant Velm plants", where no article opens the description and
    // the name may be a noun's modifier.)
    for (qsizetype k = first - 1; k >= std::max<qsizetype>(0, first - 4) && joined(k + 1); --k) {
        if (isDeterminer(k) || possessiveAfter(k)) {
            m_candidates.last().body = Candidate::Body::Words;
            break;
        }
        if (!m_tokens.at(k).is(Word::Lowercase))
            break;
    }
    return true;
}

bool RecognizerPass::bodysModifier(qsizetype i) const
{
    if (!isModifier(i))
        return false;
    // (Where, a name: "Velmar-based", not "design-based"; who owns it may be
    // a common noun, "state-owned", "family-owned".)
    const QStringView w = word(i);
    const QStringView tail = w.mid(w.lastIndexOf(u'-') + 1);
    if (tail == u"owned")
        return true;
    return w.front().isUpper()
        && (tail == u"based" || tail == u"headquartered" || tail == u"listed" || tail == u"registered");
}

bool RecognizerPass::organizationKindAfter(Span &s)
{
    // "the opposition Velm party", "the Orsa movement": a kind of
    // organisation in lower case right after the name. Not after a
    // nationality or another adjective ("a Dutch party"), a known given
    // name ("Mara Lind party members"), or an ordinary word a sentence
    // starts with ("Every party").
    // So does a kind of place in the singular that is also a place's cue
    // word ("the Orsa region", "Velm province", "the Dravna district"),
    // whatever else the name names in the article, unless an
    // organisation's word follows ("the Velm city council").
    const qsizetype n = m_tokens.size();
    const qsizetype k = s.last + 1;
    if (k >= n || !joined(k) || !m_tokens.at(k).is(Word::Lowercase))
        return false;
    const bool organisation = has(k, OrgKindAfter);
    const bool place = !organisation && has(k, PlaceNoun) && has(k, LocCue)
        && !(k + 1 < n && joined(k + 1) && m_tokens.at(k + 1).is(Word::Lowercase) && has(k + 1, AnyCue | PlaceNoun));
    if ((!organisation && !place) || givenName(s.first, s.last) || isTitle(s.first)
        || (s.length() == 1 && isCommon(s.first)))
        return false;
    for (qsizetype i = s.first; i <= s.last; ++i)
        if (has(i, Demonym) || (m_g.lexicon.bits(m_tokens.at(i).hash) & EnglishLexicon::Adjective))
            return false;
    // (A company's legal form in lower case is a word of its name: "Harlow plc".)
    addCandidate(s.first, is(k, u"plc") ? k : s.last, place ? types().location : types().organization,
                 QString(u"before \"" + word(k) + u'"'), ByRule);
    return true;
}

bool RecognizerPass::beforeOrganizationRole(Span &s)
{
    // "Quellor chief Ivo Kessel", "Orsa coach Mara Lind": a name, a role in
    // lower case (a second word may follow: "chief executive"), then a
    // person's name: the first name is the organisation the person works
    // for. Roles held in a place ("governor", "mayor") are not listed, and
    // a listed place was taken by listedName() before this.
    const qsizetype n = m_tokens.size();
    qsizetype k = s.last + 1;
    // ("CEO" is written in capitals.)
    if (k >= n || !joined(k) || !has(k, OrgRole)
        || !(m_tokens.at(k).is(Word::Lowercase) || m_tokens.at(k).is(Word::AllCaps)))
        return false;
    ++k;
    if (k < n && joined(k) && m_tokens.at(k).is(Word::Lowercase) && has(k, TitleWord | OrgRole))
        ++k;
    if (k >= n || !joined(k) || !m_tokens.at(k).is(Word::Capitalized) || !namey(k))
        return false;
    // Not a nationality ("Orsan coach …"), a known given name, or an
    // ordinary word a sentence starts with ("Former chief …").
    if (has(s.first, Demonym | FirstName) || isTitle(s.first) || (s.length() == 1 && isCommon(s.first)))
        return false;
    addCandidate(s.first, s.last, types().organization, QString(u"before \"" + word(s.last + 1) + u"\" and a name"),
                 ByRule);
    return true;
}

bool RecognizerPass::pastParticiple(qsizetype k) const
{
    // A participle that begins a description's post-modifier: "a company
    // spun out of …", "a firm founded by …", "the group based in …".
    if (!m_tokens.at(k).is(Word::Lowercase))
        return false;
    const QStringView w = word(k);
    if (w.size() > 4 && w.endsWith(u"ed"))
        return true;
    static constexpr std::array<QStringView, 12> irregular{u"spun", u"set", u"run", u"built", u"made", u"known",
                                                           u"led", u"held", u"born", u"grown", u"begun", u"taken"};
    return std::find(irregular.begin(), irregular.end(), w) != irregular.end();
}

RecognizerPass::Description RecognizerPass::apposition(qsizetype i) const
{
    // A comma right after the name, an article, then up to four words in
    // lower case (or a nationality) whose last, where the description
    // ends, is a kind of organisation or a person's role.
    // The article may be left out before a role: ", head of the agency,".
    const qsizetype n = m_tokens.size();
    qsizetype k = i + 1;
    if (k >= n || m_tokens.at(k).newlineBefore || m_tokens.at(k).gapPunct != u','
        || m_text.at(m_tokens.at(i).end) != u',')
        return Description::None;
    // A number of years between commas, or before the sentence's end, is
    // a person's age: "said Orla Tamsin, 41, who …", "Ivo Kessel, 29.",
    // "Tomas Orsk, now 91,", "Ilse Varga, aged 57,".
    if (k + 1 < n && (is(k, u"now") || is(k, u"aged")) && m_tokens.at(k + 1).is(Word::HasDigit) && joined(k + 1))
        ++k;
    if (m_tokens.at(k).is(Word::HasDigit)) {
        const Word &number = m_tokens.at(k);
        const QStringView digits = word(k);
        bool age = digits.size() <= 3 && number.end < m_text.size();
        for (const QChar c : digits)
            age = age && c >= u'0' && c <= u'9';
        if (!age || digits.toInt() < 1 || digits.toInt() > 119)
            return Description::None;
        const QChar after = m_text.at(number.end);
        const bool end = after == u'.' && (number.end + 1 == m_text.size() || m_text.at(number.end + 1).isSpace());
        return after == u',' || end ? Description::Person : Description::None;
    }
    // "Quellor Air, Velmar's third-largest airline,": a listed place's
    // possessive stands where the article would.
    qsizetype possessed = -1;
    if (const PhraseTrie::Match &place = gazetteerAt(k); m_tokens.at(k).is(Word::Capitalized) && place.tokens > 0
        && m_g.entries.at(place.entry).type() == types().location && k + place.tokens < n
        && possessiveAfter(k + place.tokens - 1) && afterPossessive(k + place.tokens))
        possessed = k + place.tokens;
    if (!m_tokens.at(k).is(Word::Lowercase) && possessed < 0)
        return Description::None;
    // "who" refers to a person, and "Tamsin Orrell, who heads the office,"
    // names one however unfamiliar the name ("which" and "that" are no
    // evidence: they refer to people, bodies and places alike).
    if (is(k, u"who") || is(k, u"whom"))
        return Description::Person;
    if (possessed > 0)
        k = possessed - 1;
    const bool article = possessed > 0 || isDeterminer(k);
    if (!article && !(lowerWith(k, TitleWord) && k + 1 < n && joined(k + 1)
                      && (is(k + 1, u"of") || is(k + 1, u"for") || is(k + 1, u"at"))))
        return Description::None;
    if (!article)
        return Description::Person;
    qsizetype end = std::min(n, k + 5);
    for (++k; k < end; ++k) {
        const Word &t = m_tokens.at(k);
        // (An ordinary noun's possessive reads on: "the country's largest
        // charity" is a charity, "the city's mayor" a mayor; the head
        // before the possessive ends the description, below.)
        if (!(joined(k) || k == possessed || afterPossessive(k)))
            return Description::None;
        // ("a Velmar start-up", "the Orsa Bay ferry operator": a listed
        // place's name says where the thing described is.)
        if (const PhraseTrie::Match &place = gazetteerAt(k);
            k != possessed && t.is(Word::Capitalized) && place.tokens > 0
            && m_g.entries.at(place.entry).type() == types().location && k + place.tokens < n) {
            k += place.tokens - 1;
            end = std::min(n, end + place.tokens);
            continue;
        }
        if (!(t.is(Word::Lowercase) || has(k, Demonym)))
            return Description::None;
        const Description kind = lowerWith(k, OrgDescriptor) ? Description::Organization
            : lowerWith(k, EitherAgent)                      ? Description::Either
            : lowerWith(k, TitleWord)                        ? Description::Person
                                                             : Description::None;
        // ("the group of chemicals that …" counts things; it is no group.)
        if (kind == Description::None || (is(k, u"group") && k + 1 < n && is(k + 1, u"of")))
            continue;
        // The head ends the description: a stop, or "of", "for", "at",
        // "from", "in", "that", "who", "which", "based" after it ("the
        // band's singer" is no band, "the chief executive" no chief).
        if (k + 1 >= n)
            return kind;
        const Word &next = m_tokens.at(k + 1);
        const char16_t p = next.gapPunct;
        if (next.newlineBefore || p == u',' || p == u'.' || p == u';' || p == u':' || p == u'(' || p == u')')
            return kind;
        if (p == 0
            && (is(k + 1, u"of") || is(k + 1, u"for") || is(k + 1, u"at") || is(k + 1, u"from") || is(k + 1, u"in")
                || is(k + 1, u"that") || is(k + 1, u"who") || is(k + 1, u"which") || pastParticiple(k + 1)))
            return kind;
        if (p != 0)
            return Description::None;
    }
    return Description::None;
}

qsizetype RecognizerPass::prepositionBefore(qsizetype first) const
{
    // Over a coordination: "in Velm and Orsa".
    while (afterAndOr(first) && m_tokens.at(first - 1).is(Word::Lowercase) && namey(first - 2)) {
        first -= 2;
        while (first > 0 && joined(first) && namey(first - 1))
            --first;
    }
    if (first == 0 || !joined(first))
        return -1;
    qsizetype k = first - 1;
    if (is(k, u"the") && k > 0 && joined(k))
        --k;
    static constexpr std::array<QStringView, 19> prepositions{
        u"of", u"for", u"at", u"from", u"with", u"in", u"on", u"to", u"near", u"by", u"into",
        u"across", u"outside", u"inside", u"like", u"among", u"against", u"about", u"throughout"};
    const QStringView w = word(k);
    for (const QStringView p : prepositions)
        if (w.compare(p, Qt::CaseInsensitive) == 0)
            return k;
    return -1;
}

bool RecognizerPass::describedAfter(Span &s)
{
    // "Brindlow, the Dutch maker of electric bicycles, …", "Quellor
    // Energy, a battery maker, …": the description after the name says
    // what it is; so does "Tamsin, head of the weather agency, …" for a
    // person, but not after a preposition ("In Velmar, the mayor of …",
    // where the name is a place). Not a known given name as an
    // organisation, nor a date ("In October, the band …").
    Description kind = apposition(s.last);
    if (kind == Description::None || has(s.last, DateWord))
        return false;
    // "Quintell, a chip designer,": a trade of firms and people alike
    // describes a firm named in one word that is no given name; a longer
    // name ("Tarvo Lindqvist, a fashion designer,") is left to the rules
    // after this one and the learned model.
    if (kind == Description::Either) {
        if (s.first != s.last || has(s.first, FirstName) || m_tokens.at(s.first).is(Word::AllCaps))
            return false;
        kind = Description::Organization;
    }
    if (kind == Description::Organization) {
        if (givenName(s.first, s.last))
            return false;
        addCandidate(s.first, s.last, types().organization, QStringLiteral("described as an organisation"), ByRule);
        return true;
    }
    // (Nor an acronym: "… Labor MP, founder of …"; nor a name a cue word
    // heads, before its "of" or "for" too: "a student at the Velm
    // Institute for Research on Comets, who led the study".)
    if (has(s.last, AnyCue) || has(headOf(s.first, s.last), AnyCue) || m_tokens.at(s.last).is(Word::AllCaps))
        return false;
    // "who" says a person is meant, wherever the name stands ("the letter
    // went to Tamsin Orrell, who …"), but not that these words are all of
    // the name: not a people ("Orsan Druids, who"), nor a listed name taken
    // as a figure of speech ("the Velmsoft Goliath, who").
    if (is(s.last + 1, u"who") || is(s.last + 1, u"whom")) {
        for (qsizetype k = s.first > 0 && joined(s.first) ? s.first - 1 : s.first; k <= s.last; ++k)
            if (has(k, Demonym) || gazetteerAt(k).tokens > 0)
                return false;
    } else if (afterPreposition(s.first)) {
        return false;
    }
    addCandidate(s.first, s.last, types().person, QStringLiteral("described as a person"), ByRule);
    return true;
}

bool RecognizerPass::placeKindOfBefore(qsizetype first) const
{
    // (Capitalized at a sentence's start: "Residents of Velm Bay said";
    // not in a headline or at a quotation's start, where it may be a
    // name's own word: "the \"City of Bridges\"".)
    const auto capitalizedAtStart = [this](qsizetype k) {
        return has(k, PlaceNoun) && m_initial.at(k) && !m_headline.at(k) && m_tokens.at(k).gapPunct != u'"'
            && m_tokens.at(k).is(Word::Capitalized);
    };
    return first >= 2 && joined(first) && joined(first - 1) && is(first - 1, u"of")
        && (lowerWith(first - 2, PlaceNoun) || capitalizedAtStart(first - 2));
}

bool RecognizerPass::placeNounOf(Span &s)
{
    // "the town of Santa Velma", "the province of Orsa": a kind of place in
    // lower case, then "of", then the name; unless the name's own head says
    // it is something else ("the city of Velm Council").
    const qsizetype first = s.first;
    const Word &t = m_tokens.at(first);
    const bool afterOf = placeKindOfBefore(first);
    // The list goes on: "… of Orsa, Velm and Dravna".
    const qsizetype listEnd = m_placeList < 0 ? -1 : m_candidates.at(m_placeList).last;
    // (After a comma only where more of the list follows, with "and" or
    // "or" at its end: "… in the village of Orsa, Velm grew up" names a
    // person after the place.)
    const auto moreFollows = [this](qsizetype last) {
        const qsizetype n = m_tokens.size();
        for (qsizetype k = last + 1; k + 1 < n && k <= last + 8; ++k) {
            const Word &w = m_tokens.at(k);
            if (w.newlineBefore || (w.gapPunct != 0 && w.gapPunct != u','))
                return false;
            if ((is(k, u"and") || is(k, u"or")) && joined(k + 1) && namey(k + 1))
                return true;
            if (!namey(k))
                return false;
        }
        return false;
    };
    const bool listGoesOn = !afterOf
        && ((!t.newlineBefore && t.gapPunct == u',' && listEnd == first - 1 && moreFollows(s.last))
            || (afterAndOr(first) && listEnd == first - 2))
        && !givenName(first, s.last);
    if ((!afterOf && !listGoesOn) || has(headOf(first, s.last), OrgCue | DocCue | EventCue))
        return false;
    // (The list's first name may be a listed one: its kind still heads the list.)
    const Candidate *head = afterOf ? nullptr : &m_candidates.at(m_placeList);
    const QString why = !head || head->strength == ByList
        ? QString(u"after \"" + word(head ? head->first - 2 : first - 2) + u" of\"")
        : head->why;
    // "the mayor of Velm Ilsa Varg": the place ends before a given name
    // (not a second one: "San Maria").
    qsizetype last = s.last;
    for (qsizetype k = first + 1; k <= s.last; ++k) {
        if (givenName(k, s.last) && k < s.last && !has(k - 1, FirstName | Particle) && !has(k, LocCue)) {
            last = k - 1;
            break;
        }
    }
    m_placeList = m_candidates.size();
    addCandidate(first, last, types().location, why, ByRule);
    if (last < s.last)
        classify(last + 1, s.last);
    return true;
}

bool RecognizerPass::describedBefore(Span &s)
{
    // "in the capital, Vesprava.", "the state energy company, Orsagas,
    // said": a name set off by commas after a noun phrase says what that
    // phrase is, and the phrase's head says what kind of name it is. The
    // name must end where the apposition does (not "At the end of the
    // season, Velde joined …", where the comma ends an adverbial).
    const qsizetype head = s.first - 1;
    if (head < 1 || m_tokens.at(s.first).newlineBefore || m_tokens.at(s.first).gapPunct != u','
        || m_text.at(m_tokens.at(head).end) != u',' || !m_tokens.at(head).is(Word::Lowercase))
        return false;
    const qsizetype end = m_tokens.at(s.last).end;
    if (end < m_text.size() && !QStringView(u",.;:)\n").contains(m_text.at(end)))
        return false;
    static constexpr std::array<QStringView, 12> placeKinds{u"capital",  u"city",    u"town",   u"village",
                                                            u"province", u"region",  u"county", u"district",
                                                            u"island",   u"port",    u"suburb", u"municipality"};
    const bool place = std::find(placeKinds.begin(), placeKinds.end(), word(head)) != placeKinds.end();
    if (!place && !lowerWith(head, OrgDescriptor))
        return false;
    // Back over up to four lower-case words to the phrase's determiner.
    static constexpr std::array<QStringView, 6> possessives{u"its", u"his", u"her", u"their", u"our", u"whose"};
    const auto determines = [this](qsizetype q) {
        return isDeterminer(q) || std::find(possessives.begin(), possessives.end(), word(q)) != possessives.end();
    };
    qsizetype k = head;
    while (k > 0 && head - k < 4 && joined(k) && m_tokens.at(k - 1).is(Word::Lowercase) && !determines(k - 1))
        --k;
    if (k == 0 || !joined(k) || !determines(k - 1))
        return false;
    if (place && has(headOf(s.first, s.last), OrgCue | DocCue | EventCue))
        return false;
    addCandidate(s.first, s.last, place ? types().location : types().organization,
                 QString(u"described before (\u2026 " + word(head) + u", \u2026)"), ByRule);
    return true;
}

bool RecognizerPass::afterCompassPoint(Span &s)
{
    // "in northern Velmaria", "south-eastern Orsa", "downtown Kessel": a
    // part of a place is named by its compass point, written in lower case
    // (capitalized, it is a name's own word: "Northern Orsa Rail"). Not a
    // people's adjective ("northern Orsan villages"), nor a name whose
    // head says it is something else ("central Velm Bank").
    if (s.first == 0 || !joined(s.first) || !m_tokens.at(s.first - 1).is(Word::Lowercase) || has(s.last, Demonym)
        || has(headOf(s.first, s.last), OrgCue | DocCue | EventCue) || m_tokens.at(s.last).is(Word::AllCaps))
        return false;
    const qsizetype k = s.first - 1;
    static constexpr std::array<QStringView, 12> more{
        u"downtown",  u"upstate",     u"northeast",    u"northwest",    u"southeast",    u"southwest",
        u"northeastern", u"northwestern", u"southeastern", u"southwestern", u"midwestern", u"outer"};
    bool compass = isDirection(k) || std::find(more.begin(), more.end(), word(k)) != more.end();
    // ("north-eastern", "south-west")
    if (!compass && m_tokens.at(k).is(Word::Hyphenated)) {
        const QStringView w = word(k);
        const qsizetype dash = w.indexOf(u'-');
        static constexpr std::array<QStringView, 2> starts{u"north", u"south"};
        static constexpr std::array<QStringView, 4> ends{u"east", u"west", u"eastern", u"western"};
        compass = dash > 0 && std::find(starts.begin(), starts.end(), w.first(dash)) != starts.end()
            && std::find(ends.begin(), ends.end(), w.sliced(dash + 1)) != ends.end();
    }
    if (!compass)
        return false;
    addCandidate(s.first, s.last, types().location, QString(u"after \"" + word(k) + u'"'), ByRule);
    return true;
}

bool RecognizerPass::nameWithConnector(Span &s)
{
    if (!hasConnector(s.first, s.last))
        return false;
    // Particles alone join a person's name as often ("Ana Lucia de Vessa",
    // "Jan van Oster", "Omar bin Tavel"): the later rules and the model
    // decide. (A firm's or a body's name has its cue word, read before this.)
    bool onlyParticles = true;
    for (qsizetype k = s.first; k <= s.last && onlyParticles; ++k)
        onlyParticles = namey(k) || has(k, Particle);
    if (onlyParticles)
        return false;
    addCandidate(s.first, s.last, types().organization, QStringLiteral("capitalized name"), ByShape);
    return true;
}

bool RecognizerPass::nationalityBeforeListedOrganization(Span &s)
{
    if (!has(s.first, Demonym))
        return false;
    const PhraseTrie::Match &m = gazetteerAt(s.first + 1);
    if (m.tokens != s.length() - 1 || m_g.entries.at(m.entry).type() != types().organization)
        return false;
    addCandidate(s.first, s.last, types().organization, m_g.entries.at(m.entry).why(), ByList);
    return true;
}

bool RecognizerPass::placeBeforeRegionRule(Span &s)
{
    if (!placeBeforeRegion(s.last) || has(s.first, FirstName))
        return false;
    addCandidate(s.first, s.last, types().location,
                 QString(u"place before a region (\u2026, " + word(s.last + 1) + u')'), ByRule);
    return true;
}

bool RecognizerPass::bodyNamedForACountry(Span &s)
{
    // "Statistics Velmaria", "Cricket Orsa", "Air Orsa", "a sensitive
    // Environment Velmaria report": an ordinary noun of the language,
    // capitalized inside a sentence right before a country's name, makes
    // one name with it, a body's (an agency, a national federation, a
    // carrier). A word that tells what the country was or is like keeps
    // it a place: "Ancient Velmaria", "Northern Orsa"; so does a sentence's
    // start, where every word is capitalized, unless the article writes the
    // two inside a sentence too; a headline decides nothing. (Only an
    // ordinary word written in lower case by the dictionary and never
    // capitalized there: "Communist", "Victorian" and other capitalized
    // adjectives describe the country.) A trade or a body's head word
    // needs none of that (below).
    if (s.length() < 2 || m_headline.at(s.first))
        return false;
    const PhraseTrie::Match &m = gazetteerAt(s.first + 1);
    if (m.tokens != s.length() - 1)
        return false;
    const GazetteerEntry &e = m_g.entries.at(m.entry);
    if (!isCountry(e))
        return false;
    const qsizetype k = s.first;
    if (!m_tokens.at(k).is(Word::Capitalized) || m_tokens.at(k).is(Word::AllCaps) || isDirection(k)
        || has(k, Demonym | FirstName | TitleWord | DateWord) || gazetteerAt(k).tokens != 0)
        return false;
    // A firm's trade or the head of a body's name says so wherever it
    // stands, even where the word list also knows it capitalized.
    const bool bodysWord = bodysWordBeforeACountry(k);
    const quint8 bits = m_g.lexicon.bits(m_tokens.at(k).hash);
    // Countries as the news names them ("America", "England") take an
    // ordinary word that describes them more often than iso-codes' do
    // ("Corporate Britain"): only a body's word makes them a body's name.
    if (!bodysWord
        && (e.category() != u"country" || !(bits & EnglishLexicon::Lower)
            || (bits & (EnglishLexicon::Capital | EnglishLexicon::Adjective)) || has(k, AnyCue)))
        return false;
    // At a sentence's start, the name the article writes inside one; else
    // the capital may be the sentence's alone ("Landlocked Velmaria
    // voted"): the country, as the list says.
    if (m_initial.at(k) && !bodysWord && !writtenBeforeACountry(k)) {
        classify(k + 1, s.last);
        return true;
    }
    static constexpr std::array<QStringView, 20> epithets{
        u"ancient",  u"modern",  u"medieval", u"classical",   u"early",     u"late",  u"old",
        u"new",      u"lesser",  u"rural",    u"urban",       u"independent", u"occupied", u"free",
        u"imperial", u"colonial", u"mainland", u"continental", u"postwar",  u"contemporary"};
    const QStringView w = word(k);
    if (std::any_of(epithets.begin(), epithets.end(), [w](QStringView x) { return w.compare(x, Qt::CaseInsensitive) == 0; }))
        return false;
    addCandidate(s.first, s.last, types().organization, QString(u"a body named for " + e.canonical), ByRule);
    return true;
}

bool RecognizerPass::writtenBeforeACountry(qsizetype k) const
{
    if (!m_bodyWordsRead) {
        m_bodyWordsRead = true;
        for (qsizetype i = 0; i + 1 < m_tokens.size(); ++i)
            if (m_tokens.at(i).is(Word::Capitalized) && !m_initial.at(i) && !m_headline.at(i) && joined(i + 1))
                if (const PhraseTrie::Match &c = gazetteerAt(i + 1); c.tokens && m_g.entries.at(c.entry).category() == u"country")
                    m_bodyWords.insert(m_tokens.at(i).hash);
    }
    return m_bodyWords.contains(m_tokens.at(k).hash);
}

bool RecognizerPass::oneNameAmongOrdinaryWords(Span &s)
{
    // "Mt. Pleasant", "St. Faith": ordinary words after a place's
    // abbreviation are its name.
    if (placePrefix(s.first))
        return false;
    qsizetype nameWords = 0;
    qsizetype nameAt = s.first;
    for (qsizetype k = s.first; k <= s.last; ++k) {
        if (givenName(k, s.last) || (!has(k, NonNameWord) && !isCommon(k))) {
            ++nameWords;
            nameAt = k;
        }
    }
    if (nameWords == 0)
        return true; // ordinary words only
    if (nameWords > 1 || has(nameAt, FirstName))
        return false;
    classify(nameAt, nameAt);
    return true;
}

bool RecognizerPass::listedNameInside(Span &s)
{
    const qsizetype first = s.first;
    const qsizetype last = s.last;
    for (qsizetype k = first; k <= last; ++k) {
        const PhraseTrie::Match &m = gazetteerAt(k);
        if (m.tokens == 0 || k + m.tokens - 1 > last)
            continue;
        const GazetteerEntry &e = m_g.entries.at(m.entry);
        const qsizetype end = k + m.tokens - 1;
        if (e.type() == types().organization && k == first)
            return true; // "Brightwell Ledger": a listed firm's product, not a person
        if (e.type() == types().location && end == last && k > first) {
            bool directions = true;
            for (qsizetype d = first; d < k; ++d)
                directions = directions && isDirection(d);
            if (directions) {
                addCandidate(first, last, types().location, QStringLiteral("part of ") + e.canonical, ByRule);
                return true;
            }
        }
        if (e.type() == types().location && k == first && !has(first, FirstName)) {
            // "Villa del Orsa", "Puerto de Velm": a place's name, then
            // "de" or its kin and a name, is a longer place's name, as
            // Spanish, Portuguese, Italian and French name towns, hills and
            // parks (bodies named so begin with their kind: "Banco de …").
            static constexpr std::array<QStringView, 9> romance = {u"de", u"del", u"da",  u"do", u"dos",
                                                                   u"das", u"di",  u"du", u"des"};
            if (end + 1 < last && m_tokens.at(end + 1).is(Word::Lowercase)
                && std::find(romance.cbegin(), romance.cend(), word(end + 1)) != romance.cend()) {
                addCandidate(first, last, types().location,
                             QString(u"a place's name with \"" + word(end + 1) + u"\" and a name"), ByShape);
                return true;
            }
            // "Velm Courier": a place naming something else.
            addCandidate(first, last, types().organization, QStringLiteral("capitalized name after a place name"), ByShape);
            return true;
        }
        break;
    }
    return false;
}

bool RecognizerPass::titleBefore(Span &s)
{
    const qsizetype first = s.first;
    if (first == 0 || !isTitle(first - 1) || !(joined(first) || m_tokens.at(first).gapPunct == u'.'))
        return false;
    addCandidate(first, s.last, types().person, QString(u"title before a name (" + word(first - 1) + u')'), ByRule);
    return true;
}

bool RecognizerPass::leadingNationality(Span &s)
{
    if (!has(s.first, Demonym))
        return false;
    classify(s.first + 1, s.last);
    return true;
}

bool RecognizerPass::hyphenatedGivenName(Span &s)
{
    // "Kwon Jae-sung", "Tsao Ming-hui": a family name, then a given name of
    // two syllables joined by a hyphen, the second in lower case, as Korean
    // and Cantonese names and Taiwanese ones are written in English. Not
    // where both halves are ordinary words ("Booker Prize-winner", "All-time").
    if (s.length() != 2 || m_tokens.at(s.first).is(Word::AllCaps) || m_headline.at(s.first))
        return false;
    const QStringView given = word(s.last);
    const qsizetype dash = given.indexOf(u'-');
    if (dash < 1 || dash + 1 >= given.size() || !given.at(0).isUpper() || !given.at(dash + 1).isLower()
        || given.indexOf(u'-', dash + 1) >= 0)
        return false;
    const auto ordinary = [this](QStringView part) {
        return (m_g.lexicon.bits(foldedHash(part)) & EnglishLexicon::Lower) != 0;
    };
    if (ordinary(given.left(dash)) && ordinary(given.mid(dash + 1)))
        return false;
    addCandidate(s.first, s.last, types().person, QStringLiteral("family name and hyphenated given name"), ByRule);
    return true;
}

bool RecognizerPass::knownFirstName(Span &s)
{
    const qsizetype first = s.first;
    const qsizetype last = s.last;
    qsizetype of = first - 1;
    if (of > 0 && joined(first) && is(of, u"the"))
        --of;
    const bool titleOf = of > 0 && joined(of + 1) && joined(of) && is(of, u"of") && isTitle(of - 1);
    for (qsizetype k = first; k <= last; ++k) {
        if (givenName(k, last)) {
            // A thing named after a person ends in words that say what it
            // is: "Ivo Kessel Space Telescope", "Mara Lindqvist Memorial
            // Lecture". Two ordinary words at the end, not one: a family
            // name may be a word ("Ivo Baker"). The rules after this one
            // decide (ordinaryNounLast(): the learned model types it, or
            // nothing does). Not in a headline, where every word is
            // capitalized.
            if (last - k >= 2 && !m_headline.at(first) && ordinaryWord(last) && ordinaryWord(last - 1))
                return false;
            if (k > first)
                classify(first, k - 1);
            addCandidate(k, last, types().person, QString(u"known first name (" + word(k) + u')'), ByRule);
            return true;
        }
        // Listed ordinary words before the given name are no part of the
        // name; nor are the dictionary's after a title and "of", which name
        // what the title is of: "Chancellor of the Exchequer Rachel …",
        // "Secretary of Defense Ivo …". (Elsewhere a word of the
        // dictionary may be a name's: "Fort Lee", "Woody …".)
        if (!has(k, NonNameWord)
            && !(titleOf && lowerInDictionary(k) && !has(k, FirstName)))
            break;
    }
    return false;
}

bool RecognizerPass::nameWithInitial(Span &s)
{
    for (qsizetype k = s.first; k <= s.last; ++k) {
        if (m_tokens.at(k).is(Word::Initial)) {
            addCandidate(s.first, s.last, types().person, QStringLiteral("name with an initial"), ByRule);
            return true;
        }
    }
    return false;
}

bool RecognizerPass::ordinaryWord(qsizetype k) const
{
    const quint8 bits = m_g.lexicon.bits(m_tokens.at(k).hash);
    return (bits & EnglishLexicon::Lower) && !(bits & (EnglishLexicon::Person | EnglishLexicon::Place));
}

bool RecognizerPass::tradeNameLast(Span &s)
{
    // "Norvik Energy", "Velm Power", "Orsa Capital": a trade after words
    // that are no ordinary ones of the language is a firm's name; after
    // ordinary words it names a field or a thing ("Renewable Energy",
    // "Public Health"), and after a nationality as often a policy ("Danish
    // Energy"); after a given name, a person's ("Tamsin Power"). Not in a
    // headline, where every word is capitalized.
    if (s.length() < 2 || m_headline.at(s.first) || !has(s.last, TradeTail))
        return false;
    for (qsizetype k = s.first; k < s.last; ++k)
        if (ordinaryWord(k) || isCommon(k) || has(k, Demonym | AnyCue | TradeTail | FirstName | TitleWord)
            || !m_tokens.at(k).is(Word::Capitalized))
            return false;
    addCandidate(s.first, s.last, types().organization, QString(u"a firm's trade (" + word(s.last) + u')'), ByShape);
    return true;
}

bool RecognizerPass::ordinaryNounLast(Span &s)
{
    // A person's name does not end in an ordinary word of the language
    // unless a famous person's did (the dictionary knows those); a name that
    // does names what it is, as a firm's or a club's does: "Harrow
    // Logistics", "Velm Semiconductor", "Dorn Rovers". (Known first names
    // and initials are read before this: "Ivo Baker".) Not in a headline,
    // where every word is capitalized.
    if (s.length() < 2 || m_headline.at(s.first))
        return false;
    if (!ordinaryWord(s.last))
        return false;
    addCandidate(s.first, s.last, QString(), QStringLiteral("name ending in an ordinary word"), ByShape);
    return true;
}

bool RecognizerPass::nameBeforeSpeechVerb(Span &s)
{
    const qsizetype next = s.last + 1;
    if (next >= m_tokens.size() || !has(next, PersonVerb) || !m_tokens.at(next).is(Word::Lowercase))
        return false;
    const QString why = QString(u"name before \"" + word(next) + u'"');
    // "The mayor of Velmar said", "a spokesman for the Orsa Trust said",
    // "People in Velmar and Orsa said": after a preposition the name is not
    // who speaks; the learned model types it.
    // Nor after an article: a person's name takes none ("the Orsa said",
    // "the Louvre said").
    if (afterPreposition(s.first) || afterDeterminer(s.first)) {
        addCandidate(s.first, s.last, QString(), why, ByShape);
        return true;
    }
    // Bodies speak too: a name that holds a listed place ("Vessel Safety
    // Norway said") is no person's by this; the learned model types it.
    for (qsizetype k = s.first; k <= s.last; ++k) {
        const PhraseTrie::Match &m = gazetteerAt(k);
        if (m.tokens > 0 && m_g.entries.at(m.entry).type() == types().location) {
            addCandidate(s.first, s.last, QString(), why, ByShape);
            return true;
        }
    }
    // A name of more than one word that says "it" of itself is left to
    // the learned model ("Orsa Lind said it would appeal"; a person says
    // "it would be hard" too).
    if (saysIt(next)) {
        addCandidate(s.first, s.last, QString(), why, ByShape);
        return true;
    }
    addCandidate(s.first, s.last, types().person, why, ByRule);
    m_candidates.last().speaker = true;
    return true;
}

bool RecognizerPass::saysIt(qsizetype verb) const
{
    // "Velmco said it would appeal", "Orsa Lind said in a statement that
    // it had …": what a person says of himself is "he" or "I"; "it" is a
    // body's. (Only words of the verb's own phrase between: its time, "in a
    // statement", "that".)
    const qsizetype n = m_tokens.size();
    for (qsizetype k = verb + 1; k < n && k <= verb + 8 && joined(k); ++k) {
        // (What it will do or has done: "it would", "it had", "it plans";
        // a person says "it was" and "it showed" of anything.)
        if (is(k, u"it"))
            return k + 1 < n && joined(k + 1)
                && (is(k + 1, u"would") || is(k + 1, u"will") || is(k + 1, u"had") || is(k + 1, u"has")
                    || is(k + 1, u"plans") || is(k + 1, u"planned") || is(k + 1, u"expects") || is(k + 1, u"intends")
                    || is(k + 1, u"aims") || is(k + 1, u"could") || is(k + 1, u"may"));
        if (!(is(k, u"in") || is(k, u"a") || is(k, u"statement") || is(k, u"on") || is(k, u"that") || is(k, u"late")
              || is(k, u"earlier") || is(k, u"last") || is(k, u"this") || is(k, u"week") || is(k, u"also")
              || is(k, u"separately") || is(k, u"previously") || has(k, DateWord)))
            return false;
    }
    return false;
}

bool RecognizerPass::inHeadline(Span &s)
{
    return m_headline.at(s.first); // in a headline, capitals alone say nothing
}

bool RecognizerPass::placePrefixFirst(Span &s)
{
    // "St. Elvan", "Mt. Windy Crest": no one's name begins with a place's
    // abbreviation, and what is named for a saint and ends in no cue word
    // (cueWordHead() read those) is most often a place: "St. Kessel", a
    // town; "St Orsa's", a parish. A club named for its town ("St. Kessel
    // Comets") is the learned model's to retype.
    // Nor with a kind of place written first ("Lake Velm", "Port
    // Kessary", "Puerto Orsa"), which heads the name of a place (the
    // head of another name, read before, wins: "Port Kessary Authority").
    if (s.length() < 2 || !(placePrefix(s.first) || capitalizedWith(s.first, PlaceLeading)))
        return false;
    addCandidate(s.first, s.last, types().location, QString(u"place's first word (" + word(s.first) + u')'), ByShape);
    return true;
}

bool RecognizerPass::capitalizedWords(Span &s)
{
    // A person's name takes no article: "the Dorvane" is something else,
    // which the learned model may type.
    // Right after "in" or "near", and owning nothing, it is a place: "the
    // creek flooded in Sandy Harrow", not "in Ivo Kessel's film".
    if (s.first > 0 && joined(s.first) && (is(s.first - 1, u"in") || is(s.first - 1, u"near"))
        && !possessiveAfter(s.last)) {
        addCandidate(s.first, s.last, types().location, QString(u"capitalized name after \"" + word(s.first - 1) + u'"'),
                     ByShape);
        return true;
    }
    // A word in a brand's camel case is no word of a person's name: "Orvand
    // ShelfCount" is a firm's or a service's.
    if (brandWithin(s.first, s.last)) {
        addCandidate(s.first, s.last, types().organization, QStringLiteral("name written in camel case"),
                     ByShape);
        return true;
    }
    addCandidate(s.first, s.last, afterDeterminer(s.first) ? QString() : types().person,
                 QStringLiteral("capitalized name"), ByShape);
    return true;
}

} // namespace Annalist
