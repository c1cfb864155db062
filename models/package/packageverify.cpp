// SPDX-License-Identifier: GPL-3.0-or-later
#include "package.h"

#include <algorithm>
#include <memory>
#include <optional>

#include <QCoreApplication>
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
#include "packageinternal.h"

namespace gd::package {

using namespace internal;

namespace {

constexpr qint64 kMaxSmallMember = 64 << 20; // manifest, signed attributes, signature, cert
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

/** The trust store for one run: the workstation's, plus --trust certificates. */
/** The trust store as read once for a run, with the certificates `--trust` adds. */
class RunTrust
{
public:
    RunTrust(const TrustStore &store, const QList<Certificate> &extra)
        : m_trusted(store.certificates())
    {
        if (extra.isEmpty())
            return;
        // Extra certificates are trusted even when the store cannot be read.
        QList<Certificate> all = m_trusted ? m_trusted.value() : QList<Certificate>();
        all += extra;
        m_trusted = all;
    }
    bool isTrusted(const Certificate &certificate, const QDateTime &when, QString *reason) const
    {
        return TrustStore::isTrustedBy(m_trusted, certificate, when, reason);
    }
    QList<Certificate> certificates() const
    {
        return m_trusted ? m_trusted.value() : QList<Certificate>();
    }

private:
    Result<QList<Certificate>> m_trusted;
};

Result<QByteArray> readSmall(const ZipReader &reader, const QString &path)
{
    for (const ZipEntry &entry : reader.entries()) {
        if (entry.path == path && entry.size > kMaxSmallMember)
            return Error{path, QStringLiteral("%1 bytes, too large for this file").arg(entry.size)};
    }
    return reader.read(path);
}

/**
 * The signed JSON parts are read by one rule: what GrantDesk wrote, canonical JSON
 * (RFC 8785), and nothing QJsonDocument would read differently from another parser — a
 * key twice (the last one wins here, the first elsewhere), a lone surrogate, NUL.
 */
std::optional<QString> strictJsonProblem(const QString &member, const QByteArray &json,
                                         const QJsonObject &object)
{
    if (const auto strict = strictjson::problem(json)) {
        return strict->path.isEmpty() ? QCoreApplication::translate("PackageVerify", "%1: %2")
                                            .arg(member, strict->what)
                                      : QCoreApplication::translate("PackageVerify", "%1: %2: %3")
                                            .arg(member, strict->path, strict->what);
    }
    if (canonicaljson::serialize(object) != json)
        return QCoreApplication::translate("PackageVerify",
                                           "%1 is not written as GrantDesk writes it (canonical "
                                           "JSON): it was edited or re-encoded")
            .arg(member);
    return std::nullopt;
}

SignatureCheck checkSignature(Role role, const ZipReader &reader, const QByteArray &manifest,
                              bool manifestPresent, const RunTrust &trust)
{
    SignatureCheck check;
    check.role = role;
    auto fail = [&check](const QString &reason) {
        check.valid = false;
        check.reason = reason;
        return check;
    };
    QByteArray parts[3];
    const char *extensions[3] = {"json", "sig", "crt"};
    for (int i = 0; i < 3; ++i) {
        const QString path = signaturePath(role, extensions[i]);
        if (!reader.contains(path))
            return fail(QCoreApplication::translate("PackageVerify", "%1 is missing").arg(path));
        auto data = readSmall(reader, path);
        if (!data)
            return fail(data.error().toString());
        parts[i] = data.value();
    }
    const QByteArray &json = parts[0];
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject attributes = document.object();
    const QJsonObject signer = attributes.value(QLatin1String("signer")).toObject();
    check.signer = signer.value(QLatin1String("subject")).toString();
    check.certSha256 = signer.value(QLatin1String("certSha256")).toString();
    check.signedAt = attributes.value(QLatin1String("signedAt")).toString();
    check.algorithm = attributes.value(QLatin1String("algorithm")).toString();

    auto certificate = Certificate::fromData(parts[2]);
    if (certificate) {
        check.certificate = certificate.value();
        check.signer = check.certificate.subject();
        check.trusted =
            trust.isTrusted(check.certificate, parseIsoUtc(check.signedAt).value_or(QDateTime()),
                            &check.trustReason);
        if (!check.trusted && check.trustReason.isEmpty())
            check.trustReason =
                QCoreApplication::translate("PackageVerify", "signer not in the trust store");
    } else {
        check.trustReason = QCoreApplication::translate("PackageVerify", "certificate unreadable");
    }
    const QString jsonPath = signaturePath(role, "json");
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(QCoreApplication::translate("PackageVerify", "%1 is not a JSON object (%2)")
                        .arg(jsonPath, parseError.errorString()));
    if (const auto strict = strictJsonProblem(jsonPath, json, document.object()))
        return fail(*strict);
    if (!certificate)
        return fail(QCoreApplication::translate("PackageVerify", "%1: certificate unreadable (%2)")
                        .arg(signaturePath(role, "crt"), certificate.error().what));
    if (parts[2] != check.certificate.pem())
        return fail(QCoreApplication::translate("PackageVerify",
                                                "%1 is not the certificate as it was written "
                                                "(edited or re-encoded)")
                        .arg(signaturePath(role, "crt")));
    if (check.certificate.sha256() != check.certSha256)
        return fail(QCoreApplication::translate(
                        "PackageVerify",
                        "the certificate is not the one signed for (its SHA-256 %1 is not "
                        "certSha256 %2)")
                        .arg(check.certificate.sha256(), check.certSha256));
    if (auto verified = verifySignature(check.certificate, json, parts[1]); !verified)
        return fail(QCoreApplication::translate("PackageVerify",
                                                "the signature over %1 does not verify (%2)")
                        .arg(jsonPath, verified.error().what));
    if (attributes.value(QLatin1String("format")).toString() != QLatin1String(kSignatureFormat))
        return fail(QCoreApplication::translate("PackageVerify", "%1: format is not %2")
                        .arg(jsonPath, QLatin1String(kSignatureFormat)));
    if (attributes.value(QLatin1String("role")).toString() != roleCode(role))
        return fail(QCoreApplication::translate("PackageVerify", "%1: signed for role \"%2\"")
                        .arg(jsonPath, attributes.value(QLatin1String("role")).toString()));
    const auto algorithm = algorithmFromCode(check.algorithm);
    if (!algorithm || algorithm != check.certificate.algorithm())
        return fail(QCoreApplication::translate("PackageVerify",
                                                "%1: algorithm \"%2\" is not the certificate's")
                        .arg(jsonPath, check.algorithm));
    if (!manifestPresent)
        return fail(QCoreApplication::translate("PackageVerify", "manifest.json is missing"));
    if (attributes.value(QLatin1String("manifestSha256")).toString() !=
            hashing::sha256Hex(manifest) ||
        attributes.value(QLatin1String("manifestSm3")).toString() != hashing::sm3Hex(manifest))
        return fail(QCoreApplication::translate(
            "PackageVerify", "manifest.json is not the manifest that was signed (modified)"));
    const auto signedAt = parseIsoUtc(check.signedAt);
    if (!signedAt)
        return fail(
            QCoreApplication::translate("PackageVerify", "%1: signedAt \"%2\" is not a UTC time")
                .arg(jsonPath, check.signedAt));
    if (check.certificate.isSelfIssued()) {
        if (auto own = check.certificate.checkSignedBy(check.certificate); !own)
            return fail(QCoreApplication::translate(
                            "PackageVerify", "the certificate's own signature does not verify (%1)")
                            .arg(own.error().what));
    } else {
        const QList<Certificate> known = trust.certificates();
        const bool issuerFound =
            std::any_of(known.cbegin(), known.cend(), [&check](const Certificate &issuer) {
                return check.certificate.checkSignedBy(issuer).ok();
            });
        if (!issuerFound)
            return fail(QCoreApplication::translate(
                            "PackageVerify",
                            "the certificate was issued by %1, which is not in the trust store: "
                            "its signature cannot be checked")
                            .arg(check.certificate.issuer()));
    }
    if (*signedAt < check.certificate.notBefore())
        return fail(QCoreApplication::translate(
                        "PackageVerify", "signed at %1, before the certificate was valid (from %2)")
                        .arg(check.signedAt, isoUtc(check.certificate.notBefore())));
    if (*signedAt > check.certificate.notAfter())
        return fail(QCoreApplication::translate("PackageVerify",
                                                "signed at %1, after the certificate expired (%2)")
                        .arg(check.signedAt, isoUtc(check.certificate.notAfter())));
    check.valid = true;
    return check;
}

/**
 * The package agrees with itself: review.json, which the manifest covers, states the same
 * application, version and decision as the manifest, and each valid signature is made by
 * the officer review.json records for that role (after NFKC: full-width and compatibility
 * forms compare equal). Packages GrantDesk wrote always agreed; one that does not was put
 * together by hand from parts of different reviews. Only what review.json states is
 * compared: a review record (grantdesk.review/1) states all of it.
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
    const bool record =
        review.value(QLatin1String("format")).toString() == QLatin1String("grantdesk.review/1");
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

VerifyReport verifyReader(const ZipReader &reader, VerifyReport report, const RunTrust &trust)
{
    report.readable = true;
    const QString manifestName = manifestPath();
    QByteArray manifest;
    bool manifestPresent = reader.contains(manifestName);
    QList<ManifestMember> listed;
    bool manifestUsable = false;
    if (!manifestPresent) {
        report.problems << QCoreApplication::translate("PackageVerify", "manifest.json is missing");
    } else if (auto data = readSmall(reader, manifestName); !data) {
        report.readable = false;
        report.problems << data.error().toString();
        return report;
    } else {
        manifest = data.value();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(manifest, &parseError);
        const QJsonObject object = document.object();
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            report.problems << QCoreApplication::translate(
                                   "PackageVerify", "manifest.json is not a JSON object (%1)")
                                   .arg(parseError.errorString());
        } else if (const auto strict = strictJsonProblem(manifestName, manifest, object)) {
            report.problems << *strict;
        } else if (object.value(QLatin1String("format")).toString() !=
                   QLatin1String(kPackageFormat)) {
            report.problems << QCoreApplication::translate("PackageVerify",
                                                           "manifest.json: format is not %1")
                                   .arg(QLatin1String(kPackageFormat));
        } else {
            manifestUsable = true;
            const QJsonObject application = object.value(QLatin1String("application")).toObject();
            report.applicationId = application.value(QLatin1String("id")).toString();
            report.applicationVersion = application.value(QLatin1String("version")).toInt();
            report.decision = object.value(QLatin1String("decision")).toString();
            report.created = object.value(QLatin1String("created")).toString();
            const QJsonArray members = object.value(QLatin1String("members")).toArray();
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
                    report.problems
                        << QCoreApplication::translate(
                               "PackageVerify", "%1: not a member entry (path, size, sha256, sm3)")
                               .arg(where);
                    manifestUsable = false;
                    continue;
                }
                if (member.path == manifestName || member.path.startsWith(kSignaturesFolder)) {
                    report.problems
                        << QCoreApplication::translate(
                               "PackageVerify", "%1: lists %2, which a manifest cannot cover")
                               .arg(where, member.path);
                    manifestUsable = false;
                    continue;
                }
                if (seen.contains(member.path)) {
                    report.problems
                        << QCoreApplication::translate("PackageVerify", "%1: %2 is listed twice")
                               .arg(where, member.path);
                    manifestUsable = false;
                    continue;
                }
                seen.insert(member.path);
                listed.append(member);
            }
        }
    }

    // Members: what the manifest lists, then what it does not.
    QSet<QString> expected{manifestName};
    for (Role role : {Role::Reviewer, Role::Approver})
        for (const char *extension : {"json", "sig", "crt"})
            expected.insert(signaturePath(role, extension));
    for (const ManifestMember &member : std::as_const(listed)) {
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
            return report;
        }
        const auto [sha256, sm3] = digests.finish();
        if (digests.size() != member.size) {
            check.status = MemberCheck::Status::Modified;
            check.detail = QCoreApplication::translate("PackageVerify", "%1 bytes instead of %2")
                               .arg(digests.size())
                               .arg(member.size);
        } else if (sha256 != member.sha256) {
            check.status = MemberCheck::Status::Modified;
            check.detail = QCoreApplication::translate("PackageVerify", "SHA-256 differs");
        } else if (sm3 != member.sm3) {
            check.status = MemberCheck::Status::Modified;
            check.detail = QCoreApplication::translate("PackageVerify", "SM3 differs");
        }
        report.members.append(check);
    }
    for (const ZipEntry &entry : reader.entries()) {
        if (expected.contains(entry.path) ||
            (!manifestUsable && manifestPresent && !entry.path.startsWith(kSignaturesFolder)))
            continue;
        // Read it all the same: a member that lies about its size makes the package unreadable.
        bool damaged = false;
        if (auto streamed = reader.stream(
                entry.path, [](const char *, qsizetype) {}, &damaged);
            !streamed && !damaged) {
            report.readable = false;
            report.problems.prepend(streamed.error().toString());
            return report;
        }
        MemberCheck check;
        check.path = entry.path;
        check.status = MemberCheck::Status::Unexpected;
        report.members.append(check);
    }

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
        report.signatures.append(checkSignature(role, reader, manifest, manifestPresent, trust));
    }
    const SignatureCheck *reviewer = report.signature(Role::Reviewer);
    const SignatureCheck *approver = report.signature(Role::Approver);
    if (reviewer && approver && reviewer->valid && approver->valid) {
        auto reviewJson = readSmall(reader, kReviewJson);
        report.approverProblem = countersignerProblem(approver->certificate, reviewer->certificate,
                                                      reviewJson ? *reviewJson : QByteArray());
    }
    if (manifestUsable)
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
