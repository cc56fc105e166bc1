#include "documenttab.h"

#include "articleview.h"
#include "entitymodel.h"
#include "findbar.h"
#include "theme/entitypalette.h"
#include "timelinemodel.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QVBoxLayout>

namespace Annalist {

// What the worker computes for the window, so the UI thread only swaps it in.
struct DocumentTab::Results {
    Analysis analysis;
    EntityModel::Grouping grouping;
    QHash<QString, int> counts;
    QHash<QString, QString> typeOfName;
    QStringList types;
};

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
    m_view->setPlaceholderText(tr("Opening %1…").arg(article.path));
    connect(m_view, &ArticleView::cursorMoved, m_timelineModel, &TimelineModel::markPosition);
    start();
}

DocumentTab::~DocumentTab() = default;

namespace {

QStringList typesIn(const EntityList &entities)
{
    QStringList types = EntityPalette::builtinTypes();
    for (const Entity &e : entities) {
        if (!types.contains(e.type))
            types.append(e.type);
    }
    return types;
}

} // namespace

void DocumentTab::start()
{
    m_analyzing = true;
    QPointer<DocumentTab> self(this);
    // The job holds its own references: the tab may close before it ends.
    auto analyzer = m_analyzer;
    const Article article = m_article;
    const QFont font = m_view->font();
    QThread *uiThread = thread();
    QThreadPool::globalInstance()->start([self, analyzer, article, font, uiThread] {
        // First the text, so the person can start reading at once.
        auto prepared = std::make_shared<ArticleView::Prepared>(ArticleView::prepare(article, font));
        prepared->document->moveToThread(uiThread);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, article, prepared] {
                if (!self)
                    return;
                self->m_view->setPrepared(article, std::move(*prepared));
                self->m_shown = true;
                Q_EMIT self->textShown();
            },
            Qt::QueuedConnection);

        auto results = std::make_shared<Results>();
        results->analysis = analyzer->analyze(article);
        results->types = typesIn(results->analysis.entities);
        results->grouping = EntityModel::groupEntities(article, results->analysis.entities, results->types);
        for (const Entity &e : std::as_const(results->analysis.entities)) {
            ++results->counts[e.type];
            results->typeOfName.insert(e.canonical.isEmpty() ? article.slice(e.range).toString() : e.canonical,
                                       e.type);
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, results] {
                if (self)
                    self->applyResults(*results);
            },
            Qt::QueuedConnection);
    });
}

void DocumentTab::applyResults(Results &results)
{
    m_analysis = std::move(results.analysis);
    m_counts = std::move(results.counts);
    m_typeOfName = std::move(results.typeOfName);
    m_analyzing = false;
    m_view->setEntities(m_analysis.entities);
    m_timelineModel->setTimeline(m_article, m_analysis.events);
    m_entityModel->setGrouping(std::move(results.grouping));
    Q_EMIT analysisFinished();
}

QStringList DocumentTab::entityTypes() const
{
    return typesIn(m_analysis.entities);
}

QHash<QString, int> DocumentTab::entityCounts() const
{
    return m_counts;
}

QHash<QString, QString> DocumentTab::typeOfName() const
{
    return m_typeOfName;
}

} // namespace Annalist
