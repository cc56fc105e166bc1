#pragma once

#include "article/article.h"

#include <QPlainTextEdit>

namespace Annalist {

/// The read-only reading view: the title, date and dateline place above the
/// article's body, in a comfortable column.
///
/// Positions: the view's document holds a header before the body, so
/// documentPosition() and articlePosition() convert between the two.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    const Article &article() const { return m_article; }

    qsizetype bodyOffset() const { return m_bodyOffset; }
    qsizetype documentPosition(qsizetype articlePos) const { return articlePos + m_bodyOffset; }
    /// The article position of a document position, or -1 inside the header.
    qsizetype articlePosition(qsizetype documentPos) const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateColumn();

    Article m_article;
    qsizetype m_bodyOffset = 0;
};

} // namespace Annalist
