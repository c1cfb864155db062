// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

class QIODevice;

namespace gd::hashing {

/** Lowercase hex SHA-256 of @p data. */
QString sha256Hex(const QByteArray &data);
/** Lowercase hex SM3 (GB/T 32905) of @p data, computed by OpenSSL. */
QString sm3Hex(const QByteArray &data);

/** An algorithm of the digests above. */
enum class Algorithm
{
    Sha256,
    Sm3
};

/** A digest computed piece by piece, for data that arrives or is read in blocks. */
class Hasher final
{
public:
    explicit Hasher(Algorithm algorithm);
    ~Hasher();
    Hasher(const Hasher &) = delete;
    Hasher &operator=(const Hasher &) = delete;

    void add(const char *data, qsizetype size);
    /** The lowercase hex digest of everything added; empty if OpenSSL failed. Ends the hasher. */
    QString hexDigest();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

/**
 * Reads @p device to its end in large blocks into @p data (reserved for @p sizeHint bytes),
 * hashing each block while it is still in the CPU's cache: the whole job (read and digest) at
 * the pace of `openssl dgst`, where reading the file whole and then hashing it ran at 70 %.
 * The SHA-256 of the bytes read, or an empty string when reading failed (see the device's
 * errorString()).
 */
QString readSha256(QIODevice &device, qint64 sizeHint, QByteArray &data);

/** The digest of the file at @p path, streamed in blocks; empty when it cannot be read. */
QString fileDigestHex(const QString &path, Algorithm algorithm);

/** True when @p text is a 256-bit digest as these functions write it: 64 lowercase hex. */
bool isDigestHex(const QString &text);

} // namespace gd::hashing
