// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/htmldom.h"

#include <QString>
#include <QStringList>

namespace Annalist {

/// What a page says about itself in its head and its structured data, before
/// any of its body is read.
struct HtmlMetadata {
    QString ldHeadline; ///< JSON-LD "headline" (or "name" of an article)
    QString metaTitle; ///< og:title, twitter:title, dc.title
    QString pageTitle; ///< <title>
    QString byline; ///< JSON-LD author names, or every <meta name="author"> and its variants
    QString siteName; ///< og:site_name, else the JSON-LD publisher's name
    QString language; ///< <html lang>, else Content-Language, else og:locale
    /// Published dates as the page states them, most trusted first:
    /// article:published_time, JSON-LD datePublished, <meta name="date"> and
    /// its variants, itemprop="datePublished".
    QStringList dates;
};

/// Reads the metadata from <meta>, <title>, <html lang> and JSON-LD
/// (nested @graph arrays included; broken JSON is ignored).
HtmlMetadata readHtmlMetadata(const HtmlDom &dom);

/// The headline: JSON-LD's, else the one in og:title and its kin (as the
/// publisher declares it), else the page's <title> cut to the headline when
/// it also names the site ("Storm hits coast | Daily Post"): the part that
/// an <h1>/<h2> of the page repeats, else the part before the last separator
/// when that has five words or more. headings are the page's h1 and h2 texts.
/// Empty when the page has neither metadata nor <title>.
QString chooseTitle(const HtmlMetadata &meta, const QStringList &headings);

/// A byline as pages write it, reduced to the names: without "By"/"Par"/
/// "Von" (or "Written by") in front; cut before what follows the names on
/// the same line (a date or time, "Updated", "Published", a " | " or " - "
/// separator); without web addresses, e-mail addresses and @handles; without
/// the degrees and job titles set after a comma ("Ann Lee, MD", "Ann Lee,
/// Staff Writer"); without the line breaks and runs of spaces of the markup.
/// Empty when nothing name-like is left (no letter) or when it is too long
/// to be a byline (a paragraph marked up as one).
QString cleanByline(QStringView text);

/// Several authors' names as one byline: joined by ", ", or by "; " when a
/// name holds a comma of its own ("Lee, Ann"). Repeated names are dropped.
QString joinAuthors(const QStringList &names);

/// The byline as the page's body shows it, for pages whose metadata names
/// no author. Candidates are elements marked as the author by microdata
/// (itemprop="author"), by a link to the author (rel="author"), or by a
/// class or id word (byline, author, writer); not those naming a part about
/// the author (bio, photo, avatar, title, social links), nor any inside
/// comments, related-article lists, navigation, asides, footers or forms.
/// A candidate's names are, in this order: its microdata names
/// (itemprop="name"), the texts of its links to author pages (rel="author",
/// an author or name class, or an address under /author/, /people/,
/// /profiles/ …), else its text; all cleaned by cleanByline(). The first
/// candidate inside the article (roots, the subtrees the reader view kept)
/// wins, else the first in the article's enclosing <article> or <main> (its
/// header), else the first in the page.
QString findBodyByline(const HtmlDom &dom, const QList<int> &roots);

} // namespace Annalist
