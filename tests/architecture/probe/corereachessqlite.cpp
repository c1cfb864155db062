// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled only by the ctest layers_build_refuses_sql, which passes when this does NOT compile:
// a file that links the store, as the core does, cannot use the store's SQLite connection,
// because Qt6::Sql is PRIVATE to grantdesk_store (docs/architecture.md §2).
#include "store/sql/connection.h"

int coreReachesSqlite();
