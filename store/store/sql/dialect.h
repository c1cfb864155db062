// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include "core/result.h"
#include "domain/monitoringrecords.h"

class QSqlQuery;

namespace gd::sql {

class Statements;

/** One row of a bulk read (Dialect::forEachRow), each column read where the engine holds it. */
class RowView
{
public:
    virtual ~RowView() = default;
    /** The column as UTF-8 (a blob's bytes as they are), empty for NULL; valid until the
     *  next row. */
    virtual QByteArrayView utf8(int column) const = 0;
    virtual qint64 integer(int column) const = 0; // 0 for NULL
    virtual bool isNull(int column) const = 0;
    QString text(int column) const { return QString::fromUtf8(utf8(column)); }
};

/** The terms of an inbox search as a condition on the version row "v". */
struct SearchCondition
{
    QString condition; // "v.pk IN (…)", with one ? per value
    QVariantList values;
    /** The matches alone, "FROM … WHERE …" without a join with the versions, when the engine
     *  can count them so (SQLite's full-text table answers it alone); empty otherwise. */
    QString countOnly;
    QVariantList countOnlyValues;
    /** At most a few thousand versions match (SQLite knows it of a long term's rarest part):
     *  sorting them beats walking the inbox's order, which could read every version. */
    bool fewMatches = false;
    /**
     * The same condition checked row by row (one lookup per version), with its own values
     * (rowByRowValues): the better plan when the terms match a large part of the table, since
     * walking the inbox's order then finds a page's rows at once instead of gathering every match
     * first. Empty when the engine has no such form (or its planner chooses by itself).
     */
    QString rowByRow;
    QVariantList rowByRowValues;
    /**
     * What checking one row costs in rowByRow, in units of gathering one match in condition:
     * the plan walks the order when the share of matches d exceeds
     * √(walkCost × rows wanted ÷ versions).
     */
    double walkCost = 0;
    /** Rows the engine counts cheaply: "FROM … WHERE …", with its values; or a number of
     *  matches among all versions known already (known >= 0, rows empty). */
    struct Count
    {
        QString rows;
        QVariantList values;
        qint64 known = -1;
    };
    /**
     * What the plan counts among the newest versions to estimate the share of matches, when
     * rowByRow is given: the matches are at most the smallest of the bounds, each the sum of
     * its counts (a term that may occur in an application's id or in its text is counted in
     * both). Each count takes one more value, the version pk (as rowid) it counts above; a
     * known count is scaled to the newest versions instead (ids are given in order, so that
     * the newest versions' ids are no sample of all ids: "2025" is in none of them).
     */
    QList<QList<Count>> bounds;
};

/**
 * What the two engines spell differently. Every statement in store/sql/ is SQL that SQLite and
 * PostgreSQL both run; the few things they do not share are asked here, and implemented in
 * store/sqlite/ and store/postgres/ (docs/architecture.md §7).
 */
class Dialect
{
public:
    virtual ~Dialect() = default;

    /** A condition: @p column is one of the strings of the JSON array bound to its one "?". */
    virtual QString inJsonArray(const QString &column) const = 0;
    /** A condition: the JSON text in @p column is an object whose @p key is true. */
    virtual QString jsonKeyIsTrue(const QString &column, const QString &key) const = 0;
    /**
     * Makes the caller's transaction the only one extending the audit chain until it ends,
     * so that two writers never link two events to one predecessor. SQLite's single writer
     * gives this already; a server serializes it explicitly.
     */
    virtual Status lockAuditChain(const QSqlDatabase &db) const = 0;
    /**
     * After rows were copied into @p table with their keys given: the next generated
     * @p key follows the largest one copied (SQLite's rowid does so by itself).
     */
    virtual Status continueKeys(const QSqlDatabase &db, const QString &table,
                                const QString &key) const = 0;
    /** Whether the table @p name exists (an older read-only file may lack one). */
    virtual bool hasTable(const QSqlDatabase &db, const QString &name) const = 0;

    /**
     * The condition for an inbox search: every whitespace-separated term of @p terms occurs
     * in the version's search text as a substring, ASCII letters folded and nothing else
     * (LIKE's case folding), for every term length. @p latestOnly: the query also asks for
     * the latest versions only (condition and rowByRow may leave that to the query's own
     * v.is_latest = 1; countOnly, without the versions, must ask it). @p db may be asked how common
     * parts of a term are (the plan only: the rows found never depend on it).
     */
    virtual SearchCondition search(const QSqlDatabase &db, const QStringList &terms,
                                   bool latestOnly) const = 0;
    /**
     * Indexes the search text @p body (searchBody(): the id @p appId first) of the new version
     * @p versionPk, @p latest: whether it is now its application's latest version (where the
     * index keeps that itself).
     */
    virtual Status indexForSearch(sql::Statements &st, qint64 versionPk, const QString &appId,
                                  const QString &body, bool latest) const = 0;
    /**
     * Follows which version of @p appId is the latest, where the index keeps that itself:
     * rewrites only the entries whose mark is wrong (a full-text update tokenizes the text
     * twice, to remove and to add it).
     */
    virtual Status markLatestForSearch(sql::Statements &st, const QString &appId) const = 0;

    /**
     * Gives @p visit each row @p select reads, @p values bound to its placeholders as texts:
     * through Qt's driver here, through the engine's own interface where an engine has one
     * (Qt's driver makes a QVariant and a UTF-16 copy of every value, and caches each row:
     * about half the time of a bulk read of a few hundred thousand rows).
     */
    virtual Status forEachRow(const QSqlDatabase &db, const QString &select,
                              const QStringList &values,
                              const std::function<void(const RowView &)> &visit) const;
};

/** ASCII letters folded to lower case, as SQLite's LIKE and lower() fold them (no others). */
QString asciiFolded(const QString &text);

} // namespace gd::sql
