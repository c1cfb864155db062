// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewexport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>

#include "audit/trailanchor.h"
#include "core/crashpoint.h"
#include "core/identitytext.h"
#include "package/keystore.h"
#include "report/reviewrecord.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "review/workflow.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/pendingfiles.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "domain/subject.h"
#include "services/desk.h"
#include "services/reviewservice.h"

namespace gd::package {
namespace {

/** The audit detail of a signature: what was signed, the file and who signed it. */
QJsonObject signatureDetail(const SignedPackage &package, const Signer &signer)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("manifestSha256"), package.manifestSha256);
    detail.insert(QStringLiteral("fileSha256"), package.fileSha256);
    detail.insert(QStringLiteral("certSha256"), signer.certificate.sha256());
    if (const auto algorithm = signer.certificate.algorithm())
        detail.insert(QStringLiteral("algorithm"), algorithmCode(*algorithm));
    audit::markAnchored(detail); // its own signed checkpoint is written with it
    return detail;
}

/**
 * Writes @p data to @p file and runs @p record (the database side, status and audit event)
 * so that a kill at any instant leaves either neither or both (see PendingFiles): the bytes
 * go to a temporary file; @p record and the pending-file row commit in one transaction; the
 * temporary file is then renamed over @p file and the row deleted. Killed between the commit
 * and the rename, the next Database::open writes the file from the row. Before, the file was
 * renamed first and the transaction committed after: a kill in between left a signed,
 * verifying package while the case stayed decided with no audit event.
 */
template <typename Record>
Status writeWithRecord(const std::shared_ptr<Database> &db, const QString &file,
                       const QByteArray &data, Record record)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{file, out.errorString()};
    if (out.write(data) != data.size() || !out.flush())
        return Error{file, out.errorString()};
    if (!db) {
        if (!out.commit())
            return Error{file, out.errorString()};
        return success();
    }
    const auto pending = makePendingFiles(db);
    // Absolute: the next open, which completes the file, may run in another folder.
    const QString target = QFileInfo(file).absoluteFilePath();
    {
        Transaction transaction(*db);
        if (!transaction.begun())
            return Error{QStringLiteral("database"), QStringLiteral("cannot begin a transaction")};
        if (auto recorded = record(); !recorded)
            return recorded.error(); // out is discarded: the file stays as it was
        if (auto noted = pending->record(target, data); !noted)
            return noted.error();
        crashpoint::reach("package.recorded");
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    crashpoint::reach("package.committed");
    if (!out.commit()) // fsync, then rename over the target
        return Error{file, QCoreApplication::translate(
                               "ReviewExport", "%1; the change is recorded and the file will be "
                                               "written when the database is next opened")
                               .arg(out.errorString())};
    crashpoint::reach("package.renamed");
    return pending->done(target);
}

/** The manifest digests the audit trail records as signed for @p subject. */
Result<QStringList> signedManifests(const std::shared_ptr<Database> &db, const QString &subject)
{
    auto events = makeAuditTrail(db)->events(subject);
    if (!events)
        return events.error();
    QStringList digests;
    for (const AuditEvent &event : std::as_const(events.value())) {
        if (event.action == QLatin1String("case.sign") ||
            event.action == QLatin1String("package.export")) {
            const QString digest = event.detail.value(QStringLiteral("manifestSha256")).toString();
            if (!digest.isEmpty())
                digests << digest;
        }
    }
    return digests;
}

} // namespace

Result<CaseState> caseState(const std::shared_ptr<Database> &db, const QString &id, int version)
{
    auto versions = makeApplicationStore(db)->versions(id);
    if (!versions)
        return versions.error();
    CaseState state;
    bool found = false;
    for (const VersionInfo &info : std::as_const(versions.value())) {
        if (info.version == version) {
            state.status = info.status;
            state.decision = info.decision;
            found = true;
        }
    }
    if (!found)
        return Error{subjectOf(id, version),
                     QCoreApplication::translate("ReviewExport",
                                                 "this database has no such application version")};
    auto review = makeReviewStore(db)->find(id, version);
    if (!review)
        return review.error();
    if (review.value())
        state.reviewer = review.value()->reviewer;
    return state;
}

QString exportRefusal(CaseStatus status, Decision decision, const QString &reviewer,
                      const QString &signerName)
{
    if (status == CaseStatus::Decided) {
        if (auto allowed = workflow::apply(status, workflow::Action::Sign, decision); !allowed)
            return allowed.error().what;
    } else if (status != CaseStatus::Signed) {
        return QCoreApplication::translate(
                   "ReviewExport", "Only a decided case can be signed and exported; this case is "
                                   "\"%1\".")
            .arg(caseStatusLabel(status));
    }
    if (signerName.trimmed().isEmpty())
        return QCoreApplication::translate(
            "ReviewExport", "The signing certificate names no one (it has no common name).");
    if (identitytext::normalizedName(reviewer) != identitytext::normalizedName(signerName) ||
        !identitytext::identityProblem(signerName).isEmpty())
        return QCoreApplication::translate("ReviewExport",
                                           "%1 reviewed this case and only the reviewer signs its "
                                           "package; the signing certificate names %2.")
            .arg(reviewer.trimmed().isEmpty()
                     ? QCoreApplication::translate("ReviewExport", "No one")
                     : identitytext::displaySafe(reviewer),
                 identitytext::displaySafe(signerName));
    return {};
}

namespace {

/**
 * The review record of @p id v@p version when it may be exported by @p signerName: an
 * intact audit trail, a case exportRefusal() allows and a complete stored review.
 */
Result<report::ReviewRecord> exportableRecord(const std::shared_ptr<Database> &db,
                                              const QString &id, int version,
                                              const QString &signerName)
{
    const QString subject = subjectOf(id, version);
    if (Status trail = audit::refuseBrokenTrail(db); !trail)
        return Error{subject, trail.error().what};
    auto record = report::loadReviewRecord(db, id, version);
    if (!record)
        return record.error();
    if (const QString refusal =
            exportRefusal(record->status, record->decision, record->reviewer, signerName);
        !refusal.isEmpty())
        return Error{subject, refusal};
    // The stored review itself must be complete: a row edited behind the GUI's back is
    // refused here as the submit check would have refused it.
    // Against the template the review was started with: a review decided under an earlier
    // template is not asked for the items added since.
    if (const auto missing = reviewrules::missingItems(
            record->review, ChecklistTemplate::forReview(record->review.templateVersion),
            record->application);
        !missing.isEmpty())
        return Error{subject,
                     QCoreApplication::translate("ReviewExport",
                                                 "the review is incomplete, %n item(s) missing: %1",
                                                 nullptr, int(missing.size()))
                         .arg(reviewrules::missingText(missing))};
    return record;
}

/** What the package holds: the rules, review.json, review.pdf and the filed attachments. */
Result<PackageContent> packageContent(const report::ReviewRecord &record, const QString &id,
                                      int version)
{
    PackageContent content;
    content.applicationId = id;
    content.applicationVersion = version;
    content.decision = decisionCode(record.decision);
    content.rules = report::rulesJson(record);
    content.reviewJson = report::reviewJson(record);
    auto pdf = report::reviewPdf(record);
    if (!pdf)
        return pdf.error();
    content.reviewPdf = std::move(pdf).value();
    for (const report::FiledAttachment &attachment : record.attachments)
        content.attachments.append(ZipMember{attachment.path, attachment.data});
    return content;
}

} // namespace

Result<SignedPackage> exportReview(const std::shared_ptr<Database> &db, const QString &id,
                                   int version, const Signer &reviewer, const QString &file,
                                   const Progress &progress)
{
    const QString subject = subjectOf(id, version);
    if (!db)
        return Error{subject, QStringLiteral("no database")};
    // One scale for the whole export: the record, the PDF, then packing and signing.
    const auto step = [&progress](int done) { return !progress || progress(done, 100); };
    const Error cancelled{subject, QStringLiteral("cancelled")};
    if (!step(0))
        return cancelled;
    const QString signerName = reviewer.certificate.commonName();
    auto record = exportableRecord(db, id, version, signerName);
    if (!record)
        return record.error();

    if (!step(5))
        return cancelled;
    auto content = packageContent(record.value(), id, version);
    if (!content)
        return content.error();
    if (!step(40))
        return cancelled;

    auto built = buildPackage(content.value(), reviewer, {}, [&step](int done, int total) {
        return step(40 + (total > 0 ? 60 * done / total : 0));
    });
    if (!built)
        return built;

    const bool sign = record->status == CaseStatus::Decided;
    const QJsonObject detail = signatureDetail(built.value(), reviewer);
    auto written = writeWithRecord(db, file, built->data, [&]() -> Status {
        // review.json's auditHead must be the event just before this package's own event.
        const auto head = makeAuditTrail(db)->head();
        if (!head)
            return head.error();
        if (head->first != record->auditHeadSeq || head->second != record->auditHeadHash)
            return Error{subject, QCoreApplication::translate(
                                      "ReviewExport", "the audit trail moved on while the package "
                                                      "was made; export it again")};
        if (sign) {
            auto moved = ReviewService(Desk::over(db))
                             .transition(id, version, workflow::Action::Sign, Decision::None,
                                         signerName, detail);
            if (!moved)
                return moved.error();
        } else {
            // Signed already: the status stays, the audit trail names every file signed.
            auto event = makeAuditTrail(db)->append(signerName, QStringLiteral("package.export"),
                                                    subject, detail);
            if (!event)
                return event.error();
        }
        return audit::anchorHead(db, reviewer);
    });
    if (!written)
        return written.error();
    return built;
}

Result<SignedPackage> countersignReviewFile(const QString &file, const Signer &approver,
                                            const TrustStore &trust,
                                            const std::shared_ptr<Database> &db,
                                            const Progress &progress)
{
    const QString label = QFileInfo(file).fileName();
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{file, in.errorString()};
    const QByteArray original = in.readAll();
    if (in.error() != QFileDevice::NoError)
        return Error{file, in.errorString()};
    in.close();

    const QString approverName = approver.certificate.commonName();
    if (approverName.trimmed().isEmpty())
        return Error{label, QCoreApplication::translate(
                                "ReviewExport",
                                "The signing certificate names no one (it has no common name).")};
    const VerifyReport report = verifyPackageData(original, label, trust);
    if (!report.readable)
        return Error{label, report.problems.value(0)};
    if (const SignatureCheck *reviewer = report.signature(Role::Reviewer);
        reviewer && !reviewer->certificate.isNull() &&
        identitytext::normalizedName(reviewer->certificate.commonName()) ==
            identitytext::normalizedName(approverName))
        return Error{label, QCoreApplication::translate(
                                "ReviewExport", "%1 signed this package as the reviewer; another "
                                                "officer must countersign it (four eyes).")
                                .arg(identitytext::displaySafe(approverName))};

    const QString id = report.applicationId;
    const int version = report.applicationVersion;
    const QString subject = subjectOf(id, version);
    if (db) {
        if (Status trail = audit::refuseBrokenTrail(db); !trail)
            return Error{subject, trail.error().what};
        auto state = caseState(db, id, version);
        if (!state)
            return Error{label, state.error().toString()};
        if (auto allowed =
                workflow::apply(state->status, workflow::Action::Countersign, state->decision);
            !allowed)
            return Error{subject, allowed.error().what};
        if (identitytext::normalizedName(state->reviewer) ==
            identitytext::normalizedName(approverName))
            return Error{subject, QCoreApplication::translate(
                                      "ReviewExport", "%1 reviewed this case; another officer "
                                                      "must countersign it (four eyes).")
                                      .arg(identitytext::displaySafe(approverName))};
    }

    auto signedPackage = countersignPackage(original, label, report, approver, {}, progress);
    if (!signedPackage)
        return signedPackage;

    if (db) {
        auto recorded = signedManifests(db, subject);
        if (!recorded)
            return recorded.error();
        if (!recorded->isEmpty() && !recorded->contains(signedPackage->manifestSha256))
            return Error{label, QCoreApplication::translate(
                                    "ReviewExport",
                                    "this package is not one exported for %1 from this database "
                                    "(its manifest is not in the audit trail)")
                                    .arg(subject)};
    }

    const QJsonObject detail = signatureDetail(signedPackage.value(), approver);
    auto written = writeWithRecord(db, file, signedPackage->data, [&]() -> Status {
        auto moved = ReviewService(Desk::over(db))
                         .transition(id, version, workflow::Action::Countersign, Decision::None,
                                     approverName, detail);
        if (!moved)
            return moved.error();
        return audit::anchorHead(db, approver);
    });
    if (!written)
        return written.error();
    return signedPackage;
}

} // namespace gd::package
