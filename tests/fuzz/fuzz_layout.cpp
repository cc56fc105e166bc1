// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: the window's text layout path. An article read from the
// input is made into the reading view's document (ArticleView::prepare()),
// shown in a view on the offscreen platform, laid out and drawn, with its
// sentences highlighted as entities and its first word searched for.
//
// Checked: article and document positions convert both ways, every article
// character sits at its document position, each highlight covers exactly
// its entity's text, a selected range reads back as itself, and the search
// finds the word it was given.

#include "article/loader.h"
#include "articleview.h"
#include "fuzzcheck.h"

#include <QApplication>
#include <QByteArray>
#include <QString>
#include <QTextDocument>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace Annalist;

// For LeakSanitizer (scripts/fuzz). libFuzzer checks every input for leaks;
// fontconfig, which Qt's font database starts on the first layout, keeps
// allocations it never frees (the library's, made once). The application
// and the view live for the whole run on purpose, and Qt's global data is
// gone before them at exit, so the check at exit would list all they hold.
extern "C" const char *__lsan_default_suppressions()
{
    return "leak:libfontconfig.so\n";
}

extern "C" const char *__asan_default_options()
{
    return "leak_check_at_exit=0";
}

namespace {

ArticleView &view()
{
    static ArticleView *v = [] {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        static int argc = 1;
        static char name[] = "fuzz_layout";
        static char *argv[] = {name, nullptr};
        new QApplication(argc, argv);
        auto *view = new ArticleView;
        view->resize(480, 320);
        return view;
    }();
    return *v;
}

// What the document holds for an article character: QTextDocument ends a
// block with U+2029, which the view's positions map from '\n'.
QChar shown(QChar c)
{
    return c == u'\n' ? QChar(QChar::ParagraphSeparator) : c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ArticleView &v = view();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte picks the reader, so that HTML and Markdown titles and
    // headers are laid out too.
    static const QString names[] = {QStringLiteral("fuzz.txt"), QStringLiteral("fuzz.html"),
                                    QStringLiteral("fuzz.md")};
    const QString name = names[size > 0 ? data[0] % 3 : 0];
    const LoadResult loaded = parseArticle(bytes, name);
    if (!loaded.ok())
        return 0;
    const Article &a = loaded.article;

    v.setArticle(a);
    // A long article is appended in slices, one per turn of the event loop.
    for (int turns = 0; !v.isComplete() && turns < 10000; ++turns)
        QCoreApplication::processEvents();
    Fuzz::check(v.isComplete(), "the whole article reaches the view");

    const QTextDocument *doc = v.document();
    const qsizetype n = a.text.size();
    // Every position of a short article; evenly spread ones of a long one.
    const qsizetype step = std::max<qsizetype>(1, n / 2000);
    for (qsizetype p = 0; p <= n; p += step) {
        const qsizetype d = v.documentPosition(p);
        Fuzz::check(d >= v.bodyOffset() && d < doc->characterCount(), "document position inside the document");
        Fuzz::check(v.articlePosition(d) == p, "positions convert both ways");
        if (p < n)
            Fuzz::check(doc->characterAt(int(d)) == shown(a.text.at(p)), "each character at its document position");
    }

    // Sentences as entities: sorted and apart, as the view expects.
    EntityList entities;
    static const QString types[] = {QStringLiteral("PERSON"), QStringLiteral("LOCATION"), QStringLiteral("DATE"),
                                    QStringLiteral("VESSEL")};
    for (qsizetype i = 0; i < a.sentences.size(); ++i) {
        Entity e;
        e.range = a.sentences.at(i);
        e.type = types[i % 4];
        e.origin = i % 2 ? Origin::User : Origin::Auto;
        entities.append(e);
    }
    v.setEntities(entities);
    for (const QTextEdit::ExtraSelection &s : v.entitySelections()) {
        const qsizetype start = v.articlePosition(s.cursor.selectionStart());
        const qsizetype end = v.articlePosition(s.cursor.selectionEnd());
        const auto it = std::find_if(entities.cbegin(), entities.cend(),
                                     [&](const Entity &e) { return e.range.start == start; });
        Fuzz::check(it != entities.cend() && it->range.end == end, "a highlight covers exactly its entity");
    }
    if (!a.sentences.isEmpty()) {
        const TextRange r = a.sentences.at(a.sentences.size() / 2);
        v.selectRange(r);
        Fuzz::check(v.selectedRange().start == r.start && v.selectedRange().end == r.end, "a selection reads back");
    }

    // Drawing lays out what is visible.
    const QPixmap picture = v.grab();
    Fuzz::check(!picture.isNull(), "the view draws");

    qsizetype wordEnd = std::min<qsizetype>(a.text.indexOf(u' ') < 0 ? n : a.text.indexOf(u' '), 12);
    if (wordEnd > 0 && a.text.at(wordEnd - 1).isHighSurrogate())
        --wordEnd; // a whole character, as a person types it
    const QString word = a.text.left(wordEnd);
    if (!word.isEmpty() && !word.contains(u'\n'))
        Fuzz::check(v.setSearchText(word) >= 1, "the search finds a word of the text");
    v.setSearchText(QString());
    return 0;
}
