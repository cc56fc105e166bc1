// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The library: indexing folders into SQLite, incremental updates, search,
// the cross-article timeline, and the database rebuilt after it was deleted,
// damaged or interrupted. Every test works in its own temporary folders,
// with XDG_DATA_HOME pointed at one of them.

#include "analysis/analyzer.h"
#include "annotations/lexicon.h"
#include "article/loader.h"
#include "library/library.h"
#include "library/libraryindexer.h"
#include "library/librarysearch.h"
#include "library/librarytimeline.h"
#include "storage/sidecar.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Annalist;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

const QByteArray HarbourArticle = "date 2011-03-20\n\n"
                                  "Velmoran Accord signed\n\n"
                                  "On 14 March 2011, the presidents of Ostravia and Pellund signed the Velmoran Water Accord in the "
                                  "harbour town of Quessel, ending a long dispute over the river.\n\n"
                                  "The Northern Grain Council (NGC) welcomed the agreement. The NGC said the harbour "
                                  "would reopen in 2012.\n";
const QByteArray SecondReport = "date 2011-03-15\n\n"
                                "Neighbours settle river dispute\n\n"
                                "Ostravia and Pellund signed the Velmoran Water Accord in Quessel on 14 March 2011, "
                                "ending the dispute over the river.\n\n"
                                "Fishermen in the delta were sceptical.\n";
const QByteArray UnrelatedArticle = "date 2011-04-02\n\n"
                                    "Orchestra tour\n\n"
                                    "On 14 March 2011, the Lindqvist Chamber Orchestra opened its tour in Barrowfield "
                                    "with a concert of forgotten overtures.\n";

} // namespace

class LibraryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data; ///< XDG_DATA_HOME of the whole run; each test uses a fresh subfolder for the library
    std::unique_ptr<QTemporaryDir> m_articles;
    QString m_libraryFolder;
    Analyzer m_analyzer;
    Lexicon m_lexicon;

    QString articles() const { return m_articles->path(); }

    IndexReport index(Library &library, int batch = 64, const LibraryIndexer::ProgressFunction &progress = {},
                      const std::atomic<bool> *cancel = nullptr)
    {
        LibraryIndexer indexer(library, m_analyzer, m_lexicon);
        indexer.setBatchSize(batch);
        indexer.setThreads(2);
        return indexer.update(progress, cancel);
    }

    void openWithFolder(Library &library)
    {
        QVERIFY(library.open(m_libraryFolder).status == Library::OpenResult::Status::Ok);
        QVERIFY(library.addFolder(articles()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    }

    void init()
    {
        m_articles = std::make_unique<QTemporaryDir>();
        static int n = 0;
        m_libraryFolder = m_data.filePath(QStringLiteral("library%1").arg(++n));
        m_lexicon.clear();
        writeFile(articles() + QStringLiteral("/harbour.txt"), HarbourArticle);
        writeFile(articles() + QStringLiteral("/more/second.txt"), SecondReport);
        writeFile(articles() + QStringLiteral("/orchestra.md"), UnrelatedArticle);
    }

    void defaultFolder_followsXdgDataHome()
    {
        QVERIFY2(Library::defaultFolder().startsWith(m_data.path()), qPrintable(Library::defaultFolder()));
    }

    void indexFolder_findsEveryArticle()
    {
        Library library;
        openWithFolder(library);
        QVERIFY(library.isFresh());
        const IndexReport report = index(library);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.added, 3);
        QCOMPARE(report.failures.size(), 0);
        const LibrarySearch search(library);
        QCOMPARE(search.statistics().articles, 3);
        QVERIFY(search.statistics().events >= 3);
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void search_fullTextWithHighlightedSnippet()
    {
        Library library;
        openWithFolder(library);
        index(library);
        const LibrarySearch search(library);
        const LibrarySearchResult result = search.search(LibraryQuery::parse(QStringLiteral("overtures")));
        QVERIFY(result.ok());
        QCOMPARE(result.hits.size(), 1);
        const LibraryHit &hit = result.hits.first();
        QVERIFY(hit.path.endsWith(QStringLiteral("orchestra.md")));
        QCOMPARE(hit.highlights.size(), 1);
        QCOMPARE(hit.snippet.mid(hit.highlights.first().start, hit.highlights.first().length()), QStringLiteral("overtures"));
        // The offset opens the article at the word.
        const LoadResult loaded = loadArticle(hit.path);
        QCOMPARE(loaded.article.text.mid(hit.offset, 9), QStringLiteral("overtures"));

        // Every word must occur; a phrase keeps its order.
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("river Quessel"))).hits.size(), 2);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("river orchestra"))).hits.size(), 0);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("\"river dispute\""))).hits.size(), 1);
        // Punctuation that FTS5 would read as syntax is only a separator.
        QVERIFY(search.search(LibraryQuery::parse(QStringLiteral("river) AND (NOT: -^"))).ok());
    }

    void search_snippetMarksEveryTermAndIgnoresCaseAndAccents()
    {
        writeFile(articles() + QStringLiteral("/festival.txt"),
                  "date 2011-06-01\n\nFestival\n\nThe Zürich choir sang in Quessel. Later the ZURICH choir and the "
                  "harbour band played until dawn.\n");
        Library library;
        openWithFolder(library);
        index(library);
        const LibrarySearch search(library);
        const LibrarySearchResult result = search.search(LibraryQuery::parse(QStringLiteral("zurich choir")));
        QVERIFY(result.ok());
        QCOMPARE(result.hits.size(), 1);
        const LibraryHit &hit = result.hits.first();
        QStringList marked;
        for (const TextRange &h : hit.highlights)
            marked << hit.snippet.mid(h.start, h.length());
        QCOMPARE(marked, (QStringList{QStringLiteral("Zürich"), QStringLiteral("choir"), QStringLiteral("ZURICH"),
                                      QStringLiteral("choir")}));
        // The offset is the first match's.
        QCOMPARE(loadArticle(hit.path).article.text.mid(hit.offset, 6), QStringLiteral("Zürich"));
        // A phrase is marked as one range, a prefix on the words it begins.
        const LibraryHit phrase = search.search(LibraryQuery::parse(QStringLiteral("\"harbour band\""))).hits.value(0);
        QCOMPARE(phrase.highlights.size(), 1);
        QCOMPARE(phrase.snippet.mid(phrase.highlights.first().start, phrase.highlights.first().length()),
                 QStringLiteral("harbour band"));
        const LibraryHit prefix = search.search(LibraryQuery::parse(QStringLiteral("festiv*"))).hits.value(0);
        QVERIFY(prefix.path.endsWith(QStringLiteral("festival.txt")));
        QCOMPARE(prefix.snippet.mid(prefix.highlights.value(0).start, prefix.highlights.value(0).length()),
                 QStringLiteral("Festival"));
    }

    void articleFacts_typesAndDaysOfEachArticle()
    {
        Library library;
        openWithFolder(library);
        index(library);
        QSqlQuery q(library.database());
        QVERIFY(q.exec(QStringLiteral("SELECT types, first_day, last_day FROM articles WHERE path LIKE '%harbour.txt'")));
        QVERIFY(q.next());
        // Its types, and from the accord (14 March 2011) to the harbour's reopening (2012).
        QVERIFY2(q.value(0).toString().contains(QStringLiteral("|ORGANIZATION|")), qPrintable(q.value(0).toString()));
        QVERIFY(!q.value(0).toString().contains(QStringLiteral("|DATE|")));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2011-03-14"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("2012-12-31"));
        // A search by type alone finds the articles naming one, and no other.
        const LibrarySearch search(library);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("type:ORGANIZATION"))).hits.size(),
                 search.count(LibraryQuery::parse(QStringLiteral("type:ORGANIZATION"))));
        QCOMPARE(search.count(LibraryQuery::parse(QStringLiteral("type:NOSUCHTYPE"))), 0);
        QCOMPARE(search.count(LibraryQuery::parse(QStringLiteral("river"))), 2);
    }

    void search_byEntityAliasTypeAndDate()
    {
        Library library;
        openWithFolder(library);
        index(library);
        const LibrarySearch search(library);
        // "NGC" is the alias the acronym definition links to the council.
        const LibrarySearchResult byAlias = search.search(LibraryQuery::parse(QStringLiteral("entity:ngc")));
        QCOMPARE(byAlias.hits.size(), 1);
        QVERIFY(byAlias.hits.first().path.endsWith(QStringLiteral("harbour.txt")));
        const LibrarySearchResult byName
            = search.search(LibraryQuery::parse(QStringLiteral("entity:\"northern grain council\"")));
        QCOMPARE(byName.hits.size(), 1);
        QVERIFY(!byName.hits.first().snippet.isEmpty());
        QVERIFY(byName.hits.first().offset > 0);

        const LibrarySearchResult ostravia = search.search(LibraryQuery::parse(QStringLiteral("entity:Ostravia")));
        QCOMPARE(ostravia.hits.size(), 2);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("entity:Ostravia type:PERSON"))).hits.size(), 0);

        // Dated in April, or reporting an event in 2012.
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("from:2011-04"))).hits.size(), 2);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("from:2011-03-16 to:2011-03-31"))).hits.size(), 1);
        QVERIFY(!search.search(LibraryQuery::parse(QStringLiteral("from:soon"))).ok());
    }

    void entityIndex_countsArticlesMentionsAndDates()
    {
        Library library;
        openWithFolder(library);
        index(library);
        const LibrarySearch search(library);
        const QList<LibraryEntity> all = search.entities();
        const auto council = std::find_if(all.cbegin(), all.cend(), [](const LibraryEntity &e) {
            return e.name == QLatin1StringView("Northern Grain Council");
        });
        QVERIFY(council != all.cend());
        QVERIFY(council->aliases.contains(QStringLiteral("NGC")));
        QCOMPARE(council->articles, 1);
        QVERIFY(council->mentions >= 2);
        const auto ostravia = std::find_if(all.cbegin(), all.cend(),
                                           [](const LibraryEntity &e) { return e.name == QLatin1StringView("Ostravia"); });
        QVERIFY(ostravia != all.cend());
        QCOMPARE(ostravia->articles, 2);
        QCOMPARE(ostravia->firstDate, QStringLiteral("2011-03-14"));
        // The type narrows the index.
        for (const LibraryEntity &e : search.entities(LibraryQuery::parse(QStringLiteral("type:LOCATION"))))
            QCOMPARE(e.type, QStringLiteral("LOCATION"));
    }

    void timeline_sameEventFromTwoArticlesAppearsOnce()
    {
        Library library;
        openWithFolder(library);
        index(library);
        const LibrarySearch search(library);
        const QList<LibraryTimelineItem> items = search.timeline();
        QList<LibraryTimelineItem> accord;
        for (const LibraryTimelineItem &item : items) {
            if (item.date == QLatin1StringView("2011-03-14"))
                accord << item;
        }
        // The accord (two articles) and the concert (one): two items, not three.
        QCOMPARE(accord.size(), 2);
        const auto merged = std::find_if(accord.cbegin(), accord.cend(),
                                         [](const LibraryTimelineItem &i) { return i.sources.size() == 2; });
        QVERIFY(merged != accord.cend());
        QVERIFY(merged->sources.at(0).path != merged->sources.at(1).path);
        for (const TimelineSource &s : merged->sources)
            QVERIFY(s.sentenceText.contains(QStringLiteral("Velmoran Water Accord")));

        // Across a search's results only.
        const QList<LibraryTimelineItem> concert = search.timeline(LibraryQuery::parse(QStringLiteral("overtures")));
        QVERIFY(!concert.isEmpty());
        for (const LibraryTimelineItem &item : concert) {
            QCOMPARE(item.sources.size(), 1);
            QVERIFY(item.sources.first().path.endsWith(QStringLiteral("orchestra.md")));
        }

        // For the exporters: one event per item, the other source named in its note.
        const QList<ExportDocument> documents = timelineDocuments(items);
        qsizetype events = 0;
        bool named = false;
        for (const ExportDocument &d : documents) {
            events += d.events.size();
            for (const TimelineEvent &ev : d.events) {
                QCOMPARE(d.article.slice(ev.sentence).isEmpty(), false);
                named = named || ev.note.contains(QStringLiteral(".txt"));
            }
        }
        QCOMPARE(events, items.size());
        QVERIFY(named);
    }

    void mergeReports_keepsDifferentEventsOfOneDateApart_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QStringList>("firstEntities");
        QTest::addColumn<QStringList>("secondEntities");
        QTest::addColumn<int>("items");
        const QStringList both{QStringLiteral("Ostravia")};
        QTest::newRow("same entity, same words") << "2011-03-14" << "Ostravia closed the border crossing at Vell."
                                                 << "The border crossing at Vell was closed by Ostravia." << both << both << 1;
        QTest::newRow("same entity, other words") << "2011-03-14" << "Ostravia closed the border crossing at Vell."
                                                  << "Ostravia elected a new parliament speaker." << both << both << 2;
        QTest::newRow("one year is a coarse date") << "2011" << "Ostravia closed the border crossing at Vell."
                                                   << "Ostravia closed its embassy in Pellund." << both << both << 2;
        QTest::newRow("the same at day precision") << "2011-03-14" << "Ostravia closed the border crossing at Vell."
                                                   << "Ostravia closed its embassy in Pellund." << both << both << 1;
        QTest::newRow("other date") << "2011-03-15" << "Ostravia closed the border crossing at Vell."
                                    << "Ostravia closed the border crossing at Vell." << both << both << 2;
    }

    void mergeReports_keepsDifferentEventsOfOneDateApart()
    {
        QFETCH(QString, date);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QStringList, firstEntities);
        QFETCH(QStringList, secondEntities);
        QFETCH(int, items);
        TimelineReport a;
        a.date = QStringLiteral("2011-03-14");
        a.entities = firstEntities;
        a.source.articleId = 1;
        a.source.sentenceText = first;
        TimelineReport b = a;
        b.date = date;
        b.entities = secondEntities;
        b.source.articleId = 2;
        b.source.sentenceText = second;
        if (date == QLatin1StringView("2011"))
            a.date = date;
        QList<TimelineReport> reports{a, b};
        if (b.date < a.date)
            std::swap(reports[0], reports[1]);
        QCOMPARE(mergeReports(reports).size(), items);
        // Two reports of one article are never merged.
        b.source.articleId = 1;
        b.date = a.date;
        b.source.sentenceText = a.source.sentenceText;
        QCOMPARE(mergeReports({a, b}).size(), 2);
    }

    void update_isIncremental()
    {
        Library library;
        openWithFolder(library);
        QCOMPARE(index(library).added, 3);
        IndexReport again = index(library);
        QCOMPARE(again.unchanged, 3);
        QCOMPARE(again.added + again.updated + again.removed, 0);

        // Changed content: read again, and the search sees the new words.
        QTest::qWait(20); // a different modification time
        writeFile(articles() + QStringLiteral("/harbour.txt"),
                  HarbourArticle + "\nThe ferry to Dunmarrow resumed service.\n");
        again = index(library);
        QCOMPARE(again.updated, 1);
        QCOMPARE(again.unchanged, 2);
        const LibrarySearch search(library);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("Dunmarrow"))).hits.size(), 1);

        // Only the time changed: the hash tells it is the same.
        QFile file(articles() + QStringLiteral("/orchestra.md"));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        file.close();
        again = index(library);
        QCOMPARE(again.updated, 0);
        QCOMPARE(again.unchanged, 3);

        // A new file and a deleted one.
        writeFile(articles() + QStringLiteral("/more/new.html"),
                  "<html><head><title>Bridge</title></head><body><p>The Harlow bridge opened in 2014 in "
                  "Quessel.</p></body></html>");
        QVERIFY(QFile::remove(articles() + QStringLiteral("/more/second.txt")));
        again = index(library);
        QCOMPARE(again.added, 1);
        QCOMPARE(again.removed, 1);
        QCOMPARE(search.statistics().articles, 3);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("Fishermen"))).hits.size(), 0);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("Harlow"))).hits.size(), 1);

        // A folder taken out of the library takes its articles with it.
        QVERIFY(library.removeFolder(articles()));
        QCOMPARE(search.statistics().articles, 0);
    }

    void update_unreadableFileIsListedAndOthersIndexed()
    {
        writeFile(articles() + QStringLiteral("/broken.txt"), QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0", 12));
        Library library;
        openWithFolder(library);
        const IndexReport report = index(library);
        QVERIFY(report.ok());
        QCOMPARE(report.added, 3);
        QCOMPARE(report.failures.size(), 1);
        QVERIFY(report.failures.first().path.endsWith(QStringLiteral("broken.txt")));
        QVERIFY(report.failures.first().reason.contains(QStringLiteral("broken.txt")));
        const LibrarySearch search(library);
        QCOMPARE(search.failures().size(), 1);
        // Not read again while it stays as it is.
        QCOMPARE(index(library).failures.size(), 0);
        QCOMPARE(search.failures().size(), 1);
    }

    void update_userLexiconAndSidecarCount()
    {
        Library library;
        openWithFolder(library);
        index(library);
        const LibrarySearch search(library);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("entity:Fishermen"))).hits.size(), 0);

        // The user's lexicon: every article analysed again with it.
        QVERIFY(m_lexicon.add({QStringLiteral("Fishermen"), QStringLiteral("ORGANIZATION")}));
        const IndexReport report = index(library);
        QCOMPARE(report.updated, 3);
        QCOMPARE(search.search(LibraryQuery::parse(QStringLiteral("entity:fishermen type:ORGANIZATION"))).hits.size(), 1);

        // A tag of the user's in a sidecar: only that article is read again.
        const QString path = articles() + QStringLiteral("/orchestra.md");
        const LoadResult loaded = loadArticle(path);
        QVERIFY(loaded.ok());
        const qsizetype at = loaded.article.text.indexOf(QStringLiteral("forgotten overtures"));
        QVERIFY(at > 0);
        UserLayer layer;
        UserEntity tag;
        tag.id = newAnnotationId();
        tag.range = {at, at + 19};
        tag.type = QStringLiteral("EVENT");
        tag.created = tag.modified = QDateTime::currentDateTimeUtc();
        layer.entities << tag;
        QVERIFY(writeSidecarFile(Sidecar::besidePath(path), serializeSidecar(loaded.article, layer)).ok);
        const IndexReport withSidecar = index(library);
        QCOMPARE(withSidecar.updated, 1);
        const LibrarySearchResult tagged
            = search.search(LibraryQuery::parse(QStringLiteral("entity:\"forgotten overtures\" type:EVENT")));
        QCOMPARE(tagged.hits.size(), 1);
    }

    void open_rebuildsAfterDeletion()
    {
        {
            Library library;
            openWithFolder(library);
            index(library);
        }
        QVERIFY(QFile::remove(m_libraryFolder + QStringLiteral("/library.sqlite")));
        QFile::remove(m_libraryFolder + QStringLiteral("/library.sqlite-wal"));
        QFile::remove(m_libraryFolder + QStringLiteral("/library.sqlite-shm"));
        Library library;
        QVERIFY(library.open(m_libraryFolder).ok());
        QVERIFY(library.isFresh());
        // The folders are listed apart from the database: nothing is lost.
        QCOMPARE(library.folders(), QStringList{QDir::cleanPath(articles())});
        QCOMPARE(index(library).added, 3);
        QCOMPARE(LibrarySearch(library).search(LibraryQuery::parse(QStringLiteral("overtures"))).hits.size(), 1);
    }

    void open_setsDamagedDatabaseAsideAndRebuilds_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::newRow("garbage") << QByteArray(8192, 'x');
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0');
    }

    void open_setsDamagedDatabaseAsideAndRebuilds()
    {
        QFETCH(QByteArray, damage);
        {
            Library library;
            openWithFolder(library);
            index(library);
        }
        QFile::remove(m_libraryFolder + QStringLiteral("/library.sqlite-wal"));
        QFile::remove(m_libraryFolder + QStringLiteral("/library.sqlite-shm"));
        writeFile(m_libraryFolder + QStringLiteral("/library.sqlite"), damage);
        Library library;
        const Library::OpenResult opened = library.open(m_libraryFolder);
        QCOMPARE(opened.status, Library::OpenResult::Status::Rebuilt);
        QVERIFY(opened.message.contains(QStringLiteral("damaged")));
        const QStringList aside = QDir(m_libraryFolder).entryList({QStringLiteral("library.sqlite.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(opened.message.contains(aside.first()));
        QCOMPARE(index(library).added, 3);
        QCOMPARE(LibrarySearch(library).search(LibraryQuery::parse(QStringLiteral("overtures"))).hits.size(), 1);
    }

    // A page damaged inside the file is what a kill or a crash can leave:
    // with Check::Quick (the command line's) the page-by-page check runs when
    // a write-ahead log is left over, and a cleanly closed library opens
    // without it (it takes seconds on a large one).
    void open_checksPagesOnlyAfterAnUncleanEnd()
    {
        {
            Library library;
            openWithFolder(library);
            index(library);
        }
        const QString path = m_libraryFolder + QStringLiteral("/library.sqlite");
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        {
            Library clean;
            const Library::OpenResult opened = clean.open(m_libraryFolder, Library::Check::Quick);
            QCOMPARE(opened.status, Library::OpenResult::Status::Ok);
            QVERIFY(!opened.deepChecked);
        }
        // Overwrite the third page (a table's root) and leave a log behind.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 3 * 4096);
        QVERIFY(file.seek(2 * 4096));
        QCOMPARE(file.write(QByteArray(4096, 'x')), 4096);
        file.close();
        {
            // Without a log left over, the damage is not looked for.
            Library trusting;
            const Library::OpenResult opened = trusting.open(m_libraryFolder, Library::Check::Quick);
            QCOMPARE(opened.status, Library::OpenResult::Status::Ok);
            QVERIFY(!opened.deepChecked);
        }
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        writeFile(path + QStringLiteral("-wal"), QByteArray(64, '\0'));
        Library library;
        const Library::OpenResult opened = library.open(m_libraryFolder, Library::Check::Quick);
        QCOMPARE(opened.status, Library::OpenResult::Status::Rebuilt);
        QCOMPARE(QDir(m_libraryFolder).entryList({QStringLiteral("library.sqlite.damaged-*")}).size(), 1);
        QCOMPARE(index(library).added, 3);
    }

    // A new library made by several connections at once (the indexing and a
    // search, right after a damaged file was set aside): each finds the
    // tables, whichever made them.
    void open_manyConnectionsMakeOneNewLibrary()
    {
        constexpr int Connections = 6;
        std::atomic<int> ready{0};
        std::atomic<int> opened{0};
        QStringList problems;
        QMutex problemsLock;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int k = 0; k < Connections; ++k) {
            threads.emplace_back(QThread::create([&] {
                // All start together, so that their schemas race.
                ++ready;
                while (ready < Connections)
                    QThread::yieldCurrentThread();
                Library library;
                const Library::OpenResult result = library.open(m_libraryFolder, Library::Check::None);
                if (result.ok()) {
                    ++opened;
                } else {
                    const QMutexLocker lock(&problemsLock);
                    problems << result.message;
                }
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait(60000));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(opened.load(), Connections);
        Library library;
        QCOMPARE(library.open(m_libraryFolder, Library::Check::Full).status, Library::OpenResult::Status::Ok);
        QVERIFY(library.addFolder(articles()));
        QCOMPARE(index(library).added, 3);
    }

    // A search on another thread may have the damaged file open while the
    // indexing sets it aside. SQLite removes a database's log by its name when
    // the last connection closes, so a connection closing after the new file
    // was made would remove the new one's log, and what was indexed into it:
    // setting aside waits for the others to close.
    void open_damagedDatabaseInUseIsSetAsideOnceTheOtherConnectionCloses()
    {
        {
            Library library;
            openWithFolder(library);
            index(library);
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QString path = m_libraryFolder + QStringLiteral("/library.sqlite");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 3 * 4096);
            QVERIFY(file.seek(2 * 4096));
            QCOMPARE(file.write(QByteArray(4096, 'x')), 4096);
        }
        QSemaphore opened;
        std::atomic<bool> closed{false};
        constexpr int HeldFor = 300;
        std::unique_ptr<QThread> search(QThread::create([&] {
            Library reader;
            const bool ok = reader.open(m_libraryFolder, Library::Check::None).ok();
            QSqlQuery q(reader.database());
            const bool read = ok && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
            q.finish();
            opened.release(read ? 2 : 1);
            QThread::msleep(HeldFor);
            closed = true;
        }));
        search->start();
        QVERIFY(opened.tryAcquire(1, 60000));
        QVERIFY2(opened.tryAcquire(1, 0), "the other connection could not read the header");
        Library library;
        const Library::OpenResult result = library.open(m_libraryFolder, Library::Check::Full);
        QCOMPARE(result.status, Library::OpenResult::Status::Rebuilt);
        QVERIFY(closed);
        QVERIFY(search->wait(60000));
        QCOMPARE(index(library).added, 3);
        library.close();
        // Everything indexed into the new file is there, and the file is sound.
        Library again;
        QCOMPARE(again.open(m_libraryFolder, Library::Check::Full).status, Library::OpenResult::Status::Ok);
        QCOMPARE(LibrarySearch(again).search(LibraryQuery::parse(QStringLiteral("overtures"))).hits.size(), 1);
        QCOMPARE(QDir(m_libraryFolder).entryList({QStringLiteral("library.sqlite.damaged-*")}).size(), 1);
    }

    void open_otherSchemaVersionIsRebuilt()
    {
        {
            Library library;
            openWithFolder(library);
            index(library);
            QSqlQuery q(library.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Library::SchemaVersion + 1)));
        }
        Library library;
        QCOMPARE(library.open(m_libraryFolder).status, Library::OpenResult::Status::Rebuilt);
        QVERIFY(library.isFresh());
    }

    void update_cancelledRunResumes()
    {
        for (int i = 0; i < 12; ++i) {
            writeFile(articles() + QStringLiteral("/batch/%1.txt").arg(i),
                      "Article " + QByteArray::number(i) + ".\n\nThe Varden committee met in Quessel on "
                          + QByteArray::number(i + 1) + " May 2010.\n");
        }
        Library library;
        openWithFolder(library);
        std::atomic<bool> cancel{false};
        const IndexReport first = index(library, 1, [&](const IndexProgress &p) {
            if (p.done == 4)
                cancel = true;
        }, &cancel);
        QVERIFY(first.ok());
        QVERIFY(first.cancelled);
        const qsizetype done = first.added;
        QVERIFY(done >= 4 && done < 15);
        // Another connection (another process, after a kill) sees what was committed.
        {
            Library other;
            QCOMPARE(other.open(m_libraryFolder).status, Library::OpenResult::Status::Ok);
            QCOMPARE(LibrarySearch(other).statistics().articles, done);
        }
        const IndexReport second = index(library);
        QCOMPARE(second.added, 15 - done);
        QCOMPARE(second.unchanged, done);
        QCOMPARE(LibrarySearch(library).statistics().articles, 15);
    }

    void ftsQuery_neverRaisesSyntax_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        QTest::newRow("words") << "river accord" << "\"river\" \"accord\"";
        QTest::newRow("operators are words") << "NOT river OR" << "\"NOT\" \"river\" \"OR\"";
        QTest::newRow("phrase") << "\"water accord\" signed" << "\"water accord\" \"signed\"";
        QTest::newRow("unclosed phrase") << "\"water accord" << "\"water accord\"";
        QTest::newRow("prefix") << "acc*" << "\"acc\"*";
        QTest::newRow("punctuation only") << "()^:-" << "";
        QTest::newRow("quote inside") << "wa\"ter" << "\"wa\" \"ter\"";
    }

    void ftsQuery_neverRaisesSyntax()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(ftsQuery(typed), query);
    }

    void parseQuery_readsParts()
    {
        const LibraryQuery q = LibraryQuery::parse(QStringLiteral("river Entity:\"Two Words\" type:person from:1999 to:2001-06 accord"));
        QCOMPARE(q.text, QStringLiteral("river accord"));
        QCOMPARE(q.entity, QStringLiteral("Two Words"));
        QCOMPARE(q.type, QStringLiteral("PERSON"));
        QCOMPARE(q.from, QStringLiteral("1999"));
        QCOMPARE(q.to, QStringLiteral("2001-06"));
    }
};

QTEST_GUILESS_MAIN(LibraryTest)
#include "library_test.moc"
