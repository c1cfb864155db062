// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include "store/database.h"

namespace gd::sqlite {

/**
 * The store's way to a Database's SQLite connection. A store-internal header (store/sqlite/):
 * the repositories, the checks and the tests include it; core, ui and app files may not
 * (tests/architecture/check_layers.sh), and cannot compile it, since only the store links
 * Qt6::Sql.
 */
struct DatabaseAccess
{
    static const QString &connectionName(const Database &db) { return db.m_connectionName; }
};

/** The named connection @p db owns; a lookup by name, no query. */
inline QSqlDatabase connection(const Database &db)
{
    return QSqlDatabase::database(DatabaseAccess::connectionName(db), false);
}

} // namespace gd::sqlite
