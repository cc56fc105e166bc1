// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace Annalist {

/// What the learned recognizer reads about one word: the word itself and
/// what the rules already know about it. The recognizer fills these from its
/// own pass (one tokenization, one look-up per word), and the trainer gets
/// them from the same code, so training and recognition see the same features.
struct ModelToken {
    QStringView word;
    quint64 hash = 0; ///< Word::hash (case-folded)
    quint16 shape = 0; ///< Word::Shape bits
    char16_t gapPunct = 0;
    bool newlineBefore = false;
    bool initial = false; ///< starts a sentence, a line or a quotation
    bool headline = false; ///< in a Title Case headline
    bool common = false; ///< an ordinary word (listed, or seen in lower case in this article)
    quint8 listed = 0; ///< a gazetteer name covers it: ListedType * 2 + (1 if not its first word); 0 none
    quint32 flags = 0; ///< WordFlag bits from the word lists
    quint8 lexicon = 0; ///< EnglishLexicon::Bit bits: what an English dictionary knows of the word
};

/// A stretch of words that may hold names, with up to ModelContext words of
/// context on each side. window[offset + k] is the segment's k-th word.
struct ModelSegment {
    qsizetype first = 0; ///< the recognizer's token index of the segment's first word
    int count = 0;
    int offset = 0;
    std::vector<ModelToken> window;
};

/// The labels the model gives, in BIO form.
namespace NerLabel {
enum : int { O = 0, BPerson, IPerson, BOrg, IOrg, BLoc, ILoc, BOther, IOther, Count };
}
/// The name type of a label: 0 none, 1 person, 2 organization, 3 location, 4 other.
constexpr int nerLabelType(int label)
{
    return label == NerLabel::O ? 0 : (label + 1) / 2;
}
constexpr bool nerLabelInside(int label)
{
    return label != NerLabel::O && label % 2 == 0;
}

/// What the first stage of a two-stage model said about each word of one
/// document, counted over all the segments of the document: for each word
/// (by Word::hash), how often it was read as no name, a person, an
/// organization, a place or another kind of name. The second stage reads these
/// counts for the same word elsewhere in the document ("Vessaly" was a person
/// in the body, so it is one in the headline too).
struct NerVotes {
    QHash<quint64, std::array<quint16, 5>> byWord;
};

/// One name the model found: token indices (inclusive) and its confidence.
struct ModelSpan {
    qsizetype first = 0;
    qsizetype last = 0;
    int type = 0; ///< as nerLabelType()
    float confidence = 0; ///< the posterior probability of the span's labels, 0..1
};

/// An averaged-perceptron sequence tagger over hashed features with Viterbi
/// decoding (labels NerLabel). Its weights come from a file that
/// scripts/train-ner writes; the file names the data and options that made it.
///
/// A model has one or two stages. The second stage reads, besides the
/// features of the words, what the first stage said about the same words
/// elsewhere in the document (NerVotes, made by vote() over all the
/// document's segments first) and about this segment.
///
/// The file: 8 bytes "ANNERv1\n", a little-endian quint32 header length, the
/// header (UTF-8 JSON: "buckets", "scale", "temperature", "features",
/// "stages", for two stages "buckets2" and "scale2", "data", "options"), then
/// per stage float32 transitions [(Count + 1) x Count] (row Count is the
/// start) and int16 weights [buckets x Count], all little-endian.
class NerModel
{
public:
    static constexpr int Labels = NerLabel::Count;
    static constexpr int MaxFeatures = 80;
    /// The feature sets features() knows: 1 the first model's, 2 with word
    /// shapes, character trigrams and word pairs, 3 the first with the
    /// English lexicon's bits of the word and its neighbours.
    static constexpr int LatestFeatures = 3;

    /// The model shipped in resources/ner, loaded on first use and shared by
    /// every recognizer in the process. Null when it cannot be loaded (a
    /// broken build); the reason is then logged.
    static const NerModel *shipped();

    /// Reads a model from its file's bytes. The bytes must outlive the model
    /// (a resource compiled in, or a QByteArray the caller keeps); they are
    /// not copied. Returns an empty string on success, else what is wrong.
    QString load(const QByteArray &bytes);
    QString loadFile(const QString &path);

    bool isValid() const { return m_weights != nullptr; }
    QString header() const { return m_header; }

    int stages() const { return m_stages; }
    int featureSet() const { return m_featureSet; }

    /// For a two-stage model: adds the first stage's reading of one segment
    /// to votes. Call it for every segment of a document before decode().
    void vote(const ModelSegment &segment, NerVotes &votes) const;
    /// Finds the names in one segment. votes: the whole document's (ignored
    /// by a one-stage model; null reads as a document with no other words).
    void decode(const ModelSegment &segment, const NerVotes *votes, std::vector<ModelSpan> &out) const;
    /// Why an entity the model found was found, as its tooltip says it:
    /// "learned model (0.93)", the confidence to two decimals.
    static QString reason(float confidence);

    // The pieces the trainer shares.

    /// The hashed features of window[pos] in the given feature set; returns
    /// how many were written (at most MaxFeatures - MaxDocumentFeatures).
    static int features(const std::vector<ModelToken> &window, int pos, quint32 *out, int featureSet);
    static constexpr int MaxDocumentFeatures = 12;
    /// The second stage's extra features of the segment's k-th word: labels
    /// holds the first stage's labels of the segment's words, votes the
    /// document's (which include this segment's own). Returns how many were
    /// written (at most MaxDocumentFeatures).
    static int documentFeatures(const ModelSegment &segment, int k, const int *labels, const NerVotes &votes,
                                quint32 *out);
    /// Adds the first stage's labels of one segment to votes.
    static void addVotes(const ModelSegment &segment, const int *labels, NerVotes &votes);
    /// The best label sequence for emission scores [len x Labels] and
    /// transitions [(Labels + 1) x Labels]. An inside label only follows its
    /// type's begin or inside label.
    static void viterbi(const float *emissions, int len, const float *transitions, int *labels);
    /// Whether label b may follow label a (a == Labels: the segment's start).
    static bool allowed(int a, int b);
    /// One stage's weights for serialize(): weights holds buckets * Labels values.
    struct StageWeights {
        int buckets = 0;
        float scale = 1;
        std::vector<float> transitions;
        std::vector<qint16> weights;
    };
    /// Writes a model file of one or two stages.
    static QByteArray serialize(const QByteArray &headerJson, int featureSet, float temperature,
                                const std::vector<StageWeights> &stages);

private:
    struct Scratch;
    static Scratch &threadScratch();
    void firstStage(const ModelSegment &segment, Scratch &s) const;
    struct Stage {
        const qint16 *weights = nullptr;
        quint32 mask = 0;
        float scale = 1;
        std::array<float, (Labels + 1) * Labels> transitions{};
        /// The same with the transitions allowed() forbids at minus infinity.
        std::array<float, (Labels + 1) * Labels> masked{};
    };
    /// viterbi() over transitions already masked.
    static void bestPath(const float *emissions, int len, const float *masked, int *labels);
    static void mask(const float *transitions, float *masked);
    /// Emission scores [count x Labels] of a segment's words for the given features.
    static void emissions(const Stage &stage, const quint32 *features, const int *featureCounts, int count,
                          float *out);

    /// Label marginals for the chosen path, by forward-backward over the
    /// scores divided by the temperature (a segment is short, so the
    /// probabilities are rescaled per word rather than kept as logarithms).
    void confidences(const float *emissions, int len, const int *labels, float *out) const;

    QByteArray m_bytes;
    QString m_header;
    const qint16 *m_weights = nullptr; ///< the last stage's; null when no model is loaded
    int m_stages = 1;
    int m_featureSet = 1;
    std::array<Stage, 2> m_stage;
    float m_temperature = 1;
    /// The last stage's exp(transition / temperature), 0 where not allowed.
    std::array<float, (Labels + 1) * Labels> m_expTransitions{};
    /// The same, transposed (row b: from each label a to b), for the backward pass.
    std::array<float, Labels * Labels> m_expTransitionsTo{};
};

} // namespace Annalist
