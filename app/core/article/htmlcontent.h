// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/htmldom.h"

#include <QList>
#include <QString>

namespace Annalist {

/// Where the article is in a parsed page, as a reader view finds it.
struct ArticleContent {
    QList<int> roots; ///< the subtrees that make up the article, in page order
    QList<bool> skipped; ///< per node: left out with its subtree (boilerplate)
    QList<int> times; ///< the <time> elements inside the article, in page order
};

/// Finds the article's body in a page, the way reader views do:
///
/// 1. Elements that are never body text are set aside: scripts, styles,
///    forms' controls, navigation, asides, page headers and footers, hidden
///    elements, and elements whose class or id names boilerplate (comments,
///    sidebars, related links, share bars, cookie and newsletter boxes,
///    advertisements; not when it also names content, as "main-comment-body"
///    does not).
/// 2. Every paragraph (a <p>, <pre> or <td>, or a <div> with text of its own)
///    of at least 25 characters scores 1 + its commas + a point per 100
///    characters (at most 3); the score goes to its parent, half to its
///    grandparent and a sixth or less to the three ancestors above.
///    Containers start from a score by element (div +5, lists and forms -3,
///    headings -5) and by what their class and id say (+25 for "article",
///    "content", "story", …, -25 for "comment", "sidebar", "share", …), and
///    the score shrinks by the share of their text inside links.
/// 3. The best container wins; a common ancestor of several near-best ones,
///    or a parent that scores higher, is taken instead. Its siblings join it
///    when they score well or are paragraphs of prose with few links.
/// 4. Inside it, lists, tables and blocks that look like boilerplate (more
///    links than text, more images or list items than paragraphs, form
///    fields, few commas) are removed, and a heading that repeats the title.
/// When that leaves under 500 characters, the steps run again with fewer
/// rules (first without step 1's class names, then without class weights,
/// then without step 4 but for form fields), and the longest result is kept. Linear in the size
/// of the page, never recursive.
ArticleContent findArticleContent(const HtmlDom &dom, const QString &title);

} // namespace Annalist
