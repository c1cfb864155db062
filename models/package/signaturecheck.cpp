// SPDX-License-Identifier: GPL-3.0-or-later
#include "signaturecheck.h"

#include <algorithm>
#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include "core/hashing.h"
#include "package/signerrole.h"
#include "packageinternal.h"

namespace gd::package::internal {

namespace {

/** The three files of one role's signature, the signed attributes parsed. */
struct SignatureParts
{
    QByteArray json; // the signed attributes
    QByteArray signature;
    QByteArray certificate;
    QJsonParseError parseError{};
    QJsonDocument document;
    QJsonObject attributes;
};

/** Reads signatures/<role>.json, .sig and .crt; the reason when one is missing or too large. */
std::optional<QString> readSignatureParts(Role role, const ZipReader &reader, SignatureParts &parts)
{
    QByteArray *targets[3] = {&parts.json, &parts.signature, &parts.certificate};
    const char *extensions[3] = {"json", "sig", "crt"};
    for (int i = 0; i < 3; ++i) {
        const QString path = signaturePath(role, extensions[i]);
        if (!reader.contains(path))
            return QCoreApplication::translate("PackageVerify", "%1 is missing").arg(path);
        auto data = readSmall(reader, path);
        if (!data)
            return data.error().toString();
        *targets[i] = data.value();
    }
    parts.document = QJsonDocument::fromJson(parts.json, &parts.parseError);
    parts.attributes = parts.document.object();
    return std::nullopt;
}

/** What the signature states and who made it, shown even when it does not verify. */
void describeSigner(SignatureCheck &check, const SignatureParts &parts,
                    const Result<Certificate> &certificate, const RunTrust &trust)
{
    const QJsonObject signer = parts.attributes.value(QLatin1String("signer")).toObject();
    check.signer = signer.value(QLatin1String("subject")).toString();
    check.certSha256 = signer.value(QLatin1String("certSha256")).toString();
    check.signedAt = parts.attributes.value(QLatin1String("signedAt")).toString();
    check.algorithm = parts.attributes.value(QLatin1String("algorithm")).toString();
    if (!certificate) {
        check.trustReason = QCoreApplication::translate("PackageVerify", "certificate unreadable");
        return;
    }
    check.certificate = certificate.value();
    check.signer = check.certificate.subject();
    check.trusted = trust.isTrusted(
        check.certificate, parseIsoUtc(check.signedAt).value_or(QDateTime()), &check.trustReason);
    if (!check.trusted && check.trustReason.isEmpty())
        check.trustReason =
            QCoreApplication::translate("PackageVerify", "signer not in the trust store");
}

/**
 * The parts are as GrantDesk wrote them and belong together: the certificate is the one
 * signed for, the signature verifies over the attributes, which name this role.
 */
std::optional<QString> partsProblem(Role role, const SignatureCheck &check,
                                    const SignatureParts &parts,
                                    const Result<Certificate> &certificate)
{
    const QString jsonPath = signaturePath(role, "json");
    if (parts.parseError.error != QJsonParseError::NoError || !parts.document.isObject())
        return QCoreApplication::translate("PackageVerify", "%1 is not a JSON object (%2)")
            .arg(jsonPath, parts.parseError.errorString());
    if (const auto strict = strictJsonProblem(jsonPath, parts.json, parts.document.object()))
        return strict;
    if (!certificate)
        return QCoreApplication::translate("PackageVerify", "%1: certificate unreadable (%2)")
            .arg(signaturePath(role, "crt"), certificate.error().what);
    if (parts.certificate != check.certificate.pem())
        return QCoreApplication::translate("PackageVerify",
                                           "%1 is not the certificate as it was written "
                                           "(edited or re-encoded)")
            .arg(signaturePath(role, "crt"));
    if (check.certificate.sha256() != check.certSha256)
        return QCoreApplication::translate(
                   "PackageVerify",
                   "the certificate is not the one signed for (its SHA-256 %1 is not "
                   "certSha256 %2)")
            .arg(check.certificate.sha256(), check.certSha256);
    if (auto verified = verifySignature(check.certificate, parts.json, parts.signature); !verified)
        return QCoreApplication::translate("PackageVerify",
                                           "the signature over %1 does not verify (%2)")
            .arg(jsonPath, verified.error().what);
    const QJsonObject &attributes = parts.attributes;
    if (attributes.value(QLatin1String("format")).toString() != QLatin1String(kSignatureFormat))
        return QCoreApplication::translate("PackageVerify", "%1: format is not %2")
            .arg(jsonPath, QLatin1String(kSignatureFormat));
    if (attributes.value(QLatin1String("role")).toString() != roleCode(role))
        return QCoreApplication::translate("PackageVerify", "%1: signed for role \"%2\"")
            .arg(jsonPath, attributes.value(QLatin1String("role")).toString());
    const auto algorithm = algorithmFromCode(check.algorithm);
    if (!algorithm || algorithm != check.certificate.algorithm())
        return QCoreApplication::translate("PackageVerify",
                                           "%1: algorithm \"%2\" is not the certificate's")
            .arg(jsonPath, check.algorithm);
    return std::nullopt;
}

/** The signature covers this manifest, present and unchanged. */
std::optional<QString> signedManifestProblem(const QJsonObject &attributes,
                                             const QByteArray &manifest, bool manifestPresent)
{
    if (!manifestPresent)
        return QCoreApplication::translate("PackageVerify", "manifest.json is missing");
    if (attributes.value(QLatin1String("manifestSha256")).toString() !=
            hashing::sha256Hex(manifest) ||
        attributes.value(QLatin1String("manifestSm3")).toString() != hashing::sm3Hex(manifest))
        return QCoreApplication::translate(
            "PackageVerify", "manifest.json is not the manifest that was signed (modified)");
    return std::nullopt;
}

/** The certificate's own signature checks out and it was valid when the package was signed. */
std::optional<QString> certificateProblem(Role role, const SignatureCheck &check,
                                          const RunTrust &trust)
{
    const auto signedAt = parseIsoUtc(check.signedAt);
    if (!signedAt)
        return QCoreApplication::translate("PackageVerify", "%1: signedAt \"%2\" is not a UTC time")
            .arg(signaturePath(role, "json"), check.signedAt);
    if (check.certificate.isSelfIssued()) {
        if (auto own = check.certificate.checkSignedBy(check.certificate); !own)
            return QCoreApplication::translate(
                       "PackageVerify", "the certificate's own signature does not verify (%1)")
                .arg(own.error().what);
    } else {
        const QList<Certificate> known = trust.certificates();
        const bool issuerFound =
            std::any_of(known.cbegin(), known.cend(), [&check](const Certificate &issuer) {
                return check.certificate.checkSignedBy(issuer).ok();
            });
        if (!issuerFound)
            return QCoreApplication::translate(
                       "PackageVerify",
                       "the certificate was issued by %1, which is not in the trust store: "
                       "its signature cannot be checked")
                .arg(check.certificate.issuer());
    }
    if (*signedAt < check.certificate.notBefore())
        return QCoreApplication::translate(
                   "PackageVerify", "signed at %1, before the certificate was valid (from %2)")
            .arg(check.signedAt, isoUtc(check.certificate.notBefore()));
    if (*signedAt > check.certificate.notAfter())
        return QCoreApplication::translate("PackageVerify",
                                           "signed at %1, after the certificate expired (%2)")
            .arg(check.signedAt, isoUtc(check.certificate.notAfter()));
    return std::nullopt;
}

} // namespace

SignatureCheck checkSignature(Role role, const ZipReader &reader, const QByteArray &manifest,
                              bool manifestPresent, const RunTrust &trust)
{
    SignatureCheck check;
    check.role = role;
    SignatureParts parts;
    std::optional<QString> problem = readSignatureParts(role, reader, parts);
    if (!problem) {
        const Result<Certificate> certificate = Certificate::fromData(parts.certificate);
        describeSigner(check, parts, certificate, trust);
        problem = partsProblem(role, check, parts, certificate);
        if (!problem)
            problem = signedManifestProblem(parts.attributes, manifest, manifestPresent);
        if (!problem)
            problem = certificateProblem(role, check, trust);
    }
    check.valid = !problem;
    if (problem)
        check.reason = *problem;
    return check;
}

} // namespace gd::package::internal
