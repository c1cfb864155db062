// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What building and verifying a package share (package.cpp, packageverify.cpp,
// signaturecheck.cpp); not for use outside models/package.

#include <memory>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <openssl/evp.h>

#include "package.h"

namespace gd::package::internal {

inline const QString kSignaturesFolder = QStringLiteral("signatures/");

QString manifestPath();
/** "2026-11-26T19:00:00Z": UTC, whole seconds. */
QString isoUtc(const QDateTime &when);
std::optional<QDateTime> parseIsoUtc(const QString &text);
/** "signatures/reviewer.json" and the like. */
QString signaturePath(Role role, const char *extension);

/** A member read whole: the manifest, a signature's parts, review.json; refused over 64 MiB. */
Result<QByteArray> readSmall(const ZipReader &reader, const QString &path);
/**
 * The signed JSON parts are read by one rule: what GrantDesk wrote, canonical JSON
 * (RFC 8785), and nothing QJsonDocument would read differently from another parser — a
 * key twice (the last one wins here, the first elsewhere), a lone surrogate, NUL.
 */
std::optional<QString> strictJsonProblem(const QString &member, const QByteArray &json,
                                         const QJsonObject &object);

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

} // namespace gd::package::internal
