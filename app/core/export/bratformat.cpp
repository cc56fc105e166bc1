// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporthelpers.h"
#include "export/formats.h"
#include "util/codepoints.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace Annalist::Formats {

namespace {

using namespace ExportHelpers;

/// brat type names are single tokens.
QString bratType(const QString &type)
{
    QString t;
    for (const QChar c : type)
        t += (c.isLetterOrNumber() || c == u'_' || c == u'-') ? c : QChar(u'_');
    return t.isEmpty() ? QStringLiteral("ENTITY") : t;
}

QString oneLine(const QString &text)
{
    QString t = text;
    t.replace(u'\r', u' ').replace(u'\n', u' ').replace(u'\t', u' ');
    return t;
}

/// brat standoff: NAME.txt holds exactly the article text (UTF-8), NAME.ann
/// one T line per entity with code-point offsets, split into fragments at
/// line breaks (brat spans cannot cross one), and an AnnotatorNotes line for
/// each note. Overlapping entities are all kept: brat allows them.
class BratExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("brat"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "brat standoff (.txt + .ann)");
    }
    QString fileSuffix() const override { return QStringLiteral("ann"); }
    bool writesNamedFiles() const override { return true; }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &options) const override
    {
        ExportOutput out;
        QSet<QString> used;
        for (int i = 0; i < documents.size(); ++i) {
            const ExportDocument &d = documents.at(i);
            QString base = documents.size() == 1 && !options.baseName.isEmpty()
                ? options.baseName
                : QFileInfo(d.article.path).completeBaseName();
            if (base.isEmpty())
                base = QStringLiteral("article-%1").arg(i + 1);
            const QString stem = base;
            for (int n = 2; used.contains(base); ++n)
                base = stem + u'-' + QString::number(n);
            used.insert(base);

            const QString &text = d.article.text;
            const CodePointMap map(text);
            // Sorted as pointers: copying and moving the entities themselves
            // would cost more than all the rest.
            QList<const Entity *> entities;
            entities.reserve(d.entities.size());
            for (const Entity &e : d.entities)
                entities.append(&e);
            std::stable_sort(entities.begin(), entities.end(),
                             [](const Entity *a, const Entity *b) { return a->range.start < b->range.start; });
            QString ann;
            int t = 0;
            int note = 0;
            for (const Entity *entity : std::as_const(entities)) {
                const Entity &e = *entity;
                if (e.range.isEmpty() || e.range.start < 0 || e.range.end > text.size())
                    continue;
                QStringList offsets;
                QStringList pieces;
                qsizetype start = e.range.start;
                while (start < e.range.end) {
                    // Only the entity's own text is searched for a line break:
                    // searching on to the next one in the article would cost
                    // the rest of a long paragraph per entity.
                    const qsizetype inside = QStringView(text).mid(start, e.range.end - start).indexOf(u'\n');
                    const qsizetype end = inside < 0 ? e.range.end : start + inside;
                    if (end > start) {
                        offsets << QString::number(map.toCodePoint(start)) + u' ' + QString::number(map.toCodePoint(end));
                        pieces << text.mid(start, end - start);
                    }
                    start = end + 1;
                }
                if (offsets.isEmpty())
                    continue;
                ++t;
                ann += u'T' + QString::number(t) + u'\t' + bratType(e.type) + u' ' + offsets.join(u';') + u'\t'
                    + pieces.join(u' ') + u'\n';
                if (!e.note.isEmpty()) {
                    ++note;
                    ann += u'#' + QString::number(note) + QStringLiteral("\tAnnotatorNotes T") + QString::number(t)
                        + u'\t' + oneLine(e.note) + u'\n';
                }
            }
            out.files.append(ExportFile{base + QStringLiteral(".txt"), text.toUtf8()});
            out.files.append(ExportFile{base + QStringLiteral(".ann"), ann.toUtf8()});
        }
        return out;
    }
};

} // namespace

std::unique_ptr<Exporter> makeBratExporter()
{
    return std::make_unique<BratExporter>();
}

} // namespace Annalist::Formats
