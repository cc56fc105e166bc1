// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

class QApplication;
class QCoreApplication;
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
/// default, the build folder's in tests. The English catalogue is installed
/// beneath the locale's, so that a language without one (or a string it
/// lacks) still reads "1 mention", "2 mentions" rather than "mention(s)".
void installTranslations(QCoreApplication &app, const QLocale &locale,
                         const QString &directory = QStringLiteral(":/i18n"));

/// The language the interface speaks, as a locale name: chosen (the one in
/// the settings) when it is set, else the first of systemLanguages (the
/// system's preferences, QLocale::uiLanguages(): LANGUAGE, then LC_ALL,
/// LC_MESSAGES, LANG) that Annalist has a catalogue for in directory; ""
/// when none has one.
QString interfaceLanguage(const QString &chosen, const QStringList &systemLanguages,
    const QString &directory = QStringLiteral(":/i18n"));

/// Makes language (see interfaceLanguage()) the default locale when it is
/// not the system locale's language, so that dates and numbers are written
/// the way the words are, then installs the catalogues.
void applyInterfaceLanguage(
    QCoreApplication &app, const QString &language, const QString &directory = QStringLiteral(":/i18n"));

/// Names, version, icon and translations: everything the application object
/// needs before the first window. A QCoreApplication (for --help and
/// --version, which need no display) gets all but the icon and desktop name.
void setUpApplication(QCoreApplication &app);

/// Opens the main window (or renders the screenshot) and runs the event loop.
/// Returns the process exit code.
int runWindow(QApplication &app, const WindowOptions &options);

/// Parses "1280x800"; an invalid size for anything else.
QSize parseSize(const QString &text);

} // namespace Annalist
