// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Trains the part-of-speech tagger and dependency parser (Syntax::Model) from
// a CoNLL-U treebank and writes its weights file, or measures it on held-out
// documents. Deterministic: the same file and options give the same bytes.
//
//   train_syntax --out MODEL.bin [options] FILE.conllu
//   train_syntax --held-out N [options] FILE.conllu
//     --held-out N          train without every Nth document ("# newdoc id",
//                           counting from the first: documents N-1, 2N-1, …)
//                           and print the tagger's accuracy, UAS, LAS and
//                           speed on them (with --out, also writes that model)
//     --tag-epochs N        passes of the tagger (default 8)
//     --parse-epochs N      passes of the parser (default 12)
//     --tag-buckets-log2 B, --parse-buckets-log2 B, --label-buckets-log2 B
//                           sizes of the hashed tables (16, 18, 14)
//     --jackknife K         folds for the parser's training tags (4; 0: gold tags)
//     --explore P           after the first pass, how often the parser follows its own choice (0.9)
//   train_syntax --show [--model MODEL.bin] SENTENCE...
//                           prints each sentence's tree (words split at spaces)
//                           by the shipped model, or MODEL.bin
//     --seed S              order of the sentences in each pass (1)

#include "syntax/syntaxmodel.h"
#include "syntax/syntaxtrainer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

using namespace Annalist;
using namespace Annalist::Syntax;

namespace {

/// Words per second of Model::parse() (or tag()) on the sentences, one thread.
double speed(const Model &model, const std::vector<TreebankSentence> &sentences, bool parse)
{
    std::vector<QList<QStringView>> views;
    qint64 words = 0;
    for (const TreebankSentence &s : sentences) {
        QList<QStringView> v;
        for (const QString &w : s.words)
            v.append(QStringView(w));
        words += v.size();
        views.push_back(v);
    }
    QElapsedTimer timer;
    timer.start();
    qint64 done = 0;
    int rounds = 0;
    do {
        for (const QList<QStringView> &v : views) {
            if (parse)
                done += model.parse(v).nodes.size();
            else
                done += model.tag(v).size();
        }
        ++rounds;
    } while (timer.elapsed() < 2000 || rounds < 1);
    return double(done) / (double(timer.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    TrainOptions options;
    QString outPath, path, modelPath;
    QStringList show;
    bool showing = false;
    int heldOut = 0;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const auto value = [&]() { return i + 1 < args.size() ? args.at(++i) : QString(); };
        if (a == u"--out")
            outPath = value();
        else if (a == u"--held-out")
            heldOut = value().toInt();
        else if (a == u"--tag-epochs")
            options.tagEpochs = value().toInt();
        else if (a == u"--parse-epochs")
            options.parseEpochs = value().toInt();
        else if (a == u"--tag-buckets-log2")
            options.tagBucketsLog2 = value().toInt();
        else if (a == u"--parse-buckets-log2")
            options.parseBucketsLog2 = value().toInt();
        else if (a == u"--label-buckets-log2")
            options.labelBucketsLog2 = value().toInt();
        else if (a == u"--jackknife")
            options.jackknife = value().toInt();
        else if (a == u"--show")
            showing = true;
        else if (a == u"--model")
            modelPath = value();
        else if (a == u"--explore")
            options.explore = value().toDouble();
        else if (a == u"--seed")
            options.seed = value().toULongLong();
        else if (a.startsWith(u"--")) {
            err << "train_syntax: unknown option " << a << "\n";
            return 2;
        } else if (showing)
            show.append(a);
        else
            path = a;
    }
    if (showing) {
        Model loaded;
        const Model *model = Model::shared();
        if (!modelPath.isEmpty()) {
            if (const QString problem = loaded.loadFile(modelPath); !problem.isEmpty()) {
                err << "train_syntax: " << modelPath << ": " << problem << "\n";
                return 1;
            }
            model = &loaded;
        }
        if (!model) {
            err << "train_syntax: no model\n";
            return 1;
        }
        for (const QString &sentence : std::as_const(show)) {
            QList<QStringView> words;
            for (const QStringView w : QStringView(sentence).split(u' ', Qt::SkipEmptyParts))
                words.append(w);
            const Analysis a = model->parse(words);
            for (qsizetype i = 0; i < words.size(); ++i)
                out << i << '\t' << words[i].toString() << '\t' << posName(a.nodes[i].pos) << '\t' << a.nodes[i].head
                    << '\t' << a.nodes[i].relation << '\n';
            out << '\n';
        }
        return 0;
    }
    auto sizeOk = [](int b) { return b >= 8 && b <= 22; };
    if (path.isEmpty() || (outPath.isEmpty() && heldOut < 2) || options.tagEpochs < 1 || options.parseEpochs < 1
        || !sizeOk(options.tagBucketsLog2) || !sizeOk(options.parseBucketsLog2) || !sizeOk(options.labelBucketsLog2)) {
        err << "usage: train_syntax --out MODEL.bin [options] FILE.conllu\n"
               "       train_syntax --held-out N [options] FILE.conllu\n";
        return 2;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "train_syntax: " << path << ": " << file.errorString() << "\n";
        return 1;
    }
    const QByteArray bytes = file.readAll();
    std::vector<TreebankSentence> sentences;
    if (const QString problem = readConllu(bytes, sentences); !problem.isEmpty()) {
        err << "train_syntax: " << path << ": " << problem << "\n";
        return 1;
    }
    std::vector<TreebankSentence> train, test;
    QString lastDocument;
    qint64 documents = 0;
    for (TreebankSentence &s : sentences) {
        if (documents == 0 || s.document != lastDocument) {
            ++documents;
            lastDocument = s.document;
        }
        if (heldOut >= 2 && documents % heldOut == 0)
            test.push_back(std::move(s));
        else
            train.push_back(std::move(s));
    }
    qint64 trainWords = 0, testWords = 0;
    for (const TreebankSentence &s : train)
        trainWords += qint64(s.words.size());
    for (const TreebankSentence &s : test)
        testWords += qint64(s.words.size());
    out << "documents " << documents << "; training on " << train.size() << " sentences (" << trainWords
        << " words)";
    if (heldOut >= 2)
        out << ", holding out " << test.size() << " sentences (" << testWords << " words) of every " << heldOut
            << "th document";
    out << "\n";
    out.flush();

    QJsonObject header{
        {QStringLiteral("format"),
         QStringLiteral("Annalist averaged perceptrons: UPOS tagger, arc-eager parser, UD relations")},
        {QStringLiteral("data"),
         QJsonArray{QJsonObject{
             {QStringLiteral("file"), QFileInfo(path).fileName()},
             {QStringLiteral("sha256"),
              QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
             {QStringLiteral("documents"), documents},
             {QStringLiteral("heldOut"),
              heldOut >= 2 ? QStringLiteral("every %1th document").arg(heldOut) : QStringLiteral("none")}}}},
        {QStringLiteral("licence"),
         QStringLiteral("Trained on the Universal Dependencies English Web Treebank (CC BY-SA 4.0; Silveira et al. "
                        "2014); see resources/syntax/README.md")},
    };
    QElapsedTimer timer;
    timer.start();
    const QByteArray model = trainModel(train, options, QJsonDocument(header).toJson(QJsonDocument::Compact),
                                        [&](const QString &line) {
                                            out << line << " (" << timer.elapsed() / 1000 << " s)\n";
                                            out.flush();
                                        });
    out << "trained in " << timer.elapsed() / 1000 << " s; model " << model.size() << " bytes\n";
    if (!outPath.isEmpty()) {
        QSaveFile save(outPath);
        if (!save.open(QIODevice::WriteOnly) || save.write(model) != model.size() || !save.commit()) {
            err << "train_syntax: " << outPath << ": " << save.errorString() << "\n";
            return 1;
        }
    }
    if (heldOut >= 2) {
        Model m;
        if (const QString problem = m.load(model); !problem.isEmpty()) {
            err << "train_syntax: the model just trained does not load: " << problem << "\n";
            return 1;
        }
        const Scores s = evaluate(m, test);
        out << QStringLiteral("held out: %1 words; UPOS %2 %, UAS %3 %, LAS %4 % (UAS without punctuation %5 %)\n")
                   .arg(s.words)
                   .arg(100 * s.tagAccuracy(), 0, 'f', 2)
                   .arg(100 * s.uas(), 0, 'f', 2)
                   .arg(100 * s.las(), 0, 'f', 2)
                   .arg(100.0 * double(s.headsRightNotPunct) / double(std::max<qint64>(s.wordsNotPunct, 1)), 0, 'f',
                        2);
        out << QStringLiteral("speed, one thread: parse %1 words/s, tag only %2 words/s\n")
                   .arg(speed(m, test, true), 0, 'f', 0)
                   .arg(speed(m, test, false), 0, 'f', 0);
    }
    return 0;
}
