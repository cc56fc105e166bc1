#pragma once

#include "theme/entitypalette.h"

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace Annalist {

class Analyzer;
class ArticleView;
class DocumentTab;
class EntityPanel;
class LegendBar;
class TimelinePanel;

/// The reader: articles in tabs, the timeline and the entities in docks on
/// the right, a legend of entity types that doubles as show/hide toggles.
///
/// Tabs rather than a library list: people compare a few articles side by
/// side as they would in a browser or Okular, and tabs cost no screen space
/// when only one is open.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Mode {
        Interactive, ///< a window a person uses: geometry and choices are remembered
        Screenshot, ///< rendered offscreen: nothing is read from or written to the settings
    };

    explicit MainWindow(Mode mode = Mode::Interactive, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens an article in a new tab (or switches to its tab when it is open).
    /// On failure fills error when given, and tells the person when interactive.
    bool openArticle(const QString &path, QString *error = nullptr);

    /// Picks a KSyntaxHighlighting theme by name (case-insensitive); an empty
    /// name follows the palette's lightness. False when no theme has that name.
    bool setThemeByName(const QString &name);
    const EntityPalette &entityPalette() const { return m_palette; }

    /// Waits (running the event loop) until every open article is analysed.
    bool waitUntilIdle(int timeoutMs = 60000);
    /// Lays the window out offscreen, renders it and writes a PNG.
    bool saveScreenshot(const QString &path, QString *error);

    DocumentTab *currentTab() const;
    ArticleView *articleView() const;
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    LegendBar *legendBar() const { return m_legend; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void updateRecentMenu();
    void openDialog();
    void about();
    void applyPalette();
    void currentTabChanged();
    void updateStatus();
    void closeTab(int index);
    void showTimelineEvent(int row);
    void zoom(int steps);

    Mode m_mode;
    std::shared_ptr<const Analyzer> m_analyzer;
    EntityPalette m_palette;
    QString m_themeChoice; ///< what the person chose; empty: follow the palette
    QTabWidget *m_tabs = nullptr;
    LegendBar *m_legend = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_entityDock = nullptr;
    TimelinePanel *m_timelinePanel = nullptr;
    EntityPanel *m_entityPanel = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    QList<QAction *> m_documentActions; ///< enabled only while an article is open
};

} // namespace Annalist
