// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>

#include "core/result.h"
#include "store/databasefile.h"

// A store-internal header (store/sqlite/): what the SQLite implementation makes of Qt SQL's
// errors. Core, ui and app files may not include it (tests/architecture/check_layers.sh).

namespace gd::dbfile {

/** True for SQLite errors about the file rather than the query: full, locked, read-only,
 * damaged, permission or input/output. */
bool isStorageProblem(const QSqlError &error);
/** The cause of a storage problem, in the UI language, naming @p file. */
QString describe(const QSqlError &error, const QString &file);

} // namespace gd::dbfile

namespace gd {

/**
 * The error of a failed query, in SQLite's own words where it gave some; a problem of the file
 * (disk full, read-only, locked, damaged) names the file and the cause in the UI language and
 * is noted, so that the command line exits 3.
 */
inline Error errorOf(const QSqlError &e, const QString &where = QStringLiteral("database"))
{
    if (dbfile::isStorageProblem(e)) {
        dbfile::noteStorageProblem();
        return Error{where, dbfile::describe(e, dbfile::currentFile())};
    }
    return Error{where, (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed()};
}

/** errorOf() of @p query's last error. */
inline Error queryError(const QSqlQuery &query, const QString &where = QStringLiteral("database"))
{
    return errorOf(query.lastError(), where);
}

/** Prepares @p sql, binds @p values in order and runs it; false (see queryError) if not. */
inline bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {})
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : values)
        query.addBindValue(v);
    return query.exec();
}

} // namespace gd
