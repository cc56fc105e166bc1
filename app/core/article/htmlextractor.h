// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringView>

namespace Annalist {

/// What the HTML extractor finds in a page.
struct HtmlContent {
    QString title;
    QDate date;
    QString source; ///< the site's name
    QString byline;
    QString language;
    QString text; ///< the body in the TextBuilder's shape: paragraphs joined by '\n'
};

/// Pulls the article out of an HTML page as a reader view does, without
/// running anything or fetching anything: the page is parsed into a tree
/// (htmldom.h), its metadata read (htmlmetadata.h), the article's body found
/// by scoring its containers (htmlcontent.h) and written as paragraphs
/// (htmltext.h). Linear in the size of the page, never recursive.
///
/// - Title: JSON-LD's headline, og:title, else <title> cut to the headline.
/// - Date: article:published_time, JSON-LD datePublished, <meta name="date">
///   and its variants, then a <time datetime> of the article, in that order.
/// - Source: og:site_name, else the JSON-LD publisher's name.
/// - Byline: JSON-LD's author, <meta name="author">, else a byline element.
/// - Language: <html lang>, else Content-Language, else og:locale.
/// Named and numeric character references are decoded.
HtmlContent extractHtml(QStringView html);

/// The character encoding a page declares for itself, read from its bytes
/// before they are decoded, as the HTML standard's prescan does: an XML
/// declaration's encoding="…" at the very start, else the first
/// <meta charset="…"> or <meta http-equiv="Content-Type" content="…;
/// charset=…"> before <body> (comments skipped; other tags skipped whole, so
/// an attribute value that looks like a tag is not read as one). Empty when
/// the page declares nothing, or something that is no encoding's name.
/// Linear in the size of the page; see decodeText() for what is done with it.
QByteArray declaredCharset(QByteArrayView page);

/// Decodes character references ("&amp;", "&mdash;", "&#8217;", "&#x2019;").
/// Unknown names are left as they are; invalid numbers become U+FFFD.
QString decodeHtmlEntities(QStringView text);

} // namespace Annalist
