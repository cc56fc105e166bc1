// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis/analyzer.h"
#include "article/article.h"
#include "entitymodel.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QFrame;
class QFileSystemWatcher;

namespace Annalist {

class AnnotatedDocument;
class AnnotationSession;
class ArticleView;
class FindBar;
class Lexicon;
class TimelineModel;

/// One open article: its view, its find bar, its annotated document (the
/// automatic layer with the user's edits, with undo) bound to its sidecar,
/// and the models the docks show while it is the current tab.
///
/// Recognition runs on a worker thread: the view shows the text at once and
/// the highlights, the timeline and the user's saved edits when they are
/// ready (document() is null until then).
class DocumentTab : public QWidget
{
    Q_OBJECT
public:
    DocumentTab(const Article &article, std::shared_ptr<const Analyzer> analyzer,
                std::shared_ptr<const Lexicon> lexicon, QWidget *parent = nullptr);
    ~DocumentTab() override;

    const Article &article() const { return m_article; }
    bool isAnalyzing() const { return m_analyzing; }
    /// True once the text is on screen (before the analysis ends).
    bool isShown() const { return m_shown; }

    /// The annotated document; null while the article is being read.
    AnnotatedDocument *document() const { return m_document; }
    AnnotationSession *session() const { return m_session; }

    ArticleView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    TimelineModel *timelineModel() const { return m_timelineModel; }
    EntityModel *entityModel() const { return m_entityModel; }

    /// Entity types in legend order: the given ones, then any others present.
    QStringList entityTypes(const QStringList &known) const;
    /// How many entities of each type the article has.
    QHash<QString, int> entityCounts() const;
    /// The type of each entity name that appears, for the timeline's chips.
    QHash<QString, QString> typeOfName() const;

    /// Re-applies the user's lexicon (after it changed).
    void setLexicon(std::shared_ptr<const Lexicon> lexicon);

    /// Shows a message above the article with optional buttons; an empty
    /// text hides it. Each button runs its function and hides the bar.
    /// stillTrue, when given, is asked again after every change of the
    /// document (an edit, an undo, an orphan placed): once it says false the
    /// message no longer holds and the bar hides by itself.
    void showInfo(const QString &text, const QList<std::pair<QString, std::function<void()>>> &buttons = {},
                  std::function<bool()> stillTrue = {});
    QString infoText() const;

    /// Saves pending edits now (closing the tab, quitting).
    bool saveNow();

    /// What the file on disk is now, compared with the text on screen.
    enum class DiskState {
        Same,
        Changed, ///< it reads as a different text: a reload is offered
        Gone, ///< deleted, renamed away or no longer readable
    };
    Q_ENUM(DiskState)
    DiskState diskState() const { return m_diskState; }
    /// Looks at the file again (the watcher does this by itself a moment
    /// after the file changes); the answer comes through diskStateChanged().
    void checkFileOnDisk();

Q_SIGNALS:
    void textShown();
    void analysisFinished();
    /// The effective entities or events changed (an edit, an undo, a load).
    void contentChanged();
    void saveStateChanged();
    void diskStateChanged(Annalist::DocumentTab::DiskState state);
    /// The person chose to read the article again from disk (the window
    /// replaces this tab; the annotations are re-anchored to the new text).
    void reloadRequested();
    /// The person chose to close the article after it was deleted.
    void closeRequested();
    /// The person asked for the list of annotations that could not be placed.
    void orphansRequested();

private:
    struct Results;
    void start();
    void applyResults(Results &results);
    void refreshEntities();
    /// Counts, chip types and the entity dock's rows for entities; safe on any thread.
    static void summarize(const Article &article, const EntityList &entities, EntityModel::Grouping &grouping,
                          QHash<QString, int> &counts, QHash<QString, QString> &typeOfName);
    void refreshEvents();
    void watchFile();
    bool isFileOnDisk() const; ///< a file that can change, not a built-in sample
    void setDiskState(DiskState state, const QString &message, const QByteArray &diskText);
    /// Size and time of the file as last looked at, to skip reading it again
    /// when only something else in its folder changed (our own sidecar).
    QString fileStamp() const;

    Article m_article;
    std::shared_ptr<const Analyzer> m_analyzer;
    std::shared_ptr<const Lexicon> m_lexicon;
    bool m_analyzing = false;
    bool m_shown = false;
    AnnotatedDocument *m_document = nullptr;
    AnnotationSession *m_session = nullptr;
    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    EntityModel *m_entityModel = nullptr;
    QFrame *m_infoBar = nullptr;
    QLabel *m_infoLabel = nullptr;
    QList<QPushButton *> m_infoButtons;
    std::function<bool()> m_infoStillTrue;
    void recheckInfo();
    QHash<QString, int> m_counts;
    QHash<QString, QString> m_typeOfName;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_fileSettle; ///< editors write in several steps: look once they are done
    DiskState m_diskState = DiskState::Same;
    QString m_stamp;
    QByteArray m_reportedText; ///< hash of the disk text last told about
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace Annalist
