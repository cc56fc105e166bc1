#include "article/loader.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Annalist {

LoadResult loadArticle(const QString &path, const LoadOptions &options)
{
    LoadResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.status = LoadResult::Status::NotFound;
        result.message = QStringLiteral("%1: no such file").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadResult::Status::Unreadable;
        result.message = QStringLiteral("%1: %2").arg(path, file.errorString());
        return result;
    }
    result = parseArticle(file.readAll(), path, options);
    result.article.path = info.absoluteFilePath();
    return result;
}

LoadResult parseArticle(const QByteArray &bytes, const QString &nameHint, const LoadOptions &options)
{
    Q_UNUSED(nameHint);
    Q_UNUSED(options);
    LoadResult result;
    Article &a = result.article;
    a.encoding = QStringLiteral("UTF-8");
    QString text = QString::fromUtf8(bytes);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression dateLine(QStringLiteral("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s*"));
    if (const auto m = dateLine.match(text); m.hasMatch()) {
        a.date = QDate::fromString(m.captured(1), Qt::ISODate);
        text.remove(0, m.capturedLength());
    }
    a.text = text.trimmed();
    segmentArticle(a);
    return result;
}

void segmentArticle(Article &article)
{
    article.paragraphs.clear();
    article.sentences.clear();
    const QString &t = article.text;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        if (i == t.size() || t[i] == u'\n') {
            if (i > start)
                article.paragraphs.append({start, i});
            start = i + 1;
        }
    }
    for (const TextRange &p : std::as_const(article.paragraphs)) {
        qsizetype s = p.start;
        for (qsizetype i = p.start; i < p.end; ++i) {
            if ((t[i] == u'.' || t[i] == u'?' || t[i] == u'!') && (i + 1 == p.end || t[i + 1].isSpace())) {
                article.sentences.append({s, i + 1});
                s = i + 1;
                while (s < p.end && t[s].isSpace())
                    ++s;
            }
        }
        if (s < p.end)
            article.sentences.append({s, p.end});
    }
}

} // namespace Annalist
