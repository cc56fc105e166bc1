// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotationactions.h"

#include "annotations/annotateddocument.h"
#include "annotations/lexicon.h"
#include "articleview.h"
#include "documenttab.h"
#include "entitymodel.h"
#include "eventdialog.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "orphansdialog.h"
#include "theme/entitytypeset.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoStack>

namespace Annalist {

AnnotationActions::AnnotationActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    createActions();
}

AnnotationActions::~AnnotationActions() = default;

void AnnotationActions::createActions()
{
    m_menu = new QMenu(tr("&Annotate"), m_window);
    //: Submenu listing the entity types to tag the selection with
    m_tagMenu = m_menu->addMenu(tr("&Tag As"));
    // Keys 1–9 tag the selection (or retype the entity under the cursor).
    // Text fields such as the find bar keep their digits: they take
    // printable keys before shortcuts.
    for (int key = 1; key <= 9; ++key) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::Key_0 + key));
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, key] { tagWithKey(key); });
        m_keyActions << a;
    }
    connect(m_tagMenu, &QMenu::aboutToShow, this, &AnnotationActions::fillTagMenu);
    fillTagMenu();

    QAction *reject
        = m_menu->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Reject Entity"));
    reject->setShortcut(QKeySequence::Delete);
    reject->setToolTip(tr("Say that the highlighted words under the cursor are not an entity"));
    connect(reject, &QAction::triggered, this, &AnnotationActions::rejectEntityAtCursor);
    QAction *restore = m_menu->addAction(tr("Remove &My Edit"));
    restore->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    restore->setToolTip(tr("Forget your tag, retype, rejection or note here; the automatic result shows again"));
    connect(restore, &QAction::triggered, this, &AnnotationActions::removeUserEditAtCursor);
    QAction *note = m_menu->addAction(tr("&Note…"));
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    connect(note, &QAction::triggered, this, &AnnotationActions::editEntityNote);
    m_menu->addSeparator();
    //: Submenu: change which words an entity covers
    QMenu *span = m_menu->addMenu(tr("&Span"));
    struct Resize {
        QString text;
        QKeySequence keys;
        bool start;
        bool widen;
    };
    const Resize resizes[] = {
        {tr("Widen at the Start"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Left), true, true},
        {tr("Narrow at the Start"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Right), true, false},
        {tr("Widen at the End"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right), false, true},
        {tr("Narrow at the End"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left), false, false},
    };
    for (const Resize &r : resizes) {
        QAction *a = span->addAction(r.text);
        a->setShortcut(r.keys);
        connect(a, &QAction::triggered, this, [this, r] { resizeEntityAtCursor(r.start, r.widen); });
        m_documentActions << a;
    }
    QAction *tagAll = m_menu->addAction(tr("Tag &All Occurrences"));
    tagAll->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A));
    connect(tagAll, &QAction::triggered, this, &AnnotationActions::tagAllAtCursor);
    QAction *lexicon = m_menu->addAction(tr("Add to My &Lexicon"));
    lexicon->setToolTip(tr("Tag these words with this type in every article you open"));
    connect(lexicon, &QAction::triggered, this, &AnnotationActions::addEntityToLexicon);
    m_menu->addSeparator();
    QAction *addEvent = m_menu->addAction(tr("Add Timeline &Event…"));
    addEvent->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    connect(addEvent, &QAction::triggered, this, &AnnotationActions::addEventFromSelection);
    QAction *orphans = m_menu->addAction(tr("&Unplaced Annotations…"));
    connect(orphans, &QAction::triggered, this, &AnnotationActions::showOrphans);
    m_documentActions << reject << restore << note << tagAll << lexicon << addEvent << orphans;
    m_documentActions += m_keyActions;
}

void AnnotationActions::fillTagMenu()
{
    m_tagMenu->clear();
    for (const EntityTypeInfo &t : m_window->entityTypes().types()) {
        QAction *a = m_tagMenu->addAction(entityTypeDisplayName(t.name));
        if (t.key > 0)
            a->setShortcut(QKeySequence(Qt::Key_0 + t.key));
        // The menu shows the keys; the window-wide actions carry them.
        // Refilled each time the menu shows: a window-wide key here too
        // would make every digit ambiguous, and none would tag.
        a->setShortcutContext(Qt::WidgetShortcut);
        connect(a, &QAction::triggered, this, [this, name = t.name] { tagOrRetype(name); });
    }
}

void AnnotationActions::addToTextMenu(QMenu *menu) const
{
    if (!documentTab())
        return;
    menu->addMenu(m_tagMenu);
    for (QAction *a : m_menu->actions()) {
        if (a->menu() != m_tagMenu)
            menu->addAction(a);
    }
}

void AnnotationActions::addToTimelineMenu(QMenu *menu, int row)
{
    DocumentTab *tab = documentTab();
    if (!tab)
        return;
    AnnotatedDocument *doc = tab->document();
    if (row >= 0 && row < doc->events().size()) {
        const QString key = doc->eventKey(row);
        const TimelineEvent ev = doc->events()[row];
        menu->addAction(tr("&Edit Date and Label…"), this, [this, row] { editEvent(row); });
        menu->addAction(tr("&Note…"), this, [this, doc, key, ev] {
            QString note = ev.note;
            if (NoteDialog::ask(m_window, tr("Note on “%1”:").arg(ev.label), &note))
                doc->setEventNote(key, note);
        });
        //: Checkable: the person confirmed that the event is right
        QAction *confirm = menu->addAction(
            tr("&Confirmed"), this, [doc, key, ev] { doc->setEventConfirmed(key, !ev.confirmed); });
        confirm->setCheckable(true);
        confirm->setChecked(ev.confirmed);
        if (ev.origin == Origin::Auto)
            //: Hide an automatically found timeline event
            menu->addAction(tr("&Hide"), this, [doc, key] { doc->setEventHidden(key, true); });
        else
            menu->addAction(tr("&Remove"), this, [doc, key] { doc->removeAddedEvent(key); });
    }
    if (!doc->hiddenEvents().isEmpty()) {
        QMenu *hidden = menu->addMenu(tr("&Show Hidden Event"));
        for (qsizetype i = 0; i < doc->hiddenEvents().size(); ++i) {
            const TimelineEvent &ev = doc->hiddenEvents()[i];
            //: A hidden timeline event: %1 its date value, %2 its label
            hidden->addAction(tr("%1: %2").arg(ev.date, ev.label), this,
                              [doc, key = doc->hiddenEventKey(i)] { doc->setEventHidden(key, false); });
        }
    }
}

DocumentTab *AnnotationActions::documentTab() const
{
    DocumentTab *tab = m_window->currentTab();
    return tab && tab->document() ? tab : nullptr;
}

QVarLengthArray<qsizetype, 2> AnnotationActions::positionsAtCursor() const
{
    const DocumentTab *tab = documentTab();
    if (!tab)
        return {};
    const ArticleView *view = tab->view();
    const qsizetype pos = view->cursorArticlePosition();
    if (pos < 0)
        return {};
    if (!view->selectedRange().isEmpty() || pos == 0)
        return {pos};
    return {pos, pos - 1};
}

qsizetype AnnotationActions::entityIndexAtCursor() const
{
    for (const qsizetype pos : positionsAtCursor()) {
        if (const qsizetype i = documentTab()->document()->entityIndexAt(pos); i >= 0)
            return i;
    }
    return -1;
}

bool AnnotationActions::explainUntaggableSelection()
{
    const ArticleView *view = m_window->articleView();
    if (!view || !view->textCursor().hasSelection() || !view->selectedRange().isEmpty())
        return false;
    m_window->statusBar()->showMessage(
        tr("The title and the line of date and place are not part of the article's text "
           "and cannot be tagged: select words of the text below them."),
        8000);
    return true;
}

bool AnnotationActions::tagWithKey(int key)
{
    const QString type = m_window->entityTypes().typeForKey(key);
    return !type.isEmpty() && tagOrRetype(type);
}

bool AnnotationActions::tagOrRetype(const QString &type)
{
    if (explainUntaggableSelection())
        return false;
    DocumentTab *tab = documentTab();
    if (!tab)
        return false;
    if (!tab->view()->selectedRange().isEmpty())
        return tagSelectionAs(type);
    const qsizetype i = entityIndexAtCursor();
    return i >= 0 && tab->document()->retypeEntity(tab->document()->entities()[i].range, type);
}

bool AnnotationActions::tagSelectionAs(const QString &type)
{
    DocumentTab *tab = documentTab();
    if (!tab || explainUntaggableSelection())
        return false;
    const TextRange range = tab->view()->selectedRange();
    // A tag inside a longer name replaces that name: done, but never silently.
    const EntityList broken = tab->document()->entitiesBrokenBy(range);
    if (range.isEmpty() || !tab->document()->tagRange(range, type))
        return false;
    // The tag may have been trimmed of white space: offer the others by the tagged text.
    const qsizetype i = tab->document()->entityIndexAt(range.start + (range.length() > 1 ? 1 : 0));
    const QString text = i >= 0 ? tab->article().slice(tab->document()->entities()[i].range).toString()
                                : tab->article().slice(range).toString().trimmed();
    QString replaced;
    if (!broken.isEmpty()) {
        const Entity &longer = broken.constFirst();
        QString name = tab->article().slice(longer.range).toString();
        if (name.size() > 60)
            name = name.left(59) + QChar(0x2026);
        //: %1 the words just tagged, %2 the longer entity's words, %3 its type's name
        replaced = tr("Tagging “%1” replaced “%2” (%3) around it.")
                       .arg(text, name, entityTypeDisplayName(longer.type));
    }
    offerTagAll(tab, text, type, replaced);
    return true;
}

void AnnotationActions::offerTagAll(DocumentTab *tab, const QString &text, const QString &type,
                                    const QString &replaced)
{
    QList<TextRange> insideLonger;
    const qsizetype others = tab->document()->findOccurrences(text, &insideLonger).size();
    QStringList message;
    QList<std::pair<QString, std::function<void()>>> buttons;
    if (!replaced.isEmpty()) {
        message << replaced;
        buttons.append({tr("&Undo"), [tab] {
                            if (tab->document())
                                tab->document()->undoStack()->undo();
                        }});
    }
    if (others > 0) {
        //: %1 the tagged words, %2 the entity type's name
        message << tr("“%1” occurs %n more time(s) (with its aliases). Tag them all as %2?", nullptr, int(others))
                       .arg(text, entityTypeDisplayName(type));
        buttons.append({tr("Tag All"), [this, text, type] { tagAllOccurrences(text, type); }});
    }
    if (!insideLonger.isEmpty() && (others > 0 || !replaced.isEmpty()))
        message << tr("%n occurrence(s) inside longer names will be left as they are.", nullptr,
                      int(insideLonger.size()));
    if (message.isEmpty())
        return;
    // Gone once nothing is left to tag and nothing was replaced (Tag All
    // used, from here or the menu), or once the tag itself was undone.
    QPointer<AnnotatedDocument> doc = tab->document();
    const bool askedToUndo = !replaced.isEmpty();
    const TextRange tagged = tab->view()->selectedRange();
    tab->showInfo(message.join(u' '), buttons, [doc, text, askedToUndo, tagged] {
        if (!doc)
            return false;
        const qsizetype at = doc->entityIndexAt(doc->article().text.indexOf(text, tagged.start));
        const bool tagStands = at >= 0 && doc->entities()[at].origin == Origin::User;
        if (!tagStands)
            return false;
        return askedToUndo || !doc->findOccurrences(text).isEmpty();
    });
}

bool AnnotationActions::tagAllOccurrences(const QString &text, const QString &type)
{
    DocumentTab *tab = documentTab();
    if (!tab)
        return false;
    QList<TextRange> insideLonger;
    tab->document()->findOccurrences(text, &insideLonger);
    const qsizetype n = tab->document()->tagAllOccurrences(text, type);
    QString said;
    if (n > 0)
        said = tr("Tagged %n more occurrence(s)", nullptr, int(n));
    if (!insideLonger.isEmpty()) {
        if (!said.isEmpty())
            said += QStringLiteral("; ");
        //: After Tag All: occurrences that lie inside a longer entity were not tagged, so as not to split it
        said += tr("%n inside longer names left as they are", nullptr, int(insideLonger.size()));
    }
    if (!said.isEmpty())
        m_window->statusBar()->showMessage(said, 6000);
    return n > 0;
}

void AnnotationActions::tagAllAtCursor()
{
    const qsizetype i = entityIndexAtCursor();
    if (i < 0)
        return;
    const DocumentTab *tab = documentTab();
    const Entity &e = tab->document()->entities()[i];
    tagAllOccurrences(tab->article().slice(e.range).toString(), e.type);
}

bool AnnotationActions::rejectEntityAtCursor()
{
    const qsizetype i = entityIndexAtCursor();
    if (i < 0)
        return false;
    AnnotatedDocument *doc = documentTab()->document();
    return doc->rejectEntity(doc->entities()[i].range);
}

bool AnnotationActions::removeUserEditAtCursor()
{
    for (const qsizetype pos : positionsAtCursor()) {
        AnnotatedDocument *doc = documentTab()->document();
        if (const auto edit = doc->userEntityAt(pos))
            return doc->removeUserEntity(edit->id);
    }
    return false;
}

bool AnnotationActions::resizeEntityAtCursor(bool startEdge, bool widen)
{
    const qsizetype i = entityIndexAtCursor();
    if (i < 0)
        return false;
    AnnotatedDocument *doc = documentTab()->document();
    return doc->resizeEntity(doc->entities()[i].range,
                             startEdge ? AnnotatedDocument::Edge::Start : AnnotatedDocument::Edge::End, widen,
                             AnnotatedDocument::Step::Word);
}

bool AnnotationActions::addEntityToLexicon()
{
    const qsizetype i = entityIndexAtCursor();
    if (i < 0)
        return false;
    const DocumentTab *tab = documentTab();
    const Entity &e = tab->document()->entities()[i];
    if (e.type == EntityTypes::Date)
        return false;
    // Copy on write: analyses running on workers keep the lexicon they started with.
    auto updated = std::make_shared<Lexicon>(*m_window->lexicon());
    if (!updated->add({tab->article().slice(e.range).toString(), e.type}))
        return false;
    if (m_window->mode() == MainWindow::Mode::Interactive) {
        QString error;
        if (!updated->save(Lexicon::defaultPath(), &error)) {
            QMessageBox::warning(m_window, tr("Lexicon not saved"), error);
            return false;
        }
    }
    m_window->setLexicon(std::move(updated));
    m_window->statusBar()->showMessage(tr("Added to your lexicon"), 4000);
    return true;
}

void AnnotationActions::editEntityNote()
{
    const qsizetype i = entityIndexAtCursor();
    if (i < 0)
        return;
    const DocumentTab *tab = documentTab();
    AnnotatedDocument *doc = tab->document();
    const Entity e = doc->entities()[i];
    QString note = e.note;
    const QString words = tab->article().slice(e.range).toString();
    if (NoteDialog::ask(m_window, tr("Note on “%1”:").arg(words), &note))
        doc->setEntityNote(e.range, note);
}

void AnnotationActions::editEvent(int row)
{
    const DocumentTab *tab = documentTab();
    AnnotatedDocument *doc = tab ? tab->document() : nullptr;
    if (!doc || row < 0 || row >= doc->events().size())
        return;
    const TimelineEvent ev = doc->events()[row];
    QString date = ev.date;
    QString until = ev.until;
    QString label = ev.label;
    if (EventDialog::ask(m_window, tr("Edit Timeline Event"), &date, &until, &label))
        doc->editEvent(doc->eventKey(row), date, until, label);
}

void AnnotationActions::addEventFromSelection()
{
    DocumentTab *tab = documentTab();
    if (!tab)
        return;
    const TextRange range = tab->view()->selectedRange();
    if (explainUntaggableSelection())
        return;
    if (range.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Select the words that date the event first"), 4000);
        return;
    }
    // A selected date proposes its own value.
    QString date;
    const qsizetype i = tab->document()->entityIndexAt(range.start);
    if (i >= 0 && tab->document()->entities()[i].type == EntityTypes::Date)
        date = tab->document()->entities()[i].value;
    QString until;
    QString label = tab->article().slice(range).toString().simplified().left(80);
    if (EventDialog::ask(m_window, tr("Add Timeline Event"), &date, &until, &label))
        tab->document()->addEvent(range, date, label, until);
}

void AnnotationActions::showOrphans()
{
    DocumentTab *tab = documentTab();
    if (!tab)
        return;
    // One list per article; asking again brings it forward.
    if (m_orphansDialog && m_orphansDialog->tab() == tab) {
        m_orphansDialog->show();
        m_orphansDialog->raise();
        m_orphansDialog->activateWindow();
        return;
    }
    if (m_orphansDialog)
        m_orphansDialog->close();
    m_orphansDialog = new OrphansDialog(tab, m_window);
    m_orphansDialog->show();
}

} // namespace Annalist
