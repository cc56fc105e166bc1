// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real `annalist export`, as scripts and people do.

#include "export/exportcommand.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <memory>

#include <fcntl.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

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
    void output_neverReplacesAnnotations();
    void output_neverGoesThroughLink();
    void output_streamsIntoFifoAndDevice();
    void output_dashIsStandardOutput();
    void fullDisk_isNamedInEveryFormat();
    void brat_pairChangesBothOrNeither();
    void each_progressIsSilentWhenNotTerminal();
    void each_progressIsRedrawnOnTerminal();
    void progressLine_data();
    void progressLine();
    void textFormats_needNoPlatformPlugin();

private:
    static QStringList threeArticles(const QTemporaryDir &dir);
    static std::unique_ptr<QProcess> run(const QStringList &args, const QString &standardOutput = {});
    static QString writeArticle(const QTemporaryDir &dir, const QString &name, const QByteArray &text);
    static QString sample() { return QStringLiteral(ANNALIST_SOURCE_DIR "/resources/samples/cica-astana-2024.txt"); }
};

std::unique_ptr<QProcess> ExportCommandTest::run(const QStringList &args, const QString &standardOutput)
{
    auto p = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p->setProcessEnvironment(env);
    if (!standardOutput.isEmpty())
        p->setStandardOutputFile(standardOutput);
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

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void ExportCommandTest::output_neverReplacesAnnotations()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("story.txt"));
    QVERIFY(QFile::copy(sample(), article));
    // The user's annotations, beside the article and under another name.
    const QByteArray annotations = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
        "annalist:schema": 1, "first": {"type": "AnnotationPage", "items": []}})";
    const QString sidecar = article + QStringLiteral(".annalist.json");
    const QString copy = dir.filePath(QStringLiteral("saved-notes.json"));
    for (const QString &path : {sidecar, copy}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(annotations);
    }
    for (const QString &format : {QStringLiteral("json"), QStringLiteral("w3c")}) {
        for (const QString &out : {sidecar, copy, article}) {
            const auto p = run({QStringLiteral("--format"), format, QStringLiteral("-o"), out, article});
            QCOMPARE(p->exitCode(), 1);
            QVERIFY2(p->readAllStandardError().contains(out.toUtf8()), qPrintable(out));
        }
    }
    QCOMPARE(contents(sidecar), annotations);
    QCOMPARE(contents(copy), annotations);
    QCOMPARE(contents(article), contents(sample()));

    // Not even made where the article's annotations would go.
    QVERIFY(QFile::remove(sidecar));
    const auto p = run({QStringLiteral("-o"), sidecar, article});
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(!QFile::exists(sidecar));
}

void ExportCommandTest::output_neverGoesThroughLink()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("elsewhere.txt"));
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("kept");
    }
    const QString link = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(QFile::link(target, link));
    const auto p = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), link, sample()});
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains("link"));
    QCOMPARE(contents(target), QByteArray("kept"));
    QVERIFY(QFileInfo(link).isSymLink());
}

void ExportCommandTest::output_streamsIntoFifoAndDevice()
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    // A reader that does not wait, so that the export's writer finds one.
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    const auto p = run({QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), fifo, sample()});
    QByteArray received(1 << 16, '\0');
    const ssize_t n = ::read(reader, received.data(), size_t(received.size()));
    ::close(reader);
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QVERIFY(n > 0);
    QVERIFY(received.startsWith("BEGIN:VCALENDAR"));
    struct stat st{};
    QCOMPARE(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));

    const auto null = run({QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"),
                           QStringLiteral("/dev/null"), sample()});
    QVERIFY2(null->exitCode() == 0, null->readAllStandardError().constData());
    QCOMPARE(::stat("/dev/null", &st), 0);
    QVERIFY(S_ISCHR(st.st_mode));
}

void ExportCommandTest::output_dashIsStandardOutput()
{
    // In an empty folder, so that a file named "-" made there would show.
    QTemporaryDir cwd;
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(cwd.path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
    const auto plain = run({QStringLiteral("--format"), QStringLiteral("csv"), sample()});
    QCOMPARE(plain->exitCode(), 0);
    const QByteArray csv = plain->readAllStandardOutput();
    QVERIFY(!csv.isEmpty());
    for (const QString &out : {QStringLiteral("-"), QStringLiteral("/dev/stdout")}) {
        const auto p = run({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out, sample()});
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QCOMPARE(p->readAllStandardOutput(), csv);
    }
    QVERIFY(!QFile::exists(QStringLiteral("-")));
    const auto png = run({QStringLiteral("--format"), QStringLiteral("png"), QStringLiteral("-o"), QStringLiteral("-"), sample()});
    QVERIFY2(png->exitCode() == 0, png->readAllStandardError().constData());
    QVERIFY(png->readAllStandardOutput().startsWith("\x89PNG"));
    const auto brat = run({QStringLiteral("--format"), QStringLiteral("brat"), QStringLiteral("-o"), QStringLiteral("-"), sample()});
    QCOMPARE(brat->exitCode(), 2);
}

void ExportCommandTest::fullDisk_isNamedInEveryFormat()
{
    // /dev/full answers every write as a full disk does (ENOSPC).
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    for (const char *format : {"json", "timelinejs", "csv", "markdown", "html", "ics", "svg", "png", "w3c"}) {
        const auto p = run({QStringLiteral("--format"), QLatin1StringView(format), QStringLiteral("-o"),
                            QStringLiteral("/dev/full"), sample()});
        QCOMPARE(p->exitCode(), 1);
        const QByteArray err = p->readAllStandardError();
        QVERIFY2(err.contains("no space left on device") && err.contains("/dev/full"), err.constData());
    }
    // Standard output that is full is a failure too, not a silent success.
    const auto p = run({QStringLiteral("--format"), QStringLiteral("json"), sample()}, QStringLiteral("/dev/full"));
    QCOMPARE(p->exitCode(), 1);
    QVERIFY2(p->readAllStandardError().contains("no space left on device"), "standard output");
}

void ExportCommandTest::brat_pairChangesBothOrNeither()
{
    // The .ann cannot be written (a folder has its name): the .txt must stay as it was.
    QTemporaryDir dir;
    const QString txt = dir.filePath(QStringLiteral("pair.txt"));
    {
        QFile f(txt);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("the earlier export");
    }
    QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("pair.ann"))));
    const auto p = run({QStringLiteral("--format"), QStringLiteral("brat"), QStringLiteral("-o"),
                        dir.filePath(QStringLiteral("pair")), sample()});
    QCOMPARE(p->exitCode(), 1);
    QVERIFY(p->readAllStandardError().contains("pair.ann"));
    QCOMPARE(contents(txt), QByteArray("the earlier export"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             (QStringList{QStringLiteral("pair.ann"), QStringLiteral("pair.txt")}));
}

QStringList ExportCommandTest::threeArticles(const QTemporaryDir &dir)
{
    return {writeArticle(dir, QStringLiteral("one.txt"), "Mayor Tovan Dunmere opened the Kelmark bridge on 2 May 2023.\n"),
            writeArticle(dir, QStringLiteral("two.txt"), "The Esk Harbour Board met in Quillon on 9 June 2021.\n"),
            writeArticle(dir, QStringLiteral("three.txt"), "Rain closed the Tarvis road last week.\n")};
}

void ExportCommandTest::each_progressIsSilentWhenNotTerminal()
{
    // Standard error is a pipe here, as in a script or a log.
    QTemporaryDir dir;
    const auto p = run(QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--each"),
                                   QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-o"),
                                   dir.filePath(QStringLiteral("out"))}
                       + threeArticles(dir));
    QCOMPARE(p->exitCode(), 0);
    QCOMPARE(p->readAllStandardError(), QByteArray());
    QCOMPARE(QDir(dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size(), 3);
}

void ExportCommandTest::each_progressIsRedrawnOnTerminal()
{
    // The same export with standard error on a pseudo-terminal.
    QTemporaryDir dir;
    QList<QByteArray> args{ANNALIST_EXECUTABLE, "export", "--format", "csv", "--each", "-j", "2", "-o",
                           dir.filePath(QStringLiteral("out")).toLocal8Bit()};
    for (const QString &a : threeArticles(dir))
        args << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    qputenv("QT_QPA_PLATFORM", "offscreen");

    int terminal = -1;
    int other = -1;
    QVERIFY(openpty(&terminal, &other, nullptr, nullptr, nullptr) == 0);
    const int devNull = open("/dev/null", O_WRONLY);
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        dup2(other, STDERR_FILENO);
        dup2(devNull, STDOUT_FILENO);
        close(terminal);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    close(other);
    close(devNull);
    QByteArray seen;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(terminal, buffer, sizeof buffer);
        if (n <= 0)
            break; // EIO once the child has closed its side
        seen.append(buffer, n);
    }
    close(terminal);
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
    // Redrawn in place (a carriage return before each drawing), ending on
    // the whole count and a newline (the terminal turns it into CR LF).
    QVERIFY2(seen.startsWith("\r"), seen.constData());
    QVERIFY2(seen.contains("3/3 articles, "), seen.constData());
    QVERIFY2(seen.endsWith(" left\x1b[K\r\n"), seen.constData());
}

void ExportCommandTest::progressLine_data()
{
    QTest::addColumn<qsizetype>("done");
    QTest::addColumn<qsizetype>("total");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<QString>("line");
    QTest::newRow("nothing done yet") << qsizetype(0) << qsizetype(10000) << qint64(250) << QStringLiteral("0/10000 articles");
    QTest::newRow("no time yet") << qsizetype(3) << qsizetype(10) << qint64(0) << QStringLiteral("3/10 articles");
    QTest::newRow("seconds left") << qsizetype(1000) << qsizetype(10000) << qint64(500)
                                  << QStringLiteral("1000/10000 articles, 2000/s, 0:05 left"); // 9000 at 2000/s: 4.5 s
    QTest::newRow("minutes left") << qsizetype(10) << qsizetype(1000) << qint64(1000)
                                  << QStringLiteral("10/1000 articles, 10/s, 1:39 left");
    QTest::newRow("hours left") << qsizetype(1) << qsizetype(4000) << qint64(1000)
                                << QStringLiteral("1/4000 articles, 1/s, 1:06:39 left");
    QTest::newRow("all done") << qsizetype(10000) << qsizetype(10000) << qint64(4000)
                              << QStringLiteral("10000/10000 articles, 2500/s, 0:00 left");
}

void ExportCommandTest::progressLine()
{
    QFETCH(qsizetype, done);
    QFETCH(qsizetype, total);
    QFETCH(qint64, elapsedMs);
    QFETCH(QString, line);
    QCOMPARE(Annalist::exportProgressLine(done, total, elapsedMs), line);
}

void ExportCommandTest::textFormats_needNoPlatformPlugin()
{
    // Only the png export draws with fonts; the others run under a plain
    // QCoreApplication, so a platform plugin that cannot be loaded (or its
    // cost in time) does not concern them.
    QTemporaryDir dir;
    for (const char *format : {"json", "csv", "svg", "w3c"}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("annalist-no-such-platform"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ANNALIST_EXECUTABLE),
                {QStringLiteral("export"), QStringLiteral("--format"), QString::fromLatin1(format), QStringLiteral("-o"),
                 dir.filePath(QStringLiteral("out.") + QString::fromLatin1(format)), threeArticles(dir).first()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 QByteArray(QByteArray(format) + ": " + p.readAllStandardError()).constData());
    }
}

QTEST_GUILESS_MAIN(ExportCommandTest)
#include "exportcommand_test.moc"
