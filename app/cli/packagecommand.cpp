// SPDX-License-Identifier: GPL-3.0-or-later
// `grantdesk-cli export`, `countersign` and `verify`: the signed review package.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "cli.h"
#include "core/i18n.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/signingpaths.h"
#include "package/reviewexport.h"
#include "passphrase.h"
#include "services/desk.h"
#include "services/exportservice.h"
#include "services/inboxservice.h"
#include "domain/subject.h"

namespace gd::cli {
namespace {

constexpr char kExportUsage[] =
    "export: usage: export ID [--version N] --key DIR --out FILE.gdpkg\n";
constexpr char kCountersignUsage[] = "countersign: usage: countersign FILE.gdpkg --key DIR\n";
constexpr char kVerifyUsage[] = "verify: usage: verify FILE.gdpkg [--trust CERT]... "
                                "[--require-trusted] [--require-approved] [--json]\n";

} // namespace

int exportPackage(Context &ctx)
{
    QString id, versionText, keyDir, out;
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        QString *target = nullptr;
        if (arg == QLatin1String("--version"))
            target = &versionText;
        else if (arg == QLatin1String("--key"))
            target = &keyDir;
        else if (arg == QLatin1String("--out"))
            target = &out;
        else if (!arg.startsWith(QLatin1String("--")) && id.isEmpty()) {
            id = arg;
            continue;
        }
        if (!target) {
            ctx.err << "export: " << arg << ": unknown argument\n" << kExportUsage;
            return Usage;
        }
        if (i + 1 >= args.size()) {
            ctx.err << "export: " << arg << ": needs a value\n" << kExportUsage;
            return Usage;
        }
        *target = args.at(++i);
    }
    if (id.isEmpty() || keyDir.isEmpty() || out.isEmpty()) {
        ctx.err << "export: ID, --key and --out are required\n" << kExportUsage;
        return Usage;
    }
    int version = 0;
    if (!versionText.isEmpty()) {
        bool ok = false;
        version = versionText.toInt(&ok);
        if (!ok || version < 1) {
            ctx.err << "export: --version: " << versionText << ": expected a version number\n";
            return Usage;
        }
    }
    const auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const ExportService exports(desk);
    if (version == 0) {
        auto latest = InboxService(desk).latestVersion(id);
        if (!latest) {
            ctx.err << latest.error().toString() << '\n';
            return Failed;
        }
        version = latest.value();
    }
    const QString subject = subjectOf(id, version);
    const auto state = exports.caseState(id, version);
    if (!state) {
        ctx.err << state.error().toString() << '\n';
        return Failed;
    }
    const package::KeyFolder folder(keyDir);
    const auto certificate = folderCertificate(ctx, QStringLiteral("export"), folder);
    if (!certificate)
        return Failed;
    // Refused before the passphrase is asked: the case must be decided, and the reviewer signs.
    if (const QString refusal = package::exportRefusal(state->status, state->decision,
                                                       state->reviewer, certificate->commonName());
        !refusal.isEmpty()) {
        ctx.err << subject << ": " << refusal << '\n';
        return Failed;
    }
    const auto signer = unlock(ctx, folder, *certificate);
    if (!signer)
        return Failed;
    // The report is in Chinese unless GRANTDESK_LANG asks otherwise.
    if (qEnvironmentVariableIsEmpty("GRANTDESK_LANG"))
        i18n::install(QStringLiteral("zh_CN"));
    auto exported = exports.exportReview(id, version, *signer, out);
    if (!exported) {
        ctx.err << exported.error().toString() << '\n';
        return Failed;
    }
    ctx.out << out << ": " << subject << " signed by " << certificate->subject() << '\n'
            << "manifest sha256 " << exported->manifestSha256 << '\n'
            << "file sha256 " << exported->fileSha256 << '\n';
    if (state->status == CaseStatus::Decided)
        ctx.out << subject << ": now " << caseStatusCode(CaseStatus::Signed) << '\n';
    return Ok;
}

int countersign(Context &ctx)
{
    QString file, keyDir;
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--key")) {
            if (i + 1 >= args.size()) {
                ctx.err << "countersign: --key: needs a value\n" << kCountersignUsage;
                return Usage;
            }
            keyDir = args.at(++i);
        } else if (!arg.startsWith(QLatin1String("--")) && file.isEmpty()) {
            file = arg;
        } else {
            ctx.err << "countersign: " << arg << ": unknown argument\n" << kCountersignUsage;
            return Usage;
        }
    }
    if (file.isEmpty() || keyDir.isEmpty()) {
        ctx.err << "countersign: FILE and --key are required\n" << kCountersignUsage;
        return Usage;
    }
    if (!QFileInfo(file).isFile()) {
        ctx.err << file << ": no such file\n";
        return Failed;
    }
    std::shared_ptr<Desk> desk; // without --db only the file changes
    if (ctx.dbGiven) {
        desk = ctx.openDesk(Context::Access::Write);
        if (!desk)
            return Storage;
    }
    const package::KeyFolder folder(keyDir);
    const auto certificate = folderCertificate(ctx, QStringLiteral("countersign"), folder);
    if (!certificate)
        return Failed;
    const auto signer = unlock(ctx, folder, *certificate);
    if (!signer)
        return Failed;
    const package::TrustStore trust(signing::trustStorePath()); // the GUI's trust store
    auto countersigned = ExportService(desk).countersignFile(file, *signer, trust);
    if (!countersigned) {
        ctx.err << countersigned.error().toString() << '\n';
        return Failed;
    }
    ctx.out << file << ": countersigned by " << certificate->subject() << '\n'
            << "file sha256 " << countersigned->fileSha256 << '\n';
    return Ok;
}

int verify(Context &ctx)
{
    QString file;
    package::VerifyOptions options;
    bool json = false;
    const QStringList &args = ctx.args;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--require-trusted")) {
            options.requireTrusted = true;
        } else if (arg == QLatin1String("--require-approved")) {
            options.requireApproved = true;
        } else if (arg == QLatin1String("--trust")) {
            if (i + 1 >= args.size()) {
                ctx.err << "verify: --trust: needs a certificate file\n" << kVerifyUsage;
                return Usage;
            }
            const QString path = args.at(++i);
            QFile in(path);
            if (!in.open(QIODevice::ReadOnly)) {
                ctx.err << path << ": cannot open: " << in.errorString() << '\n';
                return Usage;
            }
            auto certificate = package::Certificate::fromData(in.read(1 << 20));
            if (!certificate) {
                ctx.err << path << ": " << certificate.error().what << '\n';
                return Usage;
            }
            options.extraTrust.append(certificate.value());
        } else if (!arg.startsWith(QLatin1String("--")) && file.isEmpty()) {
            file = arg;
        } else {
            ctx.err << "verify: " << arg << ": unknown argument\n" << kVerifyUsage;
            return Usage;
        }
    }
    if (file.isEmpty()) {
        ctx.err << "verify: FILE is required\n" << kVerifyUsage;
        return Usage;
    }
    const package::TrustStore trust(signing::trustStorePath()); // the GUI's trust store
    const package::VerifyReport report = package::verifyPackage(file, trust, options);
    if (json) {
        ctx.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    } else {
        ctx.out << file;
        if (!report.applicationId.isEmpty())
            ctx.out << ": " << report.applicationId << " version " << report.applicationVersion
                    << ", decision " << report.decision;
        ctx.out << '\n';
        for (const package::MemberCheck &m : report.members) {
            const QString status = package::memberStatusCode(m.status);
            ctx.out << "  " << status << QString(12 - status.size(), QLatin1Char(' ')) << m.path;
            if (!m.detail.isEmpty())
                ctx.out << " (" << m.detail << ')';
            ctx.out << '\n';
        }
        for (const package::SignatureCheck &s : report.signatures) {
            ctx.out << "  " << package::roleCode(s.role) << ": " << s.signer << '\n'
                    << "    signed at " << s.signedAt << " with " << s.algorithm << '\n'
                    << "    certificate sha256 " << s.certSha256 << '\n'
                    << "    " << (s.valid ? "valid" : "INVALID");
            if (!s.valid)
                ctx.out << ": " << s.reason;
            ctx.out << "; " << (s.trusted ? "trusted" : "not trusted");
            if (!s.trusted)
                ctx.out << " (" << s.trustReason << ')';
            ctx.out << '\n';
        }
        ctx.out << report.verdict() << '\n';
    }
    const QString prefix = QFileInfo(file).fileName() + QStringLiteral(": ");
    for (const QString &error : report.errors())
        ctx.err << (error.startsWith(prefix) ? error : prefix + error) << '\n';
    return report.exitCode();
}

} // namespace gd::cli
