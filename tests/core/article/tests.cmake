# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(loader_test SOURCES article/loader_test.cpp)
annalist_add_test(sentences_test SOURCES article/sentences_test.cpp)
annalist_add_test(htmlextractor_test SOURCES article/htmlextractor_test.cpp)
annalist_add_test(markdown_test SOURCES article/markdown_test.cpp)
annalist_add_test(textdecoder_test SOURCES article/textdecoder_test.cpp)
annalist_add_test(dateline_test SOURCES article/dateline_test.cpp)
annalist_add_test(htmlreader_test SOURCES article/htmlreader_test.cpp)
