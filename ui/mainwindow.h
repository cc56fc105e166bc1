// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "annotationactions.h"
#include "article/loader.h"
#include "theme/entitypalette.h"
#include "theme/entitytypeset.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;
class QUndoGroup;

namespace Annalist {

class Analyzer;
class ArticleView;
class DocumentTab;
class EntityPanel;
class HelpBrowser;
class LegendBar;
class Lexicon;
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
    /// Reads the tab's article again from disk into a new tab in its place;
    /// the saved annotations are re-anchored to the new text. False (and the
    /// old tab stays) when the file cannot be read or the person cancels.
    bool reloadTab(DocumentTab *tab);

    /// Picks a KSyntaxHighlighting theme by name (case-insensitive); an empty
    /// name follows the palette's lightness. False when no theme has that name.
    bool setThemeByName(const QString &name);
    const EntityPalette &entityPalette() const { return m_palette; }

    /// Waits (running the event loop) until every open article is analysed.
    bool waitUntilIdle(int timeoutMs = 60000);
    /// How many articles are open.
    int tabCount() const;
    /// Lays the window out offscreen, renders it and writes a PNG.
    bool saveScreenshot(const QString &path, QString *error);

    Mode mode() const { return m_mode; }

    /// The article in tab index, as QTabWidget counts them (the order shown);
    /// null outside 0 … tabCount() - 1.
    DocumentTab *tabAt(int index) const;
    /// The article shown; null when none is open.
    DocumentTab *currentTab() const;
    /// The folder of the article in view; empty when there is none.
    QString currentArticleFolder() const;
    /// The current article's view; null when none is open.
    ArticleView *articleView() const;
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    LegendBar *legendBar() const { return m_legend; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    const EntityTypeSet &entityTypes() const { return m_types; }

    /// The annotation commands on the current article and their actions.
    AnnotationActions *annotationActions() const { return m_annotations; }
    // The same commands, for those who hold the window (see AnnotationActions).
    bool tagWithKey(int key) { return m_annotations->tagWithKey(key); }
    bool tagSelectionAs(const QString &type) { return m_annotations->tagSelectionAs(type); }
    bool rejectEntityAtCursor() { return m_annotations->rejectEntityAtCursor(); }
    bool removeUserEditAtCursor() { return m_annotations->removeUserEditAtCursor(); }
    bool resizeEntityAtCursor(bool startEdge, bool widen)
    {
        return m_annotations->resizeEntityAtCursor(startEdge, widen);
    }
    bool tagAllOccurrences(const QString &text, const QString &type)
    {
        return m_annotations->tagAllOccurrences(text, type);
    }
    bool addEntityToLexicon() { return m_annotations->addEntityToLexicon(); }

    /// The user's lexicon, as every open article applies it.
    std::shared_ptr<const Lexicon> lexicon() const { return m_lexicon; }
    /// Makes lexicon the user's lexicon in every open article and in the
    /// ones opened later (after the lexicon dialog or Add to My Lexicon
    /// saved it). It is shared, never changed: analyses running on workers
    /// keep the one they started with.
    void setLexicon(std::shared_ptr<const Lexicon> lexicon);

    /// Help → Annalist Handbook: the user guide in a window of its own.
    void showHandbook();
    HelpBrowser *handbook() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    /// The menu bar, one function per menu, in the order they show.
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createSettingsMenu();
    void createAnnotateMenu();
    void createHelpMenu();
    void updateRecentMenu();
    void openDialog();
    void about();
    void applyPalette();
    void currentTabChanged();
    void updateTabBarFocus();
    void updateStatus();
    void closeTab(int index);
    /// After saving a tab's annotations failed: true when the person agrees
    /// to lose them for what the question asks (close, reload).
    bool confirmLosingAnnotations(DocumentTab *tab, const QString &question);
    /// Reads an article, on a worker when it is long.
    LoadResult readArticle(const QString &path);
    /// A tab for a loaded article, appended or inserted at index.
    DocumentTab *addDocumentTab(const LoadResult &result, int index);
    void showTimelineEvent(int row);
    void zoom(int steps);
    /// Re-reads the settings after the settings dialog changed them.
    void applySettings();
    void applyViewSettings(DocumentTab *tab);
    void showTextContextMenu(const QPoint &pos);
    void showTimelineContextMenu(const QPoint &pos);
    void exportDialog();
    void tabContentChanged(DocumentTab *tab);

    Mode m_mode;
    QPointer<HelpBrowser> m_handbook;
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
    QUndoGroup *m_undoGroup = nullptr;
    EntityTypeSet m_types;
    std::shared_ptr<const Lexicon> m_lexicon;
    AnnotationActions *m_annotations = nullptr;
};

} // namespace Annalist
