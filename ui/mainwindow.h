#pragma once

#include "analysis/analyzer.h"
#include "article/article.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QMainWindow>

class QMenu;
class QDockWidget;

namespace Annalist {

class ArticleView;
class Settings;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Mode {
        Interactive, ///< a window a person uses: geometry and choices are remembered
        Screenshot, ///< rendered once offscreen: nothing is read from or written to the settings
    };

    explicit MainWindow(Mode mode = Mode::Interactive, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an article; on failure tells the person (Interactive) or fills
    /// error (when given) and returns false.
    bool openArticle(const QString &path, QString *error = nullptr);

    /// Picks a KSyntaxHighlighting theme by its name (case-insensitive).
    bool setThemeByName(const QString &name);
    KSyntaxHighlighting::Theme theme() const { return m_theme; }

    /// Lays the window out offscreen, renders it and writes a PNG.
    bool saveScreenshot(const QString &path, QString *error);

    ArticleView *articleView() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateRecentMenu();
    void openDialog();
    void about();
    void applyTheme();

    Mode m_mode;
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Theme m_theme;
    Analyzer m_analyzer;
    ArticleView *m_view = nullptr;
    QMenu *m_recentMenu = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_entityDock = nullptr;
};

} // namespace Annalist
