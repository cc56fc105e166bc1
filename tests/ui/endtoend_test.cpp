// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window used as a person uses it: the real MainWindow with its event
// loop, articles opened through the file dialog, words selected by dragging
// the mouse and by Shift+arrows, types chosen by key and by menu, undo and
// redo, a note, a rejection, the sidecar saved and read back by a new window,
// two tabs, Find, every dialog opened, used and closed, every export format
// through the export dialog, and the theme and language chosen in the
// settings kept by a window made afterwards on the same settings file.
//
// Modal dialogs are driven from their own event loop: a ModalDriver waits
// for the dialog the next action opens and works it as a person would.

#include "annotations/annotateddocument.h"
#include "articleview.h"
#include "documenttab.h"
#include "exportdialog.h"
#include "export/exporter.h"
#include "findbar.h"
#include "helpbrowser.h"
#include "legendbar.h"
#include "mainwindow.h"
#include "notedialog.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storage/annotationsession.h"
#include "timelinepanel.h"
#include "windowpalette.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoGroup>

#include <functional>
#include <memory>

using namespace Annalist;

namespace {

// Invented articles: a harbour opening and a market town.
const char harbourText[] =
    "date 2023-03-16\n"
    "\n"
    "PORT VESK, Norland, March 16. Minister Elena Varkova opened the new harbour in Port Vesk on Thursday, "
    "the Trellan Shipping Agency said.\n"
    "\n"
    "The harbour was first planned in 1998 and built between 2019 and 2022. Varkova thanked the workers of the "
    "Ostmark Dock Company and said that a second pier would follow in 2025.\n"
    "\n"
    "Fishermen from the old quay watched the ceremony from their boats.\n";

const char marketText[] =
    "date 2024-05-02\n"
    "\n"
    "LINDHOLT, Norland, May 2. The spring market of Lindholt opened on Saturday with traders from Greyfen Moor "
    "and the coast. Mayor Tomas Brenner said the market had first been held in 1911.\n"
    "\n"
    "The harbour road was closed for the day.\n";

/// Waits for the next modal dialog (one that is not modal already) and
/// runs a function on it from the dialog's own event loop. The dialog is
/// rejected afterwards if the function left it open, so that a failed check
/// ends the dialog instead of hanging the test.
class ModalDriver
{
public:
    explicit ModalDriver(std::function<void(QWidget *)> work)
        : m_before(QApplication::activeModalWidget())
        , m_work(std::move(work))
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
        m_timer.start();
    }
    bool ran() const { return m_ran; }
    /// True when the dialog ran and window is active again. The offscreen
    /// platform has no window manager to give the activation back when a
    /// dialog closes, and window shortcuts work only in the active window.
    bool finished(QWidget *window) const
    {
        if (!m_ran)
            return false;
        window->activateWindow();
        return QTest::qWaitForWindowActive(window);
    }

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal == m_before || !modal->isVisible())
            return;
        m_timer.stop();
        m_ran = true;
        const QPointer<QWidget> dialog = modal;
        m_work(modal);
        if (dialog && dialog->isVisible()) {
            if (auto *d = qobject_cast<QDialog *>(dialog.data()))
                d->reject();
            else
                dialog->close();
        }
    }

    QWidget *m_before;
    std::function<void(QWidget *)> m_work;
    QTimer m_timer;
    bool m_ran = false;
};

template<typename T>
T *child(QWidget *parent, const QString &name = QString())
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

QPushButton *dialogButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
{
    for (auto *box : dialog->findChildren<QDialogButtonBox *>()) {
        if (QPushButton *b = box->button(which))
            return b;
    }
    return nullptr;
}

QPushButton *buttonWithText(QWidget *dialog, const QString &text)
{
    for (auto *b : dialog->findChildren<QPushButton *>()) {
        if (b->text() == text)
            return b;
    }
    return nullptr;
}

QAction *actionWithText(QWidget *menuOrBar, const QString &text)
{
    for (QAction *a : menuOrBar->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

/// Opens the menu bar's menu with a click on its title, then goes through
/// the items with the keyboard: each item made current, then Return (which
/// opens a submenu or runs the action). Returns false when an entry is
/// missing or disabled, or a menu does not open. Blocks while a dialog that
/// the item opens runs.
bool clickMenu(QMainWindow &window, const QStringList &path)
{
    QMenuBar *bar = window.menuBar();
    QAction *top = actionWithText(bar, path.first());
    if (!top || !top->menu())
        return false;
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(top).center());
    QMenu *menu = top->menu();
    if (!QTest::qWaitFor([menu] { return menu->isVisible(); }))
        return false;
    for (qsizetype i = 1; i < path.size(); ++i) {
        QAction *a = actionWithText(menu, path[i]);
        if (!a || !a->isEnabled()) {
            qWarning("no enabled menu item %s", qPrintable(path[i]));
            menu->close();
            return false;
        }
        menu->setActiveAction(a);
        QTest::keyClick(menu, Qt::Key_Return);
        if (i + 1 < path.size()) {
            menu = a->menu();
            if (!menu || !QTest::qWaitFor([menu] { return menu->isVisible(); }))
                return false;
        }
    }
    return true;
}

/// Opens a combo box's list with the mouse, goes to the entry at index and
/// takes it with Return.
bool chooseInCombo(QComboBox *combo, int index)
{
    if (!combo || index < 0)
        return false;
    QTest::mouseClick(combo, Qt::LeftButton);
    QAbstractItemView *list = combo->view();
    if (!QTest::qWaitFor([list] { return list->isVisible(); }))
        return false;
    list->setCurrentIndex(combo->model()->index(index, combo->modelColumn(), combo->rootModelIndex()));
    QTest::keyClick(list, Qt::Key_Return);
    return QTest::qWaitFor([combo, index] { return !combo->view()->isVisible() && combo->currentIndex() == index; });
}

/// Where in the viewport the text cursor stands before article position pos.
QRect caretRect(ArticleView *view, qsizetype pos)
{
    QTextCursor c(view->document());
    c.setPosition(int(view->documentPosition(pos)));
    return view->cursorRect(c);
}

/// Selects article positions [from, to) by pressing the mouse just inside
/// the first letter, dragging and releasing just inside the last one.
void dragSelect(ArticleView *view, qsizetype from, qsizetype to)
{
    const QRect start = caretRect(view, from);
    const QRect end = caretRect(view, to);
    const QPoint pressAt(start.left() + 1, start.center().y());
    const QPoint releaseAt(end.left() - 1, end.center().y());
    QWidget *viewport = view->viewport();
    QTest::mousePress(viewport, Qt::LeftButton, {}, pressAt);
    QTest::mouseMove(viewport, QPoint((pressAt.x() + releaseAt.x()) / 2, (pressAt.y() + releaseAt.y()) / 2));
    QTest::mouseMove(viewport, releaseAt);
    QTest::mouseRelease(viewport, Qt::LeftButton, {}, releaseAt);
}

/// Clicks just inside the letter at article position pos.
void clickAt(ArticleView *view, qsizetype pos)
{
    const QRect r = caretRect(view, pos);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(r.left() + 1, r.center().y()));
}

qsizetype find(MainWindow &w, const QString &text)
{
    return w.currentTab()->article().text.indexOf(text);
}

const Entity *entityAt(MainWindow &w, qsizetype pos)
{
    AnnotatedDocument *doc = w.currentTab()->document();
    const qsizetype i = doc ? doc->entityIndexAt(pos) : -1;
    return i >= 0 ? &doc->entities()[i] : nullptr;
}

QString coveredText(MainWindow &w, const Entity *e)
{
    return e ? w.currentTab()->article().slice(e->range).toString() : QString();
}

bool isDark(const QWidget *w, QPalette::ColorRole role = QPalette::Window)
{
    return w->palette().color(role).lightness() < 128;
}

} // namespace

class EndToEndTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void openThroughTheFileDialog_twoTabs();
    void openDialog_startsBesideTheArticleInView();
    void tagByMouseDrag_typeByKey();
    void tagByShiftArrows_typeByMenu();
    void undoAndRedo_byKeys();
    void redoWithCtrlY();
    void noteAndRejection_savedAndRestoredByANewWindow();
    void find_typedInTheFindBar();
    void findWhileTyping();
    void focusOnOpening();
    void everyDialog_opensAndCloses();
    void export_throughTheDialog();
    void everyExportFormat_throughTheDialog();
    void themeChosenInSettings_keptByANewWindow();
    void languageChosenInSettings_keptByANewWindow();
    void themeMenu_switchesLightAndDarkWithTheChrome();

private:
    /// A window as the program makes it, shown and active.
    std::unique_ptr<MainWindow> newWindow();
    /// Opens path with File → Open… and the file dialog; waits until it is read.
    bool openThroughDialog(MainWindow &w, const QString &path);
    void closeWindow(std::unique_ptr<MainWindow> &w);

    QTemporaryDir m_dir;
    QString m_harbour;
    QString m_market;
    QString m_lightTheme;
    QString m_darkTheme;
};

void EndToEndTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
    QCoreApplication::setApplicationName(QStringLiteral("endtoend_test"));
    // A clean slate: no settings, entity types or lexicon from an earlier run.
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QVERIFY(m_dir.isValid());
    const auto write = [this](const QString &name, const char *text) {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write(text);
        return path;
    };
    m_harbour = write(QStringLiteral("harbour.txt"), harbourText);
    m_market = write(QStringLiteral("market.txt"), marketText);
    QVERIFY(!m_harbour.isEmpty() && !m_market.isEmpty());
    KSyntaxHighlighting::Repository repository;
    m_lightTheme = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme).name();
    m_darkTheme = repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name();
    QVERIFY(!m_lightTheme.isEmpty() && !m_darkTheme.isEmpty() && m_lightTheme != m_darkTheme);
    // The offscreen desktop is light: a dark theme is the one that differs.
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);
}

void EndToEndTest::cleanup()
{
    // Whatever a failed step left open.
    while (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
}

std::unique_ptr<MainWindow> EndToEndTest::newWindow()
{
    auto w = std::make_unique<MainWindow>(MainWindow::Mode::Interactive);
    w->show();
    w->activateWindow();
    if (!QTest::qWaitForWindowActive(w.get()))
        qWarning("the window did not become active");
    return w;
}

void EndToEndTest::closeWindow(std::unique_ptr<MainWindow> &w)
{
    // As the window manager's close button does: closeEvent() saves.
    w->close();
    w.reset();
}

bool EndToEndTest::openThroughDialog(MainWindow &w, const QString &path)
{
    bool typed = false;
    ModalDriver driver([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        auto *name = child<QLineEdit>(dialog, QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setFocus();
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        typed = !dialog->isVisible();
    });
    const int before = w.tabCount();
    if (!clickMenu(w, {QStringLiteral("&File"), QStringLiteral("&Open…")}) || !driver.finished(&w) || !typed)
        return false;
    return w.tabCount() == before + 1 && w.waitUntilIdle();
}

void EndToEndTest::openThroughTheFileDialog_twoTabs()
{
    auto w = newWindow();
    QCOMPARE(w->tabCount(), 0);
    QVERIFY(openThroughDialog(*w, m_harbour));
    QVERIFY(openThroughDialog(*w, m_market));
    QCOMPARE(w->tabCount(), 2);
    QCOMPARE(w->currentTab()->article().path, m_market);
    QTabBar *bar = w->tabs()->tabBar();
    QTRY_VERIFY(bar->isVisible());
    // A click on the first tab brings its article, its title and its docks.
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center());
    QCOMPARE(w->currentTab()->article().path, m_harbour);
    QVERIFY(w->windowTitle().contains(QStringLiteral("harbour")));
    QCOMPARE(w->articleView(), w->currentTab()->view());
    QVERIFY(w->articleView()->isVisible());
    QVERIFY(!w->tabs()->widget(1)->isVisible());
    // Ctrl+Tab goes to the next one, as in a browser.
    w->articleView()->setFocus();
    QTest::keyClick(w->articleView(), Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(w->currentTab()->article().path, m_market);
    // File → Close's keys (Ctrl+W or Ctrl+F4, as the platform has it) close it; the other stays.
    QTest::keySequence(w->articleView(), QKeySequence(QKeySequence::Close));
    QCOMPARE(w->tabCount(), 1);
    QCOMPARE(w->currentTab()->article().path, m_harbour);
    closeWindow(w);
}

void EndToEndTest::openDialog_startsBesideTheArticleInView()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    QString shown;
    ModalDriver driver([&](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        shown = dialog->directory().absolutePath();
    });
    QVERIFY(clickMenu(*w, {QStringLiteral("&File"), QStringLiteral("&Open…")}));
    QVERIFY(driver.finished(w.get()));
    QCOMPARE(shown, QFileInfo(m_harbour).absolutePath());
}

void EndToEndTest::tagByMouseDrag_typeByKey()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();
    const qsizetype at = find(*w, QStringLiteral("old quay"));
    QVERIFY(at > 0);
    QVERIFY(!entityAt(*w, at));
    dragSelect(view, at, at + 8);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("old quay"));
    QCOMPARE(view->selectedRange(), TextRange(at, at + 8));
    // Key 3 is Place.
    QCOMPARE(w->entityTypes().typeForKey(3), QString::fromLatin1(EntityTypes::Location));
    QTest::keyClick(view, Qt::Key_3);
    const Entity *e = entityAt(*w, at);
    QVERIFY(e);
    QCOMPARE(coveredText(*w, e), QStringLiteral("old quay"));
    QCOMPARE(e->type, QString::fromLatin1(EntityTypes::Location));
    QCOMPARE(e->origin, Origin::User);
    // Highlighted in the view as the document says.
    QCOMPARE(view->entities(), w->currentTab()->document()->entities());
    closeWindow(w);
}

void EndToEndTest::tagByShiftArrows_typeByMenu()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();
    const qsizetype at = find(*w, QStringLiteral("second pier"));
    QVERIFY(!entityAt(*w, at));
    clickAt(view, at);
    QCOMPARE(view->articlePosition(view->textCursor().position()), at);
    for (int i = 0; i < 11; ++i)
        QTest::keyClick(view, Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectedText(), QStringLiteral("second pier"));
    QVERIFY(clickMenu(*w, {QStringLiteral("&Annotate"), QStringLiteral("&Tag As"), QStringLiteral("Event")}));
    const Entity *e = entityAt(*w, at);
    QVERIFY(e);
    QCOMPARE(coveredText(*w, e), QStringLiteral("second pier"));
    QCOMPARE(e->type, QString::fromLatin1(EntityTypes::Event));
    QCOMPARE(e->origin, Origin::User);
    // Ctrl+Shift+Right selects a whole word at a time; the type's key still
    // tags after the menu has been opened (its items show the same keys).
    const qsizetype fishermen = find(*w, QStringLiteral("Fishermen"));
    clickAt(view, fishermen);
    QTest::keyClick(view, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(view->textCursor().selectedText().trimmed(), QStringLiteral("Fishermen"));
    QTest::keyClick(view, Qt::Key_1);
    QVERIFY(entityAt(*w, fishermen));
    QCOMPARE(entityAt(*w, fishermen)->type, QString::fromLatin1(EntityTypes::Person));
    closeWindow(w);
}

void EndToEndTest::undoAndRedo_byKeys()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_market));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();
    const qsizetype at = find(*w, QStringLiteral("coast"));
    QVERIFY(!entityAt(*w, at));
    dragSelect(view, at, at + 5);
    QTest::keyClick(view, Qt::Key_3); // Place
    QVERIFY(entityAt(*w, at));
    QCOMPARE(entityAt(*w, at)->type, QString::fromLatin1(EntityTypes::Location));
    QTest::keySequence(view, QKeySequence(QKeySequence::Undo));
    QVERIFY(!entityAt(*w, at));
    // The platform's Redo keys (Ctrl+Shift+Z or Ctrl+Y).
    QTest::keySequence(view, QKeySequence(QKeySequence::Redo));
    QVERIFY(entityAt(*w, at));
    QCOMPARE(entityAt(*w, at)->type, QString::fromLatin1(EntityTypes::Location));
    // The Edit menu says what would be undone.
    QVERIFY(w->undoGroup()->canUndo());
    QVERIFY(!w->undoGroup()->canRedo());
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!entityAt(*w, at));
    closeWindow(w);
}

void EndToEndTest::redoWithCtrlY()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_market));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();
    const qsizetype at = find(*w, QStringLiteral("coast"));
    dragSelect(view, at, at + 5);
    QTest::keyClick(view, Qt::Key_3);
    QVERIFY(entityAt(*w, at));
    // Both usual Redo keys work, whatever the platform's own is.
    for (const QKeySequence &redo : {QKeySequence(Qt::CTRL | Qt::Key_Y), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)}) {
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!entityAt(*w, at));
        QTest::keySequence(view, redo);
        QVERIFY2(entityAt(*w, at), qPrintable(redo.toString()));
    }
    closeWindow(w);
}

void EndToEndTest::noteAndRejection_savedAndRestoredByANewWindow()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();

    // Tag by dragging over the words and pressing the type's key.
    const qsizetype dock = find(*w, QStringLiteral("second pier"));
    dragSelect(view, dock, dock + 11);
    QTest::keyClick(view, Qt::Key_5); // Document: an odd choice, but the person's
    QCOMPARE(entityAt(*w, dock)->type, QString::fromLatin1(EntityTypes::Document));

    // A note on it, through the note dialog.
    clickAt(view, dock + 2);
    ModalDriver noteDriver([](QWidget *modal) {
        auto *dialog = qobject_cast<NoteDialog *>(modal);
        QVERIFY(dialog);
        auto *edit = dialog->editor();
        QVERIFY(edit);
        QTest::keyClicks(edit, QStringLiteral("planned for the ferries"));
        QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(noteDriver.finished(w.get()));
    QCOMPARE(entityAt(*w, dock)->note, QStringLiteral("planned for the ferries"));

    // An automatic date rejected with the Delete key.
    const qsizetype year = find(*w, QStringLiteral("1998"));
    QVERIFY(entityAt(*w, year));
    QCOMPARE(entityAt(*w, year)->origin, Origin::Auto);
    clickAt(view, year + 1);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!entityAt(*w, year));

    // Saved on its own a moment later, beside the article.
    AnnotationSession *session = w->currentTab()->session();
    QVERIFY(session);
    QTRY_VERIFY(!session->hasUnsavedChanges());
    QVERIFY(QFile::exists(session->sidecarPath()));
    const EntityList before = w->currentTab()->document()->entities();
    closeWindow(w);

    // A new window opens it again from File → Open Recent.
    w = newWindow();
    QCOMPARE(w->tabCount(), 0);
    QVERIFY(clickMenu(*w, {QStringLiteral("&File"), QStringLiteral("Open &Recent"), QStringLiteral("&1 harbour.txt")}));
    QCOMPARE(w->tabCount(), 1);
    QVERIFY(w->waitUntilIdle());
    QCOMPARE(w->currentTab()->article().path, m_harbour);
    const Entity *restored = entityAt(*w, dock);
    QVERIFY(restored);
    QCOMPARE(restored->type, QString::fromLatin1(EntityTypes::Document));
    QCOMPARE(restored->origin, Origin::User);
    QCOMPARE(restored->note, QStringLiteral("planned for the ferries"));
    QVERIFY(!entityAt(*w, year));
    QCOMPARE(w->currentTab()->document()->entities(), before);
    QCOMPARE(w->articleView()->entities(), before);
    // The old edits are not undoable in the new window: they are the starting point.
    QVERIFY(!w->undoGroup()->canUndo());
    closeWindow(w);
}

void EndToEndTest::find_typedInTheFindBar()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = w->currentTab()->findBar();
    QVERIFY(bar->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(bar->lineEdit()));
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("harbour"));
    QCOMPARE(view->searchMatchCount(), 2);
    const QString &text = w->currentTab()->article().text;
    const qsizetype matches[] = {text.indexOf(QStringLiteral("harbour")),
                                 text.indexOf(QStringLiteral("harbour"), text.indexOf(QStringLiteral("harbour")) + 1)};
    // Which match typing lands on is findWhileTyping's concern;
    // Return and F3 step on from it, round the end.
    const int typed = view->currentSearchMatch();
    QVERIFY(typed == 0 || typed == 1);
    QTest::keyClick(bar->lineEdit(), Qt::Key_Return);
    const int next = (typed + 1) % 2;
    QCOMPARE(view->selectedRange(), TextRange(matches[next], matches[next] + 7));
    QCOMPARE(bar->statusText(), QStringLiteral("%1 of 2").arg(next + 1));
    QTest::keyClick(bar->lineEdit(), Qt::Key_F3);
    QCOMPARE(view->selectedRange(), TextRange(matches[typed], matches[typed] + 7));
    QCOMPARE(bar->statusText(), QStringLiteral("%1 of 2").arg(typed + 1));
    // A digit typed in the field is text, not a tagging key.
    const qsizetype tagsBefore = w->currentTab()->document()->entities().size();
    QTest::keyClick(bar->lineEdit(), Qt::Key_3);
    QCOMPARE(bar->lineEdit()->text(), QStringLiteral("harbour3"));
    QCOMPARE(w->currentTab()->document()->entities().size(), tagsBefore);
    QCOMPARE(bar->statusText(), QStringLiteral("Not found"));
    // Escape closes the bar and gives the article the keys again.
    QTest::keyClick(bar->lineEdit(), Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QCOMPARE(view->searchMatchCount(), 0);
    closeWindow(w);
}

void EndToEndTest::findWhileTyping()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = w->currentTab()->findBar();
    // Typing a word finds its first match from where the reader is, and
    // stays there: each letter must not step on to the next match.
    QTest::keyClicks(bar->lineEdit(), QStringLiteral("harbour"));
    const qsizetype first = find(*w, QStringLiteral("harbour"));
    QCOMPARE(view->selectedRange(), TextRange(first, first + 7));
    QCOMPARE(bar->statusText(), QStringLiteral("1 of 2"));
    closeWindow(w);
}

void EndToEndTest::focusOnOpening()
{
    auto w = newWindow();
    QVERIFY(openThroughDialog(*w, m_harbour));
    // The keys go to the article at once: no click needed before tagging.
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->articleView()));
    closeWindow(w);
}

void EndToEndTest::everyDialog_opensAndCloses()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_market));
    QVERIFY(w->waitUntilIdle());
    ArticleView *view = w->articleView();

    // Settings: the Colour… button's colour dialog, then Cancel.
    {
        bool colourSeen = false;
        ModalDriver driver([&](QWidget *modal) {
            QVERIFY(qobject_cast<SettingsDialog *>(modal));
            auto *tabs = child<QTabWidget>(modal);
            QVERIFY(tabs);
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
            auto *types = child<QAbstractItemView>(modal, QStringLiteral("types"));
            QVERIFY(types && types->isVisible());
            QTest::mouseClick(types->viewport(), Qt::LeftButton, {},
                              types->visualRect(types->model()->index(0, 0)).center());
            ModalDriver colour([&](QWidget *inner) {
                colourSeen = qobject_cast<QColorDialog *>(inner) != nullptr;
                QTest::mouseClick(dialogButton(inner, QDialogButtonBox::Cancel), Qt::LeftButton);
            });
            QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("chooseColor")), Qt::LeftButton);
            QVERIFY(colour.finished(w.get()));
            QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Cancel), Qt::LeftButton);
            QVERIFY(!modal->isVisible());
        });
        QVERIFY(clickMenu(*w, {QStringLiteral("&Settings"), QStringLiteral("&Configure Annalist…")}));
        QVERIFY(driver.finished(w.get()));
        QVERIFY(colourSeen);
    }

    // Lexicon: a name added as a place; OK saves it and the article shows it.
    {
        const qsizetype at = find(*w, QStringLiteral("Greyfen Moor"));
        QVERIFY(!entityAt(*w, at) || entityAt(*w, at)->type != QString::fromLatin1(EntityTypes::Location)
                || entityAt(*w, at)->range != TextRange(at, at + 12));
        ModalDriver driver([&](QWidget *modal) {
            auto *text = child<QLineEdit>(modal, QStringLiteral("text"));
            auto *type = child<QComboBox>(modal, QStringLiteral("type"));
            QVERIFY(text && type);
            text->setFocus();
            QTest::keyClicks(text, QStringLiteral("Greyfen Moor"));
            QVERIFY(chooseInCombo(type, type->findData(QString::fromLatin1(EntityTypes::Location))));
            QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("add")), Qt::LeftButton);
            QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Ok), Qt::LeftButton);
            QVERIFY(!modal->isVisible());
        });
        QVERIFY(clickMenu(*w, {QStringLiteral("&Settings"), QStringLiteral("&Lexicon…")}));
        QVERIFY(driver.finished(w.get()));
        QVERIFY(w->waitUntilIdle());
        QTRY_VERIFY(entityAt(*w, at) && entityAt(*w, at)->range == TextRange(at, at + 12));
        QCOMPARE(entityAt(*w, at)->type, QString::fromLatin1(EntityTypes::Location));
    }

    // Add Timeline Event from words dragged over, with a typed date.
    {
        const qsizetype at = find(*w, QStringLiteral("harbour road was closed"));
        dragSelect(view, at, at + 23);
        const qsizetype events = w->currentTab()->document()->events().size();
        ModalDriver driver([&](QWidget *modal) {
            const QList<QLineEdit *> fields = modal->findChildren<QLineEdit *>();
            QCOMPARE(fields.size(), 3);
            QPushButton *ok = dialogButton(modal, QDialogButtonBox::Ok);
            fields[0]->setFocus();
            QTest::keyClicks(fields[0], QStringLiteral("2024-05"));
            QVERIFY(ok->isEnabled());
            QTest::keyClicks(fields[0], QStringLiteral("-99"));
            QVERIFY(!ok->isEnabled()); // not a date the timeline can place
            for (int i = 0; i < 3; ++i)
                QTest::keyClick(fields[0], Qt::Key_Backspace);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::keyClick(view, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(driver.finished(w.get()));
        QCOMPARE(w->currentTab()->document()->events().size(), events + 1);
    }

    // The note dialog, cancelled: no note.
    {
        const qsizetype at = find(*w, QStringLiteral("1911"));
        QVERIFY(entityAt(*w, at));
        clickAt(view, at + 1);
        ModalDriver driver([](QWidget *modal) {
            QTest::keyClicks(child<QPlainTextEdit>(modal), QStringLiteral("never kept"));
            QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        QVERIFY(clickMenu(*w, {QStringLiteral("&Annotate"), QStringLiteral("&Note…")}));
        QVERIFY(driver.finished(w.get()));
        QCOMPARE(entityAt(*w, at)->note, QString());
    }

    // Unplaced Annotations: a list beside the article (not modal, so that
    // words can be selected while it is open); nothing to place here, then Close.
    {
        QVERIFY(clickMenu(*w, {QStringLiteral("&Annotate"), QStringLiteral("&Unplaced Annotations…")}));
        QDialog *list = nullptr;
        QTRY_VERIFY((list = [] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<QDialog *>(top); d && d->isVisible() && child<QListWidget>(d))
                    return d;
            return static_cast<QDialog *>(nullptr);
        }()));
        QVERIFY(!list->isModal());
        QCOMPARE(child<QListWidget>(list)->count(), 0);
        QTest::mouseClick(dialogButton(list, QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(!list->isVisible());
        w->activateWindow();
    }

    // The export dialog, cancelled: nothing written.
    {
        ModalDriver driver([](QWidget *modal) {
            QVERIFY(qobject_cast<ExportDialog *>(modal));
            QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        QVERIFY(clickMenu(*w, {QStringLiteral("&File"), QStringLiteral("&Export…")}));
        QVERIFY(driver.finished(w.get()));
    }

    // About and About Qt.
    for (const QString &item : {QStringLiteral("&About Annalist"), QStringLiteral("About &Qt")}) {
        ModalDriver driver([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            QVERIFY(!box->text().isEmpty());
            QTest::keyClick(box, Qt::Key_Escape);
        });
        QVERIFY(clickMenu(*w, {QStringLiteral("&Help"), item}));
        QVERIFY(driver.finished(w.get()));
    }

    // The handbook, a window of its own: F1, then closed.
    QTest::keyClick(view, Qt::Key_F1);
    QPointer<HelpBrowser> help = w->handbook();
    QVERIFY(help && help->isVisible());
    QTest::mouseClick(dialogButton(help, QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!help);

    // The article's context menu: a right click on a word moves the cursor
    // there; the menu runs its own loop and is dismissed with Escape.
    {
        const qsizetype at = find(*w, QStringLiteral("Mayor"));
        const QRect r = caretRect(view, at);
        const QPoint pos(r.left() + 1, r.center().y());
        bool menuSeen = false;
        QTimer poll;
        poll.setInterval(5);
        connect(&poll, &QTimer::timeout, this, [&] {
            if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                poll.stop();
                menuSeen = actionWithText(menu, QStringLiteral("&Tag As")) != nullptr;
                QTest::keyClick(menu, Qt::Key_Escape);
            }
        });
        poll.start();
        QTest::mousePress(view->viewport(), Qt::RightButton, {}, pos);
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, view->viewport()->mapToGlobal(pos));
        QApplication::sendEvent(view->viewport(), &event);
        QTest::mouseRelease(view->viewport(), Qt::RightButton, {}, pos);
        QVERIFY(menuSeen);
        QVERIFY(!QApplication::activePopupWidget());
        QCOMPARE(view->articlePosition(view->textCursor().position()), at);
    }
    closeWindow(w);
}

void EndToEndTest::export_throughTheDialog()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    const QString out = m_dir.filePath(QStringLiteral("out/harbour-export"));
    QVERIFY(QDir().mkpath(QFileInfo(out).path()));
    QString written;
    ModalDriver driver([&](QWidget *modal) {
        auto *dialog = qobject_cast<ExportDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(!dialog->previewText().isEmpty() || dialog->isShowingPicture());
        auto *destination = child<QLineEdit>(dialog, QStringLiteral("destination"));
        const QString suffix = QFileInfo(destination->text()).suffix();
        destination->selectAll();
        QTest::keyClicks(destination, out + u'.' + suffix);
        written = out + u'.' + suffix;
        QTest::mouseClick(buttonWithText(dialog, QStringLiteral("Export")), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), qPrintable(dialog->message()));
    });
    QTest::keyClick(w->articleView(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(driver.finished(w.get()));
    QVERIFY(QFileInfo(written).size() > 0);
    closeWindow(w);
}

void EndToEndTest::everyExportFormat_throughTheDialog()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->openArticle(m_market));
    QVERIFY(w->waitUntilIdle());
    const QString folder = m_dir.filePath(QStringLiteral("formats"));
    QVERIFY(QDir().mkpath(folder));
    for (const Exporter *exporter : Exporter::all()) {
        const QString name = exporter->name();
        QStringList written;
        ModalDriver driver([&](QWidget *modal) {
            auto *dialog = qobject_cast<ExportDialog *>(modal);
            QVERIFY(dialog);
            auto *format = child<QComboBox>(dialog, QStringLiteral("format"));
            QVERIFY(chooseInCombo(format, format->findData(name)));
            QCOMPARE(dialog->format(), name);
            QVERIFY(!dialog->previewText().isEmpty() || dialog->isShowingPicture());
            // Both articles, when the format takes more than one.
            auto *scope = child<QComboBox>(dialog, QStringLiteral("scope"));
            QVERIFY(chooseInCombo(scope, 1));
            auto *destination = child<QLineEdit>(dialog, QStringLiteral("destination"));
            destination->selectAll();
            const QString target = exporter->writesNamedFiles()
                ? QDir(folder).filePath(name + QStringLiteral("/"))
                : QDir(folder).filePath(name + u'.' + exporter->fileSuffix());
            QTest::keyClicks(destination, target);
            QTest::mouseClick(buttonWithText(dialog, QStringLiteral("Export")), Qt::LeftButton);
            QVERIFY2(!dialog->isVisible(), qPrintable(name + QStringLiteral(": ") + dialog->message()));
            written = dialog->writtenFiles();
        });
        QVERIFY(clickMenu(*w, {QStringLiteral("&File"), QStringLiteral("&Export…")}));
        QVERIFY2(driver.finished(w.get()), qPrintable(name));
        QVERIFY2(!written.isEmpty(), qPrintable(name));
        for (const QString &file : std::as_const(written))
            QVERIFY2(QFileInfo(file).size() > 0, qPrintable(file));
    }
    closeWindow(w);
}

void EndToEndTest::themeChosenInSettings_keptByANewWindow()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    QVERIFY(!w->entityPalette().dark);
    QVERIFY(!isDark(w->menuBar()));
    ModalDriver driver([&](QWidget *modal) {
        auto *theme = child<QComboBox>(modal, QStringLiteral("theme"));
        QVERIFY(theme && theme->isVisible());
        QVERIFY(chooseInCombo(theme, theme->findData(m_darkTheme)));
        auto *whole = child<QCheckBox>(modal, QStringLiteral("themeWholeWindow"));
        QVERIFY(whole && whole->isChecked());
        QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!modal->isVisible());
    });
    QVERIFY(clickMenu(*w, {QStringLiteral("&Settings"), QStringLiteral("&Configure Annalist…")}));
    QVERIFY(driver.finished(w.get()));
    // The page and the window around it are dark at once.
    QCOMPARE(w->entityPalette().themeName, m_darkTheme);
    QVERIFY(w->entityPalette().dark);
    QVERIFY(w->articleView()->entityPalette().dark);
    QTRY_VERIFY(isDark(w->menuBar()));
    QVERIFY(isDark(w->statusBar()));
    QVERIFY(isDark(w->legendBar()));
    closeWindow(w);

    // The program started again on the same settings.
    w = newWindow();
    QCOMPARE(w->entityPalette().themeName, m_darkTheme);
    QTRY_VERIFY(isDark(w->menuBar()));
    ModalDriver shown([&](QWidget *modal) {
        auto *theme = child<QComboBox>(modal, QStringLiteral("theme"));
        QCOMPARE(theme->currentData().toString(), m_darkTheme);
        // Back to following the desktop.
        QVERIFY(chooseInCombo(theme, 0));
        QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Ok), Qt::LeftButton);
    });
    QVERIFY(clickMenu(*w, {QStringLiteral("&Settings"), QStringLiteral("&Configure Annalist…")}));
    QVERIFY(shown.finished(w.get()));
    QVERIFY(!w->entityPalette().dark);
    QTRY_VERIFY(!isDark(w->menuBar()));
    closeWindow(w);
    QCOMPARE(Settings().themeName(), QString());
}

void EndToEndTest::languageChosenInSettings_keptByANewWindow()
{
    auto w = newWindow();
    ModalDriver driver([&](QWidget *modal) {
        auto *tabs = child<QTabWidget>(modal);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(2).center());
        auto *language = child<QComboBox>(modal, QStringLiteral("language"));
        QVERIFY(language && language->isVisible());
        QVERIFY(chooseInCombo(language, language->findData(QStringLiteral("de"))));
        QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(!modal->isVisible());
    });
    QVERIFY(clickMenu(*w, {QStringLiteral("&Settings"), QStringLiteral("&Configure Annalist…")}));
    QVERIFY(driver.finished(w.get()));
    closeWindow(w);

    w = newWindow();
    QCOMPARE(Settings().language(), QStringLiteral("de"));
    ModalDriver shown([&](QWidget *modal) {
        auto *language = child<QComboBox>(modal, QStringLiteral("language"));
        QCOMPARE(language->currentData().toString(), QStringLiteral("de"));
        QTest::mouseClick(dialogButton(modal, QDialogButtonBox::Cancel), Qt::LeftButton);
    });
    QVERIFY(clickMenu(*w, {QStringLiteral("&Settings"), QStringLiteral("&Configure Annalist…")}));
    QVERIFY(shown.finished(w.get()));
    closeWindow(w);
    Settings().setLanguage(QString());
}

void EndToEndTest::themeMenu_switchesLightAndDarkWithTheChrome()
{
    auto w = newWindow();
    QVERIFY(w->openArticle(m_harbour));
    QVERIFY(w->waitUntilIdle());
    QDockWidget *dock = w->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    QVERIFY(dock);
    QVERIFY(clickMenu(*w, {QStringLiteral("&View"), QStringLiteral("T&heme"), m_darkTheme}));
    QVERIFY(w->entityPalette().dark);
    // Widgets take the application's new palette from the event loop.
    QTRY_VERIFY(isDark(w->menuBar()));
    for (const QWidget *part : {static_cast<const QWidget *>(w->menuBar()), static_cast<const QWidget *>(dock),
                                static_cast<const QWidget *>(w->statusBar()),
                                static_cast<const QWidget *>(w->legendBar())}) {
        QVERIFY2(isDark(part), part->metaObject()->className());
        const double contrast = WindowPalette::contrastRatio(part->palette().color(QPalette::WindowText),
                                                             part->palette().color(QPalette::Window));
        QVERIFY2(contrast >= 4.5, qPrintable(QString::number(contrast)));
    }
    QVERIFY(clickMenu(*w, {QStringLiteral("&View"), QStringLiteral("T&heme"), m_lightTheme}));
    QVERIFY(!w->entityPalette().dark);
    QTRY_VERIFY(!isDark(w->menuBar()));
    QVERIFY(!isDark(dock));
    QCOMPARE(Settings().themeName(), m_lightTheme);
    closeWindow(w);
}

QTEST_MAIN(EndToEndTest)
#include "endtoend_test.moc"
