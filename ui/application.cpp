#include "application.h"

#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QTextStream>

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
    window->show();
    for (const QString &path : options.articles)
        window->openArticle(path);
    return app.exec();
}

} // namespace Annalist
