// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The window's chrome follows a colour theme whose lightness differs from
// the desktop's: menu bar, docks, legend and status bar, readable.

#include "legendbar.h"
#include "mainwindow.h"
#include "settings.h"
#include "settingsdialog.h"
#include "windowpalette.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Annalist;

class WindowPaletteTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyTheme_givesReadableText();
    void lightnessDiffers_comparesPageWithWindow();
    void darkThemeOnLightDesktop_darkensTheChrome();
    void sameLightness_keepsTheDesktopPalette();
    void settingOff_keepsTheDesktopPalette();
    void lightThemeOnDarkDesktop_lightensAndRestores();
    void settingsDialog_storesTheChoice();
    void automaticTheme_followsTheDesktopNotTheThemedWindow();

private:
    QString m_light;
    QString m_dark;
    QPalette m_desktop;
};

namespace {

bool isDark(const QColor &c)
{
    return c.lightness() < 128;
}

/// Every widget of the window's chrome that a person sees around the article.
QList<QWidget *> chrome(MainWindow &w)
{
    return {w.menuBar(), w.statusBar(), w.findChild<QDockWidget *>(QStringLiteral("timelineDock")),
            w.findChild<QDockWidget *>(QStringLiteral("entityDock")), static_cast<QWidget *>(w.legendBar())};
}

} // namespace

void WindowPaletteTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AnnalistTest"));
    QCoreApplication::setApplicationName(QStringLiteral("windowpalette_test"));
    KSyntaxHighlighting::Repository repository;
    m_light = repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme).name();
    m_dark = repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme).name();
    m_desktop = QApplication::palette();
    // The offscreen platform's palette is light.
    QVERIFY(!isDark(m_desktop.color(QPalette::Window)));
}

void WindowPaletteTest::init()
{
    QSettings().clear();
    QApplication::setPalette(m_desktop);
}

void WindowPaletteTest::everyTheme_givesReadableText()
{
    for (const QString &name : EntityPalette::themeNames()) {
        const EntityPalette theme = EntityPalette::fromThemeName(name);
        QVERIFY2(theme.isValid(), qPrintable(name));
        const QPalette p = WindowPalette::fromTheme(theme);
        const auto check = [&](QPalette::ColorGroup group, QPalette::ColorRole text, QPalette::ColorRole back,
                               double minimum) {
            const double ratio = WindowPalette::contrastRatio(p.color(group, text), p.color(group, back));
            QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: roles %2 on %3: %4")
                                                      .arg(name)
                                                      .arg(int(text))
                                                      .arg(int(back))
                                                      .arg(ratio)));
        };
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
            check(group, QPalette::WindowText, QPalette::Window, 4.5);
            check(group, QPalette::Text, QPalette::Base, 4.5);
            check(group, QPalette::ButtonText, QPalette::Button, 4.5);
            check(group, QPalette::HighlightedText, QPalette::Highlight, 4.5);
            check(group, QPalette::ToolTipText, QPalette::ToolTipBase, 4.5);
            check(group, QPalette::PlaceholderText, QPalette::Base, 3.0);
            check(group, QPalette::Link, QPalette::Base, 4.5);
        }
        // Disabled text is dimmer, but still there.
        check(QPalette::Disabled, QPalette::WindowText, QPalette::Window, 2.0);
        QVERIFY2(WindowPalette::contrastRatio(p.color(QPalette::Disabled, QPalette::WindowText),
                                              p.color(QPalette::Disabled, QPalette::Window))
                     < WindowPalette::contrastRatio(p.color(QPalette::Active, QPalette::WindowText),
                                                    p.color(QPalette::Active, QPalette::Window)),
                 qPrintable(name));
        // The frame has the lightness of the page.
        QCOMPARE(isDark(p.color(QPalette::Window)), isDark(theme.background));
        QCOMPARE(p.color(QPalette::Base), theme.background);
    }
}

void WindowPaletteTest::lightnessDiffers_comparesPageWithWindow()
{
    const EntityPalette light = EntityPalette::fromThemeName(m_light);
    const EntityPalette dark = EntityPalette::fromThemeName(m_dark);
    QVERIFY(!WindowPalette::lightnessDiffers(light, m_desktop));
    QVERIFY(WindowPalette::lightnessDiffers(dark, m_desktop));
    QVERIFY(!WindowPalette::lightnessDiffers(dark, WindowPalette::fromTheme(dark)));
    QVERIFY(WindowPalette::lightnessDiffers(light, WindowPalette::fromTheme(dark)));
    QCOMPARE(WindowPalette::contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(WindowPalette::contrastRatio(Qt::gray, Qt::gray), 1.0);
}

void WindowPaletteTest::darkThemeOnLightDesktop_darkensTheChrome()
{
    MainWindow w;
    w.show();
    for (QWidget *part : chrome(w))
        QVERIFY2(!isDark(part->palette().color(QPalette::Window)), part->metaObject()->className());
    QVERIFY(w.setThemeByName(m_dark));
    QVERIFY(WindowPalette::isThemePaletteApplied());
    // Widgets take the application's new palette from the event loop.
    QTRY_VERIFY(isDark(w.menuBar()->palette().color(QPalette::Window)));
    for (QWidget *part : chrome(w)) {
        const QPalette p = part->palette();
        QVERIFY2(isDark(p.color(QPalette::Window)), part->metaObject()->className());
        QVERIFY2(isDark(p.color(QPalette::Button)), part->metaObject()->className());
        QVERIFY(WindowPalette::contrastRatio(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 4.5);
        QVERIFY(WindowPalette::contrastRatio(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 4.5);
    }
    // Pictures of the window show it too: the menu bar's pixels are dark.
    const QImage bar = w.menuBar()->grab().toImage();
    QVERIFY(isDark(bar.pixelColor(bar.width() - 2, bar.height() / 2)));

    // Back to the light theme: the desktop's palette again, as it was.
    QVERIFY(w.setThemeByName(m_light));
    QVERIFY(!WindowPalette::isThemePaletteApplied());
    QCOMPARE(QApplication::palette(), m_desktop);
    QTRY_VERIFY(!isDark(w.menuBar()->palette().color(QPalette::Window)));
    for (QWidget *part : chrome(w))
        QVERIFY(!isDark(part->palette().color(QPalette::Window)));
}

void WindowPaletteTest::sameLightness_keepsTheDesktopPalette()
{
    MainWindow w;
    for (const QString &name : EntityPalette::themeNames()) {
        QVERIFY(w.setThemeByName(name));
        if (!w.entityPalette().dark) {
            QVERIFY2(!WindowPalette::isThemePaletteApplied(), qPrintable(name));
            QCOMPARE(QApplication::palette(), m_desktop);
        } else {
            QVERIFY2(WindowPalette::isThemePaletteApplied(), qPrintable(name));
        }
    }
}

void WindowPaletteTest::settingOff_keepsTheDesktopPalette()
{
    Settings().setThemeWholeWindow(false);
    MainWindow w(MainWindow::Mode::Interactive);
    QVERIFY(w.setThemeByName(m_dark));
    QVERIFY(w.entityPalette().dark);
    QVERIFY(!WindowPalette::isThemePaletteApplied());
    QCOMPARE(QApplication::palette(), m_desktop);
    Settings().setThemeWholeWindow(true);
    QVERIFY(w.setThemeByName(m_dark));
    QTRY_VERIFY(isDark(w.menuBar()->palette().color(QPalette::Window)));
    QVERIFY(w.setThemeByName(m_light));
}

void WindowPaletteTest::lightThemeOnDarkDesktop_lightensAndRestores()
{
    // A dark desktop, as a dark colour scheme sets it.
    const QPalette darkDesktop = WindowPalette::fromTheme(EntityPalette::fromThemeName(m_dark));
    QApplication::setPalette(darkDesktop);
    MainWindow w;
    QVERIFY(w.setThemeByName(m_light));
    QVERIFY(WindowPalette::isThemePaletteApplied());
    QTRY_VERIFY(!isDark(w.menuBar()->palette().color(QPalette::Window)));
    QVERIFY(w.setThemeByName(m_dark));
    QVERIFY(!WindowPalette::isThemePaletteApplied());
    QCOMPARE(QApplication::palette(), darkDesktop);
}

void WindowPaletteTest::settingsDialog_storesTheChoice()
{
    QTemporaryDir dir;
    SettingsDialog dialog(dir.filePath(QStringLiteral("entitytypes.json")), nullptr);
    auto *whole = dialog.findChild<QCheckBox *>(QStringLiteral("themeWholeWindow"));
    QVERIFY(whole);
    QVERIFY(whole->isChecked()); // the default
    QVERIFY(!dialog.isModified());
    whole->setChecked(false);
    QVERIFY(dialog.isModified());
    QVERIFY(Settings().themeWholeWindow()); // nothing written before Apply
    QVERIFY(dialog.apply());
    QVERIFY(!Settings().themeWholeWindow());
    dialog.load();
    QVERIFY(!whole->isChecked());
    dialog.restoreDefaults();
    QVERIFY(whole->isChecked());
    QVERIFY(dialog.apply());
    QVERIFY(Settings().themeWholeWindow());
}

void WindowPaletteTest::automaticTheme_followsTheDesktopNotTheThemedWindow()
{
    MainWindow w;
    QVERIFY(w.setThemeByName(m_dark));
    QVERIFY(isDark(QApplication::palette().color(QPalette::Base)));
    // The desktop is still light, whatever the window shows now.
    QVERIFY(w.setThemeByName(QString()));
    QVERIFY(!w.entityPalette().dark);
    QVERIFY(!WindowPalette::isThemePaletteApplied());
}

QTEST_MAIN(WindowPaletteTest)
#include "windowpalette_test.moc"
