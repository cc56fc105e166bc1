// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <utility>

namespace Annalist {

/// One file of an output.
struct OutputFile
{
    QString path; ///< where it goes; "-" or "/dev/stdout" for standard output
    QByteArray data;
};

struct OutputWriteResult
{
    QString message; ///< one sentence naming the file; empty when ok
    QString reason; ///< the cause alone ("no space left on device", …), for a caller's own sentence
    QStringList written; ///< absolute paths of the files written ("-" for standard output)
    bool ok() const { return message.isEmpty(); }
};

/// The one gate through which Annalist writes to the user's disk: exports,
/// screenshots and sidecars. Its promises (docs/safety.md):
///
/// - An output never replaces an article in play (under any of its names:
///   as given, its real path, a hard link) nor a sidecar of one (beside the
///   article as given or as its real path, or in the per-user folder), and
///   an export never replaces any file that parses as an Annalist sidecar.
///   A screenshot replaces only a PNG that Annalist made (it carries
///   pngSoftwareText() under the keyword "Software").
/// - Nothing is written through a symbolic link: an export or a screenshot
///   onto a link is refused; a sidecar that is a link is replaced by a
///   regular file, its target left as it was.
/// - Character devices and FIFOs take exports and screenshots as streams
///   (written in place, never replaced); other special files and folders are
///   refused. "-" and "/dev/stdout" mean standard output.
/// - A regular file is written to a temporary file beside it, synced and
///   renamed over it, so that a reader sees the old file or the new one.
///   Several files (brat's .txt and .ann) all change or none does: all are
///   written before any is renamed, and the renames are undone when one fails.
/// - A failed write names the system's reason; a full disk is "no space left
///   on device".
class OutputGuard
{
    Q_DECLARE_TR_FUNCTIONS(OutputGuard)

public:
    enum class Kind
    {
        Export, ///< may replace regular files other than articles and sidecars
        Screenshot, ///< may replace only PNGs that Annalist made
        Sidecar, ///< may replace the sidecar (or a link in its place); never a stream
    };

    explicit OutputGuard(Kind kind)
        : m_kind(kind)
    {
    }

    /// Protects an article and its sidecars from every write through this guard.
    void protectArticle(const QString &path);
    void protectArticles(const QStringList &paths);

    /// Why path may not be written, as one sentence naming it; empty when it may.
    QString refusal(const QString &path) const;

    /// Writes files after checking each with refusal(). All change or none
    /// does; on failure, message names the file and the reason.
    OutputWriteResult write(const QList<OutputFile> &files) const;

    /// Whether path names standard output ("-" or "/dev/stdout").
    static bool isStandardOutput(const QString &path);
    /// The value of the PNG text "Software" in screenshots, by which a later
    /// screenshot knows the file is one it may replace.
    static QString pngSoftwareText();
    /// Whether the file at path is a PNG whose "Software" text is pngSoftwareText().
    static bool isAnnalistPng(const QString &path);
    /// Whether the file at path parses as an Annalist sidecar.
    static bool isSidecarFile(const QString &path);

    /// For tests: called with each file's target before its data is written
    /// and before it is renamed into place; a non-zero errno it returns makes
    /// that step fail as if the system had refused it (ENOSPC for a full
    /// disk). Empty to stop.
    enum class Step
    {
        Write,
        Rename,
        Sync, ///< OutputBatch's flush of a group; the target is a folder
    };
    using FailureHook = std::function<int(const QString &target, Step step)>;
    static void setFailureHookForTesting(FailureHook hook);

private:
    friend class OutputBatch;
    /// refusal() of each file; toStream says they go to a stream (then there is one).
    OutputWriteResult check(const QList<OutputFile> &files, bool *toStream) const;

    Kind m_kind;
    /// Absolute paths (real folder, own name) of what must not be replaced.
    QSet<QString> m_protectedPaths;
    /// (device, inode) of the protected files that exist, to catch other names.
    QSet<std::pair<quint64, quint64>> m_protectedIds;
};

/// Many outputs written through one guard, as a batch export writes them:
/// each with write()'s promises, but flushed to the disk a group at a time.
/// write() syncs every file before it names it, and a sync costs as much as
/// the rest of a news article's export (some 15 ms on an ordinary disk). A
/// batch writes each output to unnamed files (Linux's O_TMPFILE; named
/// temporaries elsewhere) and, once a group is staged, flushes the file
/// system once (syncfs) and only then gives the group's files their names.
/// A crash before the flush leaves the old files and no new names; a failed
/// flush fails every output of its group, and replaces nothing.
///
/// add() may be called from several threads at once; a thread of the
/// batch's own flushes the groups meanwhile.
class OutputBatch
{
public:
    /// groupFiles: files per flush (fewer where the process may open few files).
    explicit OutputBatch(const OutputGuard &guard, qsizetype groupFiles = 128);
    /// Puts in place what is staged, as finish() does.
    ~OutputBatch();
    Q_DISABLE_COPY_MOVE(OutputBatch)

    /// Stages one output's files (all of them or none, as write()). A refusal
    /// or a failure while staging is returned at once; a stream is written at
    /// once. Otherwise the result lists the files as they will be, and a
    /// failure while putting them in place is returned by finish() under id.
    OutputWriteResult add(qsizetype id, const QList<OutputFile> &files);

    /// Flushes and puts in place everything staged, and returns the outputs
    /// that failed then, by the id given to add(). Call once, after the last add().
    QList<std::pair<qsizetype, OutputWriteResult>> finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Annalist
