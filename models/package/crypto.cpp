// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto.h"

#include <cstring>
#include <ctime>

#include <QCoreApplication>
#include <QDate>
#include <QTime>
#include <QTimeZone>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "core/hashing.h"

namespace gd::package {
namespace {

template <typename T, void (*F)(T *)> struct Deleter
{
    void operator()(T *p) const { F(p); }
};
template <typename T, void (*F)(T *)> using Owned = std::unique_ptr<T, Deleter<T, F>>;

using BioPtr = Owned<BIO, BIO_free_all>;
using PkeyPtr = Owned<EVP_PKEY, EVP_PKEY_free>;
using PkeyCtxPtr = Owned<EVP_PKEY_CTX, EVP_PKEY_CTX_free>;
using MdCtxPtr = Owned<EVP_MD_CTX, EVP_MD_CTX_free>;
using X509Ptr = Owned<X509, X509_free>;
using NamePtr = Owned<X509_NAME, X509_NAME_free>;
using ExtPtr = Owned<X509_EXTENSION, X509_EXTENSION_free>;
using BnPtr = Owned<BIGNUM, BN_free>;
using Pkcs12Ptr = Owned<PKCS12, PKCS12_free>;
using DecoderPtr = Owned<OSSL_DECODER_CTX, OSSL_DECODER_CTX_free>;
using OctetPtr = Owned<ASN1_OCTET_STRING, ASN1_OCTET_STRING_free>;
using SigPtr = Owned<X509_SIG, X509_SIG_free>;

const QString kWhere = QStringLiteral("crypto");

/** The earliest error in OpenSSL's queue as readable text; the queue is left empty. */
QString takeOpensslError()
{
    QString text;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        if (!text.isEmpty())
            continue; // the first one is the cause; the rest only say where it surfaced
        if (const char *reason = ERR_reason_error_string(code)) {
            text = QString::fromUtf8(reason);
        } else {
            char buffer[256];
            ERR_error_string_n(code, buffer, sizeof buffer);
            text = QString::fromUtf8(buffer);
        }
    }
    return text;
}

Error opensslError(const QString &what)
{
    const QString detail = takeOpensslError();
    return Error{kWhere, detail.isEmpty() ? what : what + QStringLiteral(" (") + detail + u')'};
}

BIO *memoryBio(const QByteArray &data)
{
    return BIO_new_mem_buf(data.constData(), static_cast<int>(data.size()));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, static_cast<qsizetype>(length)) : QByteArray();
}

EVP_PKEY *pkeyOf(const PrivateKey &key)
{
    return static_cast<EVP_PKEY *>(key.handle());
}

X509 *x509Of(const Certificate &certificate)
{
    return static_cast<X509 *>(certificate.handle());
}

std::optional<Algorithm> algorithmOfKey(const EVP_PKEY *pkey)
{
    if (!pkey)
        return std::nullopt;
    if (EVP_PKEY_is_a(pkey, "SM2"))
        return Algorithm::Sm2Sm3;
    if (EVP_PKEY_is_a(pkey, "ED25519"))
        return Algorithm::Ed25519;
    return std::nullopt;
}

QString publicKeyHash(EVP_PKEY *pkey)
{
    if (!pkey)
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_PUBKEY(pkey, &der);
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return hashing::sha256Hex(bytes);
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !name)
        return {};
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioContents(bio.get()));
}

QDateTime fromAsn1Time(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        ERR_clear_error();
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

/**
 * A digest context ready to sign (or verify) with @p pkey: SM3 with the distinguishing ID
 * for SM2, no digest for Ed25519. @p pctxOut keeps the SM2 key context alive (the digest
 * context does not own one set with EVP_MD_CTX_set_pkey_ctx).
 */
Result<MdCtxPtr> signingContext(EVP_PKEY *pkey, bool verify, PkeyCtxPtr *pctxOut)
{
    const std::optional<Algorithm> algorithm = algorithmOfKey(pkey);
    if (!algorithm)
        return Error{kWhere, QStringLiteral("the key is neither SM2 nor Ed25519")};
    MdCtxPtr mctx(EVP_MD_CTX_new());
    if (!mctx)
        return opensslError(QStringLiteral("out of memory"));
    int rc = 0;
    if (*algorithm == Algorithm::Sm2Sm3) {
        PkeyCtxPtr pctx(EVP_PKEY_CTX_new(pkey, nullptr));
        if (!pctx || EVP_PKEY_CTX_set1_id(pctx.get(), kSm2DistinguishingId,
                                          std::strlen(kSm2DistinguishingId)) <= 0)
            return opensslError(QStringLiteral("cannot set the SM2 distinguishing ID"));
        EVP_MD_CTX_set_pkey_ctx(mctx.get(), pctx.get());
        rc = verify ? EVP_DigestVerifyInit(mctx.get(), nullptr, EVP_sm3(), nullptr, pkey)
                    : EVP_DigestSignInit(mctx.get(), nullptr, EVP_sm3(), nullptr, pkey);
        *pctxOut = std::move(pctx);
    } else {
        rc = verify ? EVP_DigestVerifyInit(mctx.get(), nullptr, nullptr, nullptr, pkey)
                    : EVP_DigestSignInit(mctx.get(), nullptr, nullptr, nullptr, pkey);
    }
    if (rc != 1)
        return opensslError(verify ? QStringLiteral("cannot start verifying")
                                   : QStringLiteral("cannot start signing"));
    return mctx;
}

/** Passes our passphrase to OpenSSL's decoders, which would otherwise ask on the terminal. */
int passphraseCallback(char *pass, size_t size, size_t *length, const OSSL_PARAM[], void *arg)
{
    const auto *passphrase = static_cast<const QByteArray *>(arg);
    if (static_cast<size_t>(passphrase->size()) > size)
        return 0;
    std::memcpy(pass, passphrase->constData(), static_cast<size_t>(passphrase->size()));
    *length = static_cast<size_t>(passphrase->size());
    return 1;
}

int pemPasswordCallback(char *buffer, int size, int, void *arg)
{
    const auto *passphrase = static_cast<const QByteArray *>(arg);
    if (passphrase->size() > size)
        return -1;
    std::memcpy(buffer, passphrase->constData(), static_cast<size_t>(passphrase->size()));
    return static_cast<int>(passphrase->size());
}

/** Whether @p data is an encrypted private key (so a failure to read it is the passphrase). */
bool isEncryptedKey(const QByteArray &data)
{
    if (data.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") ||
        data.contains("Proc-Type: 4,ENCRYPTED"))
        return true;
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    SigPtr sig(d2i_X509_SIG(nullptr, &p, static_cast<long>(data.size())));
    ERR_clear_error();
    return sig != nullptr;
}

Error wrongPassphrase(const QByteArray &passphrase)
{
    ERR_clear_error();
    // Shown to the officer as it is (the key dialogs, the signing settings): in their language.
    return Error{kWhere, passphrase.isEmpty()
                             ? QCoreApplication::translate(
                                   "Crypto", "wrong passphrase (the key is encrypted)")
                             : QCoreApplication::translate("Crypto", "wrong passphrase")};
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return true;
    const QByteArray utf8 = value.trimmed().toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      static_cast<int>(utf8.size()), -1, 0) == 1;
}

bool addExtension(X509 *x509, X509V3_CTX *ctx, int nid, const char *value)
{
    ExtPtr extension(X509V3_EXT_conf_nid(nullptr, ctx, nid, value));
    return extension && X509_add_ext(x509, extension.get(), -1) == 1;
}

bool setTime(ASN1_TIME *target, const QDateTime &when)
{
    return ASN1_TIME_set(target, static_cast<time_t>(when.toSecsSinceEpoch())) != nullptr;
}

} // namespace

QString algorithmCode(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sm2Sm3:
        return QStringLiteral("sm2-sm3");
    case Algorithm::Ed25519:
        return QStringLiteral("ed25519");
    }
    return {};
}

std::optional<Algorithm> algorithmFromCode(const QString &code)
{
    if (code == QLatin1String("sm2-sm3"))
        return Algorithm::Sm2Sm3;
    if (code == QLatin1String("ed25519"))
        return Algorithm::Ed25519;
    return std::nullopt;
}

// --- Certificate -------------------------------------------------------------------------

Certificate Certificate::fromHandle(void *x509)
{
    Certificate certificate;
    if (x509)
        certificate.m_x509 =
            std::shared_ptr<void>(x509, [](void *p) { X509_free(static_cast<X509 *>(p)); });
    return certificate;
}

Result<Certificate> Certificate::fromData(const QByteArray &data)
{
    ERR_clear_error();
    if (data.isEmpty())
        return Error{kWhere, QStringLiteral("the certificate is empty")};
    X509 *x509 = nullptr;
    if (data.contains("-----BEGIN CERTIFICATE-----") ||
        data.contains("-----BEGIN TRUSTED CERTIFICATE-----")) {
        BioPtr bio(memoryBio(data));
        x509 = PEM_read_bio_X509_AUX(bio.get(), nullptr, nullptr, nullptr);
        if (!x509)
            return opensslError(QStringLiteral("not a readable PEM certificate"));
    } else {
        const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
        x509 = d2i_X509(nullptr, &p, static_cast<long>(data.size()));
        if (!x509)
            return opensslError(QStringLiteral("not a certificate (neither PEM nor DER)"));
        if (p != reinterpret_cast<const unsigned char *>(data.constData()) + data.size()) {
            X509_free(x509);
            return Error{kWhere, QStringLiteral("trailing bytes after the DER certificate")};
        }
    }
    ERR_clear_error();
    return fromHandle(x509);
}

QByteArray Certificate::pem() const
{
    if (isNull())
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), x509Of(*this)) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

QByteArray Certificate::der() const
{
    if (isNull())
        return {};
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509Of(*this), &der);
    if (length <= 0) {
        ERR_clear_error();
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

QString Certificate::sha256() const
{
    if (isNull())
        return {};
    return hashing::sha256Hex(der());
}

QString Certificate::publicKeySha256() const
{
    return isNull() ? QString() : publicKeyHash(X509_get0_pubkey(x509Of(*this)));
}

QByteArray Certificate::publicKeyPem() const
{
    if (isNull())
        return {};
    BioPtr bio(BIO_new(BIO_s_mem()));
    EVP_PKEY *pkey = X509_get0_pubkey(x509Of(*this));
    if (!bio || !pkey || PEM_write_bio_PUBKEY(bio.get(), pkey) != 1) {
        ERR_clear_error();
        return {};
    }
    return bioContents(bio.get());
}

QString Certificate::subject() const
{
    return isNull() ? QString() : nameToString(X509_get_subject_name(x509Of(*this)));
}

QString Certificate::issuer() const
{
    return isNull() ? QString() : nameToString(X509_get_issuer_name(x509Of(*this)));
}

QString Certificate::subjectEntry(int nid) const
{
    if (isNull())
        return {};
    const X509_NAME *name = X509_get_subject_name(x509Of(*this));
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0) {
        ERR_clear_error();
        return {};
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QString Certificate::commonName() const
{
    return subjectEntry(NID_commonName);
}

QString Certificate::title() const
{
    return subjectEntry(NID_title);
}

QString Certificate::organization() const
{
    return subjectEntry(NID_organizationName);
}

QDateTime Certificate::notBefore() const
{
    return isNull() ? QDateTime() : fromAsn1Time(X509_get0_notBefore(x509Of(*this)));
}

QDateTime Certificate::notAfter() const
{
    return isNull() ? QDateTime() : fromAsn1Time(X509_get0_notAfter(x509Of(*this)));
}

bool Certificate::isValidAt(const QDateTime &when) const
{
    if (isNull() || !when.isValid())
        return false;
    const QDateTime from = notBefore();
    const QDateTime until = notAfter();
    return from.isValid() && until.isValid() && from <= when && when <= until;
}

bool Certificate::isSelfIssued() const
{
    return !isNull() && X509_NAME_cmp(X509_get_subject_name(x509Of(*this)),
                                      X509_get_issuer_name(x509Of(*this))) == 0;
}

bool Certificate::isCa() const
{
    if (isNull())
        return false;
    const bool ca = (X509_get_extension_flags(x509Of(*this)) & EXFLAG_CA) != 0;
    ERR_clear_error();
    return ca;
}

std::optional<Algorithm> Certificate::algorithm() const
{
    return isNull() ? std::nullopt : algorithmOfKey(X509_get0_pubkey(x509Of(*this)));
}

Status Certificate::checkSignedBy(const Certificate &issuer) const
{
    ERR_clear_error();
    if (isNull() || issuer.isNull())
        return Error{kWhere, QStringLiteral("no certificate")};
    EVP_PKEY *issuerKey = X509_get0_pubkey(x509Of(issuer));
    if (!issuerKey)
        return opensslError(QStringLiteral("the issuer's public key is unreadable"));
    // A fresh copy from the DER: the check sets the distinguishing ID on it, and this
    // certificate is shared.
    const QByteArray bytes = der();
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    X509Ptr copy(d2i_X509(nullptr, &p, static_cast<long>(bytes.size())));
    if (!copy)
        return opensslError(QStringLiteral("the certificate is unreadable"));
    if (algorithmOfKey(issuerKey) == Algorithm::Sm2Sm3) {
        OctetPtr id(ASN1_OCTET_STRING_new());
        if (!id || ASN1_OCTET_STRING_set(
                       id.get(), reinterpret_cast<const unsigned char *>(kSm2DistinguishingId),
                       static_cast<int>(std::strlen(kSm2DistinguishingId))) != 1)
            return opensslError(QStringLiteral("out of memory"));
        X509_set0_distinguishing_id(copy.get(), id.release());
    }
    const int rc = X509_verify(copy.get(), issuerKey);
    if (rc != 1) {
        const QString detail = takeOpensslError();
        return Error{kWhere, rc == 0 || detail.isEmpty()
                                 ? QStringLiteral("the certificate's signature does not match "
                                                  "its issuer's key (altered or not issued by it)")
                                 : QStringLiteral("the certificate's signature cannot be "
                                                  "checked (") +
                                       detail + u')'};
    }
    if (X509_NAME_cmp(X509_get_issuer_name(x509Of(*this)), X509_get_subject_name(x509Of(issuer))) !=
        0)
        return Error{kWhere, QStringLiteral("the certificate names another issuer (%1, not %2)")
                                 .arg(this->issuer(), issuer.subject())};
    return success();
}

// --- PrivateKey ----------------------------------------------------------------------------

PrivateKey PrivateKey::fromHandle(void *evpPkey)
{
    PrivateKey key;
    if (evpPkey)
        key.m_pkey = std::shared_ptr<void>(
            evpPkey, [](void *p) { EVP_PKEY_free(static_cast<EVP_PKEY *>(p)); });
    return key;
}

std::optional<Algorithm> PrivateKey::algorithm() const
{
    return algorithmOfKey(pkeyOf(*this));
}

QString PrivateKey::publicKeySha256() const
{
    return publicKeyHash(pkeyOf(*this));
}

Result<QByteArray> PrivateKey::encryptedPem(const QByteArray &passphrase, int iterations) const
{
    ERR_clear_error();
    if (isNull())
        return Error{kWhere, QStringLiteral("no key")};
    if (passphrase.isEmpty())
        return Error{kWhere, QStringLiteral("an empty passphrase cannot protect a key")};
    if (iterations < 1)
        return Error{kWhere, QStringLiteral("no PBKDF2 rounds")};
    // PBES2: PBKDF2 with HMAC-SHA256 and a random salt, AES-256-CBC. Far more iterations
    // than OpenSSL's default 2048, so that a copied key file resists guessing; about a
    // quarter of a second to unlock.
    Owned<PKCS8_PRIV_KEY_INFO, PKCS8_PRIV_KEY_INFO_free> info(EVP_PKEY2PKCS8(pkeyOf(*this)));
    if (!info)
        return opensslError(QStringLiteral("cannot encode the key"));
    SigPtr encrypted(PKCS8_encrypt_ex(-1, EVP_aes_256_cbc(), passphrase.constData(),
                                      static_cast<int>(passphrase.size()), nullptr, 0, iterations,
                                      info.get(), nullptr, nullptr));
    info.reset(); // wipes the clear key
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!encrypted || !bio || PEM_write_bio_PKCS8(bio.get(), encrypted.get()) != 1)
        return opensslError(QStringLiteral("cannot encrypt the key"));
    return bioContents(bio.get());
}

Result<PrivateKey> PrivateKey::fromData(const QByteArray &data, const QByteArray &passphrase)
{
    disableCoreDumps(); // a private key is about to be in memory
    ERR_clear_error();
    if (data.isEmpty())
        return Error{kWhere, QStringLiteral("the key file is empty")};
    if (isPkcs12(data)) {
        Result<KeyBundle> bundle = readPkcs12(data, passphrase);
        if (!bundle)
            return bundle.error();
        return bundle->key;
    }
    EVP_PKEY *pkey = nullptr;
    DecoderPtr decoder(OSSL_DECODER_CTX_new_for_pkey(&pkey, nullptr, nullptr, nullptr,
                                                     EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!decoder)
        return opensslError(QStringLiteral("cannot read keys"));
    QByteArray pass = passphrase;
    OSSL_DECODER_CTX_set_passphrase_cb(decoder.get(), passphraseCallback, &pass);
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = static_cast<size_t>(data.size());
    if (OSSL_DECODER_from_data(decoder.get(), &p, &length) == 1 && pkey) {
        ERR_clear_error();
        return fromHandle(pkey);
    }
    EVP_PKEY_free(pkey);
    pkey = nullptr;
    // The traditional readers, which know a few forms the decoders do not.
    {
        BioPtr bio(memoryBio(data));
        pkey = PEM_read_bio_PrivateKey(bio.get(), nullptr, pemPasswordCallback, &pass);
    }
    if (!pkey) {
        BioPtr bio(memoryBio(data));
        pkey = d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, pemPasswordCallback, &pass);
    }
    if (!pkey) {
        const auto *q = reinterpret_cast<const unsigned char *>(data.constData());
        pkey = d2i_AutoPrivateKey(nullptr, &q, static_cast<long>(data.size()));
    }
    if (pkey) {
        ERR_clear_error();
        return fromHandle(pkey);
    }
    if (isEncryptedKey(data))
        return wrongPassphrase(passphrase);
    return opensslError(QStringLiteral("not a private key OpenSSL can read"));
}

Result<PrivateKey> generateKey(Algorithm algorithm)
{
    disableCoreDumps(); // a private key is about to be in memory
    ERR_clear_error();
    EVP_PKEY *pkey =
        EVP_PKEY_Q_keygen(nullptr, nullptr, algorithm == Algorithm::Sm2Sm3 ? "SM2" : "ED25519");
    if (!pkey)
        return opensslError(
            QStringLiteral("cannot generate an %1 key").arg(algorithmCode(algorithm)));
    return PrivateKey::fromHandle(pkey);
}

// --- PKCS#12 ------------------------------------------------------------------------------

bool isPkcs12(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, static_cast<long>(data.size())));
    ERR_clear_error();
    return p12 != nullptr;
}

Result<KeyBundle> readPkcs12(const QByteArray &data, const QByteArray &passphrase)
{
    disableCoreDumps(); // a private key is about to be in memory
    ERR_clear_error();
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    Pkcs12Ptr p12(d2i_PKCS12(nullptr, &p, static_cast<long>(data.size())));
    if (!p12)
        return opensslError(QStringLiteral("not a PKCS#12 file"));
    // PKCS12_parse tries both the empty and the absent password when given "".
    const QByteArray pass = passphrase; // keeps a terminating NUL for OpenSSL
    if (PKCS12_mac_present(p12.get()) &&
        PKCS12_verify_mac(p12.get(), pass.constData(), static_cast<int>(pass.size())) != 1 &&
        !(pass.isEmpty() && PKCS12_verify_mac(p12.get(), nullptr, 0) == 1))
        return wrongPassphrase(passphrase);
    EVP_PKEY *pkey = nullptr;
    X509 *cert = nullptr;
    STACK_OF(X509) *ca = nullptr;
    if (PKCS12_parse(p12.get(), pass.constData(), &pkey, &cert, &ca) != 1)
        return opensslError(QStringLiteral("cannot open the PKCS#12 file"));
    KeyBundle bundle;
    bundle.key = PrivateKey::fromHandle(pkey);
    bundle.certificate = Certificate::fromHandle(cert);
    while (ca && sk_X509_num(ca) > 0)
        bundle.chain.append(Certificate::fromHandle(sk_X509_shift(ca)));
    sk_X509_free(ca);
    ERR_clear_error();
    if (bundle.key.isNull())
        return Error{kWhere, QStringLiteral("the PKCS#12 file holds no private key")};
    return bundle;
}

// --- Issuing ------------------------------------------------------------------------------

Result<Certificate> issueCertificate(const PrivateKey &subjectKey, const SignerIdentity &who,
                                     const PrivateKey &issuerKey, const Certificate &issuerCert,
                                     const QDateTime &notBefore, const QDateTime &notAfter, bool ca)
{
    ERR_clear_error();
    if (subjectKey.isNull() || issuerKey.isNull())
        return Error{kWhere, QStringLiteral("no key")};
    if (!issuerKey.algorithm())
        return Error{kWhere, QStringLiteral("the issuer's key is neither SM2 nor Ed25519")};
    if (who.name.trimmed().isEmpty())
        return Error{kWhere, QStringLiteral("the certificate needs a name")};
    if (!notBefore.isValid() || !notAfter.isValid() || notAfter < notBefore)
        return Error{kWhere, QStringLiteral("the validity period is empty or reversed")};
    const bool self = issuerCert.isNull();
    if (self && issuerKey.publicKeySha256() != subjectKey.publicKeySha256())
        return Error{kWhere, QStringLiteral("a self-issued certificate is signed by its own key")};
    if (!self && issuerCert.publicKeySha256() != issuerKey.publicKeySha256())
        return Error{kWhere, QStringLiteral("the issuer's key does not match its certificate")};

    X509Ptr x509(X509_new());
    NamePtr name(X509_NAME_new());
    if (!x509 || !name)
        return opensslError(QStringLiteral("out of memory"));
    if (X509_set_version(x509.get(), X509_VERSION_3) != 1)
        return opensslError(QStringLiteral("cannot make the certificate"));

    unsigned char serial[16];
    if (RAND_bytes(serial, sizeof serial) != 1)
        return opensslError(QStringLiteral("no randomness for the serial number"));
    serial[0] = static_cast<unsigned char>((serial[0] & 0x7f) | 0x40); // positive, 16 bytes
    BnPtr bn(BN_bin2bn(serial, sizeof serial, nullptr));
    if (!bn || !BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(x509.get())))
        return opensslError(QStringLiteral("cannot set the serial number"));

    // Most general first, so that the RFC 2253 line reads "CN=…,title=…,O=…".
    if (!addNameEntry(name.get(), "O", who.unit) ||
        !addNameEntry(name.get(), "title", who.position) ||
        !addNameEntry(name.get(), "CN", who.name))
        return opensslError(QStringLiteral("cannot write the subject name"));
    if (X509_set_subject_name(x509.get(), name.get()) != 1 ||
        X509_set_issuer_name(x509.get(),
                             self ? name.get() : X509_get_subject_name(x509Of(issuerCert))) != 1)
        return opensslError(QStringLiteral("cannot write the names"));
    if (!setTime(X509_getm_notBefore(x509.get()), notBefore) ||
        !setTime(X509_getm_notAfter(x509.get()), notAfter))
        return opensslError(QStringLiteral("cannot write the validity period"));
    if (X509_set_pubkey(x509.get(), pkeyOf(subjectKey)) != 1)
        return opensslError(QStringLiteral("cannot write the public key"));

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, self ? x509.get() : x509Of(issuerCert), x509.get(), nullptr, nullptr, 0);
    const bool extensionsOk =
        addExtension(x509.get(), &ctx, NID_basic_constraints,
                     ca ? "critical,CA:TRUE" : "critical,CA:FALSE") &&
        addExtension(x509.get(), &ctx, NID_key_usage,
                     ca ? "critical,keyCertSign,cRLSign,digitalSignature"
                        : "critical,digitalSignature,nonRepudiation") &&
        addExtension(x509.get(), &ctx, NID_subject_key_identifier, "hash") &&
        (self || addExtension(x509.get(), &ctx, NID_authority_key_identifier, "keyid:always"));
    if (!extensionsOk)
        return opensslError(QStringLiteral("cannot write the certificate extensions"));

    PkeyCtxPtr pctx;
    Result<MdCtxPtr> mctx = signingContext(pkeyOf(issuerKey), false, &pctx);
    if (!mctx)
        return mctx.error();
    if (X509_sign_ctx(x509.get(), mctx->get()) <= 0)
        return opensslError(QStringLiteral("cannot sign the certificate"));
    // Re-read from the DER, so that the object is exactly what others will parse.
    unsigned char *der = nullptr;
    const int length = i2d_X509(x509.get(), &der);
    if (length <= 0)
        return opensslError(QStringLiteral("cannot encode the certificate"));
    const QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return Certificate::fromData(bytes);
}

Result<Certificate> issueSelfCertificate(const PrivateKey &key, const SignerIdentity &who,
                                         const QDateTime &notBefore, const QDateTime &notAfter)
{
    return issueCertificate(key, who, key, Certificate(), notBefore, notAfter, false);
}

// --- Signatures ---------------------------------------------------------------------------

Result<QByteArray> sign(const PrivateKey &key, const QByteArray &data)
{
    ERR_clear_error();
    if (key.isNull())
        return Error{kWhere, QStringLiteral("no key")};
    PkeyCtxPtr pctx;
    Result<MdCtxPtr> mctx = signingContext(pkeyOf(key), false, &pctx);
    if (!mctx)
        return mctx.error();
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = 0;
    if (EVP_DigestSign(mctx->get(), nullptr, &length, bytes, static_cast<size_t>(data.size())) != 1)
        return opensslError(QStringLiteral("cannot sign"));
    QByteArray signature(static_cast<qsizetype>(length), Qt::Uninitialized);
    if (EVP_DigestSign(mctx->get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       bytes, static_cast<size_t>(data.size())) != 1)
        return opensslError(QStringLiteral("cannot sign"));
    signature.truncate(static_cast<qsizetype>(length));
    return signature;
}

Status verifySignature(const Certificate &certificate, const QByteArray &data,
                       const QByteArray &signature)
{
    ERR_clear_error();
    if (certificate.isNull())
        return Error{kWhere, QStringLiteral("no certificate")};
    EVP_PKEY *pkey = X509_get0_pubkey(x509Of(certificate));
    if (!pkey)
        return opensslError(QStringLiteral("the certificate's public key is unreadable"));
    const std::optional<Algorithm> algorithm = algorithmOfKey(pkey);
    if (!algorithm)
        return Error{kWhere, QStringLiteral("the certificate's key is neither SM2 nor Ed25519")};
    if (signature.isEmpty())
        return Error{kWhere, QStringLiteral("the signature is empty")};
    if (*algorithm == Algorithm::Ed25519 && signature.size() != 64)
        return Error{
            kWhere,
            QStringLiteral("an Ed25519 signature has 64 bytes, not %1").arg(signature.size())};
    PkeyCtxPtr pctx;
    Result<MdCtxPtr> mctx = signingContext(pkey, true, &pctx);
    if (!mctx)
        return mctx.error();
    const int rc = EVP_DigestVerify(mctx->get(),
                                    reinterpret_cast<const unsigned char *>(signature.constData()),
                                    static_cast<size_t>(signature.size()),
                                    reinterpret_cast<const unsigned char *>(data.constData()),
                                    static_cast<size_t>(data.size()));
    if (rc == 1) {
        ERR_clear_error();
        return success();
    }
    const QString detail = takeOpensslError();
    if (rc == 0)
        return Error{kWhere, QStringLiteral("the signature does not match (data or signature "
                                            "altered, or another signer's key)")};
    return Error{kWhere, QStringLiteral("the signature is malformed") +
                             (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + u')')};
}

} // namespace gd::package
