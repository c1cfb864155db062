// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyprotection.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <QtGlobal>

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/resource.h>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace gd::package {
namespace {

struct SigFree
{
    void operator()(X509_SIG *p) const { X509_SIG_free(p); }
};
struct Pbe2Free
{
    void operator()(PBE2PARAM *p) const { PBE2PARAM_free(p); }
};
struct Pbkdf2Free
{
    void operator()(PBKDF2PARAM *p) const { PBKDF2PARAM_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free_all(p); }
};

/** The encryption envelope of a PKCS#8 key, PEM or DER; null when it is not one. */
std::unique_ptr<X509_SIG, SigFree> encryptedKeyInfo(const QByteArray &keyFile)
{
    std::unique_ptr<BIO, BioFree> bio(
        BIO_new_mem_buf(keyFile.constData(), static_cast<int>(keyFile.size())));
    std::unique_ptr<X509_SIG, SigFree> sig(
        bio ? PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!sig) {
        const auto *p = reinterpret_cast<const unsigned char *>(keyFile.constData());
        sig.reset(d2i_X509_SIG(nullptr, &p, static_cast<long>(keyFile.size())));
    }
    ERR_clear_error();
    return sig;
}

/** @p algorithm's parameters as the ASN.1 @p it, when they are a sequence of that type. */
template <typename T>
T *unpackParameters(const X509_ALGOR *algorithm, int expectedNid, const ASN1_ITEM *it)
{
    const ASN1_OBJECT *oid = nullptr;
    int type = 0;
    const void *value = nullptr;
    X509_ALGOR_get0(&oid, &type, &value, algorithm);
    if (OBJ_obj2nid(oid) != expectedNid || type != V_ASN1_SEQUENCE)
        return nullptr;
    ASN1_TYPE parameter{};
    parameter.type = V_ASN1_SEQUENCE;
    parameter.value.sequence = static_cast<ASN1_STRING *>(const_cast<void *>(value));
    return static_cast<T *>(ASN1_TYPE_unpack_sequence(it, &parameter));
}

} // namespace

std::optional<long> keyFileIterations(const QByteArray &keyFile)
{
    const auto sig = encryptedKeyInfo(keyFile);
    if (!sig)
        return std::nullopt;
    const X509_ALGOR *algorithm = nullptr;
    X509_SIG_get0(sig.get(), &algorithm, nullptr);
    std::unique_ptr<PBE2PARAM, Pbe2Free> pbe2(
        unpackParameters<PBE2PARAM>(algorithm, NID_pbes2, ASN1_ITEM_rptr(PBE2PARAM)));
    if (!pbe2)
        return std::nullopt;
    std::unique_ptr<PBKDF2PARAM, Pbkdf2Free> kdf(
        unpackParameters<PBKDF2PARAM>(pbe2->keyfunc, NID_id_pbkdf2, ASN1_ITEM_rptr(PBKDF2PARAM)));
    ERR_clear_error();
    if (!kdf || !kdf->iter)
        return std::nullopt;
    const long iterations = ASN1_INTEGER_get(kdf->iter);
    if (iterations <= 0)
        return std::nullopt;
    return iterations;
}

void wipeSecret(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

void wipeSecret(QString &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

std::optional<QByteArray> takeSecretFromEnvironment(const char *name)
{
    char *value = std::getenv(name);
    if (!value)
        return std::nullopt;
    QByteArray secret(value);
    // In place first: the variable may live in the block the process started with, which
    // stays readable (/proc/PID/environ) after unsetenv() merely drops the pointer.
    OPENSSL_cleanse(value, std::strlen(value));
    qunsetenv(name);
    return secret;
}

QString disableCoreDumps()
{
    QString problems;
#ifdef Q_OS_LINUX
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        problems += QStringLiteral("prctl(PR_SET_DUMPABLE, 0): %1; ")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
#endif
    const struct rlimit none = {0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        problems += QStringLiteral("setrlimit(RLIMIT_CORE, 0): %1; ")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
    problems.chop(2);
    return problems;
}

} // namespace gd::package
