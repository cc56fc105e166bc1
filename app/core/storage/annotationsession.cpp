// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/annotationsession.h"

#include "annotations/annotateddocument.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Annalist {

AnnotationSession::AnnotationSession(AnnotatedDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &AnnotationSession::save);
    if (document) {
        connect(document, &AnnotatedDocument::userLayerChanged, this, &AnnotationSession::onLayerChanged);
        if (document->article().path.isEmpty())
            setState(State::NoFile, tr("This article is not a file; annotations are not saved."));
    }
}

AnnotationSession::~AnnotationSession()
{
    close();
}

QString AnnotationSession::sidecarPath() const
{
    const QStringList candidates = writeCandidates();
    return candidates.isEmpty() ? QString() : candidates.first();
}

QStringList AnnotationSession::writeCandidates() const
{
    if (!m_writePath.isEmpty())
        return {m_writePath};
    if (!m_document || m_document->article().path.isEmpty())
        return {};
    const QString articlePath = m_document->article().path;
    const QString beside = Sidecar::besidePath(articlePath);
    // The per-user folder also catches an article folder that cannot be written.
    const QString fallback = Sidecar::fallbackPath(articlePath);
    QStringList candidates;
    if (!m_readPath.isEmpty())
        candidates.append(m_readPath);
    if (m_placement == Placement::DataFolder)
        candidates << fallback << beside;
    else
        candidates << beside << fallback;
    candidates.removeDuplicates();
    return candidates;
}

AnnotationSession::OpenResult AnnotationSession::open()
{
    OpenResult result;
    m_timer.stop();
    m_kept = {};
    m_readPath.clear();
    m_writePath.clear();
    m_dirty = false;
    if (!m_document || m_document->article().path.isEmpty()) {
        setState(State::NoFile, tr("This article is not a file; annotations are not saved."));
        return result;
    }
    const Article &article = m_document->article();
    const QString toRead = Sidecar::existingPath(article.path);
    if (toRead.isEmpty()) {
        setState(State::Saved, {});
        return result;
    }
    const SidecarReadResult read = readSidecar(toRead);
    result.status = read.status;
    result.path = toRead;
    result.message = read.message;
    m_readPath = toRead;
    if (read.hasContent()) {
        UserLayer layer = placeSidecarContent(read.content, article.text, &result.anchoring);
        m_kept.unreadItems = read.content.unreadItems;
        m_kept.unreadTimeline = read.content.unreadTimeline;
        m_kept.collectionId = read.content.collectionId;
        m_loading = true;
        m_document->setUserLayer(std::move(layer));
        m_loading = false;
        const QString note = describeOrphans(m_document->orphans());
        if (!note.isEmpty())
            result.message = result.message.isEmpty() ? note : result.message + u' ' + note;
    } else if (read.status == SidecarReadResult::Status::Empty) {
        m_loading = true;
        m_document->setUserLayer({});
        m_loading = false;
    }
    if (read.blocksWriting())
        setState(State::ReadOnly, read.message);
    else
        setState(State::Saved, {});
    return result;
}

void AnnotationSession::onLayerChanged()
{
    if (m_loading || !m_document)
        return;
    m_dirty = true;
    if (m_state == State::ReadOnly || m_state == State::NoFile)
        return;
    setState(State::Unsaved, tr("Unsaved changes."));
    m_timer.start();
}

bool AnnotationSession::save()
{
    m_timer.stop();
    if (!m_document || m_state == State::NoFile)
        return false;
    if (m_state == State::ReadOnly)
        return false;
    if (!m_dirty)
        return true;
    const QByteArray bytes = serializeSidecar(m_document->article(), m_document->userLayer(), m_kept);
    QStringList candidates = writeCandidates();
    // Where the last save went failed this time (a folder made read-only
    // meanwhile): the per-user folder still takes it.
    const QString fallback = Sidecar::fallbackPath(m_document->article().path);
    if (!candidates.contains(fallback))
        candidates.append(fallback);
    QString firstError;
    for (const QString &path : std::as_const(candidates)) {
        const SidecarWriteResult written = writeSidecarFile(path, bytes);
        if (written.ok) {
            m_writePath = path;
            m_dirty = false;
            m_document->undoStack()->setClean();
            setState(State::Saved, tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
            return true;
        }
        if (firstError.isEmpty())
            firstError = written.message;
    }
    setState(State::Error, firstError);
    return false;
}

bool AnnotationSession::close()
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    return save();
}

bool AnnotationSession::discardUnreadableSidecar()
{
    if (m_state != State::ReadOnly)
        return false;
    if (!m_readPath.isEmpty() && QFileInfo(m_readPath).isFile()) {
        const QString backup = m_readPath + QStringLiteral(".bak");
        QFile::remove(backup);
        if (!QFile::copy(m_readPath, backup)) {
            setState(State::ReadOnly, tr("The old annotation file %1 could not be copied aside, so it is kept as it is.")
                                          .arg(QDir::toNativeSeparators(m_readPath)));
            return false;
        }
    }
    m_kept = {};
    m_dirty = true; // the next save replaces the file, even with no edit since
    setState(State::Unsaved, tr("Unsaved changes."));
    m_timer.start();
    return true;
}

void AnnotationSession::setState(State state, const QString &message)
{
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    if (changed)
        Q_EMIT stateChanged(state);
}

} // namespace Annalist
