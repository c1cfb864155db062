// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sql/dialect.h"

namespace gd::sqlite {

/**
 * The search_grams document of a search body: every distinct substring of one or two
 * characters (ASCII letters folded, none across whitespace), each spelled as one token.
 * The bench set's generator writes the table with it too.
 */
QString gramDocument(const QString &body);

/**
 * The SQLite spellings (store/sql/dialect.h): json_each and json_extract, sqlite_schema, and
 * search through two FTS5 tables: "search" (trigram) answers terms of three or more
 * characters, "search_grams" every substring of one or two, as one token each.
 */
class SqliteDialect final : public sql::Dialect
{
public:
    QString inJsonArray(const QString &column) const override;
    QString jsonKeyIsTrue(const QString &column, const QString &key) const override;
    Status lockAuditChain(const QSqlDatabase &db) const override;
    Status continueKeys(const QSqlDatabase &db, const QString &table,
                        const QString &key) const override;
    bool hasTable(const QSqlDatabase &db, const QString &name) const override;
    sql::SearchCondition search(const QStringList &terms, bool latestOnly) const override;
    Status indexForSearch(sql::Statements &st, qint64 versionPk, const QString &body,
                          bool latest) const override;
    Status markLatestForSearch(sql::Statements &st, const QString &appId) const override;
};

} // namespace gd::sqlite
