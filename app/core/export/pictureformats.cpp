// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/formats.h"
#include "export/timelinepicture.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace Annalist::Formats {

namespace {

class SvgExporter : public Exporter
{
public:
    QString name() const override { return QStringLiteral("svg"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "SVG picture of the timeline (1600×900)");
    }
    QString fileSuffix() const override { return QStringLiteral("svg"); }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &options) const override
    {
        ExportOutput out;
        out.files.append(ExportFile{QString(), TimelinePicture::svg(documents, options, &out.warnings).toUtf8()});
        return out;
    }
};

/// The SVG picture rendered by Qt SVG, so that both look the same. Drawing
/// text needs fonts, hence a QGuiApplication (the command line makes one on
/// the offscreen platform).
class PngExporter : public Exporter
{
public:
    bool needsGuiApplication() const override { return true; }
    QString name() const override { return QStringLiteral("png"); }
    QString description() const override
    {
        return QCoreApplication::translate("Exporter", "PNG picture of the timeline (1600×900)");
    }
    QString fileSuffix() const override { return QStringLiteral("png"); }
    bool isText() const override { return false; }

    ExportOutput run(const QList<ExportDocument> &documents, const ExportOptions &options) const override
    {
        ExportOutput out;
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            out.error = QCoreApplication::translate("Exporter", "png: drawing needs a QGuiApplication");
            return out;
        }
        const QByteArray svg = TimelinePicture::svg(documents, options, &out.warnings).toUtf8();
        QSvgRenderer renderer(svg);
        if (!renderer.isValid()) {
            out.error
                = QCoreApplication::translate("Exporter", "png: the timeline picture could not be drawn");
            return out;
        }
        QImage image(TimelinePicture::size, QImage::Format_RGB32);
        image.fill(options.drawingPalette().background);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            renderer.render(&painter);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG")) {
            out.error = QCoreApplication::translate("Exporter", "png: the picture could not be encoded");
            return out;
        }
        out.files.append(ExportFile{QString(), png});
        return out;
    }
};

} // namespace

std::unique_ptr<Exporter> makeSvgExporter()
{
    return std::make_unique<SvgExporter>();
}

std::unique_ptr<Exporter> makePngExporter()
{
    return std::make_unique<PngExporter>();
}

} // namespace Annalist::Formats
