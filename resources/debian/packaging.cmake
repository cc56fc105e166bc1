# SPDX-FileCopyrightText: 2026 The Annalist developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A Debian package of what `cmake --install` installs (scripts/package):
#   cmake --build BUILD --target package
# Dependencies come from dpkg-shlibdeps; the copyright file is generated from
# the REUSE information of the sources (LICENSES/, REUSE.toml and the SPDX
# lines of each file) by make-copyright.py, and a Debian changelog is written
# for this version.

set(ANNALIST_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/annalist)

find_package(Python3 COMPONENTS Interpreter)
find_program(ANNALIST_REUSE reuse)
set(copyright_file ${CMAKE_CURRENT_BINARY_DIR}/debian/copyright)
set(changelog_file ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog.Debian.gz)
if(Python3_Interpreter_FOUND AND ANNALIST_REUSE)
    add_custom_command(OUTPUT ${copyright_file}
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/make-copyright.py
                --source ${CMAKE_SOURCE_DIR} --reuse ${ANNALIST_REUSE} --output ${copyright_file}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/make-copyright.py ${CMAKE_SOURCE_DIR}/REUSE.toml
        COMMENT "Writing the Debian copyright file from the REUSE information"
        VERBATIM)
    add_custom_command(OUTPUT ${changelog_file}
        COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/make-changelog.py
                --version ${PROJECT_VERSION}-1
                --metainfo ${CMAKE_SOURCE_DIR}/resources/desktop/org.annalist.Annalist.metainfo.xml
                --output ${changelog_file}
        DEPENDS ${CMAKE_CURRENT_LIST_DIR}/make-changelog.py
                ${CMAKE_SOURCE_DIR}/resources/desktop/org.annalist.Annalist.metainfo.xml
        COMMENT "Writing the Debian changelog"
        VERBATIM)
    add_custom_target(annalist_debian_docs ALL DEPENDS ${copyright_file} ${changelog_file})
    install(FILES ${copyright_file} ${changelog_file} DESTINATION ${ANNALIST_DOC_DIR})
endif()

# The program embeds data generated at build time from other packages
# (app/core/recognize); their notices travel with it (embedded-data.cmake).
set(embedded_data_file ${CMAKE_CURRENT_BINARY_DIR}/debian/copyright.embedded-data)
add_custom_target(annalist_embedded_data_notices ALL
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${embedded_data_file} -P ${CMAKE_CURRENT_LIST_DIR}/embedded-data.cmake
    BYPRODUCTS ${embedded_data_file}
    COMMENT "Collecting the notices of the data compiled into the program"
    VERBATIM)
install(FILES ${embedded_data_file} DESTINATION ${ANNALIST_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME annalist)
set(CPACK_PACKAGE_VENDOR "The Annalist developers")
set(CPACK_PACKAGE_CONTACT "The Annalist developers <annalist-devel@kde.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "reader and annotator for news articles, with a timeline")
set(CPACK_PACKAGE_DESCRIPTION
"Annalist shows a news article (plain text, HTML or Markdown) with its people,
organisations, places, dates, documents and named events highlighted, and a
timeline of the dated events the article reports, each linked to its
sentence. Entities can be tagged by hand with undo; the annotations are kept
beside the article and survive small edits to its text. Timelines and
entities export to TimelineJS, CSV, Markdown, HTML, iCalendar, SVG, PNG, brat
and W3C Web Annotation, also from the command line.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The platform plugins the program cannot show a window without, and the
# SQLite driver of the library (annalist library, the Library dock): plugins
# that no library links, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite")
# The window icon (SVG) and a Wayland session, where they are installed.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-svg-plugins, qt6-wayland")
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)
