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
/// name's suffix (.html/.htm, .md/.markdown, anything else is plain text) and,
/// failing that, from a look at the content. Never touches the network.
LoadResult loadArticle(const QString &path, const LoadOptions &options = {});

/// The same for bytes already in memory. nameHint is only used to pick the
/// format and to name the file in messages.
LoadResult parseArticle(const QByteArray &bytes, const QString &nameHint, const LoadOptions &options = {});

/// Fills article.paragraphs and article.sentences from article.text, which is
/// taken as it is and never changed (no metadata is read from it). Paragraphs
/// are the '\n'-separated lines that hold more than white space, trimmed;
/// sentences never cross them (see splitSentences()); a dateline (when
/// article.dateline is set) belongs to the first sentence. Used by the loader and
/// by tools that need exact offsets into a given text.
void segmentArticle(Article &article);

} // namespace Annalist
