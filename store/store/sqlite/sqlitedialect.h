// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>

#include "store/sql/dialect.h"

namespace gd::sqlite {

/**
 * The search_grams document of a search body: every distinct substring of one or two
 * characters (ASCII letters folded, none across whitespace), each spelled as one token.
 * The bench set's generator writes the table with it too.
 */
QString gramDocument(const QString &body);

/**
 * The text the trigram table "search" holds of a version's search body @p body
 * (sql::searchBody): the body without its first line, the application's id @p appId. The ids
 * are searched in search_ids (idSuffixes): every id of a set shares its first characters
 * ("GZ-2026-", "BENCH-00"), and in the trigram table those made every row a match of each of
 * their trigrams, which a term like "BENCH-00099" read in full (78 ms at 1,000,000).
 */
QString trigramText(const QString &body, const QString &appId);

/**
 * The rows search_ids holds for the application @p appId: each suffix of its id three or more
 * characters long, ASCII folded, so that a term of three or more characters occurs in the id
 * exactly when it begins one of them (an index range).
 */
QStringList idSuffixes(const QString &appId);

/**
 * The form of @p term an application id can hold, as the trigram index would fold it (ASCII
 * letters, the Kelvin sign and the long s): empty when the term is shorter than three
 * characters or holds a character no id has (ids are A-Z, a-z, 0-9, "_" and "-").
 */
QString idTerm(const QString &term);

/**
 * Whether the trigram index folds every character of @p term as lower() folds it: ASCII
 * letters, and characters without case that no other character folds to (Chinese, digits,
 * punctuation). FTS5's trigram tokenizer also folds letters beyond ASCII ("É" to "é") and
 * folds the Kelvin sign and the long s to "k" and "s", which the text check replaces first.
 */
bool foldsAsLower(const QString &term);

/**
 * The four characters of @p term (a substring) found in the fewest rows of the trigram
 * index, when that is at most @p cap rows; empty otherwise. Each substring is counted up to
 * cap + 1 matches, so a common one costs little.
 */
QString rarestSubstring(const QSqlDatabase &db, const QString &term, int cap);

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
    sql::SearchCondition search(const QSqlDatabase &db, const QStringList &terms,
                                bool latestOnly) const override;
    Status indexForSearch(sql::Statements &st, qint64 versionPk, const QString &appId,
                          const QString &body, bool latest) const override;
    Status markLatestForSearch(sql::Statements &st, const QString &appId) const override;
    Status forEachRow(const QSqlDatabase &db, const QString &select, const QStringList &values,
                      const std::function<void(const sql::RowView &)> &visit) const override;

private:
    /**
     * rarestSubstring(), remembered for a term a short while: one search asks it for its first
     * rows, its counts and each page read on (about 3 ms each at 1,000,000). Any four characters of
     * a term find a superset of its rows, whose text is then checked: a stale choice costs time,
     * never rows.
     */
    QString rarestOf(const QSqlDatabase &db, const QString &term) const;
    /** The applications whose id holds @p id (idTerm()), counted up to a cap: remembered as
     *  rarestOf() is, unless none (an id stored since must be found). */
    qint64 idMatchesOf(const QSqlDatabase &db, const QString &id) const;

    struct Remembered
    {
        QString part;
        qint64 idMatches = -1;
        QDeadlineTimer until;
    };
    Remembered remembered(QHash<QString, Remembered> &cache, const QString &key,
                          const std::function<Remembered()> &find) const;
    mutable QMutex m_rarestLock; // the inbox's counter asks from its own thread
    mutable QHash<QString, Remembered> m_rarest;
    mutable QHash<QString, Remembered> m_idMatches;
};

} // namespace gd::sqlite
