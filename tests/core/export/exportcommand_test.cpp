// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real `annalist export`, as scripts and people do.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class ExportCommandTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void help_listsEveryFormat();
    void unknownFormat_failsClearly();
    void missingArticle_failsWithItsName();
    void png_needsDestination();
    void unwritableDestination_failsClearly();
    void existingOutput_isReplaced();
    void severalArticles_giveArrayAndMergedTimeline();
    void png_writesSlideSizedPicture();
    void brat_writesPairAndNeverTheArticle();
    void unknownTheme_failsClearly();
    void each_writesOneFilePerArticle();
    void each_failingArticleIsReportedAndOthersWritten();
    void each_needsFolder();
    void each_sameBaseNameIsRefused();
    void jobs_doNotChangeTheMergedExport();
    void loadWarnings_arePrinted();

private:
    static std::unique_ptr<QProcess> run(const QStringList &args);
    static QString writeArticle(const QTemporaryDir &dir, const QString &name, const QByteArray &text);
    static QString sample() { return QStringLiteral(ANNALIST_SOURCE_DIR "/resources/samples/cica-astana-2024.txt"); }
};

std::unique_ptr<QProcess> ExportCommandTest::run(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ANNALIST_EXECUTABLE), QStringList{QStringLiteral("export")} + args);
    p->waitForFinished(120000);
    return p;
}

QString ExportCommandTest::writeArticle(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return path;
}

void ExportCommandTest::help_listsEveryFormat()
{
    const auto p = run({QStringLiteral("--help")});
    QCOMPARE(p->exitCode(), 0);
    const QByteArray out = p->readAllStandardOutput();
    for (const char *f : {"json", "timelinejs", "csv", "markdown", "html", "ics", "svg", "png", "brat", "w3c"})
        QVERIFY2(out.contains(f), f);
}

void ExportCommandTest::unknownFormat_failsClearly()
{
    const auto p = run({QStringLiteral("--format"), QStringLiteral("docx"), sample()});
    QCOMPARE(p->exitCode(), 2);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(err.contains("docx") && err.contains("timelinejs"), err.constData());
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void ExportCommandTest::missingArticle_failsWithItsName()
{
    const auto p = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("/no/such/story.txt")});
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains("/no/such/story.txt"));
}

void ExportCommandTest::png_needsDestination()
{
    const auto p = run({QStringLiteral("--format"), QStringLiteral("png"), sample()});
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardError().contains("-o"));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void ExportCommandTest::unwritableDestination_failsClearly()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("no/such/folder/out.ics"));
    const auto p = run({QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), out, sample()});
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains(out.toUtf8()));
}

void ExportCommandTest::existingOutput_isReplaced()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out.md"));
    QFile f(out);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(10000, 'x'));
    f.close();
    const auto p = run({QStringLiteral("--format"), QStringLiteral("markdown"), QStringLiteral("-o"), out, sample()});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray md = f.readAll();
    QVERIFY(md.startsWith("# "));
    QVERIFY(!md.contains("xxxx"));
    // The link back to the article is relative to where the file went.
    QVERIFY(md.contains("cica-astana-2024.txt"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void ExportCommandTest::severalArticles_giveArrayAndMergedTimeline()
{
    QTemporaryDir dir;
    const QString second = dir.filePath(QStringLiteral("second.txt"));
    QFile f(second);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("A second story, written for this test.\n");
    f.close();
    auto p = run({QStringLiteral("--format"), QStringLiteral("json"), sample(), second});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QCOMPARE(QJsonDocument::fromJson(p->readAllStandardOutput()).array().size(), 2);
    p = run({QStringLiteral("--format"), QStringLiteral("timelinejs"), sample(), second});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    const QJsonObject root = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
    QCOMPARE(root[u"title"][u"text"][u"headline"].toString(), QStringLiteral("2 articles"));
}

void ExportCommandTest::png_writesSlideSizedPicture()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("timeline.png"));
    const auto p = run({QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), out,
                        QStringLiteral("--theme"), QStringLiteral("Breeze Dark"), sample()});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    const QImage image(out);
    QCOMPARE(image.size(), QSize(1600, 900));
    QVERIFY(image.pixelColor(2, 2).lightness() < 100); // a dark theme gives a dark picture
}

void ExportCommandTest::brat_writesPairAndNeverTheArticle()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("story.txt"));
    QVERIFY(QFile::copy(sample(), article));
    const QByteArray original = [&] {
        QFile f(article);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    // Into the article's own folder, the pair would replace the article.
    auto p = run({QStringLiteral("--format"), QStringLiteral("brat"), QStringLiteral("-o"), dir.path(), article});
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains("story.txt"));
    QFile f(article);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), original);

    p = run({QStringLiteral("--format"), QStringLiteral("brat"), QStringLiteral("-o"), dir.filePath(QStringLiteral("out/pair")), article});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("out/pair.ann"))));
    QFile txt(dir.filePath(QStringLiteral("out/pair.txt")));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QVERIFY(txt.readAll().startsWith("ASTANA, Kazakhstan"));
}

void ExportCommandTest::unknownTheme_failsClearly()
{
    const auto p = run({QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--theme"),
                        QStringLiteral("No Such Theme"), sample()});
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardError().contains("No Such Theme"));
}

void ExportCommandTest::each_writesOneFilePerArticle()
{
    QTemporaryDir dir;
    const QString second = writeArticle(dir, QStringLiteral("second.txt"),
                                        "Maria Lopez visited Lisbon on 3 March 2021 for talks.\n");
    const QString third = writeArticle(dir, QStringLiteral("third.md"),
                                       "# Talks\n\nThe United Nations met in Geneva on 9 May 2019.\n");
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto p = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--each"),
                        QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-o"), out, sample(), second, third});
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QVERIFY(p->readAllStandardOutput().isEmpty());
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
             QStringList({QStringLiteral("cica-astana-2024.json"), QStringLiteral("second.json"),
                          QStringLiteral("third.json")}));
    // Each file holds its own article only, exactly as exporting it alone gives.
    for (const QString &article : {sample(), second, third}) {
        QFile f(QDir(out).filePath(QFileInfo(article).completeBaseName() + QStringLiteral(".json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto alone = run({QStringLiteral("--format"), QStringLiteral("json"), article});
        QCOMPARE(alone->exitCode(), 0);
        QCOMPARE(f.readAll(), alone->readAllStandardOutput());
    }
}

void ExportCommandTest::each_failingArticleIsReportedAndOthersWritten()
{
    QTemporaryDir dir;
    const QString second = writeArticle(dir, QStringLiteral("second.txt"), "A second story, written for this test.\n");
    const QString out = dir.filePath(QStringLiteral("out"));
    const QString missing = QStringLiteral("/no/such/story.txt");
    const auto p = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--each"), QStringLiteral("-o"),
                        out, sample(), missing, second});
    QCOMPARE(p->exitCode(), 1);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(err.contains(missing.toUtf8()), err.constData());
    QVERIFY2(!err.contains("second.txt"), err.constData());
    QCOMPARE(QDir(out).entryList(QDir::Files, QDir::Name),
             QStringList({QStringLiteral("cica-astana-2024.csv"), QStringLiteral("second.csv")}));
    QFile f(QDir(out).filePath(QStringLiteral("cica-astana-2024.csv")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.size() > 100);
}

void ExportCommandTest::each_needsFolder()
{
    const auto p = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--each"), sample()});
    QCOMPARE(p->exitCode(), 2);
    QVERIFY(p->readAllStandardError().contains("-o"));
    QVERIFY(p->readAllStandardOutput().isEmpty());
}

void ExportCommandTest::each_sameBaseNameIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("b")));
    const QString one = writeArticle(dir, QStringLiteral("a/story.txt"), "The first story.\n");
    const QString two = writeArticle(dir, QStringLiteral("b/story.txt"), "The second story.\n");
    const QString out = dir.filePath(QStringLiteral("out"));
    const auto p = run({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--each"), QStringLiteral("-o"),
                        out, one, two});
    QCOMPARE(p->exitCode(), 2);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(err.contains("a/story.txt") && err.contains("b/story.txt"), err.constData());
    QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("story.json"))));
}

void ExportCommandTest::jobs_doNotChangeTheMergedExport()
{
    QTemporaryDir dir;
    QStringList articles{sample()};
    for (int i = 0; i < 5; ++i)
        articles << writeArticle(dir, QStringLiteral("story%1.txt").arg(i),
                                 QStringLiteral("Story %1. Anna Berg met the mayor of Oslo on %2 June 2020.\n")
                                     .arg(i)
                                     .arg(i + 1)
                                     .toUtf8());
    const auto one = run(QStringList{QStringLiteral("--format"), QStringLiteral("timelinejs"), QStringLiteral("-j"),
                                     QStringLiteral("1")}
                         + articles);
    const auto two = run(QStringList{QStringLiteral("--format"), QStringLiteral("timelinejs"), QStringLiteral("-j"),
                                     QStringLiteral("2")}
                         + articles);
    QCOMPARE(one->exitCode(), 0);
    QCOMPARE(two->exitCode(), 0);
    const QByteArray bytes = one->readAllStandardOutput();
    QCOMPARE(QJsonDocument::fromJson(bytes).object()[u"title"][u"text"][u"headline"].toString(),
             QStringLiteral("6 articles"));
    QCOMPARE(two->readAllStandardOutput(), bytes);
    QCOMPARE(run({QStringLiteral("-j"), QStringLiteral("0"), sample()})->exitCode(), 2);
}

void ExportCommandTest::loadWarnings_arePrinted()
{
    // Not UTF-8: read as windows-1252, and the person is told so, in both modes.
    QTemporaryDir dir;
    const QString path = writeArticle(dir, QStringLiteral("latin.txt"),
                                      QByteArray("date 2024-05-02\nThe Caf\xe9 Council met in Geneva in 1999.\n"));
    QVERIFY(!path.isEmpty());
    const auto merged = run({QStringLiteral("--format"), QStringLiteral("csv"), path});
    QCOMPARE(merged->exitCode(), 0);
    const QByteArray err = merged->readAllStandardError();
    QVERIFY2(err.contains("latin.txt") && err.contains("1252"), err.constData());
    QVERIFY(QString::fromUtf8(merged->readAllStandardOutput()).contains(QStringLiteral("Café")));
    const auto each = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--each"), QStringLiteral("-o"),
                           dir.filePath(QStringLiteral("out")), path});
    QCOMPARE(each->exitCode(), 0);
    QVERIFY(each->readAllStandardError().contains("1252"));
}

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "exportcommand_test.moc"
