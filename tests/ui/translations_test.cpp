// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The catalogues in translations/: each one builds, loads, translates the
// window, and covers every string of the sources. The coverage check runs
// lupdate over the same project as `update_translations`, so a string added
// without a translation fails here rather than showing up in English.

#include "application.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>
#include <tuple>

using namespace Annalist;
using namespace Qt::StringLiterals;

namespace {

struct Message {
    bool numerus = false;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList forms; ///< one translation, or the numerus forms
};

/// (context, source, comment): what lupdate and QTranslator look a message up by.
using Key = std::tuple<QString, QString, QString>;

struct Catalogue {
    QString language;
    std::map<Key, Message> messages;
    QString error;
};

QString describe(const Key &key)
{
    const auto &[context, source, comment] = key;
    return QStringLiteral("%1 / “%2”%3").arg(context, source, comment.isEmpty() ? QString() : u" (" + comment + u')');
}

Catalogue readTs(const QString &path)
{
    Catalogue cat;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        cat.error = path + QStringLiteral(": ") + file.errorString();
        return cat;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS") {
            cat.language = xml.attributes().value(u"language").toString();
        } else if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            Message m;
            m.numerus = xml.attributes().value(u"numerus") == u"yes";
            QString source;
            QString comment;
            while (xml.readNextStartElement()) {
                if (xml.name() == u"source") {
                    source = xml.readElementText();
                } else if (xml.name() == u"comment") {
                    comment = xml.readElementText();
                } else if (xml.name() == u"translation") {
                    m.type = xml.attributes().value(u"type").toString();
                    if (m.numerus) {
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numerusform")
                                m.forms << xml.readElementText();
                            else
                                xml.skipCurrentElement();
                        }
                    } else {
                        m.forms << xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement(); // extracomment, translatorcomment, location
                }
            }
            cat.messages[{context, source, comment}] = m;
        }
    }
    if (xml.hasError())
        cat.error = path + QStringLiteral(": ") + xml.errorString();
    return cat;
}

/// The placeholders a text uses: %1 … %99 and %n, each once.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : re.globalMatch(text))
        found.insert(m.captured());
    return found;
}

/// The accelerator a menu text marks with '&', lower-cased; null when none.
QChar accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (!text[i + 1].isSpace())
            return text[i + 1].toLower();
    }
    return {};
}

/// Forms a language's numerus messages need (Qt's plural rules).
int numerusForms(const QString &language)
{
    if (language.startsWith(u"ru"))
        return 3;
    if (language.startsWith(u"zh"))
        return 1;
    return 2;
}

void removeOurTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void catalogue_loadsAndTranslates_data();
    void catalogue_loadsAndTranslates();
    void window_speaksTheLanguage_data();
    void window_speaksTheLanguage();
    void languageNames_haveAFont_data();
    void languageNames_haveAFont();
    void catalogue_isFinished_data();
    void catalogue_isFinished();
    void catalogue_coversEverySourceString_data();
    void catalogue_coversEverySourceString();
    void englishPlurals_coverEveryCount();
    void executable_followsTheSystemLocale_data();
    void executable_followsTheSystemLocale();

private:
    QTemporaryDir m_dir;
    Catalogue m_fresh; ///< what lupdate finds in the sources now
};

void TranslationsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The project file update_translations reads, then lupdate into a new catalogue.
    const QString project = m_dir.filePath(QStringLiteral("project.json"));
    QProcess cmake;
    cmake.start(QStringLiteral(ANNALIST_CMAKE),
                {QStringLiteral("-DIN_FILE=" ANNALIST_LUPDATE_PROJECT), u"-DOUT_FILE=" + project,
                 QStringLiteral("-P"), QStringLiteral(ANNALIST_LUPDATE_PROJECT_SCRIPT)});
    QVERIFY(cmake.waitForFinished(60000));
    QVERIFY2(cmake.exitCode() == 0, cmake.readAllStandardError().constData());

    const QString fresh = m_dir.filePath(QStringLiteral("annalist_xx.ts"));
    QStringList arguments{QStringLiteral("-project"), project};
    arguments += QStringLiteral(ANNALIST_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    arguments << QStringLiteral("-ts") << fresh;
    QProcess lupdate;
    lupdate.start(QStringLiteral(ANNALIST_LUPDATE), arguments);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    m_fresh = readTs(fresh);
    QVERIFY2(m_fresh.error.isEmpty(), qPrintable(m_fresh.error));
    // A sanity floor: the sources hold a few hundred strings, not none.
    QVERIFY2(m_fresh.messages.size() > 100, qPrintable(QString::number(m_fresh.messages.size())));
}

void TranslationsTest::cleanup()
{
    removeOurTranslators();
}

void TranslationsTest::catalogue_loadsAndTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TranslationsTest::catalogue_loadsAndTranslates()
{
    QFETCH(QString, language);
    // Found by locale, as at start: "zh_CN" from a Chinese (China) system, "de" from de_AT.
    QTranslator translator;
    QVERIFY(translator.load(QLocale(language), QStringLiteral("annalist"), QStringLiteral("_"),
                            QStringLiteral(ANNALIST_QM_DIR)));
    QVERIFY(!translator.isEmpty());
    for (const auto &[context, source] : {std::pair{"Annalist::MainWindow", "&File"},
                                          std::pair{"EntityTypes", "Place"},
                                          std::pair{"Annalist::TimelinePanel", "Timeline events"},
                                          std::pair{"Annalist::LegendBar", "%1 highlighting"},
                                          std::pair{"loader", "%1 does not exist"}}) {
        const QString translated = translator.translate(context, source);
        QVERIFY2(!translated.isEmpty(), source);
        QVERIFY2(translated != QLatin1StringView(source), source);
    }
    // Plurals pick the language's forms: Russian tells 1, 2 and 5 apart.
    const auto entities = [&](int n) {
        return translator.translate("Annalist::MainWindow", "%n entities", nullptr, n);
    };
    QVERIFY(!entities(1).isEmpty());
    if (numerusForms(language) >= 2)
        QVERIFY2(entities(1) != entities(5), qPrintable(entities(1)));
    if (numerusForms(language) >= 3)
        QVERIFY2(entities(2) != entities(5) && entities(1) != entities(2), qPrintable(entities(2)));
}

void TranslationsTest::window_speaksTheLanguage_data()
{
    catalogue_loadsAndTranslates_data();
}

void TranslationsTest::window_speaksTheLanguage()
{
    QFETCH(QString, language);
    installTranslations(*qApp, QLocale(language), QStringLiteral(ANNALIST_QM_DIR));
    // Qt's own catalogue too, so that standard buttons match.
    QVERIFY(QLibraryInfo::path(QLibraryInfo::TranslationsPath).isEmpty()
            || !QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_")
                              + language + QStringLiteral(".qm"))
            || QCoreApplication::translate("QPlatformTheme", "Cancel") != u"Cancel");

    MainWindow window(MainWindow::Mode::Screenshot);
    const QList<QAction *> menus = window.menuBar()->actions();
    QVERIFY(menus.size() >= 5);
    QSet<QChar> barKeys;
    for (QAction *menuAction : menus) {
        const QString title = menuAction->text();
        // Every menu title is translated and keeps a unique accelerator.
        QVERIFY2(!QStringList({u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Annotate"_s, u"&Settings"_s, u"&Help"_s})
                      .contains(title),
                 qPrintable(title));
        const QChar key = accelerator(title);
        QVERIFY2(!key.isNull(), qPrintable(title));
        QVERIFY2(!barKeys.contains(key), qPrintable(title));
        barKeys.insert(key);
        // Within each menu, no two entries share an accelerator.
        QMenu *menu = menuAction->menu();
        QVERIFY(menu);
        QHash<QChar, QString> keys;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator() || a->text().isEmpty())
                continue;
            const QChar k = accelerator(a->text());
            if (k.isNull())
                continue;
            QVERIFY2(!keys.contains(k), qPrintable(title + u": " + keys.value(k) + u" / " + a->text()));
            keys.insert(k, a->text());
        }
    }
}

void TranslationsTest::catalogue_isFinished_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("de") << QStringLiteral("annalist_de.ts");
    QTest::newRow("ru") << QStringLiteral("annalist_ru.ts");
    QTest::newRow("zh_CN") << QStringLiteral("annalist_zh_CN.ts");
}

void TranslationsTest::catalogue_isFinished()
{
    QFETCH(QString, file);
    const Catalogue cat = readTs(QStringLiteral(ANNALIST_TS_DIR "/") + file);
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    QVERIFY(!cat.language.isEmpty());
    QVERIFY(!cat.messages.empty());
    const int forms = numerusForms(cat.language);
    for (const auto &[key, m] : cat.messages) {
        const QString where = describe(key);
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u": " + where));
        QCOMPARE_GT(m.forms.size(), 0);
        if (m.numerus)
            QVERIFY2(m.forms.size() == forms, qPrintable(where));
        const QString &source = std::get<1>(key);
        for (const QString &form : m.forms) {
            QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
            // Every placeholder survives, %n in every plural form too: the
            // Russian "one" form also serves 21, 31, ….
            QVERIFY2(placeholders(form) == placeholders(source), qPrintable(where + u" → " + form));
            QVERIFY2(accelerator(source).isNull() == accelerator(form).isNull(), qPrintable(where + u" → " + form));
        }
    }
}

void TranslationsTest::catalogue_coversEverySourceString_data()
{
    catalogue_isFinished_data();
}

void TranslationsTest::catalogue_coversEverySourceString()
{
    QFETCH(QString, file);
    const Catalogue cat = readTs(QStringLiteral(ANNALIST_TS_DIR "/") + file);
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    QStringList missing;
    for (const auto &[key, m] : m_fresh.messages) {
        const auto it = cat.messages.find(key);
        if (it == cat.messages.end() || it->second.numerus != m.numerus)
            missing << describe(key);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(u"not in " + file + u" (run update_translations and translate):\n"
                                           + missing.join(u'\n')));
    QStringList stale;
    for (const auto &[key, m] : cat.messages) {
        if (!m_fresh.messages.contains(key))
            stale << describe(key);
    }
    QVERIFY2(stale.isEmpty(), qPrintable(u"no longer in the sources, still in " + file + u":\n" + stale.join(u'\n')));
}

void TranslationsTest::englishPlurals_coverEveryCount()
{
    // English keeps only the numerus strings: "1 entity", "2 entities".
    const Catalogue cat = readTs(QStringLiteral(ANNALIST_TS_DIR "/annalist_en.ts"));
    QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
    for (const auto &[key, m] : m_fresh.messages) {
        if (!m.numerus)
            continue;
        const auto it = cat.messages.find(key);
        QVERIFY2(it != cat.messages.end(), qPrintable(u"not in annalist_en.ts: " + describe(key)));
        QVERIFY2(it->second.type.isEmpty(), qPrintable(describe(key)));
        QCOMPARE(it->second.forms.size(), 2);
        for (const QString &form : it->second.forms)
            QVERIFY2(form.contains(u"%n"_s), qPrintable(describe(key)));
    }
    QTranslator english;
    QVERIFY(english.load(QStringLiteral("annalist_en"), QStringLiteral(ANNALIST_QM_DIR)));
    QCOMPARE(english.translate("Annalist::MainWindow", "%n entities", nullptr, 1), u"%n entity"_s);
    QCOMPARE(english.translate("Annalist::MainWindow", "%n entities", nullptr, 3), u"%n entities"_s);
}

void TranslationsTest::executable_followsTheSystemLocale_data()
{
    catalogue_loadsAndTranslates_data();
}

void TranslationsTest::executable_followsTheSystemLocale()
{
    // The catalogues built into the executable, found from the locale the
    // system gives it: its --help speaks the language.
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(u"annalist_"_s + language, QStringLiteral(ANNALIST_QM_DIR)));
    const QString expected = translator.translate("main", "Articles to open (text, HTML or Markdown).");
    QVERIFY(!expected.isEmpty());

    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"LANGUAGE"_s);
    env.insert(u"LC_ALL"_s, language + u".UTF-8"_s);
    env.insert(u"LANG"_s, language + u".UTF-8"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config.path()); // no language chosen in the settings
    QProcess annalist;
    annalist.setProcessEnvironment(env);
    annalist.start(QStringLiteral(ANNALIST_EXECUTABLE), {u"--help"_s});
    QVERIFY(annalist.waitForFinished(60000));
    const QString help = QString::fromUtf8(annalist.readAllStandardOutput());
    QVERIFY2(help.contains(expected), qPrintable(help));
}

QTEST_MAIN(TranslationsTest)
void TranslationsTest::languageNames_haveAFont_data()
{
    catalogue_loadsAndTranslates_data();
}

void TranslationsTest::languageNames_haveAFont()
{
    // Each language is offered under its own name, in its own script; some
    // installed font must draw every character of it, or the person whose
    // language it is sees boxes (the build root once had no CJK font).
    QFETCH(QString, language);
    const QString name = QLocale(language).nativeLanguageName();
    QVERIFY(!name.isEmpty());
    QString drawnBy;
    const QStringList families = QFontDatabase::families();
    for (const QString &family : families) {
        const QFontMetrics metrics{QFont(family)};
        bool all = true;
        for (const char32_t c : name.toUcs4())
            all = all && metrics.inFontUcs4(c);
        if (all) {
            drawnBy = family;
            break;
        }
    }
    QVERIFY2(!drawnBy.isEmpty(), qPrintable(u"no installed font draws "_s + name));
}

#include "translations_test.moc"
