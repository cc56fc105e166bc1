# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(exportdate_test SOURCES export/exportdate_test.cpp)
annalist_add_test(exporters_test SOURCES export/exporters_test.cpp export/exportfixture.h)
annalist_add_test(jsonwriter_test SOURCES export/jsonwriter_test.cpp)
annalist_add_test(exportcommand_test SOURCES export/exportcommand_test.cpp)
target_compile_definitions(exportcommand_test PRIVATE ANNALIST_EXECUTABLE="$<TARGET_FILE:annalist>"
                           ANNALIST_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
add_dependencies(exportcommand_test annalist)

# Real consumers read what the real command writes, and the golden files:
# Python's csv module, icalendar (python3-icalendar), json, html.parser, XML.
find_program(ANNALIST_PYTHON3 python3 REQUIRED)
if(ANNALIST_PYTHON3)
    add_test(NAME export_consumers
             COMMAND ${ANNALIST_PYTHON3} ${CMAKE_CURRENT_SOURCE_DIR}/export/consumers.py
                     --annalist $<TARGET_FILE:annalist>
                     --golden ${ANNALIST_TEST_DATA}/export/golden
                     --article ${CMAKE_SOURCE_DIR}/resources/samples/cica-astana-2024.txt)
    set_tests_properties(export_consumers PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_LOGGING_RULES=qt.qpa.*=false"
        TIMEOUT 300)
endif()
annalist_add_test(timelineorder_test SOURCES export/timelineorder_test.cpp)
