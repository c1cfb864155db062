// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "core/hashing.h"

namespace gd::package {
namespace {

constexpr qint64 kMaxKeyFileSize = 1 << 20; // keys, certificates and PKCS#12 files are small
constexpr qsizetype kMinPassphrase = 8;

const QString kKeyFile = QStringLiteral("key.pem");
const QString kCertFile = QStringLiteral("cert.pem");

constexpr QFile::Permissions kOwnerFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

Result<QByteArray> readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, file.errorString()};
    if (file.size() > kMaxKeyFileSize)
        return Error{path, QStringLiteral("too large for a key or certificate (over 1.0 MB)")};
    return file.readAll();
}

/** Writes @p data to @p path in one step, owner-only from the first byte. */
Status writeOwnerOnly(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, file.errorString()};
    if (!file.setPermissions(kOwnerFile))
        return Error{path, QStringLiteral("cannot make the file owner-only")};
    if (file.write(data) != data.size() || !file.commit())
        return Error{path, file.errorString()};
    if (!QFile::setPermissions(path, kOwnerFile))
        return Error{path, QStringLiteral("cannot make the file owner-only")};
    return success();
}

/**
 * Creates @p dir owner-only. A folder that is already there is made owner-only only when
 * empty: `--out ~` must not lock the home folder (the files themselves are owner-only).
 */
Status makeOwnerOnlyDir(const QString &dir)
{
    const QDir folder(dir);
    const bool existed = folder.exists();
    if (existed &&
        !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return success();
    if (!existed && !QDir().mkpath(dir))
        return Error{dir, QStringLiteral("cannot create the folder")};
    if (!QFile::setPermissions(dir, kOwnerDir))
        return Error{dir, QStringLiteral("cannot make the folder owner-only")};
    return success();
}

} // namespace

// --- KeyFolder ----------------------------------------------------------------------------

KeyFolder::KeyFolder(QString dir)
    : m_dir(std::move(dir))
{}

QString KeyFolder::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/signing");
}

bool KeyFolder::exists() const
{
    const QDir dir(m_dir);
    return QFileInfo(dir.filePath(kKeyFile)).isFile() &&
           QFileInfo(dir.filePath(kCertFile)).isFile();
}

Status KeyFolder::create(const PrivateKey &key, const Certificate &certificate,
                         const QByteArray &passphrase) const
{
    const QDir dir(m_dir);
    const QString keyPath = dir.filePath(kKeyFile);
    const QString certPath = dir.filePath(kCertFile);
    if (QFileInfo::exists(keyPath))
        return Error{keyPath, QStringLiteral("a key is already there; it is never overwritten")};
    if (QFileInfo::exists(certPath))
        return Error{certPath,
                     QStringLiteral("a certificate is already there; it is never overwritten")};
    if (key.isNull() || certificate.isNull())
        return Error{m_dir, QStringLiteral("no key or no certificate")};
    if (!key.algorithm())
        return Error{m_dir, QStringLiteral("only SM2 and Ed25519 keys sign review packages")};
    if (passphrase.size() < kMinPassphrase)
        return Error{
            m_dir,
            QStringLiteral("the passphrase needs at least %1 characters").arg(kMinPassphrase)};
    if (certificate.publicKeySha256() != key.publicKeySha256())
        return Error{m_dir, QStringLiteral("the certificate is not the key's (its public key is "
                                           "another one)")};

    Result<QByteArray> pem = key.encryptedPem(passphrase);
    if (!pem)
        return Error{m_dir, pem.error().what};
    if (Status made = makeOwnerOnlyDir(m_dir); !made)
        return made;
    if (Status written = writeOwnerOnly(keyPath, *pem); !written)
        return written;
    if (Status written = writeOwnerOnly(certPath, certificate.pem()); !written) {
        QFile::remove(keyPath); // nothing half-written: a key without its certificate is useless
        return written;
    }
    return success();
}

Status KeyFolder::importFrom(const QString &keyFile, const QString &certFile,
                             const QByteArray &sourcePassphrase,
                             const QByteArray &newPassphrase) const
{
    Result<QByteArray> keyData = readSmallFile(keyFile);
    if (!keyData)
        return keyData.error();
    PrivateKey key;
    Certificate certificate;
    if (isPkcs12(*keyData)) {
        Result<KeyBundle> bundle = readPkcs12(*keyData, sourcePassphrase);
        if (!bundle)
            return Error{keyFile, bundle.error().what};
        key = bundle->key;
        certificate = bundle->certificate;
    } else {
        Result<PrivateKey> read = PrivateKey::fromData(*keyData, sourcePassphrase);
        if (!read)
            return Error{keyFile, read.error().what};
        key = *read;
    }
    if (certificate.isNull() && certFile.isEmpty() &&
        keyData->contains("-----BEGIN CERTIFICATE-----")) {
        // One PEM file holding the key and its certificate.
        Result<Certificate> read = Certificate::fromData(*keyData);
        if (!read)
            return Error{keyFile, read.error().what};
        certificate = *read;
    }
    if (!certFile.isEmpty()) {
        Result<QByteArray> certData = readSmallFile(certFile);
        if (!certData)
            return certData.error();
        Result<Certificate> read = Certificate::fromData(*certData);
        if (!read)
            return Error{certFile, read.error().what};
        certificate = *read;
    }
    if (certificate.isNull())
        return Error{keyFile, QStringLiteral("no certificate: give one with the key, or a "
                                             "PKCS#12 file holding both")};
    if (!key.algorithm())
        return Error{keyFile, QStringLiteral("only SM2 and Ed25519 keys sign review packages")};
    if (certificate.publicKeySha256() != key.publicKeySha256())
        return Error{certFile.isEmpty() ? keyFile : certFile,
                     QStringLiteral("the certificate is not the key's (its public key is "
                                    "another one)")};
    return create(key, certificate, newPassphrase);
}

Result<Certificate> KeyFolder::certificate() const
{
    const QString path = QDir(m_dir).filePath(kCertFile);
    Result<QByteArray> data = readSmallFile(path);
    if (!data)
        return data.error();
    Result<Certificate> certificate = Certificate::fromData(*data);
    if (!certificate)
        return Error{path, certificate.error().what};
    return certificate;
}

Result<PrivateKey> KeyFolder::unlock(const QByteArray &passphrase) const
{
    const QString path = QDir(m_dir).filePath(kKeyFile);
    Result<QByteArray> data = readSmallFile(path);
    if (!data)
        return data.error();
    Result<PrivateKey> key = PrivateKey::fromData(*data, passphrase);
    if (!key)
        return Error{path, key.error().what};
    if (isPkcs12(*data) || passphrase.isEmpty() ||
        keyFileIterations(*data).value_or(0) >= kKeyIterations)
        return key;
    // Written with fewer rounds (or another scheme): re-encrypted now with today's count.
    // The new file is checked to open with the same passphrase before it replaces the old
    // one in a single rename, so a failure leaves the old file as it was and the key usable.
    Result<QByteArray> pem = key->encryptedPem(passphrase);
    if (!pem) {
        qWarning("%s: not re-encrypted: %s", qPrintable(path), qPrintable(pem.error().what));
        return key;
    }
    Result<PrivateKey> check = PrivateKey::fromData(*pem, passphrase);
    if (!check || check->publicKeySha256() != key->publicKeySha256()) {
        qWarning("%s: not re-encrypted: the new encryption did not open", qPrintable(path));
        return key;
    }
    if (Status written = writeOwnerOnly(path, *pem); !written)
        qWarning("%s: not re-encrypted: %s", qPrintable(path),
                 qPrintable(written.error().toString()));
    return key;
}

// --- TrustStore ---------------------------------------------------------------------------

TrustStore::TrustStore(QString dir)
    : m_dir(std::move(dir))
{}

QString TrustStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/trust");
}

Status TrustStore::add(const Certificate &certificate) const
{
    if (certificate.isNull())
        return Error{m_dir, QCoreApplication::translate("TrustStore", "no certificate")};
    if (!QDir().mkpath(m_dir))
        return Error{m_dir, QStringLiteral("cannot create the folder")};
    const QString path = QDir(m_dir).filePath(certificate.sha256() + QStringLiteral(".pem"));
    if (QFileInfo::exists(path))
        return success(); // already trusted: the name is the content's hash
    QSaveFile file(path);
    const QByteArray pem = certificate.pem();
    if (!file.open(QIODevice::WriteOnly) || file.write(pem) != pem.size() || !file.commit())
        return Error{path, file.errorString()};
    return success();
}

Status TrustStore::remove(const QString &sha256) const
{
    const QString hash = sha256.toLower();
    if (!hashing::isDigestHex(hash))
        return Error{sha256, QStringLiteral("not a SHA-256 fingerprint (64 hex digits)")};
    const QString path = QDir(m_dir).filePath(hash + QStringLiteral(".pem"));
    if (!QFileInfo::exists(path))
        return Error{sha256, QStringLiteral("no such certificate in the trust store")};
    if (!QFile::remove(path))
        return Error{path, QStringLiteral("cannot remove the file")};
    return success();
}

Result<QList<Certificate>> TrustStore::certificates() const
{
    QList<Certificate> list;
    const QDir dir(m_dir);
    if (!dir.exists())
        return list;
    const QStringList names =
        dir.entryList({QStringLiteral("*.pem")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        Result<QByteArray> data = readSmallFile(path);
        if (!data)
            return data.error();
        Result<Certificate> certificate = Certificate::fromData(*data);
        if (!certificate)
            return Error{path, certificate.error().what};
        list.append(*certificate);
    }
    return list;
}

bool TrustStore::isTrusted(const Certificate &certificate, const QDateTime &when,
                           QString *reason) const
{
    return isTrustedBy(certificates(), certificate, when, reason);
}

bool TrustStore::isTrustedBy(const Result<QList<Certificate>> &trusted,
                             const Certificate &certificate, const QDateTime &when, QString *reason)
{
    auto fail = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (certificate.isNull())
        return fail(QCoreApplication::translate("TrustStore", "no certificate"));
    if (!trusted)
        return fail(QCoreApplication::translate("TrustStore", "the trust store is unreadable: %1")
                        .arg(trusted.error().toString()));
    const QString fingerprint = certificate.sha256();
    for (const Certificate &candidate : *trusted)
        if (candidate.sha256() == fingerprint) {
            if (reason)
                reason->clear();
            return true;
        }
    QString issuerProblem;
    for (const Certificate &candidate : *trusted) {
        if (!certificate.checkSignedBy(candidate))
            continue;
        if (!candidate.isCa()) {
            issuerProblem = QCoreApplication::translate(
                                "TrustStore", "issuer %1 is trusted but not a CA certificate")
                                .arg(candidate.subject());
            continue;
        }
        if (!candidate.isValidAt(when)) {
            issuerProblem = QCoreApplication::translate(
                                "TrustStore", "issuer %1 was not valid at %2 (valid %3 to %4)")
                                .arg(candidate.subject(), when.toUTC().toString(Qt::ISODate),
                                     candidate.notBefore().toString(Qt::ISODate),
                                     candidate.notAfter().toString(Qt::ISODate));
            continue;
        }
        if (reason)
            reason->clear();
        return true;
    }
    if (!issuerProblem.isEmpty())
        return fail(issuerProblem);
    return fail(QCoreApplication::translate(
        "TrustStore", "signer not in the trust store, nor issued by a CA in it"));
}

} // namespace gd::package
