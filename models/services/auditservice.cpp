// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditservice.h"

#include "services/desk.h"
#include "store/database.h"
#include "store/audittrail.h"
#include "store/dbcheck.h"
#include "store/repositories.h"

namespace gd {

AuditService::AuditService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

Result<audit::TrailReport> AuditService::verify() const
{
    return audit::verifyTrail(m_desk->database());
}

AuditService::Verification::Verification()
    : m_interrupt(std::make_unique<CheckInterrupt>())
{}

AuditService::Verification::~Verification() = default;

Result<audit::TrailReport> AuditService::Verification::run(const Desk &desk, Scope scope)
{
    const Error interrupted{QStringLiteral("audit trail"), QStringLiteral("interrupted")};
    if (m_interrupt->isInterrupted())
        return interrupted;
    const auto reader = desk.openReader();
    if (!reader)
        return reader.error();
    if (!m_interrupt->attach(*reader.value()->database()))
        return interrupted;
    auto report = scope == Scope::WholeTrail
                      ? audit::verifyTrail(reader.value()->database())
                      : audit::checkSinceCheckpoint(reader.value()->database());
    m_interrupt->detach();
    if (m_interrupt->isInterrupted())
        return interrupted; // what it found so far is no finding
    return report;
}

void AuditService::Verification::interrupt()
{
    m_interrupt->interrupt();
}

bool AuditService::Verification::isInterrupted() const
{
    return m_interrupt->isInterrupted();
}

Result<audit::TrailReport> AuditService::checkSinceCheckpoint() const
{
    return audit::checkSinceCheckpoint(m_desk->database());
}

Status AuditService::keepCheckedHead(const audit::TrailReport &report) const
{
    if (report.broken() || !report.chain.intact || m_desk->database()->isReadOnly())
        return success();
    return makeAuditTrail(m_desk->database())->moveCheckpoint(report.chain.head);
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
