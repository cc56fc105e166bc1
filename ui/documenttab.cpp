#include "documenttab.h"

#include "articleview.h"
#include "entitymodel.h"
#include "findbar.h"
#include "theme/entitypalette.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Annalist {

DocumentTab::DocumentTab(const Article &article, std::shared_ptr<const Analyzer> analyzer, QWidget *parent)
    : QWidget(parent)
    , m_article(article)
    , m_analyzer(std::move(analyzer))
    , m_view(new ArticleView(this))
    , m_timelineModel(new TimelineModel(this))
    , m_entityModel(new EntityModel(this))
{
    m_findBar = new FindBar(m_view, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    m_view->setArticle(m_article);
    connect(m_view, &ArticleView::cursorMoved, m_timelineModel, &TimelineModel::markPosition);
    startAnalysis();
}

DocumentTab::~DocumentTab() = default;

void DocumentTab::startAnalysis()
{
    m_analyzing = true;
    QPointer<DocumentTab> self(this);
    // The job holds its own references: the tab may close before it ends.
    auto analyzer = m_analyzer;
    const Article article = m_article;
    QThreadPool::globalInstance()->start([self, analyzer, article] {
        Analysis result = analyzer->analyze(article);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result = std::move(result)] {
                if (self)
                    self->applyAnalysis(result);
            },
            Qt::QueuedConnection);
    });
}

void DocumentTab::applyAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_analyzing = false;
    m_view->setEntities(m_analysis.entities);
    m_timelineModel->setTimeline(m_article, m_analysis.events);
    m_entityModel->setEntities(m_article, m_analysis.entities, entityTypes());
    Q_EMIT analysisFinished();
}

QStringList DocumentTab::entityTypes() const
{
    QStringList types = EntityPalette::builtinTypes();
    for (const Entity &e : m_analysis.entities) {
        if (!types.contains(e.type))
            types.append(e.type);
    }
    return types;
}

QHash<QString, int> DocumentTab::entityCounts() const
{
    QHash<QString, int> counts;
    for (const Entity &e : m_analysis.entities)
        ++counts[e.type];
    return counts;
}

QHash<QString, QString> DocumentTab::typeOfName() const
{
    QHash<QString, QString> types;
    for (const Entity &e : m_analysis.entities) {
        const QString name = e.canonical.isEmpty() ? m_article.slice(e.range).toString() : e.canonical;
        types.insert(name, e.type);
    }
    return types;
}

} // namespace Annalist
