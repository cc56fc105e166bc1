// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Prints how fast the loader turns bytes into an Article (decoding, format
// reading, dateline, paragraphs and sentences), per format, on generated
// articles of about 10 MB. Not a test: it prints figures and always succeeds.
//
//   loader_bench [megabytes]

#include "article/loader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Annalist;

namespace {

double cpuMilliseconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Sentences in the style of wire copy, with the abbreviations, initials,
// decimals and quotes that the sentence splitter has to weigh.
const char *const sentences[] = {
    "The regional council approved the new water-sharing plan on Tuesday after three rounds of talks.",
    "Dr. Amina Yusuf of the U.N. Development Programme said the plan would cost 4.5 million dollars.",
    "\"We expect the first results by Sept. 30,\" she told reporters in the capital.",
    "Officials from Kazakhstan, Uzbekistan and Tajikistan attended the meeting, held under Art. 12 of the "
    "charter.",
    "J. P. Morel, a hydrologist, warned that flows had fallen 3.2 percent since Jan. 1.",
    "The next session is planned for early next year, the secretariat said.",
};

QByteArray plainText(qsizetype target)
{
    QByteArray out(" date 2024-05-14 GENEVA, Switzerland, May 14. ");
    for (int i = 0; out.size() < target; ++i) {
        for (int k = 0; k < 4; ++k) {
            out += sentences[(i + k) % 6];
            out += ' ';
        }
        out += "\n\n";
    }
    return out;
}

QByteArray html(qsizetype target)
{
    QByteArray out("<!DOCTYPE html><html><head><title>Plan approved | Wire</title>"
                   "<meta property=\"article:published_time\" content=\"2024-05-14T09:00:00Z\">"
                   "<script>var x = '<p>no</p>';</script><style>p{margin:0}</style></head><body>"
                   "<nav><a href=\"/\">Home</a></nav><article><h1>Plan approved</h1>");
    for (int i = 0; out.size() < target; ++i) {
        out += "<p class=\"body\">";
        for (int k = 0; k < 4; ++k) {
            QByteArray s = sentences[(i + k) % 6];
            s.replace("\"", "&quot;");
            out += s + " <a href=\"/topic/" + QByteArray::number(i) + "\">more&nbsp;here</a>. ";
        }
        out += "</p>\n";
    }
    out += "</article><footer>Wire &copy; 2024</footer></body></html>";
    return out;
}

QByteArray markdown(qsizetype target)
{
    QByteArray out("---\ntitle: Plan approved\ndate: 2024-05-14\n---\n\n# Plan approved\n\n");
    for (int i = 0; out.size() < target; ++i) {
        for (int k = 0; k < 4; ++k) {
            out += sentences[(i + k) % 6];
            out += " **Note** with [a link](https://example.org/" + QByteArray::number(i) + ") and `code`. ";
        }
        out += "\n\n";
    }
    return out;
}

void measure(const char *label, const QByteArray &bytes, const QString &name)
{
    double bestWall = 1e300;
    double bestCpu = 1e300;
    qsizetype sentencesFound = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuMilliseconds();
        const LoadResult r = parseArticle(bytes, name);
        bestCpu = std::min(bestCpu, cpuMilliseconds() - cpu0);
        bestWall = std::min(bestWall, double(wall.nsecsElapsed()) / 1e6);
        sentencesFound = r.article.sentences.size();
    }
    const double mb = double(bytes.size()) / (1024.0 * 1024.0);
    std::printf("%-10s %7.1f MB  %8.1f ms wall %7.0f MB/s  %8.1f ms cpu %7.0f MB/s  %lld sentences\n", label,
        mb, bestWall, mb / (bestWall / 1000.0), bestCpu, mb / (bestCpu / 1000.0),
        static_cast<long long>(sentencesFound));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double megabytes = argc > 1 ? std::max(0.1, QByteArray(argv[1]).toDouble()) : 10.0;
    const auto target = qsizetype(megabytes * 1024 * 1024);
    std::printf("loader: parseArticle() on generated articles, best of 5\n");
    measure("plain", plainText(target), QStringLiteral("a.txt"));
    measure("html", html(target), QStringLiteral("a.html"));
    measure("markdown", markdown(target), QStringLiteral("a.md"));
    QByteArray latin = plainText(target);
    latin.replace("Switzerland", "Schwei\xfc");
    measure("cp1252", latin, QStringLiteral("a.txt"));
    return 0;
}
