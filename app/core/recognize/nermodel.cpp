// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recognize/nermodel.h"

#include "recognize/gazetteer.h"
#include "recognize/englishlexicon.h"
#include "recognize/tokenizer.h"
#include "util/resourcebytes.h"

#include <QGlobalStatic>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

Q_LOGGING_CATEGORY(lcNerModel, "annalist.recognize.model")

namespace Annalist {

namespace {

constexpr char Magic[8] = {'A', 'N', 'N', 'E', 'R', 'v', '1', '\n'};

/// Mixes a feature template and a value into one 32-bit feature hash.
inline quint32 mix(quint64 templ, quint64 value)
{
    quint64 h = (templ * 0x9E3779B97F4A7C15ULL) ^ (value + 0x632BE59BD9B4E019ULL + (templ << 6));
    h ^= h >> 31;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    return quint32(h);
}

/// 0 lower case, 1 capitalized, 2 all capitals, 3 anything else (digits).
inline int caseClass(const ModelToken &t)
{
    if (t.shape & Word::AllCaps)
        return 2;
    if (t.shape & Word::Capitalized)
        return 1;
    if (t.shape & Word::Lowercase)
        return 0;
    return 3;
}

constexpr quint64 Outside = 0x5eed5eed5eedULL; ///< the word "before the start" or "after the end"

// Feature templates. The numbers are part of the file format: changing one
// means retraining.
enum Template : quint64 {
    Bias = 1,
    Lower,
    LowerCase,
    ShapeBits,
    Prefix,
    Suffix = Prefix + 4,
    Neighbour = Suffix + 5, ///< + 2 + offset
    NeighbourCase = Neighbour + 6,
    CasePairBefore = NeighbourCase + 6,
    CasePairAfter,
    BeforeAndCase,
    AfterAndCase,
    GapBefore,
    GapAfter,
    Position,
    Common,
    FlagBit,
    FlagBitBefore,
    FlagBitAfter,
    Listed,
    ListedBefore,
    ListedAfter,
    FirstNameThenName,
    TwoBefore,
    // Feature set 2.
    CondensedShape,
    ShapeContext,
    LongPrefix,
    LongSuffix,
    CharTrigram,
    PairBefore,
    PairAfter,
    // Feature set 3.
    LexiconBits,
    LexiconBit,
    LexiconBefore,
    LexiconAfter,
    LexiconRun,
    // The second stage's document features.
    FirstLabel,
    FirstLabels,
    Elsewhere,
    ElsewhereAndOwn,
    ElsewhereAndPlace,
    ElsewhereAny,
    ElsewhereBefore,
    ElsewhereAfter,
};

/// The word's shape with runs collapsed: "McAllister" Xx Xx, "U.S." X.X.,
/// "F-16" X-d; at most eight symbols, hashed.
quint64 condensedShape(QStringView word)
{
    quint64 h = FnvOffset;
    char16_t last = 0;
    int symbols = 0;
    for (const QChar c : word) {
        const char16_t s = c.isUpper() ? u'X' : c.isLower() ? u'x' : c.isDigit() ? u'd' : c.unicode();
        if (s == last)
            continue;
        last = s;
        h = (h ^ s) * FnvPrime;
        if (++symbols == 8)
            break;
    }
    return h;
}

/// The most frequent type among counts (0 no name .. 4 other name), or 5 when all are 0.
int majority(const std::array<int, 5> &counts)
{
    int best = 5;
    int most = 0;
    for (int t = 0; t < 5; ++t)
        if (counts[std::size_t(t)] > most) {
            most = counts[std::size_t(t)];
            best = t;
        }
    return best;
}

} // namespace

int NerModel::features(const std::vector<ModelToken> &window, int pos, quint32 *out, int featureSet)
{
    int n = 0;
    constexpr int Room = MaxFeatures - MaxDocumentFeatures;
    const auto add = [&](quint64 templ, quint64 value) {
        if (n < Room)
            out[n++] = mix(templ, value);
    };
    const int size = int(window.size());
    const ModelToken &t = window[pos];
    const ModelToken *prev = pos > 0 ? &window[pos - 1] : nullptr;
    const ModelToken *next = pos + 1 < size ? &window[pos + 1] : nullptr;
    const int cc = caseClass(t);
    const int prevCase = prev ? caseClass(*prev) : 4;
    const int nextCase = next ? caseClass(*next) : 4;

    add(Bias, 0);
    add(Lower, t.hash);
    add(LowerCase, t.hash ^ quint64(cc));
    const qsizetype len = t.word.size();
    add(ShapeBits, quint64(t.shape) | (quint64(std::min<qsizetype>(len, 8)) << 16));

    // Prefixes and suffixes of the case-folded word.
    const int longer = featureSet == 2 ? 1 : 0;
    quint64 h = FnvOffset;
    for (qsizetype k = 0; k < std::min<qsizetype>(len, 3 + longer); ++k) {
        h = (h ^ foldChar(t.word[k].unicode())) * FnvPrime;
        if (k + 1 < len)
            add(k < 3 ? Prefix + quint64(k) : LongPrefix, h);
    }
    h = FnvOffset;
    for (qsizetype k = 0; k < std::min<qsizetype>(len - 1, 4 + longer); ++k) {
        h = (h ^ foldChar(t.word[len - 1 - k].unicode())) * FnvPrime;
        add(k < 4 ? Suffix + quint64(k) : LongSuffix, h);
    }

    for (int d = -2; d <= 2; ++d) {
        if (d == 0)
            continue;
        const int q = pos + d;
        const quint64 w = (q >= 0 && q < size) ? window[q].hash : Outside;
        add(Neighbour + quint64(d + 2), w);
        if (d == -1 || d == 1)
            add(NeighbourCase + quint64(d + 2), quint64((q >= 0 && q < size) ? caseClass(window[q]) : 4));
    }
    add(CasePairBefore, quint64(prevCase * 8 + cc));
    add(CasePairAfter, quint64(cc * 8 + nextCase));
    add(BeforeAndCase, (prev ? prev->hash : Outside) ^ quint64(cc));
    add(AfterAndCase, (next ? next->hash : Outside) ^ quint64(cc));
    if (pos >= 2)
        add(TwoBefore, window[pos - 2].hash ^ (prev->hash * 31));
    add(GapBefore, quint64(t.gapPunct) | (t.newlineBefore ? 0x10000 : 0));
    add(GapAfter, next ? (quint64(next->gapPunct) | (next->newlineBefore ? 0x10000 : 0)) : 0x20000);
    add(Position, quint64(t.initial) | (quint64(t.headline) << 1) | (quint64(cc) << 2));
    add(Common, quint64(t.common) | (quint64(t.initial) << 1) | (quint64(cc) << 2));

    constexpr quint32 OwnBits = 0x1fff;
    for (quint32 f = t.flags & OwnBits; f; f &= f - 1)
        add(FlagBit, quint64(qCountTrailingZeroBits(f)) | (quint64(cc) << 8));
    constexpr quint32 NeighbourBits = TitleWord | Demonym | OrgCue | LocCue | PersonVerb | Connector | Particle
        | FirstName | CommonWord;
    if (prev)
        for (quint32 f = prev->flags & NeighbourBits; f; f &= f - 1)
            add(FlagBitBefore, quint64(qCountTrailingZeroBits(f)));
    if (next)
        for (quint32 f = next->flags & NeighbourBits; f; f &= f - 1)
            add(FlagBitAfter, quint64(qCountTrailingZeroBits(f)));
    add(Listed, t.listed);
    add(ListedBefore, prev ? prev->listed : 0xff);
    add(ListedAfter, next ? next->listed : 0xff);
    if ((t.flags & FirstName) && next && nextCase == 1)
        add(FirstNameThenName, quint64(next->common));
    if (featureSet == 3) {
        // What an English dictionary knows of the word and its neighbours
        // (EnglishLexicon): an ordinary word, a capitalized one, part of a
        // person's, a place's or a group's name. This is what generalizes to names no
        // training document and no gazetteer holds.
        const quint64 where = quint64(cc) << 8 | quint64(t.initial) << 12;
        add(LexiconBits, t.lexicon | where);
        const quint64 ordinary = quint64(t.lexicon & EnglishLexicon::Lower) << 16;
        for (quint32 b = t.lexicon & ~(EnglishLexicon::Lower | EnglishLexicon::Capital); b; b &= b - 1)
            add(LexiconBit, quint64(qCountTrailingZeroBits(b)) | where | ordinary);
        add(LexiconBefore, prev ? quint64(prev->lexicon) | quint64(prevCase) << 8 : 0x10000);
        add(LexiconAfter, next ? quint64(next->lexicon) | quint64(nextCase) << 8 : 0x10000);
        add(LexiconRun, (prev ? quint64(prev->lexicon) | quint64(prevCase) << 8 : 0x1000) << 16
                            | quint64(t.lexicon) | quint64(cc) << 8);
    }
    if (featureSet != 2)
        return n;

    // Feature set 2: shapes that generalize over words never seen in training
    // ("Xx-Xx", "X.X."), the word's inner letter trigrams ("-stan", "-burg",
    // "-ović" show up inside, not only at the end), and the word with each
    // neighbour.
    const quint64 shape = condensedShape(t.word);
    add(CondensedShape, shape ^ quint64(t.initial));
    add(ShapeContext, (prev ? condensedShape(prev->word) : Outside) * 31 + shape * 7
                          + (next ? condensedShape(next->word) : Outside));
    if (len > 3) {
        quint64 a = u'^', b = foldChar(t.word[0].unicode());
        const qsizetype stop = std::min<qsizetype>(len, 12);
        for (qsizetype k = 1; k <= stop; ++k) {
            const quint64 c = k < len ? foldChar(t.word[k].unicode()) : u'$';
            add(CharTrigram, (a << 32) ^ (b << 16) ^ c);
            a = b;
            b = c;
        }
    }
    add(PairBefore, (prev ? prev->hash : Outside) * 31 + t.hash);
    add(PairAfter, t.hash * 31 + (next ? next->hash : Outside));
    return n;
}

void NerModel::addVotes(const ModelSegment &segment, const int *labels, NerVotes &votes)
{
    for (int k = 0; k < segment.count; ++k) {
        std::array<quint16, 5> &counts = votes.byWord[segment.window[std::size_t(segment.offset + k)].hash];
        quint16 &c = counts[std::size_t(nerLabelType(labels[k]))];
        if (c < std::numeric_limits<quint16>::max())
            ++c;
    }
}

int NerModel::documentFeatures(const ModelSegment &segment, int k, const int *labels, const NerVotes &votes,
                               quint32 *out)
{
    int n = 0;
    const auto add = [&](quint64 templ, quint64 value) {
        if (n < MaxDocumentFeatures)
            out[n++] = mix(templ, value);
    };
    // What the first stage said of the word at window position pos anywhere
    // else in the document: its own reading, where it is in this segment, is
    // taken out of the counts.
    const auto others = [&](int pos) {
        std::array<int, 5> counts{};
        if (pos < 0 || pos >= int(segment.window.size()))
            return counts;
        const auto it = votes.byWord.constFind(segment.window[std::size_t(pos)].hash);
        if (it == votes.byWord.cend())
            return counts;
        for (int t = 0; t < 5; ++t)
            counts[std::size_t(t)] = (*it)[std::size_t(t)];
        const int inSegment = pos - segment.offset;
        if (inSegment >= 0 && inSegment < segment.count) {
            int &own = counts[std::size_t(nerLabelType(labels[inSegment]))];
            own = std::max(0, own - 1);
        }
        return counts;
    };
    const int label = labels[k];
    const int type = nerLabelType(label);
    const int before = k > 0 ? labels[k - 1] : Labels;
    const int after = k + 1 < segment.count ? labels[k + 1] : Labels;
    add(FirstLabel, quint64(label));
    add(FirstLabels, quint64(before * 100 + label * 10 + after));
    const int pos = segment.offset + k;
    const std::array<int, 5> own = others(pos);
    const int total = own[0] + own[1] + own[2] + own[3] + own[4];
    const int most = majority(own);
    const int amount = total == 0 ? 0 : total == 1 ? 1 : total <= 3 ? 2 : 3;
    add(Elsewhere, quint64(most) | (quint64(amount) << 4));
    add(ElsewhereAndOwn, quint64(most) * 16 + quint64(type));
    const ModelToken &t = segment.window[std::size_t(pos)];
    add(ElsewhereAndPlace, quint64(most) | (quint64(t.headline) << 4) | (quint64(t.initial) << 5));
    for (int x = 1; x < 5; ++x)
        if (own[std::size_t(x)] > 0)
            add(ElsewhereAny, quint64(x));
    add(ElsewhereBefore, quint64(majority(others(pos - 1))));
    add(ElsewhereAfter, quint64(majority(others(pos + 1))));
    return n;
}

bool NerModel::allowed(int a, int b)
{
    if (!nerLabelInside(b))
        return true;
    return a != Labels && a != NerLabel::O && nerLabelType(a) == nerLabelType(b);
}

void NerModel::mask(const float *transitions, float *masked)
{
    constexpr float Never = -std::numeric_limits<float>::infinity();
    for (int a = 0; a <= Labels; ++a)
        for (int b = 0; b < Labels; ++b)
            masked[a * Labels + b] = allowed(a, b) ? transitions[a * Labels + b] : Never;
}

void NerModel::viterbi(const float *emissions, int len, const float *transitions, int *labels)
{
    std::array<float, (Labels + 1) * Labels> masked;
    mask(transitions, masked.data());
    bestPath(emissions, len, masked.data(), labels);
}

void NerModel::bestPath(const float *emissions, int len, const float *masked, int *labels)
{
    if (len <= 0)
        return;
    // Scratch kept per thread: most segments are a word or two, and an
    // allocation per segment would cost more than the decoding. A forbidden
    // transition is minus infinity, so the loops need no test for it.
    thread_local std::vector<float> score;
    thread_local std::vector<int> back;
    score.resize(std::size_t(len) * Labels);
    back.resize(std::size_t(len) * Labels);
    for (int b = 0; b < Labels; ++b)
        score[b] = masked[Labels * Labels + b] + emissions[b];
    for (int i = 1; i < len; ++i) {
        const float *prev = score.data() + std::size_t(i - 1) * Labels;
        for (int b = 0; b < Labels; ++b) {
            float best = prev[0] + masked[b];
            int from = 0;
            for (int a = 1; a < Labels; ++a) {
                const float s = prev[a] + masked[a * Labels + b];
                if (s > best) {
                    best = s;
                    from = a;
                }
            }
            score[std::size_t(i) * Labels + b] = best + emissions[std::size_t(i) * Labels + b];
            back[std::size_t(i) * Labels + b] = from;
        }
    }
    int best = 0;
    for (int b = 1; b < Labels; ++b)
        if (score[std::size_t(len - 1) * Labels + b] > score[std::size_t(len - 1) * Labels + best])
            best = b;
    for (int i = len - 1; i >= 0; --i) {
        labels[i] = best;
        best = back[std::size_t(i) * Labels + best];
    }
}

void NerModel::confidences(const float *emissions, int len, const int *labels, float *out) const
{
    // Forward-backward in probability space, each position rescaled to sum
    // to one: exp() once per word and label, no logarithms. The sums over
    // labels run along rows of nine (the transitions from one label, or in
    // the transposed table to one), into a sum of the function's own, so
    // that the compiler makes vector operations of the first eight: axpy()
    // adds a row times a number.
    static_assert(Labels == 9);
    using Row = std::array<float, Labels>;
    const auto axpy = [](Row &acc, float x, const float *row) {
        for (int l = 0; l < 8; ++l)
            acc[std::size_t(l)] += x * row[l];
        acc[8] += x * row[8];
    };
    const auto normalize = [](float *v) {
        float sum = 0;
        for (int b = 0; b < Labels; ++b)
            sum += v[b];
        if (sum > 0) {
            const float scale = 1.0f / sum;
            for (int b = 0; b < Labels; ++b)
                v[b] *= scale;
        }
    };
    const float inv = 1.0f / m_temperature;
    const std::size_t cells = std::size_t(len) * Labels;
    thread_local std::vector<float> e, alpha, beta;
    e.resize(cells);
    alpha.resize(cells);
    beta.resize(cells);
    for (int i = 0; i < len; ++i) {
        const float *row = emissions + std::size_t(i) * Labels;
        const float top = *std::max_element(row, row + Labels);
        for (int b = 0; b < Labels; ++b)
            e[std::size_t(i) * Labels + b] = std::exp((row[b] - top) * inv);
    }
    for (int b = 0; b < Labels; ++b)
        alpha[b] = m_expTransitions[Labels * Labels + b] * e[b];
    normalize(alpha.data());
    for (int i = 1; i < len; ++i) {
        float *cur = alpha.data() + std::size_t(i) * Labels;
        const float *prev = cur - Labels;
        Row sum{};
        for (int a = 0; a < Labels; ++a)
            axpy(sum, prev[a], m_expTransitions.data() + std::size_t(a) * Labels);
        const float *ei = e.data() + std::size_t(i) * Labels;
        for (int b = 0; b < Labels; ++b)
            cur[b] = sum[std::size_t(b)] * ei[b];
        normalize(cur);
    }
    std::fill(beta.begin() + std::ptrdiff_t(cells - Labels), beta.begin() + std::ptrdiff_t(cells), 1.f);
    for (int i = len - 2; i >= 0; --i) {
        float *cur = beta.data() + std::size_t(i) * Labels;
        const float *next = cur + Labels;
        const float *en = e.data() + std::size_t(i + 1) * Labels;
        Row sum{};
        for (int b = 0; b < Labels; ++b)
            axpy(sum, en[b] * next[b], m_expTransitionsTo.data() + std::size_t(b) * Labels);
        std::copy(sum.cbegin(), sum.cend(), cur);
        normalize(cur);
    }
    for (int i = 0; i < len; ++i) {
        const float *a = alpha.data() + std::size_t(i) * Labels;
        const float *b = beta.data() + std::size_t(i) * Labels;
        float total = 0;
        for (int l = 0; l < Labels; ++l)
            total += a[l] * b[l];
        const int c = labels[i];
        out[i] = total > 0 ? a[c] * b[c] / total : 0.f;
    }
}

void NerModel::emissions(const Stage &stage, const quint32 *features, const int *featureCounts, int count,
                         float *out)
{
    // The first eight labels together, the ninth on its own (the most time
    // the model takes goes here): with SSE2 by hand, elsewhere in a loop of
    // a fixed length that the compiler turns into vector additions.
    constexpr int Lanes = 8;
    static_assert(Labels == Lanes + 1);
#ifdef __SSE2__
    // Each row's first eight weights in one load, widened to two sums of
    // four; the compiler's own vectors of the loop in #else took twice the
    // instructions at -O3. The sums are of integers, so the result is the
    // same to the bit.
    const __m128 scale = _mm_set1_ps(stage.scale);
    for (int k = 0; k < count; ++k) {
        const quint32 *feats = features + std::size_t(k) * MaxFeatures;
        __m128i low = _mm_setzero_si128();
        __m128i high = _mm_setzero_si128();
        qint32 last = 0;
        for (int f = 0; f < featureCounts[k]; ++f) {
            const qint16 *w = stage.weights + std::size_t(feats[f] & stage.mask) * Labels;
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(w));
            // Each 16-bit weight into the top of a 32-bit lane, then shifted
            // down with its sign.
            low = _mm_add_epi32(low, _mm_srai_epi32(_mm_unpacklo_epi16(v, v), 16));
            high = _mm_add_epi32(high, _mm_srai_epi32(_mm_unpackhi_epi16(v, v), 16));
            last += w[Lanes];
        }
        float *row = out + std::size_t(k) * Labels;
        _mm_storeu_ps(row, _mm_mul_ps(_mm_cvtepi32_ps(low), scale));
        _mm_storeu_ps(row + 4, _mm_mul_ps(_mm_cvtepi32_ps(high), scale));
        row[Lanes] = float(last) * stage.scale;
    }
#else
    for (int k = 0; k < count; ++k) {
        const quint32 *feats = features + std::size_t(k) * MaxFeatures;
        std::array<qint32, Lanes> sum{};
        qint32 last = 0;
        for (int f = 0; f < featureCounts[k]; ++f) {
            const qint16 *w = stage.weights + std::size_t(feats[f] & stage.mask) * Labels;
            for (int l = 0; l < Lanes; ++l)
                sum[std::size_t(l)] += w[l];
            last += w[Lanes];
        }
        float *row = out + std::size_t(k) * Labels;
        for (int l = 0; l < Lanes; ++l)
            row[l] = float(sum[std::size_t(l)]) * stage.scale;
        row[Lanes] = float(last) * stage.scale;
    }
#endif
}

/// Per-thread scratch for decoding: most segments are a word or two, and an
/// allocation per segment would cost more than the decoding.
struct NerModel::Scratch {
    std::vector<quint32> features;
    std::vector<int> counts;
    std::vector<float> emissions;
    std::vector<int> labels;
    std::vector<float> conf;
};

NerModel::Scratch &NerModel::threadScratch()
{
    thread_local Scratch scratch;
    return scratch;
}

// The features of each word of the segment and the first stage's labels, in
// the scratch: all that vote() needs, and where decode() starts.
void NerModel::firstStage(const ModelSegment &segment, Scratch &s) const
{
    const int len = segment.count;
    s.features.resize(std::size_t(len) * MaxFeatures);
    s.counts.resize(std::size_t(len));
    for (int k = 0; k < len; ++k)
        s.counts[std::size_t(k)] = features(segment.window, segment.offset + k,
                                            s.features.data() + std::size_t(k) * MaxFeatures, m_featureSet);
    s.emissions.resize(std::size_t(len) * Labels);
    s.labels.resize(std::size_t(len));
    emissions(m_stage[0], s.features.data(), s.counts.data(), len, s.emissions.data());
    bestPath(s.emissions.data(), len, m_stage[0].masked.data(), s.labels.data());
}

void NerModel::vote(const ModelSegment &segment, NerVotes &votes) const
{
    if (!isValid() || m_stages < 2 || segment.count <= 0)
        return;
    Scratch &s = threadScratch();
    firstStage(segment, s);
    addVotes(segment, s.labels.data(), votes);
}

void NerModel::decode(const ModelSegment &segment, const NerVotes *votes, std::vector<ModelSpan> &out) const
{
    if (!isValid() || segment.count <= 0)
        return;
    const int len = segment.count;
    Scratch &s = threadScratch();
    firstStage(segment, s);
    const Stage &last = m_stage[std::size_t(m_stages - 1)];
    if (m_stages == 2) {
        static const NerVotes none;
        const NerVotes &v = votes ? *votes : none;
        for (int k = 0; k < len; ++k) {
            quint32 *at = s.features.data() + std::size_t(k) * MaxFeatures + s.counts[std::size_t(k)];
            s.counts[std::size_t(k)] += documentFeatures(segment, k, s.labels.data(), v, at);
        }
        emissions(last, s.features.data(), s.counts.data(), len, s.emissions.data());
        bestPath(s.emissions.data(), len, last.masked.data(), s.labels.data());
    }
    bool any = false;
    for (int l : s.labels)
        any = any || l != NerLabel::O;
    if (!any)
        return;
    s.conf.resize(std::size_t(len));
    confidences(s.emissions.data(), len, s.labels.data(), s.conf.data());
    const std::vector<int> &labels = s.labels;
    const std::vector<float> &conf = s.conf;
    for (int k = 0; k < len;) {
        if (labels[k] == NerLabel::O) {
            ++k;
            continue;
        }
        ModelSpan span;
        span.type = nerLabelType(labels[k]);
        span.first = segment.first + k;
        float c = conf[k];
        int e = k + 1;
        while (e < len && nerLabelInside(labels[e]) && nerLabelType(labels[e]) == span.type) {
            c = std::min(c, conf[e]);
            ++e;
        }
        span.last = segment.first + e - 1;
        span.confidence = c;
        out.push_back(span);
        k = e;
    }
}

QString NerModel::reason(float confidence)
{
    // What QString::arg(c, 0, 'f', 2) writes, made by hand: arg() costs more
    // than a tenth of what the model takes for an article. A float times 100
    // is exact in a double, so lround() rounds the true value, a tie up.
    const double c = confidence >= 0.f ? std::min(double(confidence), 1.0) : 0.0;
    const long hundredths = std::lround(c * 100.0);
    char16_t text[] = u"learned model (0.00)";
    constexpr qsizetype Digits = 15; // where "0.00" starts
    text[Digits] = char16_t(u'0' + hundredths / 100);
    text[Digits + 2] = char16_t(u'0' + hundredths / 10 % 10);
    text[Digits + 3] = char16_t(u'0' + hundredths % 10);
    return QString::fromUtf16(text, std::size(text) - 1);
}

QByteArray NerModel::serialize(const QByteArray &headerJson, int featureSet, float temperature,
                               const std::vector<StageWeights> &stages)
{
    QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    header.insert(QStringLiteral("buckets"), stages.at(0).buckets);
    header.insert(QStringLiteral("scale"), double(stages.at(0).scale));
    if (stages.size() > 1) {
        header.insert(QStringLiteral("buckets2"), stages.at(1).buckets);
        header.insert(QStringLiteral("scale2"), double(stages.at(1).scale));
    }
    header.insert(QStringLiteral("stages"), int(stages.size()));
    header.insert(QStringLiteral("features"), featureSet);
    header.insert(QStringLiteral("temperature"), double(temperature));
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Indented);
    QByteArray bytes(Magic, sizeof Magic);
    const quint32 headerLength = quint32(json.size());
    char le[4];
    qToLittleEndian(headerLength, le);
    bytes.append(le, 4);
    bytes.append(json);
    // Weights start at an even offset so that they can be read in place.
    while (bytes.size() % 8)
        bytes.append('\n');
    for (const StageWeights &stage : stages) {
        for (float t : stage.transitions) {
            qToLittleEndian(t, le);
            bytes.append(le, 4);
        }
        for (qint16 w : stage.weights) {
            char two[2];
            qToLittleEndian(w, two);
            bytes.append(two, 2);
        }
    }
    return bytes;
}

QString NerModel::load(const QByteArray &bytes)
{
    m_weights = nullptr;
    if (bytes.size() < 12 || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return QStringLiteral("not an Annalist entity model");
    const quint32 headerLength = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (headerLength > quint32(bytes.size()) - 12)
        return QStringLiteral("the model's header is cut short");
    const QByteArray json = bytes.mid(12, headerLength);
    QJsonParseError error;
    const QJsonObject header = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("the model's header is not valid JSON: ") + error.errorString();
    const int stages = header.value(QStringLiteral("stages")).toInt(1);
    const int featureSet = header.value(QStringLiteral("features")).toInt(1);
    if (stages < 1 || stages > 2)
        return QStringLiteral("the model has %1 stages; this program reads one or two").arg(stages);
    if (featureSet < 1 || featureSet > LatestFeatures)
        return QStringLiteral("the model's feature set %1 is unknown to this program").arg(featureSet);
    std::array<qint64, 2> buckets{header.value(QStringLiteral("buckets")).toInteger(),
                                  header.value(QStringLiteral("buckets2")).toInteger()};
    qsizetype at = 12 + headerLength;
    while (at % 8)
        ++at;
    constexpr qsizetype TransitionBytes = qsizetype((Labels + 1) * Labels) * 4;
    qsizetype expected = at;
    for (int k = 0; k < stages; ++k) {
        const qint64 b = buckets[std::size_t(k)];
        if (b <= 0 || (b & (b - 1)) != 0 || b > (qint64(1) << 24))
            return QStringLiteral("the model's bucket count is not a power of two");
        expected += TransitionBytes + qsizetype(b) * Labels * 2;
    }
    if (bytes.size() != expected)
        return QStringLiteral("the model file has the wrong size for its header");
    m_bytes = bytes; // shares the caller's bytes
    if constexpr (Q_BYTE_ORDER != Q_LITTLE_ENDIAN)
        m_bytes.detach();
    for (int k = 0; k < stages; ++k) {
        Stage &stage = m_stage[std::size_t(k)];
        for (std::size_t i = 0; i < stage.transitions.size(); ++i)
            stage.transitions[i] = qFromLittleEndian<float>(bytes.constData() + at + qsizetype(i) * 4);
        mask(stage.transitions.data(), stage.masked.data());
        at += TransitionBytes;
        stage.scale = float(header.value(k == 0 ? QStringLiteral("scale") : QStringLiteral("scale2")).toDouble());
        stage.mask = quint32(buckets[std::size_t(k)] - 1);
        if constexpr (Q_BYTE_ORDER != Q_LITTLE_ENDIAN)
            qFromLittleEndian<qint16>(bytes.constData() + at, buckets[std::size_t(k)] * Labels,
                                      m_bytes.data() + at);
        stage.weights = reinterpret_cast<const qint16 *>(m_bytes.constData() + at);
        at += qsizetype(buckets[std::size_t(k)]) * Labels * 2;
    }
    m_stages = stages;
    m_featureSet = featureSet;
    m_temperature = float(header.value(QStringLiteral("temperature")).toDouble(1.0));
    if (!(m_temperature > 0))
        m_temperature = 1;
    const Stage &last = m_stage[std::size_t(stages - 1)];
    for (int a = 0; a <= Labels; ++a)
        for (int b = 0; b < Labels; ++b)
            m_expTransitions[std::size_t(a) * Labels + b] =
                allowed(a, b) ? std::exp(last.transitions[std::size_t(a) * Labels + b] / m_temperature) : 0.f;
    for (int a = 0; a < Labels; ++a)
        for (int b = 0; b < Labels; ++b)
            m_expTransitionsTo[std::size_t(b) * Labels + a] = m_expTransitions[std::size_t(a) * Labels + b];
    m_header = QString::fromUtf8(json);
    m_weights = last.weights;
    return {};
}

QString NerModel::loadFile(const QString &path)
{
    return loadModelFile(*this, path);
}

namespace {
struct ShippedModel {
    NerModel model;
    ShippedModel()
    {
        // Compiled in without compression, so the weights are read where they lie.
        const QString problem = loadModelResource(model, QStringLiteral(":/annalist/ner/model.bin"));
        if (!problem.isEmpty())
            qCWarning(lcNerModel) << "learned entity model not loaded:" << problem;
    }
};
Q_GLOBAL_STATIC(ShippedModel, shippedModel)
} // namespace

const NerModel *NerModel::shipped()
{
    const NerModel &m = shippedModel()->model;
    return m.isValid() ? &m : nullptr;
}

} // namespace Annalist
