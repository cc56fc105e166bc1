// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A hostile web page opened in the window: remote images, frames, scripts,
// style sheets, a refresh and event handlers. Nothing may be fetched (a local
// server that would see any request stays untouched) and nothing run; markup
// that the page shows as text stays text.

#include "articleview.h"
#include "mainwindow.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

/// A listening socket on 127.0.0.1 that counts the connections made to it.
class Listener
{
public:
    Listener()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) != 0
            || ::listen(m_fd, 16) != 0 || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) != 0)
            return;
        m_port = ntohs(address.sin_port);
    }
    ~Listener()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int port() const { return m_port; }
    int connections()
    {
        int count = 0;
        for (int fd; (fd = ::accept(m_fd, nullptr, nullptr)) >= 0; ++count)
            ::close(fd);
        return count;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

} // namespace

class HostileInputUiTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void remoteContentAndScripts_neitherFetchedNorRun();
};

void HostileInputUiTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void HostileInputUiTest::remoteContentAndScripts_neitherFetchedNorRun()
{
    Listener server;
    QVERIFY(server.port() > 0);
    const QString url = u"http://127.0.0.1:%1"_s.arg(server.port());
    const QString page = uR"html(<!DOCTYPE html><html><head>
<title>Harbour &lt;b&gt;news&lt;/b&gt; &lt;img src="URL/title.png"&gt;</title>
<meta http-equiv="refresh" content="0; url=URL/refresh">
<link rel="stylesheet" href="URL/style.css"><link rel="icon" href="URL/favicon.ico">
<script src="URL/app.js"></script><script>document.title = 'SCRIPT RAN';</script>
<style>body { background: url(URL/background.png); } p::after { content: 'STYLE TEXT'; }</style>
<base href="URL/">
</head><body onload="alert('HANDLER RAN')">
<article>
<p onclick="alert('HANDLER RAN')" style="background-image: url(URL/p.png)">The ferry left Bergen
<img src="URL/photo.jpg" srcset="URL/photo-2x.jpg 2x" onerror="alert('HANDLER RAN')" alt="ALT TEXT"> at noon.</p>
<iframe src="URL/frame.html">FRAME TEXT</iframe>
<picture><source srcset="URL/pic.webp"><img src="URL/pic.jpg"></picture>
<video src="URL/clip.mp4" poster="URL/poster.jpg">VIDEO TEXT</video><audio src="URL/a.mp3"></audio>
<object data="URL/object.swf">OBJECT TEXT</object><embed src="URL/embed.swf">
<svg><image href="URL/svg.png"/><script>alert('SVG RAN')</script></svg>
<p>Read <a href="javascript:alert('LINK RAN')">the report</a> and <a href="URL/more">more</a>.</p>
<p>Tomas Berg wrote &lt;script&gt;alert(1)&lt;/script&gt; &lt;img src="URL/x.png"&gt; in his post.</p>
<form action="URL/submit"><input value="FORM TEXT"></form>
</article></body></html>)html"_s.replace(u"URL"_s, url);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"page.html"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(page.toUtf8());
    }

    MainWindow window(MainWindow::Mode::Screenshot);
    window.resize(1000, 700);
    QString error;
    QVERIFY2(window.openArticle(path, &error), qPrintable(error));
    QVERIFY(window.waitUntilIdle());
    window.show();
    // Paint everything once: whatever would load a resource has tried now.
    QVERIFY(!window.grab().isNull());
    QTest::qWait(200);
    QCOMPARE(server.connections(), 0);

    const QString shown = window.articleView()->toPlainText();
    QVERIFY2(shown.contains(u"The ferry left Bergen at noon."_s), qPrintable(shown));
    QVERIFY2(shown.contains(u"Read the report and more."_s), qPrintable(shown));
    // Markup the page shows as text is shown as text, never rendered.
    QVERIFY2(shown.contains(u"<script>alert(1)</script> <img src=\""_s + url + u"/x.png\">"_s), qPrintable(shown));
    for (const QString &never : {u"RAN"_s, u"alert('"_s, u"ALT TEXT"_s, u"FRAME TEXT"_s, u"VIDEO TEXT"_s,
                                 u"OBJECT TEXT"_s, u"STYLE TEXT"_s, u"FORM TEXT"_s, u"style.css"_s, u"photo.jpg"_s}) {
        QVERIFY2(!shown.contains(never), qPrintable(never));
        QVERIFY2(!window.windowTitle().contains(never), qPrintable(never));
    }
    QVERIFY2(window.windowTitle().contains(u"Harbour <b>news</b>"_s), qPrintable(window.windowTitle()));

    // The view holds text only: no image, no anchor to follow.
    const QTextDocument *doc = window.articleView()->document();
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY(!format.isAnchor());
        }
    }
}

QTEST_MAIN(HostileInputUiTest)
#include "hostileinput_test.moc"
