# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DOUTPUT=FILE -P embedded-data.cmake
# Writes the notices of the data compiled into the program at build time
# (app/core/recognize: countries, regions and currencies from iso-codes, the
# English lexicon from WordNet and the SCOWL word list, the towns from
# GeoNames): what comes from each
# package, then that package's Debian copyright file as this machine has it.
# Run at every build, since those files are not sources; the file is
# rewritten only when its text changes.

set(text "Data compiled into the annalist program at build time, and where it comes from.\n\n"
    "* iso-codes: the names of countries, their regions and currencies (the gazetteer).\n"
    "* wordnet-base (WordNet 3.0) and wamerican-large (SCOWL): which English words are\n"
    "  ordinary, capitalized, or part of a name of a person, a place or a group (the\n"
    "  learned name recognizer's lexicon; only these facts of each word are kept).\n"
    "* libgeonames-common (GeoNames, geonames.org, CC BY 4.0): the English names of the\n"
    "  world's towns of more than 15,000 people (the gazetteer).\n\n"
    "Their copyright files follow, as Debian ships them.\n")
foreach(package iso-codes wordnet-base wamerican-large libgeonames-common)
    set(copyright /usr/share/doc/${package}/copyright)
    if(EXISTS ${copyright})
        file(READ ${copyright} body)
        string(APPEND text "\n==== ${package} (${copyright}) ====\n\n${body}")
    else()
        string(APPEND text "\n==== ${package} ====\n\n${copyright} was not on the machine that built this program.\n")
    endif()
endforeach()
set(old "")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
    file(WRITE "${OUTPUT}" "${text}")
endif()
