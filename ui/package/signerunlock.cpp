// SPDX-License-Identifier: GPL-3.0-or-later
#include "signerunlock.h"

#include <QCoreApplication>

#include "package/keystore.h"
#include "package/passphrasedialog.h"
#include "package/signingpaths.h"

namespace gd {

Result<package::Signer> unlockOfficerKey(QWidget *parent,
                                         const std::function<QString(const QString &name)> &prompt)
{
    const package::KeyFolder folder(signing::keyFolderPath());
    if (!folder.exists())
        return Error{QCoreApplication::translate("PackageController", "Signing"),
                     QCoreApplication::translate("PackageController",
                                                 "There is no signing key yet. Generate or import "
                                                 "one in Tools → Settings… → Signing.")};
    auto certificate = folder.certificate();
    if (!certificate)
        return certificate.error();
    std::optional<QByteArray> passphrase =
        PassphraseDialog::ask(parent, prompt(certificate->commonName()));
    if (!passphrase)
        return Error{{}, {}}; // cancelled: nothing to say
    auto key = folder.unlock(*passphrase);
    PassphraseDialog::wipe(*passphrase);
    if (!key)
        return key.error();
    return package::Signer{std::move(key).value(), certificate.value()};
}

} // namespace gd
