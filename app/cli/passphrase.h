// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

#include "cli.h"
#include "package/keystore.h"
#include "package/package.h"

namespace gd::cli {

/** The environment variable scripts set instead of typing a passphrase. */
inline constexpr char kPassphraseVariable[] = "GRANTDESK_PASSPHRASE";

/**
 * The passphrase for a signing key: GRANTDESK_PASSPHRASE when it is set (even empty; it is
 * then removed from the environment, so a second call asks the terminal), else
 * read from the terminal without echo after printing @p prompt to stderr; with @p confirm it
 * is asked twice on a terminal and must match. Returns nullopt after printing the reason to
 * ctx.err as "passphrase: …" (no terminal and no variable, mismatch, end of input). The
 * passphrase is never echoed or logged; callers wipe it when done (wipePassphrase).
 */
std::optional<QByteArray> readPassphrase(Context &ctx, const QString &prompt, bool confirm);

/** The key folder's certificate, or nullopt after printing why not (naming @p command). */
std::optional<package::Certificate> folderCertificate(Context &ctx, const QString &command,
                                                      const package::KeyFolder &folder);

/** The folder's key unlocked with a passphrase (readPassphrase), or nullopt after printing why. */
std::optional<package::Signer> unlock(Context &ctx, const package::KeyFolder &folder,
                                      const package::Certificate &certificate);

/** Overwrites @p passphrase's bytes before it is released. */
void wipePassphrase(QByteArray &passphrase);

} // namespace gd::cli
