// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real executable, as scripts and people do.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

class CommandLineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version_printsVersion();
    void helpAndVersion_workWithoutDisplay_data();
    void helpAndVersion_workWithoutDisplay();
    void helpAsAnOptionsValue_stillOpensTheWindow();
    void missingArticle_failsWithOneLine();
    void screenshot_writesPngOfRequestedSize();
    void badSize_isRefused();
    void screenshot_neverReplacesArticleOrAnnotations();
    void screenshot_replacesOnlyItsOwnPng();
    void screenshot_toStandardOutput();

private:
    static QProcess *run(const QStringList &args, bool display = true);
};

QProcess *CommandLineTest::run(const QStringList &args, bool display)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (display) {
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        // As on a server or in a terminal without a desktop: nothing to show a window on.
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET"})
            env.remove(QString::fromLatin1(name));
    }
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/annalist-test-config"));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(ANNALIST_EXECUTABLE), args);
    p->waitForFinished(60000);
    return p;
}

void CommandLineTest::version_printsVersion()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("--version")}));
    QCOMPARE(p->exitCode(), 0);
    QVERIFY(p->readAllStandardOutput().contains(ANNALIST_VERSION));
}

void CommandLineTest::helpAndVersion_workWithoutDisplay_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QByteArray("--screenshot");
    QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QByteArray("--theme");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QByteArray(ANNALIST_VERSION);
    QTest::newRow("after an article") << QStringList{QStringLiteral("article.txt"), QStringLiteral("-v")}
                                      << QByteArray(ANNALIST_VERSION);
}

void CommandLineTest::helpAndVersion_workWithoutDisplay()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    std::unique_ptr<QProcess> p(run(args, false));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(p->exitCode() == 0, err.constData());
    const QByteArray out = p->readAllStandardOutput();
    QVERIFY2(out.contains(expected), out.constData());
}

void CommandLineTest::helpAsAnOptionsValue_stillOpensTheWindow()
{
    // "--version" is the theme's name here, not a request: the window
    // starts and refuses the unknown theme, as it does any other name.
    QTemporaryDir dir;
    std::unique_ptr<QProcess> p(run({QStringLiteral("--theme"), QStringLiteral("--version"), QStringLiteral("--screenshot"),
                                     dir.filePath(QStringLiteral("window.png"))}));
    QVERIFY(!p->readAllStandardOutput().contains(ANNALIST_VERSION));
    const QByteArray err = p->readAllStandardError();
    QVERIFY2(p->exitCode() != 0 && err.contains("theme") && err.contains("--version"), err.constData());
}

void CommandLineTest::missingArticle_failsWithOneLine()
{
    std::unique_ptr<QProcess> p(run({QStringLiteral("/no/such/article.txt")}));
    QVERIFY(p->exitCode() != 0);
    const QByteArray err = p->readAllStandardError().trimmed();
    QVERIFY2(err.contains("/no/such/article.txt"), err.constData());
    QVERIFY2(!err.contains('\n'), err.constData());
}

void CommandLineTest::screenshot_writesPngOfRequestedSize()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("window.png"));
    std::unique_ptr<QProcess> p(run({QStringLiteral("--screenshot"), out, QStringLiteral("--size"),
                                     QStringLiteral("800x500"),
                                     QStringLiteral(ANNALIST_SOURCE_DIR "/resources/samples/cica-astana-2024.txt")}));
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QCOMPARE(QImage(out).size(), QSize(800, 500));
}

void CommandLineTest::badSize_isRefused()
{
    QTemporaryDir dir;
    std::unique_ptr<QProcess> p(run({QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")),
                                     QStringLiteral("--size"), QStringLiteral("huge")}));
    QVERIFY(p->exitCode() != 0);
    QVERIFY(p->readAllStandardError().contains("--size"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

namespace {

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void CommandLineTest::screenshot_neverReplacesArticleOrAnnotations()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(QStringLiteral("story.txt"));
    QVERIFY(QFile::copy(QStringLiteral(ANNALIST_SOURCE_DIR "/resources/samples/cica-astana-2024.txt"), article));
    const QByteArray text = contents(article);
    const QString sidecar = article + QStringLiteral(".annalist.json");
    const QByteArray annotations = R"({"type": "AnnotationCollection", "annalist:schema": 1})";
    {
        QFile f(sidecar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(annotations);
    }
    // The slips: the article as the only argument, twice, or its annotations as the output.
    const QList<QStringList> slips{{QStringLiteral("--screenshot"), article},
                                   {QStringLiteral("--screenshot"), article, article},
                                   {QStringLiteral("--screenshot"), sidecar, article}};
    for (const QStringList &args : slips) {
        std::unique_ptr<QProcess> p(run(args));
        QVERIFY2(p->exitCode() != 0, qPrintable(args.join(u' ')));
        QVERIFY(p->readAllStandardError().contains(args.at(1).toUtf8()));
        QCOMPARE(contents(article), text);
        QCOMPARE(contents(sidecar), annotations);
    }
}

void CommandLineTest::screenshot_replacesOnlyItsOwnPng()
{
    QTemporaryDir dir;
    // A picture the user made is not a screenshot to replace.
    const QString photo = dir.filePath(QStringLiteral("photo.png"));
    QImage image(20, 20, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QVERIFY(image.save(photo));
    const QByteArray before = contents(photo);
    std::unique_ptr<QProcess> p(run({QStringLiteral("--screenshot"), photo}));
    QVERIFY(p->exitCode() != 0);
    QCOMPARE(contents(photo), before);

    // Its own screenshot is replaced, again and again.
    const QString shot = dir.filePath(QStringLiteral("window.png"));
    for (const char *size : {"800x500", "640x480"}) {
        p.reset(run({QStringLiteral("--screenshot"), shot, QStringLiteral("--size"), QLatin1StringView(size)}));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    }
    QCOMPARE(QImage(shot).size(), QSize(640, 480));

    // Nor through a link.
    const QString link = dir.filePath(QStringLiteral("link.png"));
    QVERIFY(QFile::link(shot, link));
    p.reset(run({QStringLiteral("--screenshot"), link}));
    QVERIFY(p->exitCode() != 0);
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(QImage(shot).size(), QSize(640, 480));
}

void CommandLineTest::screenshot_toStandardOutput()
{
    // In an empty folder, so that a file named "-" made there would show.
    QTemporaryDir cwd;
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(cwd.path()));
    const auto restore = qScopeGuard([&] { QDir::setCurrent(before); });
    std::unique_ptr<QProcess> p(run({QStringLiteral("--screenshot"), QStringLiteral("-"), QStringLiteral("--size"),
                                     QStringLiteral("400x300")}));
    QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
    QCOMPARE(QImage::fromData(p->readAllStandardOutput(), "png").size(), QSize(400, 300));
    QVERIFY(!QFile::exists(QStringLiteral("-")));
}

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
