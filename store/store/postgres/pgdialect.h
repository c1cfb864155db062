// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/sql/dialect.h"

namespace gd::postgres {

/**
 * The PostgreSQL spellings (store/sql/dialect.h): json_array_elements_text and ->>, the
 * catalogue's to_regclass, and search through search_bodies, whose pg_trgm index answers
 * LIKE '%term%' for every term length (short terms and punctuation included: the index
 * proposes rows and every row is checked against the pattern).
 */
class PgDialect final : public sql::Dialect
{
public:
    QString inJsonArray(const QString &column) const override;
    QString jsonKeyIsTrue(const QString &column, const QString &key) const override;
    Status lockAuditChain(const QSqlDatabase &db) const override;
    Status continueKeys(const QSqlDatabase &db, const QString &table,
                        const QString &key) const override;
    bool hasTable(const QSqlDatabase &db, const QString &name) const override;
    sql::SearchCondition search(const QSqlDatabase &db, const QStringList &terms,
                                bool latestOnly) const override;
    Status indexForSearch(sql::Statements &st, qint64 versionPk, const QString &appId,
                          const QString &body, bool latest) const override;
    Status markLatestForSearch(sql::Statements &st, const QString &appId) const override;
};

} // namespace gd::postgres
