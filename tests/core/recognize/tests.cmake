# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(tokenizer_test SOURCES recognize/tokenizer_test.cpp)
annalist_add_test(recognizer_test SOURCES recognize/recognizer_test.cpp)
target_compile_definitions(recognizer_test PRIVATE ANNALIST_HAS_TOWNS=${ANNALIST_HAS_TOWNS})
annalist_add_test(nermodel_test SOURCES recognize/nermodel_test.cpp)
