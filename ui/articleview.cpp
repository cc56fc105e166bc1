#include "articleview.h"

#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>

namespace Annalist {

namespace {
// About 70 characters a line reads best; wider windows get side margins.
constexpr int readableColumnChars = 72;
} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Article"));
    // The margins around the reading column take the page's colour too.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    setFont(f);
}

qsizetype ArticleView::articlePosition(qsizetype documentPos) const
{
    return documentPos < m_bodyOffset ? -1 : documentPos - m_bodyOffset;
}

void ArticleView::setArticle(const Article &article)
{
    m_article = article;
    QString header;
    if (!article.title.isEmpty())
        header += article.title + u'\n';
    QStringList meta;
    if (article.date.isValid())
        meta << QLocale().toString(article.date, QLocale::LongFormat);
    if (!article.datelinePlace.isEmpty())
        meta << article.datelinePlace;
    if (!article.source.isEmpty())
        meta << article.source;
    if (!meta.isEmpty())
        header += meta.join(QStringLiteral(" · ")) + u'\n';
    if (!header.isEmpty())
        header += u'\n';
    m_bodyOffset = header.size();
    setPlainText(header + article.text);

    // Title large and bold, the line of metadata smaller and quieter.
    QTextCursor c(document());
    if (!article.title.isEmpty()) {
        QTextBlock title = document()->begin();
        c.setPosition(title.position());
        c.setPosition(title.position() + title.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setFontPointSize(font().pointSizeF() * 1.6);
        f.setFontWeight(QFont::Bold);
        c.mergeCharFormat(f);
    }
    if (!meta.isEmpty()) {
        QTextBlock metaBlock = document()->findBlock(m_bodyOffset - 2);
        c.setPosition(metaBlock.position());
        c.setPosition(metaBlock.position() + metaBlock.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setFontItalic(true);
        c.mergeCharFormat(f);
    }
    document()->clearUndoRedoStacks();
    verticalScrollBar()->setValue(0);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    // The margins first: the base class lays the text out for the viewport's new width.
    updateColumn();
    QPlainTextEdit::resizeEvent(event);
}

void ArticleView::updateColumn()
{
    const int column = fontMetrics().averageCharWidth() * readableColumnChars;
    const int side = qMax(12, (width() - verticalScrollBar()->sizeHint().width() - column) / 2);
    if (viewportMargins() != QMargins(side, 16, side, 16))
        setViewportMargins(side, 16, side, 16);
}

} // namespace Annalist
