// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "article/textdecoder.h"

#include <QTest>

using namespace Annalist;
using namespace Qt::StringLiterals;

class TextDecoderTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void binaryKind_data();
    void binaryKind();
    void decode_data();
    void decode();
};

void TextDecoderTest::binaryKind_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");

    QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n", 8) << u"a PNG image"_s;
    QTest::newRow("PDF") << QByteArray("%PDF-1.4\n") << u"a PDF document"_s;
    QTest::newRow("ZIP") << QByteArray("PK\3\4rest") << u"a ZIP archive"_s;
    QTest::newRow("ELF") << QByteArray("\x7f" "ELF\2\1\1") << u"an ELF executable"_s;
    QTest::newRow("WebP") << QByteArray("RIFF\0\0\0\0WEBPVP8 ", 16) << u"a WebP image"_s;
    QTest::newRow("tar") << QByteArray(257, 'a') + QByteArray("ustar\0", 6) << u"a tar archive"_s;
    QTest::newRow("UTF-32") << QByteArray("\0\0\xfe\xff\0\0\0A", 8) << u"UTF-32 text, which Annalist does not read"_s;
    QTest::newRow("NUL late in the file") << QByteArray(100000, 'a') + QByteArray(1, '\0') << u"binary data"_s;
    QTest::newRow("UTF-16 with NULs is text") << QByteArray("\xff\xfeH\0i\0", 6) << QString();
    QTest::newRow("text starting like BMP or DOS") << QByteArray("BMW and MZ are letters.") << QString();
    QTest::newRow("ordinary text") << QByteArray("Hello\tworld\r\n\x1b[0m\f") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TextDecoderTest::binaryKind()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QCOMPARE(Annalist::binaryKind(bytes), kind);
}

void TextDecoderTest::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("noted");

    QTest::newRow("ASCII") << QByteArray("plain") << u"plain"_s << u"UTF-8"_s << true << false;
    QTest::newRow("UTF-8") << QByteArray("caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\x98\x80") << u"caf\u00e9 \u2014 \U0001F600"_s
                           << u"UTF-8"_s << true << false;
    QTest::newRow("UTF-8 BOM removed") << QByteArray("\xef\xbb\xbfok") << u"ok"_s << u"UTF-8"_s << true << false;
    QTest::newRow("UTF-16LE BOM removed") << QByteArray("\xff\xfeo\0k\0", 6) << u"ok"_s << u"UTF-16LE"_s << true
                                          << false;
    QTest::newRow("UTF-16BE surrogate pair") << QByteArray("\xfe\xff\xd8\x3d\xde\x00", 6) << u"\U0001F600"_s
                                             << u"UTF-16BE"_s << true << false;
    QTest::newRow("UTF-16 BOM only") << QByteArray("\xff\xfe") << QString() << u"UTF-16LE"_s << true << false;
    QTest::newRow("Latin-1 bytes") << QByteArray("caf\xe9 na\xefve") << u"caf\u00e9 na\u00efve"_s
                                   << u"windows-1252"_s << true << true;
    QTest::newRow("windows-1252 quotes") << QByteArray("\x93quoted\x94 \x96 \x80") << u"\u201cquoted\u201d \u2013 \u20ac"_s
                                         << u"windows-1252"_s << true << true;
    QTest::newRow("overlong UTF-8 is not UTF-8") << QByteArray("\xc0\xaf") << u"\u00c0\u00af"_s
                                                 << u"windows-1252"_s << true << true;
    QTest::newRow("encoded surrogate is not UTF-8") << QByteArray("\xed\xa0\x80") << u"\u00ed\u00a0\u20ac"_s
                                                    << u"windows-1252"_s << true << true;
    QTest::newRow("truncated sequence at the end") << QByteArray("ab\xe2\x80") << u"ab\u00e2\u20ac"_s
                                                   << u"windows-1252"_s << true << true;
    QTest::newRow("UTF-8 with a stray byte") << QByteArray("\xc3\xa9t\xe9 \xc3\xa0") << u"\u00e9t\u00e9 \u00e0"_s
                                             << u"UTF-8"_s << true << true;
    QTest::newRow("UTF-8 BOM with a stray byte") << QByteArray("\xef\xbb\xbfx\x92s") << u"x\u2019s"_s << u"UTF-8"_s
                                                 << true << true;
    QTest::newRow("UTF-16 odd length") << QByteArray("\xfe\xff\0a\0", 5) << QString() << u"UTF-16BE"_s << false
                                       << true;
    QTest::newRow("UTF-16 lone low surrogate") << QByteArray("\xff\xfe\x00\xdc", 4) << QString() << u"UTF-16LE"_s
                                               << false << true;
}

void TextDecoderTest::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, ok);
    QFETCH(bool, noted);
    const DecodedText d = decodeText(bytes);
    QCOMPARE(d.ok, ok);
    QCOMPARE(d.encoding, encoding);
    QCOMPARE(!d.note.isEmpty(), noted);
    if (ok)
        QCOMPARE(d.text, text);
}

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "textdecoder_test.moc"
