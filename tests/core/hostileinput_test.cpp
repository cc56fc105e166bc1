// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Input meant to hurt: huge files, huge lines, odd file names, a folder that
// cannot be written. Each case says what Annalist does with it. (Deep HTML
// nesting is in htmlextractor_test, hostile sidecar values in sidecar_test,
// remote content in the window in tests/ui/hostileinput_test.)

#include "analysis/analyzer.h"
#include "annotations/annotateddocument.h"
#include "article/loader.h"
#include "storage/annotationsession.h"
#include "annotations/testdocument.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace Annalist;
using namespace Annalist::Testing;
using namespace Qt::StringLiterals;

namespace {

/// The peak resident size of this process so far, in bytes.
qint64 peakMemory()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

/// A plain-text file dated 14 March 2024 whose text is one line of `words`
/// repeated to 5 MB.
QByteArray oneLine5MB(const QByteArray &words)
{
    QByteArray bytes = "date 2024-03-14\n";
    while (bytes.size() < 5 * 1024 * 1024)
        bytes += words;
    return bytes;
}

} // namespace

class HostileInputTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void file200MB_refusedWithoutReadingIt();
    void singleLine5MB_withoutPunctuation_isAnalysed();
    void singleLine5MB_isAnalysed();
    void singleLine5MB_ofDatesByTense_isAnalysed();
    void namesWithSpacesAndNonAscii_loadAndSave_data();
    void namesWithSpacesAndNonAscii_loadAndSave();
};

void HostileInputTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void HostileInputTest::file200MB_refusedWithoutReadingIt()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge report.txt"_s);
    {
        // Real text, not a sparse file: reading it would cost its size in memory.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray chunk;
        while (chunk.size() < 1024 * 1024)
            chunk += "The ferry left Bergen for Oslo at noon on Tuesday. ";
        chunk.truncate(1024 * 1024);
        for (int i = 0; i < 200; ++i)
            QCOMPARE(f.write(chunk), chunk.size());
    }
    const qint64 before = peakMemory();
    const LoadResult r = loadArticle(path);
    const qint64 grown = peakMemory() - before;
    QCOMPARE(r.status, LoadResult::Status::TooLarge);
    QCOMPARE(r.message, u"huge report.txt is larger than the 64 MB limit (200.0 MB)"_s);
    QVERIFY(r.article.text.isEmpty());
    QVERIFY2(grown < 32 * 1024 * 1024, qPrintable(u"the peak memory grew by %1 bytes"_s.arg(grown)));
}

void HostileInputTest::singleLine5MB_withoutPunctuation_isAnalysed()
{
    // One 5 MB sentence: no full stop, no line end, dates and names all along.
    // (Event extraction once went cubic on a long sentence; a hang here ends
    // in the test's time-out.)
    const LoadResult r = parseArticle(
        oneLine5MB("the Harbour Council in Bergen met Maria Lindqvist on 3 March 2021 and in 2022 and then "), u"line.txt"_s);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.article.paragraphs.size(), 1);
    QCOMPARE(r.article.sentences.size(), 1);
    const Analysis a = Analyzer().analyze(r.article);
    QVERIFY(!a.timexes.isEmpty());
    QVERIFY(!a.events.isEmpty());
}

void HostileInputTest::singleLine5MB_isAnalysed()
{
    const LoadResult r =
        parseArticle(oneLine5MB("The Harbour Council met Maria Lindqvist in Bergen on 3 March 2021. "), u"line.txt"_s);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.article.paragraphs.size(), 1);
    const Analysis a = Analyzer().analyze(r.article);
    QVERIFY(a.timexes.size() >= r.article.sentences.size());
    QVERIFY(!a.events.isEmpty());
}

void HostileInputTest::singleLine5MB_ofDatesByTense_isAnalysed()
{
    // One 5 MB sentence of dates whose year or day comes from the tense and
    // the dates before them ("on 3 March", "on Friday", "at 10:30"). Reading
    // the whole sentence for each once made tagging quadratic (a 1 MB line
    // took seconds); a hang here ends in the test's time-out.
    const QByteArray words = "the council met on 3 March and will meet on Friday at 10:30 and again on 2 June then ";
    const QByteArray bytes = oneLine5MB(words);
    const LoadResult r = parseArticle(bytes, u"line.txt"_s);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.article.sentences.size(), 1);
    const Analysis a = Analyzer().analyze(r.article);
    // Every repetition's four expressions are found, with values.
    const qsizetype repetitions = bytes.count(words);
    QVERIFY2(a.timexes.size() >= 4 * repetitions, qPrintable(QString::number(a.timexes.size())));
    QCOMPARE(a.timexes.at(0).value, u"2024-03-03"_s);
    QVERIFY(!a.events.isEmpty());
}

void HostileInputTest::namesWithSpacesAndNonAscii_loadAndSave_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::newRow("spaces") << u"my articles"_s << u"harbour strike  (2).txt"_s;
    QTest::newRow("accents") << u"Über die Brücke"_s << u"Émile à Genève.md"_s;
    QTest::newRow("Cyrillic, CJK, emoji") << u"Новости"_s << u"东京 报告 🚢.html"_s;
    QTest::newRow("quotes and shell characters") << u"it's \"here\""_s << u"$HOME; rm -rf *.txt"_s;
}

void HostileInputTest::namesWithSpacesAndNonAscii_loadAndSave()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(folder));
    const QString path = dir.filePath(folder + u'/' + file);
    const QString text = sampleText();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes = text.toUtf8();
        if (file.endsWith(u".html"))
            bytes = "<html><body><p>" + bytes.replace('\n', "</p><p>") + "</p></body></html>";
        else if (file.endsWith(u".md"))
            bytes.replace('\n', "\n\n"); // a single line end is a soft break in Markdown
        f.write(bytes);
    }
    const LoadResult r = loadArticle(path);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.article.path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(r.article.text, text);

    const QString sidecar = Sidecar::besidePath(path);
    QCOMPARE(QFileInfo(sidecar).fileName(), file + u".annalist.json"_s);
    {
        AnnotatedDocument doc(r.article, sampleAnalysis(text));
        AnnotationSession session(&doc);
        session.open();
        QVERIFY(doc.tagRange(find(text, u"Bergen"_s), u"PORT"_s));
        QVERIFY2(session.save(), qPrintable(session.message()));
        QCOMPARE(session.sidecarPath(), sidecar);
    }
    QVERIFY(QFile::exists(sidecar));
    AnnotatedDocument again(loadArticle(path).article, sampleAnalysis(text));
    AnnotationSession session(&again);
    const AnnotationSession::OpenResult opened = session.open();
    QCOMPARE(opened.path, sidecar);
    QCOMPARE(again.userEntities().size(), 1);

    // A message that names the file names it as it is.
    QFile::remove(path);
    const LoadResult missing = loadArticle(path);
    QVERIFY2(missing.message.contains(file), qPrintable(missing.message));
}

QTEST_GUILESS_MAIN(HostileInputTest)
#include "hostileinput_test.moc"
