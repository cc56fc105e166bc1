// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/formats.h"
#include "export/jsonexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace Annalist::Formats {

namespace {

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
        QJsonArray all;
        for (const ExportDocument &d : documents)
            all.append(toProbeJson(d.article, d.entities, d.events));
        const QJsonDocument doc = all.size() == 1 ? QJsonDocument(all.first().toObject()) : QJsonDocument(all);
        return ExportOutput{{ExportFile{QString(), doc.toJson(QJsonDocument::Indented)}}, {}, {}};
    }
};

} // namespace

std::unique_ptr<Exporter> makeJsonExporter()
{
    return std::make_unique<JsonExporter>();
}

} // namespace Annalist::Formats
