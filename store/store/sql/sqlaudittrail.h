// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/audittrail.h"

namespace gd {

class Database;

/** AuditTrail on the SQLite database. */
class SqlAuditTrail final : public AuditTrail
{
public:
    explicit SqlAuditTrail(std::shared_ptr<Database> db);

    Result<AuditEvent> append(const QString &actor, const QString &action, const QString &subject,
                              const QJsonObject &detail) override;
    Result<AuditVerification> verifySinceCheckpoint() override;
    Status moveCheckpoint(qint64 seq) override;
    Result<AuditVerification> verifyAll() override;
    Result<QList<AuditEvent>> events(const QString &subject) const override;
    Status timesOf(const QString &action,
                   const std::function<void(const QString &subject, const QDateTime &at)> &take)
        const override;
    Result<std::pair<qint64, QString>> head() const override;
    Result<QString> hashAt(qint64 seq) const override;
    Result<qint64> count() const override;

private:
    Result<AuditVerification> verifyFrom(qint64 afterSeq, const QString &prevHash);
    std::shared_ptr<Database> m_db;
};

} // namespace gd
