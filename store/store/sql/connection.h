// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include "store/database.h"
#include "store/sql/dialect.h"

namespace gd::sql {

/**
 * The store's way to a Database's connection (SQLite or PostgreSQL) and to what its engine
 * spells differently. A store-internal header (store/sql/): the repositories, the checks and
 * the tests include it; core, ui and app files may not
 * (tests/architecture/check_layers.sh), and cannot compile it, since only the store links
 * Qt6::Sql.
 */
struct DatabaseAccess
{
    static const QString &connectionName(const Database &db) { return db.m_connectionName; }
    static const Dialect &dialect(const Database &db) { return *db.m_dialect; }
};

/** The named connection @p db owns; a lookup by name, no query. */
inline QSqlDatabase connection(const Database &db)
{
    return QSqlDatabase::database(DatabaseAccess::connectionName(db), false);
}

/** What the engine of @p db spells differently (store/sql/dialect.h). */
inline const Dialect &dialect(const Database &db)
{
    return DatabaseAccess::dialect(db);
}

} // namespace gd::sql
