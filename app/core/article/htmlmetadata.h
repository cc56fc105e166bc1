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
    QString byline; ///< JSON-LD author names, or <meta name="author"> and its variants
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

/// A byline as pages write it, without "By"/"Par"/"Von" in front and without
/// the line breaks and runs of spaces of the markup; empty when it is
/// too long to be a byline (a paragraph marked up as one).
QString cleanByline(QStringView text);

} // namespace Annalist
