// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/loader.h"
#include "theme/entitypalette.h"
#include "theme/entitytypeset.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QActionGroup;
class QDialog;
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

    DocumentTab *currentTab() const;
    ArticleView *articleView() const;
    TimelinePanel *timelinePanel() const { return m_timelinePanel; }
    EntityPanel *entityPanel() const { return m_entityPanel; }
    LegendBar *legendBar() const { return m_legend; }
    QTabWidget *tabs() const { return m_tabs; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }
    const EntityTypeSet &entityTypes() const { return m_types; }

    // Annotation commands on the current article, as the menus, keys and the
    // context menu run them. Each returns false when there is nothing to do.

    /// Key n: tags the selection as the type with key n, or retypes the
    /// entity under the cursor when nothing is selected.
    bool tagWithKey(int key);
    bool tagSelectionAs(const QString &type);
    /// Rejects the entity under the cursor (automatic or not).
    bool rejectEntityAtCursor();
    /// Removes the user's own edit under the cursor: the automatic layer shows again.
    bool removeUserEditAtCursor();
    bool resizeEntityAtCursor(bool startEdge, bool widen);
    bool tagAllOccurrences(const QString &text, const QString &type);
    /// Adds the entity under the cursor to the per-user lexicon.
    bool addEntityToLexicon();
    std::shared_ptr<const Lexicon> lexicon() const;

    /// Help → Annalist Handbook: the user guide in a window of its own.
    void showHandbook();
    HelpBrowser *handbook() const;

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
    void createAnnotateActions();
    /// Re-reads the settings after the settings dialog changed them.
    void applySettings();
    void applyViewSettings(DocumentTab *tab);
    void showTextContextMenu(const QPoint &pos);
    void showTimelineContextMenu(const QPoint &pos);
    void editEventDialog(int row);
    void addEventFromSelection();
    void noteDialog();
    /// The annotations of the current article that could not be placed, in
    /// a window that stays open beside the article (not modal).
    void showOrphans();
    void exportDialog();
    void tabContentChanged(DocumentTab *tab);
    /// The message after a tag: what it replaced (when it split a longer
    /// entity, with Undo), and the other occurrences to tag (Tag All).
    void offerTagAll(DocumentTab *tab, const QString &text, const QString &type, const QString &replaced = {});
    /// When the selection lies in the header (title, date and place), which
    /// is not the article's text, says so in the status bar and returns true.
    bool explainUntaggableSelection();
    /// The entity under the text cursor of the current article, or -1.
    qsizetype entityIndexAtCursor() const;

    Mode m_mode;
    QPointer<HelpBrowser> m_handbook;
    QPointer<QDialog> m_orphansDialog; ///< the list of unplaced annotations, while open
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
    std::shared_ptr<Lexicon> m_lexicon;
    QMenu *m_tagMenu = nullptr;
    QMenu *m_annotateMenu = nullptr;
    QList<QAction *> m_keyActions;
};

} // namespace Annalist
