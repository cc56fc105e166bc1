// SPDX-FileCopyrightText: 2026 The Annalist developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <utility>

namespace Annalist {

/// What an English dictionary knows of a word, for the learned recognizer
/// and the rules (RecognizerPass::ordinaryNounLast()): whether it is an
/// ordinary word, a capitalized one, and of which kind of
/// proper noun it is a part. Generated at build time from Debian's WordNet
/// and word list (gen_lexicon.py), so that a name nobody put in a gazetteer
/// is told from a capitalized ordinary word ("Reports said ...") by general
/// knowledge, not by a rule for one word.
///
/// The table is read in place from the program's resources (gen_lexicon.py
/// describes its layout): loading it costs nothing, and a look-up is one or
/// two slots of it.
class EnglishLexicon
{
public:
    /// The bits of a word; gen_lexicon.py writes the same values.
    enum Bit : quint8 {
        Lower = 0x01, ///< written in lower case ("report", "reports")
        Capital = 0x02, ///< written capitalized ("Mozart", "Kilimanjaro")
        Person = 0x04, ///< a word of a person's name ("Mozart")
        Place = 0x08, ///< a word of a place's name, natural ones included ("Kilimanjaro")
        Group = 0x10, ///< a word of a group's name ("Interpol")
        OtherName = 0x20, ///< a word of another proper noun ("Olympics", "Bible")
        Whole = 0x40, ///< one of the four kinds above is the whole one-word noun
        Adjective = 0x80, ///< a capitalized adjective ("Icelandic")
    };

    /// Takes a table in gen_lexicon.py's layout (kept, not copied). Returns
    /// what is wrong with it, or an empty string; a rejected table leaves
    /// the lexicon empty.
    QString load(const QByteArray &bytes);
    /// Loads the one compiled into the program; returns what went wrong, if anything.
    QString loadBuiltIn();
    /// A table of the given words and their bits, in the layout load() reads.
    static QByteArray build(const QList<std::pair<QString, quint8>> &words);

    /// The bits of a word, given its folded hash (Word::hash, foldedHash()); 0 when unknown.
    quint8 bits(quint64 hash) const
    {
        if (!m_slots)
            return 0;
        const quint32 fingerprint = fingerprintOf(hash);
        for (quint32 i = quint32(hash >> 40) & m_mask;; i = (i + 1) & m_mask) {
            const quint32 s = qFromLittleEndian<quint32>(m_slots + std::size_t(i) * 4);
            if (s == 0)
                return 0;
            if (s >> 8 == fingerprint)
                return quint8(s);
        }
    }
    quint32 size() const { return m_count; }
    /// The table as loaded (empty when none is).
    const QByteArray &bytes() const { return m_bytes; }

private:
    static quint32 fingerprintOf(quint64 hash)
    {
        const quint32 f = quint32(hash >> 8) & 0xffffff;
        return f ? f : 1;
    }

    QByteArray m_bytes;
    const uchar *m_slots = nullptr; ///< not necessarily aligned: read with qFromLittleEndian
    quint32 m_mask = 0;
    quint32 m_count = 0;
};

} // namespace Annalist
