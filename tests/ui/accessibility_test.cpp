// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// What assistive technology and keyboard users meet: accessible names and
// roles of the docks, the legend and the sidebars' items; Tab reaching every
// part of the window; Enter doing what a click does; and entity types named
// in words wherever a colour shows them.

#include "articleview.h"
#include "documenttab.h"
#include "entitymodel.h"
#include "entitypanel.h"
#include "legendbar.h"
#include "mainwindow.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Annalist;
using namespace Qt::StringLiterals;

class AccessibilityTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void docksAndViews_haveAccessibleNamesAndRoles();
    void timelineItems_readDateAndLabel();
    void entityItems_readNameTypeAndCount();
    void legend_namesTypeAndCountNotOnlyColour();
    void timelineTooltip_namesTheTypesOfItsEntities();
    void tab_reachesArticleDocksAndLegend();
    void enterOnTimelineEvent_scrollsTheArticleLikeAClick();
    void enterOnEntity_stepsThroughItsMentions();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
};

void AccessibilityTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("story.txt"));
    QVERIFY(QFile::copy(QStringLiteral(":/annalist/samples/cica-astana-2024.txt"), m_path));
}

void AccessibilityTest::init()
{
    m_window = std::make_unique<MainWindow>(MainWindow::Mode::Screenshot);
    // Short enough that the last events of the article lie below the fold.
    m_window->resize(1100, 480);
    QVERIFY(m_window->openArticle(m_path));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->waitUntilIdle());
}

void AccessibilityTest::docksAndViews_haveAccessibleNamesAndRoles()
{
    auto *timelineDock = m_window->findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    auto *entityDock = m_window->findChild<QDockWidget *>(QStringLiteral("entityDock"));
    QVERIFY(timelineDock && entityDock);
    QCOMPARE(timelineDock->accessibleName(), u"Timeline"_s);
    QCOMPARE(entityDock->accessibleName(), u"Entities"_s);

    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(m_window->timelinePanel()->listView());
    QVERIFY(list);
    QCOMPARE(list->role(), QAccessible::List);
    QCOMPARE(list->text(QAccessible::Name), u"Timeline events"_s);
    QVERIFY(!list->text(QAccessible::Description).isEmpty());

    QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(m_window->entityPanel()->treeView());
    QVERIFY(tree);
    QCOMPARE(tree->role(), QAccessible::Tree);
    QCOMPARE(tree->text(QAccessible::Name), u"Entities"_s);

    QAccessibleInterface *article = QAccessible::queryAccessibleInterface(m_window->articleView());
    QVERIFY(article);
    QCOMPARE(article->text(QAccessible::Name), u"Article"_s);

    // A toolbar reads out its title: the legend says what it is.
    QAccessibleInterface *legend = QAccessible::queryAccessibleInterface(m_window->legendBar());
    QVERIFY(legend);
    QCOMPARE(legend->role(), QAccessible::ToolBar);
    QCOMPARE(legend->text(QAccessible::Name), u"Legend of entity types"_s);

    // The find bar's field is named, not just its placeholder.
    auto *find = m_window->currentTab()->findChild<QLineEdit *>();
    QVERIFY(find);
    QVERIFY(!find->accessibleName().isEmpty());
}

void AccessibilityTest::timelineItems_readDateAndLabel()
{
    QListView *view = m_window->timelinePanel()->listView();
    TimelineModel *model = m_window->currentTab()->timelineModel();
    QVERIFY(model->rowCount() >= 3);
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(view);
    QVERIFY(list);
    QVERIFY(list->childCount() >= model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const QString date = index.data(TimelineModel::DateTextRole).toString();
        const QString label = index.data(TimelineModel::LabelRole).toString();
        QVERIFY(!date.isEmpty() && !label.isEmpty());
        const QString read = index.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(read.contains(date) && read.contains(label), qPrintable(read));
        // What a screen reader gets for the list's item is that text.
        QAccessibleInterface *item = list->child(row);
        QVERIFY(item);
        QCOMPARE(item->role(), QAccessible::ListItem);
        QCOMPARE(item->text(QAccessible::Name), read);
    }
}

void AccessibilityTest::entityItems_readNameTypeAndCount()
{
    QTreeView *tree = m_window->entityPanel()->treeView();
    QAbstractItemModel *model = tree->model();
    QVERIFY(model && model->rowCount() > 0);
    for (int t = 0; t < model->rowCount(); ++t) {
        const QModelIndex type = model->index(t, 0);
        const QString typeName = type.data(EntityModel::NameRole).toString();
        QVERIFY(type.data(Qt::AccessibleTextRole).toString().startsWith(typeName));
        for (int g = 0; g < model->rowCount(type); ++g) {
            const QModelIndex entity = model->index(g, 0, type);
            const QString read = entity.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(read.contains(entity.data(EntityModel::NameRole).toString()), qPrintable(read));
            // The type in words, and the count.
            QVERIFY2(read.contains(typeName), qPrintable(read));
            QVERIFY2(read.contains(QString::number(entity.data(EntityModel::CountRole).toInt())), qPrintable(read));
        }
    }
}

void AccessibilityTest::legend_namesTypeAndCountNotOnlyColour()
{
    LegendBar *legend = m_window->legendBar();
    const QHash<QString, int> counts = m_window->currentTab()->entityCounts();
    QVERIFY(!counts.isEmpty());
    int checked = 0;
    for (const QString &type : legend->types()) {
        QToolButton *button = legend->buttonFor(type);
        QVERIFY(button);
        const QString name = entityTypeDisplayName(type);
        QVERIFY2(button->text().contains(name), qPrintable(button->text()));
        QVERIFY2(button->toolTip().contains(name), qPrintable(button->toolTip()));
        QVERIFY2(button->accessibleName().contains(name), qPrintable(button->accessibleName()));
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        const int count = counts.value(type);
        if (count > 0) {
            QVERIFY2(button->accessibleName().contains(QString::number(count)), qPrintable(button->accessibleName()));
            ++checked;
        }
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::CheckBox);
        QCOMPARE(bool(iface->state().checked), button->isChecked());
    }
    QVERIFY(checked >= 2);
}

void AccessibilityTest::timelineTooltip_namesTheTypesOfItsEntities()
{
    TimelineModel *model = m_window->currentTab()->timelineModel();
    auto *delegate = qobject_cast<TimelineDelegate *>(m_window->timelinePanel()->listView()->itemDelegate());
    QVERIFY(delegate);
    const QHash<QString, QString> typeOfName = m_window->currentTab()->typeOfName();
    int named = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row);
        const QString tip = delegate->toolTipFor(index);
        for (const QString &name : index.data(TimelineModel::EntitiesRole).toStringList()) {
            const QString type = typeOfName.value(name);
            if (type.isEmpty())
                continue;
            QVERIFY2(tip.contains(entityTypeDisplayName(type)), qPrintable(tip));
            ++named;
        }
    }
    QVERIFY2(named > 0, "the sample's events involve typed entities");
}

void AccessibilityTest::tab_reachesArticleDocksAndLegend()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->articleView()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), m_window->articleView());
    bool timeline = false;
    bool entities = false;
    bool legend = false;
    bool back = false;
    for (int i = 0; i < 60 && !back; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        timeline |= focus == m_window->timelinePanel()->listView();
        entities |= focus == m_window->entityPanel()->treeView();
        legend |= focus->parentWidget() == m_window->legendBar();
        back = focus == m_window->articleView();
    }
    QVERIFY(timeline);
    QVERIFY(entities);
    QVERIFY(legend);
    QVERIFY2(back, "Tab comes round to the article again");
}

void AccessibilityTest::enterOnTimelineEvent_scrollsTheArticleLikeAClick()
{
    TimelineModel *model = m_window->currentTab()->timelineModel();
    // The event whose sentence lies furthest into the text.
    int row = 0;
    for (int r = 1; r < model->rowCount(); ++r) {
        if (model->event(r).sentence.start > model->event(row).sentence.start)
            row = r;
    }
    ArticleView *article = m_window->articleView();
    article->verticalScrollBar()->setValue(0);
    QVERIFY(article->verticalScrollBar()->maximum() > 0);
    const TextRange sentence = model->event(row).sentence;

    QListView *list = m_window->timelinePanel()->listView();
    m_window->activateWindow();
    list->setFocus();
    list->setCurrentIndex(model->index(row));
    QSignalSpy activated(m_window->timelinePanel(), &TimelinePanel::eventActivated);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toInt(), row);
    const qsizetype cursor = article->articlePosition(article->textCursor().position());
    QVERIFY2(sentence.start <= cursor && cursor <= sentence.end, qPrintable(QString::number(cursor)));
    QVERIFY(article->verticalScrollBar()->value() > 0);
    const QRect cursorRect = article->cursorRect(article->textCursor());
    QVERIFY(cursorRect.top() >= 0 && cursorRect.bottom() <= article->viewport()->height());

    // A click lands in the same place, and announces the event once.
    const int scrolled = article->verticalScrollBar()->value();
    article->verticalScrollBar()->setValue(0);
    activated.clear();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model->index(row)).center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(article->verticalScrollBar()->value(), scrolled);
}

void AccessibilityTest::enterOnEntity_stepsThroughItsMentions()
{
    QTreeView *tree = m_window->entityPanel()->treeView();
    QAbstractItemModel *model = tree->model();
    // An entity mentioned more than once.
    QModelIndex entity;
    for (int t = 0; t < model->rowCount() && !entity.isValid(); ++t) {
        const QModelIndex type = model->index(t, 0);
        for (int g = 0; g < model->rowCount(type); ++g) {
            if (model->index(g, 0, type).data(EntityModel::CountRole).toInt() >= 2) {
                entity = model->index(g, 0, type);
                break;
            }
        }
    }
    QVERIFY(entity.isValid());
    QSignalSpy requested(m_window->entityPanel(), &EntityPanel::occurrenceRequested);
    m_window->activateWindow();
    tree->setFocus();
    tree->setCurrentIndex(entity);
    QTest::keyClick(tree, Qt::Key_Return);
    QTest::keyClick(tree, Qt::Key_Enter);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(0).at(1).toInt(), 1);
    QCOMPARE(requested.at(1).at(1).toInt(), 2);
    // The article selects the mention Enter went to.
    const auto second = requested.at(1).at(0).value<TextRange>();
    QCOMPARE(m_window->articleView()->selectedRange(), second);
}

QTEST_MAIN(AccessibilityTest)
#include "accessibility_test.moc"
