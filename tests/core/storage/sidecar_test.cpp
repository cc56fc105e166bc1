// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/sidecar.h"

#include "annotations/annotateddocument.h"
#include "../annotations/testdocument.h"

#include <QFile>
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
        QCOMPARE(a.value(u"target").toObject().value(u"source").toString(), QStringLiteral("report.txt"));
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

QTEST_GUILESS_MAIN(SidecarTest)
#include "sidecar_test.moc"
