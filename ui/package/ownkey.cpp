// SPDX-License-Identifier: GPL-3.0-or-later
#include "ownkey.h"

#include <QCoreApplication>

#include "package/keystore.h"
#include "package/passphrasedialog.h"
#include "package/signingpaths.h"

namespace gd::signing {

Result<package::Certificate> ownCertificate()
{
    const package::KeyFolder folder(keyFolderPath());
    if (!folder.exists())
        return Error{QCoreApplication::translate("gd::PackageController", "Signing"),
                     QCoreApplication::translate("gd::PackageController",
                                                 "There is no signing key yet. Generate or "
                                                 "import one in Tools → Settings… → Signing.")};
    return folder.certificate();
}

Result<package::Signer> unlockOwnKey(QWidget *parent, const package::Certificate &certificate,
                                     const QString &prompt)
{
    std::optional<QByteArray> passphrase = PassphraseDialog::ask(parent, prompt);
    if (!passphrase)
        return Error{{}, {}}; // cancelled: nothing to say
    auto key = package::KeyFolder(keyFolderPath()).unlock(*passphrase);
    PassphraseDialog::wipe(*passphrase);
    if (!key)
        return key.error();
    return package::Signer{std::move(key).value(), certificate};
}

} // namespace gd::signing

namespace gd {

Result<package::Signer> unlockOfficerKey(QWidget *parent,
                                         const std::function<QString(const QString &name)> &prompt)
{
    auto certificate = signing::ownCertificate();
    if (!certificate)
        return certificate.error();
    return signing::unlockOwnKey(parent, certificate.value(), prompt(certificate->commonName()));
}

} // namespace gd
