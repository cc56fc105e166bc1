// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/annotationsession.h"

#include "annotations/annotateddocument.h"
#include "annotations/lexicon.h"
#include "export/jsonexport.h"
#include "storage/effectivelayer.h"
#include "../annotations/testdocument.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <unistd.h>

using namespace Annalist;
using namespace Annalist::Testing;

namespace {

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

/// An article file in dir with the sample text, and a document for it.
std::unique_ptr<AnnotatedDocument> openSample(const QTemporaryDir &dir, const QString &text = sampleText())
{
    const QString path = dir.filePath(QStringLiteral("report.txt"));
    writeAll(path, text.toUtf8());
    return std::make_unique<AnnotatedDocument>(makeArticle(text, path), sampleAnalysis(text));
}

QString sidecarOf(const QTemporaryDir &dir)
{
    return dir.filePath(QStringLiteral("report.txt.annalist.json"));
}

} // namespace

class AnnotationSessionTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void noSidecar_autosavesAfterEdit();
    void close_savesAtOnce();
    void destruction_saves();
    void reopen_restoresLayer();
    void corrupt_isReadOnlyAndUntouched();
    void discard_replacesWithBackup();
    void futureVersion_isReadOnlyButShown();
    void emptyFile_isReplacedOnSave();
    void changedText_orphansListedAndKept();
    void unwritableFolder_fallsBackToDataLocation();
    void readOnlyFolder_fallsBackToDataLocation();
    void dataFolderPlacement_keepsTheArticleFolderClean();
    void uncreatableFolder_fallsBackEvenAsRoot();
    void memoryArticle_hasNoFile();
    void effectiveLayer_forExport();
    void overlappingRecords_reportedAsOverlap();
    void tooLargeSidecar_isReadOnlyAndUntouched();
    void collectionId_keptAcrossSaves();
    void symlinkedSidecar_isReadButSavedBeside();
    void danglingSidecarLink_targetNeverMade();
    void articleThroughLink_findsItsSidecar();
};

void AnnotationSessionTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void AnnotationSessionTest::init()
{
    // Each test starts without fallback sidecars or a lexicon from an earlier one.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
}

void AnnotationSessionTest::noSidecar_autosavesAfterEdit()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    AnnotationSession session(doc.get());
    session.setAutosaveDelay(20);
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::Missing);
    QVERIFY(opened.message.isEmpty());
    QCOMPARE(session.state(), AnnotationSession::State::Saved);
    QVERIFY(!QFile::exists(sidecarOf(dir)));

    QSignalSpy states(&session, &AnnotationSession::stateChanged);
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QCOMPARE(session.state(), AnnotationSession::State::Unsaved);
    QVERIFY(session.hasUnsavedChanges());
    QVERIFY(!QFile::exists(sidecarOf(dir))); // debounced, not yet
    QTRY_COMPARE(session.state(), AnnotationSession::State::Saved);
    QVERIFY(QFile::exists(sidecarOf(dir)));
    QVERIFY(doc->undoStack()->isClean());
    QCOMPARE(session.sidecarPath(), sidecarOf(dir));
    QVERIFY(states.count() >= 2);
    const SidecarReadResult read = readSidecar(sidecarOf(dir));
    QCOMPARE(read.status, SidecarReadResult::Status::Ok);
    QCOMPARE(read.content.entities.size(), 1);

    // Undo is an edit too.
    doc->undoStack()->undo();
    QCOMPARE(session.state(), AnnotationSession::State::Unsaved);
    QTRY_COMPARE(session.state(), AnnotationSession::State::Saved);
    QCOMPARE(readSidecar(sidecarOf(dir)).content.entities.size(), 0);
}

void AnnotationSessionTest::close_savesAtOnce()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    AnnotationSession session(doc.get());
    session.setAutosaveDelay(60 * 60 * 1000);
    session.open();
    QVERIFY(doc->rejectEntity(find(doc->article().text, QStringLiteral("Oslo"))));
    QVERIFY(!QFile::exists(sidecarOf(dir)));
    QVERIFY(session.close());
    QVERIFY(QFile::exists(sidecarOf(dir)));
    QCOMPARE(session.state(), AnnotationSession::State::Saved);
    QVERIFY(session.close()); // nothing left to do
}

void AnnotationSessionTest::destruction_saves()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    {
        AnnotationSession session(doc.get());
        session.setAutosaveDelay(60 * 60 * 1000);
        session.open();
        QVERIFY(doc->setEntityNote(find(doc->article().text, QStringLiteral("Oslo")), QStringLiteral("capital")));
    }
    QCOMPARE(readSidecar(sidecarOf(dir)).content.entities.size(), 1);
}

void AnnotationSessionTest::reopen_restoresLayer()
{
    QTemporaryDir dir;
    UserLayer saved;
    {
        auto doc = openSample(dir);
        AnnotationSession session(doc.get());
        session.open();
        const QString &text = doc->article().text;
        QVERIFY(doc->tagAllOccurrences(QStringLiteral("Tomas Berg"), QStringLiteral("OFFICIAL")) == 2);
        QVERIFY(doc->setEventConfirmed(doc->eventKey(1), true));
        QVERIFY(doc->addEvent(find(text, QStringLiteral("did not")), QStringLiteral("2021-05"), QStringLiteral("Refusal")));
        QVERIFY(session.save());
        saved = doc->userLayer();
    }
    auto doc = openSample(dir);
    AnnotationSession session(doc.get());
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::Ok);
    QCOMPARE(opened.path, sidecarOf(dir));
    QVERIFY(!opened.anchoring.textChanged);
    QCOMPARE(doc->userLayer(), saved);
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(session.state(), AnnotationSession::State::Saved);
    QVERIFY(!session.hasUnsavedChanges());
}

void AnnotationSessionTest::corrupt_isReadOnlyAndUntouched()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    const QByteArray broken = readAll(QStringLiteral(ANNALIST_TEST_DATA "/storage/corrupt.json"));
    QVERIFY(writeAll(sidecarOf(dir), broken));
    AnnotationSession session(doc.get());
    session.setAutosaveDelay(1);
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::NotJson);
    QVERIFY(opened.message.contains(u"report.txt.annalist.json"));
    QVERIFY(session.isReadOnly());
    QCOMPARE(session.message(), opened.message);
    QVERIFY(doc->userEntities().isEmpty());
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(!session.save());
    QVERIFY(!session.close());
    QTest::qWait(20);
    QCOMPARE(readAll(sidecarOf(dir)), broken);
    QCOMPARE(session.state(), AnnotationSession::State::ReadOnly);
}

void AnnotationSessionTest::discard_replacesWithBackup()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    const QByteArray broken = "{ not json";
    QVERIFY(writeAll(sidecarOf(dir), broken));
    AnnotationSession session(doc.get());
    session.open();
    QVERIFY(session.isReadOnly());
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(session.discardUnreadableSidecar());
    QVERIFY(!session.isReadOnly());
    QCOMPARE(readAll(sidecarOf(dir) + QStringLiteral(".bak")), broken);
    QVERIFY(session.save());
    const SidecarReadResult read = readSidecar(sidecarOf(dir));
    QCOMPARE(read.status, SidecarReadResult::Status::Ok);
    QCOMPARE(read.content.entities.size(), 1);
    QVERIFY(!session.discardUnreadableSidecar()); // nothing to discard any more
}

void AnnotationSessionTest::futureVersion_isReadOnlyButShown()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    const QByteArray future = readAll(QStringLiteral(ANNALIST_TEST_DATA "/storage/future-version.json"));
    QVERIFY(writeAll(sidecarOf(dir), future));
    AnnotationSession session(doc.get());
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::NewerVersion);
    QVERIFY(session.isReadOnly());
    QVERIFY(!opened.message.isEmpty());
    const qsizetype oslo = doc->indexOfEntity(find(doc->article().text, QStringLiteral("Oslo")));
    QVERIFY(oslo >= 0);
    QCOMPARE(doc->entities()[oslo].type, QStringLiteral("CAPITAL"));
    QVERIFY(doc->rejectEntity(find(doc->article().text, QStringLiteral("Bergen"))));
    QVERIFY(!session.save());
    QCOMPARE(readAll(sidecarOf(dir)), future);
}

void AnnotationSessionTest::emptyFile_isReplacedOnSave()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    QVERIFY(writeAll(sidecarOf(dir), QByteArray()));
    AnnotationSession session(doc.get());
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::Empty);
    QVERIFY(!opened.message.isEmpty());
    QVERIFY(!session.isReadOnly());
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(session.save());
    QCOMPARE(readSidecar(sidecarOf(dir)).content.entities.size(), 1);
}

void AnnotationSessionTest::changedText_orphansListedAndKept()
{
    QTemporaryDir dir;
    {
        auto doc = openSample(dir);
        AnnotationSession session(doc.get());
        session.open();
        const QString &text = doc->article().text;
        QVERIFY(doc->retypeEntity(find(text, QStringLiteral("Oslo")), QStringLiteral("CAPITAL")));
        QVERIFY(doc->setEntityNote(find(text, QStringLiteral("Bergen")), QStringLiteral("west coast")));
        QVERIFY(session.close());
    }
    // The article was edited outside: a sentence with Oslo removed, text added before Bergen.
    QString changed = sampleText();
    changed.replace(QStringLiteral("Maria Lindqvist met Tomas Berg in Oslo on 3 March 2021. "), QString());
    changed.prepend(QStringLiteral("Correction 🎉: "));
    Analysis analysis;
    analysis.entities = {entity(changed, QStringLiteral("Bergen"), EntityTypes::Location)};
    const QString path = dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(writeAll(path, changed.toUtf8()));
    AnnotatedDocument doc(makeArticle(changed, path), analysis);
    AnnotationSession session(&doc);
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::Ok);
    QVERIFY(opened.anchoring.textChanged);
    QCOMPARE(opened.anchoring.moved, 1);
    QCOMPARE(opened.anchoring.orphaned, 1);
    QVERIFY(opened.message.contains(u"orphan"));
    QCOMPARE(doc.orphans().size(), 1);
    QCOMPARE(doc.orphans().first().anchor.exact, QStringLiteral("Oslo"));
    QCOMPARE(doc.orphans().first().entity.type, QStringLiteral("CAPITAL"));
    const Entity &bergen = doc.entities()[doc.indexOfEntity(find(changed, QStringLiteral("Bergen")))];
    QCOMPARE(bergen.note, QStringLiteral("west coast"));
    QVERIFY(!session.hasUnsavedChanges());

    // Saving after another edit keeps the orphan in the file.
    QVERIFY(doc.tagRange(find(changed, QStringLiteral("agreed")), QStringLiteral("CUE")));
    QVERIFY(session.save());
    const SidecarReadResult read = readSidecar(sidecarOf(dir));
    QCOMPARE(read.content.entities.size(), 3);
    QCOMPARE(read.content.textSha256, Sidecar::textFingerprint(changed));

    // The user places the orphan by hand: saved as a normal annotation.
    const TextRange spot = find(changed, QStringLiteral("Tomas Berg"));
    QVERIFY(doc.placeOrphan(doc.orphans().first().id(), spot));
    QVERIFY(doc.orphans().isEmpty());
    QCOMPARE(doc.entities()[doc.indexOfEntity(spot)].type, QStringLiteral("CAPITAL"));
    QVERIFY(session.save());
    AnnotatedDocument reopened(doc.article(), analysis);
    AnnotationSession third(&reopened);
    third.open();
    QVERIFY(reopened.orphans().isEmpty());
    QCOMPARE(reopened.userLayer(), doc.userLayer());
}

void AnnotationSessionTest::unwritableFolder_fallsBackToDataLocation()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    // Something that cannot be replaced stands where the sidecar would go.
    QVERIFY(QDir().mkpath(sidecarOf(dir) + QStringLiteral("/x")));
    AnnotationSession session(doc.get());
    QCOMPARE(session.open().status, SidecarReadResult::Status::Missing);
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(session.save());
    const QString fallback = Sidecar::fallbackPath(doc->article().path);
    QCOMPARE(session.sidecarPath(), fallback);
    QCOMPARE(readSidecar(fallback).content.entities.size(), 1);

    // The next opening finds it there.
    AnnotatedDocument again(doc->article(), sampleAnalysis(doc->article().text));
    AnnotationSession second(&again);
    const AnnotationSession::OpenResult opened = second.open();
    QCOMPARE(opened.path, fallback);
    QCOMPARE(again.userEntities().size(), 1);
}

void AnnotationSessionTest::readOnlyFolder_fallsBackToDataLocation()
{
    if (::geteuid() == 0)
        QSKIP("running as root: folder permissions do not stop writing");
    QTemporaryDir dir;
    auto doc = openSample(dir);
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    AnnotationSession session(doc.get());
    session.open();
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    const bool saved = session.save();
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(saved);
    QCOMPARE(session.sidecarPath(), Sidecar::fallbackPath(doc->article().path));
    QVERIFY(!QFile::exists(sidecarOf(dir)));
}

void AnnotationSessionTest::dataFolderPlacement_keepsTheArticleFolderClean()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    AnnotationSession session(doc.get());
    session.setPlacement(AnnotationSession::Placement::DataFolder);
    session.open();
    const QString fallback = Sidecar::fallbackPath(doc->article().path);
    QCOMPARE(session.sidecarPath(), fallback);
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(session.save());
    QVERIFY(!QFile::exists(sidecarOf(dir)));
    QCOMPARE(readSidecar(fallback).content.entities.size(), 1);

    // A sidecar that already sits beside the article stays there, whatever
    // the placement: one article never has two diverging sidecars.
    QVERIFY(QFile::remove(fallback));
    AnnotatedDocument again(doc->article(), sampleAnalysis(doc->article().text));
    AnnotationSession beside(&again);
    beside.open();
    QVERIFY(again.tagRange(find(again.article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(beside.save());
    QCOMPARE(beside.sidecarPath(), sidecarOf(dir));
    AnnotatedDocument third(doc->article(), sampleAnalysis(doc->article().text));
    AnnotationSession dataFolder(&third);
    dataFolder.setPlacement(AnnotationSession::Placement::DataFolder);
    QCOMPARE(dataFolder.open().path, sidecarOf(dir));
    QCOMPARE(third.userEntities().size(), 1);
    QVERIFY(third.tagRange(find(third.article().text, QStringLiteral("Bergström")), QStringLiteral("PERSON")));
    QVERIFY(dataFolder.save());
    QCOMPARE(dataFolder.sidecarPath(), sidecarOf(dir));
    QCOMPARE(readSidecar(sidecarOf(dir)).content.entities.size(), 2);
    QVERIFY(!QFile::exists(fallback));
}

void AnnotationSessionTest::uncreatableFolder_fallsBackEvenAsRoot()
{
    // Permission bits do not stop root (CI runs tests as root), but nobody can
    // create files in /proc: a folder where writing really fails.
    const QString folder = QStringLiteral("/proc");
    if (!QFileInfo(QStringLiteral("/proc/self")).exists())
        QSKIP("needs Linux /proc");
    QVERIFY(!QFile(folder + QStringLiteral("/annalist-probe")).open(QIODevice::WriteOnly));
    const QString text = sampleText();
    const QString article = folder + QStringLiteral("/report.txt");
    const QString fallback = Sidecar::fallbackPath(article);
    QVERIFY(!fallback.startsWith(folder));
    {
        AnnotatedDocument doc(makeArticle(text, article), sampleAnalysis(text));
        AnnotationSession session(&doc);
        QCOMPARE(session.open().status, SidecarReadResult::Status::Missing);
        QCOMPARE(session.sidecarPath(), Sidecar::besidePath(article));
        QVERIFY(doc.tagRange(find(text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
        QVERIFY2(session.save(), qPrintable(session.message()));
        QCOMPARE(session.state(), AnnotationSession::State::Saved);
        QCOMPARE(session.sidecarPath(), fallback);
        QVERIFY(session.message().contains(QDir::toNativeSeparators(fallback)));
        QVERIFY(!QFile::exists(Sidecar::besidePath(article)));
    }
    QCOMPARE(readSidecar(fallback).content.entities.size(), 1);
    AnnotatedDocument again(makeArticle(text, article), sampleAnalysis(text));
    AnnotationSession second(&again);
    QCOMPARE(second.open().path, fallback);
    QCOMPARE(again.userEntities().size(), 1);
}

void AnnotationSessionTest::memoryArticle_hasNoFile()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    AnnotationSession session(&doc);
    session.open();
    QCOMPARE(session.state(), AnnotationSession::State::NoFile);
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QCOMPARE(session.state(), AnnotationSession::State::NoFile);
    QVERIFY(!session.save());
    QVERIFY(session.sidecarPath().isEmpty());
}

void AnnotationSessionTest::overlappingRecords_reportedAsOverlap()
{
    // A hand-merged sidecar on the unchanged text: two tags overlap. The one
    // that cannot be shown is an orphan because of the overlap, and the
    // message says so instead of blaming a changed text.
    QTemporaryDir dir;
    auto doc = openSample(dir);
    const QString &text = doc->article().text;
    UserLayer layer;
    UserEntity council;
    council.id = newAnnotationId();
    council.range = find(text, QStringLiteral("Nordic Water Council"));
    council.type = QStringLiteral("ORGANIZATION");
    UserEntity water = council;
    water.id = newAnnotationId();
    water.range = find(text, QStringLiteral("Water"));
    water.type = QStringLiteral("RESOURCE");
    layer.entities = {council, water};
    QVERIFY(writeAll(sidecarOf(dir), serializeSidecar(doc->article(), layer)));

    AnnotationSession session(doc.get());
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::Ok);
    QVERIFY(!opened.anchoring.textChanged);
    QCOMPARE(doc->orphans().size(), 1);
    QCOMPARE(doc->orphans().first().cause, Orphan::Cause::Overlap);
    QVERIFY2(opened.message.contains(u"overlap"), qPrintable(opened.message));
    QVERIFY2(!opened.message.contains(u"current text"), qPrintable(opened.message));

    const EffectiveLayer effective = effectiveLayer(doc->article(), sampleAnalysis(text), QString());
    QVERIFY2(effective.message.contains(u"overlap"), qPrintable(effective.message));
    QVERIFY2(!effective.message.contains(u"changed text"), qPrintable(effective.message));
}

void AnnotationSessionTest::tooLargeSidecar_isReadOnlyAndUntouched()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    {
        QFile f(sidecarOf(dir));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(3LL * 1024 * 1024 * 1024)); // sparse: no disk, and never read
    }
    AnnotationSession session(doc.get());
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::TooLarge);
    QVERIFY(opened.message.contains(u"report.txt.annalist.json"));
    QCOMPARE(session.state(), AnnotationSession::State::ReadOnly);
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(!session.save());
    QCOMPARE(QFileInfo(sidecarOf(dir)).size(), 3LL * 1024 * 1024 * 1024);
}

void AnnotationSessionTest::collectionId_keptAcrossSaves()
{
    QTemporaryDir dir;
    auto doc = openSample(dir);
    const QString id = QStringLiteral("urn:uuid:7a6f1d2c-8e3b-4f90-a1c5-2b9d0e4f6a18");
    UserLayer layer;
    SidecarContent extra;
    extra.collectionId = id;
    QVERIFY(writeAll(sidecarOf(dir), serializeSidecar(doc->article(), layer, extra)));
    AnnotationSession session(doc.get());
    session.open();
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY(session.save());
    const SidecarReadResult read = readSidecar(sidecarOf(dir));
    QCOMPARE(read.content.entities.size(), 1);
    QCOMPARE(read.content.collectionId, id);
}

void AnnotationSessionTest::effectiveLayer_forExport()
{
    QTemporaryDir dir;
    {
        auto doc = openSample(dir);
        AnnotationSession session(doc.get());
        session.open();
        const QString &text = doc->article().text;
        QVERIFY(doc->rejectEntity(find(text, QStringLiteral("Oslo"))));
        QVERIFY(doc->retypeEntity(find(text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
        QVERIFY(doc->setEntityNote(find(text, QStringLiteral("Bergen")), QStringLiteral("west coast")));
        QVERIFY(doc->editEvent(doc->eventKey(1), QStringLiteral("2022-06"), QString(),
                               QStringLiteral("A second meeting in June")));
        QVERIFY(doc->setEventHidden(doc->eventKey(0), true));
        QVERIFY(session.close());
    }
    const QString lexiconPath = dir.filePath(QStringLiteral("lexicon.json"));
    Lexicon lexicon;
    lexicon.add({QStringLiteral("meeting"), QStringLiteral("EVENT")});
    QVERIFY(lexicon.save(lexiconPath));

    const QString text = sampleText();
    const Article article = makeArticle(text, dir.filePath(QStringLiteral("report.txt")));
    const EffectiveLayer layer = effectiveLayer(article, sampleAnalysis(text), lexiconPath);
    QVERIFY(layer.message.isEmpty());
    const QJsonObject probe = toProbeJson(article, layer.entities, layer.events);
    QStringList entities;
    for (const QJsonValue &v : probe.value(u"entities").toArray()) {
        const QJsonObject e = v.toObject();
        entities.append(e.value(u"text").toString() + u':' + e.value(u"type").toString() + u':'
                        + e.value(u"origin").toString() + u':' + e.value(u"note").toString());
    }
    QVERIFY(entities.contains(QStringLiteral("Bergen:PORT:user:west coast")));
    QVERIFY(entities.contains(QStringLiteral("meeting:EVENT:lexicon:")));
    QVERIFY(entities.filter(QStringLiteral("Oslo")).isEmpty()); // rejected: absent
    QVERIFY(entities.contains(QStringLiteral("Nordic Water Council:ORGANIZATION:auto:")));
    const QJsonArray timeline = probe.value(u"timeline").toArray();
    QCOMPARE(timeline.size(), 1); // the first one hidden
    QCOMPARE(timeline[0].toObject().value(u"date").toString(), QStringLiteral("2022-06"));
    QCOMPARE(timeline[0].toObject().value(u"label").toString(), QStringLiteral("A second meeting in June"));
    QCOMPARE(timeline[0].toObject().value(u"origin").toString(), QStringLiteral("user"));

    // A damaged sidecar: the automatic layer, and a message; nothing written.
    const QString sidecar = sidecarOf(dir);
    QVERIFY(writeAll(sidecar, "{ broken"));
    const EffectiveLayer plain = effectiveLayer(article, sampleAnalysis(text), QString());
    QVERIFY(plain.message.contains(u"report.txt.annalist.json"));
    QCOMPARE(plain.entities, sampleAnalysis(text).entities);
    QCOMPARE(readAll(sidecar), QByteArray("{ broken"));

    // Without a sidecar or a lexicon, an analysis moved in is what comes
    // out, not a copy: for a long article, tens of megabytes. (A name
    // overlapping an earlier one is left out, in place.)
    QVERIFY(QFile::remove(sidecar));
    Analysis moved = sampleAnalysis(text);
    moved.entities.append(entity(text, QStringLiteral("Water Council"), EntityTypes::Organization));
    const Entity *const block = moved.entities.constData();
    const EffectiveLayer unchanged = effectiveLayer(article, std::move(moved), QString());
    QVERIFY(unchanged.message.isEmpty());
    QCOMPARE(unchanged.entities, sampleAnalysis(text).entities);
    QCOMPARE(unchanged.entities.constData(), block);
}

void AnnotationSessionTest::symlinkedSidecar_isReadButSavedBeside()
{
    // An archive may carry a sidecar that is a link to somewhere else.
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("pointed-at.json"));
    QByteArray original;
    {
        auto doc = openSample(dir);
        AnnotationSession session(doc.get());
        session.open();
        QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
        QVERIFY(session.save());
        original = readAll(sidecarOf(dir));
    }
    QVERIFY(QFile::rename(sidecarOf(dir), target));
    QVERIFY(QFile::link(target, sidecarOf(dir)));

    auto doc = openSample(dir);
    AnnotationSession session(doc.get());
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::Ok);
    QCOMPARE(doc->userEntities().size(), 1);
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Oslo")), QStringLiteral("PORT")));
    QVERIFY2(session.save(), qPrintable(session.message()));
    // Saved beside the article as a regular file; the link's target untouched.
    QCOMPARE(readAll(target), original);
    QVERIFY(!QFileInfo(sidecarOf(dir)).isSymLink());
    QCOMPARE(readSidecar(sidecarOf(dir)).content.entities.size(), 2);
}

void AnnotationSessionTest::danglingSidecarLink_targetNeverMade()
{
    QTemporaryDir dir;
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath(QStringLiteral("made-through-link.json"));
    auto doc = openSample(dir);
    QVERIFY(QFile::link(target, sidecarOf(dir)));
    AnnotationSession session(doc.get());
    QCOMPARE(session.open().status, SidecarReadResult::Status::Missing);
    QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    QVERIFY2(session.save(), qPrintable(session.message()));
    QVERIFY(!QFile::exists(target));
    QVERIFY(!QFileInfo(sidecarOf(dir)).isSymLink());
    QCOMPARE(readSidecar(sidecarOf(dir)).content.entities.size(), 1);
}

void AnnotationSessionTest::articleThroughLink_findsItsSidecar()
{
    QTemporaryDir dir;
    QTemporaryDir links;
    {
        auto doc = openSample(dir);
        AnnotationSession session(doc.get());
        session.open();
        QVERIFY(doc->tagRange(find(doc->article().text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
        QVERIFY(session.save());
    }
    // The same article opened through a link in another folder.
    const QString link = links.filePath(QStringLiteral("shortcut.txt"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("report.txt")), link));
    AnnotatedDocument doc(makeArticle(sampleText(), link), sampleAnalysis(sampleText()));
    AnnotationSession session(&doc);
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.status, SidecarReadResult::Status::Ok);
    QCOMPARE(doc.userEntities().size(), 1);
    QVERIFY(doc.tagRange(find(doc.article().text, QStringLiteral("Oslo")), QStringLiteral("PORT")));
    QVERIFY(session.save());
    QCOMPARE(readSidecar(sidecarOf(dir)).content.entities.size(), 2);
    QVERIFY(QDir(links.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("shortcut.txt")});
}

QTEST_GUILESS_MAIN(AnnotationSessionTest)
#include "annotationsession_test.moc"
