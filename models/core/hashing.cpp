// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashing.h"

#include <algorithm>
#include <memory>

#include <QFile>
#include <QIODevice>

#include <openssl/evp.h>

namespace gd::hashing {

namespace {

/**
 * Both digests through OpenSSL's EVP, which uses the CPU's SHA extensions where there are
 * any (QCryptographicHash's SHA-256 ran at 15 % of `openssl dgst`).
 */
QString digestHex(const EVP_MD *md, const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!md || EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &length, md,
                          nullptr) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

const char *algorithmName(Algorithm algorithm)
{
    return algorithm == Algorithm::Sha256 ? "SHA2-256" : "SM3";
}

// 1 MiB: large enough that a read costs one system call per megabyte, small enough that the
// block is still in the cache when it is hashed.
constexpr qint64 kBlock = 1 << 20;

} // namespace

struct Hasher::Context
{
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md{nullptr, &EVP_MD_free};
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx{nullptr, &EVP_MD_CTX_free};
    bool ok = false;
};

Hasher::Hasher(Algorithm algorithm)
    : m_context(std::make_unique<Context>())
{
    m_context->md.reset(EVP_MD_fetch(nullptr, algorithmName(algorithm), nullptr));
    m_context->ctx.reset(EVP_MD_CTX_new());
    m_context->ok = m_context->md && m_context->ctx &&
                    EVP_DigestInit_ex(m_context->ctx.get(), m_context->md.get(), nullptr) == 1;
}

Hasher::~Hasher() = default;

void Hasher::add(const char *data, qsizetype size)
{
    if (m_context->ok && size > 0)
        m_context->ok = EVP_DigestUpdate(m_context->ctx.get(), data, size_t(size)) == 1;
}

QString Hasher::hexDigest()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_context->ok || EVP_DigestFinal_ex(m_context->ctx.get(), digest, &length) != 1)
        return {};
    m_context->ok = false;
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

QString readSha256(QIODevice &device, qint64 sizeHint, QByteArray &data)
{
    Hasher hasher(Algorithm::Sha256);
    data.clear();
    // One block beyond the hint: the read that finds the end must not move the bytes read.
    data.reserve(qsizetype(std::max<qint64>(sizeHint, 0) + kBlock));
    for (;;) {
        const qsizetype at = data.size();
        data.resize(at + kBlock);
        const qint64 got = device.read(data.data() + at, kBlock);
        if (got < 0) {
            data.clear();
            return {};
        }
        data.resize(at + qsizetype(got));
        hasher.add(data.constData() + at, qsizetype(got));
        if (got == 0)
            break;
    }
    return hasher.hexDigest();
}

QString fileDigestHex(const QString &path, Algorithm algorithm)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Hasher hasher(algorithm);
    QByteArray block(qsizetype(kBlock), Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(block.data(), kBlock);
        if (got < 0)
            return {};
        if (got == 0)
            break;
        hasher.add(block.constData(), qsizetype(got));
    }
    return hasher.hexDigest();
}

namespace {

/** The implementation, fetched once per process: a fetch per digest cost as much as hashing an
 *  audit event (the chain hashes each event when it is written and when it is checked). */
const EVP_MD *fetched(Algorithm algorithm)
{
    using Md = std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)>;
    static const Md sha256(EVP_MD_fetch(nullptr, algorithmName(Algorithm::Sha256), nullptr),
                           &EVP_MD_free);
    static const Md sm3(EVP_MD_fetch(nullptr, algorithmName(Algorithm::Sm3), nullptr),
                        &EVP_MD_free);
    return algorithm == Algorithm::Sha256 ? sha256.get() : sm3.get();
}

} // namespace

QString sha256Hex(const QByteArray &data)
{
    return digestHex(fetched(Algorithm::Sha256), data);
}

QString sm3Hex(const QByteArray &data)
{
    return digestHex(fetched(Algorithm::Sm3), data);
}

bool isDigestHex(const QString &text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

} // namespace gd::hashing
