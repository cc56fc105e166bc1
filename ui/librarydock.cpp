// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "librarydock.h"

#include "export/exportdate.h"
#include "export/exporter.h"
#include "export/exportwriter.h"
#include "articleview.h"
#include "documenttab.h"
#include "libraryindexing.h"
#include "mainwindow.h"
#include "settings.h"
#include "library/librarytimeline.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QThread>
#include <QThreadPool>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace Annalist {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

/// The snippet as HTML with the matched words in bold.
QString snippetHtml(const LibraryHit &hit)
{
    QString html;
    qsizetype at = 0;
    for (const TextRange &h : hit.highlights) {
        html += escaped(hit.snippet.mid(at, h.start - at)) + QStringLiteral("<b>")
            + escaped(hit.snippet.mid(h.start, h.length())) + QStringLiteral("</b>");
        at = h.end;
    }
    return html + escaped(hit.snippet.mid(at));
}

QString displayDate(const QString &value)
{
    const ExportDate d = ExportDate::parse(value);
    return d.isValid() ? d.displayText() : value;
}

QUrl openUrl(const QString &path, TextRange range)
{
    QUrl url;
    url.setScheme(QStringLiteral("annalist-open"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("path"), path);
    query.addQueryItem(QStringLiteral("start"), QString::number(range.start));
    query.addQueryItem(QStringLiteral("end"), QString::number(range.end));
    url.setQuery(query);
    return url;
}

} // namespace

LibraryDock::LibraryDock(QWidget *parent)
    : QDockWidget(tr("Library"), parent)
{
    setObjectName(QStringLiteral("libraryDock"));
    setAccessibleName(tr("Library"));
    m_addFolderAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-new")), tr("Add &Folder to Library…"), this);
    m_addFolderAction->setToolTip(tr("Index every article in a folder so that you can search them all and see one "
                                     "timeline across them"));
    connect(m_addFolderAction, &QAction::triggered, this, &LibraryDock::chooseFolder);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    m_searchBox = new QLineEdit(content);
    m_searchBox->setClearButtonEnabled(true);
    m_searchBox->setPlaceholderText(tr("Search the library: words, entity:NAME, type:PERSON, from:1999, to:2005"));
    m_searchBox->setAccessibleName(tr("Search the library"));
    layout->addWidget(m_searchBox);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(content);
    m_progress->setAccessibleName(tr("Indexing progress"));
    m_cancel = new QPushButton(tr("Cancel"), content);
    m_cancel->setToolTip(tr("Stop indexing; what is indexed stays, the rest is indexed next time"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancel->hide();
    m_status = new QLabel(content);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(content);
    m_results = new QTextBrowser(m_tabs);
    m_results->setOpenLinks(false);
    m_results->setAccessibleName(tr("Search results"));
    m_tabs->addTab(m_results, tr("Articles"));
    m_entityView = new QTreeView(m_tabs);
    m_entityView->setModel(new QStandardItemModel(this));
    m_entityView->setRootIsDecorated(false);
    m_entityView->setSortingEnabled(true);
    m_entityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entityView->setAccessibleName(tr("Entity index"));
    m_tabs->addTab(m_entityView, tr("Entities"));
    auto *timelinePage = new QWidget(m_tabs);
    auto *timelineLayout = new QVBoxLayout(timelinePage);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new QTextBrowser(timelinePage);
    m_timeline->setOpenLinks(false);
    m_timeline->setAccessibleName(tr("Timeline across the library"));
    timelineLayout->addWidget(m_timeline);
    auto *exportButton = new QPushButton(QIcon::fromTheme(QStringLiteral("document-export")), tr("Export Timeline…"),
                                         timelinePage);
    timelineLayout->addWidget(exportButton, 0, Qt::AlignRight);
    m_tabs->addTab(timelinePage, tr("Timeline"));
    layout->addWidget(m_tabs, 1);
    setWidget(content);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_typing, &QTimer::timeout, this, &LibraryDock::runSearch);
    connect(m_searchBox, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_searchBox, &QLineEdit::returnPressed, this, &LibraryDock::runSearch);
    connect(m_results, &QTextBrowser::anchorClicked, this, &LibraryDock::openLink);
    connect(m_timeline, &QTextBrowser::anchorClicked, this, &LibraryDock::openLink);
    connect(exportButton, &QPushButton::clicked, this, &LibraryDock::exportTimeline);
    connect(m_entityView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString name = index.siblingAtColumn(0).data(EntityNameRole).toString();
        const QString type = index.siblingAtColumn(0).data(EntityTypeRole).toString();
        search(QStringLiteral("entity:\"%1\" type:%2").arg(name, type));
        m_tabs->setCurrentIndex(0);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_indexing)
            m_indexing->cancel();
    });
    // The library is opened when the dock is first shown.
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_library)
            ensureOpen();
        // Shown from the menu or its shortcut: ready for typing.
        if (visible && window()->isActiveWindow())
            m_searchBox->setFocus();
    });
}

LibraryDock::~LibraryDock() = default;

LibraryDock *LibraryDock::install(MainWindow *window)
{
    auto *dock = new LibraryDock(window);
    window->addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide();
    dock->toggleViewAction()->setText(tr("Show Li&brary"));
    dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(dock, &LibraryDock::openRequested, window, [window](const QString &path, TextRange range) {
        if (!window->openArticle(path))
            return;
        DocumentTab *tab = window->currentTab();
        if (!tab)
            return;
        // The text is laid out on a worker thread: select once it is shown.
        // flashRange() moves the cursor, so the selection comes after it.
        const auto select = [view = QPointer<ArticleView>(tab->view()), range] {
            if (view) {
                view->flashRange(range);
                view->selectRange(range);
            }
        };
        if (tab->isShown())
            select();
        else
            connect(tab, &DocumentTab::textShown, tab, select, Qt::SingleShotConnection);
    });
    return dock;
}

bool LibraryDock::ensureOpen()
{
    if (m_library)
        return m_libraryReady;
    m_library = std::make_unique<Library>();
    // The full check reads the whole database (seconds for a large
    // library): the indexing thread does it, on its first run.
    const Library::OpenResult opened = m_library->open(Library::defaultFolder(), Library::Check::None);
    m_notice = opened.message;
    if (!opened.ok()) {
        showStatus();
        return false;
    }
    // The window reads the folder list (a file of its own) and nothing else:
    // searches and indexing open connections of their own. A connection
    // kept open here would keep a damaged database from being set aside.
    m_library->close();
    m_libraryReady = true;
    m_indexing = new LibraryIndexing(Library::defaultFolder(), this);
    connect(m_indexing, &LibraryIndexing::started, this, [this] {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        m_status->setText(tr("Looking for new and changed articles…"));
    });
    connect(m_indexing, &LibraryIndexing::progress, this, [this](qsizetype done, qsizetype total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
        m_status->setText(tr("Indexing: %1 of %2 articles").arg(done).arg(total));
    });
    connect(m_indexing, &LibraryIndexing::finished, this, &LibraryDock::indexingDone);
    connect(m_indexing, &LibraryIndexing::rebuilt, this, [this](const QString &message) {
        m_notice = message;
        showStatus();
    });
    if (!m_library->folders().isEmpty())
        m_indexing->start();
    runSearch();
    return true;
}

bool LibraryDock::isIndexing() const
{
    return m_indexing && m_indexing->isRunning();
}

void LibraryDock::chooseFolder()
{
    // In the folder of the article in view when the library has not got it
    // yet (the likely one to add), else beside the folder added last
    // (folders of articles are often siblings).
    const QStringList added = m_library ? m_library->folders() : QStringList();
    QStringList near;
    const auto *window = qobject_cast<const MainWindow *>(parentWidget());
    if (const QString folder = window ? window->currentArticleFolder() : QString(); !folder.isEmpty()) {
        const bool inLibrary = std::any_of(added.cbegin(), added.cend(), [&folder](const QString &f) {
            return folder == f || folder.startsWith(f + u'/');
        });
        if (!inLibrary)
            near << folder;
    }
    if (!added.isEmpty())
        near << QFileInfo(added.constLast()).absolutePath();
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Add Folder to Library"), dialogStartFolder(near));
    // Back from the dialog, ready for a search while the folder is indexed.
    if (!folder.isEmpty() && addFolder(folder))
        m_searchBox->setFocus();
}

bool LibraryDock::addFolder(const QString &path)
{
    show();
    raise();
    if (!ensureOpen()) {
        QMessageBox::warning(this, tr("Library"), m_notice);
        return false;
    }
    QString error;
    if (!m_library->addFolder(path, &error)) {
        QMessageBox::warning(this, tr("Add Folder to Library"), error);
        return false;
    }
    m_indexing->start();
    return true;
}

void LibraryDock::indexingDone(const IndexReport &report)
{
    m_progress->hide();
    m_cancel->hide();
    if (!report.ok())
        m_notice = report.error;
    else if (report.cancelled)
        m_notice = tr("Indexing was cancelled; the rest is indexed next time.");
    showStatus();
    runSearch();
    Q_EMIT indexingFinished();
}

void LibraryDock::showStatus()
{
    QStringList lines;
    if (!m_notice.isEmpty())
        lines << escaped(m_notice);
    if (m_libraryReady) {
        // The figures come with each search, read on its worker thread.
        if (m_library->folders().isEmpty()) {
            lines << tr("The library is empty: add a folder of articles with File → Add Folder to Library…");
        } else {
            QString articles = tr("%n article(s) in the library", nullptr, int(m_statistics.articles));
            if (m_found >= 0 && !m_searchBox->text().trimmed().isEmpty())
                articles += QStringLiteral("; ") + tr("%n found", nullptr, int(m_found));
            lines << articles;
            if (!m_failures.isEmpty()) {
                QStringList reasons;
                for (const IndexFailure &f : m_failures.mid(0, 20))
                    reasons << escaped(f.reason);
                lines << tr("%n file(s) could not be read:", nullptr, int(m_statistics.failed)) + QStringLiteral("<br>")
                        + reasons.join(QStringLiteral("<br>"));
            }
        }
    }
    m_status->setText(lines.join(QStringLiteral("<br>")));
}

void LibraryDock::search(const QString &text)
{
    m_searchBox->setText(text);
    runSearch();
}

/// What one search found, worked out away from the window's thread: the
/// first page (with the library's figures) comes first, then the number of
/// articles found, the entity index and the timeline, which take longer.
struct LibraryDock::Found {
    LibraryQuery query;
    LibrarySearchResult result;
    LibraryStatistics statistics;
    QList<IndexFailure> failures;
    qsizetype count = -1;
    QStandardItemModel *entities = nullptr; ///< made on the worker thread, moved to the window's
    QList<LibraryTimelineItem> timeline;
    QString html; ///< the page's or the timeline's, made on the worker thread
};

namespace {

/// The entity index as a model of its own, made wherever the search runs,
/// so that the window swaps in a whole model instead of adding rows one by one.
QStandardItemModel *entityModel(const QList<LibraryEntity> &entities)
{
    auto *model = new QStandardItemModel(int(entities.size()), 6);
    model->setHorizontalHeaderLabels({LibraryDock::tr("Entity"), LibraryDock::tr("Type"), LibraryDock::tr("Articles"),
                                      LibraryDock::tr("Mentions"), LibraryDock::tr("First"), LibraryDock::tr("Last")});
    for (int row = 0; row < entities.size(); ++row) {
        const LibraryEntity &e = entities.at(row);
        auto *name = new QStandardItem(e.name);
        name->setData(e.name, LibraryDock::EntityNameRole);
        name->setData(e.type, LibraryDock::EntityTypeRole);
        if (!e.aliases.isEmpty())
            name->setToolTip(LibraryDock::tr("Also written: %1").arg(e.aliases.join(QStringLiteral(", "))));
        auto *articles = new QStandardItem;
        articles->setData(qlonglong(e.articles), Qt::DisplayRole);
        auto *mentions = new QStandardItem;
        mentions->setData(qlonglong(e.mentions), Qt::DisplayRole);
        model->setItem(row, 0, name);
        model->setItem(row, 1, new QStandardItem(EntityTypes::displayName(e.type)));
        model->setItem(row, 2, articles);
        model->setItem(row, 3, mentions);
        model->setItem(row, 4, new QStandardItem(e.firstDate));
        model->setItem(row, 5, new QStandardItem(e.lastDate));
    }
    return model;
}

/// The timeline as HTML, its first MostShown items.
QString timelineHtml(const QList<LibraryTimelineItem> &items)
{
    QString html;
    // A long document would stall the window while it is laid out; the
    // whole timeline is in its export.
    constexpr int MostShown = 250;
    for (int i = 0; i < items.size() && i < MostShown; ++i) {
        const LibraryTimelineItem &item = items.at(i);
        QString date = displayDate(item.date);
        if (!item.until.isEmpty())
            date += QStringLiteral(" – ") + displayDate(item.until);
        QStringList sources;
        for (const TimelineSource &s : item.sources) {
            sources << QStringLiteral("<a href=\"%1\">%2</a>")
                           .arg(escaped(openUrl(s.path, s.sentence).toString(QUrl::FullyEncoded)),
                                escaped(s.title.isEmpty() ? QFileInfo(s.path).fileName() : s.title));
        }
        html += QStringLiteral("<p><b>%1</b> %2<br><small>%3</small></p>")
                    .arg(escaped(date), escaped(item.label), sources.join(QStringLiteral(" · ")));
    }
    if (items.size() > MostShown) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(LibraryDock::tr("%n more event(s): narrow the search or export the timeline", nullptr,
                                         int(items.size() - MostShown)));
    }
    return html;
}

/// The first page of results as HTML; hit i links to annalist-hit:i.
QString pageHtml(const LibraryQuery &query, const LibrarySearchResult &result)
{
    if (!result.ok())
        return QStringLiteral("<p>%1</p>").arg(escaped(result.error));
    if (result.hits.isEmpty()) {
        return QStringLiteral("<p>%1</p>")
            .arg(query.isEmpty() ? LibraryDock::tr("No articles yet.") : LibraryDock::tr("No article matches."));
    }
    QString html;
    for (int i = 0; i < result.hits.size(); ++i) {
        const LibraryHit &h = result.hits.at(i);
        const QString name = h.title.isEmpty() ? QFileInfo(h.path).fileName() : h.title;
        QUrl url;
        url.setScheme(QStringLiteral("annalist-hit"));
        url.setPath(QString::number(i));
        // The file name under a title, so that articles of one title are told apart.
        const QString file = h.title.isEmpty() ? QString() : QFileInfo(h.path).fileName();
        html += QStringLiteral("<p><a href=\"%1\"><b>%2</b></a> <small>%3 %4</small><br>%5</p>")
                    .arg(escaped(url.toString()), escaped(name), escaped(h.date), escaped(file), snippetHtml(h));
    }
    // A page at a time: a long page would stall the window while it is laid out.
    if (result.hits.size() >= query.limit)
        html += QStringLiteral("<p><a href=\"annalist-more:\">%1</a></p>").arg(LibraryDock::tr("More results…"));
    return html;
}

} // namespace

void LibraryDock::runSearch()
{
    m_typing->stop();
    if (!m_libraryReady) {
        if (!ensureOpen())
            return;
    }
    // Everything is read on a worker thread, with a connection of its own,
    // and only the newest search is shown.
    const int generation = ++*m_newestSearch;
    QPointer<LibraryDock> self(this);
    QThread *window = thread();
    const QString folder = m_library->folder();
    LibraryQuery query = LibraryQuery::parse(m_searchBox->text());
    if (m_searchBox->text() != m_searchedText)
        m_pageSize = PageSize;
    m_searchedText = m_searchBox->text();
    query.limit = m_pageSize;
    QThreadPool::globalInstance()->start([self, newest = m_newestSearch, folder, query, generation, window] {
        const auto deliver = [&](const std::shared_ptr<Found> &found, bool page) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, newest, found, generation, page] {
                    if (self && generation == *newest) {
                        if (page)
                            self->showPage(*found);
                        else
                            self->showRest(*found);
                    }
                    delete found->entities;
                    found->entities = nullptr;
                },
                Qt::QueuedConnection);
        };
        const auto stale = [&] { return generation != *newest; };
        auto page = std::make_shared<Found>();
        page->query = query;
        Library library;
        const Library::OpenResult opened = library.open(folder, Library::Check::None);
        if (!opened.ok()) {
            page->result.error = opened.message;
            page->html = pageHtml(query, page->result);
            deliver(page, true);
            return;
        }
        const LibrarySearch reader(library);
        page->result = reader.search(query);
        page->statistics = reader.statistics();
        page->failures = reader.failures();
        page->html = pageHtml(query, page->result);
        deliver(page, true);
        if (stale())
            return;
        auto rest = std::make_shared<Found>();
        rest->query = query;
        rest->count = reader.count(query);
        if (stale())
            return;
        const QList<LibraryEntity> entities = reader.entities(query, 2000);
        if (stale())
            return;
        rest->timeline = reader.timeline(query);
        if (stale())
            return;
        // Made here and handed over; deleted on the window's thread if it comes too late.
        rest->entities = entityModel(entities);
        rest->entities->moveToThread(window);
        rest->html = timelineHtml(rest->timeline);
        deliver(rest, false);
    });
}

void LibraryDock::showPage(Found &found)
{
    m_hits = found.result.hits;
    m_statistics = found.statistics;
    m_failures = found.failures;
    m_found = -1;
    m_results->setHtml(found.html);
    showStatus();
}

void LibraryDock::showRest(Found &found)
{
    m_found = found.count;
    showStatus();
    if (found.entities) {
        QAbstractItemModel *old = m_entityView->model();
        m_entityView->setModel(found.entities);
        found.entities->setParent(this);
        found.entities = nullptr;
        delete old;
        m_entityView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    }
    m_timelineItems = std::move(found.timeline);
    m_timeline->setHtml(found.html);
    Q_EMIT searched();
}


void LibraryDock::activateHit(int index)
{
    if (index < 0 || index >= m_hits.size())
        return;
    const LibraryHit &h = m_hits.at(index);
    const TextRange highlight = h.highlights.value(0);
    Q_EMIT openRequested(h.path, {h.offset, h.offset + highlight.length()});
}

void LibraryDock::openLink(const QUrl &url)
{
    if (url.scheme() == QLatin1StringView("annalist-more")) {
        m_pageSize += PageSize;
        runSearch();
    } else if (url.scheme() == QLatin1StringView("annalist-hit")) {
        activateHit(url.path().toInt());
    } else if (url.scheme() == QLatin1StringView("annalist-open")) {
        const QUrlQuery query(url);
        Q_EMIT openRequested(query.queryItemValue(QStringLiteral("path"), QUrl::FullyDecoded),
                             {query.queryItemValue(QStringLiteral("start")).toLongLong(),
                              query.queryItemValue(QStringLiteral("end")).toLongLong()});
    }
}

void LibraryDock::exportTimeline()
{
    QStringList filters;
    QList<const Exporter *> exporters;
    for (const Exporter *e : Exporter::all()) {
        if (isTimelineFormat(e->name())) {
            exporters << e;
            filters << QStringLiteral("%1 (*.%2)").arg(e->description(), e->fileSuffix());
        }
    }
    QString filter = filters.value(1);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"), QString(),
                                                      filters.join(QStringLiteral(";;")), &filter);
    if (path.isEmpty())
        return;
    const Exporter *exporter = exporters.value(std::max<qsizetype>(0, filters.indexOf(filter)));
    const QList<ExportDocument> documents = timelineDocuments(m_timelineItems);
    ExportOptions options;
    options.outputDirectory = QFileInfo(path).absolutePath();
    const ExportOutput output = exporter->run(documents, options);
    if (!output.ok()) {
        QMessageBox::warning(this, tr("Export Timeline"), output.error);
        return;
    }
    ExportDestination destination;
    destination.file = path;
    QStringList articles;
    for (const ExportDocument &d : documents)
        articles << d.article.path;
    const ExportWriteResult written = writeExport(output, destination, articles);
    if (!written.ok())
        QMessageBox::warning(this, tr("Export Timeline"), written.message);
}

} // namespace Annalist
