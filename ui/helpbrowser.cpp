// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "helpbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QEvent>
#include <QImage>
#include <QPixmap>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace Annalist {

namespace {

QImage pictureOf(const QVariant &resource)
{
    if (resource.canConvert<QImage>() && !resource.value<QImage>().isNull())
        return resource.value<QImage>();
    if (resource.canConvert<QPixmap>() && !resource.value<QPixmap>().isNull())
        return resource.value<QPixmap>().toImage();
    return QImage::fromData(resource.toByteArray());
}

} // namespace

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Annalist Handbook"));
    m_browser->setAccessibleName(tr("Handbook"));
    m_browser->setOpenExternalLinks(true);
    // QTextDocument knows no CSS max-width: the pictures are fitted by hand,
    // on each page and whenever the page changes width.
    m_browser->viewport()->installEventFilter(this);
    // A vertical scroll bar that comes with the new layout narrows the page
    // without a resize event reaching the filter. Queued: the document is
    // not changed while it is being laid out.
    connect(m_browser->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &HelpBrowser::fitPictures, Qt::QueuedConnection);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] {
        m_fittedWidth = -1;
        m_pictures.clear();
        fitPictures();
    });
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 700);
}

QUrl HelpBrowser::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/annalist/guide/guide.md"));
}

bool HelpBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QDialog::eventFilter(watched, event);
}

void HelpBrowser::fitPictures()
{
    QTextDocument *document = m_browser->document();
    // The page's text width: the viewport less the document's margins.
    const int available = m_browser->viewport()->width() - 2 * int(document->documentMargin()) - 2;
    if (available <= 0 || available == m_fittedWidth)
        return;
    m_fittedWidth = available;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QString name = image.name();
            // Scaled here, smoothly, from the picture as shipped: the page
            // would scale it when drawing, without smoothing.
            QImage &original = m_pictures[name];
            // (From the browser, not the document, which holds the scaled one.)
            if (original.isNull())
                original = pictureOf(m_browser->loadResource(QTextDocument::ImageResource, QUrl(name)));
            if (original.isNull())
                continue;
            const qreal ratio = m_browser->devicePixelRatioF();
            QImage shown = original;
            if (original.width() > available * ratio)
                shown = original.scaledToWidth(qRound(available * ratio), Qt::SmoothTransformation);
            shown.setDevicePixelRatio(ratio);
            document->addResource(QTextDocument::ImageResource, QUrl(name), shown);
            image.setWidth(shown.width() / ratio);
            image.setHeight(shown.height() / ratio);
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

} // namespace Annalist
