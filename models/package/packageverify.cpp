// SPDX-License-Identifier: GPL-3.0-or-later
#include "package.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <openssl/evp.h>

#include "core/canonicaljson.h"
#include "core/strictjson.h"
#include "core/hashing.h"
#include "core/identitytext.h"
#include "package/keystore.h"
#include "package/signerrole.h"
#include "package/verifytext.h"
#include "report/pdfsource.h"
#include "report/reviewformat.h"
#include "packageinternal.h"
#include "signaturecheck.h"

namespace gd::package {

using namespace internal;

namespace {

const QString kReviewJson = QStringLiteral("review.json");
const QString kReviewPdf = QStringLiteral("review.pdf");

QString roleLabel(Role role)
{
    return role == Role::Reviewer ? QCoreApplication::translate("PackageVerify", "reviewer")
                                  : QCoreApplication::translate("PackageVerify", "approver");
}

struct ManifestMember
{
    QString path;
    qint64 size = 0;
    QString sha256;
    QString sm3;
};

/**
 * The package agrees with itself: review.json, which the manifest covers, states the same
 * application, version and decision as the manifest, and each valid signature is made by
 * the officer review.json records for that role (after NFKC: full-width and compatibility
 * forms compare equal). Packages GrantDesk wrote always agreed; one that does not was put
 * together by hand from parts of different reviews. Only what review.json states is
 * compared: a review record (grantdesk.review/1 or /2) states all of it.
 */
/**
 * Where review.pdf's source record (report/pdfsource.h) disagrees with review.json: the
 * application, version, decision, reviewer and approver. A PDF made before GrantDesk wrote
 * the record has none and is not held to it; a modified or missing PDF is reported already.
 */
QStringList pdfSourceProblems(const ZipReader &reader, const VerifyReport &report,
                              const QJsonObject &review)
{
    const auto intact = std::find_if(report.members.cbegin(), report.members.cend(),
                                     [](const MemberCheck &m) { return m.path == kReviewPdf; });
    if (intact == report.members.cend() || intact->status != MemberCheck::Status::Ok)
        return {};
    const auto pdf = readSmall(reader, kReviewPdf);
    if (!pdf)
        return {pdf.error().toString()};
    const auto source = report::readPdfSource(pdf.value());
    if (!source)
        return {QCoreApplication::translate("PackageVerify", "%1: %2")
                    .arg(kReviewPdf, source.error().what)};
    if (!source.value())
        return {};
    const report::PdfSource &made = *source.value();
    QStringList problems;
    const auto compare = [&](const QString &field, const QString &inPdf, const QString &inJson) {
        if (inPdf != inJson)
            problems << QCoreApplication::translate(
                            "PackageVerify",
                            "review.pdf and review.json disagree on the %1: \"%2\" and \"%3\"")
                            .arg(field, inPdf, inJson);
    };
    const QJsonObject application = review.value(QLatin1String("application")).toObject();
    compare(QCoreApplication::translate("PackageVerify", "application"), made.applicationId,
            application.value(QLatin1String("id")).toString());
    compare(QCoreApplication::translate("PackageVerify", "version"), QString::number(made.version),
            QString::number(application.value(QLatin1String("version")).toInt()));
    compare(QCoreApplication::translate("PackageVerify", "decision"), made.decision,
            review.value(QLatin1String("decision"))[QLatin1String("code")].toString());
    compare(QCoreApplication::translate("PackageVerify", "reviewer"),
            identitytext::normalizedName(made.reviewer),
            identitytext::normalizedName(review.value(QLatin1String("reviewer")).toString()));
    compare(QCoreApplication::translate("PackageVerify", "approver"),
            identitytext::normalizedName(made.approver),
            identitytext::normalizedName(review.value(QLatin1String("approver")).toString()));
    return problems;
}

QStringList agreementProblems(const ZipReader &reader, const VerifyReport &report)
{
    const auto intact = std::find_if(report.members.cbegin(), report.members.cend(),
                                     [](const MemberCheck &m) { return m.path == kReviewJson; });
    if (intact == report.members.cend() || intact->status != MemberCheck::Status::Ok)
        return {}; // missing or modified: already reported
    const auto data = readSmall(reader, kReviewJson);
    if (!data)
        return {data.error().toString()};
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data.value(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return {QCoreApplication::translate("PackageVerify", "%1 is not a JSON object (%2)")
                    .arg(kReviewJson, parseError.errorString())};
    if (const auto strict = strictjson::problem(data.value()))
        return {QCoreApplication::translate("PackageVerify", "%1: %2: %3")
                    .arg(kReviewJson, strict->path, strict->what)};
    const QJsonObject review = document.object();
    const bool record = report::isReviewFormat(review.value(QLatin1String("format")).toString());
    QStringList problems;
    auto differs = [&](const QString &field, const QString &inReview, const QString &inManifest) {
        problems << QCoreApplication::translate(
                        "PackageVerify",
                        "review.json and manifest.json disagree on the %1: \"%2\" and \"%3\"")
                        .arg(field, inReview, inManifest);
    };
    const QJsonValue application = review.value(QLatin1String("application"));
    const QJsonValue id = application.isObject() ? application[QLatin1String("id")] : application;
    if (record || !id.isUndefined()) {
        if (id.toString() != report.applicationId)
            differs(QCoreApplication::translate("PackageVerify", "application"), id.toString(),
                    report.applicationId);
    }
    const QJsonValue version = application[QLatin1String("version")];
    if (record || !version.isUndefined()) {
        if (!version.isDouble() || version.toInt(-1) != report.applicationVersion)
            differs(QCoreApplication::translate("PackageVerify", "version"),
                    version.isDouble() ? QString::number(version.toInt()) : QString(),
                    QString::number(report.applicationVersion));
    }
    const QJsonValue decision = review.value(QLatin1String("decision"))[QLatin1String("code")];
    if (record || !decision.isUndefined()) {
        if (decision.toString() != report.decision)
            differs(QCoreApplication::translate("PackageVerify", "decision"), decision.toString(),
                    report.decision);
    }
    // The approver's countersignature is judged by countersignerProblem() (a wrong
    // countersigner leaves the package valid but not approved); the reviewer's here.
    for (const SignatureCheck &signature : report.signatures) {
        const QJsonValue named = review.value(roleCode(signature.role));
        if (signature.role != Role::Reviewer || !signature.valid ||
            (!record && named.isUndefined()))
            continue;
        const QString signer = signature.certificate.commonName();
        if (identitytext::normalizedName(named.toString()).isEmpty() ||
            identitytext::normalizedName(signer) != identitytext::normalizedName(named.toString()))
            problems << QCoreApplication::translate(
                            "PackageVerify",
                            "the %1's signature is made by %2, but review.json records %3 as "
                            "the %1")
                            .arg(roleLabel(signature.role), signer,
                                 named.toString().isEmpty()
                                     ? QCoreApplication::translate("PackageVerify", "no one")
                                     : named.toString());
    }
    if (record)
        problems << pdfSourceProblems(reader, report, review);
    return problems;
}

/** What verifyReader learns from manifest.json. */
struct ManifestRead
{
    QByteArray bytes;
    bool present = false;
    /** A JSON object of the package format whose member entries all check out. */
    bool usable = false;
    QList<ManifestMember> listed;
};

/**
 * The manifest's member entries, each well-formed, coverable and listed once; records a
 * problem for each that is not and returns whether all are.
 */
bool listManifestMembers(const QJsonArray &members, VerifyReport &report,
                         QList<ManifestMember> &listed)
{
    bool usable = true;
    QSet<QString> seen;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const QJsonObject m = members.at(i).toObject();
        ManifestMember member{m.value(QLatin1String("path")).toString(),
                              qint64(m.value(QLatin1String("size")).toDouble(-1)),
                              m.value(QLatin1String("sha256")).toString(),
                              m.value(QLatin1String("sm3")).toString()};
        const QString where = QStringLiteral("manifest.json: members[%1]").arg(i);
        if (!memberPathProblem(member.path).isEmpty() || member.size < 0 ||
            !hashing::isDigestHex(member.sha256) || !hashing::isDigestHex(member.sm3)) {
            report.problems << QCoreApplication::translate(
                                   "PackageVerify",
                                   "%1: not a member entry (path, size, sha256, sm3)")
                                   .arg(where);
            usable = false;
            continue;
        }
        if (member.path == manifestPath() || member.path.startsWith(kSignaturesFolder)) {
            report.problems << QCoreApplication::translate(
                                   "PackageVerify", "%1: lists %2, which a manifest cannot cover")
                                   .arg(where, member.path);
            usable = false;
            continue;
        }
        if (seen.contains(member.path)) {
            report.problems << QCoreApplication::translate("PackageVerify",
                                                           "%1: %2 is listed twice")
                                   .arg(where, member.path);
            usable = false;
            continue;
        }
        seen.insert(member.path);
        listed.append(member);
    }
    return usable;
}

/**
 * Reads manifest.json into @p manifest and the package's application, version, decision and
 * creation time into @p report; records what is wrong with it. False when the package
 * cannot be read at all.
 */
bool readManifest(const ZipReader &reader, VerifyReport &report, ManifestRead &manifest)
{
    const QString manifestName = manifestPath();
    manifest.present = reader.contains(manifestName);
    if (!manifest.present) {
        report.problems << QCoreApplication::translate("PackageVerify", "manifest.json is missing");
        return true;
    }
    auto data = readSmall(reader, manifestName);
    if (!data) {
        report.readable = false;
        report.problems << data.error().toString();
        return false;
    }
    manifest.bytes = data.value();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(manifest.bytes, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        report.problems << QCoreApplication::translate("PackageVerify",
                                                       "manifest.json is not a JSON object (%1)")
                               .arg(parseError.errorString());
    } else if (const auto strict = strictJsonProblem(manifestName, manifest.bytes, object)) {
        report.problems << *strict;
    } else if (object.value(QLatin1String("format")).toString() != QLatin1String(kPackageFormat)) {
        report.problems << QCoreApplication::translate("PackageVerify",
                                                       "manifest.json: format is not %1")
                               .arg(QLatin1String(kPackageFormat));
    } else {
        const QJsonObject application = object.value(QLatin1String("application")).toObject();
        report.applicationId = application.value(QLatin1String("id")).toString();
        report.applicationVersion = application.value(QLatin1String("version")).toInt();
        report.decision = object.value(QLatin1String("decision")).toString();
        report.created = object.value(QLatin1String("created")).toString();
        manifest.usable = listManifestMembers(object.value(QLatin1String("members")).toArray(),
                                              report, manifest.listed);
    }
    return true;
}

/**
 * Checks each member the manifest lists against its size and digests and adds its name to
 * @p expected. False when the package cannot be read at all.
 */
bool checkListedMembers(const ZipReader &reader, const QList<ManifestMember> &listed,
                        VerifyReport &report, QSet<QString> &expected)
{
    for (const ManifestMember &member : listed) {
        expected.insert(member.path);
        MemberCheck check;
        check.path = member.path;
        if (!reader.contains(member.path)) {
            check.status = MemberCheck::Status::Missing;
            report.members.append(check);
            continue;
        }
        Digests digests;
        bool damaged = false;
        auto streamed = reader.stream(
            member.path, [&digests](const char *data, qsizetype size) { digests.add(data, size); },
            &damaged);
        if (!streamed && damaged) {
            // Damaged data is not what was signed: that member is modified, and the rest of
            // the verdict still stands.
            check.status = MemberCheck::Status::Modified;
            check.detail = QCoreApplication::translate(
                "PackageVerify", "damaged: its compressed data cannot be read back intact");
            report.members.append(check);
            continue;
        }
        if (!streamed) {
            report.readable = false;
            report.problems.prepend(streamed.error().toString());
            return false;
        }
        const auto [sha256, sm3] = digests.finish();
        if (digests.size() != member.size) {
            check.status = MemberCheck::Status::Modified;
            // Exact sizes, in the one unit style of i18n::fileSize ("681 B").
            const QLocale locale;
            check.detail = QCoreApplication::translate("PackageVerify", "%1 B instead of %2 B")
                               .arg(locale.toString(qint64(digests.size())),
                                    locale.toString(qint64(member.size)));
        } else if (sha256 != member.sha256) {
            check.status = MemberCheck::Status::Modified;
            check.detail = QCoreApplication::translate("PackageVerify", "SHA-256 differs");
        } else if (sm3 != member.sm3) {
            check.status = MemberCheck::Status::Modified;
            check.detail = QCoreApplication::translate("PackageVerify", "SM3 differs");
        }
        report.members.append(check);
    }
    return true;
}

/**
 * Records as unexpected each member that is not @p expected (when the manifest cannot be
 * used, only those outside signatures/). False when the package cannot be read at all.
 */
bool checkUnexpectedMembers(const ZipReader &reader, const QSet<QString> &expected,
                            const ManifestRead &manifest, VerifyReport &report)
{
    for (const ZipEntry &entry : reader.entries()) {
        if (expected.contains(entry.path) ||
            (!manifest.usable && manifest.present && !entry.path.startsWith(kSignaturesFolder)))
            continue;
        // Read it all the same: a member that lies about its size makes the package unreadable.
        bool damaged = false;
        if (auto streamed = reader.stream(
                entry.path, [](const char *, qsizetype) {}, &damaged);
            !streamed && !damaged) {
            report.readable = false;
            report.problems.prepend(streamed.error().toString());
            return false;
        }
        MemberCheck check;
        check.path = entry.path;
        check.status = MemberCheck::Status::Unexpected;
        report.members.append(check);
    }
    return true;
}

/** Checks the reviewer's signature (required) and the approver's (when present). */
void checkSignatures(const ZipReader &reader, const ManifestRead &manifest, const RunTrust &trust,
                     VerifyReport &report)
{
    for (Role role : {Role::Reviewer, Role::Approver}) {
        const bool any = std::any_of(
            reader.entries().cbegin(), reader.entries().cend(), [role](const ZipEntry &entry) {
                return entry.path.startsWith(kSignaturesFolder + roleCode(role) + u'.');
            });
        if (!any) {
            if (role == Role::Reviewer)
                report.problems << QCoreApplication::translate(
                    "PackageVerify", "the reviewer's signature is missing");
            continue;
        }
        report.signatures.append(
            checkSignature(role, reader, manifest.bytes, manifest.present, trust));
    }
    const SignatureCheck *reviewer = report.signature(Role::Reviewer);
    const SignatureCheck *approver = report.signature(Role::Approver);
    if (reviewer && approver && reviewer->valid && approver->valid) {
        auto reviewJson = readSmall(reader, kReviewJson);
        report.approverProblem = countersignerProblem(approver->certificate, reviewer->certificate,
                                                      reviewJson ? *reviewJson : QByteArray());
    }
}

VerifyReport verifyReader(const ZipReader &reader, VerifyReport report, const RunTrust &trust)
{
    report.readable = true;
    ManifestRead manifest;
    if (!readManifest(reader, report, manifest))
        return report;

    // Members: what the manifest lists, then what it does not.
    QSet<QString> expected{manifestPath()};
    for (Role role : {Role::Reviewer, Role::Approver})
        for (const char *extension : {"json", "sig", "crt"})
            expected.insert(signaturePath(role, extension));
    if (!checkListedMembers(reader, manifest.listed, report, expected) ||
        !checkUnexpectedMembers(reader, expected, manifest, report))
        return report;

    checkSignatures(reader, manifest, trust, report);
    if (manifest.usable)
        report.problems << agreementProblems(reader, report);
    return report;
}

} // namespace

const SignatureCheck *VerifyReport::signature(Role role) const
{
    for (const SignatureCheck &check : signatures) {
        if (check.role == role)
            return &check;
    }
    return nullptr;
}

bool VerifyReport::valid() const
{
    if (!readable || !problems.isEmpty() || !signature(Role::Reviewer))
        return false;
    return std::all_of(members.cbegin(), members.cend(),
                       [](const MemberCheck &m) { return m.status == MemberCheck::Status::Ok; }) &&
           std::all_of(signatures.cbegin(), signatures.cend(),
                       [](const SignatureCheck &s) { return s.valid; });
}

bool VerifyReport::approved() const
{
    const SignatureCheck *reviewer = signature(Role::Reviewer);
    const SignatureCheck *approver = signature(Role::Approver);
    return valid() && reviewer && approver && reviewer->valid && approver->valid &&
           approverProblem.isEmpty() &&
           reviewer->certificate.sha256() != approver->certificate.sha256() &&
           reviewer->certificate.publicKeySha256() != approver->certificate.publicKeySha256();
}

bool VerifyReport::trusted() const
{
    return !signatures.isEmpty() && std::all_of(signatures.cbegin(), signatures.cend(),
                                                [](const SignatureCheck &s) { return s.trusted; });
}

QStringList VerifyReport::errors() const
{
    QStringList list = problems;
    if (!readable)
        return list;
    for (const MemberCheck &m : members) {
        if (m.status == MemberCheck::Status::Ok)
            continue;
        list << (m.detail.isEmpty()
                     ? QStringLiteral("%1: %2").arg(m.path, memberStatusCode(m.status))
                     : QStringLiteral("%1: %2 (%3)")
                           .arg(m.path, memberStatusCode(m.status), m.detail));
    }
    for (const SignatureCheck &s : signatures) {
        if (!s.valid)
            list << QStringLiteral("signatures/%1: invalid: %2").arg(roleCode(s.role), s.reason);
    }
    if (options.requireTrusted) {
        for (const SignatureCheck &s : signatures) {
            if (!s.trusted)
                list << QStringLiteral("signatures/%1: signer not trusted: %2")
                            .arg(roleCode(s.role), s.trustReason);
        }
    }
    if (options.requireApproved && !approved())
        list << (!signature(Role::Approver)
                     ? QStringLiteral("not approved: no approver's countersignature")
                 : !approverProblem.isEmpty()
                     ? QStringLiteral("not approved: %1").arg(approverProblem)
                     : QStringLiteral("not approved: the countersignature is not valid or is the "
                                      "reviewer's"));
    return list;
}

QString VerifyReport::verdict() const
{
    if (!readable)
        return QCoreApplication::translate("PackageVerify", "INVALID: not a readable package: %1")
            .arg(problems.value(0));
    if (!valid()) {
        QStringList what;
        for (const MemberCheck &m : members) {
            if (m.status == MemberCheck::Status::Modified)
                what << QCoreApplication::translate("PackageVerify", "%1 modified").arg(m.path);
            else if (m.status == MemberCheck::Status::Missing)
                what << QCoreApplication::translate("PackageVerify", "%1 missing").arg(m.path);
            else if (m.status == MemberCheck::Status::Unexpected)
                what << QCoreApplication::translate("PackageVerify", "%1 unexpected").arg(m.path);
        }
        for (const SignatureCheck &s : signatures) {
            if (!s.valid)
                what << QCoreApplication::translate("PackageVerify", "%1 signature invalid")
                            .arg(roleLabel(s.role));
        }
        what << problems;
        const qsizetype shown = 3;
        QString text = what.mid(0, shown).join(QCoreApplication::translate("PackageVerify", ", "));
        if (what.size() > shown)
            text += QCoreApplication::translate("PackageVerify", " and %n more", nullptr,
                                                int(what.size() - shown));
        return QCoreApplication::translate("PackageVerify", "INVALID: %1").arg(text);
    }
    if (approved())
        return trusted() ? QCoreApplication::translate("PackageVerify", "valid and approved")
                         : QCoreApplication::translate("PackageVerify",
                                                       "valid and approved, signer not trusted");
    if (signature(Role::Approver) && !approverProblem.isEmpty())
        return QCoreApplication::translate("PackageVerify", "valid, but not approved: %1")
            .arg(approverProblem);
    return trusted() ? QCoreApplication::translate("PackageVerify", "valid, not countersigned")
                     : QCoreApplication::translate("PackageVerify", "valid, signer not trusted");
}

int VerifyReport::exitCode() const
{
    if (!readable)
        return 2;
    if (!valid())
        return 1;
    if (options.requireTrusted && !trusted())
        return 1;
    if (options.requireApproved && !approved())
        return 1;
    return 0;
}

QJsonObject VerifyReport::toJson() const
{
    QJsonArray memberArray;
    for (const MemberCheck &m : members) {
        QJsonObject object{{QStringLiteral("path"), m.path},
                           {QStringLiteral("status"), memberStatusCode(m.status)}};
        if (!m.detail.isEmpty())
            object.insert(QStringLiteral("detail"), m.detail);
        memberArray.append(object);
    }
    QJsonArray signatureArray;
    for (const SignatureCheck &s : signatures) {
        signatureArray.append(QJsonObject{
            {QStringLiteral("role"), roleCode(s.role)},
            {QStringLiteral("signer"), s.signer},
            {QStringLiteral("certSha256"), s.certSha256},
            {QStringLiteral("signedAt"), s.signedAt},
            {QStringLiteral("algorithm"), s.algorithm},
            {QStringLiteral("valid"), s.valid},
            {QStringLiteral("trusted"), s.trusted},
            {QStringLiteral("reason"), !s.valid    ? s.reason
                                       : s.trusted ? QString()
                                                   : s.trustReason},
            {QStringLiteral("trustReason"), s.trustReason},
        });
    }
    QJsonObject object{{QStringLiteral("file"), label},
                       {QStringLiteral("valid"), valid()},
                       {QStringLiteral("approved"), approved()},
                       {QStringLiteral("trusted"), trusted()},
                       {QStringLiteral("verdict"), verdict()},
                       {QStringLiteral("exitCode"), exitCode()},
                       {QStringLiteral("members"), memberArray},
                       {QStringLiteral("signatures"), signatureArray},
                       {QStringLiteral("errors"), QJsonArray::fromStringList(errors())}};
    if (!applicationId.isEmpty())
        object.insert(QStringLiteral("application"),
                      QJsonObject{{QStringLiteral("id"), applicationId},
                                  {QStringLiteral("version"), applicationVersion}});
    if (!decision.isEmpty())
        object.insert(QStringLiteral("decision"), decision);
    if (!created.isEmpty())
        object.insert(QStringLiteral("created"), created);
    return object;
}

VerifyReport verifyPackage(const QString &file, const TrustStore &trust,
                           const VerifyOptions &options)
{
    VerifyReport report;
    report.label = QFileInfo(file).fileName();
    report.options = options;
    auto reader = ZipReader::openFile(file, options.limits);
    if (!reader) {
        report.problems << reader.error().toString();
        return report;
    }
    const RunTrust runTrust(trust, options.extraTrust);
    return verifyReader(*reader.value(), std::move(report), runTrust);
}

VerifyReport verifyPackageData(const QByteArray &data, const QString &label,
                               const TrustStore &trust, const VerifyOptions &options)
{
    VerifyReport report;
    report.label = label;
    report.options = options;
    auto reader = ZipReader::openData(data, label, options.limits);
    if (!reader) {
        report.problems << reader.error().toString();
        return report;
    }
    const RunTrust runTrust(trust, options.extraTrust);
    return verifyReader(*reader.value(), std::move(report), runTrust);
}

} // namespace gd::package
