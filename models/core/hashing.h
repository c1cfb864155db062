// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gd::hashing {

/** Lowercase hex SHA-256 of @p data. */
QString sha256Hex(const QByteArray &data);
/** Lowercase hex SM3 (GB/T 32905) of @p data, computed by OpenSSL. */
QString sm3Hex(const QByteArray &data);

/** True when @p text is a 256-bit digest as these functions write it: 64 lowercase hex. */
bool isDigestHex(const QString &text);

} // namespace gd::hashing
