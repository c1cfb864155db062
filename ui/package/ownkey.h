// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

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

namespace gd {

/**
 * ownCertificate() and unlockOwnKey() in one: the officer's signing key (Settings → Signing)
 * unlocked with the passphrase dialog, @p prompt given the certificate's name.
 */
Result<package::Signer> unlockOfficerKey(QWidget *parent,
                                         const std::function<QString(const QString &name)> &prompt);

} // namespace gd
