// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "core/result.h"
#include "package/crypto.h"

namespace gd::package {

/**
 * A signing identity on disk: DIR/key.pem (encrypted PKCS#8, owner-only) and
 * DIR/cert.pem (the signer's certificate, PEM). The passphrase is asked only to sign.
 */
class KeyFolder
{
public:
    explicit KeyFolder(QString dir);

    /** Where the officer's own identity lives (AppDataLocation/signing). */
    static QString defaultPath();

    QString path() const { return m_dir; }
    bool exists() const; // both files present

    /**
     * Writes @p key encrypted with @p passphrase and @p certificate; the files are
     * owner-only (0600), and so is the folder (0700) when this makes it or finds it empty.
     * Refused when a key or certificate is already there, when the passphrase is shorter
     * than 8 bytes, or when the certificate is not @p key's.
     */
    Status create(const PrivateKey &key, const Certificate &certificate,
                  const QByteArray &passphrase) const;

    /**
     * Imports a key and certificate issued by an organization CA: @p keyFile in any form
     * OpenSSL 3 reads (PEM, DER, PKCS#8, encrypted or not, or PKCS#12 holding both, in
     * which case @p certFile may be empty; so it may when @p keyFile is PEM holding the
     * certificate too), opened with @p sourcePassphrase and stored encrypted with
     * @p newPassphrase. @p certFile is PEM or DER.
     */
    Status importFrom(const QString &keyFile, const QString &certFile,
                      const QByteArray &sourcePassphrase, const QByteArray &newPassphrase) const;

    Result<Certificate> certificate() const;
    /**
     * The private key; "wrong passphrase" when @p passphrase does not open it. A key file
     * encrypted with fewer than kKeyIterations PBKDF2 rounds is re-encrypted with that many
     * at this unlock (atomically; on failure the old file stays and a warning is logged).
     */
    Result<PrivateKey> unlock(const QByteArray &passphrase) const;

private:
    QString m_dir;
};

/**
 * The certificates this workstation trusts: CA certificates and individual signers'
 * certificates, one PEM file per certificate named by its SHA-256.
 */
class TrustStore
{
public:
    explicit TrustStore(QString dir);
    static QString defaultPath(); // AppDataLocation/trust

    Status add(const Certificate &certificate) const;
    Status remove(const QString &sha256) const;
    Result<QList<Certificate>> certificates() const;

    /**
     * True when @p certificate is itself in the store, or is signed (checkSignedBy) by a
     * CA certificate in the store that was valid at @p when. @p reason, when not null,
     * gets why not ("signer not in the trust store", "issuer … expired", …).
     */
    bool isTrusted(const Certificate &certificate, const QDateTime &when,
                   QString *reason = nullptr) const;

    /**
     * isTrusted() against @p trusted, a trust store's certificates as read (its error when
     * they could not be) plus any trusted for one run only (`verify --trust`).
     */
    static bool isTrustedBy(const Result<QList<Certificate>> &trusted,
                            const Certificate &certificate, const QDateTime &when,
                            QString *reason = nullptr);

private:
    QString m_dir;
};

} // namespace gd::package
