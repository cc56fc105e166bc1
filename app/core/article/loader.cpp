// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/loader.h"

#include "article/dateline.h"
#include "article/htmlextractor.h"
#include "article/markdown.h"
#include "article/plaintext.h"
#include "article/sentences.h"
#include "article/textdecoder.h"
#include "util/boundedfile.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace Annalist {

namespace {

QString displayName(const QString &nameHint)
{
    const QString name = QFileInfo(nameHint).fileName();
    return name.isEmpty() ? QCoreApplication::translate("loader", "The text") : name;
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

LoadResult failure(LoadResult::Status status, const QString &message)
{
    LoadResult result;
    result.status = status;
    result.message = message;
    return result;
}

LoadResult tooLarge(const QString &name, qint64 size, qint64 limit)
{
    return failure(LoadResult::Status::TooLarge,
                   QCoreApplication::translate("loader", "%1 is larger than the %2 limit (%3)")
                       .arg(name, sizeForMessage(limit), megabytes(size)));
}

// Names that ZIP-based documents carry, for a message that says what the file is.
QString zipKind(const QString &suffix)
{
    if (suffix == u"docx")
        return QCoreApplication::translate("loader", "a Word document");
    if (suffix == u"odt")
        return QCoreApplication::translate("loader", "an OpenDocument text");
    if (suffix == u"epub")
        return QCoreApplication::translate("loader", "an EPUB e-book");
    if (suffix == u"xlsx" || suffix == u"ods")
        return QCoreApplication::translate("loader", "a spreadsheet");
    if (suffix == u"pptx" || suffix == u"odp")
        return QCoreApplication::translate("loader", "a presentation");
    return {};
}

Article::Format formatFor(const QString &nameHint, QStringView text)
{
    const QString suffix = QFileInfo(nameHint).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml" || suffix == u"shtml")
        return Article::Format::Html;
    if (suffix == u"md" || suffix == u"markdown" || suffix == u"mdown" || suffix == u"mkd")
        return Article::Format::Markdown;
    // Otherwise look at the start.
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    const QStringView head = text.mid(i, 1024);
    if (head.startsWith(u"<!doctype html", Qt::CaseInsensitive) || head.startsWith(u"<html", Qt::CaseInsensitive)
        || (head.startsWith(u'<') && (head.contains(u"<body", Qt::CaseInsensitive)
                                      || head.contains(u"<head", Qt::CaseInsensitive))))
        return Article::Format::Html;
    if (suffix != u"txt" && suffix != u"text" && head.startsWith(u"---\n")) {
        const qsizetype close = head.indexOf(u"\n---", 3);
        if (close > 0 && (head.left(close).contains(u"\ntitle:") || head.left(close).contains(u"\ndate:")))
            return Article::Format::Markdown;
    }
    return Article::Format::PlainText;
}

QString normalizeLineEnds(QString text)
{
    if (!text.contains(u'\r'))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    qsizetype from = 0;
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] != u'\r')
            continue;
        out.append(QStringView(p + from, i - from));
        out.append(u'\n');
        if (i + 1 < n && p[i + 1] == u'\n')
            ++i;
        from = i + 1;
    }
    out.append(QStringView(p + from, n - from));
    return out;
}

} // namespace

LoadResult loadArticle(const QString &path, const LoadOptions &options)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (path.isEmpty())
        return failure(LoadResult::Status::NotFound,
                QCoreApplication::translate("loader", "No file was named"));
    if (!info.exists()) {
        // The path as given, so that a person sees where Annalist looked.
        const QString shown = QDir::toNativeSeparators(path);
        const QString dir = info.absolutePath();
        if (!QFileInfo(dir).isDir())
            return failure(LoadResult::Status::NotFound,
                           QCoreApplication::translate("loader", "%1 does not exist: there is no folder %2")
                               .arg(shown, QDir::toNativeSeparators(dir)));
        return failure(LoadResult::Status::NotFound,
                       QCoreApplication::translate("loader", "%1 does not exist").arg(shown));
    }
    if (info.isDir())
        return failure(LoadResult::Status::IsDirectory,
                QCoreApplication::translate("loader", "%1 is a folder, not an article").arg(name));
    if (!info.isFile()) // a device, a pipe or a socket could block or never end
        return failure(LoadResult::Status::Unreadable,
                       QCoreApplication::translate("loader", "%1 is not a regular file (a device, pipe or "
                                                             "socket), so it is not read")
                           .arg(name));
    const BoundedRead read = readBoundedFile(path, options.maxBytes);
    switch (read.status) {
    case BoundedRead::Status::Ok:
        break;
    case BoundedRead::Status::TooLarge:
        return tooLarge(name, read.size, options.maxBytes);
    case BoundedRead::Status::Missing: // gone or replaced since it was looked at
    case BoundedRead::Status::NotAFile:
    case BoundedRead::Status::Unreadable:
        if (!info.isReadable())
            return failure(LoadResult::Status::Unreadable,
                           QCoreApplication::translate("loader", "%1 cannot be read: permission denied")
                               .arg(name));
        return failure(LoadResult::Status::Unreadable,
                QCoreApplication::translate("loader", "%1 cannot be read: %2").arg(name, read.error));
    }
    const QByteArray &bytes = read.bytes;
    LoadResult result = parseArticle(bytes, path, options);
    if (result.ok())
        result.article.path = info.absoluteFilePath();
    return result;
}

LoadResult parseArticle(const QByteArray &bytes, const QString &nameHint, const LoadOptions &options)
{
    const QString name = displayName(nameHint);
    if (bytes.size() > options.maxBytes)
        return tooLarge(name, bytes.size(), options.maxBytes);
    if (bytes.isEmpty())
        return failure(LoadResult::Status::Empty,
                QCoreApplication::translate("loader", "%1 is empty").arg(name));
    const QString kind = binaryKind(bytes);
    if (!kind.isEmpty()) {
        const QString zip = bytes.startsWith("PK") ? zipKind(QFileInfo(nameHint).suffix().toLower()) : QString();
        return failure(LoadResult::Status::Binary,
                       QCoreApplication::translate("loader", "%1 is %2, not an article")
                           .arg(name, zip.isEmpty() ? kind : zip));
    }
    DecodedText decoded = decodeText(bytes);
    if (!decoded.ok)
        return failure(LoadResult::Status::BadEncoding,
                QCoreApplication::translate("loader", "%1 cannot be read: %2").arg(name, decoded.note));
    const Article::Format format = formatFor(nameHint, decoded.text);
    // A page may name its own encoding; the guess above stands when it does not.
    if (format == Article::Format::Html) {
        const QByteArray charset = declaredCharset(bytes);
        if (!charset.isEmpty())
            decoded = decodeText(bytes, charset);
    }

    LoadResult result;
    Article &a = result.article;
    a.encoding = decoded.encoding;
    if (!decoded.note.isEmpty())
        result.warnings.append(QCoreApplication::translate("loader", "%1: %2").arg(name, decoded.note));
    // NUL is no character of any text: a few in a long article are damage,
    // which the readers leave out (binaryKind() refuses files with many).
    // (Counted apart: lupdate loops forever on a template call inside the count.)
    // (Looked for first: indexOf() is vectorised, count() is not, and nearly no text holds one.)
    const int nuls = decoded.text.contains(QChar(0))
        ? int(std::min<qsizetype>(decoded.text.count(QChar(0)), INT_MAX))
        : 0;
    if (nuls > 0)
        result.warnings.append(QCoreApplication::translate("loader", "%1: it holds %n NUL character(s), which were "
                                                                     "left out",
                                                           nullptr, nuls)
                                   .arg(name));
    const QString text = normalizeLineEnds(std::move(decoded.text));
    decoded.text = QString();
    a.format = format;
    switch (a.format) {
    case Article::Format::Html: {
        HtmlContent c = extractHtml(text);
        a.title = std::move(c.title);
        a.date = c.date;
        a.source = std::move(c.source);
        a.byline = std::move(c.byline);
        a.language = std::move(c.language);
        a.text = std::move(c.text);
        break;
    }
    case Article::Format::Markdown: {
        MarkdownContent c = readMarkdown(text);
        a.title = std::move(c.title);
        a.date = c.date;
        a.source = std::move(c.source);
        a.text = std::move(c.text);
        break;
    }
    case Article::Format::PlainText: {
        PlainTextContent c = readPlainText(text);
        a.title = std::move(c.title);
        a.date = c.date;
        a.source = std::move(c.source);
        a.text = std::move(c.text);
        break;
    }
    }
    if (a.text.isEmpty()) {
        if (a.format == Article::Format::Html)
            return failure(LoadResult::Status::Empty,
                    QCoreApplication::translate("loader", "%1 has no article text, only markup").arg(name));
        return failure(LoadResult::Status::Empty,
                QCoreApplication::translate("loader", "%1 holds no text, only white space").arg(name));
    }

    const Dateline dateline = findDateline(a.text);
    if (dateline.isValid()) {
        a.dateline = dateline.range;
        a.datelinePlace = dateline.place;
        if (a.source.isEmpty())
            a.source = dateline.agency;
        // The dateline's month-day only counts with its own year: a year is
        // never guessed, and an explicit date wins over a different month-day.
        if (!a.date.isValid() && dateline.year > 0)
            a.date = QDate(dateline.year, dateline.month, dateline.day);
        else if (a.date.isValid() && dateline.month > 0
                 && (a.date.month() != dateline.month || a.date.day() != dateline.day))
            qCDebug(lcAnnalist) << name << "dateline month-day differs from the date" << a.date;
    }
    segmentArticle(a);
    return result;
}

void segmentArticle(Article &article)
{
    article.paragraphs.clear();
    article.sentences.clear();
    const QString &t = article.text;
    const QChar *p = t.constData();
    const qsizetype n = t.size();
    qsizetype start = 0;
    while (start <= n) {
        qsizetype nl = t.indexOf(u'\n', start);
        if (nl < 0)
            nl = n;
        qsizetype b = start, e = nl;
        while (b < e && p[b].isSpace())
            ++b;
        while (e > b && p[e - 1].isSpace())
            --e;
        if (e > b) {
            article.paragraphs.append({b, e});
            splitSentences(t, {b, e}, article.sentences, article.dateline.end);
        }
        start = nl + 1;
    }
}

} // namespace Annalist
