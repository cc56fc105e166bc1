// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "documenttab.h"

#include "annotations/annotateddocument.h"
#include "annotations/lexicon.h"
#include "articleview.h"
#include "entitymodel.h"
#include "findbar.h"
#include "storage/annotationsession.h"
#include "theme/entitypalette.h"
#include "timelinemodel.h"

#include "article/loader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QThread>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>

namespace Annalist {

// What the worker computes for the window, so the UI thread only swaps it in.
struct DocumentTab::Results {
    std::unique_ptr<AnnotatedDocument> document; ///< made on the worker, moved to the UI thread
    EntityModel::Grouping grouping;
    QHash<QString, int> counts;
    QHash<QString, QString> typeOfName;
};

DocumentTab::DocumentTab(const Article &article, std::shared_ptr<const Analyzer> analyzer,
                         std::shared_ptr<const Lexicon> lexicon, QWidget *parent)
    : QWidget(parent)
    , m_article(article)
    , m_analyzer(std::move(analyzer))
    , m_lexicon(std::move(lexicon))
    , m_view(new ArticleView(this))
    , m_timelineModel(new TimelineModel(this))
    , m_entityModel(new EntityModel(this))
{
    m_findBar = new FindBar(m_view, this);

    // A quiet bar above the text for what needs the reader's attention:
    // a damaged sidecar, orphaned annotations, "tag the other occurrences?".
    m_infoBar = new QFrame(this);
    m_infoBar->setFrameShape(QFrame::StyledPanel);
    m_infoBar->setAccessibleName(tr("Message"));
    m_infoLabel = new QLabel(m_infoBar);
    m_infoLabel->setWordWrap(true);
    m_infoLabel->setTextFormat(Qt::PlainText);
    auto *infoLayout = new QHBoxLayout(m_infoBar);
    infoLayout->setContentsMargins(8, 4, 4, 4);
    infoLayout->addWidget(m_infoLabel, 1);
    auto *closeInfo = new QToolButton(m_infoBar);
    closeInfo->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    closeInfo->setText(tr("Dismiss"));
    closeInfo->setToolTip(tr("Dismiss this message"));
    closeInfo->setAutoRaise(true);
    infoLayout->addWidget(closeInfo);
    connect(closeInfo, &QToolButton::clicked, this, [this] { showInfo(QString()); });
    m_infoBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    m_view->setPlaceholderText(tr("Opening %1…").arg(article.path));
    connect(m_view, &ArticleView::cursorMoved, m_timelineModel, &TimelineModel::markPosition);
    start();
    watchFile();
}

DocumentTab::~DocumentTab()
{
    saveNow();
}

void DocumentTab::start()
{
    m_analyzing = true;
    QPointer<DocumentTab> self(this);
    // The job holds its own references: the tab may close before it ends.
    auto analyzer = m_analyzer;
    auto lexicon = m_lexicon;
    const Article article = m_article;
    const QFont font = m_view->font();
    QThread *uiThread = thread();
    QThreadPool::globalInstance()->start([self, analyzer, lexicon, article, font, uiThread] {
        // First the text, so the person can start reading at once.
        auto prepared = std::make_shared<ArticleView::Prepared>(ArticleView::prepare(article, font));
        prepared->document->moveToThread(uiThread);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, article, prepared] {
                if (!self)
                    return;
                // The rest of a long text waits for the analysis (see setPrepared()).
                self->m_view->setPrepared(article, std::move(*prepared), self->m_analyzing);
                self->m_shown = true;
                Q_EMIT self->textShown();
            },
            Qt::QueuedConnection);

        // Then everything the docks need, so that the UI thread only swaps it in.
        auto results = std::make_shared<Results>();
        results->document = std::make_unique<AnnotatedDocument>(article, analyzer->analyze(article));
        if (lexicon)
            results->document->setLexiconEntities(lexicon->match(article.text));
        summarize(article, results->document->entities(), results->grouping, results->counts, results->typeOfName);
        results->document->moveToThread(uiThread);
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
    m_document = results.document.release();
    m_document->setParent(this);
    m_view->setEntities(m_document->entities());
    m_counts = std::move(results.counts);
    m_typeOfName = std::move(results.typeOfName);
    m_entityModel->setGrouping(std::move(results.grouping));
    refreshEvents();
    // Reading the sidecar replaces the user layer: the signals below refresh the view then.
    m_session = new AnnotationSession(m_document, this);
    connect(m_document, &AnnotatedDocument::entitiesChanged, this, [this] {
        refreshEntities();
        Q_EMIT contentChanged();
        recheckInfo();
    });
    connect(m_document, &AnnotatedDocument::eventsChanged, this, [this] {
        refreshEvents();
        Q_EMIT contentChanged();
        recheckInfo();
    });
    connect(m_document, &AnnotatedDocument::orphansChanged, this, &DocumentTab::recheckInfo);
    connect(m_session, &AnnotationSession::stateChanged, this, &DocumentTab::saveStateChanged);
    const AnnotationSession::OpenResult opened = m_session->open();
    if (!m_document->orphans().isEmpty()) {
        // The list is one click away, and the message goes with the last orphan.
        showInfo(opened.message, {{tr("Show &Unplaced Annotations"), [this] { Q_EMIT orphansRequested(); }}},
                 [this] { return m_document && !m_document->orphans().isEmpty(); });
    } else if (!opened.message.isEmpty()) {
        showInfo(opened.message);
    }
    m_analyzing = false;
    m_view->appendRest();
    Q_EMIT analysisFinished();
    Q_EMIT saveStateChanged();
}

void DocumentTab::summarize(const Article &article, const EntityList &entities, EntityModel::Grouping &grouping,
                            QHash<QString, int> &counts, QHash<QString, QString> &typeOfName)
{
    counts.clear();
    typeOfName.clear();
    QStringList types = EntityPalette::builtinTypes();
    for (const Entity &e : entities) {
        ++counts[e.type];
        typeOfName.insert(e.canonical.isEmpty() ? article.slice(e.range).toString() : e.canonical, e.type);
        if (!types.contains(e.type))
            types.append(e.type);
    }
    grouping = EntityModel::groupEntities(article, entities, types);
}

void DocumentTab::refreshEntities()
{
    m_view->setEntities(m_document->entities());
    EntityModel::Grouping grouping;
    summarize(m_article, m_document->entities(), grouping, m_counts, m_typeOfName);
    m_entityModel->setGrouping(std::move(grouping));
}

void DocumentTab::refreshEvents()
{
    m_timelineModel->setTimeline(m_article, m_document->events());
}

void DocumentTab::setLexicon(std::shared_ptr<const Lexicon> lexicon)
{
    m_lexicon = std::move(lexicon);
    if (m_document)
        m_document->setLexiconEntities(m_lexicon ? m_lexicon->match(m_article.text) : EntityList());
}

QStringList DocumentTab::entityTypes(const QStringList &known) const
{
    QStringList types = known;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (!types.contains(it.key()))
            types.append(it.key());
    }
    return types;
}

QHash<QString, int> DocumentTab::entityCounts() const
{
    return m_counts;
}

QHash<QString, QString> DocumentTab::typeOfName() const
{
    return m_typeOfName;
}

void DocumentTab::showInfo(const QString &text, const QList<std::pair<QString, std::function<void()>>> &buttons,
                           std::function<bool()> stillTrue)
{
    qDeleteAll(m_infoButtons);
    m_infoButtons.clear();
    m_infoStillTrue = text.isEmpty() ? std::function<bool()>() : std::move(stillTrue);
    m_infoLabel->setText(text);
    m_infoBar->setVisible(!text.isEmpty());
    auto *layout = static_cast<QHBoxLayout *>(m_infoBar->layout());
    int at = 1;
    for (const auto &[label, action] : buttons) {
        auto *button = new QPushButton(label, m_infoBar);
        layout->insertWidget(at++, button);
        m_infoButtons.append(button);
        connect(button, &QPushButton::clicked, this, [this, action] {
            // Hide first: the action may show another message.
            showInfo(QString());
            action();
        });
    }
}

void DocumentTab::recheckInfo()
{
    if (m_infoStillTrue && !m_infoBar->isHidden() && !m_infoStillTrue())
        showInfo(QString());
}

QString DocumentTab::infoText() const
{
    return m_infoBar->isHidden() ? QString() : m_infoLabel->text();
}

bool DocumentTab::saveNow()
{
    return m_session ? m_session->save() : true;
}

void DocumentTab::watchFile()
{
    if (!isFileOnDisk())
        return;
    m_stamp = fileStamp();
    m_watcher = new QFileSystemWatcher(this);
    m_watcher->addPath(m_article.path);
    // Watching the folder too notices a file that an editor replaced by
    // renaming a new one over it, which the file watch alone loses.
    m_watcher->addPath(QFileInfo(m_article.path).absolutePath());
    m_fileSettle.setSingleShot(true);
    m_fileSettle.setInterval(300);
    connect(&m_fileSettle, &QTimer::timeout, this, &DocumentTab::checkFileOnDisk);
    auto changed = [this] {
        m_fileSettle.start();
    };
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
}

void DocumentTab::checkFileOnDisk()
{
    if (!isFileOnDisk())
        return;
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    const QString stamp = fileStamp();
    if (stamp == m_stamp)
        return;
    m_stamp = stamp;
    m_checking = true;
    if (m_watcher && QFileInfo::exists(m_article.path) && !m_watcher->files().contains(m_article.path))
        m_watcher->addPath(m_article.path);
    // Reading and decoding may take a moment for a long article: a worker
    // does it, and only the verdict comes back.
    QPointer<DocumentTab> self(this);
    const QString path = m_article.path;
    const QString text = m_article.text;
    QThreadPool::globalInstance()->start([self, path, text] {
        const LoadResult loaded = loadArticle(path);
        DiskState state = DiskState::Same;
        if (loaded.status == LoadResult::Status::NotFound || loaded.status == LoadResult::Status::IsDirectory)
            state = DiskState::Gone;
        else if (!loaded.ok() || loaded.article.text != text)
            state = DiskState::Changed;
        const QString message = loaded.message;
        const QByteArray diskText =
            QCryptographicHash::hash(loaded.ok() ? loaded.article.text.toUtf8() : message.toUtf8(),
                                     QCryptographicHash::Sha256);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, state, message, diskText] {
                if (!self)
                    return;
                self->m_checking = false;
                self->setDiskState(state, message, diskText);
                if (self->m_checkAgain) {
                    self->m_checkAgain = false;
                    self->checkFileOnDisk();
                }
            },
            Qt::QueuedConnection);
    });
}

bool DocumentTab::isFileOnDisk() const
{
    // Built-in samples (":/…") and texts that are not files cannot change.
    return !m_article.path.isEmpty() && !m_article.path.startsWith(u':');
}

QString DocumentTab::fileStamp() const
{
    const QFileInfo info(m_article.path);
    if (!info.exists())
        return QString();
    return QString::number(info.size()) + u'/' + QString::number(info.lastModified().toMSecsSinceEpoch());
}

void DocumentTab::setDiskState(DiskState state, const QString &message, const QByteArray &diskText)
{
    // Told once per version of the file: dismissing the message is an answer.
    if (state == m_diskState && (state != DiskState::Changed || diskText == m_reportedText))
        return;
    m_diskState = state;
    m_reportedText = diskText;
    const QString name = QDir::toNativeSeparators(m_article.path);
    switch (state) {
    case DiskState::Same:
        // Changed back (an undo in the editor): nothing to offer any more.
        showInfo(QString());
        break;
    case DiskState::Changed: {
        QString text = tr("%1 was changed on disk. Reload it to see the new text; your annotations move with it, "
                          "and any that no longer fit are listed as orphans.")
                           .arg(name);
        if (!message.isEmpty())
            text = message + u' ' + tr("Keep the text on screen, or try to reload it.");
        showInfo(text, {{tr("&Reload"), [this] { Q_EMIT reloadRequested(); }},
                        {tr("&Keep This Text"), [] {}}});
        break;
    }
    case DiskState::Gone:
        showInfo(tr("%1 was deleted or moved. The text stays open here and your annotations are kept in %2.")
                     .arg(name,
                          m_session ? QDir::toNativeSeparators(m_session->sidecarPath()) : tr("the annotations file")),
                 {{tr("&Close Article"), [this] { Q_EMIT closeRequested(); }}, {tr("Keep &Open"), [] {}}});
        break;
    }
    Q_EMIT diskStateChanged(state);
}

} // namespace Annalist
