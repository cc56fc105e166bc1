// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "annotations/annotateddocument.h"

#include "annotations/lexicon.h"
#include "testdocument.h"

#include <algorithm>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Annalist;
using namespace Annalist::Testing;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Annalist::AnnotatedDocument::Edge)
Q_DECLARE_METATYPE(Annalist::AnnotatedDocument::Step)

namespace {

/// "text:TYPE:origin" for each effective entity: compact to compare and to read in a failure.
QStringList describe(const AnnotatedDocument &doc)
{
    QStringList out;
    for (const Entity &e : doc.entities())
        out.append(doc.article().slice(e.range).toString() + u':' + e.type + u':' + originName(e.origin));
    return out;
}

QStringList describeEvents(const QList<TimelineEvent> &events)
{
    QStringList out;
    for (const TimelineEvent &e : events)
        out.append(e.date + u'|' + e.label + u'|' + originName(e.origin) + (e.confirmed ? u"|confirmed" : u""));
    return out;
}

bool sortedWithoutOverlaps(const EntityList &list)
{
    for (qsizetype i = 1; i < list.size(); ++i) {
        if (list[i].range.start < list[i - 1].range.end)
            return false;
    }
    return true;
}

} // namespace

class AnnotatedDocumentTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void withoutEdits_showsAutomaticLayer();
    void withoutEdits_eventsInTimelineOrder();
    void tagRange_leavesOutPunctuationAroundTheName_data();
    void tagRange_leavesOutPunctuationAroundTheName();
    void overlappingAutomatic_setAsideAndNotCopied();
    void lookups();
    void tagRange_undoRedo();
    void tagRange_trimsAndRefusesEmpty();
    void retype_undoRedo();
    void reject_undoRedo();
    void edits_keepEventNamesFromOutsideTheSentence();
    void removeReject_restoresAutomatic();
    void resize_data();
    void resize();
    void resize_astral();
    void note_onAutomatic_undoRedo();
    void tagAll_isOneUndoStep();
    void findOccurrences_skipsUserRanges();
    void lexiconLayer_betweenAutoAndUser();
    void addEvent_undoRedo();
    void editAutoEvent_undoRedo();
    void confirmAndNote_undoRedo();
    void hideAndShow_undoRedo();
    void setUserLayer_orphansAndNoUndo();
    void placeAndDiscardOrphan_undoRedo();
    void noteOnly_showsOnAutomatic();
    void duplicateIds_removeOneAtATime();
    void overlappingRecords_orphanedAsOverlap();
    void undoTexts_nameTypesAsTheWindowDoes();
};

void AnnotatedDocumentTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void AnnotatedDocumentTest::withoutEdits_showsAutomaticLayer()
{
    const QString text = sampleText();
    const Analysis analysis = sampleAnalysis(text);
    AnnotatedDocument doc(makeArticle(text), analysis);
    QCOMPARE(doc.entities(), analysis.entities);
    QCOMPARE(doc.events().size(), 2);
    QCOMPARE(doc.events().first().date, QStringLiteral("2021-03-03"));
    QVERIFY(doc.hiddenEvents().isEmpty());
    QVERIFY(doc.userEntities().isEmpty());
    QVERIFY(doc.undoStack()->isClean());
}

void AnnotatedDocumentTest::withoutEdits_eventsInTimelineOrder()
{
    // The automatic events in the timeline's order or out of it: the same
    // timeline, each event keyed by its place in the analysis.
    const QString text = sampleText();
    const Analysis inOrder = sampleAnalysis(text);
    Analysis reversed = inOrder;
    std::reverse(reversed.events.begin(), reversed.events.end());
    AnnotatedDocument a(makeArticle(text), inOrder);
    AnnotatedDocument b(makeArticle(text), reversed);
    QCOMPARE(describeEvents(a.events()), describeEvents(b.events()));
    QCOMPARE(a.events().first().date, QStringLiteral("2021-03-03"));
    QCOMPARE(a.eventKey(0), QStringLiteral("auto:0"));
    QCOMPARE(b.eventKey(0), QStringLiteral("auto:1"));
    QCOMPARE(a.indexOfEvent(QStringLiteral("auto:1")), 1);
    QCOMPARE(b.indexOfEvent(QStringLiteral("auto:1")), 0);
}

void AnnotatedDocumentTest::tagRange_leavesOutPunctuationAroundTheName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("selected"); // the characters a hand dragged over
    QTest::addColumn<QString>("tagged");
    QTest::newRow("a sentence's stop") << u"Crews cleaned the beach at Velmora. Fishing stopped."_s << u"Velmora. "_s
                                       << u"Velmora"_s;
    QTest::newRow("a comma and a space before") << u"They came from Orsk, Velm and Dorn."_s << u", Velm "_s << u"Velm"_s;
    QTest::newRow("an unmatched bracket") << u"The bank (Harwick Trust) said so."_s << u"(Harwick Trust"_s
                                          << u"Harwick Trust"_s;
    QTest::newRow("a bracket matched inside") << u"Shares of Quellor (UK) fell."_s << u"Quellor (UK)"_s
                                              << u"Quellor (UK)"_s;
    QTest::newRow("quotation marks matched") << u"He sang in “Orsa Nights” twice."_s << u"“Orsa Nights”"_s
                                             << u"“Orsa Nights”"_s;
    QTest::newRow("a closing mark alone") << u"He sang in “Orsa Nights” twice."_s << u"Orsa Nights”"_s
                                          << u"Orsa Nights"_s;
    QTest::newRow("an abbreviation's stop") << u"Harlow Ltd. said profits rose."_s << u"Harlow Ltd."_s
                                            << u"Harlow Ltd."_s;
    QTest::newRow("an initial's stop") << u"The letter was signed by Anna J. and sent."_s << u"Anna J."_s
                                       << u"Anna J."_s;
    QTest::newRow("stops inside the word") << u"Troops left the U.S. on Monday."_s << u"U.S."_s << u"U.S."_s;
}

void AnnotatedDocumentTest::tagRange_leavesOutPunctuationAroundTheName()
{
    QFETCH(QString, text);
    QFETCH(QString, selected);
    QFETCH(QString, tagged);
    AnnotatedDocument doc(makeArticle(text), Analysis{});
    const qsizetype at = text.indexOf(selected);
    QVERIFY(at >= 0);
    QVERIFY(doc.tagRange({at, at + selected.size()}, EntityTypes::Location));
    QCOMPARE(doc.userEntities().size(), 1);
    QCOMPARE(text.mid(doc.userEntities().first().range.start, doc.userEntities().first().range.length()), tagged);
}

void AnnotatedDocumentTest::overlappingAutomatic_setAsideAndNotCopied()
{
    // An analysis whose names overlap: an organisation inside a longer one,
    // a second reading of a place, an empty range. Only the first of each
    // is shown; the others are still what the machine had found there.
    const QString text = sampleText();
    Analysis analysis = sampleAnalysis(text);
    const Entity inner = entity(text, QStringLiteral("Water Council"), EntityTypes::Organization);
    Entity otherReading = entity(text, QStringLiteral("Oslo"), EntityTypes::Organization);
    Entity empty = entity(text, QStringLiteral("Bergen"), EntityTypes::Location);
    empty.range.end = empty.range.start;
    analysis.entities << inner << otherReading << empty;
    const QStringList plain = describe(AnnotatedDocument(makeArticle(text), sampleAnalysis(text)));

    AnnotatedDocument doc(makeArticle(text), std::move(analysis));
    QCOMPARE(describe(doc), plain);
    QVERIFY(sortedWithoutOverlaps(doc.entities()));
    // What is shown is the analysis's own list, not a copy of it.
    QVERIFY(doc.entities().isSharedWith(doc.analysis().entities));
    QCOMPARE(doc.analysis().entities.size(), 9);

    const TextRange council = find(text, QStringLiteral("Nordic Water Council"));
    EntityList found = doc.automaticEntitiesIn(council);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).range, council);
    QCOMPARE(found.at(1), inner);
    found = doc.automaticEntitiesIn(find(text, QStringLiteral("Oslo")));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).type, EntityTypes::Location);
    QCOMPARE(found.at(1), otherReading);

    // Where the lexicon takes the longer name, the one inside it shows.
    Lexicon lexicon;
    QVERIFY(lexicon.add({QStringLiteral("Nordic"), QStringLiteral("LOCATION")}));
    doc.applyLexicon(lexicon);
    QVERIFY(describe(doc).contains(QStringLiteral("Nordic:LOCATION:lexicon")));
    QVERIFY(describe(doc).contains(QStringLiteral("Water Council:ORGANIZATION:auto")));
    QVERIFY(!describe(doc).contains(QStringLiteral("Nordic Water Council:ORGANIZATION:auto")));
    QVERIFY(sortedWithoutOverlaps(doc.entities()));
    doc.setLexiconEntities({});
    QCOMPARE(describe(doc), plain);
}

void AnnotatedDocumentTest::lookups()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const TextRange oslo = find(text, QStringLiteral("Oslo"));
    const qsizetype i = doc.entityIndexAt(oslo.start + 2);
    QVERIFY(i >= 0);
    QCOMPARE(doc.entities()[i].range, oslo);
    QCOMPARE(doc.indexOfEntity(oslo), i);
    QCOMPARE(doc.entityIndexAt(oslo.end), -1); // the space after it
    QCOMPARE(doc.indexOfEntity({oslo.start, oslo.end - 1}), -1);
    QCOMPARE(doc.entityIndexAt(-5), -1);
    QCOMPARE(doc.entityIndexAt(text.size() + 5), -1);
}

void AnnotatedDocumentTest::tagRange_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const QStringList before = describe(doc);
    QSignalSpy changed(&doc, &AnnotatedDocument::entitiesChanged);
    QSignalSpy layer(&doc, &AnnotatedDocument::userLayerChanged);

    // Part of an automatic organization, as a location: the organization gives way.
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Nordic Water")), QStringLiteral("LOCATION")));
    const QStringList after = describe(doc);
    QVERIFY(after.contains(QStringLiteral("Nordic Water:LOCATION:user")));
    QVERIFY(!after.contains(QStringLiteral("Nordic Water Council:ORGANIZATION:auto")));
    QCOMPARE(after.size(), before.size());
    QVERIFY(sortedWithoutOverlaps(doc.entities()));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.undoStack()->text(0).contains(u"Nordic Water"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(layer.count(), 1);
    QVERIFY(!doc.undoStack()->isClean());

    doc.undoStack()->undo();
    QCOMPARE(describe(doc), before);
    QVERIFY(doc.userEntities().isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(describe(doc), after);
    QCOMPARE(doc.userEntities().size(), 1);
    QCOMPARE(changed.count(), 3);

    // Tagging the same range again with the same type changes nothing.
    QVERIFY(!doc.tagRange(find(text, QStringLiteral("Nordic Water")), QStringLiteral("LOCATION")));
    // Tagging over one's own tag replaces it.
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Nordic Water Council")), QStringLiteral("ORGANIZATION")));
    QCOMPARE(doc.userEntities().size(), 1);
    QVERIFY(describe(doc).contains(QStringLiteral("Nordic Water Council:ORGANIZATION:user")));
    doc.undoStack()->undo();
    QCOMPARE(describe(doc), after);
}

void AnnotatedDocumentTest::tagRange_trimsAndRefusesEmpty()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    TextRange withSpace = find(text, QStringLiteral(" said "));
    QVERIFY(doc.tagRange(withSpace, QStringLiteral("CUE")));
    const TextRange said = find(text, QStringLiteral("said"));
    QCOMPARE(doc.userEntities().first().range, said);
    QCOMPARE(doc.userEntityAt(said.start + 1)->range, said);
    QVERIFY(!doc.userEntityAt(said.end).has_value());
    QVERIFY(!doc.userEntityAt(said.start - 1).has_value());
    QCOMPARE(doc.userEntity(doc.userEntities().first().id)->range, said);
    QVERIFY(!doc.userEntity(QStringLiteral("urn:uuid:none")).has_value());
    QVERIFY(!doc.tagRange(find(text, QStringLiteral(" ")), QStringLiteral("CUE")));
    QVERIFY(!doc.tagRange({-4, 3}, QString()));
    QVERIFY(!doc.tagRange({text.size() + 1, text.size() + 9}, QStringLiteral("CUE")));
    QCOMPARE(doc.undoStack()->count(), 1);
}

void AnnotatedDocumentTest::retype_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const TextRange bergen = find(text, QStringLiteral("Bergen"));
    const QStringList before = describe(doc);
    QVERIFY(doc.retypeEntity(bergen, QStringLiteral("ORGANIZATION")));
    QVERIFY(describe(doc).contains(QStringLiteral("Bergen:ORGANIZATION:user")));
    QCOMPARE(describe(doc).size(), before.size());
    // Retyping one's own tag keeps the record and its id.
    const QString id = doc.userEntities().first().id;
    QVERIFY(doc.retypeEntity(bergen, QStringLiteral("PLACE")));
    QCOMPARE(doc.userEntities().size(), 1);
    QCOMPARE(doc.userEntities().first().id, id);
    QVERIFY(!doc.retypeEntity(bergen, QStringLiteral("PLACE")));
    QVERIFY(!doc.retypeEntity(find(text, QStringLiteral("meeting")), QStringLiteral("PLACE")));
    doc.undoStack()->undo();
    QVERIFY(describe(doc).contains(QStringLiteral("Bergen:ORGANIZATION:user")));
    doc.undoStack()->undo();
    QCOMPARE(describe(doc), before);
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QVERIFY(describe(doc).contains(QStringLiteral("Bergen:PLACE:user")));
}

void AnnotatedDocumentTest::reject_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const TextRange oslo = find(text, QStringLiteral("Oslo"));
    const QStringList before = describe(doc);
    QVERIFY(doc.rejectEntity(oslo));
    QCOMPARE(doc.indexOfEntity(oslo), -1);
    QCOMPARE(describe(doc).size(), before.size() - 1);
    QCOMPARE(doc.userEntities().size(), 1);
    QVERIFY(doc.userEntities().first().isReject());
    QCOMPARE(doc.userEntities().first().type, QStringLiteral("LOCATION"));
    QCOMPARE(doc.automaticEntitiesIn(oslo).size(), 1);
    QVERIFY(!doc.rejectEntity(oslo)); // nothing shown there any more
    doc.undoStack()->undo();
    QCOMPARE(describe(doc), before);
    doc.undoStack()->redo();
    QCOMPARE(doc.indexOfEntity(oslo), -1);

    // Rejecting a tag of one's own with nothing automatic under it just removes it.
    const TextRange said = find(text, QStringLiteral("said"));
    QVERIFY(doc.tagRange(said, QStringLiteral("CUE")));
    QVERIFY(doc.rejectEntity(said));
    QCOMPARE(doc.userEntities().size(), 1); // only the Oslo rejection
    QCOMPARE(doc.indexOfEntity(said), -1);
}

void AnnotatedDocumentTest::removeReject_restoresAutomatic()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const TextRange oslo = find(text, QStringLiteral("Oslo"));
    QVERIFY(doc.rejectEntity(oslo));
    const QString id = doc.userEntities().first().id;
    QVERIFY(doc.removeUserEntity(id));
    QVERIFY(doc.indexOfEntity(oslo) >= 0);
    QCOMPARE(doc.entities()[doc.indexOfEntity(oslo)].origin, Origin::Auto);
    QVERIFY(!doc.removeUserEntity(id));
    doc.undoStack()->undo();
    QCOMPARE(doc.indexOfEntity(oslo), -1);
    doc.undoStack()->redo();
    QVERIFY(doc.indexOfEntity(oslo) >= 0);
    QCOMPARE(doc.undoStack()->count(), 2);
}

void AnnotatedDocumentTest::resize_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<AnnotatedDocument::Edge>("edge");
    QTest::addColumn<bool>("widen");
    QTest::addColumn<AnnotatedDocument::Step>("step");
    QTest::addColumn<QString>("expected");
    using E = AnnotatedDocument::Edge;
    using S = AnnotatedDocument::Step;
    QTest::newRow("widen start by word") << "Tomas Berg" << E::Start << true << S::Word << "met Tomas Berg";
    QTest::newRow("narrow start by word") << "Tomas Berg" << E::Start << false << S::Word << "Berg";
    QTest::newRow("widen end by word") << "Tomas Berg" << E::End << true << S::Word << "Tomas Berg in";
    QTest::newRow("narrow end by word") << "Tomas Berg" << E::End << false << S::Word << "Tomas";
    QTest::newRow("widen start by character") << "Tomas Berg" << E::Start << true << S::Character << " Tomas Berg";
    QTest::newRow("narrow start by character") << "Tomas Berg" << E::Start << false << S::Character << "omas Berg";
    QTest::newRow("widen end by character") << "Tomas Berg" << E::End << true << S::Character << "Tomas Berg ";
    QTest::newRow("narrow end by character") << "Tomas Berg" << E::End << false << S::Character << "Tomas Ber";
    QTest::newRow("narrow a single word away") << "Oslo" << E::End << false << S::Word << "";
    QTest::newRow("over a neighbour") << "Oslo" << E::End << true << S::Word << "Oslo on";
}

void AnnotatedDocumentTest::resize()
{
    QFETCH(QString, entity);
    QFETCH(AnnotatedDocument::Edge, edge);
    QFETCH(bool, widen);
    QFETCH(AnnotatedDocument::Step, step);
    QFETCH(QString, expected);
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const QStringList before = describe(doc);
    const TextRange range = find(text, entity);
    const QString type = doc.entities()[doc.indexOfEntity(range)].type;
    const bool done = doc.resizeEntity(range, edge, widen, step);
    QCOMPARE(done, !expected.isEmpty());
    if (!done) {
        QCOMPARE(doc.undoStack()->count(), 0);
        return;
    }
    QVERIFY(describe(doc).contains(expected + u':' + type + QStringLiteral(":user")));
    QVERIFY(sortedWithoutOverlaps(doc.entities()));
    doc.undoStack()->undo();
    QCOMPARE(describe(doc), before);
    doc.undoStack()->redo();
    QVERIFY(describe(doc).contains(expected + u':' + type + QStringLiteral(":user")));
    // A second resize moves the same record.
    const TextRange now = find(text, expected);
    QVERIFY(doc.resizeEntity(now, edge, !widen, step));
    QCOMPARE(doc.userEntities().size(), 1);
    QCOMPARE(doc.userEntities().first().range, range);
}

void AnnotatedDocumentTest::resize_astral()
{
    const QString text = QStringLiteral("Team 𝒜lpha 😀 won.");
    Analysis analysis;
    analysis.entities = {entity(text, QStringLiteral("𝒜lpha"), EntityTypes::Organization)};
    AnnotatedDocument doc(makeArticle(text), analysis);
    const TextRange alpha = find(text, QStringLiteral("𝒜lpha"));
    QVERIFY(doc.resizeEntity(alpha, AnnotatedDocument::Edge::Start, false, AnnotatedDocument::Step::Character));
    QCOMPARE(doc.article().slice(doc.entities().first().range), u"lpha");
    doc.undoStack()->undo();
    // Widening by characters takes a surrogate pair as one character.
    QVERIFY(doc.resizeEntity(alpha, AnnotatedDocument::Edge::End, true, AnnotatedDocument::Step::Character));
    QCOMPARE(doc.article().slice(doc.entities().first().range), u"𝒜lpha ");
    const TextRange wider = doc.entities().first().range;
    QVERIFY(doc.resizeEntity(wider, AnnotatedDocument::Edge::End, true, AnnotatedDocument::Step::Character));
    QCOMPARE(doc.article().slice(doc.entities().first().range), u"𝒜lpha 😀"); // the pair stays whole
}

void AnnotatedDocumentTest::note_onAutomatic_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const TextRange date = find(text, QStringLiteral("3 March 2021"));
    const QStringList before = describe(doc);
    QVERIFY(doc.setEntityNote(date, QStringLiteral("checked against the minutes")));
    const Entity &e = doc.entities()[doc.indexOfEntity(date)];
    QCOMPARE(e.note, QStringLiteral("checked against the minutes"));
    QCOMPARE(e.origin, Origin::User);
    QCOMPARE(e.value, QStringLiteral("2021-03-03")); // what the automatic entity knew is kept
    // And that the tag is the analysis's, with its reason: the person only added a note.
    QVERIFY(e.alsoFound);
    const auto automatic = std::find_if(doc.analysis().entities.cbegin(), doc.analysis().entities.cend(),
        [date](const Entity &a) { return a.range == date; });
    QVERIFY(automatic != doc.analysis().entities.cend());
    QVERIFY(!automatic->why.isEmpty());
    QCOMPARE(e.why, automatic->why);
    QVERIFY(!doc.setEntityNote(date, QStringLiteral("checked against the minutes")));
    doc.undoStack()->undo();
    QCOMPARE(describe(doc), before);
    QVERIFY(doc.entities()[doc.indexOfEntity(date)].note.isEmpty());
    doc.undoStack()->redo();
    // Clearing the note removes the tag that only held it.
    QVERIFY(doc.setEntityNote(date, QString()));
    QVERIFY(doc.userEntities().isEmpty());
    QCOMPARE(describe(doc), before);
    doc.undoStack()->undo();
    QCOMPARE(doc.userEntities().size(), 1);

    // A note on one's own retyped tag stays a tag when the note is cleared.
    const TextRange oslo = find(text, QStringLiteral("Oslo"));
    QVERIFY(doc.retypeEntity(oslo, QStringLiteral("ORGANIZATION")));
    QVERIFY(doc.setEntityNote(oslo, QStringLiteral("the city council")));
    QVERIFY(doc.setEntityNote(oslo, QString()));
    QVERIFY(describe(doc).contains(QStringLiteral("Oslo:ORGANIZATION:user")));
}

void AnnotatedDocumentTest::tagAll_isOneUndoStep()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const QStringList before = describe(doc);
    // "Berg" alone: whole words only, so neither "Bergen" nor "Bergström";
    // and both lie inside "Tomas Berg", which tagging them would split.
    QList<TextRange> insideLonger;
    QCOMPARE(doc.findOccurrences(QStringLiteral("Berg"), &insideLonger).size(), 0);
    QCOMPARE(insideLonger, (QList<TextRange>{find(text, QStringLiteral("Berg")), find(text, QStringLiteral("Berg"), 2)}));
    QCOMPARE(doc.findOccurrences(QStringLiteral("berg")).size(), 0); // case-sensitive
    // The full name once, plus "Lindqvist" whose canonical name it is.
    const QList<TextRange> found = doc.findOccurrences(QStringLiteral("Maria Lindqvist"));
    QCOMPARE(found, (QList<TextRange>{find(text, QStringLiteral("Maria Lindqvist")),
                                      find(text, QStringLiteral("Lindqvist"), 1)}));
    QCOMPARE(doc.tagAllOccurrences(QStringLiteral("Tomas Berg"), QStringLiteral("OFFICIAL")), 2);
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(describe(doc).contains(QStringLiteral("Tomas Berg:OFFICIAL:user")));
    QCOMPARE(describe(doc).filter(QStringLiteral(":OFFICIAL:user")).size(), 2);
    doc.undoStack()->undo();
    QCOMPARE(describe(doc), before);
    doc.undoStack()->redo();
    QCOMPARE(describe(doc).filter(QStringLiteral(":OFFICIAL:user")).size(), 2);
    QCOMPARE(doc.tagAllOccurrences(QStringLiteral("Tomas Berg"), QStringLiteral("OFFICIAL")), 0); // all taken
    QCOMPARE(doc.tagAllOccurrences(QStringLiteral("nowhere"), QStringLiteral("OFFICIAL")), 0);
    QCOMPARE(doc.undoStack()->count(), 1);
}

void AnnotatedDocumentTest::findOccurrences_skipsUserRanges()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Tomas")), QStringLiteral("PERSON")));
    const QList<TextRange> found = doc.findOccurrences(QStringLiteral("Tomas Berg"));
    QCOMPARE(found, QList<TextRange>{find(text, QStringLiteral("Tomas Berg"), 1)});
}

void AnnotatedDocumentTest::lexiconLayer_betweenAutoAndUser()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    Lexicon lexicon;
    QVERIFY(lexicon.add({QStringLiteral("Nordic Water"), QStringLiteral("PROGRAMME")}));
    QVERIFY(lexicon.add({QStringLiteral("meeting"), QStringLiteral("EVENT")}));
    doc.applyLexicon(lexicon);
    QStringList shown = describe(doc);
    QVERIFY(shown.contains(QStringLiteral("Nordic Water:PROGRAMME:lexicon")));
    QVERIFY(!shown.contains(QStringLiteral("Nordic Water Council:ORGANIZATION:auto")));
    QVERIFY(shown.contains(QStringLiteral("meeting:EVENT:lexicon")));
    QVERIFY(sortedWithoutOverlaps(doc.entities()));
    // The user's own edit wins over the lexicon.
    QVERIFY(doc.rejectEntity(find(text, QStringLiteral("meeting"))));
    QVERIFY(!describe(doc).contains(QStringLiteral("meeting:EVENT:lexicon")));
    QVERIFY(doc.retypeEntity(find(text, QStringLiteral("Nordic Water")), QStringLiteral("ORGANIZATION")));
    shown = describe(doc);
    QVERIFY(shown.contains(QStringLiteral("Nordic Water:ORGANIZATION:user"))); // the user's own decision now
    doc.setLexiconEntities({});
    QVERIFY(describe(doc).contains(QStringLiteral("Nordic Water:ORGANIZATION:user")));
    QVERIFY(describe(doc).contains(QStringLiteral("Nordic Water Council:ORGANIZATION:auto")) == false);
}

void AnnotatedDocumentTest::edits_keepEventNamesFromOutsideTheSentence()
{
    // The extractor names the person a pronoun stands for ("He retired in
    // 2022" is Tomas Berg's), who is no entity of that sentence: an edit
    // elsewhere leaves that name on the event, while a rejected name of
    // the sentence itself goes.
    const QString text = sampleText();
    Analysis analysis = sampleAnalysis(text);
    analysis.events[1].entities = {QStringLiteral("Tomas Berg")};
    AnnotatedDocument doc(makeArticle(text), analysis);
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Bergström")), QStringLiteral("PERSON")));
    QVERIFY(doc.events()[1].entities.contains(QStringLiteral("Tomas Berg")));
    QVERIFY(doc.events()[0].entities.contains(QStringLiteral("Tomas Berg")));
    QVERIFY(doc.rejectEntity(find(text, QStringLiteral("Tomas Berg"))));
    QVERIFY(!doc.events()[0].entities.contains(QStringLiteral("Tomas Berg")));
    QVERIFY(doc.events()[0].entities.contains(QStringLiteral("Maria Lindqvist")));
    QVERIFY(doc.events()[1].entities.contains(QStringLiteral("Tomas Berg")));
}

void AnnotatedDocumentTest::addEvent_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    QSignalSpy changed(&doc, &AnnotatedDocument::eventsChanged);
    const TextRange selection = find(text, QStringLiteral("would meet again"));
    QVERIFY(!doc.addEvent(selection, QString(), QStringLiteral("no date")));
    QVERIFY(doc.addEvent(selection, QStringLiteral("2021-04"), QStringLiteral("Council to meet again")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(describeEvents(doc.events()),
             (QStringList{QStringLiteral("2021-03-03|Maria Lindqvist met Tomas Berg|auto"),
                          QStringLiteral("2021-04|Council to meet again|user"),
                          QStringLiteral("2022|A second meeting followed|auto")}));
    const TimelineEvent &added = doc.events()[1];
    QCOMPARE(added.expression, selection);
    QVERIFY(added.sentence.contains(selection));
    QVERIFY(added.entities.contains(QStringLiteral("Maria Lindqvist"))); // "Lindqvist" by its canonical name
    QVERIFY(added.entities.contains(QStringLiteral("Nordic Water Council")));
    const QString key = doc.eventKey(1);
    QVERIFY(doc.editEvent(key, QStringLiteral("2021-05"), QString(), QStringLiteral("Council meets")));
    QCOMPARE(doc.events()[1].date, QStringLiteral("2021-05"));
    QVERIFY(doc.removeAddedEvent(key));
    QCOMPARE(doc.events().size(), 2);
    doc.undoStack()->undo();
    QCOMPARE(doc.events()[1].label, QStringLiteral("Council meets"));
    doc.undoStack()->undo();
    QCOMPARE(doc.events()[1].label, QStringLiteral("Council to meet again"));
    doc.undoStack()->undo();
    QCOMPARE(doc.events().size(), 2);
    QVERIFY(doc.timelineEdits().isEmpty());
    doc.undoStack()->redo();
    QCOMPARE(doc.events().size(), 3);
}

void AnnotatedDocumentTest::editAutoEvent_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const QStringList before = describeEvents(doc.events());
    const QString key = doc.eventKey(1);
    QVERIFY(doc.editEvent(key, QStringLiteral("2020"), QString(), QStringLiteral("A second meeting followed")));
    // Moved before the first event, changed by the user; only the date is an override.
    QCOMPARE(describeEvents(doc.events()).first(), QStringLiteral("2020|A second meeting followed|user"));
    QCOMPARE(doc.timelineEdits().size(), 1);
    QVERIFY(doc.timelineEdits().first().date.has_value());
    QVERIFY(!doc.timelineEdits().first().label.has_value());
    QCOMPARE(doc.indexOfEvent(key), 0);
    doc.undoStack()->undo();
    QCOMPARE(describeEvents(doc.events()), before);
    QVERIFY(doc.timelineEdits().isEmpty());
    doc.undoStack()->redo();
    // Setting it back to the automatic values leaves no edit at all.
    QVERIFY(doc.editEvent(key, QStringLiteral("2022"), QString(), QStringLiteral("A second meeting followed")));
    QVERIFY(doc.timelineEdits().isEmpty());
    QCOMPARE(describeEvents(doc.events()), before);
    QVERIFY(!doc.editEvent(QStringLiteral("auto:99"), QStringLiteral("2022"), QString(), QString()));
    QVERIFY(!doc.editEvent(QStringLiteral("nonsense"), QStringLiteral("2022"), QString(), QString()));
}

void AnnotatedDocumentTest::confirmAndNote_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const QString key = doc.eventKey(0);
    QVERIFY(doc.setEventConfirmed(key, true));
    QVERIFY(!doc.setEventConfirmed(key, true));
    QVERIFY(doc.setEventNote(key, QStringLiteral("two sources")));
    QCOMPARE(doc.timelineEdits().size(), 1); // one edit per event
    QVERIFY(doc.events()[0].confirmed);
    QCOMPARE(doc.events()[0].note, QStringLiteral("two sources"));
    QCOMPARE(doc.events()[0].origin, Origin::Auto);
    doc.undoStack()->undo();
    QVERIFY(doc.events()[0].note.isEmpty());
    QVERIFY(doc.events()[0].confirmed);
    doc.undoStack()->undo();
    QVERIFY(!doc.events()[0].confirmed);
    QVERIFY(doc.timelineEdits().isEmpty());
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QVERIFY(doc.events()[0].confirmed);
    QCOMPARE(doc.events()[0].note, QStringLiteral("two sources"));
}

void AnnotatedDocumentTest::hideAndShow_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    const QString key = doc.eventKey(0);
    QVERIFY(doc.setEventHidden(key, true));
    QCOMPARE(doc.events().size(), 1);
    QCOMPARE(doc.hiddenEvents().size(), 1);
    QCOMPARE(doc.hiddenEventKey(0), key);
    QCOMPARE(doc.indexOfEvent(key), -1);
    doc.undoStack()->undo();
    QCOMPARE(doc.events().size(), 2);
    QVERIFY(doc.hiddenEvents().isEmpty());
    doc.undoStack()->redo();
    QVERIFY(doc.setEventHidden(doc.hiddenEventKey(0), false));
    QCOMPARE(doc.events().size(), 2);
    QVERIFY(doc.timelineEdits().isEmpty());
    // Added events are removed, not hidden.
    QVERIFY(doc.addEvent(find(text, QStringLiteral("agreed")), QStringLiteral("2021"), QStringLiteral("Agreement")));
    const QString added = doc.timelineEdits().last().id;
    QVERIFY(doc.indexOfEvent(added) >= 0);
    QVERIFY(!doc.setEventHidden(added, true));
}

void AnnotatedDocumentTest::setUserLayer_orphansAndNoUndo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    QVERIFY(doc.tagRange(find(text, QStringLiteral("said")), QStringLiteral("CUE")));
    UserLayer layer;
    UserEntity good;
    good.id = newAnnotationId();
    good.range = find(text, QStringLiteral("Bergen"));
    good.type = QStringLiteral("PORT");
    UserEntity outside = good;
    outside.id = newAnnotationId();
    outside.range = {text.size() - 2, text.size() + 10};
    UserEntity overlapping = good;
    overlapping.id = newAnnotationId();
    overlapping.range = {good.range.start + 2, good.range.end + 3};
    TimelineEdit lost;
    lost.id = newAnnotationId();
    lost.kind = TimelineEdit::Kind::Amended;
    lost.target = find(text, QStringLiteral("Oslo")); // no automatic event there
    lost.confirmed = true;
    layer.entities = {outside, good, overlapping};
    layer.timeline = {lost};
    QSignalSpy orphans(&doc, &AnnotatedDocument::orphansChanged);
    doc.setUserLayer(layer);
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(doc.undoStack()->isClean());
    QCOMPARE(doc.userEntities().size(), 1);
    QCOMPARE(doc.userEntities().first().id, good.id);
    QCOMPARE(doc.orphans().size(), 3);
    QVERIFY(doc.timelineEdits().isEmpty());
    QCOMPARE(orphans.count(), 1);
    for (const Orphan &o : doc.orphans())
        QVERIFY(!o.reason.isEmpty());
    QVERIFY(describe(doc).contains(QStringLiteral("Bergen:PORT:user")));
}

void AnnotatedDocumentTest::placeAndDiscardOrphan_undoRedo()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    UserLayer layer;
    Orphan o;
    o.entity.id = newAnnotationId();
    o.entity.type = QStringLiteral("PORT");
    o.entity.note = QStringLiteral("harbour city");
    o.anchor.exact = QStringLiteral("Bergenn");
    Orphan other = o;
    other.entity.id = newAnnotationId();
    layer.orphans = {o, other};
    doc.setUserLayer(layer);
    QCOMPARE(doc.orphans().size(), 2);
    const TextRange bergen = find(text, QStringLiteral("Bergen"));
    QVERIFY(doc.placeOrphan(o.id(), bergen));
    QCOMPARE(doc.orphans().size(), 1);
    QCOMPARE(doc.entities()[doc.indexOfEntity(bergen)].note, QStringLiteral("harbour city"));
    QVERIFY(!doc.placeOrphan(o.id(), bergen));
    doc.undoStack()->undo();
    QCOMPARE(doc.orphans().size(), 2);
    QCOMPARE(doc.entities()[doc.indexOfEntity(bergen)].origin, Origin::Auto);
    doc.undoStack()->redo();
    QVERIFY(doc.discardOrphan(other.id()));
    QVERIFY(doc.orphans().isEmpty());
    doc.undoStack()->undo();
    QCOMPARE(doc.orphans().size(), 1);
    QCOMPARE(doc.orphans().first().id(), other.id());
}

void AnnotatedDocumentTest::duplicateIds_removeOneAtATime()
{
    // Two tags and two added events sharing ids, as a hand-merged file may
    // hold: every removal takes out one record, and undo brings back that one.
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    UserLayer layer;
    UserEntity oslo;
    oslo.id = newAnnotationId();
    oslo.range = find(text, QStringLiteral("Oslo"));
    oslo.type = QStringLiteral("CITY");
    UserEntity bergen = oslo;
    bergen.range = find(text, QStringLiteral("Bergen"));
    layer.entities = {oslo, bergen};
    TimelineEdit meeting;
    meeting.id = newAnnotationId();
    meeting.kind = TimelineEdit::Kind::Added;
    meeting.target = find(text, QStringLiteral("would meet again"));
    meeting.date = QStringLiteral("2021-04");
    meeting.label = QStringLiteral("Council meets again");
    TimelineEdit agreed = meeting;
    agreed.target = find(text, QStringLiteral("agreed"));
    agreed.label = QStringLiteral("Berg agrees");
    layer.timeline = {meeting, agreed};
    doc.setUserLayer(layer);
    QCOMPARE(doc.userEntities().size(), 2);
    QCOMPARE(doc.timelineEdits().size(), 2);

    QVERIFY(doc.removeUserEntity(oslo.id));
    QCOMPARE(doc.userEntities().size(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.userEntities().size(), 2);
    QCOMPARE(doc.userLayer().entities, layer.entities);
    doc.undoStack()->redo();
    QCOMPARE(doc.userEntities().size(), 1);
    QVERIFY(doc.removeUserEntity(oslo.id));
    QVERIFY(doc.userEntities().isEmpty());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.userEntities().size(), 2);

    // Retyping one tag replaces that one only.
    QVERIFY(doc.retypeEntity(bergen.range, QStringLiteral("PORT")));
    QCOMPARE(doc.userEntities().size(), 2);
    QCOMPARE(doc.userEntityAt(oslo.range.start)->type, QStringLiteral("CITY"));
    doc.undoStack()->undo();

    QVERIFY(doc.removeAddedEvent(meeting.id));
    QCOMPARE(doc.timelineEdits().size(), 1);
    doc.undoStack()->undo();
    QCOMPARE(doc.timelineEdits().size(), 2);
}

void AnnotatedDocumentTest::overlappingRecords_orphanedAsOverlap()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
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
    doc.setUserLayer(layer);
    QCOMPARE(doc.userEntities().size(), 1);
    QCOMPARE(doc.orphans().size(), 1);
    const Orphan &o = doc.orphans().first();
    QCOMPARE(o.cause, Orphan::Cause::Overlap);
    QCOMPARE(o.entity.id, water.id);
    // Saved with its place, so that the next open finds it (and reports it) again.
    QCOMPARE(o.anchor, makeAnchor(text, water.range));
}

void AnnotatedDocumentTest::noteOnly_showsOnAutomatic()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    UserLayer layer;
    UserEntity note;
    note.id = newAnnotationId();
    note.range = find(text, QStringLiteral("Oslo"));
    note.note = QStringLiteral("capital");
    UserEntity lonely = note;
    lonely.id = newAnnotationId();
    lonely.range = find(text, QStringLiteral("agreed"));
    layer.entities = {note, lonely};
    doc.setUserLayer(layer);
    const Entity &oslo = doc.entities()[doc.indexOfEntity(note.range)];
    QCOMPARE(oslo.type, QStringLiteral("LOCATION"));
    QCOMPARE(oslo.note, QStringLiteral("capital"));
    QCOMPARE(doc.indexOfEntity(lonely.range), -1); // a note alone shows no entity
    // Clearing the note removes the note-only record.
    QVERIFY(doc.setEntityNote(note.range, QString()));
    QCOMPARE(doc.userEntities().size(), 1);
}

// Edit → Undo names the type as the legend and the menus do, not as files store it.
void AnnotatedDocumentTest::undoTexts_nameTypesAsTheWindowDoes()
{
    const QString text = sampleText();
    AnnotatedDocument doc(makeArticle(text), sampleAnalysis(text));
    QVERIFY(doc.tagRange(find(text, QStringLiteral("Nordic Water")), QStringLiteral("LOCATION")));
    QVERIFY2(doc.undoStack()->undoText().endsWith(QStringLiteral(" as Place")),
        qPrintable(doc.undoStack()->undoText()));
    QVERIFY(doc.retypeEntity(find(text, QStringLiteral("Nordic Water")), QStringLiteral("ORGANIZATION")));
    QVERIFY2(doc.undoStack()->undoText().endsWith(QStringLiteral(" as Organization")),
        qPrintable(doc.undoStack()->undoText()));
    QVERIFY(doc.retypeEntity(find(text, QStringLiteral("Nordic Water")), QStringLiteral("HEAD_OF_STATE")));
    QVERIFY2(doc.undoStack()->undoText().endsWith(QStringLiteral(" as Head of state")),
        qPrintable(doc.undoStack()->undoText()));
    QVERIFY(doc.tagAllOccurrences(QStringLiteral("Oslo"), QStringLiteral("PERSON")) > 0);
    QVERIFY2(doc.undoStack()->undoText().endsWith(QStringLiteral(" as Person")),
        qPrintable(doc.undoStack()->undoText()));
}

QTEST_GUILESS_MAIN(AnnotatedDocumentTest)
#include "annotateddocument_test.moc"
