// SPDX-License-Identifier: GPL-3.0-or-later
#include "hashing.h"

#include <memory>

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace gd::hashing {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString sm3Hex(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "SM3", nullptr),
                                                       &EVP_MD_free);
    if (!md || EVP_Digest(data.constData(), static_cast<size_t>(data.size()), digest, &length,
                          md.get(), nullptr) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<qsizetype>(length)).toHex());
}

} // namespace gd::hashing
