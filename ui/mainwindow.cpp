#include "mainwindow.h"

#include "analysis/analyzer.h"
#include "article/loader.h"
#include "articleview.h"
#include "documenttab.h"
#include "entitymodel.h"
#include "entitypanel.h"
#include "findbar.h"
#include "legendbar.h"
#include "settings.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>
#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>

namespace Annalist {

MainWindow::MainWindow(Mode mode, QWidget *parent)
    : QMainWindow(parent)
    , m_mode(mode)
    , m_analyzer(std::make_shared<const Analyzer>())
    , m_tabs(new QTabWidget(this))
    , m_legend(new LegendBar(this))
{
    setWindowTitle(tr("Annalist"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setAutoHide(true);
    m_tabs->setAccessibleName(tr("Open articles"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    m_legend->setTypes(EntityPalette::builtinTypes());
    addToolBar(Qt::TopToolBarArea, m_legend);
    connect(m_legend, &LegendBar::hiddenTypesChanged, this, [this](const QSet<QString> &hidden) {
        for (int i = 0; i < m_tabs->count(); ++i)
            static_cast<DocumentTab *>(m_tabs->widget(i))->view()->setHiddenTypes(hidden);
    });

    createDocks();
    createActions();

    m_dateLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_saveLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_dateLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_saveLabel);

    if (m_mode == Mode::Interactive) {
        Settings settings;
        if (!restoreGeometry(settings.windowGeometry()))
            resize(1280, 820);
        restoreState(settings.windowState());
        m_themeChoice = settings.themeName();
    } else {
        resize(1280, 800);
    }
    if (!setThemeByName(m_themeChoice))
        setThemeByName(QString());
    currentTabChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_timelinePanel = new TimelinePanel(this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setAccessibleName(tr("Timeline"));
    m_timelineDock->setWidget(m_timelinePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_timelineDock);
    connect(m_timelinePanel, &TimelinePanel::eventActivated, this, &MainWindow::showTimelineEvent);

    m_entityPanel = new EntityPanel(this);
    m_entityDock = new QDockWidget(tr("Entities"), this);
    m_entityDock->setObjectName(QStringLiteral("entityDock"));
    m_entityDock->setAccessibleName(tr("Entities"));
    m_entityDock->setWidget(m_entityPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_entityDock);
    resizeDocks({m_timelineDock, m_entityDock}, {380, 380}, Qt::Horizontal);
    resizeDocks({m_timelineDock, m_entityDock}, {480, 260}, Qt::Vertical);
    connect(m_entityPanel, &EntityPanel::occurrenceRequested, this, [this](TextRange range, int n, int total) {
        if (ArticleView *view = articleView()) {
            view->flashRange(range);
            view->selectRange(range);
            statusBar()->showMessage(tr("Occurrence %1 of %2").arg(n).arg(total), 4000);
        }
    });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *closeTabAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close"));
    closeTabAction->setShortcut(QKeySequence::Close);
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    m_documentActions << closeTabAction;
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    connect(copy, &QAction::triggered, this, [this] {
        if (ArticleView *v = articleView())
            v->copy();
    });
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (DocumentTab *t = currentTab())
            t->findBar()->activate();
    });
    QAction *findNext = edit->addAction(tr("Find &Next"));
    findNext->setShortcut(QKeySequence::FindNext);
    connect(findNext, &QAction::triggered, this, [this] {
        if (DocumentTab *t = currentTab())
            t->findBar()->findNext();
    });
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"));
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    connect(findPrevious, &QAction::triggered, this, [this] {
        if (DocumentTab *t = currentTab())
            t->findBar()->findPrevious();
    });
    m_documentActions << copy << find << findNext << findPrevious;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomIn, &QAction::triggered, this, [this] { zoom(+1); });
    QAction *zoomOut = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    connect(zoomOut, &QAction::triggered, this, [this] { zoom(-1); });
    QAction *zoomReset = view->addAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("&Actual Size"));
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(zoomReset, &QAction::triggered, this, [this] { zoom(0); });
    view->addSeparator();
    m_themeMenu = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    m_themeGroup->setExclusive(true);
    QAction *automatic = m_themeMenu->addAction(tr("&Automatic (follow the system)"));
    automatic->setCheckable(true);
    automatic->setData(QString());
    m_themeGroup->addAction(automatic);
    m_themeMenu->addSeparator();
    for (const QString &name : EntityPalette::themeNames()) {
        QAction *a = m_themeMenu->addAction(name);
        a->setCheckable(true);
        a->setData(name);
        m_themeGroup->addAction(a);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *a) {
        setThemeByName(a->data().toString());
        if (m_mode == Mode::Interactive)
            Settings().setThemeName(m_themeChoice);
    });
    view->addSeparator();
    QAction *timelineToggle = m_timelineDock->toggleViewAction();
    timelineToggle->setText(tr("Show &Timeline"));
    timelineToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    view->addAction(timelineToggle);
    QAction *entityToggle = m_entityDock->toggleViewAction();
    entityToggle->setText(tr("Show &Entities"));
    entityToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    view->addAction(entityToggle);
    QAction *legendToggle = m_legend->toggleViewAction();
    legendToggle->setText(tr("Show &Legend"));
    view->addAction(legendToggle);
    m_documentActions << zoomIn << zoomOut << zoomReset;

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Annalist"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    if (m_mode != Mode::Interactive) {
        m_recentMenu->setEnabled(false);
        return;
    }
    const QStringList files = Settings().recentFiles();
    m_recentMenu->setEnabled(!files.isEmpty());
    int n = 0;
    for (const QString &path : files) {
        ++n;
        const QString name = QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(name) : name);
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openArticle(path); });
    }
}

void MainWindow::openDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Article"), QString(),
        tr("Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;All files (*)"));
    for (const QString &path : paths)
        openArticle(path);
}

bool MainWindow::openArticle(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (static_cast<DocumentTab *>(m_tabs->widget(i))->article().path == absolute) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    const LoadResult result = loadArticle(path);
    if (!result.ok()) {
        if (error)
            *error = result.message;
        if (m_mode == Mode::Interactive) {
            QMessageBox::warning(this, tr("Cannot open article"), result.message);
            if (result.status == LoadResult::Status::NotFound) {
                Settings().removeRecentFile(absolute);
                updateRecentMenu();
            }
        }
        return false;
    }
    auto *tab = new DocumentTab(result.article, m_analyzer, m_tabs);
    tab->view()->setEntityPalette(m_palette);
    tab->view()->setHiddenTypes(m_legend->hiddenTypes());
    if (m_mode == Mode::Interactive) {
        if (const int size = Settings().fontPointSize(); size > 0)
            tab->view()->setFontPointSize(size);
    }
    connect(tab, &DocumentTab::analysisFinished, this, [this, tab] {
        if (tab == currentTab())
            currentTabChanged();
    });
    const QString name = result.article.title.isEmpty() ? QFileInfo(path).fileName() : result.article.title;
    const int index = m_tabs->addTab(tab, QFontMetrics(font()).elidedText(name, Qt::ElideRight, 220));
    m_tabs->setTabToolTip(index, result.article.path);
    m_tabs->setCurrentIndex(index);
    if (m_mode == Mode::Interactive && !result.article.path.startsWith(u':')) {
        Settings().addRecentFile(result.article.path);
        updateRecentMenu();
    }
    return true;
}

void MainWindow::closeTab(int index)
{
    if (QWidget *w = m_tabs->widget(index)) {
        m_tabs->removeTab(index);
        w->deleteLater();
    }
}

DocumentTab *MainWindow::currentTab() const
{
    return static_cast<DocumentTab *>(m_tabs->currentWidget());
}

ArticleView *MainWindow::articleView() const
{
    DocumentTab *t = currentTab();
    return t ? t->view() : nullptr;
}

void MainWindow::currentTabChanged()
{
    DocumentTab *tab = currentTab();
    for (QAction *a : std::as_const(m_documentActions))
        a->setEnabled(tab != nullptr);
    if (!tab) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        m_timelinePanel->setModel(nullptr);
        m_entityPanel->setModel(nullptr);
        m_legend->setCounts({});
        updateStatus();
        return;
    }
    const Article &a = tab->article();
    setWindowTitle(a.title.isEmpty() ? QFileInfo(a.path).fileName() : a.title);
    setWindowFilePath(a.path);
    m_timelinePanel->setModel(tab->timelineModel());
    m_timelinePanel->setBusy(tab->isAnalyzing());
    m_timelinePanel->setEntityTypes(tab->typeOfName());
    m_entityPanel->setModel(tab->entityModel());
    m_legend->setTypes(tab->entityTypes());
    m_legend->setCounts(tab->entityCounts());
    updateStatus();
}

void MainWindow::updateStatus()
{
    DocumentTab *tab = currentTab();
    if (!tab) {
        m_dateLabel->clear();
        m_countLabel->clear();
        m_saveLabel->clear();
        statusBar()->showMessage(tr("Open an article with File → Open (Ctrl+O), or drop one here."));
        return;
    }
    statusBar()->clearMessage();
    const Article &a = tab->article();
    m_dateLabel->setText(a.date.isValid() ? tr("Published %1").arg(QLocale().toString(a.date, QLocale::ShortFormat))
                                          : tr("No publication date"));
    if (tab->isAnalyzing()) {
        m_countLabel->setText(tr("Reading…"));
    } else {
        const int entities = int(tab->analysis().entities.size());
        const int events = int(tab->analysis().events.size());
        m_countLabel->setText(tr("%n entities", nullptr, entities) + QStringLiteral(" · ")
                              + tr("%n events", nullptr, events));
    }
    m_saveLabel->setText(tr("No changes"));
}

void MainWindow::showTimelineEvent(int row)
{
    DocumentTab *tab = currentTab();
    if (!tab || row < 0 || row >= tab->timelineModel()->rowCount())
        return;
    tab->view()->flashRange(tab->timelineModel()->event(row).sentence);
}

void MainWindow::zoom(int steps)
{
    ArticleView *view = articleView();
    if (!view)
        return;
    if (steps == 0)
        view->resetZoom();
    else
        view->zoomBy(steps);
    // One size for every tab, remembered for the next start.
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<DocumentTab *>(m_tabs->widget(i))->view()->setFontPointSize(view->fontPointSize());
    if (m_mode == Mode::Interactive)
        Settings().setFontPointSize(view->fontPointSize());
}

bool MainWindow::setThemeByName(const QString &name)
{
    EntityPalette palette;
    if (name.isEmpty()) {
        // Follow the palette's lightness: a dark palette picks a dark theme.
        KSyntaxHighlighting::Repository repository;
        const bool dark = qApp->palette().color(QPalette::Base).lightness() < 128;
        palette = EntityPalette::fromTheme(repository.defaultTheme(
            dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    } else {
        palette = EntityPalette::fromThemeName(name);
        if (!palette.isValid())
            return false;
    }
    m_themeChoice = name;
    m_palette = palette;
    if (m_themeGroup) {
        for (QAction *a : m_themeGroup->actions()) {
            if (a->data().toString().compare(name, Qt::CaseInsensitive) == 0)
                a->setChecked(true);
        }
    }
    applyPalette();
    return true;
}

void MainWindow::applyPalette()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        static_cast<DocumentTab *>(m_tabs->widget(i))->view()->setEntityPalette(m_palette);
    m_timelinePanel->setEntityPalette(m_palette);
    m_legend->setEntityPalette(m_palette);
    QPalette p = m_entityPanel->treeView()->palette();
    p.setColor(QPalette::Base, m_palette.background);
    p.setColor(QPalette::Text, m_palette.foreground);
    p.setColor(QPalette::Highlight, m_palette.selection);
    p.setColor(QPalette::HighlightedText, m_palette.foreground);
    m_entityPanel->treeView()->setPalette(p);
}

bool MainWindow::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    auto busy = [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (static_cast<DocumentTab *>(m_tabs->widget(i))->isAnalyzing())
                return true;
        }
        return false;
    };
    while (busy() && !deadline.hasExpired())
        QApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    QApplication::processEvents();
    return !busy();
}

bool MainWindow::saveScreenshot(const QString &path, QString *error)
{
    show();
    if (!waitUntilIdle()) {
        *error = tr("the article took too long to read");
        return false;
    }
    // Let every pending layout and paint happen before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QImage image = grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image)) {
        *error = tr("%1: %2").arg(path, writer.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Annalist"),
        tr("<h3>Annalist %1</h3>"
           "<p>Reads news articles with their people, places, organisations, documents, events and dates "
           "highlighted, and a timeline of what happened when.</p>"
           "<p>Built with Qt %2 (running on %3) and KSyntaxHighlighting %4.</p>")
            .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                 QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_mode == Mode::Interactive) {
        Settings settings;
        settings.setWindowGeometry(saveGeometry());
        settings.setWindowState(saveState());
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &u) { return u.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            openArticle(url.toLocalFile());
    }
    event->acceptProposedAction();
}

} // namespace Annalist
