// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"
#include "util/codepoints.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace Annalist {

/// Where a stored annotation was, described so that it can be found again in
/// a text that has since changed: the quoted text with some context (a W3C
/// TextQuoteSelector) and its position (a W3C TextPositionSelector).
struct TextAnchor {
    /// Characters of context kept on each side, in code points.
    static constexpr qsizetype ContextLength = 32;

    QString exact; ///< the annotated text itself
    QString prefix; ///< up to ContextLength code points just before it
    QString suffix; ///< up to ContextLength code points just after it
    qsizetype start = -1; ///< code point offset in the text it was made on; -1 when unknown
    qsizetype end = -1; ///< code point offset, exclusive; -1 when unknown

    bool hasPosition() const { return start >= 0 && end >= start; }
    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

/// Describes range of text as an anchor. map must have been built on text.
/// The context never splits a surrogate pair.
TextAnchor makeAnchor(QStringView text, const CodePointMap &map, TextRange range);
TextAnchor makeAnchor(QStringView text, TextRange range);

/// How an anchor was placed, from most to least certain.
enum class AnchorMethod {
    Position, ///< the quote is still at its recorded position
    ExactQuote, ///< the quote was found verbatim elsewhere, its context agreeing
    Approximate, ///< the quote (with its context) was found with a few differences
    Failed, ///< no place was convincing: the annotation is an orphan
};

struct AnchorResult {
    AnchorMethod method = AnchorMethod::Failed;
    TextRange range; ///< UTF-16 range in the new text; meaningless when Failed

    bool placed() const { return method != AnchorMethod::Failed; }
};

/// Places stored anchors in a (possibly changed) text.
///
/// The order of attempts is: (a) the recorded position, if the exact quote is
/// still there; (b) the exact quote elsewhere, the occurrence whose context
/// agrees best and, among equals, the nearest to the recorded position; for
/// quotes shorter than LongQuote, at least MinContextAgreement characters of
/// context next to the quote must agree, since a short name recurs; (c) an
/// approximate match of the quote with a bounded edit distance (insertions,
/// deletions, substitutions and transpositions), searched only in windows near
/// the recorded position or near where the context still occurs, and accepted
/// only when both the quote and its context are close. Anything else fails:
/// an annotation is never put on a look-alike passage.
///
/// Cost: building is O(n) for the code point map; each locate() is O(1) when
/// the text did not change around the anchor, otherwise searches outward from
/// the expected position in growing windows, so a moved anchor costs about
/// the distance it moved; searches that leave the neighbourhood use an index
/// of character pairs built once per text; the fuzzy step works inside
/// windows of a few hundred characters and caps the quote length it
/// considers. Not thread-safe: the index is built lazily inside locate().
class Anchorer
{
public:
    /// Quotes at least this long are accepted verbatim even without agreeing context.
    static constexpr qsizetype LongQuote = 24;
    /// Context characters (both sides together, counted outwards from the
    /// quote) that must agree for a short quote found elsewhere verbatim.
    static constexpr qsizetype MinContextAgreement = 12;
    /// Longer quotes are not searched approximately (they are orphaned instead).
    static constexpr qsizetype MaxFuzzyQuote = 400;

    explicit Anchorer(QStringView text);

    /// Context beyond ContextLength code points on either side is not read.
    AnchorResult locate(const TextAnchor &anchor) const;

    const CodePointMap &codePoints() const { return m_map; }

private:
    /// The index holds pairs of UTF-16 units: short enough for two-letter
    /// quotes; a longer quote is verified at the positions of its rarest pair.
    static constexpr qsizetype GramLength = 2;
    /// Texts longer than this get the index, the first time a search leaves
    /// the neighbourhood (LocalRadius) of the expected place.
    static constexpr qsizetype IndexThreshold = 64 * 1024;
    static constexpr qsizetype LocalRadius = 16 * 1024;

    /// Starts of needle nearest to expected (all of them when expected < 0),
    /// sorted: the smallest window around expected that holds one, widened
    /// extraLevels times eightfold.
    QList<qsizetype> nearestOccurrences(QStringView needle, qsizetype expected, qsizetype extraLevels) const;
    QList<qsizetype> indexedOccurrences(QStringView needle, qsizetype expected, qsizetype extraLevels) const;
    qsizetype expectedStart(const TextAnchor &anchor) const;
    AnchorResult locateExact(const TextAnchor &anchor, qsizetype expected) const;
    AnchorResult locateApproximate(const TextAnchor &anchor, qsizetype expected) const;
    qsizetype contextScore(const TextAnchor &anchor, TextRange at) const;

    QStringView m_text;
    CodePointMap m_map;
    /// Every position of every pair of UTF-16 units, built on first
    /// need: a text that changed a lot would otherwise cost a scan of the
    /// whole text per annotation.
    mutable QHash<quint32, QList<qsizetype>> m_index;
    mutable bool m_indexBuilt = false;
};

/// Edit distance between a and b counting transpositions of neighbours as one
/// edit (optimal string alignment), stopping early once it exceeds limit: the
/// result is then limit + 1.
qsizetype boundedEditDistance(QStringView a, QStringView b, qsizetype limit);

} // namespace Annalist
