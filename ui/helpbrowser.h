// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QTextBrowser;

namespace Annalist {

/// The user guide (docs/guide.md, built into the program with its pictures),
/// shown by Help → Annalist Handbook. Links between the guide's pages stay
/// inside; links to the web open in the person's browser.
class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    /// Where the guide starts.
    static QUrl guideUrl();
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace Annalist
