// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sidecar.h"

#include "annotations/annotateddocument.h"
#include "../annotations/testdocument.h"
#include "../webannotationcheck.h"

#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;
using namespace Annalist::Testing;

Q_DECLARE_METATYPE(Annalist::SidecarReadResult::Status)

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

QString fixture(const char *name)
{
    return QStringLiteral(ANNALIST_TEST_DATA "/storage/") + QString::fromLatin1(name);
}

/// A document with one of every kind of user edit.
void editEverything(AnnotatedDocument &doc)
{
    const QString &text = doc.article().text;
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Nordic Water")), QStringLiteral("PROGRAMME")));
    QVERIFY(doc.rejectEntity(find(text, QStringLiteral("Oslo"))));
    QVERIFY(doc.setEntityNote(find(text, QStringLiteral("Bergen")), QStringLiteral("port city, “west”")));
    QVERIFY(doc.addEvent(find(text, QStringLiteral("would meet again")), QStringLiteral("2021-04"),
                         QStringLiteral("Council to meet again")));
    QVERIFY(doc.setEventConfirmed(doc.eventKey(0), true));
    QVERIFY(doc.setEventHidden(doc.eventKey(doc.events().size() - 1), true));
}

} // namespace

class SidecarTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void paths();
    void roundTrip();
    void roundTrip_isW3cCollection();
    void roundTrip_astralOffsetsInCodePoints();
    void roundTrip_reanchorsChangedText();
    void read_data();
    void read();
    void plainW3c_data();
    void plainW3c();
    void hostileValues_areSkippedAndKept();
    void positionOnly_needsSameText();
    void write_abortedMidway_keepsOldFile();
    void write_failure_keepsOldFile();
    void duplicateIds_madeUniqueAndReported();
    void tooLarge_sparseFile_refusedUnread();
    void written_isConformingCollection();
    void schema1_readAndUpgraded();
    void orphanSummary_namesOverlaps();
};

void SidecarTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void SidecarTest::paths()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("report.txt"));
    QCOMPARE(Sidecar::besidePath(article), dir.filePath(QStringLiteral("report.txt.annalist.json")));
    const QString fallback = Sidecar::fallbackPath(article);
    QVERIFY(fallback.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                + QStringLiteral("/sidecars/")));
    QVERIFY(fallback.endsWith(u".annalist.json"));
    QCOMPARE(QFileInfo(fallback).fileName().size(), 64 + 14);
    QVERIFY(fallback != Sidecar::fallbackPath(dir.filePath(QStringLiteral("other.txt"))));
    QCOMPARE(Sidecar::existingPath(article), QString());
    QVERIFY(QDir().mkpath(QFileInfo(fallback).absolutePath()));
    QVERIFY(writeAll(fallback, "{}"));
    QCOMPARE(Sidecar::existingPath(article), fallback);
    QVERIFY(writeAll(Sidecar::besidePath(article), "{}"));
    {
        QFile f(fallback);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60), QFileDevice::FileModificationTime));
    }
    QCOMPARE(Sidecar::existingPath(article), Sidecar::besidePath(article));
    {
        QFile f(fallback);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime));
    }
    QCOMPARE(Sidecar::existingPath(article), fallback); // saved there later
    QVERIFY(QFile::remove(fallback));
    QCOMPARE(Sidecar::textFingerprint(u"abc"),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void SidecarTest::roundTrip()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text, QStringLiteral("/nowhere/report.txt")), sampleAnalysis(text));
    editEverything(doc);
    const QByteArray bytes = serializeSidecar(doc.article(), doc.userLayer());
    const SidecarReadResult read = parseSidecar(bytes, QStringLiteral("test"));
    QCOMPARE(read.status, SidecarReadResult::Status::Ok);
    QVERIFY(read.message.isEmpty());
    QCOMPARE(read.content.schema, Sidecar::SchemaVersion);
    QCOMPARE(read.content.textSha256, Sidecar::textFingerprint(text));
    AnchoringReport report;
    const UserLayer placed = placeSidecarContent(read.content, text, &report);
    QCOMPARE(placed, doc.userLayer());
    QVERIFY(!report.textChanged);
    QCOMPARE(report.atPosition, doc.userEntities().size() + doc.timelineEdits().size());

    AnnotatedDocument again(doc.article(), sampleAnalysis(text));
    again.setUserLayer(placed);
    QCOMPARE(again.entities(), doc.entities());
    QCOMPARE(again.events(), doc.events());
    QCOMPARE(again.hiddenEvents(), doc.hiddenEvents());
}

void SidecarTest::roundTrip_isW3cCollection()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text, QStringLiteral("/nowhere/report.txt")), sampleAnalysis(text));
    editEverything(doc);
    const QJsonObject root = QJsonDocument::fromJson(serializeSidecar(doc.article(), doc.userLayer())).object();
    QCOMPARE(root.value(u"@context").toArray().first().toString(), QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QCOMPARE(root.value(u"type").toString(), QStringLiteral("AnnotationCollection"));
    const QJsonArray items = root.value(u"first").toObject().value(u"items").toArray();
    QCOMPARE(items.size(), doc.userEntities().size());
    QCOMPARE(root.value(u"total").toInt(), items.size());
    int tags = 0;
    int rejects = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value(u"type").toString(), QStringLiteral("Annotation"));
        QVERIFY(a.value(u"id").toString().startsWith(u"urn:uuid:"));
        const QJsonArray selectors = a.value(u"target").toObject().value(u"selector").toArray();
        QCOMPARE(selectors.size(), 2);
        const QJsonObject quote = selectors[0].toObject();
        const QJsonObject position = selectors[1].toObject();
        QCOMPARE(quote.value(u"type").toString(), QStringLiteral("TextQuoteSelector"));
        QCOMPARE(position.value(u"type").toString(), QStringLiteral("TextPositionSelector"));
        QCOMPARE(text.mid(position.value(u"start").toInt(),
                          position.value(u"end").toInt() - position.value(u"start").toInt()),
                 quote.value(u"exact").toString());
        QVERIFY(quote.value(u"prefix").toString().size() <= 32);
        QCOMPARE(a.value(u"target").toObject().value(u"source").toString(),
                 QStringLiteral("file:///nowhere/report.txt"));
        if (a.value(u"motivation").toString() == u"moderating") {
            ++rejects;
            QCOMPARE(a.value(u"annalist:action").toString(), QStringLiteral("reject"));
            QCOMPARE(a.value(u"body").toArray().first().toObject().value(u"purpose").toString(),
                     QStringLiteral("moderating"));
        } else {
            ++tags;
            QCOMPARE(a.value(u"motivation").toString(), QStringLiteral("tagging"));
            QCOMPARE(a.value(u"body").toArray().first().toObject().value(u"purpose").toString(),
                     QStringLiteral("tagging"));
        }
    }
    QCOMPARE(rejects, 1);
    QCOMPARE(tags, 2);
    QCOMPARE(root.value(u"annalist:timeline").toArray().size(), 3);
}

void SidecarTest::roundTrip_astralOffsetsInCodePoints()
{
    const QString text = QStringLiteral("😀😀 The 𝒜lpha Group met in Bergen. 🎉");
    Analysis analysis;
    AnnotatedDocument doc(makeArticle(text), analysis);
    const TextRange bergen = find(text, QStringLiteral("Bergen"));
    QVERIFY(doc.tagRange(bergen, QStringLiteral("LOCATION")));
    QVERIFY(doc.tagRange(find(text, QStringLiteral("𝒜lpha Group")), QStringLiteral("ORGANIZATION")));
    const QByteArray bytes = serializeSidecar(doc.article(), doc.userLayer());
    const QJsonArray items = QJsonDocument::fromJson(bytes).object().value(u"first").toObject().value(u"items").toArray();
    const QJsonObject position
        = items[1].toObject().value(u"target").toObject().value(u"selector").toArray()[1].toObject();
    QCOMPARE(position.value(u"start").toInteger(), bergen.start - 3); // three astral characters before it
    const UserLayer placed = placeSidecarContent(parseSidecar(bytes, QString()).content, text);
    QCOMPARE(placed.entities, doc.userEntities());
}

void SidecarTest::roundTrip_reanchorsChangedText()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    editEverything(doc);
    const QByteArray bytes = serializeSidecar(doc.article(), doc.userLayer());
    // An edited article: a new first sentence, a typo fixed, a sentence gone.
    QString changed = QStringLiteral("Updated 😀 with a correction. ") + text;
    changed.replace(QStringLiteral("Bergström did not"), QStringLiteral("Bergstrom did not"));
    changed.replace(QStringLiteral("said the"), QStringLiteral("said that the"));
    changed.replace(QStringLiteral("Maria Lindqvist met Tomas Berg in Oslo on 3 March 2021. "), QString());
    AnchoringReport report;
    const UserLayer placed = placeSidecarContent(parseSidecar(bytes, QString()).content, changed, &report);
    QVERIFY(report.textChanged);
    QCOMPARE(report.atPosition, 0);
    // The Oslo rejection and the confirmation of the 3 March event lost their sentence.
    QCOMPARE(placed.orphans.size(), 2);
    QCOMPARE(report.orphaned, 2);
    QCOMPARE(placed.orphans[0].kind, Orphan::Kind::Entity);
    QCOMPARE(placed.orphans[0].entity.type, QStringLiteral("LOCATION"));
    QCOMPARE(placed.orphans[0].anchor.exact, QStringLiteral("Oslo"));
    QCOMPARE(placed.orphans[1].kind, Orphan::Kind::TimelineEdit);
    QVERIFY(placed.orphans[1].edit.confirmed);
    for (const UserEntity &u : placed.entities) {
        const UserEntity &old = *std::find_if(doc.userEntities().cbegin(), doc.userEntities().cend(),
                                              [&u](const UserEntity &o) { return o.id == u.id; });
        QCOMPARE(changed.mid(u.range.start, u.range.length()), text.mid(old.range.start, old.range.length()));
    }
    QCOMPARE(placed.entities.size(), doc.userEntities().size() - 1);
    QCOMPARE(placed.timeline.size(), doc.timelineEdits().size() - 1);

    // Orphans are written back with their old anchor and stay orphans.
    Article article = makeArticle(changed);
    const QByteArray again = serializeSidecar(article, placed);
    const UserLayer reread = placeSidecarContent(parseSidecar(again, QString()).content, changed);
    QCOMPARE(reread.orphans.size(), 2);
    QCOMPARE(reread.orphans[0].entity.id, placed.orphans[0].entity.id);
    QCOMPARE(reread.orphans[1].edit.id, placed.orphans[1].edit.id);
    QCOMPARE(reread.entities, placed.entities);
}

void SidecarTest::read_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<SidecarReadResult::Status>("status");
    using S = SidecarReadResult::Status;
    QTest::newRow("empty") << QByteArray() << S::Empty;
    QTest::newRow("blank") << QByteArray(" \n\t") << S::Empty;
    QTest::newRow("truncated") << readAll(fixture("corrupt.json")) << S::NotJson;
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << S::NotJson;
    QTest::newRow("array of text") << QByteArray(R"(["Oslo", "Bergen"])") << S::NotOurSchema;
    QTest::newRow("another schema") << readAll(fixture("not-ours.json")) << S::NotOurSchema;
    QTest::newRow("array of numbers") << QByteArray("[1, 2]") << S::NotOurSchema;
    QTest::newRow("schema is text") << QByteArray(R"({"annalist:schema": "one", "items": []})") << S::NotOurSchema;
    QTest::newRow("schema negative") << QByteArray(R"({"annalist:schema": -1, "items": []})") << S::NotOurSchema;
    QTest::newRow("collection elsewhere")
        << QByteArray(R"({"type": "AnnotationCollection", "first": "http://example.org/page1"})") << S::NotOurSchema;
    QTest::newRow("newer version") << readAll(fixture("future-version.json")) << S::NewerVersion;
    QTest::newRow("empty array") << QByteArray("[]") << S::Ok;
    QTest::newRow("ours, empty") << QByteArray(R"({"annalist:schema": 1, "type": "AnnotationCollection"})") << S::Ok;
}

void SidecarTest::read()
{
    QFETCH(QByteArray, bytes);
    QFETCH(SidecarReadResult::Status, status);
    const SidecarReadResult r = parseSidecar(bytes, QStringLiteral("notes.json"));
    QCOMPARE(r.status, status);
    if (status != SidecarReadResult::Status::Ok)
        QVERIFY(r.message.contains(u"notes.json"));
    const bool blocks = status == SidecarReadResult::Status::NotJson
        || status == SidecarReadResult::Status::NotOurSchema || status == SidecarReadResult::Status::NewerVersion;
    QCOMPARE(r.blocksWriting(), blocks);
    if (status == SidecarReadResult::Status::NewerVersion) {
        // What it can understand is shown (read-only).
        QVERIFY(r.hasContent());
        QCOMPARE(r.content.entities.size(), 1);
        QCOMPARE(r.content.entities.first().entity.type, QStringLiteral("CAPITAL"));
    }
}

void SidecarTest::plainW3c_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("AnnotationCollection") << fixture("w3c-collection.json");
    QTest::newRow("AnnotationPage") << fixture("w3c-page.json");
    QTest::newRow("array of Annotation") << fixture("w3c-array.json");
}

void SidecarTest::plainW3c()
{
    QFETCH(QString, path);
    const SidecarReadResult r = readSidecar(path);
    QCOMPARE(r.status, SidecarReadResult::Status::Ok);
    QCOMPARE(r.content.schema, 0);
    QVERIFY(r.content.textSha256.isEmpty());
    QCOMPARE(r.content.entities.size(), 3);
    QVERIFY(r.content.unreadItems.isEmpty());
    const QString text = sampleText();
    AnchoringReport report;
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    doc.setUserLayer(placeSidecarContent(r.content, text, &report));
    QVERIFY(report.textChanged); // no fingerprint: placed by quote and position
    QCOMPARE(report.orphaned, 0);
    QVERIFY(doc.orphans().isEmpty());
    const Entity &council = doc.entities()[doc.indexOfEntity(find(text, QStringLiteral("Nordic Water Council")))];
    QCOMPARE(council.type, QStringLiteral("ORGANIZATION"));
    QCOMPARE(council.origin, Origin::User);
    const Entity &bergen = doc.entities()[doc.indexOfEntity(find(text, QStringLiteral("Bergen")))];
    QCOMPARE(bergen.note, QStringLiteral("port city"));
    // A comment without a tag, on the second "Tomas Berg", rests on the automatic entity.
    const Entity &tomas = doc.entities()[doc.indexOfEntity(find(text, QStringLiteral("Tomas Berg"), 1))];
    QCOMPARE(tomas.type, QStringLiteral("PERSON"));
    QCOMPARE(tomas.note, QStringLiteral("asked twice"));
    QCOMPARE(doc.userEntities().first().id, QStringLiteral("http://example.org/anno/1"));
}

void SidecarTest::hostileValues_areSkippedAndKept()
{
    const SidecarReadResult r = readSidecar(fixture("hostile.json"));
    QCOMPARE(r.status, SidecarReadResult::Status::Ok);
    QVERIFY(!r.message.isEmpty()); // says that some were not understood
    QCOMPARE(r.content.entities.size(), 4);
    QCOMPARE(r.content.unreadItems.size(), 8);
    QCOMPARE(r.content.timeline.size(), 1);
    QCOMPARE(r.content.unreadTimeline.size(), 2);
    for (const StoredEntity &s : r.content.entities)
        QVERIFY(!s.anchor.hasPosition()); // negative, huge and reversed offsets are dropped
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    doc.setUserLayer(placeSidecarContent(r.content, text));
    QCOMPARE(doc.userEntities().size(), 4);
    QCOMPARE(doc.entities()[doc.indexOfEntity(find(text, QStringLiteral("2022")))].origin, Origin::User);
    // What was not understood goes back into the file untouched.
    const QByteArray written = serializeSidecar(doc.article(), doc.userLayer(), r.content);
    const SidecarReadResult again = parseSidecar(written, QString());
    QCOMPARE(again.content.unreadItems, r.content.unreadItems);
    QCOMPARE(again.content.unreadTimeline, r.content.unreadTimeline);
    QCOMPARE(again.content.entities.size(), 4);
}

void SidecarTest::positionOnly_needsSameText()
{
    const QString text = sampleText();
    const TextRange oslo = find(text, QStringLiteral("Oslo"));
    const QByteArray json = QStringLiteral(R"({"annalist:schema": 1, "annalist:textSha256": "%1",
        "type": "AnnotationCollection", "first": {"items": [{"type": "Annotation", "motivation": "tagging",
        "body": {"purpose": "tagging", "value": "CITY"},
        "target": {"selector": {"type": "TextPositionSelector", "start": %2, "end": %3}}}]}})")
                                .arg(Sidecar::textFingerprint(text))
                                .arg(oslo.start)
                                .arg(oslo.end)
                                .toUtf8();
    const SidecarContent content = parseSidecar(json, QString()).content;
    QCOMPARE(content.entities.size(), 1);
    const UserLayer same = placeSidecarContent(content, text);
    QCOMPARE(same.entities.size(), 1);
    QCOMPARE(same.entities.first().range, oslo);
    const UserLayer changed = placeSidecarContent(content, QStringLiteral("New. ") + text);
    QVERIFY(changed.entities.isEmpty());
    QCOMPARE(changed.orphans.size(), 1);
}

void SidecarTest::write_abortedMidway_keepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.txt.annalist.json"));
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text, dir.filePath(QStringLiteral("report.txt"))), sampleAnalysis(text));
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Bergen")), QStringLiteral("PORT")));
    const QByteArray old = serializeSidecar(doc.article(), doc.userLayer());
    QVERIFY(writeSidecarFile(path, old).ok);
    QCOMPARE(readAll(path), old);

    // A writer stopped half-way (killed, disk full): the same QSaveFile path the
    // sidecar writer takes, abandoned before commit.
    editEverything(doc);
    const QByteArray next = serializeSidecar(doc.article(), doc.userLayer());
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(next.left(next.size() / 2)) > 0);
        file.cancelWriting();
        QVERIFY(!file.commit());
    }
    {
        QSaveFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(next.left(next.size() / 3));
        // destroyed without commit
    }
    QCOMPARE(readAll(path), old);
    QCOMPARE(parseSidecar(readAll(path), QString()).status, SidecarReadResult::Status::Ok);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no leftovers beside it
    QVERIFY(writeSidecarFile(path, next).ok);
    QCOMPARE(readAll(path), next);
}

void SidecarTest::write_failure_keepsOldFile()
{
    QTemporaryDir dir;
    // A folder where the file should be: the write must fail cleanly.
    const QString blocked = dir.filePath(QStringLiteral("blocked.annalist.json"));
    QVERIFY(QDir().mkpath(blocked + QStringLiteral("/inside")));
    const SidecarWriteResult r = writeSidecarFile(blocked, "{}");
    QVERIFY(!r.ok);
    QVERIFY(r.message.contains(u"blocked.annalist.json"));
    QVERIFY(QFileInfo(blocked).isDir());
    // A parent that is a file: the folder cannot be made.
    const QString file = dir.filePath(QStringLiteral("plain"));
    QVERIFY(writeAll(file, "x"));
    QVERIFY(!writeSidecarFile(file + QStringLiteral("/a.annalist.json"), "{}").ok);
    QCOMPARE(readAll(file), QByteArray("x"));
}

void SidecarTest::duplicateIds_madeUniqueAndReported()
{
    // A hand-merged file: two tags, a timeline edit and an item we cannot
    // read, all with one id.
    const QString text = sampleText();
    const auto item = [&text](const char *quote, const char *type) {
        const TextRange r = find(text, QString::fromUtf8(quote));
        return QStringLiteral(R"({"id": "urn:uuid:0d6a1a5e-5f1e-4c1b-9a55-6b3f0e2d7c11", "type": "Annotation",
            "motivation": "tagging", "body": {"purpose": "tagging", "value": "%1"},
            "target": {"selector": [{"type": "TextQuoteSelector", "exact": "%2"},
                                    {"type": "TextPositionSelector", "start": %3, "end": %4}]}})")
            .arg(QString::fromUtf8(type), QString::fromUtf8(quote))
            .arg(r.start)
            .arg(r.end);
    };
    const QString json = QStringLiteral(R"({"annalist:schema": 1, "type": "AnnotationCollection",
        "first": {"items": [%1, %2, {"id": "urn:uuid:0d6a1a5e-5f1e-4c1b-9a55-6b3f0e2d7c11", "type": "Annotation",
                                     "motivation": "bookmarking", "target": "http://example.org/x"}]},
        "annalist:timeline": [{"id": "urn:uuid:0d6a1a5e-5f1e-4c1b-9a55-6b3f0e2d7c11", "kind": "added",
            "date": "2021-04", "label": "Meeting", "target": {"selector": {"type": "TextQuoteSelector",
            "exact": "would meet again"}}}]})")
                             .arg(item("Oslo", "CITY"), item("Bergen", "PORT"));
    const SidecarReadResult r = parseSidecar(json.toUtf8(), QStringLiteral("merged.json"));
    QCOMPARE(r.status, SidecarReadResult::Status::Ok);
    QCOMPARE(r.content.entities.size(), 2);
    QCOMPARE(r.content.timeline.size(), 1);
    QCOMPARE(r.content.unreadItems.size(), 1);
    // The unread item keeps its id (it is written back unchanged), so all three others change.
    QCOMPARE(r.content.renamedIds, 3);
    QVERIFY(r.message.contains(u"merged.json"));
    QSet<QString> ids{QStringLiteral("urn:uuid:0d6a1a5e-5f1e-4c1b-9a55-6b3f0e2d7c11")};
    for (const StoredEntity &e : r.content.entities)
        ids.insert(e.entity.id);
    ids.insert(r.content.timeline.first().edit.id);
    QCOMPARE(ids.size(), 4);

    // Removing one tag leaves the other, undo brings back just it, and the save writes what is shown.
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    doc.setUserLayer(placeSidecarContent(r.content, text));
    QCOMPARE(doc.userEntities().size(), 2);
    QVERIFY(doc.removeUserEntity(doc.userEntities().first().id));
    QCOMPARE(doc.userEntities().size(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.userEntities().size(), 2);
    QVERIFY(doc.removeUserEntity(doc.userEntities().last().id));
    const SidecarReadResult saved = parseSidecar(serializeSidecar(doc.article(), doc.userLayer(), r.content), {});
    QCOMPARE(saved.content.entities.size(), 1);
    QCOMPARE(saved.content.renamedIds, 0);
    QVERIFY(saved.message.isEmpty() || !saved.message.contains(u"id"));
}

void SidecarTest::tooLarge_sparseFile_refusedUnread()
{
    // A sparse file (no disk, no memory until read) just over the limit, and
    // one of 3 GB: both refused by their size, before reading, and left alone.
    QTemporaryDir dir;
    for (const qint64 size : {Sidecar::MaxFileBytes + 1, 3LL * 1024 * 1024 * 1024}) {
        const QString path = dir.filePath(QStringLiteral("huge.txt.annalist.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(size));
        }
        const SidecarReadResult r = readSidecar(path);
        QCOMPARE(r.status, SidecarReadResult::Status::TooLarge);
        QVERIFY(r.blocksWriting());
        QVERIFY(!r.hasContent());
        QVERIFY(r.message.contains(u"huge.txt.annalist.json"));
        QVERIFY(r.message.contains(u"128 MB"));
        QCOMPARE(QFileInfo(path).size(), size);
        QVERIFY(QFile::remove(path));
    }
    // Not a regular file: refused without blocking on it.
    const QString folder = dir.filePath(QStringLiteral("folder.annalist.json"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(readSidecar(folder).status, SidecarReadResult::Status::Unreadable);
}

void SidecarTest::written_isConformingCollection()
{
    // Every kind of record, orphans and unread items included, in a file
    // that passes the W3C model's requirements.
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text, QStringLiteral("/nowhere/a report #1.txt")), sampleAnalysis(text));
    editEverything(doc);
    UserLayer layer = doc.userLayer();
    Orphan o;
    o.entity.id = newAnnotationId();
    o.entity.type = QStringLiteral("PORT");
    o.anchor.exact = QStringLiteral("Bergenn");
    o.reason = QStringLiteral("gone");
    layer.orphans.append(o);
    const QByteArray bytes = serializeSidecar(doc.article(), layer);
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    const Testing::WebAnnotationCheck::Problems problems = Testing::WebAnnotationCheck::checkCollection(root);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(root.value(u"annalist:schema").toInt(), 2);
    const QString source = QStringLiteral("file:///nowhere/a%20report%20%231.txt");
    for (const QJsonValue &v : root.value(u"first").toObject().value(u"items").toArray())
        QCOMPARE(v.toObject().value(u"target").toObject().value(u"source").toString(), source);
    for (const QJsonValue &v : root.value(u"annalist:timeline").toArray())
        QCOMPARE(v.toObject().value(u"target").toObject().value(u"source").toString(), source);
    QCOMPARE(root.value(u"label").toString(), QStringLiteral("a report #1.txt"));

    // The id is an IRI, the same when saved again, and kept once read.
    const QString id = root.value(u"id").toString();
    QVERIFY(id.startsWith(u"urn:uuid:"));
    QCOMPARE(QJsonDocument::fromJson(serializeSidecar(doc.article(), layer)).object().value(u"id").toString(), id);
    SidecarContent kept = parseSidecar(bytes, {}).content;
    QCOMPARE(kept.collectionId, id);
    Article moved = doc.article();
    moved.path = QStringLiteral("/elsewhere/renamed.txt");
    QCOMPARE(QJsonDocument::fromJson(serializeSidecar(moved, layer, kept)).object().value(u"id").toString(), id);

    // The checker itself sees what the standard forbids.
    QJsonObject bad = root;
    bad.remove(QStringLiteral("id"));
    QVERIFY(!Testing::WebAnnotationCheck::checkCollection(bad).isEmpty());
    QJsonObject page = root.value(u"first").toObject();
    QJsonArray items = page.value(u"items").toArray();
    QJsonObject first = items.first().toObject();
    QJsonObject target = first.value(u"target").toObject();
    target.remove(QStringLiteral("source"));
    first.insert(QStringLiteral("target"), target);
    items.replace(0, first);
    page.insert(QStringLiteral("items"), items);
    bad = root;
    bad.insert(QStringLiteral("first"), page);
    QVERIFY(!Testing::WebAnnotationCheck::checkCollection(bad).isEmpty());
}

void SidecarTest::schema1_readAndUpgraded()
{
    // A sidecar as Annalist wrote it before schema 2: no collection id, the
    // source a bare file name. It is read as before and upgraded on save.
    const QString text = sampleText();
    const TextRange bergen = find(text, QStringLiteral("Bergen"));
    const QByteArray old = QStringLiteral(R"({"@context": ["http://www.w3.org/ns/anno.jsonld",
        {"annalist": "https://invent.kde.org/annalist/ns/sidecar#"}], "type": "AnnotationCollection",
        "label": "report.txt", "total": 1, "annalist:schema": 1, "annalist:textSha256": "%1",
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": [{"id": "urn:uuid:5b0c7e7e-3f7b-4a57-8f0e-0d9a0c1b2e33",
        "type": "Annotation", "motivation": "tagging",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "PORT"}],
        "target": {"source": "report.txt", "selector": [{"type": "TextQuoteSelector", "exact": "Bergen",
        "prefix": "", "suffix": ""}, {"type": "TextPositionSelector", "start": %2, "end": %3}]}}]},
        "annalist:timeline": []})")
                               .arg(Sidecar::textFingerprint(text))
                               .arg(bergen.start)
                               .arg(bergen.end)
                               .toUtf8();
    const SidecarReadResult r = parseSidecar(old, QStringLiteral("report.txt.annalist.json"));
    QCOMPARE(r.status, SidecarReadResult::Status::Ok);
    QVERIFY(!r.blocksWriting());
    QCOMPARE(r.content.schema, 1);
    QVERIFY(r.content.collectionId.isEmpty());
    const UserLayer placed = placeSidecarContent(r.content, text);
    QCOMPARE(placed.entities.size(), 1);
    QCOMPARE(placed.entities.first().range, bergen);
    const Article article = makeArticle(text, QStringLiteral("/nowhere/report.txt"));
    const QJsonObject upgraded = QJsonDocument::fromJson(serializeSidecar(article, placed, r.content)).object();
    QCOMPARE(upgraded.value(u"annalist:schema").toInt(), Sidecar::SchemaVersion);
    const Testing::WebAnnotationCheck::Problems problems = Testing::WebAnnotationCheck::checkCollection(upgraded);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(upgraded.value(u"first").toObject().value(u"items").toArray().first().toObject().value(u"id").toString(),
             QStringLiteral("urn:uuid:5b0c7e7e-3f7b-4a57-8f0e-0d9a0c1b2e33"));
}

void SidecarTest::orphanSummary_namesOverlaps()
{
    Orphan lost;
    lost.cause = Orphan::Cause::NotFound;
    Orphan overlapping;
    overlapping.cause = Orphan::Cause::Overlap;
    QVERIFY(describeOrphans({}).isEmpty());
    const QString onlyOverlap = describeOrphans({overlapping, overlapping});
    QVERIFY(onlyOverlap.contains(u"overlap"));
    QVERIFY(!onlyOverlap.contains(u"current text"));
    const QString both = describeOrphans({lost, overlapping});
    QVERIFY(both.contains(u"overlap"));
    QVERIFY(both.contains(u"current text"));
}

QTEST_GUILESS_MAIN(SidecarTest)
#include "sidecar_test.moc"
