// SPDX-License-Identifier: GPL-3.0-or-later
#include "trailanchor.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include "core/canonicaljson.h"
#include "core/hashing.h"
#include "core/log.h"
#include "package/crypto.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/ziparchive.h"
#include "store/auditanchors.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"
#include "domain/subject.h"

namespace gd::audit {
namespace {

const QString kAnchored = QStringLiteral("anchored");
const QString kCheckpointFormat = QStringLiteral("grantdesk.audit-checkpoint/1");

/** Why @p anchor's signature does not hold; empty when it does. */
QString signatureProblem(const AuditAnchor &anchor)
{
    auto certificate = package::Certificate::fromData(anchor.certificatePem);
    if (!certificate)
        return QStringLiteral("its certificate is unreadable (%1)").arg(certificate.error().what);
    if (certificate->commonName() != anchor.signer)
        return QStringLiteral("its certificate names %1, not the signer %2")
            .arg(certificate->commonName(), anchor.signer);
    const auto algorithm = certificate->algorithm();
    if (!algorithm || package::algorithmCode(*algorithm) != anchor.algorithm)
        return QStringLiteral("its algorithm \"%1\" is not its certificate's")
            .arg(anchor.algorithm);
    if (auto verified = package::verifySignature(
            *certificate, anchorBytes(anchor, certificate->sha256()), anchor.signature);
        !verified)
        return QStringLiteral("its signature is invalid (%1)").arg(verified.error().what);
    return {};
}

/**
 * Checks @p anchor against the chain and its signature; adds to @p report's problems, or
 * counts it as a valid checkpoint.
 */
Status judgeAnchor(AuditTrail &trail, const AuditAnchor &anchor, TrailReport &report)
{
    const QString where = QStringLiteral("signed checkpoint at seq %1").arg(anchor.seq);
    if (const QString problem = signatureProblem(anchor); !problem.isEmpty()) {
        report.problems << where + QStringLiteral(": ") + problem;
        return success();
    }
    const auto hash = trail.hashAt(anchor.seq);
    if (!hash)
        return hash.error();
    if (hash->isNull())
        report.problems << where + QStringLiteral(
                                       ": the event it signs is missing (the trail was cut)");
    else if (*hash != anchor.hash)
        report.problems << where + QStringLiteral(": the event's hash is not the one %1 signed "
                                                  "(the trail was rewritten)")
                                       .arg(anchor.signer);
    else {
        ++report.anchors;
        report.anchoredSeq = std::max(report.anchoredSeq, anchor.seq);
        if (!report.signers.contains(anchor.signer))
            report.signers << anchor.signer;
    }
    return success();
}

/** The problems every check shares: data without events, checkpoints deleted after @p after. */
Status commonChecks(const std::shared_ptr<Database> &db, qint64 after, TrailReport &report)
{
    const auto anchors = makeAuditAnchors(db);
    const auto emptied = anchors->dataWithoutEvents();
    if (!emptied)
        return emptied.error();
    report.problems << *emptied;
    const auto marked = anchors->markedWithoutAnchor(after);
    if (!marked)
        return marked.error();
    for (const qint64 seq : *marked)
        report.problems << QStringLiteral("event %1 was signed with a checkpoint, which is missing "
                                          "(checkpoint rows were deleted)")
                               .arg(seq);
    return success();
}

QString chainProblem(const AuditVerification &chain)
{
    return QStringLiteral("audit trail broken at seq %1: %2")
        .arg(chain.firstBadSeq)
        .arg(chain.reason);
}

} // namespace

void markAnchored(QJsonObject &detail)
{
    detail.insert(kAnchored, true);
}

QByteArray anchorBytes(const AuditAnchor &anchor, const QString &certSha256)
{
    return canonicaljson::serialize(QJsonObject{
        {QStringLiteral("format"), kCheckpointFormat},
        {QStringLiteral("seq"), anchor.seq},
        {QStringLiteral("hash"), anchor.hash},
        {QStringLiteral("at"), AuditTrail::formatTime(anchor.at)}, // as the trail stores times
        {QStringLiteral("signer"), anchor.signer},
        {QStringLiteral("algorithm"), anchor.algorithm},
        {QStringLiteral("certSha256"), certSha256},
    });
}

Result<TrailReport> verifyTrail(const std::shared_ptr<Database> &db)
{
    TrailReport report;
    const auto trail = makeAuditTrail(db);
    const auto chain = trail->verifyAll();
    if (!chain)
        return chain.error();
    report.chain = *chain;
    if (!chain->intact)
        report.problems << chainProblem(*chain);
    const auto anchors = makeAuditAnchors(db)->all();
    if (!anchors)
        return anchors.error();
    for (const AuditAnchor &anchor : *anchors) {
        if (Status judged = judgeAnchor(*trail, anchor, report); !judged)
            return judged.error();
    }
    // A checkpoint proves the events before it only where the chain holds up to it.
    if (!chain->intact && report.anchoredSeq >= chain->firstBadSeq)
        report.anchoredSeq = chain->firstBadSeq - 1;
    if (Status common = commonChecks(db, 0, report); !common)
        return common.error();
    const auto missing = makeAuditAnchors(db)->casesWithoutTheirEvents();
    if (!missing)
        return missing.error();
    for (const MissingCaseEvent &m : *missing)
        report.problems << QStringLiteral("%1 is %2 but the trail has no %3 event for it (the "
                                          "trail was cut)")
                               .arg(m.subject, m.status, m.action);
    return report;
}

Result<TrailReport> checkSinceCheckpoint(const std::shared_ptr<Database> &db)
{
    TrailReport report;
    const auto trail = makeAuditTrail(db);
    const auto chain = trail->verifySinceCheckpoint();
    if (!chain)
        return chain.error();
    report.chain = *chain;
    if (!chain->intact)
        report.problems << chainProblem(*chain);
    const auto newest = makeAuditAnchors(db)->newest();
    if (!newest)
        return newest.error();
    if (newest->has_value()) {
        if (Status judged = judgeAnchor(*trail, **newest, report); !judged)
            return judged.error();
    }
    if (Status common = commonChecks(db, newest->has_value() ? (*newest)->seq : 0, report); !common)
        return common.error();
    return report;
}

QString firstProblem(const TrailReport &report)
{
    return report.problems.value(0);
}

Status refuseBrokenTrail(const std::shared_ptr<Database> &db)
{
    const auto report = checkSinceCheckpoint(db);
    if (!report)
        return Error{
            QStringLiteral("audit trail"),
            QCoreApplication::translate(
                "AuditTrail", "The audit trail could not be checked, so nothing is added to it: %1")
                .arg(report.error().toString())};
    if (report->broken()) {
        log::error(QStringLiteral("audit trail: refused to extend a broken trail: ") +
                   firstProblem(*report));
        return Error{QStringLiteral("audit trail"),
                     QCoreApplication::translate(
                         "AuditTrail",
                         "The audit trail of this database is broken (%1). Nothing is signed or "
                         "acknowledged on a broken trail; run \"grantdesk-cli audit verify\" and "
                         "restore the database from a backup.")
                         .arg(firstProblem(*report))};
    }
    return success();
}

Status anchorHead(const std::shared_ptr<Database> &db, const package::Signer &signer)
{
    const auto head = makeAuditTrail(db)->head();
    if (!head)
        return head.error();
    if (head->first == 0)
        return Error{QStringLiteral("audit trail"), QStringLiteral("no event to sign")};
    const auto algorithm = signer.certificate.algorithm();
    if (!algorithm)
        return Error{QStringLiteral("audit trail"),
                     QStringLiteral("the certificate's key is neither SM2 nor Ed25519")};
    AuditAnchor anchor;
    anchor.seq = head->first;
    anchor.hash = head->second;
    anchor.at = QDateTime::currentDateTimeUtc();
    anchor.signer = signer.certificate.commonName();
    anchor.algorithm = package::algorithmCode(*algorithm);
    anchor.certificatePem = signer.certificate.pem();
    auto signature = package::sign(signer.key, anchorBytes(anchor, signer.certificate.sha256()));
    if (!signature)
        return signature.error();
    anchor.signature = *signature;
    return makeAuditAnchors(db)->add(anchor);
}

Result<QList<PackageHead>> checkPackageHeads(const std::shared_ptr<Database> &db,
                                             const QStringList &files)
{
    QList<PackageHead> heads;
    const auto trail = makeAuditTrail(db);
    const package::TrustStore trust(package::TrustStore::defaultPath());
    for (const QString &file : files) {
        PackageHead head;
        head.file = file;
        const package::VerifyReport report = package::verifyPackage(file, trust, {});
        auto reader = package::ZipReader::openFile(file);
        const auto review = reader ? (*reader)->read(QStringLiteral("review.json"))
                                   : Result<QByteArray>(reader.error());
        const auto manifest = reader ? (*reader)->read(QStringLiteral("manifest.json"))
                                     : Result<QByteArray>(reader.error());
        if (!report.readable || !review || !manifest) {
            head.problem =
                QStringLiteral("not a readable package (%1)")
                    .arg(!review ? review.error().what
                                 : (!manifest ? manifest.error().what : report.problems.value(0)));
            heads << head;
            continue;
        }
        if (!report.valid()) {
            head.problem = QStringLiteral("the package does not verify (modified, or a signature "
                                          "is invalid): its head proves nothing");
            heads << head;
            continue;
        }
        const QJsonObject auditHead =
            QJsonDocument::fromJson(*review).object().value(QStringLiteral("auditHead")).toObject();
        head.seq = auditHead.value(QStringLiteral("seq")).toInteger(-1);
        head.hash = auditHead.value(QStringLiteral("hash")).toString();
        if (head.seq < 0 || !hashing::isDigestHex(head.hash)) {
            head.problem = QStringLiteral("review.json: auditHead: expected {seq, hash}");
            heads << head;
            continue;
        }
        const auto stored =
            head.seq == 0 ? Result<QString>(AuditTrail::kGenesisHash) : trail->hashAt(head.seq);
        if (!stored)
            return stored.error();
        if (stored->isNull()) {
            head.problem = QStringLiteral("its audit head, seq %1, is not in this trail (the trail "
                                          "was cut)")
                               .arg(head.seq);
        } else if (*stored != head.hash) {
            head.problem = QStringLiteral("its audit head, seq %1 with hash %2, differs from this "
                                          "trail's event %1 (the trail was rewritten, or the "
                                          "package is from another database)")
                               .arg(head.seq)
                               .arg(head.hash);
        } else {
            // The package's own signing event comes after its head and names its manifest.
            const QString manifestSha = hashing::sha256Hex(*manifest);
            const auto events =
                trail->events(subjectOf(report.applicationId, report.applicationVersion));
            if (!events)
                return events.error();
            const bool recorded =
                std::any_of(events->cbegin(), events->cend(), [&](const AuditEvent &e) {
                    return e.seq > head.seq &&
                           (e.action == QLatin1String("case.sign") ||
                            e.action == QLatin1String("package.export")) &&
                           e.detail.value(QStringLiteral("manifestSha256")).toString() ==
                               manifestSha;
                });
            if (!recorded)
                head.problem = QStringLiteral("its head is in the trail, but no case.sign or "
                                              "package.export event after it records its manifest "
                                              "(sha256 %1)")
                                   .arg(manifestSha);
        }
        heads << head;
    }
    return heads;
}

} // namespace gd::audit
