// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "package/crypto.h"
#include "package/ziparchive.h"

namespace gd::package {

class TrustStore;
struct VerifyReport;

inline constexpr char kPackageFormat[] = "grantdesk.package/1";
inline constexpr char kSignatureFormat[] = "grantdesk.signature/1";
inline constexpr char kManifestPath[] = "manifest.json";

/** Who signs a package: the reviewer (初审) signs it, the approver (复核) countersigns. */
enum class Role
{
    Reviewer,
    Approver
};
QString roleCode(Role role); // "reviewer", "approver"

/** Progress for the GUI: @p done of @p total steps; returning false cancels. */
using Progress = std::function<bool(int done, int total)>;

/** What a package records (docs/formats/package.md), before it is signed. */
struct PackageContent
{
    QString applicationId;
    int applicationVersion = 0;
    QString decision;  // decision code ("approved", …)
    QJsonObject rules; // report::rulesJson()
    QDateTime created; // UTC; now when not set
    QByteArray reviewJson;
    QByteArray reviewPdf;
    QList<ZipMember> attachments; // paths "attachments/…", bytes as filed
};

/** A signing identity, unlocked. */
struct Signer
{
    PrivateKey key;
    Certificate certificate;
};

/** What signing wrote: the file's digests for the audit trail. */
struct SignedPackage
{
    QByteArray data;        // the whole .gdpkg
    QString manifestSha256; // of manifest.json, as signed
    QString manifestSm3;
    QString fileSha256; // of the whole file
};

/**
 * Builds and signs a package: review.json, review.pdf, attachments/…, VERIFY.txt, the
 * manifest (canonical JSON, every member's size, SHA-256 and SM3) and the reviewer's
 * signatures/reviewer.{json,sig,crt}. Refused when the key is not the certificate's, when
 * the certificate is not valid at @p signedAt (default: now), or when a path is unusable.
 */
Result<SignedPackage> buildPackage(const PackageContent &content, const Signer &reviewer,
                                   const QDateTime &signedAt = {}, const Progress &progress = {});

/**
 * Adds the approver's signature over the same manifest to the package @p data (named
 * @p label in errors). Refused when the package does not verify, when it is countersigned
 * already, when the approver's certificate or public key is the reviewer's, or when the
 * certificate does not name the approver review.json records (countersignerProblem()).
 */
Result<SignedPackage> countersignPackage(const QByteArray &data, const QString &label,
                                         const Signer &approver, const TrustStore &trust,
                                         const QDateTime &signedAt = {},
                                         const Progress &progress = {});
/**
 * The same with @p report, verifyPackageData() of @p data that the caller has made already
 * (and looked at), so the package is not inflated and hashed twice.
 */
Result<SignedPackage> countersignPackage(const QByteArray &data, const QString &label,
                                         const VerifyReport &report, const Signer &approver,
                                         const QDateTime &signedAt = {},
                                         const Progress &progress = {});

/** buildPackage() written to @p file atomically: a failed export leaves no file. */
Result<SignedPackage> exportPackage(const QString &file, const PackageContent &content,
                                    const Signer &reviewer, const Progress &progress = {});
/** countersignPackage() on @p file, replaced atomically. */
Result<SignedPackage> countersignFile(const QString &file, const Signer &approver,
                                      const TrustStore &trust, const Progress &progress = {});

/** How verifyPackage() judges. */
struct VerifyOptions
{
    QList<Certificate> extraTrust; // --trust: trusted for this run, besides the trust store
    bool requireTrusted = false;
    bool requireApproved = false;
    ZipLimits limits;
};

struct MemberCheck
{
    enum class Status
    {
        Ok,
        Modified,
        Missing,
        Unexpected
    };
    QString path;
    Status status = Status::Ok;
    QString detail; // why modified ("SHA-256 differs", "size 10 instead of 12")
};
QString memberStatusCode(MemberCheck::Status status); // "ok", "modified", "missing", "unexpected"

struct SignatureCheck
{
    Role role = Role::Reviewer;
    QString signer;     // the certificate's subject (or the signed one when unreadable)
    QString certSha256; // as signed in signatures/<role>.json
    QString signedAt;   // as signed (UTC ISO 8601)
    QString algorithm;  // as signed
    Certificate certificate;
    bool valid = false;
    bool trusted = false;
    QString reason;      // why not valid (empty when valid)
    QString trustReason; // why not trusted (empty when trusted)
};

/** The outcome of verifying a package (docs/formats/package.md "Verdicts"). */
struct VerifyReport
{
    QString label;         // the package's file name
    bool readable = false; // false: not a ZIP, truncated or hostile (exit 2)
    QString applicationId;
    int applicationVersion = 0;
    QString decision;
    QString created;
    QList<MemberCheck> members;
    QList<SignatureCheck> signatures; // reviewer first
    QStringList problems;             // manifest and structure problems, plainly
    /** Why the countersignature is not the recorded approver's (countersignerProblem()). */
    QString approverProblem;
    VerifyOptions options;

    const SignatureCheck *signature(Role role) const;
    /** Every member intact, every present signature valid, the reviewer's present. */
    bool valid() const;
    /**
     * Both signatures valid, made with different certificates and keys, and the approver's
     * certificate names the approver review.json records (approverProblem empty).
     */
    bool approved() const;
    /** Every present signature's signer trusted. */
    bool trusted() const;
    /** Everything that makes the package fail, one line each ("review.pdf: modified"). */
    QStringList errors() const;
    /** One translated line: "valid and approved", "INVALID: review.pdf modified", … */
    QString verdict() const;
    /** 0 valid (and the required conditions met), 1 not, 2 not a readable package. */
    int exitCode() const;
    /** The --json object: valid, approved, trusted, verdict, members, signatures, errors. */
    QJsonObject toJson() const;
};

/** Verifies the package file @p file against @p trust (and options.extraTrust). */
VerifyReport verifyPackage(const QString &file, const TrustStore &trust,
                           const VerifyOptions &options = {});
/** The same for a package in memory, named @p label. */
VerifyReport verifyPackageData(const QByteArray &data, const QString &label,
                               const TrustStore &trust, const VerifyOptions &options = {});

} // namespace gd::package
