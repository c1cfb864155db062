// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QSqlQuery>

#include "core/result.h"

namespace gd {

/** The error of a failed query, in SQLite's own words where it gave some. */
inline Error queryError(const QSqlQuery &query, const QString &where = QStringLiteral("database"))
{
    const QSqlError e = query.lastError();
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
