// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"

#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QTextStream>

#include <chrono>
#include <cstdio>

namespace Annalist {

void installTranslations(QApplication &app, const QLocale &locale, const QString &directory)
{
    // Qt's own catalogue first, so standard dialogs speak the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("annalist"), QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

void setUpApplication(QApplication &app)
{
    app.setOrganizationName(QStringLiteral("Annalist"));
    app.setOrganizationDomain(QStringLiteral("annalist.org"));
    app.setApplicationName(QStringLiteral("annalist"));
    app.setApplicationDisplayName(QStringLiteral("Annalist"));
    app.setApplicationVersion(QStringLiteral(ANNALIST_VERSION));
    app.setDesktopFileName(QStringLiteral("org.annalist.Annalist"));
    // The language chosen in the settings, else the system's. A chosen
    // language also formats dates and numbers, so that they match the words.
    const QString language = Settings().language();
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    installTranslations(app, QLocale());
    app.setWindowIcon(QIcon::fromTheme(QStringLiteral("org.annalist.Annalist"),
                                       QIcon(QStringLiteral(":/annalist/icons/org.annalist.Annalist.svg"))));
}

QSize parseSize(const QString &text)
{
    const QStringList parts = text.split(u'x');
    if (parts.size() != 2)
        return {};
    bool okW = false;
    bool okH = false;
    const int w = parts[0].toInt(&okW);
    const int h = parts[1].toInt(&okH);
    if (!okW || !okH || w < 200 || h < 150 || w > 10000 || h > 10000)
        return {};
    return {w, h};
}

namespace {

/// For bench/startbench: on the window's first paint, prints the moment (the
/// system's monotonic clock, which the benchmark's process shares) and quits.
/// Only when ANNALIST_BENCH_FIRST_PAINT is set; it changes nothing else.
class FirstPaintReporter : public QObject
{
public:
    explicit FirstPaintReporter(QWidget *window)
        : QObject(window)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Children paint in the same pass; report once it has ended.
            QMetaObject::invokeMethod(
                this,
                [] {
                    const auto now = std::chrono::steady_clock::now().time_since_epoch();
                    std::printf("first-paint-ns %lld\n",
                                static_cast<long long>(std::chrono::duration_cast<std::chrono::nanoseconds>(now).count()));
                    std::fflush(stdout);
                    QCoreApplication::quit();
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};

int fail(const QString &message)
{
    QTextStream(stderr) << QStringLiteral("annalist: ") << message << Qt::endl;
    return 1;
}

} // namespace

int runWindow(QApplication &app, const WindowOptions &options)
{
    // Refuse names that do not exist before any window appears, so scripts
    // get a clear one-line error and a non-zero exit.
    for (const QString &path : options.articles) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(QApplication::translate("main", "%1: no such file").arg(path));
        if (info.isDir())
            return fail(QApplication::translate("main", "%1: is a folder, not an article").arg(path));
    }

    if (!options.screenshotPath.isEmpty()) {
        const QSize size = parseSize(options.screenshotSize);
        if (!size.isValid())
            return fail(QApplication::translate("main", "--size wants WIDTHxHEIGHT, for example 1280x800, not “%1”")
                            .arg(options.screenshotSize));
        MainWindow window(MainWindow::Mode::Screenshot);
        if (!options.theme.isEmpty() && !window.setThemeByName(options.theme))
            return fail(QApplication::translate("main", "no colour theme is called “%1”").arg(options.theme));
        window.resize(size);
        for (const QString &path : options.articles) {
            QString error;
            if (!window.openArticle(path, &error))
                return fail(error);
        }
        QString error;
        if (!window.saveScreenshot(options.screenshotPath, &error))
            return fail(error);
        return 0;
    }

    auto *window = new MainWindow(MainWindow::Mode::Interactive);
    window->setAttribute(Qt::WA_DeleteOnClose);
    if (!options.theme.isEmpty() && !window->setThemeByName(options.theme))
        return fail(QApplication::translate("main", "no colour theme is called “%1”").arg(options.theme));
    if (qEnvironmentVariableIsSet("ANNALIST_BENCH_FIRST_PAINT"))
        new FirstPaintReporter(window);
    window->show();
    for (const QString &path : options.articles)
        window->openArticle(path);
    return app.exec();
}

} // namespace Annalist
