// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace gd::schema {

/** The SQL statements that take a database from schema @p from to @p from + 1. */
QStringList migrationStep(int from);

} // namespace gd::schema
