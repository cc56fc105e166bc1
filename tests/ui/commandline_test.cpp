// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Runs the real executable, as scripts and people do.

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class CommandLineTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version_printsVersion();
    void missingArticle_failsWithOneLine();
    void screenshot_writesPngOfRequestedSize();
    void badSize_isRefused();

private:
    static QProcess *run(const QStringList &args);
};

QProcess *CommandLineTest::run(const QStringList &args)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
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

QTEST_GUILESS_MAIN(CommandLineTest)
#include "commandline_test.moc"
