// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Trains the learned entity recognizer (NerModel) from gold in JSON Lines
// (the format of ../shared/data: "text" and "entities" [{start, end, type}] in
// code points) and writes its weights file. Deterministic: the same files and
// options give the same bytes.
//
//   train_ner --out MODEL.bin [options] FILE.jsonl...
//     --epochs N           passes over the data (default 12)
//     --buckets-log2 B     size of the hashed weight table (default 18)
//     --seed S             order of the documents in each pass (default 1)
//     --features F         the feature set (NerModel::features(); default 1)
//     --ensemble K         one stage: the average of K perceptrons' weights,
//                          trained with seeds S .. S + K - 1 (default 1)
//     --lexicon-dropout P  feature set 3: hide what kind of name the lexicon
//                          says a word is from a share P of the training words
//                          (default 0), so that the model still learns names
//                          no dictionary knows from their context
//     --stages 1|2         two: a second stage reads the first stage's
//                          readings of the same words elsewhere in the document;
//                          the first stage's readings it is trained on are made
//                          out of fold (--inner-folds, default 4), so that they
//                          are as wrong as they will be on new text
//     --buckets-log2-first B  the first stage's table when there are two (default B - 1)
//     --cv N --cv-dir DIR  instead: N models, each trained without one fold of
//                          the documents (by document id), written with that
//                          fold's documents as DIR/fold-K.bin and DIR/fold-K.jsonl
//
// A document's fold is its id's FNV-1a hash modulo N.

#include "article/loader.h"
#include "recognize/englishlexicon.h"
#include "recognize/nermodel.h"
#include "recognize/recognizer.h"
#include "recognize/tokenizer.h"
#include "util/codepoints.h"
#include "util/splitmix.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace Annalist;

namespace {

constexpr int L = NerModel::Labels;

struct Segment {
    std::vector<quint32> features; ///< MaxFeatures slots per word; unused ones are 0 with count below
    std::vector<quint8> featureCount;
    std::vector<int> gold;
    ModelSegment words; ///< for the second stage's document features
};

struct Document {
    QByteArray line;
    QString id;
    std::vector<Segment> segments;
};

struct Data {
    std::vector<Document> documents;
    qsizetype goldNames = 0;
    qsizetype namesOutsideSegments = 0;
    qsizetype words = 0;
};

int typeCode(const QString &t)
{
    if (t == u"PERSON")
        return 1;
    if (t == u"ORG")
        return 2;
    if (t == u"LOC")
        return 3;
    return 4;
}

quint64 fnv(const QString &s)
{
    quint64 h = FnvOffset;
    for (QChar c : s)
        h = (h ^ c.unicode()) * FnvPrime;
    return h;
}

QString readDocuments(const QString &path, const Recognizer &recognizer, int featureSet, double lexiconDropout,
                      Data &data)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return path + QStringLiteral(": ") + file.errorString();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError)
            return path + QStringLiteral(": ") + error.errorString();
        Article article;
        article.text = o.value(QStringLiteral("text")).toString();
        segmentArticle(article);
        const QList<Word> tokens = tokenize(article.text);
        const CodePointMap map(article.text);
        // Gold labels per word: a word belongs to a name when it starts inside it.
        std::vector<int> labels(std::size_t(tokens.size()), NerLabel::O);
        const QJsonArray entities = o.value(QStringLiteral("entities")).toArray();
        std::vector<bool> covered(std::size_t(tokens.size()), false);
        for (const QJsonValue &v : entities) {
            const QJsonObject e = v.toObject();
            const qsizetype start = map.toUtf16(e.value(QStringLiteral("start")).toInteger());
            const qsizetype end = map.toUtf16(e.value(QStringLiteral("end")).toInteger());
            const int type = typeCode(e.value(QStringLiteral("type")).toString());
            ++data.goldNames;
            auto it = std::lower_bound(tokens.cbegin(), tokens.cend(), start,
                                       [](const Word &t, qsizetype p) { return t.end <= p; });
            bool begin = true;
            for (; it != tokens.cend() && it->start < end; ++it) {
                const std::size_t k = std::size_t(it - tokens.cbegin());
                labels[k] = begin ? type * 2 - 1 : type * 2;
                begin = false;
            }
        }
        Document doc;
        doc.line = line;
        doc.id = o.value(QStringLiteral("id")).toString();
        data.words += tokens.size();
        std::vector<ModelSegment> segments = recognizer.modelSegments(article, tokens);
        const quint64 docSeed = fnv(doc.id);
        for (ModelSegment &s : segments) {
            if (lexiconDropout > 0) {
                // The same words are hidden in every segment whose window holds them.
                constexpr quint8 Kinds = EnglishLexicon::Person | EnglishLexicon::Place | EnglishLexicon::Group
                    | EnglishLexicon::OtherName | EnglishLexicon::Whole;
                for (std::size_t j = 0; j < s.window.size(); ++j) {
                    SplitMix64 r{docSeed ^ (quint64(s.first - s.offset + qsizetype(j)) * 0x9E3779B97F4A7C15ULL)};
                    if (r.uniform() < lexiconDropout)
                        s.window[j].lexicon &= quint8(~Kinds);
                }
            }
            Segment seg;
            seg.features.resize(std::size_t(s.count) * NerModel::MaxFeatures);
            seg.featureCount.resize(std::size_t(s.count));
            for (int k = 0; k < s.count; ++k) {
                quint32 *at = seg.features.data() + std::size_t(k) * NerModel::MaxFeatures;
                seg.featureCount[std::size_t(k)] =
                    quint8(NerModel::features(s.window, s.offset + k, at, featureSet));
                int label = labels[std::size_t(s.first + k)];
                covered[std::size_t(s.first + k)] = true;
                // A name cut by the segment's start begins here.
                if (k == 0 && nerLabelInside(label))
                    --label;
                seg.gold.push_back(label);
            }
            seg.words = s;
            doc.segments.push_back(std::move(seg));
        }
        for (std::size_t k = 0; k < labels.size(); ++k)
            if (labels[k] != NerLabel::O && !nerLabelInside(labels[k]) && !covered[k])
                ++data.namesOutsideSegments;
        data.documents.push_back(std::move(doc));
    }
    return {};
}

struct Options {
    int epochs = 12;
    int bucketsLog2 = 18;
    int bucketsLog2First = 0; ///< 0: bucketsLog2 - 1
    quint64 seed = 1;
    int features = 1; // feature set 2 was measured and lost on news (bench/README.md)
    double lexiconDropout = 0;
    int ensemble = 1;
    int stages = 1;
    int innerFolds = 4;
};

/// Averaged perceptron: w holds the current weights, acc the sum of each
/// update times the step it was made at, so that the average is w - acc / steps.
struct Trainer {
    std::vector<float> w, acc, tw, tacc;
    quint32 mask;
    double step = 1;

    explicit Trainer(int bucketsLog2)
        : w(std::size_t(L) << bucketsLog2)
        , acc(w.size())
        , tw(std::size_t(L + 1) * L)
        , tacc(tw.size())
        , mask((quint32(1) << bucketsLog2) - 1)
    {
    }

    /// The best labels of a segment under the current weights.
    void label(const Segment &s, std::vector<float> &e, std::vector<int> &labels) const
    {
        emissions(s, e);
        labels.resize(s.gold.size());
        NerModel::viterbi(e.data(), int(s.gold.size()), tw.data(), labels.data());
    }
    void emissions(const Segment &s, std::vector<float> &e) const
    {
        const std::size_t len = s.gold.size();
        e.assign(len * L, 0.f);
        for (std::size_t k = 0; k < len; ++k)
            for (int f = 0; f < s.featureCount[k]; ++f) {
                const float *row = w.data() + std::size_t(s.features[k * NerModel::MaxFeatures + std::size_t(f)] & mask) * L;
                for (int l = 0; l < L; ++l)
                    e[k * L + std::size_t(l)] += row[l];
            }
    }
    void update(const Segment &s, std::size_t k, int label, float delta)
    {
        for (int f = 0; f < s.featureCount[k]; ++f) {
            const std::size_t at = std::size_t(s.features[k * NerModel::MaxFeatures + std::size_t(f)] & mask) * L + std::size_t(label);
            w[at] += delta;
            acc[at] += float(step) * delta;
        }
    }
    void updateTransition(int a, int b, float delta)
    {
        const std::size_t at = std::size_t(a) * L + std::size_t(b);
        tw[at] += delta;
        tacc[at] += float(step) * delta;
    }

    void train(const std::vector<const Segment *> &segments, const Options &options)
    {
        std::vector<const Segment *> order = segments;
        SplitMix64 random{options.seed};
        std::vector<float> e;
        std::vector<int> predicted;
        for (int epoch = 0; epoch < options.epochs; ++epoch) {
            random.shuffle(order);
            for (const Segment *s : order) {
                emissions(*s, e);
                const int len = int(s->gold.size());
                predicted.resize(std::size_t(len));
                NerModel::viterbi(e.data(), len, tw.data(), predicted.data());
                if (predicted != s->gold) {
                    for (int k = 0; k < len; ++k) {
                        const int g = s->gold[std::size_t(k)];
                        const int p = predicted[std::size_t(k)];
                        const int pg = k == 0 ? L : s->gold[std::size_t(k - 1)];
                        const int pp = k == 0 ? L : predicted[std::size_t(k - 1)];
                        if (g != p) {
                            update(*s, std::size_t(k), g, 1.f);
                            update(*s, std::size_t(k), p, -1.f);
                        }
                        if (g != p || pg != pp) {
                            updateTransition(pg, g, 1.f);
                            updateTransition(pp, p, -1.f);
                        }
                    }
                }
                step += 1;
            }
        }
        for (std::size_t k = 0; k < w.size(); ++k)
            w[k] -= acc[k] / float(step);
        for (std::size_t k = 0; k < tw.size(); ++k)
            tw[k] -= tacc[k] / float(step);
    }
};

NerModel::StageWeights quantize(const Trainer &t)
{
    float maxAbs = 0;
    for (float v : t.w)
        maxAbs = std::max(maxAbs, std::fabs(v));
    NerModel::StageWeights stage;
    stage.buckets = int(t.mask + 1);
    stage.scale = maxAbs > 0 ? maxAbs / 32000.f : 1.f;
    stage.transitions = t.tw;
    stage.weights.resize(t.w.size());
    for (std::size_t k = 0; k < stage.weights.size(); ++k)
        stage.weights[k] = qint16(std::lround(t.w[k] / stage.scale));
    return stage;
}

QByteArray buildModel(const std::vector<NerModel::StageWeights> &stages, const QJsonObject &header, int featureSet,
                      float temperature)
{
    return NerModel::serialize(QJsonDocument(header).toJson(QJsonDocument::Compact), featureSet, temperature,
                               stages);
}

/// Picks the temperature that makes the model's span confidences best
/// predict whether a span is right, on the given documents.
float calibrate(const std::vector<NerModel::StageWeights> &stages, const QJsonObject &header, int featureSet,
                const Recognizer &recognizer, const std::vector<const Document *> &documents)
{
    // Re-decoding needs the documents' segments again; they are cheap to make.
    struct Doc {
        Article article;
        std::vector<ModelSegment> segments;
        std::vector<std::tuple<qsizetype, qsizetype, int>> gold; // token span and type
    };
    std::vector<Doc> docs;
    for (const Document *d : documents) {
        const QJsonObject o = QJsonDocument::fromJson(d->line).object();
        Doc doc;
        doc.article.text = o.value(QStringLiteral("text")).toString();
        segmentArticle(doc.article);
        const QList<Word> tokens = tokenize(doc.article.text);
        const CodePointMap map(doc.article.text);
        for (const QJsonValue &v : o.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            const qsizetype start = map.toUtf16(e.value(QStringLiteral("start")).toInteger());
            const qsizetype end = map.toUtf16(e.value(QStringLiteral("end")).toInteger());
            qsizetype first = -1, last = -1;
            for (qsizetype k = 0; k < tokens.size(); ++k)
                if (tokens.at(k).start >= start && tokens.at(k).start < end) {
                    if (first < 0)
                        first = k;
                    last = k;
                }
            if (first >= 0)
                doc.gold.emplace_back(first, last, typeCode(e.value(QStringLiteral("type")).toString()));
        }
        doc.segments = recognizer.modelSegments(doc.article, tokens);
        docs.push_back(std::move(doc));
    }
    float best = 1;
    double bestScore = -1e300;
    for (float temperature : {0.25f, 0.5f, 1.f, 2.f, 4.f, 8.f, 16.f, 32.f}) {
        const QByteArray bytes = buildModel(stages, header, featureSet, temperature);
        NerModel model;
        if (!model.load(bytes).isEmpty())
            continue;
        double score = 0;
        for (const Doc &doc : docs) {
            std::vector<ModelSpan> spans;
            NerVotes votes;
            for (const ModelSegment &s : doc.segments)
                model.vote(s, votes);
            for (const ModelSegment &s : doc.segments)
                model.decode(s, &votes, spans);
            for (const ModelSpan &span : spans) {
                bool right = false;
                for (const auto &[first, last, type] : doc.gold)
                    right = right || (first == span.first && last == span.last && type == span.type);
                const double c = std::clamp(double(span.confidence), 1e-4, 1 - 1e-4);
                score += right ? std::log(c) : std::log(1 - c);
            }
        }
        if (score > bestScore) {
            bestScore = score;
            best = temperature;
        }
    }
    return best;
}

bool write(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "train_ner: " << path << ": " << file.errorString() << "\n";
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Options options;
    QString outPath, cvDir;
    int cv = 0;
    QStringList files;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&]() { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == u"--out")
            outPath = value();
        else if (a == u"--epochs")
            options.epochs = value().toInt();
        else if (a == u"--buckets-log2")
            options.bucketsLog2 = value().toInt();
        else if (a == u"--features")
            options.features = value().toInt();
        else if (a == u"--ensemble")
            options.ensemble = std::max(1, value().toInt());
        else if (a == u"--lexicon-dropout")
            options.lexiconDropout = value().toDouble();
        else if (a == u"--stages")
            options.stages = value().toInt();
        else if (a == u"--inner-folds")
            options.innerFolds = value().toInt();
        else if (a == u"--buckets-log2-first")
            options.bucketsLog2First = value().toInt();
        else if (a == u"--seed")
            options.seed = value().toULongLong();
        else if (a == u"--cv")
            cv = value().toInt();
        else if (a == u"--cv-dir")
            cvDir = value();
        else if (a.startsWith(u"--")) {
            err << "train_ner: unknown option " << a << "\n";
            return 2;
        } else
            files.append(a);
    }
    if (files.isEmpty() || (outPath.isEmpty() && (cv < 2 || cvDir.isEmpty())) || options.epochs < 1
        || options.bucketsLog2 < 10 || options.bucketsLog2 > 22 || options.features < 1
        || options.features > NerModel::LatestFeatures || options.stages < 1 || options.stages > 2
        || options.innerFolds < 2) {
        err << "usage: train_ner --out MODEL.bin [--epochs N] [--buckets-log2 B] [--seed S] FILE.jsonl...\n"
               "       train_ner --cv N --cv-dir DIR [options] FILE.jsonl...\n";
        return 2;
    }

    const Recognizer recognizer;
    Data data;
    QJsonArray sources;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "train_ner: " << path << ": " << f.errorString() << "\n";
            return 1;
        }
        const QByteArray sha = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        const std::size_t before = data.documents.size();
        const QString problem = readDocuments(path, recognizer, options.features, options.lexiconDropout, data);
        if (!problem.isEmpty()) {
            err << "train_ner: " << problem << "\n";
            return 1;
        }
        sources.append(QJsonObject{{QStringLiteral("file"), QFileInfo(path).fileName()},
                                   {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                                   {QStringLiteral("documents"), qint64(data.documents.size() - before)}});
    }
    out << "documents " << data.documents.size() << ", words " << data.words << ", names " << data.goldNames
        << ", names starting outside the model's segments " << data.namesOutsideSegments << "\n";

    if (options.bucketsLog2First == 0)
        options.bucketsLog2First = options.bucketsLog2 - 1;
    const auto trainOn = [&](int skipFold, const QString &path) {
        std::vector<const Segment *> segments;
        std::vector<const Document *> used;
        for (const Document &d : data.documents) {
            if (skipFold >= 0 && int(fnv(d.id) % quint64(cv)) == skipFold)
                continue;
            used.push_back(&d);
            for (const Segment &s : d.segments)
                segments.push_back(&s);
        }
        std::vector<NerModel::StageWeights> stages;
        if (options.stages == 1) {
            // With --ensemble K, K perceptrons trained in different orders
            // (seeds S .. S + K - 1), their weights averaged: the scores are
            // linear in the weights, so this is the average of K models'
            // scores at the cost of one. It steadies what one order of the
            // documents leaves to chance (confidences of a name by 0.1 or more).
            Trainer trainer(options.bucketsLog2);
            trainer.train(segments, options);
            for (int k = 1; k < options.ensemble; ++k) {
                Options other = options;
                other.seed = options.seed + quint64(k);
                Trainer member(options.bucketsLog2);
                member.train(segments, other);
                for (std::size_t j = 0; j < trainer.w.size(); ++j)
                    trainer.w[j] += member.w[j];
                for (std::size_t j = 0; j < trainer.tw.size(); ++j)
                    trainer.tw[j] += member.tw[j];
            }
            if (options.ensemble > 1) {
                for (float &v : trainer.w)
                    v /= float(options.ensemble);
                for (float &v : trainer.tw)
                    v /= float(options.ensemble);
            }
            stages.push_back(quantize(trainer));
        } else {
            // The first stage's readings of each document, by a first stage
            // trained without it (the documents' inner folds).
            std::vector<std::vector<std::vector<int>>> firstLabels(used.size());
            std::vector<float> e;
            for (int f = 0; f < options.innerFolds; ++f) {
                const auto inFold = [&](const Document *d) {
                    return int(fnv(QStringLiteral("inner:") + d->id) % quint64(options.innerFolds)) == f;
                };
                std::vector<const Segment *> rest;
                for (const Document *d : used)
                    if (!inFold(d))
                        for (const Segment &s : d->segments)
                            rest.push_back(&s);
                Trainer first(options.bucketsLog2First);
                first.train(rest, options);
                for (std::size_t i = 0; i < used.size(); ++i)
                    if (inFold(used[i]))
                        for (const Segment &s : used[i]->segments) {
                            firstLabels[i].emplace_back();
                            first.label(s, e, firstLabels[i].back());
                        }
            }
            Trainer first(options.bucketsLog2First);
            first.train(segments, options);
            stages.push_back(quantize(first));
            // The second stage's segments: the same words with the document features added.
            std::vector<Segment> second;
            for (std::size_t i = 0; i < used.size(); ++i) {
                const std::vector<Segment> &own = used[i]->segments;
                NerVotes votes;
                for (std::size_t k = 0; k < own.size(); ++k)
                    NerModel::addVotes(own[k].words, firstLabels[i][k].data(), votes);
                for (std::size_t k = 0; k < own.size(); ++k) {
                    Segment s;
                    s.gold = own[k].gold;
                    s.features = own[k].features;
                    s.featureCount = own[k].featureCount;
                    for (std::size_t w = 0; w < s.gold.size(); ++w) {
                        quint32 *at = s.features.data() + w * NerModel::MaxFeatures + s.featureCount[w];
                        const int *labels = firstLabels[i][k].data();
                        s.featureCount[w] +=
                            quint8(NerModel::documentFeatures(own[k].words, int(w), labels, votes, at));
                    }
                    second.push_back(std::move(s));
                }
            }
            std::vector<const Segment *> secondSegments;
            for (const Segment &s : second)
                secondSegments.push_back(&s);
            Trainer last(options.bucketsLog2);
            last.train(secondSegments, options);
            stages.push_back(quantize(last));
        }
        QJsonObject header{
            {QStringLiteral("format"), QStringLiteral("Annalist averaged perceptron, BIO labels O PER ORG LOC OTHER")},
            {QStringLiteral("data"), sources},
            {QStringLiteral("options"),
             QJsonObject{{QStringLiteral("epochs"), options.epochs},
                         {QStringLiteral("bucketsLog2"), options.bucketsLog2},
                         {QStringLiteral("bucketsLog2First"), options.stages == 2 ? options.bucketsLog2First : 0},
                         {QStringLiteral("features"), options.features},
                         {QStringLiteral("lexiconDropout"), options.lexiconDropout},
                         {QStringLiteral("ensemble"), options.ensemble},
                         {QStringLiteral("stages"), options.stages},
                         {QStringLiteral("innerFolds"), options.stages == 2 ? options.innerFolds : 0},
                         {QStringLiteral("seed"), QString::number(options.seed)},
                         {QStringLiteral("heldOutFold"),
                          skipFold >= 0 ? QStringLiteral("%1 of %2").arg(skipFold).arg(cv) : QStringLiteral("none")}}},
            {QStringLiteral("trainedDocuments"), qint64(used.size())},
            {QStringLiteral("licence"),
             QStringLiteral("Trained on GUM (CC BY 4.0; texts CC BY 4.0 / CC BY-SA 3.0), UNER English Web Treebank "
                            "(CC BY-SA 4.0) and WikiGold (CC BY 4.0); see resources/ner/README.md")},
        };
        if (options.features == 3) {
            // The lexicon the features read (generated at build time from
            // WordNet and the word list): a model is only as good as the
            // lexicon it was trained with.
            EnglishLexicon lexicon;
            if (const QString problem = lexicon.loadBuiltIn(); !problem.isEmpty()) {
                err << "train_ner: " << problem << "\n";
                return false;
            }
            const QByteArray sha = QCryptographicHash::hash(lexicon.bytes(), QCryptographicHash::Sha256).toHex();
            header.insert(QStringLiteral("lexicon"),
                          QJsonObject{{QStringLiteral("words"), qint64(lexicon.size())},
                                      {QStringLiteral("sha256"), QString::fromLatin1(sha)},
                                      {QStringLiteral("sources"), QStringLiteral("WordNet 3.0 (wordnet-base), SCOWL "
                                                                                 "american-english-large (wamerican-large)")}});
        }
        const float temperature = calibrate(stages, header, options.features, recognizer, used);
        out << "trained on " << used.size() << " documents, " << segments.size() << " segments; temperature "
            << temperature << "\n";
        return write(path, buildModel(stages, header, options.features, temperature), err);
    };

    if (cv >= 2) {
        QDir().mkpath(cvDir);
        for (int k = 0; k < cv; ++k) {
            QByteArray heldOut;
            for (const Document &d : data.documents)
                if (int(fnv(d.id) % quint64(cv)) == k)
                    heldOut += d.line + '\n';
            if (!write(QDir(cvDir).filePath(QStringLiteral("fold-%1.jsonl").arg(k)), heldOut, err)
                || !trainOn(k, QDir(cvDir).filePath(QStringLiteral("fold-%1.bin").arg(k))))
                return 1;
        }
        return 0;
    }
    return trainOn(-1, outPath) ? 0 : 1;
}
