// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Kills a process that is saving annotations (savechild, through the real
// AnnotationSession save path) with SIGKILL at random moments, 200 times.
// After every kill the sidecar must be one of the two complete versions the
// child writes, and parse.

#include "storage/sidecar.h"
#include "savechild.h"
#include "../annotations/testdocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class CrashSaveTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWhileSaving_leavesOldOrNewFile();
};

void CrashSaveTest::killedWhileSaving_leavesOldOrNewFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString article = dir.filePath(QStringLiteral("report.txt"));
    {
        QFile f(article);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Testing::sampleText().toUtf8());
    }
    const QString sidecar = Sidecar::besidePath(article);
    const quint32 seed = QRandomGenerator::system()->generate();
    QRandomGenerator random(seed);
    qInfo("random seed %u", seed);

    const int kills = 200;
    int seen[2] = {0, 0};
    qint64 saves = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < kills; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QStringLiteral(ANNALIST_SAVECHILD), {article});
        QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
        // Once it is saving (the first save, or the first after a restart)…
        while (!child.canReadLine())
            QVERIFY2(child.waitForReadyRead(30000), "the child never became ready");
        QCOMPARE(child.readLine(), QByteArray("ready\n"));
        // Before the first kill there must be an old version to keep.
        while (i == 0 && !child.canReadLine())
            QVERIFY2(child.waitForReadyRead(30000), "the child never saved");
        // …anywhere in the next few saves: building the bytes, writing the
        // temporary file, renaming it over the old one.
        QTest::qSleep(random.bounded(0, 40));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("the child stopped by itself, exit code %1").arg(child.exitCode())));
        saves += child.readAllStandardOutput().count('\n');

        const SidecarReadResult read = readSidecar(sidecar);
        QVERIFY2(read.ok(), qPrintable(QStringLiteral("after kill %1: %2").arg(i).arg(read.message)));
        QCOMPARE(read.content.entities.size(), 1);
        const QString note = read.content.entities.first().entity.note;
        const char version = note.isEmpty() ? '?' : char(note.front().unicode());
        QVERIFY2((version == 'A' || version == 'B') && note == SaveChild::note(version),
                 qPrintable(QStringLiteral("after kill %1: a note of %2 characters").arg(i).arg(note.size())));
        ++seen[version - 'A'];
    }
    qInfo("%d kills in %lld ms; the file held version A %d times, B %d times; %lld saves in all", kills,
          static_cast<long long>(elapsed.elapsed()), seen[0], seen[1], static_cast<long long>(saves));
    // Where QSaveFile cannot use an unnamed temporary file, a kill leaves its
    // named one behind; it never takes the sidecar's name.
    const QStringList left = QDir(dir.path()).entryList(QDir::Files).filter(QStringLiteral(".annalist.json."));
    qInfo("%lld temporary files left behind", static_cast<long long>(left.size()));
    // Kills that only ever landed before the first save would prove nothing.
    QVERIFY(seen[0] > 0 && seen[1] > 0);
    QVERIFY(saves > 0);
}

QTEST_GUILESS_MAIN(CrashSaveTest)
#include "crashsave_test.moc"
