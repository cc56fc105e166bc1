// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Figures for the annotation core on a large article: merging the layers,
// one edit with its undo, writing and reading the sidecar, re-anchoring after
// the text changed, and the lexicon. Prints milliseconds of processor time;
// never fails.
//
//   annotations_bench [TEXT_BYTES] [AUTO_ENTITIES] [USER_ANNOTATIONS]

#include "annotations/annotateddocument.h"
#include "annotations/lexicon.h"
#include "article/loader.h"
#include "storage/sidecar.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTextStream>

#include <ctime>

using namespace Annalist;

namespace {

QTextStream out(stdout);

/// Processor time of this process: on a machine shared with other builds,
/// wall-clock time measures the neighbours more than the code.
class CpuTimer
{
public:
    void start() { m_start = now(); }
    void restart() { start(); }
    double elapsedMs() const { return (now() - m_start) * 1e3; }

private:
    static double now()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    }
    double m_start = 0;
};

void report(const char *what, const CpuTimer &timer, qsizetype n = 0)
{
    out << qSetFieldWidth(52) << Qt::left << QString::fromLatin1(what) << qSetFieldWidth(0);
    out << QString::number(timer.elapsedMs(), 'f', 1) << " ms";
    if (n > 0)
        out << "  (" << n << ")";
    out << Qt::endl;
}

/// Text of made-up capitalised names and lower-case words, some astral
/// characters, sentences and paragraphs: about `bytes` UTF-16 units.
QString makeText(qsizetype bytes, QRandomGenerator &random)
{
    static const char *syllables[] = {"ka", "lo", "ri", "sen", "dar", "vik", "mo", "tel", "an", "gu", "bre", "is"};
    QString text;
    text.reserve(bytes + 100);
    int inSentence = 0;
    while (text.size() < bytes) {
        const bool name = random.bounded(5) == 0;
        QString word;
        const int parts = 1 + random.bounded(3);
        for (int i = 0; i < parts; ++i)
            word += QString::fromLatin1(syllables[random.bounded(12)]);
        if (name)
            word[0] = word[0].toUpper();
        if (random.bounded(400) == 0)
            word += QStringLiteral("😀");
        text += word;
        if (++inSentence > 8 + random.bounded(12)) {
            text += random.bounded(6) == 0 ? QStringLiteral(".\n") : QStringLiteral(". ");
            inSentence = 0;
        } else {
            text += u' ';
        }
    }
    return text;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype textSize = args.size() > 1 ? args[1].toLongLong() : 1'000'000;
    const qsizetype autoCount = args.size() > 2 ? args[2].toLongLong() : 100'000;
    const qsizetype userCount = args.size() > 3 ? args[3].toLongLong() : 10'000;
    QRandomGenerator random(20250909);

    Article article;
    article.text = makeText(textSize, random);
    segmentArticle(article);
    out << "text: " << article.text.size() << " UTF-16 units, " << article.sentences.size() << " sentences" << Qt::endl;

    // Automatic entities: word-aligned, non-overlapping, spread over the text.
    Analysis analysis;
    QList<TextRange> words;
    for (qsizetype i = 0; i < article.text.size();) {
        while (i < article.text.size() && !article.text[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < article.text.size() && !article.text[i].isSpace() && article.text[i] != u'.')
            ++i;
        if (i > start)
            words.append({start, i});
    }
    const qsizetype stride = std::max<qsizetype>(1, words.size() / autoCount);
    for (qsizetype w = 0; w < words.size() && analysis.entities.size() < autoCount; w += stride) {
        Entity e;
        e.range = words[w];
        e.type = EntityTypes::Person;
        analysis.entities.append(e);
    }
    out << "automatic entities: " << analysis.entities.size() << Qt::endl;

    CpuTimer timer;
    timer.start();
    AnnotatedDocument doc(article, analysis);
    report("merge, automatic layer only", timer, doc.entities().size());

    // A user layer: retypes, rejects and new tags on words between the automatic ones.
    UserLayer layer;
    const qsizetype userStride = std::max<qsizetype>(1, words.size() / userCount);
    for (qsizetype w = 1; w < words.size() && layer.entities.size() < userCount; w += userStride) {
        UserEntity u;
        u.id = newAnnotationId();
        u.range = words[w];
        u.type = QStringLiteral("OFFICIAL");
        u.action = w % 7 == 0 ? UserEntity::Action::Reject : UserEntity::Action::Tag;
        u.note = w % 5 == 0 ? QStringLiteral("checked") : QString();
        layer.entities.append(u);
    }
    timer.restart();
    doc.setUserLayer(layer);
    report("setUserLayer (merge with the user layer)", timer, doc.userEntities().size());

    timer.restart();
    doc.tagRange(words[words.size() / 2], QStringLiteral("LOCATION"));
    report("one tag (command + merge)", timer);
    timer.restart();
    doc.undoStack()->undo();
    report("its undo", timer);
    timer.restart();
    qsizetype hits = 0;
    for (int i = 0; i < 1000; ++i)
        hits += doc.entityIndexAt(random.bounded(int(article.text.size()))) >= 0;
    report("1000 entityIndexAt()", timer, hits);

    timer.restart();
    const QByteArray bytes = serializeSidecar(article, doc.userLayer());
    report("serialize sidecar", timer, bytes.size());
    timer.restart();
    const SidecarReadResult read = parseSidecar(bytes, QStringLiteral("bench"));
    report("parse sidecar", timer, read.content.entities.size());

    timer.restart();
    AnchoringReport r;
    UserLayer placed = placeSidecarContent(read.content, article.text, &r);
    report("place, text unchanged", timer, r.atPosition);

    QString shifted = QStringLiteral("A new first paragraph 🎉 added by the editor.\n") + article.text;
    timer.restart();
    placed = placeSidecarContent(read.content, shifted, &r);
    report("place, text inserted at the start", timer, r.moved);

    // Every tenth quote gets a typo, and a few passages are deleted.
    QString edited = article.text;
    qsizetype typos = 0;
    for (qsizetype i = edited.size() / 3; i < edited.size() * 2 / 3; i += 997) {
        if (edited[i].isLetter() && edited[i + 1].isLetter()) {
            std::swap(edited[i], edited[i + 1]);
            ++typos;
        }
    }
    edited.remove(edited.size() / 2, 2000);
    timer.restart();
    placed = placeSidecarContent(read.content, edited, &r);
    report("place, typos and a deletion", timer, typos);
    out << "  at position " << r.atPosition << ", moved " << r.moved << ", approximate " << r.approximate
        << ", orphaned " << r.orphaned << Qt::endl;

    // The worst case: an article replaced by another one, nothing to find.
    QRandomGenerator other(7);
    const QString unrelated = makeText(textSize, other).toUpper();
    timer.restart();
    placed = placeSidecarContent(read.content, unrelated, &r);
    report("place, unrelated text (all orphans)", timer, r.orphaned);

    Lexicon lexicon;
    for (qsizetype i = 0; i < 1000; ++i)
        lexicon.add({article.slice(words[(i * 7919) % words.size()]).toString(), QStringLiteral("TERM")});
    timer.restart();
    const EntityList matched = lexicon.match(article.text);
    report("lexicon of ~1000 entries on the text", timer, matched.size());
    timer.restart();
    doc.setLexiconEntities(matched);
    report("merge with the lexicon layer", timer, doc.entities().size());
    timer.restart();
    const qsizetype tagged = doc.tagAllOccurrences(article.slice(words[3]).toString(), QStringLiteral("TERM"));
    report("tag all occurrences (one step)", timer, tagged);
    return 0;
}
