// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/exportdocument.h"

#include <QList>
#include <QString>

namespace Annalist {

/// One export format. Implementations are stateless and pure: the same
/// documents and options always give the same bytes.
class Exporter
{
public:
    virtual ~Exporter() = default;

    /// The name used on the command line: "json", "timelinejs", "csv", ….
    virtual QString name() const = 0;
    /// One line for --help and the dialog: "iCalendar (RFC 5545)".
    virtual QString description() const = 0;
    /// File name suffix without the dot: "ics".
    virtual QString fileSuffix() const = 0;
    /// Whether the output is text a person can read in a preview.
    virtual bool isText() const { return true; }
    /// Whether the output is a set of named files (one pair per article)
    /// rather than one file; such formats always need a destination.
    virtual bool writesNamedFiles() const { return false; }
    /// Whether run() draws text with fonts, which needs a QGuiApplication;
    /// the others run under a plain QCoreApplication (the command line then
    /// spares itself the platform plugin and the font database).
    virtual bool needsGuiApplication() const { return false; }

    /// Exports documents. Several documents give one merged timeline for the
    /// timeline formats, each event tagged with its article.
    virtual ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &options) const = 0;

    /// Every format, in the order shown to people.
    static const QList<const Exporter *> &all();
    /// The format called name, or nullptr when there is none.
    static const Exporter *forName(QStringView name);
    static QStringList names();
};

} // namespace Annalist
