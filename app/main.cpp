// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The executable only reads the command line and hands over either to the
// window (ui/) or to a headless command (core). Everything else lives in the
// libraries, where the tests can reach it.

#include "application.h"
#include "export/exportcommand.h"
#include "library/librarycommand.h"
#include "util/allocator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {

bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

// --help and --version only print, so they must work where there is no
// display, without which QApplication aborts.
bool onlyPrints(int argc, char **argv)
{
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // `annalist export …` never needs a display.
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        Annalist::tuneAllocator(Annalist::AllocatorUse::Command);
        return Annalist::runExportCommand(argc, argv);
    }
    // Nor does `annalist library …`.
    if (argc > 1 && std::strcmp(argv[1], "library") == 0) {
        Annalist::tuneAllocator(Annalist::AllocatorUse::Command);
        return Annalist::runLibraryCommand(argc, argv);
    }
    Annalist::tuneAllocator(Annalist::AllocatorUse::Window);

    // A screenshot is rendered offscreen, whether or not there is a display.
    if (wantsScreenshot(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    Annalist::setUpApplication(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Reads news articles with their people, places, organisations, documents, events and dates "
                "highlighted, and a timeline of what happened when.\n\n"
                "Headless export: annalist export --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("article"),
                                 QCoreApplication::translate("main", "Articles to open (text, HTML or Markdown)."),
                                 QStringLiteral("[ARTICLE…]"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Render the window offscreen to a PNG file and quit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QCoreApplication::translate("main", "Window size for --screenshot."),
                                        QStringLiteral("WxH"), QStringLiteral("1280x800"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Colour theme (a KSyntaxHighlighting theme name)."),
        QStringLiteral("NAME"));
    parser.addOptions({screenshotOption, sizeOption, themeOption});
    parser.process(*app); // exits after --help and --version
    if (!qobject_cast<QApplication *>(app.get())) {
        // The "--help" was another option's value ("--theme --help"): the
        // window is wanted after all.
        app.reset();
        app = std::make_unique<QApplication>(argc, argv);
        Annalist::setUpApplication(*app);
    }

    Annalist::WindowOptions options;
    options.articles = parser.positionalArguments();
    options.screenshotPath = parser.value(screenshotOption);
    options.screenshotSize = parser.value(sizeOption);
    options.theme = parser.value(themeOption);
    return Annalist::runWindow(static_cast<QApplication &>(*app), options);
}
