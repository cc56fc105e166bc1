// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "helpbrowser.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Annalist {

HelpBrowser::HelpBrowser(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Annalist Handbook"));
    m_browser->setAccessibleName(tr("Handbook"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    // The guide's pictures are whole-window screenshots: keep them within the page.
    m_browser->document()->setDefaultStyleSheet(QStringLiteral("img { max-width: 100%; }"));

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

} // namespace Annalist
