// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/formats.h"
#include "export/jsonexport.h"
#include "export/jsonwriter.h"

#include <QCoreApplication>

namespace Annalist::Formats {

namespace {

/// A guess of the output's length a little above most outputs, so that it is
/// rarely copied to grow: the text as UTF-8, and about 200 bytes for each
/// entity and 500 for each event besides their own text. Room never written
/// costs no memory: a block this large is mapped on its own.
qsizetype estimatedSize(const QList<ExportDocument> &documents)
{
    qsizetype n = 256;
    for (const ExportDocument &d : documents)
        n += d.article.text.size() * 11 / 10 + d.entities.size() * 220 + d.events.size() * 600 + 1024;
    return n;
}

/// The probe schema of README.md: one object per article, an array for several.
class JsonExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("json"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "Annalist JSON (entities and timeline)");
    }
    QString fileSuffix() const override { return QStringLiteral("json"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &) const override
    {
        // Written as it goes: the output is the only copy of the document.
        QByteArray bytes;
        bytes.reserve(estimatedSize(documents));
        JsonWriter writer(&bytes);
        if (documents.size() == 1) {
            const ExportDocument &d = documents.first();
            writeProbeJson(writer, d.article, d.entities, d.events);
        } else {
            writer.beginArray();
            for (const ExportDocument &d : documents)
                writeProbeJson(writer, d.article, d.entities, d.events);
            writer.endArray();
        }
        return ExportOutput{{ExportFile{QString(), bytes}}, {}, {}};
    }
};

} // namespace

std::unique_ptr<Exporter> makeJsonExporter()
{
    return std::make_unique<JsonExporter>();
}

} // namespace Annalist::Formats
