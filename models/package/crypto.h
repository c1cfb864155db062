// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/result.h"
#include "package/keyprotection.h"

namespace gd::package {

/**
 * The two signature algorithms of a review package (docs/formats/package.md):
 * SM2 over SM3 with the distinguishing ID 1234567812345678, signature DER
 * SEQUENCE { r, s }; or Ed25519, signature the raw 64 bytes.
 */
enum class Algorithm
{
    Sm2Sm3,
    Ed25519
};
QString algorithmCode(Algorithm algorithm); // "sm2-sm3", "ed25519"
std::optional<Algorithm> algorithmFromCode(const QString &code);

/** The distinguishing ID GM/T 0009 prescribes when none is agreed. */
inline constexpr char kSm2DistinguishingId[] = "1234567812345678";

/** Who a self-issued certificate names (subject CN, O, OU / title). */
struct SignerIdentity
{
    QString name{};     // CN
    QString unit{};     // O
    QString position{}; // title
};

/** An X.509 certificate (shared, immutable). */
class Certificate
{
public:
    Certificate() = default;

    /** Reads one certificate in PEM or DER; the error names what is wrong. */
    static Result<Certificate> fromData(const QByteArray &data);
    /** Takes ownership of an OpenSSL X509 * (null gives a null certificate). */
    static Certificate fromHandle(void *x509);

    bool isNull() const { return !m_x509; }
    QByteArray pem() const;
    QByteArray der() const;
    /** Lowercase hex SHA-256 of the DER: the package's certSha256 and the fingerprint. */
    QString sha256() const;
    /** Lowercase hex SHA-256 of the DER SubjectPublicKeyInfo (same key, different cert). */
    QString publicKeySha256() const;
    /** The public key as PEM SubjectPublicKeyInfo (what `openssl x509 -pubkey` prints). */
    QByteArray publicKeyPem() const;
    /**
     * One line in RFC 2253 order (most specific first): "CN=张敏,title=科长,O=…". UTF-8,
     * only RFC 2253's own escapes (`\,` and the like).
     */
    QString subject() const;
    QString issuer() const;
    QString commonName() const;
    /** The subject's title (the officer's position) and organization; empty when absent. */
    QString title() const;
    QString organization() const;
    QDateTime notBefore() const; // UTC
    QDateTime notAfter() const;  // UTC
    bool isValidAt(const QDateTime &when) const;
    bool isSelfIssued() const;
    bool isCa() const; // basicConstraints CA:TRUE
    /** The algorithm its public key signs with; nullopt for any other key type. */
    std::optional<Algorithm> algorithm() const;

    /**
     * Checks this certificate's own signature with @p issuer's public key (pass itself for
     * a self-issued one). SM2 certificates are checked with the distinguishing ID set.
     */
    Status checkSignedBy(const Certificate &issuer) const;

    /** The OpenSSL object (X509 *), for the package code; never null unless isNull(). */
    void *handle() const { return m_x509.get(); }

private:
    /** The first subject entry of OpenSSL's NID @p nid, as UTF-8 text. */
    QString subjectEntry(int nid) const;

    std::shared_ptr<void> m_x509;
};

/** A private key in memory. Never written out in the clear, never logged. */
class PrivateKey
{
public:
    PrivateKey() = default;

    bool isNull() const { return !m_pkey; }
    std::optional<Algorithm> algorithm() const;
    QString publicKeySha256() const; // same value as Certificate::publicKeySha256()
    /**
     * Encrypted PKCS#8 PEM: AES-256-CBC, key from @p passphrase by PBKDF2-HMAC-SHA256 with
     * @p iterations rounds (kKeyIterations; the count is recorded in the PEM's parameters).
     */
    Result<QByteArray> encryptedPem(const QByteArray &passphrase,
                                    int iterations = kKeyIterations) const;
    /** Reads a key in any form OpenSSL 3 reads; "wrong passphrase" when it does not open. */
    static Result<PrivateKey> fromData(const QByteArray &data, const QByteArray &passphrase);
    /** Takes ownership of an OpenSSL EVP_PKEY * (null gives a null key). */
    static PrivateKey fromHandle(void *evpPkey);

    void *handle() const { return m_pkey.get(); }

private:
    std::shared_ptr<void> m_pkey;
};

Result<PrivateKey> generateKey(Algorithm algorithm);

/** What a PKCS#12 file holds: the key, its certificate (may be null) and any CA certificates. */
struct KeyBundle
{
    PrivateKey key;
    Certificate certificate;
    QList<Certificate> chain;
};

/** True when @p data parses as a PKCS#12 (DER) structure. */
bool isPkcs12(const QByteArray &data);
/** Opens a PKCS#12 file; "wrong passphrase" when its MAC does not check. */
Result<KeyBundle> readPkcs12(const QByteArray &data, const QByteArray &passphrase);

/**
 * A certificate for @p subjectKey naming @p who, signed by @p issuerKey as @p issuerCert
 * (a null @p issuerCert makes it self-issued; @p issuerKey must then be @p subjectKey).
 * @p ca makes a CA certificate (basicConstraints CA:TRUE, keyCertSign), otherwise an
 * end-entity one (CA:FALSE, digitalSignature + nonRepudiation). Any dates are honoured.
 */
Result<Certificate> issueCertificate(const PrivateKey &subjectKey, const SignerIdentity &who,
                                     const PrivateKey &issuerKey, const Certificate &issuerCert,
                                     const QDateTime &notBefore, const QDateTime &notAfter,
                                     bool ca);

/**
 * A self-issued certificate for @p key naming @p who, valid from @p notBefore to
 * @p notAfter, with keyUsage digitalSignature + nonRepudiation, serial random.
 */
Result<Certificate> issueSelfCertificate(const PrivateKey &key, const SignerIdentity &who,
                                         const QDateTime &notBefore, const QDateTime &notAfter);

/** Signs @p data: SM2 DER over SM3 with the distinguishing ID, or raw Ed25519. */
Result<QByteArray> sign(const PrivateKey &key, const QByteArray &data);

/** Verifies @p signature over @p data with @p certificate's public key; error says why. */
Status verifySignature(const Certificate &certificate, const QByteArray &data,
                       const QByteArray &signature);

} // namespace gd::package
