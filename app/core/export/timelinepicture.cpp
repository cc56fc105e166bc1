// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "export/timelinepicture.h"

#include "export/exporthelpers.h"

#include <QCoreApplication>

#include <algorithm>

namespace Annalist {

namespace {

using namespace ExportHelpers;

constexpr double charWidth = 0.54; // of the font size, for a sans-serif face

double textWidth(const QString &text, double fontSize)
{
    return text.size() * fontSize * charWidth;
}

/// Greedy word wrap to a width; a word longer than the width is cut. At most
/// maxLines lines, the last ending in an ellipsis when text was left out.
QStringList wrap(const QString &text, double width, double fontSize, int maxLines)
{
    const int perLine = std::max(4, int(width / (fontSize * charWidth)));
    QStringList lines;
    QString current;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    bool truncated = false;
    for (QString word : words) {
        while (word.size() > perLine) {
            if (!current.isEmpty()) {
                lines << current;
                current.clear();
            }
            lines << word.left(perLine - 1) + u'-';
            word = word.mid(perLine - 1);
        }
        if (current.isEmpty())
            current = word;
        else if (current.size() + 1 + word.size() <= perLine)
            current += u' ' + word;
        else {
            lines << current;
            current = word;
        }
    }
    if (!current.isEmpty())
        lines << current;
    if (lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        truncated = true;
    }
    if (truncated) {
        QString &last = lines.last();
        if (last.size() + 1 > perLine)
            last.chop(last.size() + 1 - perLine);
        last += u'…';
    }
    return lines;
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

QString color(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

QString text(double x, double y, double size, const QColor &fill, const QString &content, const QString &extra = QString())
{
    return QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" fill=\"%4\"%5>")
               .arg(num(x), num(y), num(size), color(fill), extra)
        + escapeXml(content) + QStringLiteral("</text>\n");
}

} // namespace

QString TimelinePicture::svg(const QList<ExportDocument> &documents, const ExportOptions &options, QStringList *warnings)
{
    const EntityPalette pal = options.drawingPalette();
    const double W = size.width();
    const double H = size.height();
    const double axisY = H * 0.52;
    const double left = 80;
    const double right = W - 80;

    EntityTypeLookup entityTypes;
    QList<TimelineItem> items;
    for (const TimelineItem &item : mergedTimeline(documents)) {
        if (item.start.hasYear())
            items << item;
        else if (warnings)
            *warnings << QCoreApplication::translate("Exporter", "picture: left out “%1” (%2): it has no year")
                             .arg(item.event->label, item.event->date);
    }
    const qsizetype hiddenCount = std::max<qsizetype>(0, items.size() - maxEvents);
    if (hiddenCount > 0) {
        items = items.mid(0, maxEvents);
        if (warnings)
            *warnings << QCoreApplication::translate("Exporter",
                                                    "picture: only the first %1 events are drawn; %n more are left out",
                                                    nullptr, int(hiddenCount))
                             .arg(maxEvents);
    }

    QString s;
    s += QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"%1\" height=\"%2\" "
                        "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\">\n")
             .arg(size.width())
             .arg(size.height());
    QString title = documents.size() == 1
        ? (documents.first().article.title.isEmpty() ? articleName(documents.first(), 0) : documents.first().article.title)
        : QStringLiteral("Timeline of %1 articles").arg(documents.size());
    s += QStringLiteral("<title>") + escapeXml(title) + QStringLiteral("</title>\n");
    s += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"%3\"/>\n")
             .arg(size.width())
             .arg(size.height())
             .arg(color(pal.background));
    const QStringList titleLines = wrap(title, W - 2 * left, 40, 2);
    for (int i = 0; i < titleLines.size(); ++i)
        s += text(left, 80 + i * 48, 40, pal.foreground, titleLines.at(i), QStringLiteral(" font-weight=\"bold\""));
    if (documents.size() == 1) {
        const Article &a = documents.first().article;
        const QStringList meta = articleFacts(a);
        if (!meta.isEmpty())
            s += text(left, 80 + titleLines.size() * 48, 22, pal.muted, meta.join(QStringLiteral(" · ")));
    }

    s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"%4\" stroke-width=\"4\" stroke-linecap=\"round\"/>\n")
             .arg(num(left), num(axisY), num(right), color(pal.rule));
    if (items.isEmpty())
        s += text(W / 2, axisY - 30, 28, pal.muted, QStringLiteral("No dated events"), QStringLiteral(" text-anchor=\"middle\""));

    const qsizetype n = items.size();
    const double spacing = n > 0 ? (right - left) / n : 0;
    const double blockWidth = std::min(380.0, std::max(120.0, 2 * spacing - 24));
    int lastYear = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const TimelineItem &item = items.at(i);
        const TimelineEvent &ev = *item.event;
        const double x = left + (i + 0.5) * spacing;

        // A year marker where a new year starts: a tick at the gap before it.
        const int year = isoYearOf(item.start.firstDay());
        if (i == 0 || year != lastYear) {
            const double tx = i == 0 ? left : x - spacing / 2;
            s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\" stroke-width=\"3\"/>\n")
                     .arg(num(tx), num(axisY - 16), num(axisY + 16), color(pal.rule));
            s += text(tx + 6, axisY - 22, 20, pal.muted, QString::number(year), QStringLiteral(" font-weight=\"bold\""));
            lastYear = year;
        }

        QString dotType;
        for (const QString &name : ev.entities) {
            dotType = entityTypes.typeOf(*item.document, name);
            if (!dotType.isEmpty())
                break;
        }
        const QColor dot = dotType.isEmpty() ? pal.foreground : pal.color(dotType);
        s += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"9\" fill=\"%3\" stroke=\"%4\" stroke-width=\"3\"/>\n")
                 .arg(num(x), num(axisY), color(dot), color(pal.background));

        // The block: date, label lines, entity chips; above the axis for
        // even events, below for odd ones, so neighbours do not collide.
        QString date = item.start.displayText();
        if (item.end.hasYear())
            date += QStringLiteral(" – ") + item.end.displayText();
        const QStringList dateLines = wrap(date, blockWidth, 18, 2);
        const QStringList labelLines = wrap(ev.label, blockWidth, 21, 4);
        QStringList chips;
        for (const QString &name : ev.entities) {
            if (chips.size() == 3)
                break;
            chips << name;
        }
        const double lineH = 26;
        const double chipH = 26;
        const double blockH = dateLines.size() * 22 + labelLines.size() * lineH + chips.size() * (chipH + 6);
        const bool above = i % 2 == 0;
        const double gap = 50;
        const double top = above ? axisY - gap - blockH : axisY + gap;
        const double cx = std::clamp(x, left + blockWidth / 2 - 40, right - blockWidth / 2 + 40);

        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\" stroke-width=\"1.5\"/>\n")
                 .arg(num(x), num(above ? axisY - 12 : axisY + 12), num(above ? axisY - gap + 8 : axisY + gap - 8),
                      color(pal.rule));
        const QString middle = QStringLiteral(" text-anchor=\"middle\"");
        double y = top + 18;
        for (const QString &l : dateLines) {
            s += text(cx, y, 18, pal.muted, l, middle);
            y += 22;
        }
        y += 4;
        for (const QString &l : labelLines) {
            s += text(cx, y, 21, pal.foreground, l, middle + QStringLiteral(" font-weight=\"bold\""));
            y += lineH;
        }
        y -= 14;
        for (const QString &name : std::as_const(chips)) {
            const QString type = entityTypes.typeOf(*item.document, name);
            const QString shown = wrap(name, blockWidth - 20, 15, 1).value(0);
            const double w = std::min(blockWidth, textWidth(shown, 15) + 22);
            const QColor stroke = type.isEmpty() ? pal.rule : pal.color(type);
            const QColor fill = type.isEmpty() ? pal.background : pal.tint(type);
            s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"12\" fill=\"%5\" stroke=\"%6\" stroke-width=\"1.5\">")
                     .arg(num(cx - w / 2), num(y), num(w), num(chipH - 4), color(fill), color(stroke));
            // The type in words for screen readers and tooltips, never by colour alone.
            s += QStringLiteral("<title>") + escapeXml(type.isEmpty() ? name : type + QStringLiteral(": ") + name)
                + QStringLiteral("</title></rect>\n");
            s += text(cx, y + chipH - 10, 15, pal.foreground, shown, middle);
            y += chipH + 6;
        }
    }
    if (hiddenCount > 0)
        s += text(right, H - 30, 18, pal.muted, QStringLiteral("+%1 more events").arg(hiddenCount),
                  QStringLiteral(" text-anchor=\"end\""));

    // Legend: every type that colours something in the picture, in words.
    QStringList types;
    for (const TimelineItem &item : std::as_const(items)) {
        for (const QString &name : item.event->entities) {
            const QString t = entityTypes.typeOf(*item.document, name);
            if (!t.isEmpty() && !types.contains(t))
                types << t;
        }
    }
    double lx = left;
    for (const QString &t : std::as_const(types)) {
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"18\" height=\"18\" rx=\"4\" fill=\"%3\" stroke=\"%4\" stroke-width=\"1.5\"/>\n")
                 .arg(num(lx), num(H - 47), color(pal.tint(t)), color(pal.color(t)));
        s += text(lx + 26, H - 32, 17, pal.muted, t);
        lx += 26 + textWidth(t, 17) + 30;
    }
    s += QStringLiteral("</svg>\n");
    return s;
}

} // namespace Annalist
