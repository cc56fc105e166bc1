#pragma once

#include "analysis/analyzer.h"
#include "article/article.h"

#include <QWidget>

#include <memory>

namespace Annalist {

class ArticleView;
class EntityModel;
class FindBar;
class TimelineModel;

/// One open article: its view, its find bar, and the models the docks show
/// while it is the current tab. Recognition runs on a worker thread; the
/// view shows the text at once and the highlights when they are ready.
class DocumentTab : public QWidget
{
    Q_OBJECT
public:
    DocumentTab(const Article &article, std::shared_ptr<const Analyzer> analyzer, QWidget *parent = nullptr);
    ~DocumentTab() override;

    const Article &article() const { return m_article; }
    const Analysis &analysis() const { return m_analysis; }
    bool isAnalyzing() const { return m_analyzing; }
    /// True once the text is on screen (before the analysis ends).
    bool isShown() const { return m_shown; }

    ArticleView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    EntityModel *entityModel() const { return m_entityModel; }

    /// Entity types in legend order: the built-in ones, then user types found.
    QStringList entityTypes() const;
    /// How many entities of each type the article has.
    QHash<QString, int> entityCounts() const;
    /// The type of each entity name that appears, for the timeline's chips.
    QHash<QString, QString> typeOfName() const;

Q_SIGNALS:
    void textShown();
    void analysisFinished();

private:
    struct Results;
    void start();
    void applyResults(Results &results);

    Article m_article;
    std::shared_ptr<const Analyzer> m_analyzer;
    Analysis m_analysis;
    bool m_analyzing = false;
    bool m_shown = false;
    QHash<QString, int> m_counts;
    QHash<QString, QString> m_typeOfName;
    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    EntityModel *m_entityModel = nullptr;
};

} // namespace Annalist
