# SPDX-License-Identifier: GPL-3.0-or-later
# grantdesk_add_guide(TARGET): the officer's guide (docs/guide: the text in each language and
# the pictures scripts/guide-screenshots.sh takes) as resources under :/guide, for
# Help → Officer's Guide offline. Only the GUI program and the guide's test carry it (about
# 4 MB), not every GUI test.
function(grantdesk_add_guide target)
    file(GLOB guide_files CONFIGURE_DEPENDS
         ${PROJECT_SOURCE_DIR}/docs/guide/*.md ${PROJECT_SOURCE_DIR}/docs/guide/images/*/*.png)
    qt_add_resources(${target} "grantdesk_guide" PREFIX "/guide"
                     BASE ${PROJECT_SOURCE_DIR}/docs/guide FILES ${guide_files})
endfunction()
