# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later

annalist_add_test(sidecar_test SOURCES storage/sidecar_test.cpp)
annalist_add_test(annotationsession_test SOURCES storage/annotationsession_test.cpp)
annalist_add_test(outputguard_test SOURCES storage/outputguard_test.cpp)

# Saving under SIGKILL: a helper process that saves over and over, killed at random.
qt_add_executable(annalist_savechild storage/savechild.cpp storage/savechild.h)
target_link_libraries(annalist_savechild PRIVATE annalist_core)
annalist_add_test(crashsave_test SOURCES storage/crashsave_test.cpp storage/savechild.h)
target_compile_definitions(crashsave_test PRIVATE ANNALIST_SAVECHILD="$<TARGET_FILE:annalist_savechild>")
add_dependencies(crashsave_test annalist_savechild)
