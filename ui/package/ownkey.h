// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "core/result.h"
#include "package/package.h"

class QWidget;

namespace gd::signing {

/**
 * The certificate of this workstation's signing key (the key folder of keyFolderPath()),
 * read without the passphrase; an Error saying where to make one when there is none.
 */
Result<package::Certificate> ownCertificate();

/**
 * Asks for the passphrase with @p prompt and unlocks the key whose certificate is
 * @p certificate; the passphrase is wiped after use. An Error with an empty `what` when the
 * officer cancels (nothing to say), "wrong passphrase" and the like otherwise.
 */
Result<package::Signer> unlockOwnKey(QWidget *parent, const package::Certificate &certificate,
                                     const QString &prompt);

} // namespace gd::signing
