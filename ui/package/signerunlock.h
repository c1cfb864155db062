// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

#include "core/result.h"
#include "package/package.h"

class QWidget;

namespace gd {

/**
 * The officer's signing key (Settings → Signing) unlocked with the passphrase dialog
 * (PassphraseDialog::ask, the one used for signing packages), @p prompt given the
 * certificate's name. An empty error when the officer cancelled; the passphrase is wiped.
 */
Result<package::Signer> unlockOfficerKey(QWidget *parent,
                                         const std::function<QString(const QString &name)> &prompt);

} // namespace gd
