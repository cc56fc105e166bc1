// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/outputguard.h"

#include "storage/sidecar.h"
#include "util/boundedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Annalist {

namespace {

using FileStatus = struct stat;

OutputGuard::FailureHook &failureHook()
{
    static OutputGuard::FailureHook hook;
    return hook;
}

/// Where a write to path lands: the path with its folder resolved and its
/// own name kept. A rename replaces that name, whatever it is (a link
/// included), so this, not the canonical path, says what is replaced.
QString placeOf(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    const QString realFolder = QFileInfo(folder).canonicalFilePath();
    return QDir(realFolder.isEmpty() ? folder : realFolder).filePath(info.fileName());
}

QString nameOf(const QString &path)
{
    return OutputGuard::isStandardOutput(path) ? QCoreApplication::translate("OutputGuard", "standard output")
                                               : QDir::toNativeSeparators(path);
}

QString reasonFor(int error)
{
    // Qt's own message is "Unknown error" once errno is lost, so the reason
    // is taken from errno at the failing call and the common one is ours to
    // translate.
    if (error == ENOSPC)
        return QCoreApplication::translate("OutputGuard", "no space left on device");
    return QString::fromLocal8Bit(std::strerror(error));
}

OutputWriteResult failure(const QString &path, int error)
{
    OutputWriteResult r;
    r.reason = reasonFor(error);
    r.message
        = QCoreApplication::translate("OutputGuard", "Cannot write %1: %2.").arg(nameOf(path), r.reason);
    return r;
}

OutputWriteResult refused(const QString &message)
{
    OutputWriteResult r;
    r.message = message;
    r.reason = message;
    return r;
}

/// Writes all of data to fd; 0, or the errno of the call that failed.
int writeAll(int fd, const QString &target, const QByteArray &data)
{
    if (const OutputGuard::FailureHook &hook = failureHook()) {
        if (const int simulated = hook(target, OutputGuard::Step::Write))
            return simulated;
    }
    // In pieces of 1 MiB: one write() of a whole 80 MB export cost these
    // machines 0.35-1.05 s of system time, the same bytes in pieces 0.13 s
    // (bench/README.md, figure 7).
    constexpr qsizetype Piece = qsizetype(1) << 20;
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, size_t(std::min(left, Piece)));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        p += n;
        left -= n;
    }
    return 0;
}

/// A new, empty, uniquely named file in folder; -1 with errno set on failure.
int createTemporary(const QString &folder, const char *suffix, QByteArray *name)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        *name = QFile::encodeName(
            QDir(folder).filePath(QStringLiteral(".annalist-%1%2")
                                      .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                                      .arg(QLatin1StringView(suffix))));
        // 0666 less the umask, as for any new file.
        const int fd = ::open(name->constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    errno = EEXIST;
    return -1;
}

/// A regular file on its way in: written to a temporary file beside the
/// target, then renamed over it.
struct Staged
{
    QString target;
    QByteArray nativeTarget;
    int fd = -1; ///< an unnamed temporary file (Linux's O_TMPFILE), open until it is given a name
    QByteArray temporary; ///< the temporary file's name, once it has one
    QByteArray backup; ///< a hard link to the old file while the renames run; empty when none
    bool existed = false;
    /// What was at the target when it was checked: a batch puts it in
    /// place later, and checks it again only if something else is there now.
    std::array<qint64, 4> seen{};
};

/// The identity and last change of what is at path, as Staged::seen keeps it.
std::array<qint64, 4> identity(const FileStatus &st)
{
    return {qint64(st.st_dev), qint64(st.st_ino), qint64(st.st_mtim.tv_sec), qint64(st.st_mtim.tv_nsec)};
}

/// An unnamed file in folder, which a kill leaves nowhere; -1 where the
/// system cannot make one (errno says why; EOPNOTSUPP and alike mean "name one").
int createUnnamed(const QString &folder)
{
#ifdef O_TMPFILE
    // It gets its name through /proc; without /proc it could never have one.
    if (::access("/proc/self/fd", X_OK) != 0) {
        errno = EOPNOTSUPP;
        return -1;
    }
    return ::open(QFile::encodeName(folder).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0666);
#else
    Q_UNUSED(folder);
    errno = EOPNOTSUPP;
    return -1;
#endif
}

/// Writes data to a temporary file for target; 0 or an errno. Unsynced
/// (for OutputBatch, which flushes a group at once), the file stays unnamed
/// where it can.
int stage(const OutputFile &file, Staged *staged, bool sync)
{
    staged->target = file.path;
    staged->nativeTarget = QFile::encodeName(file.path);
    FileStatus old{};
    staged->existed = ::lstat(staged->nativeTarget.constData(), &old) == 0;
    if (staged->existed)
        staged->seen = identity(old);
    const bool regular = staged->existed && S_ISREG(old.st_mode);
    // As QSaveFile: a file the user made read-only is not replaced.
    if (regular && ::access(staged->nativeTarget.constData(), W_OK) != 0)
        return errno;
    const QString folder = QFileInfo(file.path).absolutePath();
    int fd = createUnnamed(folder);
    if (fd < 0 && errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
        return errno;
    const bool unnamed = fd >= 0;
    if (!unnamed) {
        fd = createTemporary(folder, ".tmp", &staged->temporary);
        if (fd < 0) {
            staged->temporary.clear();
            return errno;
        }
    }
    int error = 0;
    if (regular && ::fchmod(fd, old.st_mode & 07777) != 0)
        error = errno;
    if (!error)
        error = writeAll(fd, file.path, file.data);
    // A full disk may show only when the data reaches it.
    if (!error && sync && ::fsync(fd) != 0)
        error = errno;
    if (unnamed && !error) {
        staged->fd = fd;
        return 0;
    }
    if (::close(fd) != 0 && !error)
        error = errno;
    return error;
}

/// Gives an unnamed temporary file a name beside its target; 0 or an errno.
int giveName(Staged *staged)
{
    if (staged->fd < 0)
        return 0;
    const QByteArray source = "/proc/self/fd/" + QByteArray::number(staged->fd);
    QByteArray temporary;
    int error = EEXIST;
    for (int attempt = 0; attempt < 100 && error == EEXIST; ++attempt) {
        temporary = QFile::encodeName(
            QDir(QFileInfo(staged->target).absolutePath())
                .filePath(QStringLiteral(".annalist-%1.tmp")
                              .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
        error
            = ::linkat(AT_FDCWD, source.constData(), AT_FDCWD, temporary.constData(), AT_SYMLINK_FOLLOW) == 0
            ? 0
            : errno;
    }
    if (!error)
        staged->temporary = temporary;
    if (::close(staged->fd) != 0 && !error)
        error = errno;
    staged->fd = -1;
    return error;
}

void removeTemporaries(QList<Staged> &staged)
{
    for (Staged &s : staged) {
        if (s.fd >= 0)
            ::close(s.fd);
        s.fd = -1;
        if (!s.temporary.isEmpty())
            ::unlink(s.temporary.constData());
        if (!s.backup.isEmpty())
            ::unlink(s.backup.constData());
    }
}

OutputWriteResult writeStream(const OutputFile &file)
{
    int fd = STDOUT_FILENO;
    const bool toStandardOutput = OutputGuard::isStandardOutput(file.path);
    if (toStandardOutput) {
        std::fflush(stdout); // what went through stdio first stays first
    } else {
        fd = ::open(QFile::encodeName(file.path).constData(), O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            return failure(file.path, errno);
        FileStatus st{};
        if (::fstat(fd, &st) != 0 || !(S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
            // Replaced by something else since it was checked.
            ::close(fd);
            return failure(file.path, EEXIST);
        }
    }
    int error = writeAll(fd, file.path, file.data);
    if (!toStandardOutput && ::close(fd) != 0 && !error)
        error = errno;
    if (error)
        return failure(file.path, error);
    OutputWriteResult r;
    r.written << (toStandardOutput ? QStringLiteral("-") : QFileInfo(file.path).absoluteFilePath());
    return r;
}

/// Writes every file to its temporary before any is put in place, so that a
/// failure (a full disk) leaves all the old files.
OutputWriteResult stageAll(const QList<OutputFile> &files, QList<Staged> *staged, bool sync)
{
    staged->resize(files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (const int error = stage(files.at(i), &(*staged)[i], sync)) {
            removeTemporaries(*staged);
            return failure(files.at(i).path, error);
        }
    }
    return {};
}

/// Gives the staged files their names: all of them or, when one fails, none.
OutputWriteResult putInPlace(QList<Staged> &staged)
{
    for (qsizetype i = 0; i < staged.size(); ++i) {
        if (const int error = giveName(&staged[i])) {
            removeTemporaries(staged);
            return failure(staged.at(i).target, error);
        }
    }
    // When there are several, each old file keeps a second name until all
    // are in place, so that a rename that fails can be undone.
    if (staged.size() > 1) {
        for (Staged &s : staged) {
            if (!s.existed)
                continue;
            const QString folder = QFileInfo(s.target).absolutePath();
            for (int attempt = 0; attempt < 100; ++attempt) {
                s.backup = QFile::encodeName(QDir(folder).filePath(
                    QStringLiteral(".annalist-%1.old")
                        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))));
                if (::link(s.nativeTarget.constData(), s.backup.constData()) == 0)
                    break;
                s.backup.clear(); // no second name: this one cannot be undone
                if (errno != EEXIST)
                    break;
            }
        }
    }
    for (qsizetype i = 0; i < staged.size(); ++i) {
        Staged &s = staged[i];
        int error = 0;
        if (const OutputGuard::FailureHook &hook = failureHook())
            error = hook(s.target, OutputGuard::Step::Rename);
        if (!error && ::rename(s.temporary.constData(), s.nativeTarget.constData()) != 0)
            error = errno;
        if (error) {
            for (qsizetype j = 0; j < i; ++j) {
                const Staged &done = staged.at(j);
                if (!done.backup.isEmpty())
                    ::rename(done.backup.constData(), done.nativeTarget.constData());
                else if (!done.existed)
                    ::unlink(done.nativeTarget.constData());
            }
            removeTemporaries(staged);
            return failure(s.target, error);
        }
        s.temporary.clear();
    }
    removeTemporaries(staged);
    OutputWriteResult result;
    for (const Staged &s : std::as_const(staged))
        result.written << QFileInfo(s.target).absoluteFilePath();
    return result;
}

} // namespace

void OutputGuard::protectArticle(const QString &path)
{
    const QFileInfo info(path);
    QStringList names{info.absoluteFilePath()};
    const QString real = info.canonicalFilePath();
    if (!real.isEmpty() && real != names.first())
        names << real;
    QStringList files = names;
    // A sidecar may be written by its own writer, which protects the article only.
    if (m_kind != Kind::Sidecar) {
        for (const QString &name : std::as_const(names))
            files << Sidecar::candidatePaths(name);
    }
    for (const QString &f : std::as_const(files)) {
        m_protectedPaths.insert(placeOf(f));
        FileStatus st{};
        if (::stat(QFile::encodeName(f).constData(), &st) == 0 && S_ISREG(st.st_mode))
            m_protectedIds.insert({quint64(st.st_dev), quint64(st.st_ino)});
    }
}

void OutputGuard::protectArticles(const QStringList &paths)
{
    for (const QString &p : paths)
        protectArticle(p);
}

bool OutputGuard::isStandardOutput(const QString &path)
{
    return path == QLatin1StringView("-") || path == QLatin1StringView("/dev/stdout");
}

QString OutputGuard::pngSoftwareText()
{
    return QStringLiteral("Annalist");
}

bool OutputGuard::isAnnalistPng(const QString &path)
{
    QImageReader reader(path, "png");
    reader.setDecideFormatFromContent(false);
    // Reads the chunks before the image data, not the image.
    return reader.canRead() && reader.text(QStringLiteral("Software")) == pngSoftwareText();
}

bool OutputGuard::isSidecarFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray start = file.peek(4096).trimmed();
    if (!start.startsWith('{') && !start.startsWith("\xEF\xBB\xBF{"))
        return false;
    // Only our sidecars name their schema; a JSON string value cannot hold
    // this key with its quotes unescaped, so other exports never match.
    static const QByteArray key = QByteArrayLiteral("\"annalist:schema\"");
    // A file larger than the sidecar reader reads that names the schema near
    // its start is taken for one all the same (kept, not replaced), without
    // reading it whole.
    if (file.size() > Sidecar::MaxFileBytes)
        return start.contains(key);
    // Most files asked about are earlier exports about to be replaced, tens
    // of megabytes for a long article: looked through in pieces, and read
    // whole only if they name the schema.
    if (!deviceContains(file, key))
        return false;
    file.close();
    // Read as the sidecar reader reads: within its limit.
    const BoundedRead read = readBoundedFile(path, Sidecar::MaxFileBytes);
    if (read.status == BoundedRead::Status::TooLarge)
        return start.contains(key);
    if (!read.ok() || !read.bytes.contains(key))
        return false;
    const QJsonDocument json = QJsonDocument::fromJson(read.bytes);
    // A file with the key that no longer parses may still be the user's work.
    return !json.isObject() || json.object().contains(QLatin1StringView("annalist:schema"));
}

void OutputGuard::setFailureHookForTesting(FailureHook hook)
{
    failureHook() = std::move(hook);
}

QString OutputGuard::refusal(const QString &path) const
{
    if (path.isEmpty())
        return tr("No destination file was given.");
    const QString name = nameOf(path);
    if (isStandardOutput(path)) {
        if (m_kind == Kind::Sidecar)
            return tr("Refusing to write %1: annotations are saved to files only.").arg(name);
        return {};
    }
    const QString place = placeOf(path);
    FileStatus st{};
    const bool exists = ::lstat(QFile::encodeName(path).constData(), &st) == 0;
    if (m_protectedPaths.contains(place)
        || (exists && S_ISREG(st.st_mode)
            && m_protectedIds.contains({quint64(st.st_dev), quint64(st.st_ino)}))) {
        return tr("Refusing to write over %1: it is an article or the annotations of one; choose another "
                  "destination.")
            .arg(name);
    }
    if (!exists)
        return {}; // a missing folder or a lack of permission is for the write to report
    if (S_ISLNK(st.st_mode)) {
        if (m_kind == Kind::Sidecar)
            return {}; // the link is replaced by a regular file; its target stays as it is
        return tr(
            "Refusing to write to %1: it is a symbolic link, and outputs are never written through links.")
            .arg(name);
    }
    if (S_ISDIR(st.st_mode))
        return tr("Refusing to write to %1: it is a folder.").arg(name);
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode)) {
        if (m_kind == Kind::Sidecar)
            return tr("Refusing to write to %1: it is a device or a pipe, not a regular file.").arg(name);
        return {};
    }
    if (!S_ISREG(st.st_mode))
        return tr("Refusing to write to %1: it is a device or a pipe, not a regular file.").arg(name);
    if (m_kind == Kind::Export && isSidecarFile(path)) {
        return tr("Refusing to write over %1: it is an article or the annotations of one; choose another "
                  "destination.")
            .arg(name);
    }
    if (m_kind == Kind::Screenshot && !isAnnalistPng(path))
        return tr(
            "Refusing to write over %1: it is not a screenshot that Annalist made; choose another name.")
            .arg(name);
    return {};
}

OutputWriteResult OutputGuard::check(const QList<OutputFile> &files, bool *toStream) const
{
    *toStream = false;
    for (const OutputFile &f : files) {
        const QString why = refusal(f.path);
        if (!why.isEmpty())
            return refused(why);
        FileStatus st{};
        if (isStandardOutput(f.path)
            || (::lstat(QFile::encodeName(f.path).constData(), &st) == 0
                && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))))
            *toStream = true;
    }
    if (*toStream && files.size() != 1)
        return refused(tr("Refusing to write several files to one stream (%1).").arg(nameOf(files.first().path)));
    return {};
}

OutputWriteResult OutputGuard::write(const QList<OutputFile> &files) const
{
    bool toStream = false;
    if (OutputWriteResult r = check(files, &toStream); !r.ok())
        return r;
    if (toStream)
        return writeStream(files.first());
    QList<Staged> staged;
    if (OutputWriteResult r = stageAll(files, &staged, true); !r.ok())
        return r;
    return putInPlace(staged);
}

// OutputBatch

struct OutputBatch::Private
{
    struct Entry
    {
        qsizetype id;
        QList<Staged> staged;
    };

    const OutputGuard &guard;
    qsizetype groupFiles;
    std::mutex mutex;
    std::condition_variable changed;
    QList<Entry> filling; ///< staged since the last group was handed on
    qsizetype fillingFiles = 0;
    std::deque<QList<Entry>> full; ///< groups waiting for the flusher
    bool finishing = false;
    QList<std::pair<qsizetype, OutputWriteResult>> failures;
    std::thread flusher;

    Private(const OutputGuard &g, qsizetype files)
        : guard(g),
          groupFiles(std::max<qsizetype>(1, files))
    {
        // An unnamed file stays open until it is put in place, and up to
        // four groups are open at once (one flushing, two waiting, one
        // filling): keep them well within the process's limit.
        rlimit limit{};
        if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
            groupFiles = std::clamp<qsizetype>(qsizetype(limit.rlim_cur / 8), 1, groupFiles);
        flusher = std::thread([this] { run(); });
    }

    void run()
    {
        for (;;) {
            QList<Entry> group;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [this] { return !full.empty() || finishing; });
                if (full.empty()) {
                    if (filling.isEmpty())
                        return;
                    group = std::exchange(filling, {});
                    fillingFiles = 0;
                } else {
                    group = std::move(full.front());
                    full.pop_front();
                }
            }
            changed.notify_all(); // room for another group
            QList<std::pair<qsizetype, OutputWriteResult>> failed = commit(group, guard);
            if (!failed.isEmpty()) {
                const std::lock_guard lock(mutex);
                failures += failed;
            }
        }
    }

    /// One flush for the whole group, then each output put in place.
    static QList<std::pair<qsizetype, OutputWriteResult>> commit(QList<Entry> &group, const OutputGuard &guard)
    {
        QList<std::pair<qsizetype, OutputWriteResult>> failed;
        // One flush per file system the group writes to.
        QSet<QString> folders;
        for (const Entry &e : std::as_const(group)) {
            for (const Staged &s : e.staged)
                folders.insert(QFileInfo(s.target).absolutePath());
        }
        QSet<quint64> flushed;
        int error = 0;
        for (const QString &folder : std::as_const(folders)) {
            const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            FileStatus st{};
            if (fd < 0 || ::fstat(fd, &st) != 0) {
                error = errno;
            } else if (!flushed.contains(quint64(st.st_dev))) {
                flushed.insert(quint64(st.st_dev));
                if (const OutputGuard::FailureHook &hook = failureHook())
                    error = hook(folder, OutputGuard::Step::Sync);
                if (!error && ::syncfs(fd) != 0)
                    error = errno;
            }
            if (fd >= 0)
                ::close(fd);
            if (error)
                break;
        }
        for (Entry &e : group) {
            if (error) {
                removeTemporaries(e.staged);
                failed.append({e.id, failure(e.staged.constFirst().target, error)});
                continue;
            }
            // Checked when staged; checked again where something else has
            // come to a target since (an article saved there, a sidecar).
            QString why;
            for (const Staged &s : std::as_const(e.staged)) {
                FileStatus st{};
                const bool exists = ::lstat(s.nativeTarget.constData(), &st) == 0;
                if (exists != s.existed || (exists && identity(st) != s.seen))
                    why = guard.refusal(s.target);
                if (!why.isEmpty())
                    break;
            }
            if (!why.isEmpty()) {
                removeTemporaries(e.staged);
                failed.append({e.id, refused(why)});
            } else if (OutputWriteResult r = putInPlace(e.staged); !r.ok()) {
                failed.append({e.id, r});
            }
        }
        return failed;
    }
};

OutputBatch::OutputBatch(const OutputGuard &guard, qsizetype groupFiles)
    : d(std::make_unique<Private>(guard, groupFiles))
{
}

OutputBatch::~OutputBatch()
{
    finish();
}

OutputWriteResult OutputBatch::add(qsizetype id, const QList<OutputFile> &files)
{
    bool toStream = false;
    if (OutputWriteResult r = d->guard.check(files, &toStream); !r.ok())
        return r;
    if (toStream)
        return writeStream(files.first());
    Private::Entry entry{id, {}};
    if (OutputWriteResult r = stageAll(files, &entry.staged, false); !r.ok())
        return r;
    OutputWriteResult result;
    for (const Staged &s : std::as_const(entry.staged))
        result.written << QFileInfo(s.target).absoluteFilePath();
    {
        std::unique_lock lock(d->mutex);
        // At most two groups wait, so that the open files stay few.
        d->changed.wait(lock, [this] { return d->full.size() < 2; });
        d->fillingFiles += entry.staged.size();
        d->filling.append(std::move(entry));
        if (d->fillingFiles < d->groupFiles)
            return result;
        d->full.push_back(std::exchange(d->filling, {}));
        d->fillingFiles = 0;
    }
    d->changed.notify_all();
    return result;
}

QList<std::pair<qsizetype, OutputWriteResult>> OutputBatch::finish()
{
    if (d->flusher.joinable()) {
        {
            const std::lock_guard lock(d->mutex);
            d->finishing = true;
        }
        d->changed.notify_all();
        d->flusher.join();
    }
    const std::lock_guard lock(d->mutex);
    return std::exchange(d->failures, {});
}

} // namespace Annalist
