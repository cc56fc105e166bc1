// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Annalist {

/// What the plain-text reader finds in a file.
struct PlainTextContent {
    QString title;
    QDate date;
    QString source;
    QString text; ///< paragraphs joined by '\n'
};

/// Reads a plain-text article whose line ends are already '\n'.
///
/// Metadata at the top, in any order:
/// - a "date YYYY-MM-DD" line; it may begin with white space, and the body may
///   go on after the date on the same line;
/// - a header block of "Key: value" lines (Title/Headline, Date/Published,
///   Source/Publisher; Author, URL and the like are read and skipped), ended
///   by a blank line or by a line that is not a header;
/// - a headline: a first line of at most 150 characters and two or more words
///   that begins with a capital, does not end like a sentence (. , ; :) and is
///   followed by a blank line and more text.
///
/// Failing those, a line among the first three of the body that holds only a
/// date ("December 10, 2013", "2013-12-10") gives the date; it stays in text.
///
/// Body: blank lines separate blocks. A block whose lines all look hard-wrapped
/// (between 50 and 100 characters, each but the last at least 60% of the longest)
/// is one paragraph; otherwise each line is a paragraph of its own.
PlainTextContent readPlainText(QStringView text);

} // namespace Annalist
