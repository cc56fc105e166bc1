// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/textrange.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace Annalist {

/// An article as the loader made it: metadata and the plain body text that
/// recognition, highlighting and stored offsets all refer to.
///
/// The text is the body only (the title is kept apart); paragraphs are
/// separated by a single '\n' and sentences never cross a paragraph.
struct Article {
    enum class Format { PlainText, Html, Markdown };

    QString path; ///< absolute path of the file it came from; empty when loaded from memory
    Format format = Format::PlainText;
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252" (the fallback assumed)

    QString title;
    QDate date; ///< publication date; invalid when the file does not say
    QString source; ///< news agency or site, when the file says
    QString byline; ///< the author(s) as the page names them ("By Ann Lee"'s "Ann Lee"); empty when unknown
    QString language; ///< BCP 47 tag the page declares ("en", "pt-BR"); empty when unknown
    QString datelinePlace; ///< "VELMORA, Dravenia" from "VELMORA, Dravenia, September 9."
    TextRange dateline; ///< the dateline inside text; empty when there is none

    QString text;
    QList<TextRange> paragraphs;
    QList<TextRange> sentences;

    QStringView slice(TextRange r) const { return QStringView(text).mid(r.start, r.length()); }

    /// The index of the sentence holding pos, or -1.
    qsizetype sentenceAt(qsizetype pos) const;
};

} // namespace Annalist
