// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditservice.h"

#include "services/desk.h"
#include "store/audittrail.h"
#include "store/repositories.h"

namespace gd {

AuditService::AuditService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

Result<audit::TrailReport> AuditService::verify() const
{
    return audit::verifyTrail(m_desk->database());
}

Result<audit::TrailReport> AuditService::checkSinceCheckpoint() const
{
    return audit::checkSinceCheckpoint(m_desk->database());
}

Result<QList<audit::PackageHead>> AuditService::checkPackageHeads(const QStringList &files) const
{
    return audit::checkPackageHeads(m_desk->database(), files);
}

Result<QList<AuditEvent>> AuditService::events(const QString &subject) const
{
    return makeAuditTrail(m_desk->database())->events(subject);
}

} // namespace gd
