// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "application.h"

#include "mainwindow.h"
#include "settings.h"
#include "storage/outputguard.h"

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

void installTranslations(QCoreApplication &app, const QLocale &locale, const QString &directory)
{
    // Qt's own catalogue first, so standard dialogs speak the same language.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // The translator installed last is asked first: English only answers
    // what the locale's catalogue does not.
    auto *english = new QTranslator(&app);
    if (locale.language() != QLocale::English && english->load(QStringLiteral("annalist_en"), directory))
        QCoreApplication::installTranslator(english);
    else
        delete english;
    auto *own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("annalist"), QStringLiteral("_"), directory))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

QString interfaceLanguage(const QString &chosen, const QStringList &systemLanguages, const QString &directory)
{
    if (!chosen.isEmpty())
        return chosen;
    for (const QString &name : systemLanguages) {
        // QTranslator tries the name, then without its territory and script.
        QTranslator probe;
        if (probe.load(QLocale(name), QStringLiteral("annalist"), QStringLiteral("_"), directory))
            return QLocale(name).name();
    }
    return QString();
}

void applyInterfaceLanguage(QCoreApplication &app, const QString &language, const QString &directory)
{
    // The system's locale is kept when it speaks the language (de_AT stays
    // de_AT); otherwise, as with LANGUAGE=ru under LANG=en_US, the dates
    // would be English beside Russian words.
    if (!language.isEmpty() && QLocale(language).language() != QLocale::system().language())
        QLocale::setDefault(QLocale(language));
    else
        QLocale::setDefault(QLocale::system());
    // The words in the language itself, even when the system prefers another (LANGUAGE=ru, English chosen).
    installTranslations(app, language.isEmpty() ? QLocale() : QLocale(language), directory);
}

void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Annalist"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("annalist.org"));
    QCoreApplication::setApplicationName(QStringLiteral("annalist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));
    // The language chosen in the settings, else the system's first with a catalogue.
    applyInterfaceLanguage(app, interfaceLanguage(Settings().language(), QLocale::system().uiLanguages()));
    if (!qobject_cast<QGuiApplication *>(&app))
        return;
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Annalist"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.annalist.Annalist"));
    QGuiApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.annalist.Annalist"),
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
        // Before any article is read: a slip such as `--screenshot story.txt`
        // is refused at once, and never replaces the article.
        OutputGuard guard(OutputGuard::Kind::Screenshot);
        guard.protectArticles(options.articles);
        if (const QString refusal = guard.refusal(options.screenshotPath); !refusal.isEmpty())
            return fail(refusal);
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
