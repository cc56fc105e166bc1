// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotations/anchoring.h"

#include <QList>

#include <algorithm>
#include <limits>

namespace Annalist {

namespace {

bool isPairAt(QStringView text, qsizetype pos)
{
    return pos >= 0 && pos + 1 < text.size() && text[pos].isHighSurrogate() && text[pos + 1].isLowSurrogate();
}

/// pos moved back by n code points, not below 0.
qsizetype backCodePoints(QStringView text, qsizetype pos, qsizetype n)
{
    while (n > 0 && pos > 0) {
        --pos;
        if (pos > 0 && isPairAt(text, pos - 1))
            --pos;
        --n;
    }
    return pos;
}

qsizetype forwardCodePoints(QStringView text, qsizetype pos, qsizetype n)
{
    while (n > 0 && pos < text.size()) {
        pos += isPairAt(text, pos) ? 2 : 1;
        --n;
    }
    return pos;
}

/// Moves a boundary off the middle of a surrogate pair.
qsizetype alignBoundary(QStringView text, qsizetype pos)
{
    if (pos > 0 && pos < text.size() && isPairAt(text, pos - 1))
        return pos - 1;
    return pos;
}

struct FuzzyHit {
    qsizetype distance = std::numeric_limits<qsizetype>::max();
    qsizetype start = 0;
    qsizetype end = 0;
};

/// The substring of t closest to p (semi-global optimal string alignment,
/// Sellers' scheme), ties broken by the end nearest to preferEnd. O(|p|·|t|).
FuzzyHit bestSubstring(QStringView p, QStringView t, qsizetype preferEnd)
{
    const qsizetype m = p.size();
    const qsizetype n = t.size();
    QList<qsizetype> prev2(n + 1), prev(n + 1), cur(n + 1);
    QList<qsizetype> start2(n + 1), start(n + 1), curStart(n + 1);
    for (qsizetype j = 0; j <= n; ++j) {
        prev[j] = 0;
        start[j] = j;
    }
    for (qsizetype i = 1; i <= m; ++i) {
        cur[0] = i;
        curStart[0] = 0;
        for (qsizetype j = 1; j <= n; ++j) {
            qsizetype best = prev[j - 1] + (p[i - 1] == t[j - 1] ? 0 : 1);
            qsizetype from = start[j - 1];
            if (prev[j] + 1 < best) {
                best = prev[j] + 1;
                from = start[j];
            }
            if (cur[j - 1] + 1 < best) {
                best = cur[j - 1] + 1;
                from = curStart[j - 1];
            }
            if (i > 1 && j > 1 && p[i - 1] == t[j - 2] && p[i - 2] == t[j - 1] && prev2[j - 2] + 1 < best) {
                best = prev2[j - 2] + 1;
                from = start2[j - 2];
            }
            cur[j] = best;
            curStart[j] = from;
        }
        std::swap(prev2, prev);
        std::swap(prev, cur);
        std::swap(start2, start);
        std::swap(start, curStart);
    }
    FuzzyHit hit;
    for (qsizetype j = 0; j <= n; ++j) {
        const bool better = prev[j] < hit.distance
            || (prev[j] == hit.distance && std::abs(j - preferEnd) < std::abs(hit.end - preferEnd));
        if (better) {
            hit.distance = prev[j];
            hit.start = start[j];
            hit.end = j;
        }
    }
    return hit;
}

/// Occurrences of needle in text whose start lies in [from, to].
void occurrencesIn(QStringView text, QStringView needle, qsizetype from, qsizetype to, QList<qsizetype> &out)
{
    from = std::max<qsizetype>(0, from);
    to = std::min(to, text.size() - needle.size());
    if (from > to)
        return;
    // Search a bounded view, so that a miss costs the window and not the rest of the text.
    const QStringView window = text.mid(from, to - from + needle.size());
    for (qsizetype at = window.indexOf(needle); at >= 0; at = window.indexOf(needle, at + 1))
        out.append(from + at);
}

quint32 gramAt(QStringView text, qsizetype pos)
{
    return (quint32(text[pos].unicode()) << 16) | quint32(text[pos + 1].unicode());
}

} // namespace

TextAnchor makeAnchor(QStringView text, const CodePointMap &map, TextRange range)
{
    TextAnchor anchor;
    range.start = std::clamp<qsizetype>(range.start, 0, text.size());
    range.end = std::clamp<qsizetype>(range.end, range.start, text.size());
    anchor.exact = text.mid(range.start, range.length()).toString();
    const qsizetype before = backCodePoints(text, range.start, TextAnchor::ContextLength);
    anchor.prefix = text.mid(before, range.start - before).toString();
    const qsizetype after = forwardCodePoints(text, range.end, TextAnchor::ContextLength);
    anchor.suffix = text.mid(range.end, after - range.end).toString();
    anchor.start = map.toCodePoint(range.start);
    anchor.end = map.toCodePoint(range.end);
    return anchor;
}

TextAnchor makeAnchor(QStringView text, TextRange range)
{
    return makeAnchor(text, CodePointMap(text), range);
}

qsizetype boundedEditDistance(QStringView a, QStringView b, qsizetype limit)
{
    if (std::abs(a.size() - b.size()) > limit)
        return limit + 1;
    const qsizetype n = b.size();
    QList<qsizetype> prev2(n + 1), prev(n + 1), cur(n + 1);
    for (qsizetype j = 0; j <= n; ++j)
        prev[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        qsizetype rowMin = cur[0];
        for (qsizetype j = 1; j <= n; ++j) {
            qsizetype best = std::min({prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), prev[j] + 1, cur[j - 1] + 1});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                best = std::min(best, prev2[j - 2] + 1);
            cur[j] = best;
            rowMin = std::min(rowMin, best);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[n], limit + 1);
}

Anchorer::Anchorer(QStringView text)
    : m_text(text)
    , m_map(text)
{
}

qsizetype Anchorer::expectedStart(const TextAnchor &anchor) const
{
    if (!anchor.hasPosition())
        return -1;
    return m_map.toUtf16(anchor.start);
}

qsizetype Anchorer::contextScore(const TextAnchor &anchor, TextRange at) const
{
    qsizetype score = 0;
    for (qsizetype i = 1; i <= anchor.prefix.size() && at.start - i >= 0; ++i) {
        if (anchor.prefix[anchor.prefix.size() - i] != m_text[at.start - i])
            break;
        ++score;
    }
    for (qsizetype i = 0; i < anchor.suffix.size() && at.end + i < m_text.size(); ++i) {
        if (anchor.suffix[i] != m_text[at.end + i])
            break;
        ++score;
    }
    return score;
}

QList<qsizetype> Anchorer::nearestOccurrences(QStringView needle, qsizetype expected, qsizetype extraLevels) const
{
    QList<qsizetype> found;
    if (needle.isEmpty() || needle.size() > m_text.size())
        return found;
    const bool indexable = needle.size() >= GramLength && m_text.size() > IndexThreshold;
    if (indexable && (expected < 0 || m_indexBuilt))
        return indexedOccurrences(needle, expected, extraLevels);
    if (expected < 0) {
        occurrencesIn(m_text, needle, 0, m_text.size() - needle.size(), found);
        return found;
    }
    // Windows that grow eightfold around the expected place, until one holds
    // an occurrence (and extraLevels more after that).
    qsizetype covered = -1; // radius already searched
    for (qsizetype radius = 256;; radius *= 8) {
        if (indexable && radius > LocalRadius && found.isEmpty())
            return indexedOccurrences(needle, expected, extraLevels);
        const bool whole = expected - radius <= 0 && expected + radius >= m_text.size();
        if (covered < 0) {
            occurrencesIn(m_text, needle, expected - radius, expected + radius, found);
        } else {
            // Only the two new side bands.
            occurrencesIn(m_text, needle, expected - radius, expected - covered - 1, found);
            occurrencesIn(m_text, needle, expected + covered + 1, expected + radius, found);
        }
        covered = radius;
        if (!found.isEmpty()) {
            if (extraLevels-- <= 0 || whole)
                break;
        } else if (whole) {
            break;
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

QList<qsizetype> Anchorer::indexedOccurrences(QStringView needle, qsizetype expected, qsizetype extraLevels) const
{
    if (!m_indexBuilt) {
        m_index.reserve(m_text.size() / 4);
        for (qsizetype i = 0; i + GramLength <= m_text.size(); ++i)
            m_index[gramAt(m_text, i)].append(i);
        m_indexBuilt = true;
    }
    // Verify the positions of the needle's rarest gram.
    const QList<qsizetype> *rarest = nullptr;
    qsizetype offset = 0;
    for (qsizetype i = 0; i + GramLength <= needle.size(); ++i) {
        const auto it = m_index.constFind(gramAt(needle, i));
        if (it == m_index.cend())
            return {}; // a piece of it is nowhere in the text
        if (!rarest || it->size() < rarest->size()) {
            rarest = &*it;
            offset = i;
        }
    }
    QList<qsizetype> found;
    for (const qsizetype p : *rarest) {
        const qsizetype at = p - offset;
        if (at >= 0 && m_text.mid(at).startsWith(needle))
            found.append(at);
    }
    if (expected < 0 || found.isEmpty())
        return found;
    // The same answer as the growing windows: the smallest window holding an
    // occurrence, widened extraLevels times.
    qsizetype nearest = std::numeric_limits<qsizetype>::max();
    for (const qsizetype at : std::as_const(found))
        nearest = std::min(nearest, std::abs(at - expected));
    qsizetype radius = 256;
    while (radius < nearest)
        radius *= 8;
    for (qsizetype i = 0; i < extraLevels; ++i)
        radius *= 8;
    found.removeIf([&](qsizetype at) { return std::abs(at - expected) > radius; });
    return found;
}

AnchorResult Anchorer::locate(const TextAnchor &stored) const
{
    if (stored.exact.isEmpty() || stored.exact.size() > m_text.size())
        return {};
    // Annalist stores at most ContextLength code points of context on each
    // side. A longer context (a sidecar written elsewhere, or made to hurt)
    // is cut to that much next to the quote: weighing it whole cost the
    // square of its length at every place tried.
    TextAnchor anchor = stored;
    if (const qsizetype cut = backCodePoints(anchor.prefix, anchor.prefix.size(), TextAnchor::ContextLength); cut > 0)
        anchor.prefix.remove(0, cut);
    if (const qsizetype keep = forwardCodePoints(anchor.suffix, 0, TextAnchor::ContextLength); keep < anchor.suffix.size())
        anchor.suffix.truncate(keep);
    const qsizetype expected = expectedStart(anchor);
    if (expected >= 0 && QStringView(m_text).mid(expected).startsWith(anchor.exact))
        return {AnchorMethod::Position, {expected, expected + anchor.exact.size()}};
    const AnchorResult exact = locateExact(anchor, expected);
    if (exact.placed())
        return exact;
    return locateApproximate(anchor, expected);
}

AnchorResult Anchorer::locateExact(const TextAnchor &anchor, qsizetype expected) const
{
    const qsizetype full = anchor.prefix.size() + anchor.suffix.size();
    // One more window level than needed when the context is not yet perfect,
    // so that a better-fitting occurrence slightly further away can win.
    const QList<qsizetype> found = nearestOccurrences(anchor.exact, expected, 1);
    qsizetype bestScore = -1;
    qsizetype bestDistance = 0;
    qsizetype bestAt = -1;
    for (const qsizetype at : found) {
        const qsizetype score = contextScore(anchor, {at, at + anchor.exact.size()});
        const qsizetype distance = expected < 0 ? at : std::abs(at - expected);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            bestScore = score;
            bestDistance = distance;
            bestAt = at;
        }
    }
    if (bestAt < 0)
        return {};
    // A short quote ("Ilse") recurs; only agreeing context makes an
    // occurrence elsewhere the same passage. Context changed on both sides is
    // left to the approximate step, which weighs all of it.
    const qsizetype needed = std::min<qsizetype>(MinContextAgreement, full);
    if (bestScore < needed && anchor.exact.size() < LongQuote)
        return {};
    return {AnchorMethod::ExactQuote, {bestAt, bestAt + anchor.exact.size()}};
}

AnchorResult Anchorer::locateApproximate(const TextAnchor &anchor, qsizetype expected) const
{
    const QStringView quote(anchor.exact);
    if (quote.size() > MaxFuzzyQuote)
        return {};
    const qsizetype totalLength = quote.size() + anchor.prefix.size() + anchor.suffix.size();
    const qsizetype quoteLimit = std::max<qsizetype>(1, quote.size() * 3 / 10);
    const qsizetype totalLimit = totalLength / 5;
    if (totalLimit == 0)
        return {};

    // Where to look: the recorded position, and where the nearest remains of
    // the context say the quote should start.
    QList<qsizetype> centres;
    if (expected >= 0)
        centres.append(expected);
    const qsizetype probe = 12;
    if (anchor.prefix.size() >= 4) {
        const QStringView tail = QStringView(anchor.prefix).right(std::min(probe, anchor.prefix.size()));
        const QList<qsizetype> hits = nearestOccurrences(tail, expected, 0);
        for (qsizetype i = 0; i < std::min<qsizetype>(hits.size(), 4); ++i)
            centres.append(hits[i] + tail.size());
    }
    if (anchor.suffix.size() >= 4) {
        const QStringView head = QStringView(anchor.suffix).left(std::min(probe, anchor.suffix.size()));
        const QList<qsizetype> hits = nearestOccurrences(head, expected, 0);
        for (qsizetype i = 0; i < std::min<qsizetype>(hits.size(), 4); ++i)
            centres.append(hits[i] - quote.size());
    }

    // The cost of placing the quote on [s, e): its edit distance plus that of
    // its context, or more than totalLimit when either is too far off.
    const auto cost = [&](qsizetype s, qsizetype e) -> qsizetype {
        if (s < 0 || e > m_text.size() || e <= s)
            return totalLimit + 1;
        const qsizetype q = boundedEditDistance(quote, m_text.mid(s, e - s), quoteLimit);
        if (q > quoteLimit)
            return totalLimit + 1;
        const qsizetype prefixFrom = std::max<qsizetype>(0, s - anchor.prefix.size());
        const qsizetype p = boundedEditDistance(anchor.prefix, m_text.mid(prefixFrom, s - prefixFrom), totalLimit - q);
        if (q + p > totalLimit)
            return totalLimit + 1;
        const qsizetype x = boundedEditDistance(anchor.suffix, m_text.mid(e, anchor.suffix.size()), totalLimit - q - p);
        return q + p + x;
    };

    AnchorResult best;
    qsizetype bestTotal = totalLimit + 1;
    const qsizetype margin = quote.size() / 2 + quoteLimit + 16;
    const qsizetype snap = std::min<qsizetype>(quoteLimit, 8);
    for (const qsizetype centre : std::as_const(centres)) {
        const qsizetype from = std::clamp<qsizetype>(centre - margin, 0, m_text.size());
        const qsizetype to = std::clamp<qsizetype>(centre + quote.size() + margin, from, m_text.size());
        const QStringView window = m_text.mid(from, to - from);
        const FuzzyHit hit = bestSubstring(quote, window, centre + quote.size() - from);
        if (hit.distance > quoteLimit || hit.end <= hit.start)
            continue;
        // Equally close alignments of the quote alone can differ in where they
        // start or end ("Water Council" in "Nordic Fresh Water Council"); the
        // context decides. Move each boundary a little and keep the cheapest.
        qsizetype s = from + hit.start;
        qsizetype e = from + hit.end;
        qsizetype total = cost(s, e);
        for (qsizetype d = -snap; d <= snap; ++d) {
            if (const qsizetype c = cost(s + d, e); c < total) {
                total = c;
                s += d;
                d = -snap - 1; // the best start moved: look around it again
            }
        }
        for (qsizetype d = -snap; d <= snap; ++d) {
            if (const qsizetype c = cost(s, e + d); c < total) {
                total = c;
                e += d;
                d = -snap - 1;
            }
        }
        const TextRange range{alignBoundary(m_text, s), alignBoundary(m_text, e)};
        if (total < bestTotal && !range.isEmpty()) {
            bestTotal = total;
            best = {AnchorMethod::Approximate, range};
        }
    }
    return best;
}

} // namespace Annalist
