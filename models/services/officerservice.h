// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace gd {

class Desk;

/** An officer of the office server, as the services show one. */
struct OfficerInfo
{
    QString login;      // the server's login role
    QString name;       // the name records show
    QStringList groups; // reviewer, approver, administrator
};

/**
 * The office server's officers (issue 16): who may connect, and as which of reviewer,
 * approver and administrator. The server enforces these roles itself; this service only
 * asks it. On the embedded database every call is refused with the reason.
 */
class OfficerService final
{
public:
    explicit OfficerService(std::shared_ptr<Desk> desk);

    /**
     * Prepares the office server @p locator: creates its database if missing, the schema and
     * the group roles, and the first administrator @p login (named @p name, with
     * @p password), who may then add officers. Run as a server role with CREATEDB and
     * CREATEROLE (the server's postgres superuser, say).
     */
    static Status initServer(const QString &locator, const QString &login, const QString &name,
                             const QString &password);

    Status add(const QString &login, const QString &name, const QString &password,
               const QString &group);
    Status grant(const QString &login, const QString &group);
    Status revoke(const QString &login, const QString &group);
    Result<QList<OfficerInfo>> list() const;
    /** Who this connection is on the server, and what it may do. */
    Result<OfficerInfo> self() const;

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
