// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: every export format over an article and the user's work
// on it, as the window and `annalist export` make them: the article read from
// the input's bytes, analysed, with a sidecar placed on it.
//
// The input is the article's bytes, optionally followed by a line
// "%%sidecar" and the sidecar's JSON. An input that starts with '{' is a
// sidecar alone, placed on a fixed article, so that the sidecar seeds serve
// as well as the article ones.
//
// Checked for every format: the export succeeds with at least one file, text
// formats are valid UTF-8, the JSON formats parse, SVG is well-formed XML,
// iCalendar lines are folded and its dates are eight digits, brat's offsets
// lie in the text and give the text they name, and the merged export of two
// articles works too. The PNG (a full 1600×900 drawing of that SVG by Qt SVG,
// seconds on a busy machine) is made in the replay test only, for one input in
// 16 chosen by its bytes: under libFuzzer it would take most of the time and
// trip the time limit for a hang.

#include "analysis/analyzer.h"
#include "annotations/annotateddocument.h"
#include "article/loader.h"
#include "export/exporter.h"
#include "fuzzcheck.h"
#include "storage/sidecar.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QString>
#include <QTimeZone>
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Annalist;

namespace {

const QByteArray sidecarMarker = QByteArrayLiteral("\n%%sidecar\n");

const QByteArray fixedArticle = QByteArrayLiteral(
    "BERGEN, Norway, March 4. The ferry left Bergen for Oslo at noon on 3 March 2021.\n"
    "Dr. Berg met the Harbour Council on Tuesday; talks resume in 2025. \xF0\x9F\x9A\xA2 \xC3\x89mile agreed.");

// The PNG exporter draws text, which needs a QGuiApplication; the offscreen
// platform needs no display.
void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "fuzz_export";
    static char *argv[] = {name, nullptr};
    static QGuiApplication *app = new QGuiApplication(argc, argv);
    Q_UNUSED(app);
}

const Analyzer &analyzer()
{
    static const Analyzer a;
    return a;
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString text = decoder.decode(bytes); // the conversion is what decodes
    return !decoder.hasError() && (bytes.isEmpty() || !text.isEmpty());
}

// brat: NAME.txt is the article text; every T line's fragments are code
// point offsets in order inside it, and its text is theirs joined by spaces.
void checkBrat(const ExportOutput &out, const Article &article)
{
    Fuzz::check(out.files.size() == 2, "brat gives a .txt and an .ann");
    Fuzz::check(out.files.at(0).data == article.text.toUtf8(), "brat's .txt is the article text");
    const QList<uint> cps = article.text.toUcs4();
    const QString ann = QString::fromUtf8(out.files.at(1).data);
    for (const QString &line : ann.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList cols = line.split(u'\t');
        Fuzz::check(cols.size() == 3, "a brat line has three columns");
        if (!line.startsWith(u'T'))
            continue;
        const qsizetype space = cols.at(1).indexOf(u' ');
        Fuzz::check(space > 0, "a brat T line has a type");
        QStringList pieces;
        qsizetype last = 0;
        for (const QString &fragment : cols.at(1).mid(space + 1).split(u';')) {
            const QStringList se = fragment.split(u' ');
            Fuzz::check(se.size() == 2, "a brat fragment is two offsets");
            bool okS = false;
            bool okE = false;
            const qsizetype s = se.at(0).toLongLong(&okS);
            const qsizetype e = se.at(1).toLongLong(&okE);
            Fuzz::check(okS && okE && last <= s && s < e && e <= cps.size(), "brat offsets inside the text, in order");
            last = e;
            pieces << QString::fromUcs4(reinterpret_cast<const char32_t *>(cps.constData() + s), e - s);
        }
        Fuzz::check(pieces.join(u' ') == cols.at(2), "brat's text is what its offsets name");
    }
}

// iCalendar: CRLF lines of at most 75 octets; DATE values of eight digits.
void checkIcs(const QByteArray &ics)
{
    Fuzz::check(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"), "ics is one calendar");
    static const QRegularExpression date(QStringLiteral("^(DTSTART|DTEND);VALUE=DATE:\\d{8}$"));
    QByteArray unfolded;
    for (const QByteArray &line : ics.split('\n')) {
        if (line.isEmpty())
            continue;
        Fuzz::check(line.endsWith('\r') && line.size() - 1 <= 75, "ics lines end in CRLF and fold at 75 octets");
        unfolded += line.startsWith(' ') ? line.mid(1) : QByteArray("\n" + line);
    }
    for (const QByteArray &line : unfolded.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (l.startsWith("DTSTART") || l.startsWith("DTEND"))
            Fuzz::check(date.match(QString::fromLatin1(l)).hasMatch(), "ics dates are eight digits");
    }
}

void checkFormat(const Exporter &e, const QList<ExportDocument> &documents, const ExportOptions &options)
{
    const ExportOutput out = e.run(documents, options);
    Fuzz::check(out.ok(), "every export succeeds");
    Fuzz::check(!out.files.isEmpty(), "every export gives a file");
    const QString name = e.name();
    for (const ExportFile &f : out.files) {
        if (e.isText())
            Fuzz::check(isValidUtf8(f.data), "text exports are valid UTF-8");
    }
    const QByteArray &data = out.files.first().data;
    if (name == u"json" || name == u"timelinejs" || name == u"w3c") {
        QJsonParseError error;
        QJsonDocument::fromJson(data, &error);
        Fuzz::check(error.error == QJsonParseError::NoError, "JSON exports parse");
    } else if (name == u"svg") {
        QXmlStreamReader xml(data);
        while (!xml.atEnd())
            xml.readNext();
        Fuzz::check(!xml.hasError(), "the SVG is well-formed XML");
    } else if (name == u"ics") {
        checkIcs(data);
    } else if (name == u"brat" && documents.size() == 1) {
        checkBrat(out, documents.first().article);
    } else if (name == u"png") {
        Fuzz::check(!QImage::fromData(data, "PNG").isNull(), "the PNG reads back");
    } else {
        Fuzz::check(!data.isEmpty(), "the export is not empty");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ensureApplication();
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray articleBytes = input;
    QByteArray sidecarBytes;
    const qsizetype marker = input.indexOf(sidecarMarker);
    if (marker >= 0) {
        articleBytes = input.left(marker);
        sidecarBytes = input.mid(marker + sidecarMarker.size());
    } else if (input.startsWith('{')) {
        articleBytes = fixedArticle;
        sidecarBytes = input;
    }

    LoadResult loaded = parseArticle(articleBytes, QStringLiteral("fuzz.txt"));
    if (!loaded.ok())
        return 0;
    Article article = std::move(loaded.article);
    article.path = QStringLiteral("/fuzz/article.txt");
    AnnotatedDocument document(article, analyzer().analyze(article));
    if (!sidecarBytes.isEmpty()) {
        const SidecarReadResult read = parseSidecar(sidecarBytes, QStringLiteral("fuzz.annalist.json"));
        if (read.hasContent())
            document.setUserLayer(placeSidecarContent(read.content, article.text));
    }
    const ExportDocument exported{article, document.entities(), document.events()};
    for (const Entity &e : exported.entities)
        Fuzz::check(Fuzz::inside(e.range, article.text.size()), "entities inside the text");

    ExportOptions options;
    options.generated = QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    options.outputDirectory = QStringLiteral("/fuzz/out");
#ifdef ANNALIST_LIBFUZZER
    const bool drawPng = false;
#else
    const bool drawPng = qHash(input) % 16 == 0;
#endif
    for (const Exporter *e : Exporter::all()) {
        if (e->name() == u"png" && !drawPng)
            continue;
        checkFormat(*e, {exported}, options);
        // Two articles merged (brat writes a pair for each).
        ExportDocument second = exported;
        second.article.path = QStringLiteral("/fuzz/second.txt");
        checkFormat(*e, {exported, second}, options);
    }
    return 0;
}
