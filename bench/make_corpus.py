#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Writes invented news articles for the benchmarks, the same bytes for the
# same arguments (a seeded generator; no data from outside).
#
#   bench/make_corpus.py --articles 10000 --out DIR      # DIR/article-00000.txt …, 3–8 KB each
#   bench/make_corpus.py --megabytes 10 --out FILE.txt   # one long article
#
# Each article is a headline, a dateline and paragraphs of sentences filled
# in from templates: invented people with titles, places, organisations with
# acronyms, dates in the forms newspapers write them, numbers, quotes and
# plain prose, so that recognition, the temporal tagger and event extraction
# all have work to do.

import argparse
import os
import random
import sys

FIRST = ["Ilsa", "Marek", "Tovan", "Sefa", "Orla", "Benedek", "Yarin", "Caspia", "Doran", "Mirela",
         "Anwe", "Petrik", "Lusane", "Kestrin", "Halvor", "Zemira", "Odile", "Rasmo", "Tiavo", "Greta"]
LAST = ["Varnholt", "Quelling", "Ostrava-Mey", "Dunmere", "Kaleski", "Marbeck", "Sorvino", "Altherr",
        "Penwick", "Ruzdak", "Lindqvarn", "Tesselo", "Ombrave", "Haskeld", "Corvane", "Belmiro"]
TITLES = ["Mayor", "Minister", "Ambassador", "Dr.", "Senator", "Director", "Judge", "Professor", "General"]
PLACES = ["Veloria", "Port Casimir", "Lirano", "Dunhaven", "Marrow Bay", "Ostreva", "Kelmark",
          "the Sundar Valley", "New Alder", "Tarvis", "Upper Brenmoor", "Esk Harbour", "Quillon"]
ORGS = [("Veloria Grain Board", "VGB"), ("Northern Rail Authority", "NRA"),
        ("Council of Coastal Towns", "CCT"), ("Institute for Water Research", "IWR"),
        ("Harbour Workers Union", "HWU"), ("Kelmark Savings Bank", "KSB"),
        ("Ministry of Public Works", None), ("Tarvis Medical Centre", None), ("Dunhaven Herald", None)]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
VERBS = ["said", "announced", "told reporters", "stressed", "noted", "warned", "confirmed", "added"]
TOPICS = ["the new ferry line", "water rationing", "the grain harvest", "the bridge repairs",
          "energy prices", "the rail tunnel", "school budgets", "the coastal defences", "housing rents"]
PROSE = [
    "Officials expect the talks to continue next week.",
    "The plan still needs the approval of the regional assembly.",
    "Critics argue that the timetable is too ambitious and the budget too small.",
    "Residents said they had not been asked before the work began.",
    "The figures showed that unemployment fell slightly for the second month in a row.",
    "Heavy rain flooded several roads and left thousands of homes without power.",
    "Some of the money will go to clinics in rural districts, where services remain poor.",
    "It is not yet clear whether the measures will be enough.",
    "Analysts said much will depend on how quickly the new rules are put into practice.",
    "The company said it would cut about 300 jobs over the next two years.",
    "Farmers welcomed the decision after years of waiting for a reliable supply of water.",
    "Negotiators worked late into the night, and several details are still open.",
]


def person(r):
    return r.choice(FIRST) + " " + r.choice(LAST)


def day(r):
    """A date that reads after "on": "4 May 2021", "May 4, 2021", "Tuesday"."""
    d = r.randint(1, 28)
    month = r.choice(MONTHS)
    year = r.randint(1988, 2026)
    return r.choice([f"{d} {month} {year}", f"{month} {d}, {year}", r.choice(WEEKDAYS),
                     f"{year}-{r.randint(1, 12):02d}-{d:02d}"])


def when(r):
    """A time expression that stands alone: "last Tuesday", "in the spring of 2017"."""
    year = r.randint(1988, 2026)
    return r.choice([f"on {day(r)}", f"in {r.choice(MONTHS)} {year}", f"last {r.choice(WEEKDAYS)}", f"in {year}",
                     f"in the spring of {year}", "yesterday", f"in early {r.choice(MONTHS)}",
                     f"in the {r.choice(['1990s', '2000s', '2010s'])}"])


def sentence(r):
    org, acronym = r.choice(ORGS)
    k = r.randrange(12)
    if k == 0:
        return f"On {day(r)}, {r.choice(TITLES)} {person(r)} {r.choice(VERBS)} in {r.choice(PLACES)} that {r.choice(TOPICS)} would be discussed."
    if k == 1:
        return f"\"We have made progress on {r.choice(TOPICS)},\" {person(r)} {r.choice(VERBS)}, according to the {org}."
    if k == 2 and acronym:
        return f"The {org} ({acronym}) met in {r.choice(PLACES)} {when(r)} with {r.randint(12, 480)} delegates."
    if k == 3:
        return f"{person(r)}, who leads the {org}, visited {r.choice(PLACES)} from {r.randint(1990, 2010)} until {r.randint(2011, 2025)}."
    if k == 4:
        return f"Prices rose by {r.randint(2, 40)}% between {r.choice(MONTHS)} and {r.choice(MONTHS)}, the {org} reported on {r.choice(WEEKDAYS)}."
    if k == 5:
        return f"{r.choice(TITLES)} {person(r)} and {person(r)} signed the {r.choice(PLACES)} Accord {when(r)}."
    return r.choice(PROSE)


def article(r, size):
    place = r.choice(PLACES)
    month = r.choice(MONTHS)
    parts = [f"{r.choice(TOPICS).capitalize()} in {place}: {person(r)} speaks", "",
             f"{place.upper()}, {month} {r.randint(1, 28)} -- "]
    length = sum(len(p) + 1 for p in parts)
    paragraph = []
    while length < size:
        s = sentence(r)
        paragraph.append(s)
        length += len(s) + 1
        if len(paragraph) >= r.randint(3, 6):
            parts[-1] += " ".join(paragraph)
            parts.append("")
            paragraph = []
    if paragraph:
        parts[-1] += " ".join(paragraph)
    return "\n\n".join(p for p in parts if p) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, help="write this many articles of 3–8 KB into the folder --out")
    ap.add_argument("--megabytes", type=float, help="write one article of this size to the file --out")
    ap.add_argument("--seed", type=int, default=26)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    r = random.Random(a.seed)
    if a.megabytes:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(article(r, int(a.megabytes * 1_000_000)))
    elif a.articles:
        os.makedirs(a.out, exist_ok=True)
        for i in range(a.articles):
            with open(os.path.join(a.out, f"article-{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(article(r, r.randint(3000, 8000)))
    else:
        sys.exit("make_corpus.py: give --articles N or --megabytes M")


if __name__ == "__main__":
    main()
