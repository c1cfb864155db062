// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/officerdirectory.h"

namespace gd {
class Database;
}

namespace gd::postgres {

/** OfficerDirectory on the office server: login roles granted the grantdesk_* group roles. */
class PgOfficerDirectory final : public OfficerDirectory
{
public:
    explicit PgOfficerDirectory(std::shared_ptr<Database> db);

    Status add(const QString &role, const QString &name, const QString &password,
               const QString &group) override;
    Status grant(const QString &role, const QString &group) override;
    Status revoke(const QString &role, const QString &group) override;
    Status grantCreateRole(const QString &role) override;
    Result<QList<Officer>> list() const override;
    Result<Officer> self() const override;

private:
    std::shared_ptr<Database> m_db;
};

/** OfficerDirectory of the embedded file, which has none: every call says why. */
class NoOfficerDirectory final : public OfficerDirectory
{
public:
    Status add(const QString &, const QString &, const QString &, const QString &) override;
    Status grant(const QString &, const QString &) override;
    Status revoke(const QString &, const QString &) override;
    Status grantCreateRole(const QString &) override;
    Result<QList<Officer>> list() const override;
    Result<Officer> self() const override;
};

} // namespace gd::postgres
