// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::signing {

/**
 * Where the officer's signing identity lives: the setting Signing/KeyFolder when set (a
 * folder on a removable drive, or a test's temporary folder), else KeyFolder::defaultPath().
 */
QString keyFolderPath();
void setKeyFolderPath(const QString &path); // empty: back to the default

/** The trust store folder: the setting Signing/TrustStore, else TrustStore::defaultPath(). */
QString trustStorePath();
void setTrustStorePath(const QString &path);

/**
 * A SHA-256 fingerprint grouped for reading aloud: "3f2a 9c01 …" (16 groups of 4); with
 * @p groupsPerLine, a line break after that many groups.
 */
QString groupedFingerprint(const QString &hex, int groupsPerLine = 0);

} // namespace gd::signing
