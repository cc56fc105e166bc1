// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace Annalist::Syntax {

/// The universal part-of-speech tags (Universal Dependencies), in the order
/// the model file numbers them.
enum class Pos : quint8 {
    X = 0,
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    Count
};
/// "VERB", "NOUN", …; "X" for anything out of range.
QLatin1StringView posName(Pos pos);
/// The tag named name ("VERB"), or Pos::Count when there is none.
Pos posFromName(QLatin1StringView name);

/// What the model says about one of the caller's words.
struct Node {
    Pos pos = Pos::X;
    /// The index of the word this one depends on, or -1 for the sentence's root.
    qsizetype head = -1;
    /// The Universal Dependencies relation to the head ("nsubj", "obl",
    /// "acl:relcl", "root", …). Points into the model, which outlives it.
    QLatin1StringView relation;
};

/// The analysis of one sentence: one node per word given to Model::parse(),
/// in the same order. Exactly one node has head -1 (unless the sentence is
/// empty or the model invalid). Heads never form a cycle.
struct Analysis {
    QList<Node> nodes;

    /// The root word's index, or -1 for an empty sentence.
    qsizetype root() const;
    /// The words that depend on word i, in order.
    QList<qsizetype> children(qsizetype i) const;
    /// Whether word a is word d or one of its heads, transitively.
    bool dominates(qsizetype a, qsizetype d) const;

    // Clauses, for "which verb and which subject does this word belong to".

    /// Whether word i heads a clause: a verb; or a word with a subject, a
    /// copula or an auxiliary of its own ("was *ready*"); or the root, or a
    /// word joined as a clause (advcl, acl, acl:relcl, ccomp, xcomp, csubj,
    /// parataxis).
    bool headsClause(qsizetype i) const;
    /// The clause word i is in: i itself if it heads one, else its nearest
    /// head that does; -1 if none does (an empty or broken analysis).
    qsizetype clauseOf(qsizetype i) const;
    /// The subject of the clause headed by c: its own nsubj/csubj (active or
    /// passive); else, where the treebank leaves it out, the one it shares:
    /// a conjunct's or an xcomp's from the clause it joins, and for a
    /// participle or relative clause (acl, acl:relcl) without a subject the
    /// noun it modifies. -1 if there is none. A relative clause's subject
    /// is its relative pronoun ("who", "which", "that"), as in the treebank;
    /// the noun it stands for is the clause's head (nodes[c].head).
    qsizetype subjectOf(qsizetype c) const;
};

/// A part-of-speech tagger and a dependency parser over hashed features,
/// averaged perceptrons both: the tagger reads left to right (with a
/// dictionary of frequent unambiguous words), the parser is greedy arc-eager
/// with a second perceptron for the relation of each arc. scripts/train-syntax
/// trains it on the Universal Dependencies English Web Treebank
/// (resources/syntax/README.md).
///
/// Words: the caller's words as its tokenizer gives them, punctuation as
/// words of its own. The treebank splits some words the caller may keep
/// whole; parse() splits them the same way before it reads them and gives
/// each whole word the analysis of its part that attaches outside it:
/// a clitic "n't", "'s", "'re", "'ve", "'ll", "'d", "'m" (straight or curly
/// apostrophe) goes apart from its host ("can't" as "ca n't", "won't" as
/// "wo n't", "cannot" as "can not", "Anna's" as "Anna 's"), and a hyphen
/// between letters is a word of its own ("long-term" as "long - term"), as in
/// the treebank. So "don't" comes back as the AUX "do", "Anna's" as the PROPN
/// "Anna" (nmod:poss), "long-term" as its last part "term". Callers that
/// already split clitics lose nothing.
///
/// A Model is immutable after load(): parse() and tag() may run on many
/// threads at once.
///
/// The file: 8 bytes "ANSYNv1\n", a little-endian quint32 header length, the
/// header (UTF-8 JSON: the tables' sizes and scales, the relation names, the
/// tag dictionary, the data and the options that made it), padding to a
/// multiple of 8, then three tables of little-endian int16 weights:
/// tagger [tagBuckets x Pos::Count], transitions [parseBuckets x 4],
/// relations [labelBuckets x relations].
class Model
{
public:
    /// The model shipped in resources/syntax, loaded on first use (thread-safe)
    /// and shared by the whole process. Null when it cannot be loaded (a
    /// broken build); the reason is then logged.
    static const Model *shared();

    /// Reads a model from its file's bytes. The bytes must outlive the model
    /// (a resource compiled in, or a QByteArray the caller keeps); they are
    /// not copied. Returns an empty string on success, else what is wrong.
    QString load(const QByteArray &bytes);
    QString loadFile(const QString &path);
    bool isValid() const { return m_tagWeights != nullptr; }
    /// The JSON header: the data's sha256, the options, the held-out figures.
    QString header() const { return m_header; }

    /// The part of speech, head and relation of each word of one sentence.
    Analysis parse(const QList<QStringView> &words) const;
    /// Only the parts of speech (about four times faster than parse()).
    QList<Pos> tag(const QList<QStringView> &words) const;

    // The pieces the trainer shares. Words here are the treebank's.

    static constexpr int Transitions = 4; ///< Shift, Reduce, Left, Right
    enum Transition { Shift = 0, Reduce, Left, Right };
    static constexpr int MaxFeatures = 72;

    /// A word prepared once: hashes of its forms for the features.
    struct WordInfo {
        quint64 word = 0; ///< as written
        quint64 lower = 0; ///< lower case, digits as 9
        quint64 prefix[3] = {}; ///< first 1..3 characters (lower case)
        quint64 suffix[4] = {}; ///< last 1..4 characters (lower case)
        quint64 shape = 0; ///< Xxxx, dd, x-x … with runs collapsed
        quint32 flags = 0; ///< hyphen, digit, upper, all-caps, initial
        QString lowerText; ///< for the tag dictionary
    };
    static WordInfo wordInfo(QStringView word, bool first);

    /// Tagger features of word i given the tags of the words before it.
    static int tagFeatures(const std::vector<WordInfo> &words, qsizetype i, const std::vector<int> &tags, quint32 *out);

    /// A parser state: stack, buffer front, arcs so far (index 0 is the root,
    /// word k of the sentence is k + 1).
    struct State {
        int n = 0; ///< words, without the root
        std::vector<int> stack;
        int next = 1; ///< the buffer's front; n + 1 when empty
        std::vector<int> head; ///< -1 none yet
        std::vector<int> label; ///< -1 none yet
        std::vector<int> leftmost, rightmost, leftCount, rightCount; ///< children so far
        std::vector<quint64> leftLabels, rightLabels; ///< the relations of the children so far, one bit each
        bool rootTaken = false;
        void reset(int words);
        bool terminal() const { return next > n; }
        bool valid(int t) const;
        void apply(int t, int rel);
        void attach(int h, int d, int rel);
    };
    /// Transition features of a state; wordsTags are the word hashes and tags (index 0 the root).
    static int parseFeatures(const State &s, const std::vector<quint64> &words, const std::vector<int> &tags,
                             quint32 *out);
    /// Relation features of an arc from h to d.
    static int labelFeatures(const State &s, int h, int d, const std::vector<quint64> &words,
                             const std::vector<int> &tags, quint32 *out);

    /// Tags and parses words already in the treebank's form (no splitting).
    /// heads[k] is 0 for the root, else the head's index + 1.
    void analyzeSplit(const std::vector<QString> &words, std::vector<int> &tags, std::vector<int> *heads,
                      std::vector<int> *labels) const;
    QList<QByteArray> relations() const { return m_relations; }

    /// Writes a model file. The weights are float tables, quantized here.
    static QByteArray serialize(const QByteArray &headerJson, const QList<QByteArray> &relations,
                                const QHash<QString, int> &tagDictionary, int tagBuckets,
                                const std::vector<float> &tagWeights, int parseBuckets,
                                const std::vector<float> &parseWeights, int labelBuckets,
                                const std::vector<float> &labelWeights);

private:
    void scoreTag(const quint32 *features, int count, float *scores) const;

    QByteArray m_bytes;
    QString m_header;
    QList<QByteArray> m_relations;
    int m_rootRelation = 0;
    QHash<QString, int> m_tagDictionary;
    const qint16 *m_tagWeights = nullptr;
    const qint16 *m_parseWeights = nullptr;
    const qint16 *m_labelWeights = nullptr;
    quint32 m_tagMask = 0, m_parseMask = 0, m_labelMask = 0;
};

/// Splits a sentence's text into words for Model::parse(), much as the
/// treebank does: at white space, with punctuation at a word's edges as
/// words of their own (a run of one character, "..." or "--", as one), but a
/// full stop kept by an abbreviation or initial ("U.S.", "M.", "Mr.", "Inc.")
/// and inner punctuation kept ("3.5", "1,000", "e-mail", "don't": parse()
/// splits clitics and hyphens itself). The views point into text, so a
/// word's offset is word.data() - text.data().
QList<QStringView> sentenceWords(QStringView text);

/// Splits the caller's words as the treebank does (see Model). owner[k] is
/// the index of the caller's word that piece k comes from.
void splitWords(const QList<QStringView> &words, std::vector<QString> &pieces, std::vector<qsizetype> &owner);

} // namespace Annalist::Syntax
