# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(anchoring_test SOURCES annotations/anchoring_test.cpp)
annalist_add_test(annotateddocument_test SOURCES annotations/annotateddocument_test.cpp annotations/testdocument.h)
annalist_add_test(lexicon_test SOURCES annotations/lexicon_test.cpp)
