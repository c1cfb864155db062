// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A store-internal header (store/sql/).

#include <memory>
#include <optional>
#include <unordered_map>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace gd::sql {

/**
 * Statements prepared once per SQL text on one connection and run again with new values, for
 * write paths that repeat a handful of statements: parsing the SQL anew for every file was a
 * fifth of an import. The statement last run is query(), for its rows or its error; running
 * the next one, or finish(), resets it, so that no half-read statement keeps a read open.
 */
class Statements final
{
public:
    explicit Statements(QSqlDatabase db);
    Statements(const Statements &) = delete;
    Statements &operator=(const Statements &) = delete;

    /** Runs @p sql with @p values bound in order; false (see queryError(query())) if not. */
    bool run(const QString &sql, const QVariantList &values = {});
    QSqlQuery &query() { return *m_last; }
    void finish();

private:
    QSqlDatabase m_db;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    std::optional<QSqlQuery> m_failed; // a statement that would not prepare, for its error
    QSqlQuery *m_last = nullptr;
};

} // namespace gd::sql
