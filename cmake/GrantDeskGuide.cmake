# SPDX-License-Identifier: GPL-3.0-or-later
# grantdesk_add_guide(TARGET): the officer's guide (docs/guide: the text in each language and
# the pictures scripts/guide-screenshots.sh takes) as resources under :/guide, for
# Help → Officer's Guide offline. Only the GUI program and the guide's test carry it (about
# 4 MB), not every GUI test.
#
# As a "big resource": rcc writes the data straight into an object file (Qt 6.4's
# qt_add_resources has no BIG_RESOURCES option). Compiled as a C array, the 4 MB took the
# compiler 15-17 s per target and configuration, four times in a run of the test command.
function(grantdesk_add_guide target)
    file(GLOB guide_files CONFIGURE_DEPENDS
         ${PROJECT_SOURCE_DIR}/docs/guide/*.md ${PROJECT_SOURCE_DIR}/docs/guide/images/*/*.png)
    # The .qrc below is XML that Qt's macro also scans with a regular expression, and is
    # written by file(CONFIGURE): a checkout path holding one of these characters takes the
    # slower path that Qt writes and escapes itself.
    if(PROJECT_SOURCE_DIR MATCHES "[&<>\"'@]")
        qt_add_resources(${target} "grantdesk_guide" PREFIX "/guide"
                         BASE ${PROJECT_SOURCE_DIR}/docs/guide FILES ${guide_files})
        return()
    endif()
    set(entries "")
    foreach(file IN LISTS guide_files)
        file(RELATIVE_PATH alias ${PROJECT_SOURCE_DIR}/docs/guide ${file})
        string(APPEND entries "    <file alias=\"${alias}\">${file}</file>\n")
    endforeach()
    set(qrc ${CMAKE_CURRENT_BINARY_DIR}/grantdesk_guide.qrc)
    file(CONFIGURE OUTPUT ${qrc} CONTENT
         "<RCC>\n  <qresource prefix=\"/guide\">\n${entries}  </qresource>\n</RCC>\n" @ONLY)
    qt_add_big_resources(guide_objects ${qrc})
    target_sources(${target} PRIVATE ${guide_objects})
endfunction()
