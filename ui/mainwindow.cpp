// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "analysis/analyzer.h"
#include "annotations/annotateddocument.h"
#include "annotations/lexicon.h"
#include "export/exportdocument.h"
#include "exportdialog.h"
#include "helpbrowser.h"
#include "storage/annotationsession.h"
#include "storage/outputguard.h"
#include "article/loader.h"
#include "articleview.h"
#include "documenttab.h"
#include "entitymodel.h"
#include "entitypanel.h"
#include "findbar.h"
#include "legendbar.h"
#include "settings.h"
#include "lexicondialog.h"
#include "librarydock.h"
#include "settingsdialog.h"
#include "timelinemodel.h"
#include "timelinepanel.h"
#include "windowpalette.h"

#include <ksyntaxhighlighting_version.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBuffer>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QThreadPool>
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
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeView>
#include <QTextCursor>
#include <QUndoGroup>
#include <QUndoStack>

namespace Annalist {

MainWindow::MainWindow(Mode mode, QWidget *parent)
    : QMainWindow(parent)
    , m_mode(mode)
    , m_analyzer(std::make_shared<const Analyzer>())
    , m_tabs(new QTabWidget(this))
    , m_legend(new LegendBar(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_lexicon(std::make_shared<const Lexicon>())
{
    if (m_mode == Mode::Interactive) {
        // The user's own types and lexicon; a damaged file is reported and kept.
        const auto types = m_types.load(EntityTypeSet::defaultPath());
        auto userLexicon = std::make_shared<Lexicon>();
        const auto lexicon = userLexicon->load(Lexicon::defaultPath());
        m_lexicon = std::move(userLexicon);
        for (const QString &message : {types.message, lexicon.message}) {
            if (!message.isEmpty())
                QMetaObject::invokeMethod(this, [this, message] {
                    QMessageBox::warning(this, tr("Annalist"), message);
                }, Qt::QueuedConnection);
        }
    }
    setWindowTitle(tr("Annalist"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->tabBar()->setAutoHide(true);
    m_tabs->setAccessibleName(tr("Open articles"));
    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::currentTabChanged);
    // The article takes the keys on opening and after a switch, as Kate's and
    // Okular's document views do; not while someone steps through the tabs
    // with the keyboard.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (DocumentTab *tab = currentTab(); tab && !m_tabs->tabBar()->hasFocus())
            tab->view()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    m_legend->setTypes(EntityPalette::builtinTypes());
    addToolBar(Qt::TopToolBarArea, m_legend);
    connect(m_legend, &LegendBar::hiddenTypesChanged, this, [this](const QSet<QString> &hidden) {
        for (int i = 0; i < m_tabs->count(); ++i)
            tabAt(i)->view()->setHiddenTypes(hidden);
    });

    createDocks();
    createMenus();

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

MainWindow::~MainWindow()
{
    // Tabs save their annotations as they go; they must not call back into a
    // window that is half destroyed.
    for (int i = 0; i < m_tabs->count(); ++i) {
        DocumentTab *tab = tabAt(i);
        disconnect(tab, nullptr, this, nullptr);
        tab->saveNow();
    }
}

void MainWindow::createDocks()
{
    m_timelinePanel = new TimelinePanel(this);
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setAccessibleName(tr("Timeline"));
    m_timelineDock->setWidget(m_timelinePanel);
    addDockWidget(Qt::RightDockWidgetArea, m_timelineDock);
    connect(m_timelinePanel, &TimelinePanel::eventActivated, this, &MainWindow::showTimelineEvent);
    m_timelinePanel->listView()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_timelinePanel->listView(), &QWidget::customContextMenuRequested, this,
            &MainWindow::showTimelineContextMenu);

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

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createSettingsMenu();
    createAnnotateMenu();
    createHelpMenu();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    updateRecentMenu();
    file->addAction(LibraryDock::install(this)->addFolderAction());
    file->addSeparator();
    QAction *exportAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportDialog);
    m_documentActions << exportAction;
    file->addSeparator();
    QAction *closeTabAction = file->addAction(QIcon::fromTheme(QStringLiteral("document-close")), tr("&Close"));
    closeTabAction->setShortcut(QKeySequence::Close);
    connect(closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabs->currentIndex()); });
    m_documentActions << closeTabAction;
    QAction *reloadAction = file->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Reloa&d"));
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setToolTip(tr("Read the article again from disk; your annotations move with the text"));
    connect(reloadAction, &QAction::triggered, this, [this] {
        if (DocumentTab *tab = currentTab())
            reloadTab(tab);
    });
    m_documentActions << reloadAction;
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    // Ctrl+Y as well, on every platform: the handbook promises it, and
    // QKeySequence::Redo has it only where the platform's convention does.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y));
    redo->setShortcuts(redoKeys);
    edit->addAction(redo);
    edit->addSeparator();
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
}

void MainWindow::createViewMenu()
{
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
    //: The colour theme submenu; its accelerator must differ from "Show &Timeline"
    m_themeMenu = view->addMenu(tr("T&heme"));
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
    view->addAction(findChild<LibraryDock *>()->toggleViewAction());
    QAction *legendToggle = m_legend->toggleViewAction();
    legendToggle->setText(tr("Show &Legend"));
    view->addAction(legendToggle);
    m_documentActions << zoomIn << zoomOut << zoomReset;
}

void MainWindow::createSettingsMenu()
{
    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *configure = settingsMenu->addAction(QIcon::fromTheme(QStringLiteral("configure")),
                                                 tr("&Configure Annalist…"));
    configure->setShortcut(QKeySequence::Preferences);
    configure->setMenuRole(QAction::PreferencesRole);
    connect(configure, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        connect(&dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
        dialog.exec();
    });
    QAction *lexiconAction = settingsMenu->addAction(tr("&Lexicon…"));
    connect(lexiconAction, &QAction::triggered, this, [this] {
        LexiconDialog dialog(this);
        connect(&dialog, &LexiconDialog::saved, this, [this] {
            auto fresh = std::make_shared<Lexicon>();
            fresh->load(Lexicon::defaultPath());
            setLexicon(std::move(fresh));
        });
        dialog.exec();
    });
}

void MainWindow::createAnnotateMenu()
{
    m_annotations = new AnnotationActions(this);
    menuBar()->addMenu(m_annotations->menu());
    addActions(m_annotations->keyActions());
    m_documentActions += m_annotations->documentActions();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(QIcon::fromTheme(QStringLiteral("help-contents")), tr("Annalist &Handbook"));
    handbook->setShortcut(QKeySequence::HelpContents);
    connect(handbook, &QAction::triggered, this, &MainWindow::showHandbook);
    help->addSeparator();
    QAction *about = help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Annalist"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::about);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

HelpBrowser *MainWindow::handbook() const
{
    return m_handbook;
}

void MainWindow::showHandbook()
{
    // One handbook window, brought forward when asked again.
    if (!m_handbook) {
        m_handbook = new HelpBrowser(this);
        m_handbook->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_handbook->show();
    m_handbook->raise();
    m_handbook->activateWindow();
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

QString MainWindow::currentArticleFolder() const
{
    const DocumentTab *tab = currentTab();
    return tab && !tab->article().path.isEmpty() ? QFileInfo(tab->article().path).absolutePath() : QString();
}

void MainWindow::openDialog()
{
    // Beside the article in view, else the one opened last.
    QStringList near{currentArticleFolder()};
    if (const QStringList recent = Settings().recentFiles(); !recent.isEmpty())
        near << QFileInfo(recent.first()).absolutePath();
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Article"), dialogStartFolder(near),
        tr("Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown);;All files (*)"));
    for (const QString &path : paths)
        openArticle(path);
}

bool MainWindow::openArticle(const QString &path, QString *error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    // One tab per real file: a link and its target share one sidecar, which
    // two tabs would save over each other.
    const QString real = QFileInfo(path).canonicalFilePath();
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString open = tabAt(i)->article().path;
        if (open == absolute || (!real.isEmpty() && QFileInfo(open).canonicalFilePath() == real)) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    LoadResult result = readArticle(path);
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
    addDocumentTab(result, -1);
    if (m_mode == Mode::Interactive && !result.article.path.startsWith(u':')) {
        Settings().addRecentFile(result.article.path);
        updateRecentMenu();
    }
    return true;
}

LoadResult MainWindow::readArticle(const QString &path)
{
    LoadResult result;
    if (QFileInfo(path).size() > 1024 * 1024) {
        // A long article is read on a worker while the window keeps painting;
        // input waits the moment it takes, so nothing else starts meanwhile.
        QEventLoop wait;
        QThreadPool::globalInstance()->start([&result, &wait, path] {
            result = loadArticle(path);
            QMetaObject::invokeMethod(&wait, &QEventLoop::quit, Qt::QueuedConnection);
        });
        wait.exec(QEventLoop::ExcludeUserInputEvents);
    } else {
        result = loadArticle(path);
    }
    return result;
}

DocumentTab *MainWindow::addDocumentTab(const LoadResult &result, int index)
{
    auto *tab = new DocumentTab(result.article, m_analyzer, m_lexicon, m_tabs);
    for (const QString &w : result.warnings)
        tab->showInfo(w);
    tab->view()->setEntityPalette(m_palette);
    tab->view()->setHiddenTypes(m_legend->hiddenTypes());
    applyViewSettings(tab);
    connect(tab, &DocumentTab::analysisFinished, this, [this, tab] {
        m_undoGroup->addStack(tab->document()->undoStack());
        applyViewSettings(tab);
        if (tab == currentTab())
            currentTabChanged();
    });
    connect(tab, &DocumentTab::contentChanged, this, [this, tab] { tabContentChanged(tab); });
    connect(tab, &DocumentTab::saveStateChanged, this, [this, tab] {
        if (tab == currentTab())
            updateStatus();
    });
    connect(tab, &DocumentTab::reloadRequested, this, [this, tab] { reloadTab(tab); });
    connect(tab, &DocumentTab::orphansRequested, this, [this, tab] {
        m_tabs->setCurrentWidget(tab);
        m_annotations->showOrphans();
    });
    connect(tab, &DocumentTab::closeRequested, this, [this, tab] {
        const int at = m_tabs->indexOf(tab);
        if (at >= 0)
            closeTab(at);
    });
    tab->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tab->view(), &QWidget::customContextMenuRequested, this, &MainWindow::showTextContextMenu);
    const QString name =
        result.article.title.isEmpty() ? QFileInfo(result.article.path).fileName() : result.article.title;
    const QString label = QFontMetrics(font()).elidedText(name, Qt::ElideRight, 220);
    index = index < 0 ? m_tabs->addTab(tab, label) : m_tabs->insertTab(index, tab, label);
    m_tabs->setTabToolTip(index, result.article.path);
    m_tabs->setCurrentIndex(index);
    return tab;
}

bool MainWindow::reloadTab(DocumentTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return false;
    // The annotations are saved against the old text first: the new tab
    // reads them back and re-anchors them to the new one.
    if (!tab->saveNow() && tab->session() && tab->session()->hasUnsavedChanges()
        && (m_mode != Mode::Interactive
            || !confirmLosingAnnotations(tab, tr("Reload the article anyway and lose the unsaved annotations?"))))
        return false;
    const QString path = tab->article().path;
    const LoadResult result = readArticle(path);
    if (!result.ok()) {
        tab->showInfo(result.message, {{tr("&Try Again"), [this, tab] { reloadTab(tab); }}});
        return false;
    }
    if (tab->document())
        m_undoGroup->removeStack(tab->document()->undoStack());
    addDocumentTab(result, index);
    m_tabs->removeTab(m_tabs->indexOf(tab));
    // Already saved above: deleting it writes nothing more.
    tab->deleteLater();
    return true;
}

bool MainWindow::confirmLosingAnnotations(DocumentTab *tab, const QString &question)
{
    // Why saving failed, then what the person is about to do.
    const auto answer = QMessageBox::warning(this, tr("Annotations not saved"),
                                             tab->session()->message() + QStringLiteral("\n\n") + question,
                                             QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    return answer == QMessageBox::Discard;
}

void MainWindow::closeTab(int index)
{
    if (DocumentTab *tab = tabAt(index)) {
        if (!tab->saveNow() && m_mode == Mode::Interactive && tab->session()
            && !confirmLosingAnnotations(tab, tr("Close the article anyway and lose the unsaved annotations?")))
            return;
        if (tab->document())
            m_undoGroup->removeStack(tab->document()->undoStack());
        m_tabs->removeTab(index);
        // Closing a tab after the current one changes no current tab.
        updateTabBarFocus();
        tab->deleteLater();
    }
}

void MainWindow::updateTabBarFocus()
{
    // The tab bar hides itself with a single tab; a hidden bar that still
    // takes focus would swallow Tab and trap keyboard users in the article.
    m_tabs->tabBar()->setFocusPolicy(m_tabs->count() > 1 ? Qt::TabFocus : Qt::NoFocus);
}

int MainWindow::tabCount() const
{
    return m_tabs->count();
}

DocumentTab *MainWindow::tabAt(int index) const
{
    // Every page of the tab widget is a DocumentTab.
    return static_cast<DocumentTab *>(m_tabs->widget(index));
}

DocumentTab *MainWindow::currentTab() const
{
    return tabAt(m_tabs->currentIndex());
}

ArticleView *MainWindow::articleView() const
{
    DocumentTab *t = currentTab();
    return t ? t->view() : nullptr;
}

void MainWindow::currentTabChanged()
{
    updateTabBarFocus();
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
    m_entityPanel->setModel(tab->entityModel());
    m_undoGroup->setActiveStack(tab->document() ? tab->document()->undoStack() : nullptr);
    tabContentChanged(tab);
}

void MainWindow::updateStatus()
{
    DocumentTab *tab = currentTab();
    if (!tab) {
        m_dateLabel->clear();
        m_countLabel->clear();
        m_saveLabel->clear();
        //: Use the translated names of the File menu and its Open action
        statusBar()->showMessage(tr("Open an article with File → Open (Ctrl+O), or drop one here."));
        return;
    }
    statusBar()->clearMessage();
    const Article &a = tab->article();
    //: Status bar: %1 the article's publication date
    m_dateLabel->setText(a.date.isValid() ? tr("Published %1").arg(QLocale().toString(a.date, QLocale::ShortFormat))
                                          : tr("No publication date"));
    if (tab->isAnalyzing()) {
        m_countLabel->setText(tr("Reading…"));
    } else {
        const int entities = tab->document() ? int(tab->document()->entities().size()) : 0;
        const int events = tab->document() ? int(tab->document()->events().size()) : 0;
        m_countLabel->setText(tr("%n entities", nullptr, entities) + QStringLiteral(" · ")
                              + tr("%n events", nullptr, events));
    }
    const AnnotationSession *session = tab->session();
    m_saveLabel->setText(session ? session->message() : QString());
    m_saveLabel->setToolTip(session ? session->sidecarPath() : QString());
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
        tabAt(i)->view()->setFontPointSize(view->fontPointSize());
    if (m_mode == Mode::Interactive)
        Settings().setFontPointSize(view->fontPointSize());
}

bool MainWindow::setThemeByName(const QString &name)
{
    EntityPalette palette;
    if (name.isEmpty()) {
        // Follow the palette's lightness: a dark palette picks a dark theme
        // (the desktop's, not the one a dark theme may have given the window).
        palette = EntityPalette::defaultFor(WindowPalette::desktopPalette().color(QPalette::Base).lightness() < 128);
    } else {
        palette = EntityPalette::fromThemeName(name);
        if (!palette.isValid())
            return false;
    }
    m_themeChoice = name;
    m_types.applyColors(palette);
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
        tabAt(i)->view()->setEntityPalette(m_palette);
    m_timelinePanel->setEntityPalette(m_palette);
    m_legend->setEntityPalette(m_palette);
    QPalette p = m_entityPanel->treeView()->palette();
    p.setColor(QPalette::Base, m_palette.background);
    p.setColor(QPalette::Text, m_palette.foreground);
    p.setColor(QPalette::Highlight, m_palette.selection);
    p.setColor(QPalette::HighlightedText, m_palette.foreground);
    m_entityPanel->treeView()->setPalette(p);
    // A screenshot reads no settings: it shows the default, the whole window themed.
    WindowPalette::apply(m_palette, m_mode != Mode::Interactive || Settings().themeWholeWindow());
}

bool MainWindow::waitUntilIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    auto busy = [this] {
        for (int i = 0; i < m_tabs->count(); ++i) {
            const DocumentTab *tab = tabAt(i);
            if (tab->isAnalyzing() || !tab->isShown() || !tab->view()->isComplete())
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
    // Never over an article shown or its annotations, nor over any file but
    // an earlier screenshot; checked before the wait for the articles.
    OutputGuard guard(OutputGuard::Kind::Screenshot);
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString article = tabAt(i)->article().path;
        if (!article.isEmpty())
            guard.protectArticle(article);
    }
    if (const QString refusal = guard.refusal(path); !refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    show();
    if (!waitUntilIdle()) {
        *error = tr("the article took too long to read");
        return false;
    }
    // Let every pending layout and paint happen before grabbing.
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QImage image = grab().toImage();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    // The mark by which a later screenshot may replace this one.
    writer.setText(QStringLiteral("Software"), OutputGuard::pngSoftwareText());
    if (!writer.write(image)) {
        *error = tr("%1: %2").arg(path, writer.errorString());
        return false;
    }
    const OutputWriteResult written = guard.write({{path, png}});
    if (!written.ok()) {
        *error = written.message;
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
                     QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING))
            // The training data's licences require this attribution.
            + tr("<p>The learned name recognizer was trained on GUM (Georgetown University Multilayer corpus; "
                 "CC BY 4.0, texts CC BY 4.0, CC BY-SA 3.0 and CC BY 2.5), the Universal NER English Web Treebank "
                 "(CC BY-SA 4.0) and WikiGold (CC BY 4.0). Its weights are shared under CC BY-SA 4.0.</p>")
            + tr("<p>Its English lexicon is made from WordNet 3.0 (WordNet 3.0 Copyright 2006 by Princeton University. "
                 "All rights reserved.) and the SCOWL word list (Copyright 2000-2011 by Kevin Atkinson), under their "
                 "permissive licences.</p>")
            + tr("<p>Its list of the world's towns is GeoNames' (geonames.org; CC BY 4.0).</p>")
            + tr("<p>The part-of-speech tagger and the parser were trained on the Universal Dependencies English Web "
                 "Treebank (Silveira et al. 2014; CC BY-SA 4.0). Their weights are shared under CC BY-SA 4.0.</p>"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (int i = 0; i < m_tabs->count(); ++i)
        tabAt(i)->saveNow();
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


void MainWindow::applySettings()
{
    Settings settings;
    m_types = EntityTypeSet();
    m_types.load(EntityTypeSet::defaultPath());
    setThemeByName(settings.themeName());
    m_themeChoice = settings.themeName();
    for (int i = 0; i < m_tabs->count(); ++i)
        applyViewSettings(tabAt(i));
    if (DocumentTab *tab = currentTab())
        tabContentChanged(tab);
}

void MainWindow::applyViewSettings(DocumentTab *tab)
{
    if (m_mode != Mode::Interactive)
        return;
    Settings settings;
    QFont font = tab->view()->font();
    if (!settings.fontFamily().isEmpty())
        font.setFamily(settings.fontFamily());
    if (settings.fontPointSize() > 0)
        font.setPointSize(settings.fontPointSize());
    tab->view()->setFont(font);
    if (AnnotationSession *session = tab->session()) {
        session->setAutosaveDelay(settings.autosaveDelaySeconds() * 1000);
        session->setPlacement(settings.sidecarLocation() == Settings::SidecarLocation::DataFolder
                                  ? AnnotationSession::Placement::DataFolder
                                  : AnnotationSession::Placement::BesideArticle);
    }
}

void MainWindow::setLexicon(std::shared_ptr<const Lexicon> lexicon)
{
    m_lexicon = std::move(lexicon);
    for (int i = 0; i < m_tabs->count(); ++i)
        tabAt(i)->setLexicon(m_lexicon);
}

void MainWindow::showTextContextMenu(const QPoint &pos)
{
    ArticleView *view = articleView();
    if (!view)
        return;
    // A right click outside the selection moves the cursor there first.
    const qsizetype at = view->articlePositionAt(pos);
    const TextRange selected = view->selectedRange();
    if (at >= 0 && !(selected.start <= at && at < selected.end)) {
        QTextCursor c = view->cursorForPosition(pos);
        view->setTextCursor(c);
    }
    QMenu menu(this);
    menu.addAction(tr("&Copy"), view, &QPlainTextEdit::copy)->setEnabled(view->textCursor().hasSelection());
    menu.addSeparator();
    m_annotations->addToTextMenu(&menu);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void MainWindow::showTimelineContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_timelinePanel->listView()->indexAt(pos);
    QMenu menu(this);
    m_annotations->addToTimelineMenu(&menu, index.isValid() ? index.row() : -1);
    if (!menu.isEmpty())
        menu.exec(m_timelinePanel->listView()->viewport()->mapToGlobal(pos));
}

void MainWindow::exportDialog()
{
    QList<ExportDocument> documents;
    qsizetype current = 0;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const DocumentTab *tab = tabAt(i);
        if (!tab->document())
            continue;
        if (tab == currentTab())
            current = documents.size();
        documents.append({tab->article(), tab->document()->entities(), tab->document()->events()});
    }
    if (documents.isEmpty()) {
        statusBar()->showMessage(tr("Wait until the article has been read"), 4000);
        return;
    }
    ExportDialog dialog(documents, current, m_palette, this);
    if (dialog.exec() == QDialog::Accepted)
        ExportDialog::announceWritten(statusBar(), dialog.writtenFiles());
}

void MainWindow::tabContentChanged(DocumentTab *tab)
{
    if (tab != currentTab())
        return;
    QStringList known;
    for (const EntityTypeInfo &t : m_types.types())
        known << t.name;
    m_legend->setTypes(tab->entityTypes(known));
    m_legend->setCounts(tab->entityCounts());
    m_timelinePanel->setEntityTypes(tab->typeOfName());
    updateStatus();
}

} // namespace Annalist
