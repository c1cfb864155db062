// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Officers' keys for the tests that agree or send back (issue 12 item 4: the approver signs):
// a key and a self-issued certificate naming an officer, and a trust store holding it.

#include <QDateTime>
#include <QString>

#include "package/crypto.h"
#include "package/keystore.h"
#include "package/package.h"

namespace gd::testing {

/** A key and a self-issued certificate naming @p name, valid from an hour ago for a year. */
inline Result<package::Signer>
officerSigner(const QString &name, package::Algorithm algorithm = package::Algorithm::Sm2Sm3)
{
    auto key = package::generateKey(algorithm);
    if (!key)
        return key.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto certificate = package::issueSelfCertificate(
        key.value(), {name, QStringLiteral("广州市政务服务和数据管理局"), QStringLiteral("科长")},
        now.addSecs(-3600), now.addYears(1));
    if (!certificate)
        return certificate.error();
    return package::Signer{key.value(), certificate.value()};
}

/** The trust store at @p dir with @p signer's certificate added (an administrator's act). */
inline package::TrustStore trusting(const QString &dir, const package::Signer &signer)
{
    package::TrustStore store(dir);
    if (auto added = store.add(signer.certificate); !added)
        qWarning("trust store: %s", qPrintable(added.error().toString()));
    return store;
}

} // namespace gd::testing
