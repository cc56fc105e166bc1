#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

"""Writes the list of the world's towns from Debian's GeoNames data.

usage: gen_town_gazetteer.py GEONAMES_MO OUT_FILE WORD_LIST

GEONAMES_MO is libgeonames-common's English catalogue
(/usr/share/locale/en/LC_MESSAGES/geonames.mo): GeoNames' towns and cities
of more than 15,000 people (CC BY 4.0, geonames.org), each under its
GeoNames number, with their English names. WORD_LIST is a word list with
one word per line (wamerican-large's /usr/share/dict/american-english-large).

Output: one town per line in the format of resources/gazetteers/, its names
separated by '|': the name as GeoNames writes it, and its plain spelling
when it has diacritics ("Würzburg|Wurzburg"). Left out, because the list
alone cannot tell them from something else:
  - a name of one word that the word list knows in lower case ("Reading",
    "Mobile", "Of"): an ordinary word capitalized;
  - names with digits ("Marseille 01"), which are districts.
A bracketed part is dropped ("Frankfurt (Oder)" is "Frankfurt"), names
joined by '/' are two names ("Biel/Bienne"), and "Burgdorf, Hanover" keeps
its part before the comma, as the countries' list does.
"""
import gettext
import os
import re
import sys

sys.dont_write_bytecode = True  # (no __pycache__ in the source tree)
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_iso_gazetteer import plain, short  # noqa: E402


def names_of(raw):
    raw = re.sub(r'\s*\([^)]*\)', '', raw)
    out = []
    for part in raw.split('/'):
        name = short(part)
        if name and not any(c.isdigit() for c in name) and name not in out:
            out.append(name)
    return out


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    mo, out, word_list = sys.argv[1:]
    with open(word_list, encoding='utf-8') as f:
        ordinary = {w.strip() for w in f if w.strip() and w[0].islower()}
    with open(mo, 'rb') as f:
        catalogue = gettext.GNUTranslations(f)._catalog
    lines = set()
    # Populated places are under their GeoNames number; "US.NY" and "US"
    # are regions and countries, which iso-codes names.
    for key, value in catalogue.items():
        if not isinstance(key, str) or not key.isdigit():
            continue
        names = []
        for name in names_of(value):
            if ' ' not in name and name.lower() in ordinary:
                continue
            names.append(name)
            p = plain(name, ordinary)
            if p and p not in names:
                names.append(p)
        if names:
            lines.add('|'.join(names))
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, 'w', encoding='utf-8') as f:
        f.write('# generated from GeoNames (geonames.org, CC BY 4.0) as Debian packages it; do not edit\n')
        f.write('\n'.join(sorted(lines)) + '\n')


if __name__ == '__main__':
    main()
