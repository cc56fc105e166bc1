// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "article/article.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Annalist {

struct LoadOptions {
    /// Files larger than this are refused with LoadResult::Status::TooLarge.
    qint64 maxBytes = 64LL * 1024 * 1024;
};

/// The outcome of opening an article: either an Article or a human-readable
/// reason why not. The core returns it; the window shows message, the command
/// line prints it.
struct LoadResult {
    enum class Status {
        Ok,
        NotFound,
        IsDirectory,
        Unreadable, ///< permissions or an I/O error
        Empty, ///< no text at all (zero bytes, or only white space and markup)
        Binary, ///< an image, PDF, archive, executable or other non-text file
        TooLarge,
        BadEncoding, ///< the bytes are not text in any encoding we accept
    };

    Status status = Status::Ok;
    QString message; ///< one sentence for a person, naming the file; empty when ok
    /// Things worth telling about a successful load, each naming the file:
    /// e.g. that the bytes were not valid UTF-8 and were read as windows-1252.
    QStringList warnings;
    Article article;

    bool ok() const { return status == Status::Ok; }
};

/// Reads a file and turns it into an Article. The format comes from the file
/// name's suffix (.html/.htm/.xhtml, .md/.markdown, anything else is plain
/// text) and, for other suffixes, from a look at the content (an HTML start,
/// Markdown front matter). Never touches the network and never runs anything.
///
/// Refused, each with its own Status and a message that names the file:
/// a missing file, a folder, a device/pipe/socket (never opened, so nothing
/// blocks), an unreadable file, a file over options.maxBytes (checked before
/// reading), and everything parseArticle() refuses.
LoadResult loadArticle(const QString &path, const LoadOptions &options = {});

/// The same for bytes already in memory. nameHint is only used to pick the
/// format and to name the file in messages.
///
/// Refuses empty input, input with only white space (or only markup), binary
/// files (by their magic numbers, NUL bytes or control characters; see
/// binaryKind()) and damaged UTF-16. Encodings as decodeText() describes; a
/// guessed encoding is named in Article::encoding and in LoadResult::warnings.
///
/// The text is the body in paragraphs joined by one '\n' (blank lines and
/// white-space-only lines never make a paragraph); inside a paragraph every
/// run of white space is one space. A dateline at its start stays in the text
/// (Article::dateline, datelinePlace; an agency in brackets becomes the source
/// when nothing else names one). Its month-day never sets the date without a
/// year of its own, and an explicit date always wins over it.
LoadResult parseArticle(const QByteArray &bytes, const QString &nameHint, const LoadOptions &options = {});

/// Fills article.paragraphs and article.sentences from article.text, which is
/// taken as it is and never changed (no metadata is read from it). Paragraphs
/// are the '\n'-separated lines that hold more than white space, trimmed;
/// sentences never cross them (see splitSentences()); a dateline (when
/// article.dateline is set) belongs to the first sentence. Used by the loader and
/// by tools that need exact offsets into a given text.
void segmentArticle(Article &article);

} // namespace Annalist
