// SPDX-License-Identifier: GPL-3.0-or-later
// `grantdesk-cli keygen`: a new signing identity, the key encrypted on disk.
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include "cli.h"
#include "core/identitytext.h"
#include "core/officer.h"
#include "package/crypto.h"
#include "package/keystore.h"
#include "passphrase.h"

namespace gd::cli {
namespace {

constexpr char kKeygenUsage[] =
    "keygen: usage: keygen --alg sm2|ed25519 --name NAME [--unit UNIT] [--position P] "
    "[--days N] --out DIR\n";

constexpr int kDefaultDays = 730;
constexpr int kMaxDays = 36500;

} // namespace

int keygen(Context &ctx)
{
    QString alg, out, daysText;
    package::SignerIdentity who;
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString *target = nullptr;
        if (arg == QLatin1String("--alg"))
            target = &alg;
        else if (arg == QLatin1String("--name"))
            target = &who.name;
        else if (arg == QLatin1String("--unit"))
            target = &who.unit;
        else if (arg == QLatin1String("--position"))
            target = &who.position;
        else if (arg == QLatin1String("--days"))
            target = &daysText;
        else if (arg == QLatin1String("--out"))
            target = &out;
        if (!target) {
            ctx.err << "keygen: " << arg << ": unknown argument\n" << kKeygenUsage;
            return Usage;
        }
        if (i + 1 >= args.size()) {
            ctx.err << "keygen: " << arg << ": needs a value\n" << kKeygenUsage;
            return Usage;
        }
        *target = args.at(++i);
    }
    if (alg.isEmpty() || who.name.trimmed().isEmpty() || out.isEmpty()) {
        ctx.err << "keygen: --alg, --name and --out are required\n" << kKeygenUsage;
        return Usage;
    }
    if (const QString problem = officer::identityProblem(who.name, who.unit, who.position);
        !problem.isEmpty()) {
        ctx.err << "keygen: " << problem << '\n';
        return Usage;
    }
    who.name = identitytext::normalizedName(who.name);
    who.unit = identitytext::normalizedName(who.unit);
    package::Algorithm algorithm;
    if (alg == QLatin1String("sm2") || alg == QLatin1String("sm2-sm3")) {
        algorithm = package::Algorithm::Sm2Sm3;
    } else if (alg == QLatin1String("ed25519")) {
        algorithm = package::Algorithm::Ed25519;
    } else {
        ctx.err << "keygen: --alg: " << alg << ": expected sm2 or ed25519\n";
        return Usage;
    }
    int days = kDefaultDays;
    if (!daysText.isEmpty()) {
        bool ok = false;
        days = daysText.toInt(&ok);
        if (!ok || days < 1 || days > kMaxDays) {
            ctx.err << "keygen: --days: " << daysText << ": expected a whole number from 1 to "
                    << kMaxDays << '\n';
            return Usage;
        }
    }

    const package::KeyFolder folder(out);
    const QDir dir(out);
    for (const QString &name : {QStringLiteral("key.pem"), QStringLiteral("cert.pem")})
        if (QFileInfo::exists(dir.filePath(name))) {
            ctx.err << dir.filePath(name) << ": already there; a key is never overwritten\n";
            return Failed;
        }

    std::optional<QByteArray> passphrase = readPassphrase(
        ctx, QStringLiteral("Passphrase for the new key (at least 8 characters): "), true);
    if (!passphrase)
        return Failed;
    if (passphrase->size() < 8) {
        wipePassphrase(*passphrase);
        ctx.err << "keygen: the passphrase needs at least 8 characters\n";
        return Failed;
    }

    auto fail = [&](const Error &error) {
        wipePassphrase(*passphrase);
        ctx.err << error.toString() << '\n';
        return Failed;
    };
    Result<package::PrivateKey> key = package::generateKey(algorithm);
    if (!key)
        return fail(key.error());
    // Whole seconds: certificates hold no fractions, and the validity starts now.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    Result<package::Certificate> certificate =
        package::issueSelfCertificate(*key, who, now, now.addDays(days));
    if (!certificate)
        return fail(certificate.error());
    if (Status created = folder.create(*key, *certificate, *passphrase); !created)
        return fail(created.error());
    wipePassphrase(*passphrase);

    ctx.out << "key: " << QDir::cleanPath(dir.filePath(QStringLiteral("key.pem")))
            << " (encrypted PKCS#8, " << package::algorithmCode(algorithm) << ")\n"
            << "certificate: " << QDir::cleanPath(dir.filePath(QStringLiteral("cert.pem"))) << '\n'
            << "subject: " << certificate->subject() << '\n'
            << "sha256: " << certificate->sha256() << '\n'
            << "valid: " << certificate->notBefore().toString(Qt::ISODate) << " to "
            << certificate->notAfter().toString(Qt::ISODate) << '\n';
    return Ok;
}

} // namespace gd::cli
