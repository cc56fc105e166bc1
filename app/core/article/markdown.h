// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Annalist {

/// What the Markdown reader finds in a document.
struct MarkdownContent {
    QString title;
    QDate date;
    QString source;
    QString text; ///< paragraphs joined by '\n', inline markup removed
};

/// Reads a Markdown article: YAML front matter between "---" lines (title,
/// date, source/publisher/site), ATX and Setext headings, paragraphs (soft
/// line breaks joined with a space), list items and block quotes (each item
/// its own paragraph, markers removed), tables (a row per paragraph) and code
/// (a line per paragraph, as is). The first level-1 heading is the title when
/// the front matter has none; it is then kept out of text, as is a first
/// level-1 heading that repeats the front matter's title.
///
/// Inline markup never reaches text: emphasis and code delimiters, link and
/// image syntax (a link keeps its words, an image its nothing), autolinks'
/// brackets, HTML tags, backslash escapes and footnote marks; character
/// references are decoded. Linear in the input; no recursion.
MarkdownContent readMarkdown(QStringView markdown);

/// Removes Markdown inline markup from one paragraph's text.
QString stripInlineMarkdown(QStringView text);

} // namespace Annalist
