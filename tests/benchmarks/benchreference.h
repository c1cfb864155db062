// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The references grantdesk-bench sets beside its figures: the very statements the store ran
// (caught with sqlite3_trace_v2 on the Database's connection, values bound in) run again in
// raw SQLite on a connection of its own; and `openssl dgst` on the same bytes.
#include <QStringList>

struct sqlite3;

namespace gd {
class Database;
}

namespace gd::bench {

/** Catches every statement the connection of @p db runs while it lives (SQLite only). */
class SqlTrace final
{
    Q_DISABLE_COPY_MOVE(SqlTrace)

public:
    explicit SqlTrace(const Database &db);
    ~SqlTrace();
    bool active() const { return m_handle != nullptr; }
    /** The statements caught since the last take(), in order, with their values. */
    QStringList take();

private:
    static int onStatement(unsigned kind, void *self, void *statement, void *unused);
    sqlite3 *m_handle = nullptr;
    QStringList m_statements;
};

/** A read-only raw SQLite connection to a file, timing statements run to their last row. */
class RawSqlite final
{
    Q_DISABLE_COPY_MOVE(RawSqlite)

public:
    /** Opens @p path; openMs() is what sqlite3_open_v2 and reading the schema took. */
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    bool ok() const { return m_db != nullptr; }
    double openMs() const { return m_openMs; }
    /** Milliseconds to run @p statements once, every row stepped and every column read;
     *  -1 when one fails. */
    double run(const QStringList &statements);
    /** The median of @p runs runs after one that warms the caches. */
    double median(const QStringList &statements, int runs = 5);

private:
    sqlite3 *m_db = nullptr;
    double m_openMs = 0;
};

} // namespace gd::bench
