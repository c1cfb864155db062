// SPDX-License-Identifier: GPL-3.0-or-later
// `grantdesk-cli keygen`: a new signing identity, the key encrypted on disk.
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimeZone>

#include "cli.h"
#include "commandline.h"
#include "core/identitytext.h"
#include "core/officer.h"
#include "package/crypto.h"
#include "package/keystore.h"
#include "passphrase.h"

namespace gd::cli {
namespace {

constexpr int kDefaultDays = 730;
constexpr int kMaxDays = 36500;

/** What keygen is asked to make, read from its arguments. */
struct KeygenRequest
{
    package::Algorithm algorithm = package::Algorithm::Ed25519;
    package::SignerIdentity who;
    QString out;
    int days = kDefaultDays;
};

/** Parses and checks keygen's arguments into *request; the exit code when it stops. */
std::optional<int> readKeygenRequest(Context &ctx, KeygenRequest *request)
{
    const QString cmd = QStringLiteral("keygen");
    QCommandLineParser parser;
    const QCommandLineOption algOpt(
        QStringLiteral("alg"),
        CommandLine::tr("The algorithm: sm2 (SM2 with SM3) or ed25519. Required."),
        QStringLiteral("sm2|ed25519"));
    const QCommandLineOption nameOpt(
        QStringLiteral("name"),
        CommandLine::tr("The officer's name, as the certificate states it. Required."),
        CommandLine::tr("NAME"));
    const QCommandLineOption unitOpt(QStringLiteral("unit"),
                                     CommandLine::tr("The officer's unit (organization)."),
                                     CommandLine::tr("UNIT"));
    const QCommandLineOption positionOpt(QStringLiteral("position"),
                                         CommandLine::tr("The officer's position."),
                                         CommandLine::tr("P"));
    const QCommandLineOption daysOpt(
        QStringLiteral("days"),
        CommandLine::tr("How many days the certificate is valid, 1 to %1 (default: %2).")
            .arg(kMaxDays)
            .arg(kDefaultDays),
        CommandLine::tr("N"));
    const QCommandLineOption outOpt(
        QStringLiteral("out"),
        CommandLine::tr("The folder that receives key.pem and cert.pem; an existing key is "
                        "never overwritten. Required."),
        CommandLine::tr("DIR"));
    parser.addOptions({algOpt, nameOpt, unitOpt, positionOpt, daysOpt, outOpt});
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Makes a signing key, stored as encrypted PKCS#8 (DIR/key.pem, the "
                            "owner's only), and a self-issued certificate naming the officer "
                            "(DIR/cert.pem). The passphrase (at least 8 characters) is asked "
                            "twice, or read from GRANTDESK_PASSPHRASE.\nExit 0 made, 1 a "
                            "failure, 64 wrong usage or a name with hidden characters.")))
        return stop;
    const QString alg = parser.value(algOpt);
    request->who.name = parser.value(nameOpt);
    request->who.unit = parser.value(unitOpt);
    request->who.position = parser.value(positionOpt);
    request->out = parser.value(outOpt);
    if (alg.isEmpty() || request->who.name.trimmed().isEmpty() || request->out.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("--alg, --name and --out are required"));
    package::SignerIdentity &who = request->who;
    if (const QString problem = officer::identityProblem(who.name, who.unit, who.position);
        !problem.isEmpty()) {
        ctx.err << "keygen: " << problem << '\n';
        return Usage;
    }
    who.name = identitytext::normalizedName(who.name);
    who.unit = identitytext::normalizedName(who.unit);
    if (alg == QLatin1String("sm2") || alg == QLatin1String("sm2-sm3"))
        request->algorithm = package::Algorithm::Sm2Sm3;
    else if (alg == QLatin1String("ed25519"))
        request->algorithm = package::Algorithm::Ed25519;
    else
        return usageError(ctx, cmd, CommandLine::tr("--alg: %1: expected sm2 or ed25519").arg(alg));
    if (parser.isSet(daysOpt) && !parser.value(daysOpt).isEmpty()) {
        const QString text = parser.value(daysOpt);
        bool ok = false;
        request->days = text.toInt(&ok);
        if (!ok || request->days < 1 || request->days > kMaxDays)
            return usageError(ctx, cmd,
                              CommandLine::tr("--days: %1: expected a whole number from 1 to %2")
                                  .arg(text)
                                  .arg(kMaxDays));
    }
    return std::nullopt;
}

} // namespace

int keygen(Context &ctx)
{
    KeygenRequest request;
    if (const auto stop = readKeygenRequest(ctx, &request))
        return *stop;

    const package::KeyFolder folder(request.out);
    const QDir dir(request.out);
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
    Result<package::PrivateKey> key = package::generateKey(request.algorithm);
    if (!key)
        return fail(key.error());
    // Whole seconds: certificates hold no fractions, and the validity starts now.
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());
    Result<package::Certificate> certificate =
        package::issueSelfCertificate(*key, request.who, now, now.addDays(request.days));
    if (!certificate)
        return fail(certificate.error());
    if (Status created = folder.create(*key, *certificate, *passphrase); !created)
        return fail(created.error());
    wipePassphrase(*passphrase);

    ctx.out << "key: " << QDir::cleanPath(dir.filePath(QStringLiteral("key.pem")))
            << " (encrypted PKCS#8, " << package::algorithmCode(request.algorithm) << ")\n"
            << "certificate: " << QDir::cleanPath(dir.filePath(QStringLiteral("cert.pem"))) << '\n'
            << "subject: " << certificate->subject() << '\n'
            << "sha256: " << certificate->sha256() << '\n'
            << "valid: " << certificate->notBefore().toString(Qt::ISODate) << " to "
            << certificate->notAfter().toString(Qt::ISODate) << '\n';
    return Ok;
}

} // namespace gd::cli
