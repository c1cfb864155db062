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
#include "core/hashing.h"
#include "package/keystore.h"
#include "package/signerrole.h"
#include "package/verifytext.h"

namespace gd::package {
namespace {

constexpr qint64 kMaxSmallMember = 64 << 20; // manifest, signed attributes, signature, cert
const QString kVerifyPath = QStringLiteral("VERIFY.txt");
const QString kReviewJsonPath = QStringLiteral("review.json");
const QString kReviewPdfPath = QStringLiteral("review.pdf");
const QString kSignaturesFolder = QStringLiteral("signatures/");

QString manifestPath()
{
    return QString::fromLatin1(kManifestPath);
}

QString isoUtc(const QDateTime &when)
{
    QDateTime t = when.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t.toString(Qt::ISODate); // "2026-11-26T19:00:00Z"
}

std::optional<QDateTime> parseIsoUtc(const QString &text)
{
    if (!text.endsWith(QLatin1Char('Z')))
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

/** SHA-256 and SM3 of a stream of bytes at once. */
class Digests
{
public:
    Digests()
        : m_sha256(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
        , m_sm3(EVP_MD_CTX_new(), &EVP_MD_CTX_free)
    {
        EVP_MD *sm3 = EVP_MD_fetch(nullptr, "SM3", nullptr);
        m_ok = m_sha256 && m_sm3 && sm3 &&
               EVP_DigestInit_ex(m_sha256.get(), EVP_sha256(), nullptr) == 1 &&
               EVP_DigestInit_ex(m_sm3.get(), sm3, nullptr) == 1;
        EVP_MD_free(sm3);
    }
    void add(const char *data, qsizetype size)
    {
        m_ok = m_ok && EVP_DigestUpdate(m_sha256.get(), data, size_t(size)) == 1 &&
               EVP_DigestUpdate(m_sm3.get(), data, size_t(size)) == 1;
        m_size += size;
    }
    /** {sha256, sm3} lowercase hex; empty strings when OpenSSL failed. */
    std::pair<QString, QString> finish()
    {
        unsigned char a[EVP_MAX_MD_SIZE];
        unsigned char b[EVP_MAX_MD_SIZE];
        unsigned int la = 0;
        unsigned int lb = 0;
        if (!m_ok || EVP_DigestFinal_ex(m_sha256.get(), a, &la) != 1 ||
            EVP_DigestFinal_ex(m_sm3.get(), b, &lb) != 1)
            return {};
        return {QString::fromLatin1(QByteArray(reinterpret_cast<char *>(a), int(la)).toHex()),
                QString::fromLatin1(QByteArray(reinterpret_cast<char *>(b), int(lb)).toHex())};
    }
    qint64 size() const { return m_size; }

private:
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_sha256;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> m_sm3;
    bool m_ok = false;
    qint64 m_size = 0;
};

/** Counts steps for a Progress callback and remembers a cancel. */
class Steps
{
public:
    Steps(const Progress &progress, int total)
        : m_progress(progress)
        , m_total(total)
    {}
    bool step(int n = 1)
    {
        m_done = std::min(m_total, m_done + n);
        if (m_progress && !m_cancelled && !m_progress(m_done, m_total))
            m_cancelled = true;
        return !m_cancelled;
    }
    /** For writeZip(): the last @p span steps follow the zip's own fraction. */
    std::function<bool(double)> zipProgress(int span)
    {
        if (!m_progress)
            return {};
        const int base = m_done;
        return [this, base, span](double fraction) {
            const int done = base + int(fraction * span);
            if (done > m_done)
                return step(done - m_done);
            return !m_cancelled;
        };
    }
    bool cancelled() const { return m_cancelled; }

private:
    const Progress &m_progress;
    int m_total = 0;
    int m_done = 0;
    bool m_cancelled = false;
};

const Error kCancelled{QStringLiteral("package"), QStringLiteral("cancelled")};

QString roleLabel(Role role)
{
    return role == Role::Reviewer ? QCoreApplication::translate("PackageVerify", "reviewer")
                                  : QCoreApplication::translate("PackageVerify", "approver");
}

QString signaturePath(Role role, const char *extension)
{
    return kSignaturesFolder + roleCode(role) + QLatin1Char('.') + QLatin1String(extension);
}

/** The signer's key and certificate belong together and the certificate is valid at @p at. */
Status checkSigner(const Signer &signer, const QDateTime &at)
{
    const QString where = QStringLiteral("signing key");
    if (signer.key.isNull() || signer.certificate.isNull())
        return Error{where, QStringLiteral("no key or no certificate")};
    if (!signer.key.algorithm() || !signer.certificate.algorithm())
        return Error{where, QStringLiteral("neither an SM2 nor an Ed25519 key")};
    if (signer.key.publicKeySha256() != signer.certificate.publicKeySha256())
        return Error{where, QStringLiteral("the key does not belong to the certificate of %1")
                                .arg(signer.certificate.subject())};
    if (!signer.certificate.isValidAt(at))
        return Error{where, QStringLiteral("the certificate of %1 is not valid at %2 (valid from "
                                           "%3 to %4)")
                                .arg(signer.certificate.subject(), isoUtc(at),
                                     isoUtc(signer.certificate.notBefore()),
                                     isoUtc(signer.certificate.notAfter()))};
    return success();
}

/** signatures/<role>.{json,sig,crt} for @p manifest, signed by @p signer at @p at. */
Result<QList<ZipMember>> signatureMembers(Role role, const Signer &signer,
                                          const QByteArray &manifest, const QDateTime &at)
{
    const QJsonObject attributes{
        {QStringLiteral("format"), QString::fromLatin1(kSignatureFormat)},
        {QStringLiteral("role"), roleCode(role)},
        {QStringLiteral("algorithm"), algorithmCode(*signer.certificate.algorithm())},
        {QStringLiteral("manifestSha256"), hashing::sha256Hex(manifest)},
        {QStringLiteral("manifestSm3"), hashing::sm3Hex(manifest)},
        {QStringLiteral("signedAt"), isoUtc(at)},
        {QStringLiteral("signer"),
         QJsonObject{{QStringLiteral("subject"), signer.certificate.subject()},
                     {QStringLiteral("certSha256"), signer.certificate.sha256()}}}};
    const QByteArray json = canonicaljson::serialize(attributes);
    auto signature = sign(signer.key, json);
    if (!signature)
        return signature.error();
    // A signature that does not verify is never written.
    if (auto checked = verifySignature(signer.certificate, json, signature.value()); !checked)
        return Error{QStringLiteral("signing"), checked.error().what};
    return QList<ZipMember>{{signaturePath(role, "json"), json},
                            {signaturePath(role, "sig"), signature.value()},
                            {signaturePath(role, "crt"), signer.certificate.pem()}};
}

SignedPackage finish(QByteArray zip, const QByteArray &manifest)
{
    SignedPackage signedPackage;
    signedPackage.fileSha256 = hashing::sha256Hex(zip);
    signedPackage.data = std::move(zip);
    signedPackage.manifestSha256 = hashing::sha256Hex(manifest);
    signedPackage.manifestSm3 = hashing::sm3Hex(manifest);
    return signedPackage;
}

// --- verification ----------------------------------------------------------------------

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
        auto reviewJson = readSmall(reader, kReviewJsonPath);
        report.approverProblem = countersignerProblem(approver->certificate, reviewer->certificate,
                                                      reviewJson ? *reviewJson : QByteArray());
    }
    return report;
}

} // namespace

QString roleCode(Role role)
{
    return role == Role::Reviewer ? QStringLiteral("reviewer") : QStringLiteral("approver");
}

QString memberStatusCode(MemberCheck::Status status)
{
    switch (status) {
    case MemberCheck::Status::Ok:
        return QStringLiteral("ok");
    case MemberCheck::Status::Modified:
        return QStringLiteral("modified");
    case MemberCheck::Status::Missing:
        return QStringLiteral("missing");
    case MemberCheck::Status::Unexpected:
        return QStringLiteral("unexpected");
    }
    return {};
}

// --- building ---------------------------------------------------------------------------

Result<SignedPackage> buildPackage(const PackageContent &content, const Signer &reviewer,
                                   const QDateTime &signedAt, const Progress &progress)
{
    const QDateTime at = signedAt.isValid() ? signedAt : QDateTime::currentDateTimeUtc();
    if (auto ok = checkSigner(reviewer, at); !ok)
        return ok.error();
    if (content.applicationId.isEmpty() || content.applicationVersion < 1)
        return Error{QStringLiteral("package"), QStringLiteral("no application id or version")};

    QList<ZipMember> members{
        {kReviewJsonPath, content.reviewJson},
        {kReviewPdfPath, content.reviewPdf},
        {kVerifyPath, verifyText(content.applicationId, content.applicationVersion)}};
    for (const ZipMember &attachment : content.attachments) {
        if (!attachment.path.startsWith(QLatin1String("attachments/")))
            return Error{attachment.path, QStringLiteral("attachments go under attachments/")};
        if (const QString problem = memberPathProblem(attachment.path); !problem.isEmpty())
            return Error{attachment.path, problem};
        members.append(attachment);
    }
    std::sort(members.begin(), members.end(),
              [](const ZipMember &a, const ZipMember &b) { return a.path < b.path; });
    for (qsizetype i = 1; i < members.size(); ++i) {
        if (members.at(i).path == members.at(i - 1).path)
            return Error{members.at(i).path, QStringLiteral("duplicate name")};
    }

    constexpr int kZipSteps = 20;
    Steps steps(progress, int(members.size()) + 1 + kZipSteps);
    QJsonArray listed;
    for (const ZipMember &member : std::as_const(members)) {
        Digests digests;
        digests.add(member.data.constData(), member.data.size());
        const auto [sha256, sm3] = digests.finish();
        if (sha256.isEmpty())
            return Error{member.path, QStringLiteral("cannot compute its digests")};
        listed.append(QJsonObject{{QStringLiteral("path"), member.path},
                                  {QStringLiteral("size"), double(member.data.size())},
                                  {QStringLiteral("sha256"), sha256},
                                  {QStringLiteral("sm3"), sm3}});
        if (!steps.step())
            return kCancelled;
    }
    const QJsonObject manifestObject{
        {QStringLiteral("format"), QString::fromLatin1(kPackageFormat)},
        {QStringLiteral("app"),
         QJsonObject{{QStringLiteral("name"), QStringLiteral("GrantDesk")},
                     {QStringLiteral("version"), QStringLiteral(GRANTDESK_VERSION)}}},
        {QStringLiteral("created"),
         isoUtc(content.created.isValid() ? content.created : QDateTime::currentDateTimeUtc())},
        {QStringLiteral("application"),
         QJsonObject{{QStringLiteral("id"), content.applicationId},
                     {QStringLiteral("version"), content.applicationVersion}}},
        {QStringLiteral("decision"), content.decision},
        {QStringLiteral("rules"), content.rules},
        {QStringLiteral("members"), listed}};
    const QByteArray manifest = canonicaljson::serialize(manifestObject);
    members.append({manifestPath(), manifest});

    auto signature = signatureMembers(Role::Reviewer, reviewer, manifest, at);
    if (!signature)
        return signature.error();
    members.append(signature.value());
    if (!steps.step())
        return kCancelled;

    ZipWriteOptions options;
    options.progress = steps.zipProgress(kZipSteps);
    auto zip = writeZip(members, options);
    if (!zip)
        return steps.cancelled() ? kCancelled : zip.error();
    return finish(std::move(zip).value(), manifest);
}

Result<SignedPackage> countersignPackage(const QByteArray &data, const QString &label,
                                         const Signer &approver, const TrustStore &trust,
                                         const QDateTime &signedAt, const Progress &progress)
{
    return countersignPackage(data, label, verifyPackageData(data, label, trust), approver,
                              signedAt, progress);
}

Result<SignedPackage> countersignPackage(const QByteArray &data, const QString &label,
                                         const VerifyReport &report, const Signer &approver,
                                         const QDateTime &signedAt, const Progress &progress)
{
    const QDateTime at = signedAt.isValid() ? signedAt : QDateTime::currentDateTimeUtc();
    if (!report.readable)
        return Error{label, report.problems.value(0)};
    if (const SignatureCheck *existing = report.signature(Role::Approver))
        return Error{label, QStringLiteral("already countersigned (by %1)").arg(existing->signer)};
    if (report.exitCode() != 0)
        return Error{label, QStringLiteral("the package does not verify, so it cannot be "
                                           "countersigned: %1")
                                .arg(report.errors().value(0))};
    const SignatureCheck *reviewer = report.signature(Role::Reviewer);
    if (!reviewer || reviewer->certificate.isNull())
        return Error{label, QStringLiteral("the reviewer's signature is missing")};
    if (approver.certificate.sha256() == reviewer->certificate.sha256())
        return Error{label, QStringLiteral("the approver's certificate is the reviewer's: a "
                                           "countersignature needs a second officer")};
    if (approver.certificate.publicKeySha256() == reviewer->certificate.publicKeySha256() ||
        approver.key.publicKeySha256() == reviewer->certificate.publicKeySha256())
        return Error{label, QStringLiteral("the approver's key is the reviewer's: a "
                                           "countersignature needs a second officer")};
    if (auto ok = checkSigner(approver, at); !ok)
        return ok.error();

    auto reader = ZipReader::openData(data, label);
    if (!reader)
        return reader.error();
    auto members = reader.value()->readAll();
    if (!members)
        return members.error();
    QByteArray manifest;
    QByteArray reviewJson;
    for (const ZipMember &member : std::as_const(members.value())) {
        if (member.path == manifestPath())
            manifest = member.data;
        else if (member.path == kReviewJsonPath)
            reviewJson = member.data;
    }
    if (const QString problem =
            countersignerProblem(approver.certificate, reviewer->certificate, reviewJson);
        !problem.isEmpty())
        return Error{label, problem};
    Steps steps(progress, 21);
    auto signature = signatureMembers(Role::Approver, approver, manifest, at);
    if (!signature)
        return signature.error();
    if (!steps.step())
        return kCancelled;
    QList<ZipMember> all = std::move(members).value();
    all.append(signature.value());
    ZipWriteOptions options;
    options.progress = steps.zipProgress(20);
    auto zip = writeZip(all, options);
    if (!zip)
        return steps.cancelled() ? kCancelled : zip.error();
    return finish(std::move(zip).value(), manifest);
}

Result<SignedPackage> exportPackage(const QString &file, const PackageContent &content,
                                    const Signer &reviewer, const Progress &progress)
{
    auto built = buildPackage(content, reviewer, {}, progress);
    if (!built)
        return built;
    if (auto saved = saveFileAtomically(file, built->data); !saved)
        return saved.error();
    return built;
}

Result<SignedPackage> countersignFile(const QString &file, const Signer &approver,
                                      const TrustStore &trust, const Progress &progress)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{file, QStringLiteral("cannot open: %1").arg(in.errorString())};
    const QByteArray data = in.readAll();
    in.close();
    auto countersigned =
        countersignPackage(data, QFileInfo(file).fileName(), approver, trust, {}, progress);
    if (!countersigned)
        return countersigned;
    if (auto saved = saveFileAtomically(file, countersigned->data); !saved)
        return saved.error();
    return countersigned;
}

// --- the report -------------------------------------------------------------------------

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
