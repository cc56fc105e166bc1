// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "articleview.h"

#include "entitymodel.h"

#include <QHash>
#include <QHelpEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QPlainTextDocumentLayout>
#include <QToolTip>

#include <algorithm>

namespace Annalist {

namespace {
// About 70 characters a line reads best; wider windows get side margins.
constexpr int readableColumnChars = 72;
constexpr int flashMilliseconds = 1400;
// Characters appended to the view per turn of the event loop: about 10 ms of
// work, so that a slice stays well inside the 100 ms a stall may last even
// on a busy machine. The first slice is all the first paint waits for.
constexpr qsizetype sliceSize = 256 * 1024;
// The first slice only has to fill the window: the sooner it is laid out,
// the sooner the reader sees the article.
constexpr qsizetype firstSliceSize = 32 * 1024;

// A paragraph is shown in blocks of a few thousand characters: Qt lays a
// block out whole whenever it lays out any of it, again at every change of
// width (opening the window changes it several times), so an 8 MB paragraph
// as one block took minutes to open; in short blocks, only those in view are
// laid out. (Copying across such a split gives a line break for it, the one
// difference a reader may see.) Past blockSoftLength characters a block ends
// after the next sentence, past blockWordLength after the next space, past
// blockHardLength anywhere but inside a surrogate pair. News paragraphs are
// far shorter and are shown whole.
constexpr qsizetype blockSoftLength = 4000;
constexpr qsizetype blockWordLength = 8000;
constexpr qsizetype blockHardLength = 12000;

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u'"' || c == QChar(0x201D) || c == QChar(0x3002);
}

// Splits the paragraph text[from, to) (no '\n' inside) into blocks, adding
// the article position after which each new block starts.
void splitLongParagraph(QStringView text, qsizetype from, qsizetype to, QList<qsizetype> &breaks)
{
    qsizetype blockStart = from;
    for (qsizetype i = from + blockSoftLength - 1; i < to - 1; ++i) {
        const qsizetype length = i + 1 - blockStart;
        if (length < blockSoftLength)
            continue;
        const QChar c = text[i];
        const bool split = c.isSpace() ? length >= blockWordLength || (i > from && endsSentence(text[i - 1]))
                                       : length >= blockHardLength && !c.isHighSurrogate();
        if (split) {
            breaks.append(i);
            blockStart = i + 1;
            i += blockSoftLength - 1;
        }
    }
}

// The article positions after which the document starts a new block: every
// '\n' (shown as an empty line, since the plain-text layout has no paragraph
// spacing of its own) and the places where a long paragraph is split for
// display only. Either way one extra line break is inserted after the
// position, which is all documentPosition() and articlePosition() need.
QList<qsizetype> displayBreaks(QStringView text)
{
    QList<qsizetype> breaks;
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype nl = text.indexOf(u'\n', from);
        const qsizetype end = nl < 0 ? text.size() : nl;
        if (end - from > blockSoftLength)
            splitLongParagraph(text, from, end, breaks);
        if (nl < 0)
            break;
        breaks.append(nl);
        from = nl + 1;
    }
    return breaks;
}

// Appends text[from, to) as the document shows it: a line break inserted
// after each of breaks (the display breaks of the whole text).
void appendShown(QString &out, QStringView text, qsizetype from, qsizetype to, const QList<qsizetype> &breaks)
{
    auto b = std::lower_bound(breaks.cbegin(), breaks.cend(), from);
    for (; b != breaks.cend() && *b < to; ++b) {
        out += text.mid(from, *b + 1 - from);
        out += u'\n';
        from = *b + 1;
    }
    out += text.mid(from, to - from);
}

// The end of the slice that starts at from: the next display break at or
// after size characters (so that a slice ends with a whole block, its break
// starting the next slice), or the end of the text.
qsizetype sliceEnd(const QString &text, const QList<qsizetype> &breaks, qsizetype from, qsizetype size = sliceSize)
{
    if (text.size() - from <= size)
        return text.size();
    const auto b = std::lower_bound(breaks.cbegin(), breaks.cend(), from + size);
    return b == breaks.cend() ? text.size() : *b;
}

} // namespace

ArticleView::ArticleView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Nothing is typed here: Tab moves on to the sidebars and the legend.
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Article"));
    setMouseTracking(true);
    // The margins around the reading column take the page's colour too.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    setFont(f);
    m_defaultPointSize = f.pointSize();

    m_flashTimer.setSingleShot(true);
    connect(&m_flashTimer, &QTimer::timeout, this, [this] {
        m_flash = {};
        refreshSelections();
    });
    // Scrolling and resizing change what is visible; coalesce the bursts.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(0);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ArticleView::refreshSelections);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::scheduleRefresh);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const qsizetype pos = articlePosition(textCursor().position());
        if (pos >= 0)
            Q_EMIT cursorMoved(pos);
    });
    m_palette = EntityPalette::fromThemeName(QString());
}

qsizetype ArticleView::documentPosition(qsizetype articlePos) const
{
    articlePos = std::clamp<qsizetype>(articlePos, 0, m_article.text.size());
    const auto before = std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), articlePos) - m_breaks.cbegin();
    return m_bodyOffset + articlePos + before;
}

qsizetype ArticleView::articlePosition(qsizetype documentPos) const
{
    if (documentPos < m_bodyOffset)
        return -1;
    const qsizetype rel = documentPos - m_bodyOffset;
    // Break k (0-based) sits at article position b_k and document offset b_k + k;
    // the empty line after it at b_k + k + 1. Count the breaks strictly before.
    qsizetype lo = 0;
    qsizetype hi = m_breaks.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        if (m_breaks[mid] + mid < rel)
            lo = mid + 1;
        else
            hi = mid;
    }
    // lo breaks lie before rel; if rel is the inserted empty line, map it to the break.
    if (lo > 0 && m_breaks[lo - 1] + (lo - 1) + 1 == rel)
        return m_breaks[lo - 1];
    return std::min(rel - lo, m_article.text.size());
}

ArticleView::~ArticleView()
{
    // The view must let go of the document before it is destroyed.
    if (m_document) {
        auto *placeholder = new QTextDocument(this);
        placeholder->setDocumentLayout(new QPlainTextDocumentLayout(placeholder));
        setDocument(placeholder);
    }
}

ArticleView::Prepared ArticleView::prepare(const Article &article, const QFont &font)
{
    Prepared p;
    p.breaks = displayBreaks(article.text);

    QString header;
    if (!article.title.isEmpty())
        header += article.title + u'\n';
    QStringList meta;
    if (!article.byline.isEmpty())
        meta << article.byline;
    if (article.date.isValid())
        meta << QLocale().toString(article.date, QLocale::LongFormat);
    if (!article.datelinePlace.isEmpty())
        meta << article.datelinePlace;
    if (!article.source.isEmpty())
        meta << article.source;
    // The language by its own name ("Deutsch", "français"), when the page says it.
    if (!article.language.isEmpty()) {
        const QLocale language(article.language);
        if (language.language() != QLocale::C)
            meta << language.nativeLanguageName();
    }
    if (!meta.isEmpty())
        header += meta.join(QStringLiteral(" · ")) + u'\n';
    if (!header.isEmpty())
        header += u'\n';
    p.bodyOffset = header.size();
    p.header = header;

    // A long article starts with its first slice; the view appends the rest.
    const qsizetype firstEnd = sliceEnd(article.text, p.breaks, 0, firstSliceSize);
    if (firstEnd < article.text.size())
        p.restFrom = firstEnd;
    QString shown;
    shown.reserve(header.size() + firstEnd + firstEnd / 64 + 16);
    shown += header;
    appendShown(shown, article.text, 0, firstEnd, p.breaks);
    p.document = std::make_unique<QTextDocument>();
    p.document->setDocumentLayout(new QPlainTextDocumentLayout(p.document.get()));
    p.document->setDefaultFont(font);
    p.document->setUndoRedoEnabled(false);
    p.document->setPlainText(shown);

    // Title large and bold, the line of metadata in italics.
    QTextCursor c(p.document.get());
    if (!article.title.isEmpty()) {
        const QTextBlock title = p.document->begin();
        c.setPosition(title.position());
        c.setPosition(title.position() + title.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setFontPointSize(font.pointSizeF() * 1.6);
        f.setFontWeight(QFont::Bold);
        c.mergeCharFormat(f);
    }
    if (!meta.isEmpty()) {
        const QTextBlock metaBlock = p.document->findBlock(p.bodyOffset - 2);
        c.setPosition(metaBlock.position());
        c.setPosition(metaBlock.position() + metaBlock.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat f;
        f.setFontItalic(true);
        c.mergeCharFormat(f);
    }
    p.document->setModified(false);
    return p;
}

void ArticleView::setArticle(const Article &article)
{
    setPrepared(article, prepare(article, font()));
}

void ArticleView::setPrepared(const Article &article, Prepared prepared, bool holdRest)
{
    m_article = article;
    m_entities.clear();
    m_entitySelections.clear();
    m_headerMentions.clear();
    m_searchMatches.clear();
    m_currentMatch = -1;
    m_searchOrigin = -1;
    m_flash = {};
    m_header = std::move(prepared.header);
    m_breaks = std::move(prepared.breaks);
    m_bodyOffset = prepared.bodyOffset;
    m_restFrom = prepared.restFrom;
    // Extra selections hold cursors into the old document: drop them first.
    setExtraSelections({});
    std::unique_ptr<QTextDocument> old = std::move(m_document);
    m_document = std::move(prepared.document);
    m_document->setDefaultFont(font());
    setDocument(m_document.get());
    old.reset();
    verticalScrollBar()->setValue(0);
    refreshSelections();
    m_restHeld = holdRest && m_restFrom >= 0;
    if (m_restFrom < 0)
        Q_EMIT completed();
    else if (!m_restHeld)
        QTimer::singleShot(0, this, &ArticleView::appendSlice);
}

void ArticleView::appendRest()
{
    if (!m_restHeld)
        return;
    m_restHeld = false;
    QTimer::singleShot(0, this, &ArticleView::appendSlice);
}

void ArticleView::appendSlice()
{
    if (m_restFrom < 0 || m_restHeld)
        return;
    const qsizetype end = sliceEnd(m_article.text, m_breaks, m_restFrom);
    QString slice;
    slice.reserve(end - m_restFrom + (end - m_restFrom) / 64 + 16);
    appendShown(slice, m_article.text, m_restFrom, end, m_breaks);
    QTextCursor c(m_document.get());
    c.movePosition(QTextCursor::End);
    c.insertText(slice);
    m_restFrom = end;
    if (m_restFrom >= m_article.text.size()) {
        m_restFrom = -1;
        refreshSelections();
        Q_EMIT completed();
    } else {
        QTimer::singleShot(0, this, &ArticleView::appendSlice);
    }
}

void ArticleView::setEntities(const EntityList &entities)
{
    m_entities = entities;
    findHeaderMentions();
    refreshSelections();
}

void ArticleView::findHeaderMentions()
{
    m_headerMentions.clear();
    // (A headline is a line or two; a file whose "title" runs on for pages
    // gets its names coloured in the first few lines only, not a scan that
    // grows with the title's length times the longest name.)
    constexpr qsizetype longestHeader = 2000;
    const QStringView header = QStringView(m_header).left(longestHeader);
    if (header.isEmpty() || m_entities.isEmpty())
        return;

    // Every stretch of the header from a word's edge to a word's edge, on one
    // line, that could be a name: a few hundred look-ups for a headline,
    // against which each entity of the body is checked once, by a hash, so
    // that an article of two hundred thousand entities costs a few
    // milliseconds.
    constexpr qsizetype longestName = 120;
    auto inWord = [header](qsizetype i) {
        return i > 0 && i < header.size() && header[i - 1].isLetterOrNumber() && header[i].isLetterOrNumber();
    };
    struct Vote {
        QString type;
        int mentions = 0; ///< in the body, of this string as this type
        qsizetype first = -1; ///< the first of them, an index into m_entities
    };
    struct Candidate {
        QList<qsizetype> starts;
        QList<Vote> votes;
    };
    QHash<QStringView, qsizetype> ids;
    QList<Candidate> candidates;
    quint64 lengths[2] = {0, 0}; // which lengths below 128 occur
    for (qsizetype s = 0; s < header.size(); ++s) {
        if (header[s].isSpace() || inWord(s))
            continue;
        for (qsizetype e = s + 1; e <= header.size() && e - s <= longestName; ++e) {
            if (header[e - 1] == u'\n')
                break;
            if (header[e - 1].isSpace() || inWord(e))
                continue;
            const QStringView key = header.sliced(s, e - s);
            auto it = ids.constFind(key);
            if (it == ids.cend()) {
                it = ids.insert(key, candidates.size());
                candidates.append(Candidate());
            }
            candidates[*it].starts.append(s);
            if (key.size() < 128)
                lengths[key.size() / 64] |= quint64(1) << (key.size() % 64);
        }
    }
    const QStringView text(m_article.text);
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        const Entity &e = m_entities[i];
        const qsizetype length = e.range.length();
        if (length <= 0 || length > longestName || e.range.end > text.size())
            continue;
        if (length < 128 && !(lengths[length / 64] & (quint64(1) << (length % 64))))
            continue;
        const auto it = ids.constFind(text.sliced(e.range.start, length));
        if (it == ids.cend())
            continue;
        Candidate &c = candidates[*it];
        auto vote = std::find_if(c.votes.begin(), c.votes.end(), [&](const Vote &v) { return v.type == e.type; });
        if (vote == c.votes.end())
            c.votes.append({e.type, 1, i});
        else
            ++vote->mentions;
    }

    // Each string takes the type the body gives it most often (the first
    // one's on a tie); the longest strings first, none overlapping another.
    QList<HeaderMention> found;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.votes.isEmpty())
            continue;
        const auto best = std::max_element(c.votes.cbegin(), c.votes.cend(),
                                           [](const Vote &a, const Vote &b) { return a.mentions < b.mentions; });
        const qsizetype length = m_entities[best->first].range.length();
        for (const qsizetype s : c.starts)
            found.append({{s, s + length}, best->first});
    }
    std::sort(found.begin(), found.end(), [](const HeaderMention &a, const HeaderMention &b) {
        return a.range.length() != b.range.length() ? a.range.length() > b.range.length() : a.range.start < b.range.start;
    });
    for (const HeaderMention &m : std::as_const(found)) {
        const bool free = std::none_of(m_headerMentions.cbegin(), m_headerMentions.cend(),
                                       [&](const HeaderMention &taken) { return taken.range.overlaps(m.range); });
        if (free)
            m_headerMentions.append(m);
    }
    std::sort(m_headerMentions.begin(), m_headerMentions.end(),
              [](const HeaderMention &a, const HeaderMention &b) { return a.range.start < b.range.start; });
}

void ArticleView::setEntityPalette(const EntityPalette &palette)
{
    m_palette = palette;
    QPalette p = QPlainTextEdit::palette();
    p.setColor(QPalette::Base, palette.background);
    p.setColor(QPalette::Window, palette.background);
    p.setColor(QPalette::Text, palette.foreground);
    p.setColor(QPalette::Highlight, palette.selection);
    p.setColor(QPalette::HighlightedText, palette.foreground);
    setPalette(p);
    refreshSelections();
}

void ArticleView::setHiddenTypes(const QSet<QString> &types)
{
    m_hiddenTypes = types;
    refreshSelections();
}

qsizetype ArticleView::entityIndexAt(qsizetype articlePos) const
{
    return indexOfRangeAt(m_entities, articlePos);
}

qsizetype ArticleView::cursorArticlePosition() const
{
    const TextRange selected = selectedRange();
    return selected.isEmpty() ? articlePosition(textCursor().position()) : selected.start;
}

qsizetype ArticleView::documentPositionAt(const QPoint &viewportPos) const
{
    const QTextCursor c = cursorForPosition(viewportPos);
    // cursorForPosition gives the nearest gap; check the character really is under the point.
    const QRect r = cursorRect(c);
    qsizetype pos = c.position();
    if (viewportPos.x() < r.left() && pos > 0)
        --pos;
    return pos;
}

qsizetype ArticleView::articlePositionAt(const QPoint &viewportPos) const
{
    return articlePosition(documentPositionAt(viewportPos));
}

TextRange ArticleView::selectedRange() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection())
        return {};
    const qsizetype a = articlePosition(c.selectionStart());
    const qsizetype b = articlePosition(c.selectionEnd());
    if (a < 0 || b < 0)
        return {};
    return {a, b};
}

void ArticleView::selectRange(TextRange range)
{
    QTextCursor c(document());
    c.setPosition(documentPosition(range.start));
    c.setPosition(documentPosition(range.end), QTextCursor::KeepAnchor);
    setTextCursor(c);
}

void ArticleView::flashRange(TextRange range)
{
    QTextCursor c(document());
    c.setPosition(documentPosition(range.start));
    setTextCursor(c);
    // Put the range near the top third rather than at the very edge.
    const QTextBlock block = document()->findBlock(documentPosition(range.start));
    const int target = std::max(0, block.firstLineNumber() - 3);
    verticalScrollBar()->setValue(std::min(target, verticalScrollBar()->maximum()));
    m_flash = range;
    m_flashTimer.start(flashMilliseconds);
    refreshSelections();
}

int ArticleView::setSearchText(const QString &text)
{
    m_searchText = text;
    m_searchMatches.clear();
    m_currentMatch = -1;
    if (!text.isEmpty()) {
        // The header first: a reader searches what is on screen, title included.
        const QStringView header(m_header);
        for (qsizetype i = header.indexOf(text, 0, Qt::CaseInsensitive); i >= 0;
             i = header.indexOf(text, i + text.size(), Qt::CaseInsensitive))
            m_searchMatches.append({i, i + text.size()});
        const QStringView body(m_article.text);
        for (qsizetype i = body.indexOf(text, 0, Qt::CaseInsensitive); i >= 0;
             i = body.indexOf(text, i + text.size(), Qt::CaseInsensitive))
            m_searchMatches.append({documentPosition(i), documentPosition(i + text.size())});
    }
    if (m_searchMatches.isEmpty()) {
        refreshSelections();
        return 0;
    }
    // Not from the cursor: after the first keystroke that is the end of the
    // previous match, and every further keystroke would skip one more.
    const qsizetype from = m_searchOrigin >= 0 ? m_searchOrigin : textCursor().selectionStart();
    const auto it = std::lower_bound(m_searchMatches.cbegin(), m_searchMatches.cend(), from,
                                     [](const TextRange &r, qsizetype p) { return r.start < p; });
    moveToMatch(it == m_searchMatches.cend() ? 0 : int(it - m_searchMatches.cbegin()));
    return int(m_searchMatches.size());
}

void ArticleView::startSearchHere()
{
    m_searchOrigin = textCursor().selectionStart();
}

bool ArticleView::moveToMatch(int index)
{
    if (m_searchMatches.isEmpty())
        return false;
    m_currentMatch = (index + int(m_searchMatches.size())) % int(m_searchMatches.size());
    const TextRange match = m_searchMatches[m_currentMatch];
    QTextCursor c(document());
    c.setPosition(std::min<qsizetype>(match.start, document()->characterCount() - 1));
    c.setPosition(std::min<qsizetype>(match.end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
    refreshSelections();
    return true;
}

bool ArticleView::findNext()
{
    if (m_searchMatches.isEmpty())
        return false;
    const qsizetype from = textCursor().selectionEnd();
    const auto it = std::lower_bound(m_searchMatches.cbegin(), m_searchMatches.cend(), from,
                                     [](const TextRange &r, qsizetype p) { return r.start < p; });
    return moveToMatch(it == m_searchMatches.cend() ? 0 : int(it - m_searchMatches.cbegin()));
}

bool ArticleView::findPrevious()
{
    if (m_searchMatches.isEmpty())
        return false;
    const qsizetype from = textCursor().selectionStart();
    const auto it = std::lower_bound(m_searchMatches.cbegin(), m_searchMatches.cend(), from,
                                     [](const TextRange &r, qsizetype p) { return r.start < p; });
    return moveToMatch(int(it - m_searchMatches.cbegin()) - 1);
}

int ArticleView::fontPointSize() const
{
    return font().pointSize();
}

void ArticleView::setFontPointSize(int size)
{
    size = std::clamp(size, 6, 72);
    if (size == font().pointSize())
        return;
    QFont f = font();
    f.setPointSize(size);
    setFont(f);
    if (m_document)
        m_document->setDefaultFont(f);
    updateColumn();
    Q_EMIT fontPointSizeChanged(size);
}

void ArticleView::zoomBy(int steps)
{
    setFontPointSize(fontPointSize() + steps);
}

void ArticleView::resetZoom()
{
    setFontPointSize(m_defaultPointSize);
}

QString ArticleView::toolTipFor(const Entity &entity) const
{
    QString tip = QStringLiteral("<b>%1</b>").arg(entityTypeDisplayName(entity.type).toHtmlEscaped());
    if (!entity.value.isEmpty())
        tip += QStringLiteral(" · <code>%1</code>").arg(entity.value.toHtmlEscaped());
    if (!entity.canonical.isEmpty())
        tip += QStringLiteral("<br>") + tr("Stands for %1").arg(entity.canonical.toHtmlEscaped());
    // A note on an automatic entity is kept in a record of the user's, but
    // the tag is still the analysis's own.
    switch (entity.alsoFound ? Origin::Auto : entity.origin) {
    case Origin::Auto:
        tip += QStringLiteral("<br>") + tr("Found automatically: %1").arg(entity.why.toHtmlEscaped());
        break;
    case Origin::User:
        tip += QStringLiteral("<br>") + tr("Tagged by you");
        break;
    case Origin::Lexicon:
        tip += QStringLiteral("<br>") + tr("From your lexicon");
        break;
    }
    if (!entity.note.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(entity.note.toHtmlEscaped());
    return tip;
}

QString ArticleView::toolTipAt(const QPoint &viewportPos) const
{
    const qsizetype pos = documentPositionAt(viewportPos);
    if (pos < m_bodyOffset) {
        for (const HeaderMention &m : std::as_const(m_headerMentions)) {
            const QString &type = m_entities[m.entity].type;
            if (m.range.start <= pos && pos < m.range.end && !m_hiddenTypes.contains(type)) {
                // What the body says the name is; the tag's origin is the body's.
                return QStringLiteral("<b>%1</b><br>%2")
                    .arg(entityTypeDisplayName(type).toHtmlEscaped(), tr("Named so in the article's text"));
            }
        }
        return {};
    }
    const qsizetype idx = entityIndexAt(articlePosition(pos));
    if (idx < 0 || m_hiddenTypes.contains(m_entities[idx].type))
        return {};
    return toolTipFor(m_entities[idx]);
}

bool ArticleView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport = viewport()->mapFrom(this, help->pos());
        const QString tip = toolTipAt(inViewport);
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    // The margins first: the base class lays the text out for the viewport's new width.
    updateColumn();
    QPlainTextEdit::resizeEvent(event);
    scheduleRefresh();
}

void ArticleView::updateColumn()
{
    const int column = fontMetrics().averageCharWidth() * readableColumnChars;
    const int side = qMax(12, (width() - verticalScrollBar()->sizeHint().width() - column) / 2);
    if (viewportMargins() != QMargins(side, 16, side, 16))
        setViewportMargins(side, 16, side, 16);
}

void ArticleView::scheduleRefresh()
{
    m_refreshTimer.start();
}

TextRange ArticleView::visibleDocumentRange() const
{
    QTextBlock block = firstVisibleBlock();
    if (!block.isValid())
        return {};
    const qsizetype firstPos = block.position();
    const qreal bottom = viewport()->height();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    qsizetype lastPos = firstPos;
    while (block.isValid() && top <= bottom) {
        lastPos = block.position() + block.length();
        top += blockBoundingRect(block).height();
        block = block.next();
    }
    return {firstPos, lastPos};
}

TextRange ArticleView::visibleArticleRange() const
{
    const TextRange shown = visibleDocumentRange();
    if (shown.end == 0)
        return {};
    const qsizetype a = std::max<qsizetype>(0, articlePosition(std::max(shown.start, m_bodyOffset)));
    const qsizetype b = articlePosition(std::max(shown.end, m_bodyOffset));
    return {a, std::max(a, b)};
}

void ArticleView::refreshSelections()
{
    const TextRange visible = visibleArticleRange();
    QList<QTextEdit::ExtraSelection> selections;

    const qsizetype loaded = document()->characterCount() - 1;
    // A range of the document (header or body) with its format.
    auto addAt = [&](TextRange r, const QTextCharFormat &format) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(document());
        s.cursor.setPosition(r.start);
        s.cursor.setPosition(r.end, QTextCursor::KeepAnchor);
        s.format = format;
        selections.append(s);
    };
    // A range of the article's text.
    auto add = [&](TextRange r, const QTextCharFormat &format) {
        if (documentPosition(r.end) > loaded)
            return; // not appended yet
        addAt({documentPosition(r.start), documentPosition(r.end)}, format);
    };
    auto typeFormat = [this](const QString &type) {
        QTextCharFormat f;
        f.setForeground(m_palette.color(type));
        f.setBackground(m_palette.tint(type));
        return f;
    };

    // The header's mentions of the body's names, when the header is in view.
    const TextRange shown = visibleDocumentRange();
    if (shown.start < m_bodyOffset) {
        for (const HeaderMention &m : std::as_const(m_headerMentions)) {
            const QString &type = m_entities[m.entity].type;
            if (!m_hiddenTypes.contains(type))
                addAt(m.range, typeFormat(type));
        }
    }

    // Entities overlapping the visible range: the first whose end lies past its start onwards.
    auto it = std::lower_bound(m_entities.cbegin(), m_entities.cend(), visible.start,
                               [](const Entity &e, qsizetype p) { return e.range.end <= p; });
    m_entitySelections.clear();
    for (; it != m_entities.cend() && it->range.start < visible.end; ++it) {
        if (m_hiddenTypes.contains(it->type))
            continue;
        QTextCharFormat f = typeFormat(it->type);
        if (it->origin != Origin::Auto)
            f.setFontUnderline(true);
        const auto before = selections.size();
        add(it->range, f);
        if (selections.size() > before)
            m_entitySelections.append(selections.last());
    }
    // The flash over the entities' tints (their letters keep their colour),
    // so that the whole sentence shows where the reader was sent.
    if (!m_flash.isEmpty() && m_flash.overlaps(visible)) {
        QTextCharFormat f;
        f.setBackground(m_palette.mark);
        add(m_flash, f);
    }
    auto m = std::lower_bound(m_searchMatches.cbegin(), m_searchMatches.cend(), shown.start,
                              [](const TextRange &r, qsizetype p) { return r.end <= p; });
    for (; m != m_searchMatches.cend() && m->start < shown.end; ++m) {
        if (m->end > loaded)
            break; // not appended yet
        QTextCharFormat f;
        f.setBackground(m_palette.searchHighlight);
        f.setForeground(m_palette.dark ? QColor(Qt::black) : m_palette.foreground);
        addAt(*m, f);
    }
    setExtraSelections(selections);
}

} // namespace Annalist
