// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>

#include "core/result.h"
#include "domain/workflow.h"
#include "package/package.h"

namespace gd {
class Database;
}

namespace gd::package {

class TrustStore;

/** Where a case stands, as exporting and countersigning need it. */
struct CaseState
{
    CaseStatus status = CaseStatus::Received;
    Decision decision = Decision::None;
    QString reviewer; // empty while there is no review
};

/** The state of @p id / @p version in @p db; refused when the database has no such version. */
Result<CaseState> caseState(const std::shared_ptr<Database> &db, const QString &id, int version);

/**
 * Why the officer named @p signerName may not export (sign) the package of a case in
 * @p status with @p decision whose review was done by @p reviewer, or an empty string when
 * they may: the case must be decided (not returned) or signed already, and the reviewer
 * signs — the certificate's name must be the review's reviewer. Translated.
 */
QString exportRefusal(CaseStatus status, Decision decision, const QString &reviewer,
                      const QString &signerName);

/**
 * Exports the review of @p id / @p version as a signed package to @p file — the one place
 * that does so, for the GUI and `grantdesk-cli export` alike: the review record
 * (report::loadReviewRecord) gives review.json, review.pdf, the attachments, the rule
 * versions and the decision; @p reviewer signs. A `decided` case becomes `signed` (audit
 * event "case.sign" with the manifest's SHA-256, the file's SHA-256 and the certificate's
 * SHA-256) in the same transaction as the file is written, so either both happen or
 * neither; a `signed` case may be exported again ("package.export" is recorded, the status
 * stays). Refused, writing nothing, when exportRefusal() gives a reason. Needs a
 * QGuiApplication (the PDF).
 */
Result<SignedPackage> exportReview(const std::shared_ptr<Database> &db, const QString &id,
                                   int version, const Signer &reviewer, const QString &file,
                                   const Progress &progress = {});

/**
 * The approver countersigns the package @p file (replaced atomically). Refused when
 * package::countersignPackage() refuses (package does not verify, countersigned already,
 * same certificate or key), or when the approver's certificate names the reviewer. With a
 * database (@p db may be null), the case the package records must be `signed` there and
 * not reviewed by the approver; it moves to `countersigned` (audit event
 * "case.countersign" with the digests) in the same transaction as the file is replaced.
 */
Result<SignedPackage> countersignReviewFile(const QString &file, const Signer &approver,
                                            const TrustStore &trust,
                                            const std::shared_ptr<Database> &db,
                                            const Progress &progress = {});

} // namespace gd::package
