#include "mainwindow.h"

#include "article/loader.h"
#include "articleview.h"
#include "settings.h"

#include <KSyntaxHighlighting/Definition>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageWriter>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QSaveFile>
#include <QStatusBar>

#include <ksyntaxhighlighting_version.h>

namespace Annalist {

MainWindow::MainWindow(Mode mode, QWidget *parent)
    : QMainWindow(parent)
    , m_mode(mode)
    , m_view(new ArticleView(this))
{
    setWindowTitle(tr("Annalist"));
    setCentralWidget(m_view);
    setDockNestingEnabled(true);

    // The right-hand side holds the timeline and the entities.
    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(QStringLiteral("timelineDock"));
    m_timelineDock->setWidget(new QLabel(tr("No dated events yet."), m_timelineDock));
    addDockWidget(Qt::RightDockWidgetArea, m_timelineDock);
    m_entityDock = new QDockWidget(tr("Entities"), this);
    m_entityDock->setObjectName(QStringLiteral("entityDock"));
    m_entityDock->setWidget(new QLabel(tr("No entities yet."), m_entityDock));
    addDockWidget(Qt::RightDockWidgetArea, m_entityDock);

    createActions();

    if (m_mode == Mode::Interactive) {
        Settings settings;
        if (!restoreGeometry(settings.windowGeometry()))
            resize(1200, 800);
        restoreState(settings.windowState());
        if (!settings.themeName().isEmpty())
            setThemeByName(settings.themeName());
    }
    if (!m_theme.isValid()) {
        // Follow the palette's lightness: a dark palette picks a dark theme.
        m_theme = m_repository.defaultTheme(palette().color(QPalette::Base).lightness() < 128
                                                ? KSyntaxHighlighting::Repository::DarkTheme
                                                : KSyntaxHighlighting::Repository::LightTheme);
    }
    applyTheme();
    statusBar()->showMessage(tr("Open an article with File → Open (Ctrl+O)."));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openDialog);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Annalist"));
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
        const QString text = n < 10 ? QStringLiteral("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                    : QFileInfo(path).fileName();
        QAction *a = m_recentMenu->addAction(text);
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openArticle(path); });
    }
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Article"), QString(),
        tr("Articles (*.txt *.text *.html *.htm *.md *.markdown);;All files (*)"));
    if (!path.isEmpty())
        openArticle(path);
}

bool MainWindow::openArticle(const QString &path, QString *error)
{
    const LoadResult result = loadArticle(path);
    if (!result.ok()) {
        if (error)
            *error = result.message;
        if (m_mode == Mode::Interactive) {
            QMessageBox::warning(this, tr("Cannot open article"), result.message);
            if (result.status == LoadResult::Status::NotFound) {
                Settings().removeRecentFile(QFileInfo(path).absoluteFilePath());
                updateRecentMenu();
            }
        }
        return false;
    }
    m_view->setArticle(result.article);
    const QString name = result.article.title.isEmpty() ? QFileInfo(path).fileName() : result.article.title;
    setWindowTitle(name);
    setWindowFilePath(result.article.path);
    if (m_mode == Mode::Interactive) {
        Settings().addRecentFile(result.article.path);
        updateRecentMenu();
    }
    statusBar()->showMessage(result.article.date.isValid()
                                 ? tr("Published %1").arg(QLocale().toString(result.article.date, QLocale::ShortFormat))
                                 : tr("No publication date"));
    return true;
}

bool MainWindow::setThemeByName(const QString &name)
{
    const auto themes = m_repository.themes();
    for (const KSyntaxHighlighting::Theme &t : themes) {
        if (t.name().compare(name, Qt::CaseInsensitive) == 0) {
            m_theme = t;
            applyTheme();
            return true;
        }
    }
    return false;
}

void MainWindow::applyTheme()
{
    if (!m_theme.isValid())
        return;
    QPalette p = m_view->palette();
    p.setColor(QPalette::Base, QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::BackgroundColor)));
    p.setColor(QPalette::Text, QColor::fromRgba(m_theme.textColor(KSyntaxHighlighting::Theme::Normal)));
    p.setColor(QPalette::Highlight,
               QColor::fromRgba(m_theme.editorColor(KSyntaxHighlighting::Theme::TextSelection)));
    m_view->setPalette(p);
}

bool MainWindow::saveScreenshot(const QString &path, QString *error)
{
    setAttribute(Qt::WA_DontShowOnScreen, false);
    show();
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

} // namespace Annalist
