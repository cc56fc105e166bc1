// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "syntax/syntaxmodel.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace Annalist::Syntax {

/// One sentence of a treebank, in its own words.
struct TreebankSentence {
    QString document; ///< the "# newdoc id" it belongs to
    std::vector<QString> words;
    std::vector<int> tags; ///< Pos values
    std::vector<int> heads; ///< 0 for the root, else the head's index + 1
    std::vector<QByteArray> relations;
};

/// Reads CoNLL-U text: the basic tree of each sentence's syntactic words
/// (multiword token lines and empty nodes are skipped). Returns an empty
/// string on success, else what is wrong and on which line.
QString readConllu(const QByteArray &text, std::vector<TreebankSentence> &out);

/// How a model is trained (the model file's header records them).
struct TrainOptions {
    int tagEpochs = 8;
    int parseEpochs = 12;
    int tagBucketsLog2 = 16;
    int parseBucketsLog2 = 18;
    int labelBucketsLog2 = 14;
    int jackknife = 4; ///< folds for the parser's training tags; 0: the gold tags
    double explore = 0.9; ///< after the first parser epoch, how often the parser follows its own choice
    quint64 seed = 1;
    int dictionaryMinCount = 20; ///< a word this frequent …
    double dictionaryMinShare = 0.97; ///< … with one tag this often is tagged by the dictionary
};

/// Trains a tagger and a parser and returns the model file's bytes.
/// headerJson (a JSON object) goes into the file's header with the options.
/// Deterministic: the same sentences and options give the same bytes.
/// progress, when set, hears a line per epoch.
QByteArray trainModel(const std::vector<TreebankSentence> &sentences, const TrainOptions &options,
                      const QByteArray &headerJson, const std::function<void(const QString &)> &progress = {});

/// A model's figures on gold sentences (the treebank's own words).
struct Scores {
    qint64 words = 0;
    qint64 tagsRight = 0;
    qint64 headsRight = 0; ///< UAS
    qint64 arcsRight = 0; ///< LAS: head and relation
    qint64 wordsNotPunct = 0; ///< the same without punctuation, as older parsers reported
    qint64 headsRightNotPunct = 0;
    double tagAccuracy() const { return words ? double(tagsRight) / double(words) : 0; }
    double uas() const { return words ? double(headsRight) / double(words) : 0; }
    double las() const { return words ? double(arcsRight) / double(words) : 0; }
};
Scores evaluate(const Model &model, const std::vector<TreebankSentence> &sentences);

} // namespace Annalist::Syntax
