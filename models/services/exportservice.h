// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "core/result.h"
#include "package/reviewexport.h"
#include "report/reviewrecord.h"

namespace gd {

class Desk;

/**
 * Signed packages and the review record as the ui and the programs reach them: the same
 * functions `package::` and `report::` provide (package/reviewexport.h,
 * report/reviewrecord.h), on the desk instead of a store handle.
 */
class ExportService final
{
public:
    /** @p desk may be null only for countersignFile() of a package whose case is elsewhere. */
    explicit ExportService(std::shared_ptr<Desk> desk);

    Result<package::CaseState> caseState(const QString &id, int version) const;
    /** package::exportReview on this desk. */
    Result<package::SignedPackage> exportReview(const QString &id, int version,
                                                const package::Signer &reviewer,
                                                const QString &file,
                                                const package::Progress &progress = {}) const;
    /**
     * package::countersignReviewFile; with a desk, the case the package records moves to
     * countersigned there, without one only the file changes.
     */
    Result<package::SignedPackage> countersignFile(const QString &file,
                                                   const package::Signer &approver,
                                                   const package::TrustStore &trust,
                                                   const package::Progress &progress = {}) const;
    /** report::loadReviewRecord: what the PDF and review.json record. */
    Result<report::ReviewRecord> reviewRecord(const QString &id, int version) const;

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
