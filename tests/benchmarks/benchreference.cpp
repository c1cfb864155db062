// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchreference.h"

#include <sqlite3.h>

#include <QElapsedTimer>
#include <QSqlDriver>

#include "benchreport.h"
#include "store/database.h"
#include "store/sql/connection.h"

namespace gd::bench {

SqlTrace::SqlTrace(const Database &db)
{
    const QVariant handle = sql::connection(db).driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    sqlite3_trace_v2(
        m_handle, SQLITE_TRACE_STMT,
        [](unsigned kind, void *self, void *statement, void *unused) {
            return onStatement(kind, self, statement, unused);
        },
        this);
}

SqlTrace::~SqlTrace()
{
    if (m_handle)
        sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
}

int SqlTrace::onStatement(unsigned, void *self, void *statement, void *unused)
{
    // The text of a trigger's statements comes as a "-- " comment: they run with their
    // statement, so they are not run again.
    if (static_cast<const char *>(unused)[0] == '-' && static_cast<const char *>(unused)[1] == '-')
        return 0;
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql)
        static_cast<SqlTrace *>(self)->m_statements << QString::fromUtf8(sql);
    sqlite3_free(sql);
    return 0;
}

QStringList SqlTrace::take()
{
    return std::exchange(m_statements, {});
}

RawSqlite::RawSqlite(const QString &path)
{
    QElapsedTimer t;
    t.start();
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(m_db);
        m_db = nullptr;
        return;
    }
    sqlite3_exec(m_db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    m_openMs = t.nsecsElapsed() / 1e6;
}

RawSqlite::~RawSqlite()
{
    sqlite3_close(m_db);
}

double RawSqlite::run(const QStringList &statements)
{
    QElapsedTimer t;
    t.start();
    for (const QString &sql : statements) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &stmt, nullptr) != SQLITE_OK)
            return -1;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c)
                sqlite3_column_text(stmt, c);
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return -1;
    }
    return t.nsecsElapsed() / 1e6;
}

double RawSqlite::median(const QStringList &statements, int runs)
{
    if (run(statements) < 0)
        return -1;
    QList<double> times;
    for (int i = 0; i < runs; ++i)
        times << run(statements);
    return quantile(times, 0.5);
}

} // namespace gd::bench
