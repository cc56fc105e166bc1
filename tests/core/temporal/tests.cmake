# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(temporaltagger_test SOURCES temporal/temporaltagger_test.cpp)
annalist_add_test(eventextractor_test SOURCES temporal/eventextractor_test.cpp)
annalist_add_test(timexvalue_test SOURCES temporal/timexvalue_test.cpp)
annalist_add_test(timelinegolden_test SOURCES temporal/timelinegolden_test.cpp)
target_compile_definitions(timelinegolden_test PRIVATE ANNALIST_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
annalist_add_test(eventlabels_test SOURCES temporal/eventlabels_test.cpp)
