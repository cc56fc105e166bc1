#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the learned recognizer's English lexicon from Debian's WordNet and word list.

usage: gen_lexicon.py WORDNET_DIR WORD_LIST OUT_FILE

WORDNET_DIR is wordnet-base's /usr/share/wordnet, WORD_LIST a word list with
one word per line (wamerican-large's /usr/share/dict/american-english-large).

What a dictionary knows of a word is what tells a name from a capitalized
ordinary word in text nobody listed the names of: "Reports" at the start of
a sentence is a common word, "Kilimanjaro" is a place, "Ostravel" is nothing the
dictionary knows. Each word gets a byte of bits (EnglishLexicon::Bit in
recognize/englishlexicon.h):

  1  Lower      written in lower case in either source ("report", "reports")
  2  Capital    written capitalized in either source ("Mozart", "Kilimanjaro")
  4  Person     a word of a capitalized WordNet noun of the person category
  8  Place      ... of the location category, or a natural object ("Kilimanjaro")
  16 Group      ... of the group category (organizations, peoples, bands)
  32 OtherName  ... of any other noun category ("Olympics", "Bible")
  64 Whole      one of the four above is a whole one-word noun, not a part
  128 Adjective a capitalized WordNet adjective ("Icelandic", "Victorian")

Output: the hash table the program reads in place (EnglishLexicon::load()),
the same bytes on every run:

  8 bytes   "ANLEX1\\n\\0"
  4 bytes   the number of slots, a power of two (little endian)
  4 bytes   the number of words
  4 bytes   per slot: 0 when free, else the word's fingerprint << 8 | its bits

A word's slot is found from the program's case-folded hash of it (FNV-1a over
its UTF-16 code units, foldedHash()): the table index is bits 40 and up of
the hash, the fingerprint bits 8-31 (1 when those are 0), and a taken slot
sends the search on to the next. Only words of ASCII letters, apostrophes,
hyphens and full stops are kept, so that folding is lower-casing ASCII.
"""
import os
import re
import struct
import sys

MAGIC = b'ANLEX1\n\0'
FNV_OFFSET = 14695981039346656037
FNV_PRIME = 1099511628211


def folded_hash(word):
    h = FNV_OFFSET
    for c in word.lower():
        h = ((h ^ ord(c)) * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return h


def table(bits):
    slots = 16
    while slots < 2 * len(bits):
        slots *= 2
    mask = slots - 1
    out = [0] * slots
    for word in sorted(bits):
        h = folded_hash(word)
        fingerprint = (h >> 8) & 0xFFFFFF or 1
        i = (h >> 40) & mask
        while out[i] and out[i] >> 8 != fingerprint:
            i = (i + 1) & mask
        out[i] = fingerprint << 8 | (out[i] & 0xFF) | bits[word]
    return MAGIC + struct.pack('<II', slots, len(bits)) + struct.pack('<%dI' % slots, *out)

LOWER, CAPITAL, PERSON, PLACE, GROUP, OTHER, WHOLE, ADJECTIVE = (1 << k for k in range(8))
# WordNet's lexicographer files (lexnames): 15 noun.location, 17 noun.object
# (rivers, mountains, islands), 18 noun.person, 14 noun.group.
CATEGORY = {'15': PLACE, '17': PLACE, '18': PERSON, '14': GROUP}
WORD = re.compile(r"^[A-Za-z][A-Za-z'.\-]*$")


def add(bits, word, b):
    if WORD.match(word):
        key = word.lower()
        bits[key] = bits.get(key, 0) | b


def read_data(path, bits, noun):
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            if line.startswith(' '):
                continue  # the licence at the top
            fields = line.split(' ')
            lexfile = fields[1]
            count = int(fields[3], 16)
            for k in range(count):
                lemma = fields[4 + 2 * k]
                lemma = re.sub(r'\([a-z]+\)$', '', lemma)  # adjective markers "(a)", "(p)"
                parts = [p for p in lemma.split('_') if p]
                capital = any(p[0].isupper() for p in parts)
                if not capital:
                    for p in parts:
                        add(bits, p, LOWER)
                    continue
                if not noun:
                    if len(parts) == 1:
                        add(bits, parts[0], ADJECTIVE | CAPITAL)
                    continue
                category = CATEGORY.get(lexfile, OTHER)
                for p in parts:
                    if p[0].isupper():
                        add(bits, p, CAPITAL | category | (WHOLE if len(parts) == 1 else 0))
                    else:
                        add(bits, p, LOWER)


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    wordnet, wordlist, out = sys.argv[1:]
    bits = {}
    for pos, noun in (('noun', True), ('verb', False), ('adj', False), ('adv', False)):
        read_data(os.path.join(wordnet, 'data.' + pos), bits, noun)
    with open(wordlist, encoding='utf-8', errors='replace') as f:
        for line in f:
            w = line.strip()
            if w.endswith("'s"):
                w = w[:-2]
            if w:
                add(bits, w, CAPITAL if w[0].isupper() else LOWER)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out + '.tmp', 'wb') as f:
        f.write(table(bits))
    os.replace(out + '.tmp', out)


if __name__ == '__main__':
    main()
