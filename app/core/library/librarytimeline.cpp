// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "library/librarytimeline.h"

#include "export/exportdate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace Annalist {

namespace {

/// Words that say little about which event a sentence reports.
bool isFunctionWord(const QString &w)
{
    static const QSet<QString> words{
        QStringLiteral("that"),    QStringLiteral("with"),  QStringLiteral("from"),  QStringLiteral("this"),
        QStringLiteral("have"),    QStringLiteral("were"),  QStringLiteral("which"), QStringLiteral("their"),
        QStringLiteral("said"),    QStringLiteral("after"), QStringLiteral("will"),  QStringLiteral("been"),
        QStringLiteral("about"),   QStringLiteral("would"), QStringLiteral("also"),  QStringLiteral("into"),
        QStringLiteral("over"),    QStringLiteral("than"),  QStringLiteral("they"),  QStringLiteral("when"),
        QStringLiteral("there"),   QStringLiteral("these"), QStringLiteral("those"), QStringLiteral("what"),
        QStringLiteral("while"),   QStringLiteral("where"), QStringLiteral("being"), QStringLiteral("could"),
        QStringLiteral("should"),  QStringLiteral("under"), QStringLiteral("before"), QStringLiteral("since"),
        QStringLiteral("during"),  QStringLiteral("other"), QStringLiteral("more"),  QStringLiteral("most"),
        QStringLiteral("some"),    QStringLiteral("such"),  QStringLiteral("only"),  QStringLiteral("then"),
        QStringLiteral("them"),    QStringLiteral("very"),  QStringLiteral("just"),  QStringLiteral("both"),
        QStringLiteral("each"),    QStringLiteral("year"),  QStringLiteral("years"), QStringLiteral("month"),
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"), QStringLiteral("april"),
        QStringLiteral("june"),    QStringLiteral("july"),  QStringLiteral("august"), QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    return words.contains(w);
}

QSet<QString> contentWords(const QString &sentence)
{
    QSet<QString> result;
    QString word;
    const auto flush = [&] {
        if (word.size() >= 4 && !isFunctionWord(word))
            result.insert(word);
        word.clear();
    };
    for (const QChar c : sentence) {
        if (c.isLetter())
            word += c.toLower();
        else
            flush();
    }
    flush();
    return result;
}

struct Cluster {
    LibraryTimelineItem item;
    QSet<QString> entities;
    QSet<QString> words; ///< the first report's
    QSet<qint64> articles;
};

bool sameEvent(const Cluster &c, const QSet<QString> &entities, const QSet<QString> &words, bool coarse)
{
    qsizetype sharedEntities = 0;
    for (const QString &e : entities)
        sharedEntities += c.entities.contains(e) ? 1 : 0;
    qsizetype sharedWords = 0;
    for (const QString &w : words)
        sharedWords += c.words.contains(w) ? 1 : 0;
    const qsizetype smaller = std::min(words.size(), c.words.size());
    if (smaller == 0)
        return false;
    const double overlap = double(sharedWords) / double(smaller);
    if (coarse)
        return (sharedEntities > 0 && overlap >= 0.4) || overlap >= 0.7;
    return (sharedEntities > 0 && overlap >= 0.25) || overlap >= 0.6;
}

} // namespace

QList<LibraryTimelineItem> mergeReports(const QList<TimelineReport> &reports)
{
    QList<LibraryTimelineItem> result;
    qsizetype i = 0;
    while (i < reports.size()) {
        // One date value at a time; the reports come ordered by it.
        qsizetype end = i;
        while (end < reports.size() && reports.at(end).date == reports.at(i).date
               && reports.at(end).until == reports.at(i).until)
            ++end;
        const ExportDate date = ExportDate::parse(reports.at(i).date);
        const bool coarse = date.precision() < ExportDate::Precision::Month;
        QList<Cluster> clusters;
        QHash<QString, QList<qsizetype>> byToken; // entity or word → clusters holding it
        for (qsizetype r = i; r < end; ++r) {
            const TimelineReport &report = reports.at(r);
            const QSet<QString> entities(report.entities.cbegin(), report.entities.cend());
            // The entities count as entities, not again as words.
            QSet<QString> words = contentWords(report.source.sentenceText);
            for (const QString &e : report.entities)
                words.subtract(contentWords(e));
            QSet<qsizetype> candidates;
            for (const QString &e : entities)
                for (qsizetype c : byToken.value(u'e' + e))
                    candidates.insert(c);
            for (const QString &w : words)
                for (qsizetype c : byToken.value(u'w' + w))
                    candidates.insert(c);
            QList<qsizetype> ordered(candidates.cbegin(), candidates.cend());
            std::sort(ordered.begin(), ordered.end());
            qsizetype target = -1;
            for (qsizetype c : std::as_const(ordered)) {
                const Cluster &cluster = clusters.at(c);
                if (!cluster.articles.contains(report.source.articleId) && sameEvent(cluster, entities, words, coarse)) {
                    target = c;
                    break;
                }
            }
            if (target < 0) {
                target = clusters.size();
                Cluster fresh;
                fresh.item.date = report.date;
                fresh.item.until = report.until;
                fresh.item.label = report.source.label;
                fresh.item.origin = QStringLiteral("auto");
                fresh.words = words;
                clusters.append(std::move(fresh));
                for (const QString &w : words)
                    byToken[u'w' + w].append(target);
            }
            Cluster &cluster = clusters[target];
            for (const QString &e : report.entities) {
                if (!cluster.entities.contains(e)) {
                    cluster.entities.insert(e);
                    cluster.item.entities.append(e);
                    byToken[u'e' + e].append(target);
                }
            }
            if (!report.note.isEmpty())
                cluster.item.note += (cluster.item.note.isEmpty() ? QString() : QStringLiteral(" · ")) + report.note;
            cluster.item.confirmed = cluster.item.confirmed || report.confirmed;
            if (report.origin == QLatin1StringView("user"))
                cluster.item.origin = report.origin;
            cluster.articles.insert(report.source.articleId);
            cluster.item.sources.append(report.source);
        }
        for (Cluster &c : clusters)
            result.append(std::move(c.item));
        i = end;
    }
    return result;
}

QList<ExportDocument> timelineDocuments(const QList<LibraryTimelineItem> &items)
{
    QList<ExportDocument> documents;
    QHash<qint64, qsizetype> byArticle;
    const auto documentOf = [&](const TimelineSource &s) -> ExportDocument & {
        auto it = byArticle.find(s.articleId);
        if (it == byArticle.end()) {
            ExportDocument d;
            d.article.path = s.path;
            d.article.title = s.title;
            d.article.date = QDate::fromString(s.articleDate, Qt::ISODate);
            it = byArticle.insert(s.articleId, documents.size());
            documents.append(std::move(d));
        }
        return documents[*it];
    };
    for (const LibraryTimelineItem &item : items) {
        if (item.sources.isEmpty())
            continue;
        const TimelineSource &first = item.sources.first();
        ExportDocument &d = documentOf(first);
        Article &a = d.article;
        if (!a.text.isEmpty())
            a.text += u'\n';
        const qsizetype start = a.text.size();
        a.text += first.sentenceText;
        const TextRange sentence{start, a.text.size()};
        a.paragraphs.append(sentence);
        a.sentences.append(sentence);
        TimelineEvent ev;
        ev.date = item.date;
        ev.until = item.until;
        ev.label = item.label;
        ev.sentence = sentence;
        ev.expression = {start, start};
        ev.entities = item.entities;
        ev.confirmed = item.confirmed;
        ev.origin = item.origin == QLatin1StringView("user") ? Origin::User : Origin::Auto;
        ev.note = item.note;
        if (item.sources.size() > 1) {
            QStringList others;
            for (qsizetype i = 1; i < item.sources.size(); ++i)
                others << QFileInfo(item.sources.at(i).path).fileName();
            const QString also = QCoreApplication::translate("Library", "Also reported by: %1").arg(others.join(QStringLiteral(", ")));
            ev.note = ev.note.isEmpty() ? also : ev.note + QStringLiteral(" · ") + also;
        }
        d.events.append(std::move(ev));
    }
    return documents;
}

bool isTimelineFormat(const QString &name)
{
    static const QStringList formats{QStringLiteral("json"), QStringLiteral("timelinejs"), QStringLiteral("csv"),
                                     QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("ics"),
                                     QStringLiteral("svg"), QStringLiteral("png")};
    return formats.contains(name);
}

} // namespace Annalist
