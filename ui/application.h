// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QApplication;
class QLocale;

namespace Annalist {

/// What the command line asked the window to do.
struct WindowOptions {
    QStringList articles;
    QString screenshotPath; ///< render offscreen to this PNG and quit
    QString screenshotSize = QStringLiteral("1280x800"); ///< "WxH"
    QString theme; ///< KSyntaxHighlighting theme name; empty: the saved or palette default
};

/// Installs Qt's and Annalist's catalogues for locale (when they exist).
/// Annalist's come from directory: the ones built into the executable by
/// default, the build folder's in tests.
void installTranslations(QApplication &app, const QLocale &locale,
                         const QString &directory = QStringLiteral(":/i18n"));

/// Names, version, icon and translations: everything the application object
/// needs before the first window.
void setUpApplication(QApplication &app);

/// Opens the main window (or renders the screenshot) and runs the event loop.
/// Returns the process exit code.
int runWindow(QApplication &app, const WindowOptions &options);

/// Parses "1280x800"; an invalid size for anything else.
QSize parseSize(const QString &text);

} // namespace Annalist
