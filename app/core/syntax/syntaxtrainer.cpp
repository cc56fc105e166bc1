// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "syntax/syntaxtrainer.h"

#include "util/splitmix.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>

#include <algorithm>
#include <limits>

namespace Annalist::Syntax {

namespace {

constexpr int PosCount = int(Pos::Count);

/// An averaged perceptron over hashed features with lazy averaging: each
/// weight remembers when it last changed, so that the sum over all steps is
/// brought up to date only when the weight changes or at the end.
class Perceptron
{
public:
    Perceptron(int bucketsLog2, int classes)
        : m_classes(classes)
        , m_mask((1u << bucketsLog2) - 1)
        , m_weights(std::size_t(1u << bucketsLog2) * std::size_t(classes))
        , m_totals(m_weights.size())
        , m_stamps(m_weights.size())
    {
    }
    void score(const quint32 *features, int count, std::vector<float> &scores) const
    {
        scores.assign(std::size_t(m_classes), 0.f);
        for (int f = 0; f < count; ++f) {
            const float *row = &m_weights[std::size_t(features[f] & m_mask) * std::size_t(m_classes)];
            for (int k = 0; k < m_classes; ++k)
                scores[std::size_t(k)] += row[k];
        }
    }
    void tick() { ++m_clock; }
    void update(const quint32 *features, int count, int truth, int guess)
    {
        for (int f = 0; f < count; ++f) {
            const std::size_t row = std::size_t(features[f] & m_mask) * std::size_t(m_classes);
            add(row + std::size_t(truth), 1.f);
            add(row + std::size_t(guess), -1.f);
        }
    }
    std::vector<float> averaged() const
    {
        std::vector<float> out(m_weights.size());
        const double steps = double(std::max<qint64>(m_clock, 1));
        for (std::size_t k = 0; k < m_weights.size(); ++k)
            out[k] = float((m_totals[k] + double(m_clock - m_stamps[k]) * double(m_weights[k])) / steps);
        return out;
    }

private:
    void add(std::size_t k, float delta)
    {
        m_totals[k] += double(m_clock - m_stamps[k]) * double(m_weights[k]);
        m_stamps[k] = m_clock;
        m_weights[k] += delta;
    }
    int m_classes;
    quint32 m_mask;
    std::vector<float> m_weights;
    std::vector<double> m_totals;
    std::vector<qint64> m_stamps;
    qint64 m_clock = 0;
};

int argmax(const std::vector<float> &scores)
{
    return int(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

using Dictionary = QHash<QString, int>;

Dictionary buildDictionary(const std::vector<const TreebankSentence *> &sentences, const TrainOptions &o)
{
    QHash<QString, std::array<int, PosCount>> counts;
    for (const TreebankSentence *s : sentences)
        for (std::size_t i = 0; i < s->words.size(); ++i)
            ++counts[s->words[i]][std::size_t(s->tags[i])];
    Dictionary dict;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        int total = 0, best = 0;
        for (int k = 0; k < PosCount; ++k) {
            total += it.value()[std::size_t(k)];
            if (it.value()[std::size_t(k)] > it.value()[std::size_t(best)])
                best = k;
        }
        if (total >= o.dictionaryMinCount && double(it.value()[std::size_t(best)]) >= o.dictionaryMinShare * total)
            dict.insert(it.key(), best);
    }
    return dict;
}

std::vector<Model::WordInfo> infosOf(const TreebankSentence &s)
{
    std::vector<Model::WordInfo> infos;
    infos.reserve(s.words.size());
    for (std::size_t i = 0; i < s.words.size(); ++i)
        infos.push_back(Model::wordInfo(s.words[i], i == 0));
    return infos;
}

/// Tags a sentence greedily with a tagger in training (or trained).
void tagWith(const Perceptron &p, const Dictionary &dict, const TreebankSentence &s,
             const std::vector<Model::WordInfo> &infos, std::vector<int> &tags, Perceptron *learn)
{
    const qsizetype n = qsizetype(s.words.size());
    tags.assign(std::size_t(n), 0);
    quint32 features[Model::MaxFeatures];
    std::vector<float> scores;
    for (qsizetype i = 0; i < n; ++i) {
        const auto known = dict.constFind(s.words[std::size_t(i)]);
        if (known != dict.cend()) {
            tags[std::size_t(i)] = known.value();
            continue;
        }
        const int count = Model::tagFeatures(infos, i, tags, features);
        p.score(features, count, scores);
        const int guess = argmax(scores);
        if (learn) {
            learn->tick();
            if (guess != s.tags[std::size_t(i)])
                learn->update(features, count, s.tags[std::size_t(i)], guess);
        }
        tags[std::size_t(i)] = guess;
    }
}

Perceptron trainTagger(const std::vector<const TreebankSentence *> &sentences, const Dictionary &dict,
                       const TrainOptions &o, SplitMix64 &random, const std::function<void(const QString &)> &progress)
{
    Perceptron p(o.tagBucketsLog2, PosCount);
    std::vector<std::vector<Model::WordInfo>> infos;
    infos.reserve(sentences.size());
    for (const TreebankSentence *s : sentences)
        infos.push_back(infosOf(*s));
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::vector<int> tags;
    for (int epoch = 0; epoch < o.tagEpochs; ++epoch) {
        random.shuffle(order);
        qint64 right = 0, total = 0;
        for (std::size_t k : order) {
            tagWith(p, dict, *sentences[k], infos[k], tags, &p);
            for (std::size_t i = 0; i < tags.size(); ++i)
                right += tags[i] == sentences[k]->tags[i];
            total += qint64(tags.size());
        }
        if (progress)
            progress(QStringLiteral("tagger epoch %1: %2 % of the training words right")
                         .arg(epoch + 1)
                         .arg(100.0 * double(right) / double(std::max<qint64>(total, 1)), 0, 'f', 2));
    }
    return p;
}

/// The words of a sentence as the parser reads them (index 0 the root).
struct ParseInput {
    std::vector<quint64> words;
    std::vector<int> tags;
    std::vector<int> gold; ///< gold heads, index 0 unused
    std::vector<int> goldLabels;
};

/// How many gold arcs a transition makes unreachable (the dynamic oracle of
/// Goldberg and Nivre for the arc-eager system, with the single-root rule).
int cost(const Model::State &s, const std::vector<int> &gold, const std::vector<char> &onStack, int t)
{
    const int s0 = s.stack.back();
    const int b = s.next;
    int c = 0;
    auto reachableHeadOfB = [&](int h) { return h > b || (onStack[std::size_t(h)] && (h > 0 || !s.rootTaken)); };
    switch (t) {
    case Model::Left:
        for (int k = b; k <= s.n; ++k)
            c += gold[std::size_t(k)] == s0;
        c += gold[std::size_t(s0)] > b;
        break;
    case Model::Reduce:
        for (int k = b; k <= s.n; ++k)
            c += gold[std::size_t(k)] == s0;
        break;
    case Model::Right:
        if (gold[std::size_t(b)] != s0 && reachableHeadOfB(gold[std::size_t(b)]))
            ++c;
        for (int k : s.stack)
            c += k > 0 && s.head[std::size_t(k)] < 0 && gold[std::size_t(k)] == b;
        break;
    case Model::Shift:
        if (onStack[std::size_t(gold[std::size_t(b)])] && (gold[std::size_t(b)] > 0 || !s.rootTaken))
            ++c;
        for (int k : s.stack)
            c += k > 0 && s.head[std::size_t(k)] < 0 && gold[std::size_t(k)] == b;
        break;
    }
    return c;
}

} // namespace

QString readConllu(const QByteArray &text, std::vector<TreebankSentence> &out)
{
    QString document;
    TreebankSentence current;
    qsizetype lineNumber = 0;
    auto finish = [&]() -> QString {
        if (current.words.empty())
            return {};
        for (int h : current.heads)
            if (h < 0 || h > int(current.words.size()))
                return QStringLiteral("line %1: a head outside its sentence").arg(lineNumber);
        current.document = document;
        out.push_back(std::move(current));
        current = TreebankSentence();
        return {};
    };
    for (QByteArray line : text.split('\n')) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (QString problem = finish(); !problem.isEmpty())
                return problem;
            continue;
        }
        if (line.startsWith('#')) {
            if (line.startsWith("# newdoc id =")) {
                document = QString::fromUtf8(line.mid(13).trimmed());
            }
            continue;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() != 10)
            return QStringLiteral("line %1: not ten fields").arg(lineNumber);
        if (fields[0].contains('-') || fields[0].contains('.'))
            continue; // a multiword token or an empty node
        bool ok = false;
        const int id = fields[0].toInt(&ok);
        if (!ok || id != int(current.words.size()) + 1)
            return QStringLiteral("line %1: word ids out of order").arg(lineNumber);
        const int head = fields[6].toInt(&ok);
        if (!ok)
            return QStringLiteral("line %1: no head").arg(lineNumber);
        Pos pos = posFromName(QLatin1StringView(fields[3]));
        if (pos == Pos::Count)
            return QStringLiteral("line %1: unknown part of speech").arg(lineNumber);
        current.words.push_back(QString::fromUtf8(fields[1]));
        current.tags.push_back(int(pos));
        current.heads.push_back(head);
        current.relations.push_back(fields[7]);
    }
    return finish();
}

QByteArray trainModel(const std::vector<TreebankSentence> &sentences, const TrainOptions &o,
                      const QByteArray &headerJson, const std::function<void(const QString &)> &progress)
{
    SplitMix64 random{o.seed};
    std::vector<const TreebankSentence *> all;
    all.reserve(sentences.size());
    for (const TreebankSentence &s : sentences)
        all.push_back(&s);

    // The relations, sorted so that their numbers do not depend on the data's order.
    QMap<QByteArray, int> relationIndex;
    relationIndex.insert("root", 0);
    for (const TreebankSentence &s : sentences)
        for (const QByteArray &r : s.relations)
            relationIndex.insert(r, 0);
    QList<QByteArray> relations = relationIndex.keys();
    for (int k = 0; k < relations.size(); ++k)
        relationIndex[relations[k]] = k;
    const int rootRelation = relationIndex.value("root");

    // The tagger.
    const Dictionary dict = buildDictionary(all, o);
    Perceptron tagger = trainTagger(all, dict, o, random, progress);

    // The parser reads predicted tags, as it will when it runs: each fold's
    // tags come from a tagger trained on the other folds.
    std::vector<ParseInput> inputs(sentences.size());
    for (std::size_t k = 0; k < sentences.size(); ++k) {
        const TreebankSentence &s = sentences[k];
        ParseInput &in = inputs[k];
        const std::size_t n = s.words.size();
        in.words.assign(n + 1, 0x3243F6A8885A308DULL);
        in.tags.assign(n + 1, PosCount + 1);
        in.gold.assign(n + 1, 0);
        in.goldLabels.assign(n + 1, rootRelation);
        const std::vector<Model::WordInfo> infos = infosOf(s);
        for (std::size_t i = 0; i < n; ++i) {
            in.words[i + 1] = infos[i].lower;
            in.tags[i + 1] = s.tags[i];
            in.gold[i + 1] = s.heads[i];
            in.goldLabels[i + 1] = relationIndex.value(s.relations[i]);
        }
    }
    if (o.jackknife >= 2) {
        TrainOptions foldOptions = o;
        for (int fold = 0; fold < o.jackknife; ++fold) {
            std::vector<const TreebankSentence *> rest;
            for (std::size_t k = 0; k < sentences.size(); ++k)
                if (int(k % std::size_t(o.jackknife)) != fold)
                    rest.push_back(&sentences[k]);
            const Dictionary foldDict = buildDictionary(rest, o);
            const Perceptron foldTagger = trainTagger(rest, foldDict, foldOptions, random, {});
            qint64 right = 0, total = 0;
            std::vector<int> tags;
            for (std::size_t k = std::size_t(fold); k < sentences.size(); k += std::size_t(o.jackknife)) {
                tagWith(foldTagger, foldDict, sentences[k], infosOf(sentences[k]), tags, nullptr);
                for (std::size_t i = 0; i < tags.size(); ++i) {
                    inputs[k].tags[i + 1] = tags[i];
                    right += tags[i] == sentences[k].tags[i];
                }
                total += qint64(tags.size());
            }
            if (progress)
                progress(QStringLiteral("jackknife fold %1: %2 % of its tags right")
                             .arg(fold + 1)
                             .arg(100.0 * double(right) / double(std::max<qint64>(total, 1)), 0, 'f', 2));
        }
    }

    Perceptron parser(o.parseBucketsLog2, Model::Transitions);
    Perceptron labeler(o.labelBucketsLog2, int(relations.size()));
    std::vector<std::size_t> order(sentences.size());
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = k;
    quint32 features[Model::MaxFeatures];
    std::vector<float> scores, labelScores;
    Model::State s;
    std::vector<char> onStack;
    for (int epoch = 0; epoch < o.parseEpochs; ++epoch) {
        random.shuffle(order);
        qint64 moves = 0, wrongMoves = 0;
        for (std::size_t k : order) {
            const ParseInput &in = inputs[k];
            const int n = int(in.gold.size()) - 1;
            s.reset(n);
            onStack.assign(std::size_t(n + 1), 0);
            onStack[0] = 1;
            while (!s.terminal()) {
                const int count = Model::parseFeatures(s, in.words, in.tags, features);
                parser.score(features, count, scores);
                parser.tick();
                int costs[Model::Transitions];
                int minCost = std::numeric_limits<int>::max();
                for (int t = 0; t < Model::Transitions; ++t) {
                    costs[t] = s.valid(t) ? cost(s, in.gold, onStack, t) : std::numeric_limits<int>::max();
                    minCost = std::min(minCost, costs[t]);
                }
                int guess = -1, best = -1;
                for (int t = 0; t < Model::Transitions; ++t) {
                    if (!s.valid(t))
                        continue;
                    if (guess < 0 || scores[std::size_t(t)] > scores[std::size_t(guess)])
                        guess = t;
                    if (costs[t] == minCost && (best < 0 || scores[std::size_t(t)] > scores[std::size_t(best)]))
                        best = t;
                }
                ++moves;
                if (costs[guess] > minCost) {
                    ++wrongMoves;
                    parser.update(features, count, best, guess);
                }
                const bool explore = epoch > 0 && random.uniform() < o.explore;
                const int move = explore ? guess : best;
                int rel = -1;
                if (move == Model::Left || move == Model::Right) {
                    const int h = move == Model::Left ? s.next : s.stack.back();
                    const int d = move == Model::Left ? s.stack.back() : s.next;
                    if (h == 0) {
                        rel = rootRelation;
                    } else {
                        const int lc = Model::labelFeatures(s, h, d, in.words, in.tags, features);
                        labeler.score(features, lc, labelScores);
                        labelScores[std::size_t(rootRelation)] = -std::numeric_limits<float>::infinity();
                        rel = argmax(labelScores);
                        if (in.gold[std::size_t(d)] == h) {
                            labeler.tick();
                            const int truth = in.goldLabels[std::size_t(d)];
                            if (rel != truth && truth != rootRelation)
                                labeler.update(features, lc, truth, rel);
                            rel = truth;
                        }
                    }
                }
                if (move == Model::Shift || move == Model::Right)
                    onStack[std::size_t(s.next)] = 1;
                else
                    onStack[std::size_t(s.stack.back())] = 0;
                s.apply(move, rel);
            }
        }
        if (progress)
            progress(QStringLiteral("parser epoch %1: %2 % of the moves wrong")
                         .arg(epoch + 1)
                         .arg(100.0 * double(wrongMoves) / double(std::max<qint64>(moves, 1)), 0, 'f', 2));
    }

    QJsonObject header = QJsonDocument::fromJson(headerJson).object();
    QJsonObject options;
    options.insert(QStringLiteral("tagEpochs"), o.tagEpochs);
    options.insert(QStringLiteral("parseEpochs"), o.parseEpochs);
    options.insert(QStringLiteral("jackknife"), o.jackknife);
    options.insert(QStringLiteral("explore"), o.explore);
    options.insert(QStringLiteral("seed"), QString::number(o.seed));
    options.insert(QStringLiteral("dictionaryMinCount"), o.dictionaryMinCount);
    options.insert(QStringLiteral("dictionaryMinShare"), o.dictionaryMinShare);
    header.insert(QStringLiteral("options"), options);
    qint64 words = 0;
    for (const TreebankSentence &st : sentences)
        words += qint64(st.words.size());
    header.insert(QStringLiteral("sentences"), qint64(sentences.size()));
    header.insert(QStringLiteral("words"), words);
    return Model::serialize(QJsonDocument(header).toJson(QJsonDocument::Compact), relations, dict,
                            1 << o.tagBucketsLog2, tagger.averaged(), 1 << o.parseBucketsLog2, parser.averaged(),
                            1 << o.labelBucketsLog2, labeler.averaged());
}

Scores evaluate(const Model &model, const std::vector<TreebankSentence> &sentences)
{
    Scores scores;
    const QList<QByteArray> relations = model.relations();
    std::vector<int> tags, heads, labels;
    for (const TreebankSentence &s : sentences) {
        model.analyzeSplit(s.words, tags, &heads, &labels);
        for (std::size_t i = 0; i < s.words.size(); ++i) {
            ++scores.words;
            scores.tagsRight += tags[i] == s.tags[i];
            const bool punct = s.tags[i] == int(Pos::PUNCT);
            scores.wordsNotPunct += !punct;
            if (heads[i] == s.heads[i]) {
                ++scores.headsRight;
                scores.headsRightNotPunct += !punct;
                scores.arcsRight += relations.value(labels[i]) == s.relations[i];
            }
        }
    }
    return scores;
}

} // namespace Annalist::Syntax
