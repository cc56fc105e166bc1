// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
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
/// The file: 8 bytes "ANNERv1\n", a little-endian quint32 header length, the
/// header (UTF-8 JSON: "buckets", "scale", "temperature", "data", "options"),
/// then float32 transitions [(Count + 1) x Count] (row Count is the start),
/// then int16 weights [buckets x Count], all little-endian.
class NerModel
{
public:
    static constexpr int Labels = NerLabel::Count;
    static constexpr int MaxFeatures = 64;

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

    /// Finds the names in one segment.
    void decode(const ModelSegment &segment, std::vector<ModelSpan> &out) const;

    // The pieces the trainer shares.

    /// The hashed features of window[pos]; returns how many were written (at most MaxFeatures).
    static int features(const std::vector<ModelToken> &window, int pos, quint32 *out);
    /// The best label sequence for emission scores [len x Labels] and
    /// transitions [(Labels + 1) x Labels]. An inside label only follows its
    /// type's begin or inside label.
    static void viterbi(const float *emissions, int len, const float *transitions, int *labels);
    /// Whether label b may follow label a (a == Labels: the segment's start).
    static bool allowed(int a, int b);
    /// Writes a model file. weights holds buckets * Labels values.
    static QByteArray serialize(const QByteArray &headerJson, int buckets, float scale, float temperature,
                                const std::vector<float> &transitions, const std::vector<qint16> &weights);

private:
    /// Label marginals for the chosen path, by forward-backward over the
    /// scores divided by the temperature (a segment is short, so the
    /// probabilities are rescaled per word rather than kept as logarithms).
    void confidences(const float *emissions, int len, const int *labels, float *out) const;

    QByteArray m_bytes;
    QString m_header;
    const qint16 *m_weights = nullptr;
    quint32 m_mask = 0;
    float m_scale = 1;
    float m_temperature = 1;
    std::array<float, (Labels + 1) * Labels> m_transitions{};
    std::array<float, (Labels + 1) * Labels> m_expTransitions{}; ///< exp(transition / temperature), 0 where not allowed
};

} // namespace Annalist
