// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/htmlcontent.h"
#include "article/htmldom.h"

#include <QString>

namespace Annalist {

/// The reading text of the article's subtrees, in the TextBuilder's shape
/// (paragraphs joined by '\n'). Every block is a paragraph of its own:
/// paragraphs, headings, list items, block quotes, figure captions, and each
/// line of a <pre>; <br> and <hr> break one too. A table of data (one with a
/// caption or header cells, or too many rows or columns to lay a page out)
/// reads row by row, one paragraph a row with its cells separated by " | ";
/// a table that lays out the page reads cell by cell. Never recursive.
QString articleText(const HtmlDom &dom, const ArticleContent &content);

/// Whether a table holds data rather than laying out a page.
bool isDataTable(const HtmlDom &dom, int table);

} // namespace Annalist
