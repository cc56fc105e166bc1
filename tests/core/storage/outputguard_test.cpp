// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The one gate for every write: what it refuses, how it writes, and that a
// failure changes nothing.

#include "storage/outputguard.h"

#include "../annotations/testdocument.h"
#include "storage/sidecar.h"
#include "util/boundedfile.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Annalist;
using namespace Annalist::Testing;

namespace {

using FileStatus = struct stat;

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Every name in dir, hidden ones included.
QStringList everything(const QTemporaryDir &dir)
{
    QStringList names
        = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    names.sort();
    return names;
}

bool isSymLink(const QString &path)
{
    FileStatus st{};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISLNK(st.st_mode);
}

/// Resets the failure hook however a test ends.
struct HookReset
{
    ~HookReset() { OutputGuard::setFailureHookForTesting({}); }
};

} // namespace

class OutputGuardTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void export_neverReplacesArticleOrItsSidecars();
    void export_neverReplacesAnySidecarFile();
    void deviceContains_findsANeedleCutBetweenPieces();
    void sidecarCheck_looksThroughALongFile();
    void export_replacesOtherFilesAtomically();
    void export_writesALargeFileWhole();
    void export_refusesLinksAndFolders();
    void screenshot_replacesOnlyItsOwnPng();
    void sidecar_replacesLinkNotItsTarget();
    void fifo_isWrittenAsStream();
    void characterDevice_isWrittenInPlace();
    void fullDisk_isNamed();
    void pair_failedWrite_changesNeither();
    void pair_failedRename_isUndone();
    void sidecarOfLink_isTheRealArticles();
    void batch_flushesOncePerGroup();
    void batch_namesNothingBeforeItsFlush();
    void batch_failedFlushReplacesNothing();
    void batch_failedRenameFailsOnlyItsOutput();
    void batch_refusesAtOnce();
    void batch_checksAgainWhatCameToATargetSince();
};

void OutputGuardTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void OutputGuardTest::export_neverReplacesArticleOrItsSidecars()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("harbour.txt"));
    QVERIFY(writeAll(article, "Ilse Marten opened the harbour of Valdrun."));
    const QString sidecar = dir.filePath(QStringLiteral("harbour.txt.annalist.json"));
    QVERIFY(QDir().mkdir(dir.filePath(QStringLiteral("sub"))));
    const QString hardLink = dir.filePath(QStringLiteral("sub/other-name.txt"));
    QCOMPARE(::link(QFile::encodeName(article).constData(), QFile::encodeName(hardLink).constData()), 0);

    OutputGuard guard(OutputGuard::Kind::Export);
    guard.protectArticle(article);
    // The article, under every name; its sidecar, whether or not it exists yet.
    for (const QString &target : {article, dir.filePath(QStringLiteral("sub/../harbour.txt")), hardLink,
             sidecar, Sidecar::fallbackPath(article)}) {
        const OutputWriteResult r = guard.write({{target, "exported"}});
        QVERIFY2(!r.ok(), qPrintable(target));
        QVERIFY2(r.message.contains(QDir::toNativeSeparators(target)), qPrintable(r.message));
    }
    QCOMPARE(readAll(article), QByteArray("Ilse Marten opened the harbour of Valdrun."));
    QVERIFY(!QFile::exists(sidecar));
    QVERIFY(!QFile::exists(Sidecar::fallbackPath(article)));
}

void OutputGuardTest::export_neverReplacesAnySidecarFile()
{
    QTemporaryDir dir;
    // A sidecar under another name, of an article not in play.
    const QString text = sampleText();
    const QByteArray sidecar
        = serializeSidecar(makeArticle(text, dir.filePath(QStringLiteral("a.txt"))), UserLayer{});
    const QString kept = dir.filePath(QStringLiteral("kept.json"));
    QVERIFY(writeAll(kept, sidecar));
    QVERIFY(OutputGuard::isSidecarFile(kept));
    const OutputGuard guard(OutputGuard::Kind::Export);
    QVERIFY(!guard.write({{kept, "{}"}}).ok());
    QCOMPARE(readAll(kept), sidecar);

    // Other JSON (an earlier export that mentions the key inside a string) is an ordinary output.
    const QString earlier = dir.filePath(QStringLiteral("earlier.json"));
    const QByteArray earlierExport = "{\"document\": {\"text\": \"the \\\"annalist:schema\\\" key\"}}";
    QVERIFY(writeAll(earlier, earlierExport));
    QVERIFY(!OutputGuard::isSidecarFile(earlier));
    QVERIFY(guard.write({{earlier, "{}"}}).ok());
    QCOMPARE(readAll(earlier), QByteArray("{}"));
}

void OutputGuardTest::deviceContains_findsANeedleCutBetweenPieces()
{
    // The needle at every place in a text read in pieces of 1 to 9 bytes:
    // found wherever the pieces cut it, and never where it is not.
    const QByteArray needle = "\"key\"";
    const QByteArray filler(40, 'x');
    for (qint64 piece = 1; piece <= 9; ++piece) {
        for (qsizetype at = 0; at <= filler.size(); ++at) {
            QByteArray text = filler;
            text.insert(at, needle);
            QBuffer buffer(&text);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            QVERIFY2(deviceContains(buffer, needle, piece), qPrintable(QStringLiteral("piece %1, at %2").arg(piece).arg(at)));
        }
        // Only part of it, at the very end, or its two halves apart.
        for (const QByteArray &text : {QByteArray(filler + "\"ke"), QByteArray(filler + "\"ke" + filler + "y\"")}) {
            QByteArray copy = text;
            QBuffer buffer(&copy);
            QVERIFY(buffer.open(QIODevice::ReadOnly));
            QVERIFY(!deviceContains(buffer, needle, piece));
        }
    }
}

void OutputGuardTest::sidecarCheck_looksThroughALongFile()
{
    // Files of a few megabytes, read in pieces of one: the schema's key far
    // from the start, and across the first piece's end, is still found; an
    // earlier export as long without it may be replaced.
    QTemporaryDir dir;
    const QByteArray key = "\"annalist:schema\": 1";
    const qsizetype mebibyte = qsizetype(1) << 20;
    for (const qsizetype keyAt : {mebibyte - 5, 3 * mebibyte}) {
        QByteArray json = "{\"notes\": \"";
        json += QByteArray(keyAt - json.size() - 3, 'n');
        json += "\", " + key + "}";
        QCOMPARE(json.indexOf(key), keyAt);
        const QString path = dir.filePath(QStringLiteral("kept-%1.json").arg(keyAt));
        QVERIFY(writeAll(path, json));
        QVERIFY2(OutputGuard::isSidecarFile(path), qPrintable(path));
        QVERIFY(!OutputGuard(OutputGuard::Kind::Export).write({{path, "{}"}}).ok());
        QCOMPARE(QFileInfo(path).size(), json.size());
    }
    QByteArray earlier = "{\"document\": {\"text\": \"";
    earlier += QByteArray(4 * mebibyte, 't');
    earlier += "\"}}";
    const QString path = dir.filePath(QStringLiteral("earlier.json"));
    QVERIFY(writeAll(path, earlier));
    QVERIFY(!OutputGuard::isSidecarFile(path));
    QVERIFY(OutputGuard(OutputGuard::Kind::Export).write({{path, "{}"}}).ok());
    QCOMPARE(readAll(path), QByteArray("{}"));
}

void OutputGuardTest::export_replacesOtherFilesAtomically()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(writeAll(out, "old"));
    QVERIFY(QFile::setPermissions(
        out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
    const OutputWriteResult r = OutputGuard(OutputGuard::Kind::Export).write({{out, "new"}});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.written, QStringList{QFileInfo(out).absoluteFilePath()});
    QCOMPARE(readAll(out), QByteArray("new"));
    // The user's permissions stay, and no temporary file is left.
    QCOMPARE(QFile::permissions(out) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
    QCOMPARE(everything(dir), QStringList{QStringLiteral("out.csv")});
}

void OutputGuardTest::export_writesALargeFileWhole()
{
    // Written in pieces: several of them, the last one short, each at its
    // place (every line is numbered, so a piece written twice or skipped shows).
    QByteArray data;
    for (int line = 0; data.size() < (qsizetype(3) << 20) + 12345; ++line)
        data += "line " + QByteArray::number(line) + " of a long export\n";
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("big.json"));
    const OutputWriteResult r = OutputGuard(OutputGuard::Kind::Export).write({{out, data}});
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(QFileInfo(out).size(), data.size());
    QVERIFY(readAll(out) == data);
}

void OutputGuardTest::export_refusesLinksAndFolders()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("elsewhere.txt"));
    QVERIFY(writeAll(target, "kept"));
    const QString link = dir.filePath(QStringLiteral("out.md"));
    QVERIFY(QFile::link(target, link));
    const QString dangling = dir.filePath(QStringLiteral("dangling.md"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("nowhere.md")), dangling));
    const OutputGuard guard(OutputGuard::Kind::Export);
    for (const QString &path : {link, dangling, dir.path()}) {
        const OutputWriteResult r = guard.write({{path, "exported"}});
        QVERIFY2(!r.ok(), qPrintable(path));
    }
    QCOMPARE(readAll(target), QByteArray("kept"));
    QVERIFY(isSymLink(link));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nowhere.md"))));
}

void OutputGuardTest::screenshot_replacesOnlyItsOwnPng()
{
    QTemporaryDir dir;
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString photo = dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(image.save(photo));
    const QString text = dir.filePath(QStringLiteral("notes.png"));
    QVERIFY(writeAll(text, "not a picture"));
    const QString ours = dir.filePath(QStringLiteral("window.png"));
    {
        QImageWriter writer(ours, "png");
        writer.setText(QStringLiteral("Software"), OutputGuard::pngSoftwareText());
        QVERIFY(writer.write(image));
    }
    const QByteArray photoBytes = readAll(photo);
    const OutputGuard guard(OutputGuard::Kind::Screenshot);
    QVERIFY(!guard.write({{photo, "png"}}).ok());
    QVERIFY(!guard.write({{text, "png"}}).ok());
    QCOMPARE(readAll(photo), photoBytes);
    QCOMPARE(readAll(text), QByteArray("not a picture"));
    QVERIFY(OutputGuard::isAnnalistPng(ours));
    QVERIFY(guard.write({{ours, "png"}}).ok());
    QVERIFY(guard.write({{dir.filePath(QStringLiteral("new.png")), "png"}}).ok());
}

void OutputGuardTest::sidecar_replacesLinkNotItsTarget()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("shared.json"));
    QVERIFY(writeAll(target, "kept"));
    const QString link = dir.filePath(QStringLiteral("a.txt.annalist.json"));
    QVERIFY(QFile::link(target, link));
    const QString dangling = dir.filePath(QStringLiteral("b.txt.annalist.json"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("made-by-link.json")), dangling));

    const SidecarWriteResult first = writeSidecarFile(link, "saved");
    QVERIFY2(first.ok, qPrintable(first.message));
    const SidecarWriteResult second = writeSidecarFile(dangling, "saved");
    QVERIFY2(second.ok, qPrintable(second.message));
    QCOMPARE(readAll(target), QByteArray("kept"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("made-by-link.json"))));
    for (const QString &path : {link, dangling}) {
        QVERIFY(!isSymLink(path));
        QCOMPARE(readAll(path), QByteArray("saved"));
    }
}

void OutputGuardTest::fifo_isWrittenAsStream()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader first, so that the writer does not wait for one.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const OutputWriteResult r = OutputGuard(OutputGuard::Kind::Export).write({{fifo, "through the pipe"}});
    char buffer[64] = {};
    const ssize_t n = ::read(reader, buffer, sizeof buffer);
    ::close(reader);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(QByteArray(buffer, int(std::max<ssize_t>(n, 0))), QByteArray("through the pipe"));
    FileStatus st{};
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
    // Annotations are files, never streams.
    QVERIFY(!writeSidecarFile(fifo, "saved").ok);
}

void OutputGuardTest::characterDevice_isWrittenInPlace()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/null")))
        QSKIP("no /dev/null here");
    const OutputWriteResult r
        = OutputGuard(OutputGuard::Kind::Export).write({{QStringLiteral("/dev/null"), "gone"}});
    QVERIFY2(r.ok(), qPrintable(r.message));
    FileStatus st{};
    QCOMPARE(::stat("/dev/null", &st), 0);
    QVERIFY(S_ISCHR(st.st_mode));
}

void OutputGuardTest::fullDisk_isNamed()
{
    // /dev/full answers every write with ENOSPC, as a full disk does.
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    const OutputWriteResult r
        = OutputGuard(OutputGuard::Kind::Export).write({{QStringLiteral("/dev/full"), "x"}});
    QVERIFY(!r.ok());
    QVERIFY2(r.message.contains(u"no space left on device"), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"/dev/full"), qPrintable(r.message));
}

void OutputGuardTest::pair_failedWrite_changesNeither()
{
    QTemporaryDir dir;
    const QString txt = dir.filePath(QStringLiteral("pair.txt"));
    const QString ann = dir.filePath(QStringLiteral("pair.ann"));
    QVERIFY(writeAll(txt, "old text"));
    QVERIFY(writeAll(ann, "old annotations"));
    const HookReset reset;
    OutputGuard::setFailureHookForTesting([&](const QString &target, OutputGuard::Step step) {
        return target == ann && step == OutputGuard::Step::Write ? ENOSPC : 0;
    });
    const OutputWriteResult r
        = OutputGuard(OutputGuard::Kind::Export).write({{txt, "new text"}, {ann, "new annotations"}});
    QVERIFY(!r.ok());
    QVERIFY2(r.message.contains(u"no space left on device"), qPrintable(r.message));
    QVERIFY2(r.message.contains(u"pair.ann"), qPrintable(r.message));
    QCOMPARE(readAll(txt), QByteArray("old text"));
    QCOMPARE(readAll(ann), QByteArray("old annotations"));
    QCOMPARE(everything(dir), (QStringList{QStringLiteral("pair.ann"), QStringLiteral("pair.txt")}));

    // A new pair that fails leaves nothing.
    const QString newTxt = dir.filePath(QStringLiteral("fresh.txt"));
    const QString newAnn = dir.filePath(QStringLiteral("fresh.ann"));
    OutputGuard::setFailureHookForTesting([&](const QString &target, OutputGuard::Step step) {
        return target == newAnn && step == OutputGuard::Step::Write ? ENOSPC : 0;
    });
    QVERIFY(!OutputGuard(OutputGuard::Kind::Export).write({{newTxt, "t"}, {newAnn, "a"}}).ok());
    QCOMPARE(everything(dir), (QStringList{QStringLiteral("pair.ann"), QStringLiteral("pair.txt")}));
}

void OutputGuardTest::pair_failedRename_isUndone()
{
    QTemporaryDir dir;
    const QString txt = dir.filePath(QStringLiteral("pair.txt"));
    const QString ann = dir.filePath(QStringLiteral("pair.ann"));
    const QString extra = dir.filePath(QStringLiteral("pair.conf"));
    QVERIFY(writeAll(txt, "old text"));
    QVERIFY(writeAll(ann, "old annotations"));
    const HookReset reset;
    // The third file fails once the first two are in place.
    OutputGuard::setFailureHookForTesting([&](const QString &target, OutputGuard::Step step) {
        return target == extra && step == OutputGuard::Step::Rename ? EIO : 0;
    });
    const OutputWriteResult r = OutputGuard(OutputGuard::Kind::Export)
                                    .write({{txt, "new text"}, {ann, "new annotations"}, {extra, "conf"}});
    QVERIFY(!r.ok());
    QCOMPARE(readAll(txt), QByteArray("old text"));
    QCOMPARE(readAll(ann), QByteArray("old annotations"));
    QCOMPARE(everything(dir), (QStringList{QStringLiteral("pair.ann"), QStringLiteral("pair.txt")}));

    OutputGuard::setFailureHookForTesting({});
    QVERIFY(OutputGuard(OutputGuard::Kind::Export).write({{txt, "new text"}, {ann, "new annotations"}}).ok());
    QCOMPARE(readAll(txt), QByteArray("new text"));
    QCOMPARE(readAll(ann), QByteArray("new annotations"));
    QCOMPARE(everything(dir), (QStringList{QStringLiteral("pair.ann"), QStringLiteral("pair.txt")}));
}

void OutputGuardTest::sidecarOfLink_isTheRealArticles()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real.txt"));
    QVERIFY(writeAll(real, "text"));
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    QVERIFY(QFile::link(real, link));
    QCOMPARE(Sidecar::besidePath(link), Sidecar::besidePath(real));
    QCOMPARE(Sidecar::fallbackPath(link), Sidecar::fallbackPath(real));
    QVERIFY(writeAll(Sidecar::besidePath(real), "{}"));
    QCOMPARE(Sidecar::existingPath(link), Sidecar::besidePath(real));
    // A sidecar an earlier version kept under the link's name is still found.
    QVERIFY(QFile::remove(Sidecar::besidePath(real)));
    QVERIFY(writeAll(link + QStringLiteral(".annalist.json"), "{}"));
    QCOMPARE(Sidecar::existingPath(link), link + QStringLiteral(".annalist.json"));
}

void OutputGuardTest::batch_flushesOncePerGroup()
{
    QTemporaryDir dir;
    const QString kept = dir.filePath(QStringLiteral("report-3.json"));
    QVERIFY(writeAll(kept, "old report"));
    const HookReset reset;
    std::atomic<int> flushes{0};
    OutputGuard::setFailureHookForTesting([&](const QString &, OutputGuard::Step step) {
        if (step == OutputGuard::Step::Sync)
            ++flushes;
        return 0;
    });
    const OutputGuard guard(OutputGuard::Kind::Export);
    QStringList expected;
    {
        OutputBatch batch(guard, 4);
        for (int i = 0; i < 10; ++i) {
            const QString name = QStringLiteral("report-%1.json").arg(i);
            const OutputWriteResult r = batch.add(i, {{dir.filePath(name), "report " + QByteArray::number(i)}});
            QVERIFY2(r.ok(), qPrintable(r.message));
            QCOMPARE(r.written, QStringList{QFileInfo(dir.filePath(name)).absoluteFilePath()});
            expected << name;
        }
        QVERIFY(batch.finish().isEmpty());
    }
    // Groups of four, four and two.
    QCOMPARE(flushes.load(), 3);
    expected.sort();
    QCOMPARE(everything(dir), expected);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(readAll(dir.filePath(QStringLiteral("report-%1.json").arg(i))), "report " + QByteArray::number(i));
}

void OutputGuardTest::batch_namesNothingBeforeItsFlush()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("summary.csv"));
    QVERIFY(writeAll(old, "old summary"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
    const HookReset reset;
    std::mutex seen;
    QStringList atFlush;
    OutputGuard::setFailureHookForTesting([&](const QString &, OutputGuard::Step step) {
        if (step == OutputGuard::Step::Sync) {
            const std::lock_guard lock(seen);
            atFlush = everything(dir);
        }
        return 0;
    });
    const OutputGuard guard(OutputGuard::Kind::Export);
    OutputBatch batch(guard, 100);
    QVERIFY(batch.add(0, {{old, "new summary"}}).ok());
    QVERIFY(batch.add(1, {{fresh, "fresh"}}).ok());
    // Staged, not in place: the group is not full.
    QCOMPARE(readAll(old), QByteArray("old summary"));
    QVERIFY(!QFileInfo::exists(fresh));
    const QStringList before = everything(dir);
    QVERIFY(batch.finish().isEmpty());
    {
        const std::lock_guard lock(seen);
        if (atFlush.size() > 1)
            QSKIP("this file system cannot make unnamed files; the batch names its temporaries");
        // Until the flush the staged files had no names at all.
        QCOMPARE(before, QStringList{QStringLiteral("summary.csv")});
        QCOMPARE(atFlush, QStringList{QStringLiteral("summary.csv")});
    }
    QCOMPARE(readAll(old), QByteArray("new summary"));
    QCOMPARE(readAll(fresh), QByteArray("fresh"));
}

void OutputGuardTest::batch_failedFlushReplacesNothing()
{
    QTemporaryDir dir;
    const QString old = dir.filePath(QStringLiteral("events.ics"));
    QVERIFY(writeAll(old, "old calendar"));
    const HookReset reset;
    OutputGuard::setFailureHookForTesting([&](const QString &, OutputGuard::Step step) {
        return step == OutputGuard::Step::Sync ? EIO : 0;
    });
    const OutputGuard guard(OutputGuard::Kind::Export);
    OutputBatch batch(guard, 2);
    QVERIFY(batch.add(7, {{old, "new calendar"}}).ok());
    QVERIFY(batch.add(8, {{dir.filePath(QStringLiteral("more.ics")), "more"}}).ok());
    QVERIFY(batch.add(9, {{dir.filePath(QStringLiteral("last.ics")), "last"}}).ok());
    auto failed = batch.finish();
    std::sort(failed.begin(), failed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QCOMPARE(failed.size(), 3);
    QCOMPARE(failed.at(0).first, 7);
    QCOMPARE(failed.at(2).first, 9);
    QVERIFY2(failed.at(0).second.message.contains(u"events.ics"), qPrintable(failed.at(0).second.message));
    QCOMPARE(failed.at(0).second.reason, QString::fromLocal8Bit(std::strerror(EIO)));
    QCOMPARE(readAll(old), QByteArray("old calendar"));
    QCOMPARE(everything(dir), QStringList{QStringLiteral("events.ics")});
}

void OutputGuardTest::batch_failedRenameFailsOnlyItsOutput()
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("b.json"));
    QVERIFY(writeAll(bad, "old b"));
    const HookReset reset;
    OutputGuard::setFailureHookForTesting([&](const QString &target, OutputGuard::Step step) {
        return target == bad && step == OutputGuard::Step::Rename ? EIO : 0;
    });
    const OutputGuard guard(OutputGuard::Kind::Export);
    OutputBatch batch(guard, 2);
    QVERIFY(batch.add(0, {{dir.filePath(QStringLiteral("a.json")), "a"}}).ok());
    QVERIFY(batch.add(1, {{bad, "new b"}}).ok());
    QVERIFY(batch.add(2, {{dir.filePath(QStringLiteral("c.json")), "c"}}).ok());
    const auto failed = batch.finish();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first, 1);
    QVERIFY2(failed.first().second.message.contains(u"b.json"), qPrintable(failed.first().second.message));
    QCOMPARE(readAll(bad), QByteArray("old b"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("a.json"))), QByteArray("a"));
    QCOMPARE(readAll(dir.filePath(QStringLiteral("c.json"))), QByteArray("c"));
    QCOMPARE(everything(dir),
             (QStringList{QStringLiteral("a.json"), QStringLiteral("b.json"), QStringLiteral("c.json")}));
}

void OutputGuardTest::batch_refusesAtOnce()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("dispatch.txt"));
    QVERIFY(writeAll(article, "Orla Venn reported from Kessport."));
    OutputGuard guard(OutputGuard::Kind::Export);
    guard.protectArticle(article);
    OutputBatch batch(guard);
    const OutputWriteResult r = batch.add(0, {{article, "overwritten"}});
    QVERIFY(!r.ok());
    QVERIFY2(r.message.contains(u"Refusing to write over"), qPrintable(r.message));
    QVERIFY(batch.finish().isEmpty());
    QCOMPARE(readAll(article), QByteArray("Orla Venn reported from Kessport."));
    QCOMPARE(everything(dir), QStringList{QStringLiteral("dispatch.txt")});
}

void OutputGuardTest::batch_checksAgainWhatCameToATargetSince()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("notes.json"));
    const QString other = dir.filePath(QStringLiteral("other.json"));
    const OutputGuard guard(OutputGuard::Kind::Export);
    OutputBatch batch(guard, 100);
    QVERIFY(batch.add(0, {{target, "{\"export\": 1}"}}).ok());
    QVERIFY(batch.add(1, {{other, "{\"export\": 2}"}}).ok());
    // Before the group is put in place, someone's annotations are saved
    // under the name the first output was to take.
    const QByteArray sidecar = "{\"annalist:schema\": 1, \"entities\": []}";
    QVERIFY(writeAll(target, sidecar));
    const auto failed = batch.finish();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().first, 0);
    QVERIFY2(failed.first().second.message.contains(u"Refusing to write over"),
             qPrintable(failed.first().second.message));
    QCOMPARE(readAll(target), sidecar);
    QCOMPARE(readAll(other), QByteArray("{\"export\": 2}"));
    QCOMPARE(everything(dir), (QStringList{QStringLiteral("notes.json"), QStringLiteral("other.json")}));
}

QTEST_GUILESS_MAIN(OutputGuardTest)
#include "outputguard_test.moc"
