// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Checking one signer's signature of a package (packageverify.cpp); not for use outside
// models/package.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "package.h"
#include "package/keystore.h"

namespace gd::package::internal {

/** The trust store as read once for a run, with the certificates `--trust` adds. */
class RunTrust final
{
public:
    RunTrust(const TrustStore &store, const QList<Certificate> &extra)
        : m_trusted(store.certificates())
    {
        if (extra.isEmpty())
            return;
        // Extra certificates are trusted even when the store cannot be read.
        QList<Certificate> all = m_trusted ? m_trusted.value() : QList<Certificate>();
        all += extra;
        m_trusted = all;
    }
    bool isTrusted(const Certificate &certificate, const QDateTime &when, QString *reason) const
    {
        return TrustStore::isTrustedBy(m_trusted, certificate, when, reason);
    }
    QList<Certificate> certificates() const
    {
        return m_trusted ? m_trusted.value() : QList<Certificate>();
    }

private:
    Result<QList<Certificate>> m_trusted;
};

/**
 * Checks signatures/<role>.json, .sig and .crt: the parts as written, the signature over
 * the signed attributes, the signed manifest, the certificate and its validity at signing
 * time; trust is judged apart (SignatureCheck::trusted). The first problem found is the
 * reason it is not valid.
 */
SignatureCheck checkSignature(Role role, const ZipReader &reader, const QByteArray &manifest,
                              bool manifestPresent, const RunTrust &trust);

} // namespace gd::package::internal
