# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows recipe: an NSIS installer (and a ZIP) holding both programs, the Qt libraries
# and plugins windeployqt picks for them, and the other DLLs they load. Included from
# packaging/CMakeLists.txt only when WIN32. NOT BUILT OR TESTED on this project's machines
# (Debian only); README "Windows" gives the commands. Expected toolchain: MSVC 2022, Qt 6.5+
# from the Qt installer, and vcpkg for spdlog, openssl, libzip and sqlite3 (with
# pkgconf, for the pkg_check_modules in the top CMakeLists.txt).

# grantdesk.exe carries the icon.
target_sources(grantdesk PRIVATE ${CMAKE_CURRENT_LIST_DIR}/grantdesk.rc)

# Qt: windeployqt, run at install time, copies the Qt DLLs and plugins grantdesk.exe needs
# (platforms/qwindows, sqldrivers/qsqlite, styles, translations) next to it; grantdesk-cli.exe
# shares them (it sets QT_QPA_PLATFORM=offscreen itself, so qoffscreen.dll is copied too).
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET grantdesk OUTPUT_SCRIPT grantdesk_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET grantdesk FILENAME_VARIABLE grantdesk_deploy_script
                                  NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${grantdesk_deploy_script})
install(FILES "$<TARGET_FILE_DIR:Qt6::Core>/../plugins/platforms/qoffscreen.dll"
        DESTINATION ${CMAKE_INSTALL_BINDIR}/platforms OPTIONAL)

# Everything else both programs load (OpenSSL, libzip, zlib, sqlite3, spdlog, fmt): found
# in the vcpkg bin folder, Windows' own DLLs and Qt's (deployed above) left out.
set(GRANTDESK_WINDOWS_DLL_DIRS "" CACHE PATH
    "Folders holding the third-party DLLs, e.g. <vcpkg>/installed/x64-windows/bin")
install(TARGETS grantdesk grantdesk-cli RUNTIME_DEPENDENCY_SET grantdesk_runtime
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(RUNTIME_DEPENDENCY_SET grantdesk_runtime
        DIRECTORIES ${GRANTDESK_WINDOWS_DLL_DIRS}
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6" "^MSVCP" "^VCRUNTIME"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$"
        DESTINATION ${CMAKE_INSTALL_BINDIR})
# The MSVC runtime, so that no separate redistributable has to be installed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# The installer: Start menu entry, uninstaller, and .gdpkg opened by grantdesk.exe (which
# verifies a package given on its command line, as on Linux).
# Values reach the NSIS script as written here (one backslash is one backslash).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "GrantDesk")
set(CPACK_PACKAGE_EXECUTABLES "grantdesk;GrantDesk")
set(CPACK_NSIS_DISPLAY_NAME "GrantDesk")
set(CPACK_NSIS_PACKAGE_NAME "GrantDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/grantdesk.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/grantdesk.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\grantdesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${GRANTDESK_HOMEPAGE}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr HKCR ".gdpkg" "" "GrantDesk.Package"
  WriteRegStr HKCR "GrantDesk.Package" "" "GrantDesk review package"
  WriteRegStr HKCR "GrantDesk.Package\DefaultIcon" "" "$INSTDIR\bin\grantdesk.exe,0"
  WriteRegStr HKCR "GrantDesk.Package\shell\open\command" "" '"$INSTDIR\bin\grantdesk.exe" "%1"'
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegKey HKCR ".gdpkg"
  DeleteRegKey HKCR "GrantDesk.Package"
]=])
