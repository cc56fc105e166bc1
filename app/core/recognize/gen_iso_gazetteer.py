#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the country, subdivision and currency lists from Debian's iso-codes data.

usage: gen_iso_gazetteer.py ISO_CODES_JSON_DIR OUT_DIR [WORD_LIST [WORDNET_DATA_NOUN]]

Output format (shared with the curated lists in resources/gazetteers/): one
entity per line, its names separated by '|', the first being the canonical
one. Names of the form "Korea, Republic of" keep only the part before the
comma, which is how news text names them. currencies.txt lists the ISO 4217
codes ("EUR"), one per line: all-capitals words that are not acronyms of
organizations.

A name written with diacritics gets its plain spelling as a second name, as
English news writes most of them ("Haryāna" is "Haryana", "Curaçao"
"Curacao"), unless the plain spelling is an English word that WORD_LIST (one
word a line) knows in lower case ("Réunion" is no "reunion"); for a
subdivision's name of one word, unless the list knows the word at all
("Loṙi" is no "Lori", which is a given name) and WordNet (its data.noun,
WORDNET_DATA_NOUN) does not know it as a place ("Mahārāshtra" is
"Maharashtra", a state of India to WordNet).
"""
import json
import os
import sys
import unicodedata


def short(name):
    return name.split(',')[0].strip() if ', ' in name else name.strip()


def plain(name, ordinary):
    """The name without its diacritics, or None when that is no new name."""
    folded = ''.join(c for c in unicodedata.normalize('NFKD', name) if not unicodedata.combining(c))
    if folded == name or not folded.isascii() or folded.lower() in ordinary:
        return None
    return folded


def main():
    if len(sys.argv) not in (3, 4, 5):
        sys.exit(__doc__)
    src, out = sys.argv[1], sys.argv[2]
    ordinary = set()
    known = set()
    if len(sys.argv) >= 4:
        with open(sys.argv[3], encoding='utf-8') as f:
            listed = [w.strip() for w in f if w.strip()]
        ordinary = {w for w in listed if w[0].islower()}
        known = {w.lower() for w in listed}
    if len(sys.argv) == 5:
        # A data line: offset, lexicographer file, "n", the number of words
        # (hexadecimal), then each word and its lexical id. File 15 is
        # noun.location.
        places = set()
        with open(sys.argv[4], encoding='utf-8') as f:
            for line in f:
                fields = line.split()
                if line.startswith(' ') or len(fields) < 4 or fields[1] != '15':
                    continue
                for k in range(int(fields[3], 16)):
                    places.add(fields[4 + 2 * k].replace('_', ' ').lower())
        # (Never an ordinary word: "Colón" is no "colon".)
        known = (known - places) | {w.lower() for w in ordinary}
    with open(os.path.join(src, 'iso_3166-1.json'), encoding='utf-8') as f:
        countries = json.load(f)['3166-1']
    with open(os.path.join(src, 'iso_3166-2.json'), encoding='utf-8') as f:
        subdivisions = json.load(f)['3166-2']

    os.makedirs(out, exist_ok=True)
    lines = []
    for c in countries:
        names = []
        for key in ('common_name', 'name', 'official_name'):
            if key in c:
                n = short(c[key])
                if n and n not in names:
                    names.append(n)
        for n in list(names):
            p = plain(n, ordinary)
            if p and p not in names:
                names.append(p)
        lines.append('|'.join(names))
    with open(os.path.join(out, 'countries.txt'), 'w', encoding='utf-8') as f:
        f.write('# generated from iso-codes (ISO 3166-1); do not edit\n')
        f.write('\n'.join(sorted(set(lines))) + '\n')

    names = set()
    for s in subdivisions:
        n = short(s['name'])
        # Names carrying a language tag or a slash are bilingual labels.
        if '(' in n or '/' in n or '[' in n:
            continue
        p = plain(n, known if ' ' not in n else ordinary)
        names.add(n + '|' + p if p else n)
    with open(os.path.join(out, 'subdivisions.txt'), 'w', encoding='utf-8') as f:
        f.write('# generated from iso-codes (ISO 3166-2); do not edit\n')
        f.write('\n'.join(sorted(names)) + '\n')

    with open(os.path.join(src, 'iso_4217.json'), encoding='utf-8') as f:
        currencies = json.load(f)['4217']
    codes = sorted({c['alpha_3'] for c in currencies if len(c.get('alpha_3', '')) == 3})
    with open(os.path.join(out, 'currencies.txt'), 'w', encoding='utf-8') as f:
        f.write('# generated from iso-codes (ISO 4217); do not edit\n')
        f.write('\n'.join(codes) + '\n')


if __name__ == '__main__':
    main()
