// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `annalist library …` as a person runs it: the real executable, a library
// in a temporary XDG_DATA_HOME, no display.

#include "library/library.h"
#include "library/librarysearch.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class LibraryCommandTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_data;
    QTemporaryDir m_articles;

    struct Run {
        int code = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return env;
    }

    Run run(const QStringList &args)
    {
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(QStringLiteral(ANNALIST_EXECUTABLE), QStringList{QStringLiteral("library")} + args);
        p.waitForFinished(180000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Where the executable keeps its library, for a look from here.
        QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
        QCoreApplication::setApplicationName(QStringLiteral("annalist"));
        write(m_articles.filePath(QStringLiteral("accord.txt")),
              // ("the people of": the names are places by a rule, whatever the learned model says of them)
              "date 2011-03-20\n\nOn 14 March 2011, leaders of the people of Ostravia and Pellund signed the "
              "Velmoran Water Accord in Quessel, ending a long dispute over the river.\n");
        write(m_articles.filePath(QStringLiteral("report.md")),
              "# River dispute settled\n\nLeaders of the people of Ostravia and Pellund signed the Velmoran Water "
              "Accord in Quessel on 14 March 2011, ending the dispute over the river.\n");
        write(m_articles.filePath(QStringLiteral("broken.txt")), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    }

    void add_indexesAndListsUnreadableFiles()
    {
        const Run r = run({QStringLiteral("add"), m_articles.path()});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains(QStringLiteral("2 added")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("broken.txt")), qPrintable(r.err));
        const Run status = run({QStringLiteral("status")});
        QCOMPARE(status.code, 0);
        QVERIFY(status.out.contains(QDir::cleanPath(m_articles.path())));
        QVERIFY(status.out.contains(QStringLiteral("broken.txt")));
    }

    void search_printsJsonWithHighlights()
    {
        const Run r = run({QStringLiteral("search"), QStringLiteral("river dispute"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 2);
        for (const QJsonValue &v : hits) {
            const QJsonObject hit = v.toObject();
            const QString snippet = hit.value(QStringLiteral("snippet")).toString();
            const QJsonArray first = hit.value(QStringLiteral("highlights")).toArray().first().toArray();
            const QString word = snippet.mid(first.at(0).toInt(), first.at(1).toInt() - first.at(0).toInt());
            QVERIFY2(word == QLatin1StringView("river") || word == QLatin1StringView("dispute"), qPrintable(word));
        }
        const Run text = run({QStringLiteral("search"), QStringLiteral("entity:ostravia")});
        QCOMPARE(text.code, 0);
        QVERIFY(text.out.contains(QStringLiteral("«Ostravia»")));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("from:someday")}).code, 2);
    }

    void timeline_exportsTheMergedTimeline()
    {
        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("timeline.csv"));
        const Run r = run({QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("csv"),
                           QStringLiteral("-o"), csv});
        QCOMPARE(r.code, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        // The accord, reported by both articles, is one row naming the other.
        QCOMPARE(text.count(QStringLiteral("2011-03-14,")), 1);
        QVERIFY(text.contains(QStringLiteral("Also reported by")));
        const Run html = run({QStringLiteral("timeline"), QStringLiteral("--query"), QStringLiteral("entity:Ostravia"),
                              QStringLiteral("--format"), QStringLiteral("html")});
        QCOMPARE(html.code, 0);
        QVERIFY(html.out.contains(QStringLiteral("Velmoran")));
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("brat")}).code, 2);
        QCOMPARE(run({QStringLiteral("timeline"), QStringLiteral("--format"), QStringLiteral("png")}).code, 2);
    }

    void kill_duringIndexing_leavesADatabaseThatOpensAndResumes()
    {
        QTemporaryDir data;
        QTemporaryDir many;
        constexpr int Total = 1000;
        for (int i = 0; i < Total; ++i) {
            write(many.filePath(QStringLiteral("a%1.txt").arg(i)),
                  "date 2010-05-0" + QByteArray::number(1 + i % 9) + "\n\nThe Varden committee met in Quessel on "
                      + QByteArray::number(1 + i % 28) + " May 2010 and agreed on item " + QByteArray::number(i)
                      + ".\n\nMinister Orla Brennick said the harbour would reopen in 2012. The Northern Grain "
                        "Council, which met the committee in April, welcomed the plan and asked for a survey of the "
                        "river banks before the spring of 2011.\n");
        }
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ANNALIST_EXECUTABLE), {QStringLiteral("library"), QStringLiteral("add"), many.path()});
        QVERIFY(p.waitForStarted());
        // Killed once indexing has really begun: a progress line says how
        // many articles are done, and from 64 on (a transaction) some are
        // committed. The line comes at each tenth, so nine tenths remain.
        static const QRegularExpression progress(QStringLiteral("(\\d+) of %1 articles indexed").arg(Total));
        p.setReadChannel(QProcess::StandardError);
        QString err;
        qsizetype doneWhenKilled = 0;
        while (doneWhenKilled < 64 && p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(1000);
            err += QString::fromUtf8(p.readAllStandardError());
            for (const QRegularExpressionMatch &m : progress.globalMatch(err))
                doneWhenKilled = std::max<qsizetype>(doneWhenKilled, m.captured(1).toLongLong());
        }
        QVERIFY2(p.state() == QProcess::Running, qPrintable(err));
        p.kill();
        p.waitForFinished();
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);

        qputenv("XDG_DATA_HOME", data.path().toUtf8());
        const QString folder = Library::defaultFolder();
        qunsetenv("XDG_DATA_HOME");
        qsizetype committed = 0;
        {
            Library library;
            const Library::OpenResult opened = library.open(folder);
            QCOMPARE(opened.status, Library::OpenResult::Status::Ok);
            committed = LibrarySearch(library).statistics().articles;
        }
        // Interrupted for real: some articles are in, not all.
        QVERIFY2(committed > 0 && committed < Total, qPrintable(QString::number(committed)));

        // Resuming reads only the rest.
        QProcess again;
        again.setProcessEnvironment(env);
        again.start(QStringLiteral(ANNALIST_EXECUTABLE), {QStringLiteral("library"), QStringLiteral("update")});
        QVERIFY(again.waitForFinished(180000));
        QCOMPARE(again.exitCode(), 0);
        const QString report = QString::fromUtf8(again.readAllStandardError());
        QVERIFY2(report.contains(QStringLiteral("%1 added, 0 updated, %2 unchanged").arg(Total - committed).arg(committed)),
                 qPrintable(report));
        Library library;
        QVERIFY(library.open(folder).ok());
        QCOMPARE(LibrarySearch(library).statistics().articles, Total);
    }
};

QTEST_GUILESS_MAIN(LibraryCommandTest)
#include "librarycommand_test.moc"
