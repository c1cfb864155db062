// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace gd {

/** An officer of the office server: a login role and the name the records show. */
struct Officer
{
    QString role;       // the server's login role, e.g. "zhangmin"
    QString name;       // e.g. "张敏"
    QStringList groups; // "reviewer", "approver", "administrator"
};

/**
 * The officers of an office server and their group roles (issue 16). Officers are the
 * server's own identities: each connects as their login role, and the server decides what
 * that role may do (store/postgres/pgschema.cpp). The embedded SQLite file has no officers:
 * whoever holds the file holds every role, and every call here says so.
 */
class OfficerDirectory
{
public:
    virtual ~OfficerDirectory() = default;

    /** The group names an officer can be granted. */
    static const QStringList &groupNames();

    /**
     * Makes @p role an officer named @p name in @p group: creates the login role with
     * @p password, or without one when @p password is empty (a client certificate signs in).
     * A login that exists on the server already (roles are the server's, not one database's)
     * is taken as it is when @p password is empty: its password stays its own.
     */
    virtual Status add(const QString &role, const QString &name, const QString &password,
                       const QString &group) = 0;
    virtual Status grant(const QString &role, const QString &group) = 0;
    virtual Status revoke(const QString &role, const QString &group) = 0;
    /** Lets the administrator @p role create officers' login roles (CREATEROLE). */
    virtual Status grantCreateRole(const QString &role) = 0;
    virtual Result<QList<Officer>> list() const = 0;
    /** The role this connection acts as, and its groups (what the server will let it do). */
    virtual Result<Officer> self() const = 0;
};

} // namespace gd
