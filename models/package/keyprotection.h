// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace gd::package {

/**
 * PBKDF2-HMAC-SHA256 rounds protecting a key written now (OWASP's 2023 figure for
 * PBKDF2-SHA256). The count is stored in the key file's PBES2 parameters, so keys written
 * with fewer rounds still open, and KeyFolder::unlock() re-encrypts them with this many.
 */
inline constexpr int kKeyIterations = 600000;

/**
 * The PBKDF2 round count an encrypted PKCS#8 key (PEM or DER) records; nullopt when
 * @p keyFile is not PBES2 with PBKDF2 (clear, PKCS#12, legacy PEM encryption).
 */
std::optional<long> keyFileIterations(const QByteArray &keyFile);

/** Overwrites a secret's bytes (OPENSSL_cleanse) and empties it. Detaches first. */
void wipeSecret(QByteArray &secret);
void wipeSecret(QString &secret);

/**
 * The value of environment variable @p name, or nullopt when it is not set (an empty value
 * is a value). The variable is removed from the process environment at once, its bytes
 * overwritten first, so child processes and later readers never see it.
 */
std::optional<QByteArray> takeSecretFromEnvironment(const char *name);

/**
 * Keeps private keys out of core dumps: the process is made non-dumpable
 * (prctl(PR_SET_DUMPABLE, 0), which also stops other processes of the user from attaching
 * or reading its memory) and the core size limit is set to 0. Idempotent; called at
 * start of the GUI and the CLI and again whenever a key is loaded. Returns what failed,
 * empty when all took effect.
 */
QString disableCoreDumps();

} // namespace gd::package
