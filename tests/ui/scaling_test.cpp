// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's share of the scaling tests (tests/core/scaling_test has the
// rest and says how they measure): an article of one very long paragraph,
// which the view once showed as one block that Qt laid out whole at every
// change (8 MB took minutes to open).

#include "../scaling.h"

#include "article/loader.h"
#include "articleview.h"

#include <QApplication>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <memory>

using namespace Annalist;
using namespace Annalist::Testing;
using namespace Qt::StringLiterals;

namespace {

/// One paragraph of about size characters: sentences, and now and then a
/// stretch without a space or a full stop.
Article oneParagraph(qsizetype size)
{
    Article a;
    a.path = u"/articles/long.txt"_s;
    a.title = u"A long one"_s;
    for (qsizetype i = 0; a.text.size() < size; ++i) {
        a.text += u"Velora Kestin met Ando Brisk at the quay on a Tuesday in spring, and they talked. "_s;
        if (i % 300 == 299)
            a.text += QString(20'000, u'x') + u' ';
    }
    segmentArticle(a);
    return a;
}

/// A view that shows an article of one paragraph of about size characters,
/// all of it in, and painted.
std::shared_ptr<ArticleView> openView(qsizetype size)
{
    auto view = std::make_shared<ArticleView>();
    view->resize(900, 700);
    view->show();
    view->setArticle(oneParagraph(size));
    while (!view->isComplete())
        QCoreApplication::processEvents();
    view->grab();
    return view;
}

/// Makes the view narrower or wider, and paints it: the text is laid out
/// again for the new width.
int resizeAndPaint(const std::shared_ptr<ArticleView> &view)
{
    view->resize(view->width() == 900 ? 700 : 900, 700);
    QCoreApplication::processEvents();
    view->grab();
    return view->document()->blockCount();
}

} // namespace

class ScalingUiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void longParagraph_relayout_costsWhatIsVisible();
    void longParagraph_positionsStayTheArticles();
};

void ScalingUiTest::longParagraph_relayout_costsWhatIsVisible()
{
    // Shown as one block, a paragraph was laid out whole at every change of
    // width (opening the window changes it several times), at a cost that
    // grew with its length: an 8 MB one took minutes. In blocks of a few
    // thousand characters only those in view are laid out, so the cost must
    // not grow with the length at all: at most ×2 for ×4 the paragraph.
    const Growth g = measureGrowth(256 * 1024, openView, resizeAndPaint, 3);
    qInfo().noquote() << g.describe();
    QVERIFY2(g.linear(2.0), qPrintable(g.describe()));
}

void ScalingUiTest::longParagraph_positionsStayTheArticles()
{
    // A long paragraph is shown in several blocks; every position, the
    // selection and the highlights still speak of the article's text.
    Article article = oneParagraph(60'000);
    article.text += u"\nA second paragraph.\n\nA third."_s;
    segmentArticle(article);
    ArticleView view;
    view.resize(900, 700);
    view.show();
    view.setArticle(article);
    QTRY_VERIFY(view.isComplete());
    const QTextDocument *document = view.document();
    QVERIFY2(document->blockCount() > 10, qPrintable(QString::number(document->blockCount())));
    int blockLength = 0;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        blockLength = std::max(blockLength, b.length());
    QVERIFY2(blockLength <= 12'001, qPrintable(QString::number(blockLength)));

    // Each character of the article is where documentPosition() says, and
    // comes back to itself.
    const QString &text = article.text;
    qsizetype extra = 0; // line breaks the view inserted
    for (qsizetype p = 0; p < text.size(); ++p) {
        const qsizetype d = view.documentPosition(p);
        QCOMPARE(view.articlePosition(d), p);
        const QChar shown = document->characterAt(int(d));
        QCOMPARE(shown, text[p] == u'\n' ? QChar(QChar::ParagraphSeparator) : text[p]);
        extra = d - view.bodyOffset() - p;
    }
    QVERIFY(extra > 2); // more than the two paragraph breaks
    QCOMPARE(document->characterCount() - 1, view.bodyOffset() + text.size() + extra);

    // A selection across the place where a block was split reads as the
    // article's range.
    qsizetype split = -1;
    for (QTextBlock b = document->findBlock(int(view.bodyOffset())); b.isValid() && split < 0; b = b.next()) {
        // The break before the block belongs to the character before it.
        const qsizetype before = b.position() > view.bodyOffset() ? view.articlePosition(b.position() - 1) : -1;
        if (before >= 0 && text[before] != u'\n')
            split = before;
    }
    QVERIFY(split > 0);
    const TextRange across{split - 30, split + 30};
    view.selectRange(across);
    QCOMPARE(view.selectedRange(), across);
    QCOMPARE(view.textCursor().selectedText().remove(QChar(QChar::ParagraphSeparator)),
             QStringView(text).mid(across.start, across.length()).toString());

    // An entity there is highlighted over exactly its characters.
    Entity e;
    e.range = across;
    e.type = QString(EntityTypes::Person);
    view.setEntities({e});
    view.flashRange(across);
    QTRY_COMPARE(view.entitySelections().size(), 1);
    const QTextCursor c = view.entitySelections().constFirst().cursor;
    QCOMPARE(c.selectionStart(), view.documentPosition(across.start));
    QCOMPARE(c.selectionEnd(), view.documentPosition(across.end));
    QCOMPARE(view.entityIndexAt(split), 0);
}

QTEST_MAIN(ScalingUiTest)
#include "scaling_test.moc"
