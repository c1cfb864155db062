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
#include "package/keystore.h"
#include "package/signerrole.h"
#include "package/verifytext.h"
#include "packageinternal.h"

namespace gd::package {

using namespace internal;

namespace {

const QString kVerifyPath = QStringLiteral("VERIFY.txt");
const QString kReviewJsonPath = QStringLiteral("review.json");
const QString kReviewPdfPath = QStringLiteral("review.pdf");

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

} // namespace gd::package
