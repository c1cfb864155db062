# SPDX-License-Identifier: GPL-3.0-or-later
# Precompiled headers: the Qt and standard headers nearly every file includes are parsed once
# per target instead of once per file, which takes about a third off a clean build (CI builds
# twice from scratch: Release and the sanitizer build).
#
# Only headers every layer may use are listed: no QtSql (SQL stays in store/store, and a
# precompiled QSqlQuery would let a file elsewhere use it without saying so) and no widgets
# outside the ui layer. Each file still includes what it uses: configure with
# -DGRANTDESK_PCH=OFF to check.
option(GRANTDESK_PCH "Use precompiled headers" ON)

set(GRANTDESK_PCH_CORE
    <algorithm> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLocale> <QObject>
    <QRegularExpression> <QSet> <QString> <QStringList> <QVariant>)
set(GRANTDESK_PCH_WIDGETS
    <QAction> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout>
    <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QMessageBox> <QPlainTextEdit>
    <QPushButton> <QTableWidget> <QVBoxLayout> <QWidget>)

set(GRANTDESK_PCH_TEST <QTemporaryDir> <QTest>)

# grantdesk_mocs_without_pch(TARGET): TARGET's mocs_compilation.cpp is compiled without the
# precompiled header. AUTOMOC adds that file to every target for the moc output of headers no
# source file includes; in a program or test it holds nothing (a test includes its own
# "tst_x.moc"), but compiled with the precompiled header it still took 1.3 s to load 170 MB of
# it: about 100 s of CPU in each clean build, twice in CI. Only the libraries, whose headers
# declare their QObjects, keep it (their mocs_compilation.cpp includes dozens of moc files).
# A program that gains such a header still builds: its moc output includes what it needs.
function(grantdesk_mocs_without_pch target)
    get_target_property(dir ${target} AUTOGEN_BUILD_DIR)
    if(NOT dir)
        get_target_property(binary ${target} BINARY_DIR)
        set(dir ${binary}/${target}_autogen)
    endif()
    set_source_files_properties(${dir}/mocs_compilation.cpp TARGET_DIRECTORY ${target}
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()

# grantdesk_pch(TARGET core|widgets [TEST]): TARGET gets its own precompiled header.
function(grantdesk_pch target kind)
    if(NOT GRANTDESK_PCH)
        return()
    endif()
    set(headers ${GRANTDESK_PCH_CORE})
    if(kind STREQUAL "widgets")
        list(APPEND headers ${GRANTDESK_PCH_WIDGETS})
    endif()
    if("TEST" IN_LIST ARGN)
        list(APPEND headers ${GRANTDESK_PCH_TEST})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# grantdesk_pch_reuse(TARGET FROM): TARGET compiles with FROM's precompiled header, so the
# fifty test executables share two headers instead of building one each.
# A shared precompiled header needs the same macros in every target that uses it. Qt's Test
# module defines QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR per folder, only for
# QFINDTESTDATA, which the tests do not use (they find their data through
# GRANTDESK_TEST_DATA), so they are undefined in the targets that share it.
function(grantdesk_pch_reuse target from)
    if(GRANTDESK_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
        grantdesk_mocs_without_pch(${target})
        target_compile_options(${target} PRIVATE
            -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)
    endif()
endfunction()

function(grantdesk_pch_shared target kind)
    grantdesk_pch(${target} ${kind} ${ARGN})
    if(GRANTDESK_PCH)
        grantdesk_mocs_without_pch(${target})
        target_compile_options(${target} PRIVATE -UQT_TESTCASE_BUILDDIR -UQT_TESTCASE_SOURCEDIR)
    endif()
endfunction()
