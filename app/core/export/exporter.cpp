// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/exporter.h"

#include "export/formats.h"

#include <memory>
#include <vector>

namespace Annalist {

const QList<const Exporter *> &Exporter::all()
{
    // Built once and kept for the life of the program; exporters hold no state.
    static const std::vector<std::unique_ptr<Exporter>> owned = [] {
        std::vector<std::unique_ptr<Exporter>> v;
        v.push_back(Formats::makeJsonExporter());
        v.push_back(Formats::makeTimelineJsExporter());
        v.push_back(Formats::makeCsvExporter());
        v.push_back(Formats::makeMarkdownExporter());
        v.push_back(Formats::makeHtmlExporter());
        v.push_back(Formats::makeIcsExporter());
        v.push_back(Formats::makeSvgExporter());
        v.push_back(Formats::makePngExporter());
        v.push_back(Formats::makeBratExporter());
        v.push_back(Formats::makeW3cExporter());
        return v;
    }();
    static const QList<const Exporter *> list = [] {
        QList<const Exporter *> l;
        for (const auto &e : owned)
            l.append(e.get());
        return l;
    }();
    return list;
}

const Exporter *Exporter::forName(QStringView name)
{
    for (const Exporter *e : all()) {
        if (e->name().compare(name, Qt::CaseInsensitive) == 0)
            return e;
    }
    return nullptr;
}

QStringList Exporter::names()
{
    QStringList n;
    for (const Exporter *e : all())
        n << e->name();
    return n;
}

} // namespace Annalist
