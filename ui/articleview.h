// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"
#include "recognize/entity.h"
#include "theme/entitypalette.h"

#include <QPlainTextEdit>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Annalist {

/// The read-only reading view: the title, date and dateline place above the
/// article's body, in a comfortable column, with entities highlighted.
///
/// Highlighting is applied at paint time to what is visible only (as extra
/// selections), never by changing the document's formats: a 10 MB article
/// costs no more to highlight than a short one, and a theme change or a type
/// toggled off is a repaint, not a relayout.
///
/// Positions: the view's document holds a header before the body, shows
/// each paragraph break as an empty line and splits a very long paragraph
/// into several blocks (at sentences or spaces), so documentPosition() and
/// articlePosition() convert between the two; every public function takes
/// and gives article positions.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    /// The document the view shows for an article, made apart from the view
    /// so that a worker thread can build a long article's document while the
    /// window stays responsive. Safe to call from any thread.
    struct Prepared {
        std::unique_ptr<QTextDocument> document;
        qsizetype bodyOffset = 0;
        QString header; ///< what the document shows before the body: title, date and place
        QList<qsizetype> breaks;
        /// Where in the article's text the document stops, or -1 when it
        /// holds all of it: a long article's document starts with its
        /// beginning and the view appends the rest in slices, made from the
        /// article's text as they are needed, so that no step keeps the event
        /// loop waiting (setting a whole 10 MB document at once costs the UI
        /// thread a pass over every block) and no second copy of the text is
        /// kept meanwhile.
        qsizetype restFrom = -1;
    };
    static Prepared prepare(const Article &article, const QFont &font);
    /// Shows a prepared document (which must live in the view's thread).
    /// With holdRest, the rest of a long article waits for appendRest():
    /// the window holds it back while the article is analysed, so that the
    /// analysis's working memory and the growing document are not at their
    /// largest together.
    void setPrepared(const Article &article, Prepared prepared, bool holdRest = false);
    /// Starts appending the rest of the article, if it was held back.
    void appendRest();
    /// False while the rest of a long article is still being appended.
    bool isComplete() const { return m_restFrom < 0; }

    /// Shows an article, preparing its document on the spot.
    void setArticle(const Article &article);
    const Article &article() const { return m_article; }

    /// Entities sorted by start and not overlapping.
    void setEntities(const EntityList &entities);
    const EntityList &entities() const { return m_entities; }

    void setEntityPalette(const EntityPalette &palette);
    const EntityPalette &entityPalette() const { return m_palette; }

    /// Types whose highlight is switched off in the legend.
    void setHiddenTypes(const QSet<QString> &types);
    QSet<QString> hiddenTypes() const { return m_hiddenTypes; }

    qsizetype documentPosition(qsizetype articlePos) const;
    /// The article position of a document position; -1 inside the header.
    qsizetype articlePosition(qsizetype documentPos) const;
    qsizetype bodyOffset() const { return m_bodyOffset; }

    /// The index into entities() of the entity covering pos, or -1.
    qsizetype entityIndexAt(qsizetype articlePos) const;
    /// The article position under a point of the viewport; -1 outside the body.
    qsizetype articlePositionAt(const QPoint &viewportPos) const;
    /// The selection in article positions; empty when nothing (or only header) is selected.
    TextRange selectedRange() const;
    /// The article position that commands on "what is under the cursor" act
    /// at: the start of the selection, else the text cursor; -1 in the header.
    qsizetype cursorArticlePosition() const;
    void selectRange(TextRange range);

    /// Scrolls so that range is in view, and briefly marks it.
    void flashRange(TextRange range);

    /// Highlights every match of text (case-insensitive), in the header
    /// (title, date and place) and in the body, and selects the first one at
    /// or after where the search started (startSearchHere(), else the
    /// cursor), wrapping to the top. Each keystroke of an incremental search
    /// calls this again and lands on the first match from that same place.
    /// Returns the number of matches.
    int setSearchText(const QString &text);
    /// Makes the cursor's place (the start of the selection) the place the
    /// next searches start from.
    void startSearchHere();
    bool findNext();
    bool findPrevious();
    int searchMatchCount() const { return int(m_searchMatches.size()); }
    int currentSearchMatch() const { return m_currentMatch; }

    int fontPointSize() const;
    void setFontPointSize(int size);
    void zoomBy(int steps);
    void resetZoom();

    /// The extra selections that highlight entities in view: for tests and
    /// for anybody who wants to know what is painted.
    QList<QTextEdit::ExtraSelection> entitySelections() const { return m_entitySelections; }

    /// The same words in the header (the headline, the line of date and
    /// place) as an entity of the body: the header is not part of the text
    /// that is analysed and annotated, but a reader expects the name in the
    /// headline coloured as the same name below it.
    struct HeaderMention {
        TextRange range; ///< in document positions, inside the header
        qsizetype entity = -1; ///< index into entities() of the body's first mention with this type
    };
    const QList<HeaderMention> &headerMentions() const { return m_headerMentions; }

    /// The text shown in a tooltip for an entity.
    QString toolTipFor(const Entity &entity) const;
    /// The tooltip for what is under a point of the viewport: an entity of
    /// the body, or a header mention; empty for anything else.
    QString toolTipAt(const QPoint &viewportPos) const;

Q_SIGNALS:
    /// The whole article is in the view (at once for short ones).
    void completed();
    /// The text cursor moved into another article position.
    void cursorMoved(qsizetype articlePos);
    void fontPointSizeChanged(int size);

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateColumn();
    qsizetype documentPositionAt(const QPoint &viewportPos) const;
    void findHeaderMentions();
    void refreshSelections();
    void scheduleRefresh();
    TextRange visibleArticleRange() const;
    TextRange visibleDocumentRange() const;
    bool moveToMatch(int index);

    Article m_article;
    std::unique_ptr<QTextDocument> m_document;
    EntityList m_entities;
    EntityPalette m_palette;
    QSet<QString> m_hiddenTypes;
    qsizetype m_bodyOffset = 0;
    /// Article positions after which the document has one more line break
    /// than the text: every '\n' (shown as two) and the places where a very
    /// long paragraph is split into blocks for display.
    QList<qsizetype> m_breaks;
    qsizetype m_restFrom = -1; ///< article position of the text still to append; -1 when none
    bool m_restHeld = false; ///< the rest waits for appendRest()
    void appendSlice();

    QList<QTextEdit::ExtraSelection> m_entitySelections;
    QList<HeaderMention> m_headerMentions;
    QString m_header;
    QList<TextRange> m_searchMatches; ///< in document positions: the header's come first
    QString m_searchText;
    qsizetype m_searchOrigin = -1; ///< document position the search started from; -1: the cursor
    int m_currentMatch = -1;
    TextRange m_flash;
    QTimer m_flashTimer;
    QTimer m_refreshTimer;
    int m_defaultPointSize = 0;
};

} // namespace Annalist
