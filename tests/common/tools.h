// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStandardPaths>
#include <QTest>

/**
 * Fails the test when a command-line tool it checks with is missing. The README's test
 * command installs every one of them (scripts/install-deps.sh), so a missing tool is a
 * broken machine, not a reason to pass by skipping.
 */
#define GD_REQUIRE_TOOL(name)                                                                      \
    do {                                                                                           \
        if (QStandardPaths::findExecutable(QStringLiteral(name)).isEmpty())                        \
            QFAIL(name " is needed for this test; scripts/install-deps.sh installs it");           \
    } while (false)
