// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>

#include "core/result.h"
#include "store/databasefile.h"

namespace gd {

/**
 * The error of a failed query, in SQLite's own words where it gave some; a problem of the file
 * (disk full, read-only, locked, damaged) names the file and the cause in the UI language and
 * is noted, so that the command line exits 3.
 */
inline Error queryError(const QSqlQuery &query, const QString &where = QStringLiteral("database"))
{
    const QSqlError e = query.lastError();
    if (dbfile::isStorageProblem(e)) {
        dbfile::noteStorageProblem();
        return Error{where, dbfile::describe(e, dbfile::currentFile())};
    }
    return Error{where, (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed()};
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
