// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace Annalist {

/// What a file's leading bytes say it is, when it is not text: "a PNG image",
/// "a PDF document", "a ZIP archive", "an ELF executable", … or "binary data"
/// when more than 1 byte in 100 is NUL or a control character that text does
/// not use (anything below 0x20 but tab, line ends, form feed and escape),
/// counted over the whole file. Text has next to none (a stray NUL in a long
/// article is damage, not a sign of binary data), while executables, images
/// and UTF-16 without a byte order mark are full of NULs, and compressed or
/// random bytes hold about 10 in 100. Files with a UTF-16 or UTF-32 byte order
/// mark are not counted. Empty when the bytes may be text.
QString binaryKind(const QByteArray &bytes);

/// Bytes turned into text, and which encoding was assumed.
struct DecodedText {
    QString text; ///< with the byte order mark removed; line ends as in the file
    /// "UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE", "windows-1252",
    /// or the name a page declared for itself ("Shift_JIS")
    QString encoding;
    /// Empty when the bytes were read as they claim to be; otherwise one
    /// sentence (without the file name) about what was assumed or what is broken.
    QString note;
    bool ok = true; ///< false when the bytes cannot be read at all; note says why
};

/// Reads bytes as text:
/// - a UTF-32 LE or BE byte order mark selects UTF-32 (it is checked before
///   UTF-16's, which UTF-32LE's begins with); a length that is not a multiple
///   of four or a value that is no character makes the result not ok;
/// - a UTF-16 LE or BE byte order mark selects UTF-16; an odd length or an
///   unpaired surrogate makes the result not ok (the file is damaged);
/// - a UTF-8 byte order mark, or bytes that are valid UTF-8, select UTF-8;
/// - bytes that are not valid UTF-8 but hold at least as many valid multi-byte
///   UTF-8 sequences as invalid bytes (a file pasted together from two sources)
///   are read as UTF-8 with each stray byte read as windows-1252, and the note
///   says so;
/// - anything else is read as windows-1252 (a superset of Latin-1's
///   printable range), and the note says so.
/// Never fails for input without a UTF-16 or UTF-32 byte order mark.
DecodedText decodeText(const QByteArray &bytes);

/// The same for bytes that name their own encoding (an HTML page's
/// <meta charset>, see declaredCharset()). A byte order mark wins over the
/// declaration, and a declaration of UTF-8 or UTF-16 (which a page whose
/// declaration is readable as ASCII cannot be in) is read as decodeText()
/// reads any bytes. Otherwise:
/// - bytes that are valid UTF-8 and not all ASCII are read as UTF-8, whatever
///   they declare (a page saved again as UTF-8 keeps its old declaration; text
///   in another encoding is next to never valid UTF-8), and the note says so;
/// - Latin-1 and ASCII are read as windows-1252, as browsers do;
/// - any other encoding that Qt knows (Shift_JIS, EUC-JP, GBK, Big5,
///   windows-1251, KOI8-R, …) is used, and encoding is the name as declared;
///   bytes that are invalid in it become U+FFFD and the note says so;
/// - an encoding that Qt does not know is ignored: the bytes are read as
///   decodeText() reads them, and the note names the declaration.
DecodedText decodeText(const QByteArray &bytes, QByteArrayView declaredCharset);

/// The character windows-1252 gives a byte. 0x80–0x9F hold the typographic
/// characters (€ ‘ ’ “ ” – — …); the five bytes that windows-1252 leaves
/// undefined map to the C1 control of the same value, as browsers do.
char16_t windows1252ToUnicode(unsigned char byte);

} // namespace Annalist
