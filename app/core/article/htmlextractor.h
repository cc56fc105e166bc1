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
    QString source;
    QString text; ///< the body in the TextBuilder's shape: paragraphs joined by '\n'
};

/// Pulls the article out of an HTML page, without running anything or
/// fetching anything: a small tolerant tokenizer with an explicit element stack
/// (no recursion), linear in the size of the page.
///
/// - Body: the largest <article> (or itemprop="articleBody"), else <main> (or
///   role="main"), else <body>. Inside it, script, style, nav, header, footer,
///   aside, form, noscript, template, iframe, svg, hidden elements and comments
///   are dropped; headings, paragraphs, list items, table cells, <br> and other
///   blocks each end a paragraph.
/// - Title: the first <h1> of the chosen body (then kept out of text), else
///   og:title, else <title>, else JSON-LD "headline".
/// - Date: <meta name="date"> (and the usual variants), article:published_time,
///   <time datetime>, or JSON-LD "datePublished", in that order.
/// - Source: og:site_name, else the JSON-LD publisher's name.
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
