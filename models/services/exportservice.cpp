// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportservice.h"

#include "services/desk.h"
#include "store/database.h"

namespace gd {

ExportService::ExportService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

Result<package::CaseState> ExportService::caseState(const QString &id, int version) const
{
    return package::caseState(m_desk->database(), id, version);
}

Result<package::SignedPackage> ExportService::exportReview(const QString &id, int version,
                                                           const package::Signer &reviewer,
                                                           const QString &file,
                                                           const package::Progress &progress) const
{
    return package::exportReview(m_desk->database(), id, version, reviewer, file, progress);
}

Result<package::SignedPackage>
ExportService::countersignFile(const QString &file, const package::Signer &approver,
                               const package::TrustStore &trust,
                               const package::Progress &progress) const
{
    return package::countersignReviewFile(file, approver, trust,
                                          m_desk ? m_desk->database() : nullptr, progress);
}

Result<report::ReviewRecord> ExportService::reviewRecord(const QString &id, int version) const
{
    return report::loadReviewRecord(m_desk->database(), id, version);
}

} // namespace gd
