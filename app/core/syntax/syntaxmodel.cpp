// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syntax/syntaxmodel.h"

#include "util/resourcebytes.h"

#include <QGlobalStatic>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

Q_LOGGING_CATEGORY(lcSyntaxModel, "annalist.syntax.model")

namespace Annalist::Syntax {

namespace {

constexpr char Magic[8] = {'A', 'N', 'S', 'Y', 'N', 'v', '1', '\n'};
constexpr int PosCount = int(Pos::Count);

constexpr const char *PosNames[PosCount] = {"X",    "ADJ",  "ADP",  "ADV",  "AUX",   "CCONJ", "DET",   "INTJ", "NOUN",
                                            "NUM",  "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM",  "VERB"};

constexpr quint64 FnvBasis = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;

quint64 hashText(QStringView text, quint64 h = FnvBasis)
{
    for (QChar c : text) {
        h ^= c.unicode();
        h *= FnvPrime;
    }
    return h;
}

/// Mixes a feature template and its values into one 32-bit feature hash
/// (a splitmix64 finalizer, so that nearby values spread over the table).
quint32 mix(quint32 templ, quint64 a, quint64 b = 0, quint64 c = 0)
{
    quint64 x = (quint64(templ) << 56) ^ a;
    x ^= b * 0x9E3779B97F4A7C15ULL;
    x ^= c * 0xC2B2AE3D27D4EB4FULL;
    x ^= x >> 30;
    x *= 0xBF58476D1CE4E5B9ULL;
    x ^= x >> 27;
    x *= 0x94D049BB133111EBULL;
    x ^= x >> 31;
    return quint32(x) ^ quint32(x >> 32);
}

constexpr quint64 Before = 0x51ED270B27F5E9A1ULL; ///< the word hash before the sentence
constexpr quint64 After = 0x2B7E151628AED2A6ULL; ///< and after it
constexpr quint64 RootWord = 0x3243F6A8885A308DULL;
constexpr int NoTag = PosCount; ///< before the sentence, or no such word
constexpr int RootTag = PosCount + 1;

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

QLatin1StringView posName(Pos pos)
{
    const int k = int(pos);
    return QLatin1StringView(k >= 0 && k < PosCount ? PosNames[k] : "X");
}

Pos posFromName(QLatin1StringView name)
{
    for (int k = 0; k < PosCount; ++k)
        if (name == QLatin1StringView(PosNames[k]))
            return Pos(k);
    return Pos::Count;
}

Model::WordInfo Model::wordInfo(QStringView word, bool first)
{
    WordInfo w;
    w.word = hashText(word);
    QString lower = word.toString().toLower();
    for (QChar &c : lower)
        if (c == u'\u2019')
            c = u'\'';
    w.lowerText = lower;
    QString folded = lower;
    for (QChar &c : folded)
        if (c.isDigit())
            c = u'9';
    w.lower = hashText(folded);
    const qsizetype n = lower.size();
    for (int k = 0; k < 3; ++k)
        w.prefix[k] = n > k ? hashText(QStringView(lower).first(k + 1), 0x100 + k) : 0;
    for (int k = 0; k < 4; ++k)
        w.suffix[k] = n > k ? hashText(QStringView(lower).last(k + 1), 0x200 + k) : 0;
    QString shape;
    bool upper = false, allUpper = true, digit = false, hyphen = false, letter = false;
    for (QChar c : word) {
        QChar s;
        if (c.isUpper()) {
            s = u'X';
            upper = true;
            letter = true;
        } else if (c.isLetter()) {
            s = u'x';
            allUpper = false;
            letter = true;
        } else if (c.isDigit()) {
            s = u'd';
            digit = true;
        } else {
            s = c;
            if (c == u'-')
                hyphen = true;
        }
        // Runs longer than two collapse, so "Xxxxx" and "Xxxxxxxx" share a shape.
        if (shape.size() < 2 || shape.back() != s || shape[shape.size() - 2] != s)
            shape.append(s);
    }
    w.shape = hashText(shape, 0x300);
    w.flags = (hyphen ? 1u : 0u) | (digit ? 2u : 0u) | (upper ? 4u : 0u) | (letter && allUpper ? 8u : 0u)
        | (first ? 16u : 0u);
    return w;
}

int Model::tagFeatures(const std::vector<WordInfo> &words, qsizetype i, const std::vector<int> &tags, quint32 *out)
{
    const qsizetype n = qsizetype(words.size());
    auto lowerAt = [&](qsizetype k) { return k < 0 ? Before : k >= n ? After : words[std::size_t(k)].lower; };
    auto suffixAt = [&](qsizetype k) {
        return k < 0 ? Before : k >= n ? After : words[std::size_t(k)].suffix[2];
    };
    auto tagAt = [&](qsizetype k) { return k < 0 ? NoTag : tags[std::size_t(k)]; };
    const WordInfo &w = words[std::size_t(i)];
    int c = 0;
    out[c++] = mix(1, 0);
    out[c++] = mix(2, w.word);
    out[c++] = mix(3, w.lower);
    for (int k = 0; k < 3; ++k)
        if (w.prefix[k])
            out[c++] = mix(4, w.prefix[k]);
    for (int k = 0; k < 4; ++k)
        if (w.suffix[k])
            out[c++] = mix(5, w.suffix[k]);
    out[c++] = mix(6, w.shape);
    out[c++] = mix(7, w.flags);
    const int t1 = tagAt(i - 1), t2 = tagAt(i - 2);
    out[c++] = mix(8, quint64(t1));
    out[c++] = mix(9, quint64(t1), quint64(t2));
    out[c++] = mix(10, quint64(t1), w.lower);
    out[c++] = mix(11, lowerAt(i - 1));
    out[c++] = mix(12, lowerAt(i + 1));
    out[c++] = mix(13, lowerAt(i - 2));
    out[c++] = mix(14, lowerAt(i + 2));
    out[c++] = mix(15, suffixAt(i - 1));
    out[c++] = mix(16, suffixAt(i + 1));
    out[c++] = mix(17, lowerAt(i - 1), w.lower);
    out[c++] = mix(18, w.lower, lowerAt(i + 1));
    out[c++] = mix(19, quint64(t1), w.suffix[2]);
    out[c++] = mix(20, i + 1 < n ? words[std::size_t(i + 1)].shape : After);
    out[c++] = mix(21, quint64(t1), lowerAt(i + 1));
    return c;
}

void Model::State::reset(int words)
{
    n = words;
    stack.assign(1, 0);
    next = 1;
    head.assign(std::size_t(n + 1), -1);
    label.assign(std::size_t(n + 1), -1);
    leftmost.assign(std::size_t(n + 1), -1);
    rightmost.assign(std::size_t(n + 1), -1);
    leftCount.assign(std::size_t(n + 1), 0);
    rightCount.assign(std::size_t(n + 1), 0);
    leftLabels.assign(std::size_t(n + 1), 0);
    rightLabels.assign(std::size_t(n + 1), 0);
    rootTaken = false;
}

bool Model::State::valid(int t) const
{
    const int s0 = stack.empty() ? -1 : stack.back();
    switch (t) {
    case Shift:
        return next <= n;
    case Reduce:
        return s0 > 0 && head[std::size_t(s0)] >= 0;
    case Left:
        return s0 > 0 && next <= n && head[std::size_t(s0)] < 0;
    case Right:
        return s0 >= 0 && next <= n && (s0 > 0 || !rootTaken);
    }
    return false;
}

void Model::State::attach(int h, int d, int rel)
{
    head[std::size_t(d)] = h;
    label[std::size_t(d)] = rel;
    if (h == 0)
        rootTaken = true;
    if (d < h) {
        if (leftmost[std::size_t(h)] < 0 || d < leftmost[std::size_t(h)])
            leftmost[std::size_t(h)] = d;
        ++leftCount[std::size_t(h)];
        leftLabels[std::size_t(h)] |= quint64(1) << (rel & 63);
    } else {
        if (d > rightmost[std::size_t(h)])
            rightmost[std::size_t(h)] = d;
        ++rightCount[std::size_t(h)];
        rightLabels[std::size_t(h)] |= quint64(1) << (rel & 63);
    }
}

void Model::State::apply(int t, int rel)
{
    switch (t) {
    case Shift:
        stack.push_back(next++);
        break;
    case Reduce:
        stack.pop_back();
        break;
    case Left:
        attach(next, stack.back(), rel);
        stack.pop_back();
        break;
    case Right:
        attach(stack.back(), next, rel);
        stack.push_back(next++);
        break;
    }
}

int Model::parseFeatures(const State &s, const std::vector<quint64> &words, const std::vector<int> &tags, quint32 *out)
{
    const int none = -1;
    const int s0 = s.stack.empty() ? none : s.stack.back();
    const int s1 = s.stack.size() >= 2 ? s.stack[s.stack.size() - 2] : none;
    const int n0 = s.next <= s.n ? s.next : none;
    const int n1 = s.next + 1 <= s.n ? s.next + 1 : none;
    const int n2 = s.next + 2 <= s.n ? s.next + 2 : none;
    auto w = [&](int k) { return k < 0 ? After : words[std::size_t(k)]; };
    auto t = [&](int k) { return quint64(k < 0 ? NoTag : tags[std::size_t(k)]); };
    auto lab = [&](int k) { return quint64(k < 0 ? 0xFFFF : s.label[std::size_t(k)] + 1); };
    const int s0h = s0 > 0 ? s.head[std::size_t(s0)] : none;
    const int s0l = s0 >= 0 ? s.leftmost[std::size_t(s0)] : none;
    const int s0r = s0 >= 0 ? s.rightmost[std::size_t(s0)] : none;
    const int n0l = n0 >= 0 ? s.leftmost[std::size_t(n0)] : none;
    const quint64 dist = s0 >= 0 && n0 >= 0 ? quint64(std::min(n0 - s0, 6)) : 7;
    const quint64 s0rc = s0 >= 0 ? quint64(std::min(s.rightCount[std::size_t(s0)], 3)) : 4;
    const quint64 s0lc = s0 >= 0 ? quint64(std::min(s.leftCount[std::size_t(s0)], 3)) : 4;
    const quint64 n0lc = n0 >= 0 ? quint64(std::min(s.leftCount[std::size_t(n0)], 3)) : 4;
    const quint64 s0hasHead = s0 > 0 && s.head[std::size_t(s0)] >= 0 ? 1 : 0;
    int c = 0;
    out[c++] = mix(101, 0);
    out[c++] = mix(102, w(s0));
    out[c++] = mix(103, t(s0));
    out[c++] = mix(104, w(s0), t(s0));
    out[c++] = mix(105, w(n0));
    out[c++] = mix(106, t(n0));
    out[c++] = mix(107, w(n0), t(n0));
    out[c++] = mix(108, w(n1));
    out[c++] = mix(109, t(n1));
    out[c++] = mix(110, w(n1), t(n1));
    out[c++] = mix(111, t(n2));
    out[c++] = mix(112, w(n2));
    out[c++] = mix(113, w(s0), w(n0));
    out[c++] = mix(114, t(s0), t(n0));
    out[c++] = mix(115, w(s0), t(s0), t(n0));
    out[c++] = mix(116, t(s0), w(n0), t(n0));
    out[c++] = mix(117, w(s0) ^ (t(s0) << 1), w(n0), t(n0));
    out[c++] = mix(118, t(n0), t(n1));
    out[c++] = mix(119, t(n0), t(n1), t(n2));
    out[c++] = mix(120, t(s0), t(n0), t(n1));
    out[c++] = mix(121, t(s0h), t(s0), t(n0));
    out[c++] = mix(122, t(s0), t(s0l), t(n0));
    out[c++] = mix(123, t(s0), t(s0r), t(n0));
    out[c++] = mix(124, t(s0), t(n0), t(n0l));
    out[c++] = mix(125, dist, w(s0));
    out[c++] = mix(126, dist, t(s0));
    out[c++] = mix(127, dist, w(n0));
    out[c++] = mix(128, dist, t(n0));
    out[c++] = mix(129, dist, t(s0), t(n0));
    out[c++] = mix(130, w(s0), s0rc);
    out[c++] = mix(131, t(s0), s0lc);
    out[c++] = mix(132, t(s0), s0rc);
    out[c++] = mix(133, t(n0), n0lc);
    out[c++] = mix(134, w(s0h));
    out[c++] = mix(135, t(s0h));
    out[c++] = mix(136, lab(s0l), t(s0));
    out[c++] = mix(137, lab(s0r), t(s0));
    out[c++] = mix(138, lab(n0l), t(n0));
    out[c++] = mix(139, t(s0), lab(s0));
    out[c++] = mix(140, t(s1));
    out[c++] = mix(141, t(s1), t(s0), t(n0));
    out[c++] = mix(142, s0hasHead, t(s0), t(n0));
    out[c++] = mix(143, s0hasHead, w(n0));
    out[c++] = mix(144, lab(s0), t(n0), s0hasHead);
    out[c++] = mix(145, w(s1), t(s0));
    out[c++] = mix(146, quint64(s.rootTaken ? 1 : 0), t(n0), s0hasHead);
    // The preposition or marker that opens n0's phrase, with the words it may attach to.
    const int s0hh = s0h > 0 ? s.head[std::size_t(s0h)] : none;
    auto leftSet = [&](int k) { return k < 0 ? 0xFFFFFFFFULL : s.leftLabels[std::size_t(k)]; };
    auto rightSet = [&](int k) { return k < 0 ? 0xFFFFFFFFULL : s.rightLabels[std::size_t(k)]; };
    out[c++] = mix(147, w(n0l), t(n0));
    out[c++] = mix(148, w(n0l), w(n0));
    out[c++] = mix(149, w(n0l), t(s0), w(n0));
    out[c++] = mix(150, w(n0l), w(s0));
    out[c++] = mix(151, w(n0l), w(s0h), t(s0));
    out[c++] = mix(152, t(s0h), w(n0));
    out[c++] = mix(153, w(s0h), t(s0), t(n0));
    out[c++] = mix(154, lab(s0), w(n0));
    out[c++] = mix(155, w(s0r), t(n0));
    out[c++] = mix(156, w(n0), w(n1));
    out[c++] = mix(157, w(s0), w(n0), t(n1));
    out[c++] = mix(158, w(s0l), t(s0));
    out[c++] = mix(159, t(s0hh), t(s0h), t(n0));
    out[c++] = mix(160, dist, w(s0), w(n0));
    out[c++] = mix(161, leftSet(s0), t(s0), t(n0));
    out[c++] = mix(162, rightSet(s0), t(s0), t(n0));
    out[c++] = mix(163, leftSet(n0), t(n0));
    out[c++] = mix(164, leftSet(n0), w(n0), t(s0));
    out[c++] = mix(165, rightSet(s0), w(s0));
    out[c++] = mix(166, w(s1), w(n0));
    out[c++] = mix(167, t(s1), lab(s1), t(n0));
    return c;
}

int Model::labelFeatures(const State &s, int h, int d, const std::vector<quint64> &words, const std::vector<int> &tags,
                         quint32 *out)
{
    auto w = [&](int k) { return k < 0 || k > s.n ? After : words[std::size_t(k)]; };
    auto t = [&](int k) { return quint64(k < 0 || k > s.n ? NoTag : tags[std::size_t(k)]); };
    auto lab = [&](int k) { return quint64(k < 0 ? 0xFFFF : s.label[std::size_t(k)] + 1); };
    const quint64 dir = d < h ? 1 : 0;
    const quint64 dist = quint64(std::min(std::abs(d - h), 6));
    const int hh = h > 0 ? s.head[std::size_t(h)] : -1;
    const int dl = s.leftmost[std::size_t(d)];
    const int hr = s.rightmost[std::size_t(h)];
    int c = 0;
    out[c++] = mix(201, 0);
    out[c++] = mix(202, w(d));
    out[c++] = mix(203, t(d));
    out[c++] = mix(204, w(h));
    out[c++] = mix(205, t(h));
    out[c++] = mix(206, w(d), t(d));
    out[c++] = mix(207, w(h), t(h));
    out[c++] = mix(208, t(d), t(h), dir);
    out[c++] = mix(209, w(d), t(h), dir);
    out[c++] = mix(210, t(d), w(h), dir);
    out[c++] = mix(211, dist, t(d), t(h));
    out[c++] = mix(212, dir, w(d));
    out[c++] = mix(213, lab(dl), t(d));
    out[c++] = mix(214, w(dl), t(d));
    out[c++] = mix(215, lab(hr), t(h), dir);
    out[c++] = mix(216, t(h), t(d), t(d + 1));
    out[c++] = mix(217, t(h), t(d), t(d - 1));
    out[c++] = mix(218, t(hh), t(h), t(d));
    out[c++] = mix(219, lab(h), t(h), t(d));
    out[c++] = mix(220, w(d), w(h));
    out[c++] = mix(221, quint64(s.leftCount[std::size_t(d)] > 0), quint64(s.rightCount[std::size_t(d)] > 0), t(d));
    out[c++] = mix(222, t(d), w(d + 1));
    out[c++] = mix(223, s.leftLabels[std::size_t(d)], t(d), t(h));
    out[c++] = mix(224, s.rightLabels[std::size_t(d)], t(d));
    out[c++] = mix(225, s.leftLabels[std::size_t(h)] | (s.rightLabels[std::size_t(h)] << 1), t(h), t(d));
    out[c++] = mix(226, w(dl), w(d), w(h));
    return c;
}

void Model::scoreTag(const quint32 *features, int count, float *scores) const
{
    int sums[PosCount] = {};
    for (int f = 0; f < count; ++f) {
        const qint16 *row = m_tagWeights + std::size_t(features[f] & m_tagMask) * PosCount;
        for (int k = 0; k < PosCount; ++k)
            sums[k] += row[k];
    }
    for (int k = 0; k < PosCount; ++k)
        scores[k] = float(sums[k]);
}

void Model::analyzeSplit(const std::vector<QString> &words, std::vector<int> &tags, std::vector<int> *heads,
                         std::vector<int> *labels) const
{
    const qsizetype n = qsizetype(words.size());
    tags.assign(std::size_t(n), 0);
    if (n == 0 || !isValid())
        return;
    std::vector<WordInfo> infos;
    infos.reserve(std::size_t(n));
    for (qsizetype i = 0; i < n; ++i)
        infos.push_back(wordInfo(words[std::size_t(i)], i == 0));
    quint32 features[MaxFeatures];
    float scores[PosCount];
    for (qsizetype i = 0; i < n; ++i) {
        const auto known = m_tagDictionary.constFind(words[std::size_t(i)]);
        if (known != m_tagDictionary.cend()) {
            tags[std::size_t(i)] = known.value();
            continue;
        }
        const int count = tagFeatures(infos, i, tags, features);
        scoreTag(features, count, scores);
        tags[std::size_t(i)] = int(std::max_element(scores, scores + PosCount) - scores);
    }
    if (!heads)
        return;

    // The parser's words: index 0 is the root.
    std::vector<quint64> pw(std::size_t(n + 1));
    std::vector<int> pt(std::size_t(n + 1));
    pw[0] = RootWord;
    pt[0] = RootTag;
    for (qsizetype i = 0; i < n; ++i) {
        pw[std::size_t(i + 1)] = infos[std::size_t(i)].lower;
        pt[std::size_t(i + 1)] = tags[std::size_t(i)];
    }
    const int relations = int(m_relations.size());
    std::vector<int> relSums(std::size_t(relations), 0);
    auto chooseRelation = [&](const State &s, int h, int d) {
        const int count = labelFeatures(s, h, d, pw, pt, features);
        std::fill(relSums.begin(), relSums.end(), 0);
        for (int f = 0; f < count; ++f) {
            const qint16 *row = m_labelWeights + std::size_t(features[f] & m_labelMask) * std::size_t(relations);
            for (int k = 0; k < relations; ++k)
                relSums[std::size_t(k)] += row[k];
        }
        // Root arcs are "root" and nothing else is.
        if (h == 0)
            return m_rootRelation;
        relSums[std::size_t(m_rootRelation)] = std::numeric_limits<int>::min();
        return int(std::max_element(relSums.begin(), relSums.end()) - relSums.begin());
    };
    State s;
    s.reset(int(n));
    while (!s.terminal()) {
        const int count = parseFeatures(s, pw, pt, features);
        int sums[Transitions] = {};
        for (int f = 0; f < count; ++f) {
            const qint16 *row = m_parseWeights + std::size_t(features[f] & m_parseMask) * Transitions;
            for (int k = 0; k < Transitions; ++k)
                sums[k] += row[k];
        }
        int best = -1;
        for (int k = 0; k < Transitions; ++k)
            if (s.valid(k) && (best < 0 || sums[k] > sums[best]))
                best = k;
        int rel = -1;
        if (best == Left)
            rel = chooseRelation(s, s.next, s.stack.back());
        else if (best == Right)
            rel = chooseRelation(s, s.stack.back(), s.next);
        s.apply(best, rel);
    }
    // Words left without a head: the first becomes the root if there is none,
    // the others depend on the root word.
    int rootWord = -1;
    for (int k = 1; k <= n; ++k)
        if (s.head[std::size_t(k)] == 0)
            rootWord = k;
    for (int k = 1; k <= n; ++k) {
        if (s.head[std::size_t(k)] >= 0)
            continue;
        if (rootWord < 0) {
            s.attach(0, k, m_rootRelation);
            rootWord = k;
        } else {
            s.attach(rootWord, k, chooseRelation(s, rootWord, k));
        }
    }
    heads->assign(s.head.begin() + 1, s.head.end());
    if (labels)
        labels->assign(s.label.begin() + 1, s.label.end());
}

void splitWords(const QList<QStringView> &words, std::vector<QString> &pieces, std::vector<qsizetype> &owner)
{
    pieces.clear();
    owner.clear();
    auto add = [&](QStringView piece, qsizetype from) {
        if (!piece.isEmpty()) {
            QString text = piece.toString();
            text.replace(u'\u2019', u'\''); // the treebank's apostrophe
            pieces.push_back(text);
            owner.push_back(from);
        }
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        QStringView word = words[i];
        // A hyphen between letters is a word of its own.
        bool letter = false;
        for (QChar c : word)
            letter = letter || c.isLetter();
        if (letter && word.size() > 2 && word.mid(1, word.size() - 2).contains(u'-')) {
            qsizetype start = 0;
            for (qsizetype k = 1; k + 1 < word.size(); ++k) {
                if (word[k] == u'-' && word[k - 1] != u'-' && word[k + 1] != u'-') {
                    add(word.mid(start, k - start), i);
                    add(word.mid(k, 1), i);
                    start = k + 1;
                }
            }
            word = word.mid(start);
            if (word.isEmpty())
                continue;
            // The last part may still carry a clitic: fall through with it.
        }
        const qsizetype n = word.size();
        if (n >= 4
            && (word.last(3).compare(u"n't", Qt::CaseInsensitive) == 0
                || word.last(3).compare(u"n\u2019t", Qt::CaseInsensitive) == 0)) {
            QStringView host = word.first(n - 3);
            // "can't" and "won't" are "ca n't" and "wo n't" in the treebank.
            add(host, i);
            add(word.last(3), i);
            continue;
        }
        if (word.compare(u"cannot", Qt::CaseInsensitive) == 0) {
            add(word.first(3), i);
            add(word.last(3), i);
            continue;
        }
        bool split = false;
        for (qsizetype a = n - 2; a >= 1 && a >= n - 3; --a) {
            if (!isApostrophe(word[a]))
                continue;
            const QString tail = word.mid(a + 1).toString().toLower();
            if (tail == u"s" || tail == u"re" || tail == u"ve" || tail == u"ll" || tail == u"d" || tail == u"m") {
                add(word.first(a), i);
                add(word.mid(a), i);
                split = true;
            }
            break;
        }
        if (!split)
            add(word, i);
    }
}

Analysis Model::parse(const QList<QStringView> &words) const
{
    Analysis out;
    out.nodes.resize(words.size());
    if (words.isEmpty() || !isValid())
        return out;
    std::vector<QString> pieces;
    std::vector<qsizetype> owner;
    splitWords(words, pieces, owner);
    std::vector<int> tags, heads, labels;
    analyzeSplit(pieces, tags, &heads, &labels);
    // Each word takes the analysis of its first part whose head lies outside
    // it (the part that joins it to the sentence), else of its first part.
    std::vector<qsizetype> representative(std::size_t(words.size()), -1);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const qsizetype w = owner[k];
        const int h = heads[k];
        const bool outside = h == 0 || owner[std::size_t(h - 1)] != w;
        qsizetype &r = representative[std::size_t(w)];
        if (r < 0 || (outside && !(heads[std::size_t(r)] == 0 || owner[std::size_t(heads[std::size_t(r)] - 1)] != w)))
            r = qsizetype(k);
    }
    qsizetype rootNode = -1;
    for (qsizetype i = 0; i < words.size(); ++i) {
        Node &node = out.nodes[i];
        const qsizetype r = representative[std::size_t(i)];
        if (r < 0) { // a word with no characters: punctuation of the next word's head
            node.pos = Pos::PUNCT;
            node.relation = QLatin1StringView("punct");
            node.head = -2;
            continue;
        }
        node.pos = Pos(tags[std::size_t(r)]);
        node.relation = QLatin1StringView(m_relations[labels[std::size_t(r)]]);
        // The head piece's word; heads that lead back into the word itself
        // are followed up to the part that leaves it.
        int h = heads[std::size_t(r)];
        int guard = 0;
        while (h > 0 && owner[std::size_t(h - 1)] == i && guard++ < int(pieces.size()))
            h = heads[std::size_t(h - 1)];
        node.head = h <= 0 ? -1 : owner[std::size_t(h - 1)];
        if (node.head < 0) {
            if (rootNode < 0) {
                rootNode = i;
                node.relation = QLatin1StringView(m_relations[m_rootRelation]);
            } else {
                node.head = rootNode; // cannot happen with one root piece; kept for safety
                node.relation = QLatin1StringView("dep");
            }
        }
    }
    for (qsizetype i = 0; i < out.nodes.size(); ++i) {
        Node &node = out.nodes[i];
        if (node.head != -2)
            continue;
        if (rootNode < 0) { // nothing but empty words
            rootNode = i;
            node.head = -1;
            node.relation = QLatin1StringView(m_relations[m_rootRelation]);
        } else {
            node.head = rootNode;
        }
    }
    return out;
}

QList<Pos> Model::tag(const QList<QStringView> &words) const
{
    QList<Pos> out(words.size(), Pos::X);
    if (words.isEmpty() || !isValid())
        return out;
    std::vector<QString> pieces;
    std::vector<qsizetype> owner;
    splitWords(words, pieces, owner);
    std::vector<int> tags;
    analyzeSplit(pieces, tags, nullptr, nullptr);
    std::vector<bool> seen(std::size_t(words.size()), false);
    for (std::size_t k = 0; k < pieces.size(); ++k) {
        const qsizetype w = owner[k];
        // The host of a clitic, the last part of a hyphenated word.
        const bool host = !seen[std::size_t(w)];
        const bool hyphenPart = k > 0 && owner[k - 1] == w && pieces[k - 1] == u"-";
        if (host || hyphenPart)
            out[w] = Pos(tags[k]);
        seen[std::size_t(w)] = true;
    }
    return out;
}

QByteArray Model::serialize(const QByteArray &headerJson, const QList<QByteArray> &relations,
                            const QHash<QString, int> &tagDictionary, int tagBuckets,
                            const std::vector<float> &tagWeights, int parseBuckets,
                            const std::vector<float> &parseWeights, int labelBuckets,
                            const std::vector<float> &labelWeights)
{
    // Each table is scaled so that its largest weight is 32767; a table's
    // scores are only compared with each other, so the scale is not needed
    // to read it.
    auto quantize = [](const std::vector<float> &w, double &scale) {
        float top = 0;
        for (float v : w)
            top = std::max(top, std::abs(v));
        scale = top > 0 ? 32767.0 / double(top) : 1.0;
        std::vector<qint16> q(w.size());
        for (std::size_t k = 0; k < w.size(); ++k)
            q[k] = qint16(std::lround(double(w[k]) * scale));
        return q;
    };
    double tagScale = 1, parseScale = 1, labelScale = 1;
    const std::vector<qint16> tq = quantize(tagWeights, tagScale);
    const std::vector<qint16> pq = quantize(parseWeights, parseScale);
    const std::vector<qint16> lq = quantize(labelWeights, labelScale);

    QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    header.insert(QStringLiteral("tagBuckets"), tagBuckets);
    header.insert(QStringLiteral("parseBuckets"), parseBuckets);
    header.insert(QStringLiteral("labelBuckets"), labelBuckets);
    QJsonArray rels;
    for (const QByteArray &r : relations)
        rels.append(QString::fromLatin1(r));
    header.insert(QStringLiteral("relations"), rels);
    QJsonArray tagNames;
    for (int k = 0; k < PosCount; ++k)
        tagNames.append(QString::fromLatin1(PosNames[k]));
    header.insert(QStringLiteral("tags"), tagNames);
    // Sorted, so that the bytes do not depend on the hash's order.
    QStringList dictWords = tagDictionary.keys();
    std::sort(dictWords.begin(), dictWords.end());
    QJsonObject dict;
    for (const QString &word : dictWords)
        dict.insert(word, tagDictionary.value(word));
    header.insert(QStringLiteral("tagDictionary"), dict);
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);

    QByteArray bytes(Magic, sizeof Magic);
    char le[4];
    qToLittleEndian(quint32(json.size()), le);
    bytes.append(le, 4);
    bytes.append(json);
    while (bytes.size() % 8)
        bytes.append('\n');
    for (const auto *table : {&tq, &pq, &lq})
        for (qint16 w : *table) {
            qToLittleEndian(w, le);
            bytes.append(le, 2);
        }
    return bytes;
}

QString Model::load(const QByteArray &bytes)
{
    m_tagWeights = m_parseWeights = m_labelWeights = nullptr;
    if (bytes.size() < 12 || std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return QStringLiteral("not an Annalist syntax model");
    const quint32 headerLength = qFromLittleEndian<quint32>(bytes.constData() + 8);
    if (headerLength > quint32(bytes.size()) - 12)
        return QStringLiteral("the model's header is cut short");
    const QByteArray json = bytes.mid(12, headerLength);
    QJsonParseError error;
    const QJsonObject header = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return QStringLiteral("the model's header is not valid JSON: ") + error.errorString();
    const QJsonArray tagNames = header.value(QStringLiteral("tags")).toArray();
    if (tagNames.size() != PosCount)
        return QStringLiteral("the model has other parts of speech than this program");
    for (int k = 0; k < PosCount; ++k)
        if (tagNames[k].toString() != QLatin1StringView(PosNames[k]))
            return QStringLiteral("the model numbers the parts of speech otherwise than this program");
    auto buckets = [&](const char *key, quint32 &mask) {
        const qint64 b = header.value(QLatin1StringView(key)).toInteger();
        if (b <= 0 || (b & (b - 1)) != 0)
            return qint64(-1);
        mask = quint32(b - 1);
        return b;
    };
    const qint64 tagBuckets = buckets("tagBuckets", m_tagMask);
    const qint64 parseBuckets = buckets("parseBuckets", m_parseMask);
    const qint64 labelBuckets = buckets("labelBuckets", m_labelMask);
    if (tagBuckets < 0 || parseBuckets < 0 || labelBuckets < 0)
        return QStringLiteral("the model's table sizes are not powers of two");
    m_relations.clear();
    m_rootRelation = -1;
    for (const QJsonValue &r : header.value(QStringLiteral("relations")).toArray()) {
        if (r.toString() == u"root")
            m_rootRelation = int(m_relations.size());
        m_relations.append(r.toString().toLatin1());
    }
    if (m_rootRelation < 0)
        return QStringLiteral("the model has no root relation");
    m_tagDictionary.clear();
    const QJsonObject dict = header.value(QStringLiteral("tagDictionary")).toObject();
    for (auto it = dict.begin(); it != dict.end(); ++it) {
        const int tag = it.value().toInt(-1);
        if (tag < 0 || tag >= PosCount)
            return QStringLiteral("the model's tag dictionary names an unknown tag");
        m_tagDictionary.insert(it.key(), tag);
    }
    qsizetype at = 12 + headerLength;
    while (at % 8)
        ++at;
    const qsizetype tagCount = qsizetype(tagBuckets) * PosCount;
    const qsizetype parseCount = qsizetype(parseBuckets) * Transitions;
    const qsizetype labelCount = qsizetype(labelBuckets) * m_relations.size();
    if (bytes.size() != at + 2 * (tagCount + parseCount + labelCount))
        return QStringLiteral("the model file has the wrong size for its header");
    m_header = QString::fromUtf8(json);
    const qint16 *base = nullptr;
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        m_bytes = bytes; // shares the caller's bytes
        base = reinterpret_cast<const qint16 *>(m_bytes.constData() + at);
    } else {
        const qsizetype count = tagCount + parseCount + labelCount;
        m_bytes = QByteArray(count * 2, Qt::Uninitialized);
        qFromLittleEndian<qint16>(bytes.constData() + at, count, m_bytes.data());
        base = reinterpret_cast<const qint16 *>(m_bytes.constData());
    }
    m_tagWeights = base;
    m_parseWeights = base + tagCount;
    m_labelWeights = base + tagCount + parseCount;
    return {};
}

QString Model::loadFile(const QString &path)
{
    return loadModelFile(*this, path);
}

namespace {
struct SharedModel {
    Model model;
    SharedModel()
    {
        // Compiled in without compression, so the weights are read where they lie.
        const QString problem = loadModelResource(model, QStringLiteral(":/annalist/syntax/model.bin"));
        if (!problem.isEmpty())
            qCWarning(lcSyntaxModel) << "syntax model not loaded:" << problem;
    }
};
Q_GLOBAL_STATIC(SharedModel, sharedModel)
} // namespace

const Model *Model::shared()
{
    const Model &m = sharedModel()->model;
    return m.isValid() ? &m : nullptr;
}

} // namespace Annalist::Syntax
