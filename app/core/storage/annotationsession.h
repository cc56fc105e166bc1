// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/sidecar.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Annalist {

class AnnotatedDocument;

/// Binds an AnnotatedDocument to its sidecar file: loads the user layer on
/// open (re-anchoring it when the article's text changed), saves it a moment
/// after each edit and on close, and refuses to write over a file it could
/// not understand.
///
/// Where it writes: the file it read from; otherwise beside the article, and
/// when that fails (a folder that cannot be written), the per-user fallback
/// (Sidecar::fallbackPath()). Every write is atomic (OutputGuard), so a crash
/// or a kill at any moment leaves either the old file or the new one.
///
/// Read-only: when the sidecar was damaged, not ours, unreadable or from a
/// newer version, nothing is written (edits stay in memory) until the user
/// chooses to replace it with discardUnreadableSidecar().
class AnnotationSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        NoFile, ///< the article was not loaded from a file: nothing to save to
        Saved,
        Unsaved, ///< edits wait for the autosave
        ReadOnly, ///< see readOnlyReason()
        Error, ///< the last save failed; see message(); retried on the next edit or save()
    };
    Q_ENUM(State)

    struct OpenResult {
        SidecarReadResult::Status status = SidecarReadResult::Status::Missing;
        QString message; ///< for the user: why nothing was loaded, what is read-only, what was orphaned
        QString path; ///< the file read, if any
        AnchoringReport anchoring;
    };

    /// document must outlive nothing: the session keeps a guarded pointer and
    /// does nothing once it is gone.
    explicit AnnotationSession(AnnotatedDocument *document, QObject *parent = nullptr);
    /// Saves unsaved edits (like close()).
    ~AnnotationSession() override;

    /// Reads the sidecar of the document's article, if there is one, and puts
    /// its layer into the document (replacing the current one, clearing undo).
    OpenResult open();

    /// Writes now if there are unsaved edits. Returns false (see message())
    /// when read-only or when writing failed; true when nothing needed saving.
    bool save();
    /// Saves unsaved edits and stops the autosave; the window calls it before
    /// closing the article.
    bool close();

    /// Where a new sidecar goes: beside the article (the default), or in the
    /// per-user data folder (Sidecar::fallbackPath()) for people who keep
    /// their article folders clean. A sidecar that exists stays where it is.
    enum class Placement { BesideArticle, DataFolder };
    Q_ENUM(Placement)
    void setPlacement(Placement placement) { m_placement = placement; }
    Placement placement() const { return m_placement; }

    /// Milliseconds of quiet after an edit before the autosave; 1000 by default.
    void setAutosaveDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int autosaveDelay() const { return m_timer.interval(); }

    State state() const { return m_state; }
    /// One sentence for the status bar, matching state().
    QString message() const { return m_message; }
    bool isReadOnly() const { return m_state == State::ReadOnly; }
    bool hasUnsavedChanges() const { return m_dirty; }
    /// Where the next save goes (or the file that blocks saving).
    QString sidecarPath() const;

    /// The user's decision to replace an unreadable, foreign or newer sidecar.
    /// A copy of it is kept as "<sidecar>.bak" first (returns false, staying
    /// read-only, when even that copy cannot be made). The next save writes.
    bool discardUnreadableSidecar();

    /// What the last open() found but did not understand, written back on save.
    const SidecarContent &keptContent() const { return m_kept; }

Q_SIGNALS:
    void stateChanged(Annalist::AnnotationSession::State state);

private:
    void onLayerChanged();
    void setState(State state, const QString &message);
    /// Where to try writing, in order.
    QStringList writeCandidates() const;

    QPointer<AnnotatedDocument> m_document;
    QTimer m_timer;
    State m_state = State::Saved;
    Placement m_placement = Placement::BesideArticle;
    QString m_message;
    bool m_dirty = false;
    bool m_loading = false;
    QString m_readPath; ///< the sidecar read (or blocking), empty when none
    QString m_writePath; ///< where saving succeeded last, empty until then
    SidecarContent m_kept; ///< unread items and the collection id only
};

} // namespace Annalist
