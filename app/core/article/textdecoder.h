// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

namespace Annalist {

/// What a file's leading bytes say it is, when it is not text: "a PNG image",
/// "a PDF document", "a ZIP archive", "an ELF executable", … or "binary data"
/// for NUL bytes and control characters without a UTF-16 byte order mark.
/// Empty when the bytes may be text.
QString binaryKind(const QByteArray &bytes);

/// Bytes turned into text, and which encoding was assumed.
struct DecodedText {
    QString text; ///< with the byte order mark removed; line ends as in the file
    QString encoding; ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
    /// Empty when the bytes were read as they claim to be; otherwise one
    /// sentence (without the file name) about what was assumed or what is broken.
    QString note;
    bool ok = true; ///< false when the bytes cannot be read at all; note says why
};

/// Reads bytes as text:
/// - a UTF-16 LE or BE byte order mark selects UTF-16; an odd length or an
///   unpaired surrogate makes the result not ok (the file is damaged);
/// - a UTF-8 byte order mark, or bytes that are valid UTF-8, select UTF-8;
/// - bytes that are not valid UTF-8 but hold at least as many valid multi-byte
///   UTF-8 sequences as invalid bytes (a file pasted together from two sources)
///   are read as UTF-8 with each stray byte read as windows-1252, and the note
///   says so;
/// - anything else is read as windows-1252 (a superset of Latin-1's
///   printable range), and the note says so.
/// Never fails for input without a UTF-16 byte order mark.
DecodedText decodeText(const QByteArray &bytes);

/// The character windows-1252 gives a byte. 0x80–0x9F hold the typographic
/// characters (€ ‘ ’ “ ” – — …); the five bytes that windows-1252 leaves
/// undefined map to the C1 control of the same value, as browsers do.
char16_t windows1252ToUnicode(unsigned char byte);

} // namespace Annalist
