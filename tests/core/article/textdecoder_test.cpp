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
    void declaredCharset_data();
    void declaredCharset();
};

namespace {

// n bytes of text ('a' and spaces) with NUL at every k-th byte from the
// first k-th on (none for k = 0).
QByteArray textWithNuls(qsizetype n, qsizetype k)
{
    QByteArray b(n, 'a');
    for (qsizetype i = 7; i < n; i += 8)
        b[i] = ' ';
    for (qsizetype i = k - 1; k > 0 && i < n; i += k)
        b[i] = '\0';
    return b;
}

// Bytes that look like compressed data: every value but NUL, evenly mixed
// (a linear congruential sequence), so that only the control characters
// can tell.
QByteArray noiseWithoutNuls(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    quint32 x = 12345;
    for (qsizetype i = 0; i < n; ++i) {
        x = x * 1103515245u + 12345u;
        b[i] = char(1 + (x >> 16) % 255);
    }
    return b;
}

} // namespace

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
    QTest::newRow("UTF-32BE with NULs is text") << QByteArray("\0\0\xfe\xff\0\0\0A", 8) << QString();
    QTest::newRow("UTF-32LE with NULs is text") << QByteArray("\xff\xfe\0\0A\0\0\0", 8) << QString();
    // Binary when more than 1 byte in 100 is NUL or a control character.
    QTest::newRow("one NUL late in a long text") << QByteArray(100000, 'a') + QByteArray(1, '\0') << QString();
    QTest::newRow("one NUL early in a long text") << QByteArray(1, '\0') + QByteArray(100000, 'a') << QString();
    QTest::newRow("1 NUL in 100 bytes is text") << textWithNuls(10000, 100) << QString();
    QTest::newRow("1 NUL in 90 bytes is binary") << textWithNuls(10000, 90) << u"binary data"_s;
    QTest::newRow("NULs in a short text") << QByteArray("some\0text\0here", 14) << u"binary data"_s;
    QTest::newRow("UTF-16 without a byte order mark") << QByteArray("H\0e\0l\0l\0o\0", 10) << u"binary data"_s;
    QTest::newRow("noise without NULs") << noiseWithoutNuls(65536) << u"binary data"_s;
    QTest::newRow("UTF-16 with NULs is text") << QByteArray("\xff\xfeH\0i\0", 6) << QString();
    QTest::newRow("text starting like BMP or DOS") << QByteArray("BMW and MZ are letters.") << QString();
    QTest::newRow("ordinary text") << QByteArray("Hello\tworld\r\n\x1b[0m\f") << QString();
    // Line breaks are control bytes too, but text: only the others count.
    QTest::newRow("short lines") << QByteArray("ab\r\n").repeated(5000) << QString();
    QTest::newRow("short lines with 1 NUL in 90 bytes")
        << QByteArray(QByteArray("ab\r\n").repeated(22) + QByteArray("ab\0", 3)).repeated(100) << u"binary data"_s;
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
    // UTF-32LE's byte order mark begins with UTF-16LE's: the longer one wins.
    QTest::newRow("UTF-32LE") << QByteArray("\xff\xfe\0\0o\0\0\0k\0\0\0\x00\xf6\x01\0", 16) << u"ok\U0001F600"_s
                              << u"UTF-32LE"_s << true << false;
    QTest::newRow("UTF-32BE") << QByteArray("\0\0\xfe\xff\0\0\0o\0\0\x20\x14", 12) << u"o\u2014"_s << u"UTF-32BE"_s
                              << true << false;
    QTest::newRow("UTF-32 BOM only") << QByteArray("\0\0\xfe\xff", 4) << QString() << u"UTF-32BE"_s << true << false;
    QTest::newRow("UTF-32 cut in a character") << QByteArray("\0\0\xfe\xff\0\0\0o\0\0", 10) << QString()
                                               << u"UTF-32BE"_s << false << true;
    QTest::newRow("UTF-32 past U+10FFFF") << QByteArray("\0\0\xfe\xff\0\x11\0\0", 8) << QString() << u"UTF-32BE"_s
                                          << false << true;
    QTest::newRow("UTF-32 surrogate") << QByteArray("\xff\xfe\0\0\0\xd8\0\0", 8) << QString() << u"UTF-32LE"_s
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

void TextDecoderTest::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("charset");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<bool>("noted");

    // The bytes of each text as its encoding writes it, spelled out here.
    QTest::newRow("Shift_JIS") << QByteArray::fromHex("93fa967b8cea82cc8b4c8e96") << QByteArray("Shift_JIS")
                               << u"日本語の記事"_s << u"Shift_JIS"_s << false;
    QTest::newRow("EUC-JP") << QByteArray::fromHex("c6fccbdcb8eca4ceb5adbbf6") << QByteArray("euc-jp")
                            << u"日本語の記事"_s << u"euc-jp"_s << false;
    QTest::newRow("GBK") << QByteArray::fromHex("d6d0cec4d0c2cec5") << QByteArray("GBK") << u"中文新闻"_s << u"GBK"_s
                         << false;
    QTest::newRow("Big5") << QByteArray::fromHex("a4a4a4e5b773bb44") << QByteArray("big5") << u"中文新聞"_s
                          << u"big5"_s << false;
    QTest::newRow("windows-1251") << QByteArray::fromHex("cff0e8e2e5f22c20ece8f0") << QByteArray("windows-1251")
                                  << u"Привет, мир"_s << u"windows-1251"_s << false;
    QTest::newRow("KOI8-R") << QByteArray::fromHex("f0d2c9d7c5d42c20cdc9d2") << QByteArray(" KOI8-R ")
                            << u"Привет, мир"_s << u"KOI8-R"_s << false;
    QTest::newRow("Latin-1 as windows-1252") << QByteArray("\x93" "caf\xe9\x94") << QByteArray("ISO-8859-1")
                                             << u"\u201ccaf\u00e9\u201d"_s << u"windows-1252"_s << false;
    QTest::newRow("declared UTF-8") << QByteArray("caf\xc3\xa9") << QByteArray("utf-8") << u"caf\u00e9"_s
                                    << u"UTF-8"_s << false;
    QTest::newRow("UTF-16 named in ASCII is UTF-8") << QByteArray("caf\xc3\xa9") << QByteArray("UTF-16")
                                                    << u"caf\u00e9"_s << u"UTF-8"_s << false;
    QTest::newRow("a byte order mark wins") << QByteArray("\xef\xbb\xbf\xe6\x97\xa5") << QByteArray("Shift_JIS")
                                            << u"日"_s << u"UTF-8"_s << false;
    QTest::newRow("UTF-16 byte order mark wins") << QByteArray("\xff\xfeo\0k\0", 6) << QByteArray("windows-1251")
                                                 << u"ok"_s << u"UTF-16LE"_s << false;
    QTest::newRow("valid UTF-8 wins over a stale declaration")
        << QByteArray("\xd0\x9c\xd0\xb8\xd1\x80") << QByteArray("windows-1251") << u"Мир"_s << u"UTF-8"_s << true;
    QTest::newRow("ASCII in a declared encoding") << QByteArray("plain") << QByteArray("Shift_JIS") << u"plain"_s
                                                  << u"Shift_JIS"_s << false;
    QTest::newRow("invalid bytes in the declared encoding")
        << QByteArray::fromHex("93fa967b82") << QByteArray("Shift_JIS") << u"日本\ufffd"_s << u"Shift_JIS"_s << true;
    QTest::newRow("unknown encoding, read as today") << QByteArray("caf\xe9") << QByteArray("x-no-such-charset")
                                                     << u"caf\u00e9"_s << u"windows-1252"_s << true;
    QTest::newRow("unknown encoding, valid UTF-8") << QByteArray("plain") << QByteArray("x-no-such-charset")
                                                   << u"plain"_s << u"UTF-8"_s << true;
}

void TextDecoderTest::declaredCharset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, charset);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(bool, noted);
    const DecodedText d = decodeText(bytes, charset);
    QVERIFY(d.ok);
    QCOMPARE(d.text, text);
    QCOMPARE(d.encoding, encoding);
    QVERIFY2(d.note.isEmpty() != noted, qPrintable(d.note));
    if (QTest::currentDataTag() == QByteArray("unknown encoding, read as today")) {
        QVERIFY(d.note.contains(u"x-no-such-charset"_s));
        QVERIFY(d.note.contains(decodeText(bytes).note)); // the reason for the guess is kept
    }
}

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "textdecoder_test.moc"
