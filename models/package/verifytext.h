// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gd::package {

/** What VERIFY.txt's commands call the package file; the reader puts in its real name. */
inline constexpr char kPackagePlaceholder[] = "PACKAGE.gdpkg";

/**
 * VERIFY.txt, in Chinese and English: how to check the package with unzip, sha256sum and
 * openssl alone (docs/formats/package.md). It is written before the package is signed, so
 * it holds nothing that signing decides: the member digests are taken from manifest.json,
 * which the signature covers, and the manifest lists VERIFY.txt itself.
 *
 * Commands are the lines that start with "$ " (run from the folder the first command makes,
 * in bash). A line ending in "# sm2-sm3" or "# ed25519" applies to that signature algorithm
 * (as named in signatures/<role>.json); lines naming "approver" apply to a countersigned
 * package. Every command exits with a non-zero status when its check fails.
 */
QByteArray verifyText(const QString &applicationId, int applicationVersion);

} // namespace gd::package
