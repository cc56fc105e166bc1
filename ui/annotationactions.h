// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QVarLengthArray>

class QAction;
class QMenu;

namespace Annalist {

class DocumentTab;
class MainWindow;
class OrphansDialog;

/// The commands that annotate the current article, and the actions that run
/// them: tag the selection as a type (Tag As, keys 1–9), retype, reject,
/// remove one's own edit, note, change the span, tag all occurrences, add to
/// the user's lexicon, add and edit timeline events, and the list of
/// annotations that could not be placed.
///
/// The window creates one, puts its menu in the menu bar, its keys on
/// itself and its actions in the context menus, and enables
/// documentActions() while an article is open; every command acts on
/// MainWindow::currentTab() and tells the person through the window's
/// status bar and dialogs. The edits themselves are the annotated
/// document's undoable commands.
class AnnotationActions : public QObject
{
    Q_OBJECT
public:
    explicit AnnotationActions(MainWindow *window);
    ~AnnotationActions() override;

    /// The Annotate menu, for the menu bar (a child of the window).
    QMenu *menu() const { return m_menu; }
    /// Keys 1–9, which the window adds to itself so that they work window-wide.
    const QList<QAction *> &keyActions() const { return m_keyActions; }
    /// The actions that need an open article, for the window to enable with one.
    const QList<QAction *> &documentActions() const { return m_documentActions; }

    /// Adds Tag As and the rest of the Annotate menu to a context menu of the
    /// article's text; nothing while the article is still being read.
    void addToTextMenu(QMenu *menu) const;
    /// Adds to a context menu of the timeline: commands on the event in row
    /// (none for -1), and the hidden events to show again.
    void addToTimelineMenu(QMenu *menu, int row);

    // Each command returns false when there is nothing to do.

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
    /// Adds the entity under the cursor to the per-user lexicon, which the
    /// window then gives to every open article.
    bool addEntityToLexicon();
    /// Asks for the note on the entity under the cursor.
    void editEntityNote();
    /// Asks for the date and label of a new event on the selected words.
    void addEventFromSelection();
    /// Asks for a new date and label of the timeline event in row.
    void editEvent(int row);
    /// The annotations of the current article that could not be placed, in
    /// a window that stays open beside the article (not modal); one at a
    /// time, brought forward when asked again for the same article.
    void showOrphans();

private:
    void createActions();
    void fillTagMenu();
    /// Tags the selection, or retypes the entity under the cursor when
    /// nothing is selected (Tag As, keys 1–9).
    bool tagOrRetype(const QString &type);
    void tagAllAtCursor();
    /// The message after a tag: what it replaced (when it split a longer
    /// entity, with Undo), and the other occurrences to tag (Tag All).
    void offerTagAll(DocumentTab *tab, const QString &text, const QString &type, const QString &replaced = {});
    /// When the selection lies in the header (title, date and place), which
    /// is not the article's text, says so in the status bar and returns true.
    bool explainUntaggableSelection();
    /// The article positions at which the commands look for what is under
    /// the cursor, in order: the start of the selection; with nothing
    /// selected, the cursor and then the character before it (the cursor
    /// just after a name still means that name). Empty without a document
    /// or with the cursor in the header.
    QVarLengthArray<qsizetype, 2> positionsAtCursor() const;
    /// The entity under the cursor of the current article, or -1.
    qsizetype entityIndexAtCursor() const;
    /// The document of the current article; null without one or while it is read.
    DocumentTab *documentTab() const;

    MainWindow *m_window;
    QMenu *m_menu = nullptr;
    QMenu *m_tagMenu = nullptr;
    QList<QAction *> m_keyActions;
    QList<QAction *> m_documentActions;
    QPointer<OrphansDialog> m_orphansDialog; ///< the list of unplaced annotations, while open
};

} // namespace Annalist
