// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The factories of the formats, one per file; only Exporter::all() calls them.

#include "export/exporter.h"

#include <memory>

namespace Annalist::Formats {

std::unique_ptr<Exporter> makeJsonExporter();
std::unique_ptr<Exporter> makeTimelineJsExporter();
std::unique_ptr<Exporter> makeCsvExporter();
std::unique_ptr<Exporter> makeMarkdownExporter();
std::unique_ptr<Exporter> makeHtmlExporter();
std::unique_ptr<Exporter> makeIcsExporter();
std::unique_ptr<Exporter> makeSvgExporter();
std::unique_ptr<Exporter> makePngExporter();
std::unique_ptr<Exporter> makeBratExporter();
std::unique_ptr<Exporter> makeW3cExporter();

} // namespace Annalist::Formats
