// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>
#include <QHash>
#include <QImage>

class QTextBrowser;

namespace Annalist {

/// The user guide (docs/guide.md, built into the program with its pictures),
/// shown by Help → Annalist Handbook. Links between the guide's pages stay
/// inside; links to the web open in the person's browser. Pictures wider
/// than the page are shown scaled down to its width, so that the page never
/// scrolls sideways.
class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    /// Where the guide starts.
    static QUrl guideUrl();
    QTextBrowser *browser() const { return m_browser; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Gives each picture the page's width when it is wider, its own otherwise.
    void fitPictures();

    QTextBrowser *m_browser = nullptr;
    int m_fittedWidth = -1;
    QHash<QString, QImage> m_pictures; ///< the current page's pictures as shipped, by name
};

} // namespace Annalist
