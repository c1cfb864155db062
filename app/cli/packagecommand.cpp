// SPDX-License-Identifier: GPL-3.0-or-later
// `grantdesk-cli export`, `countersign` and `verify`: the signed review package.
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include "cli.h"
#include "commandline.h"
#include "core/i18n.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/signingpaths.h"
#include "package/reviewexport.h"
#include "passphrase.h"
#include "services/desk.h"
#include "services/exportservice.h"
#include "domain/subject.h"

namespace gd::cli {
namespace {

/** Which review export signs and where it goes, read from its arguments. */
struct ExportRequest
{
    QString id;
    int version = 0; // 0: the highest
    QString keyDir;
    QString out;
};

/** Parses export's arguments into *request; the exit code when it stops. */
std::optional<int> readExportRequest(Context &ctx, ExportRequest *request)
{
    const QString cmd = QStringLiteral("export");
    QCommandLineParser parser;
    const QCommandLineOption versionOpt(
        QStringLiteral("version"),
        CommandLine::tr("The version of the application (default: the highest)."),
        CommandLine::tr("N"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"),
        CommandLine::tr("The reviewer's key folder (key.pem and cert.pem, see keygen). Required."),
        CommandLine::tr("DIR"));
    const QCommandLineOption outOpt(QStringLiteral("out"),
                                    CommandLine::tr("The package file to write. Required."),
                                    CommandLine::tr("FILE.gdpkg"));
    parser.addOptions({versionOpt, keyOpt, outOpt});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 CommandLine::tr("The application id. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("The reviewer signs a decided review: writes the review package and "
                            "moves the case to signed. Refused when the key's certificate does "
                            "not name the case's reviewer.\nExit 0 signed, 1 refused or a "
                            "failure, 64 wrong usage."),
            1))
        return stop;
    request->id = parser.positionalArguments().value(0);
    request->keyDir = parser.value(keyOpt);
    request->out = parser.value(outOpt);
    if (request->id.isEmpty() || request->keyDir.isEmpty() || request->out.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("ID, --key and --out are required"));
    if (!versionOption(ctx, cmd, parser, versionOpt, &request->version))
        return Usage;
    return std::nullopt;
}

} // namespace

int exportPackage(Context &ctx)
{
    ExportRequest request;
    if (const auto stop = readExportRequest(ctx, &request))
        return *stop;
    const QString &id = request.id;
    int version = request.version;
    const QString &keyDir = request.keyDir;
    const QString &out = request.out;
    const auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const ExportService exports(desk);
    if ((version = resolveVersion(ctx, desk, id, version)) == 0)
        return Failed;
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
    const QString cmd = QStringLiteral("countersign");
    QCommandLineParser parser;
    const QCommandLineOption keyOpt(
        QStringLiteral("key"),
        CommandLine::tr("The approver's key folder (key.pem and cert.pem). Required."),
        CommandLine::tr("DIR"));
    parser.addOption(keyOpt);
    parser.addPositionalArgument(QStringLiteral("FILE.gdpkg"),
                                 CommandLine::tr("The package the reviewer signed. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("The approver countersigns a package file; refused for the "
                            "reviewer's own certificate or key, and unless the certificate names "
                            "the approver the review records. With --db, the case becomes "
                            "countersigned too.\nExit 0 countersigned, 1 refused or a failure, "
                            "64 wrong usage."),
            1))
        return *stop;
    const QString file = parser.positionalArguments().value(0);
    const QString keyDir = parser.value(keyOpt);
    if (file.isEmpty() || keyDir.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("FILE and --key are required"));
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

namespace {

/** What verify checks, read from its arguments. */
struct VerifyRequest
{
    QString file;
    package::VerifyOptions options;
    bool json = false;
};

/** The certificates --trust names, into @p options; false after saying which is unreadable. */
bool readTrusted(Context &ctx, const QStringList &paths, package::VerifyOptions *options)
{
    for (const QString &path : paths) {
        QFile in(path);
        if (!in.open(QIODevice::ReadOnly)) {
            ctx.err << path << ": cannot open: " << in.errorString() << '\n';
            return false;
        }
        auto certificate = package::Certificate::fromData(in.read(1 << 20));
        if (!certificate) {
            ctx.err << path << ": " << certificate.error().what << '\n';
            return false;
        }
        options->extraTrust.append(certificate.value());
    }
    return true;
}

/** Parses verify's arguments into *request; the exit code when it stops. */
std::optional<int> readVerifyRequest(Context &ctx, VerifyRequest *request)
{
    const QString cmd = QStringLiteral("verify");
    QCommandLineParser parser;
    const QCommandLineOption trustOpt(
        QStringLiteral("trust"),
        CommandLine::tr("Also trust this certificate (PEM or DER), beside the trust store; "
                        "may be repeated."),
        CommandLine::tr("CERT"));
    const QCommandLineOption trustedOpt(QStringLiteral("require-trusted"),
                                        CommandLine::tr("Every signer must be trusted."));
    const QCommandLineOption approvedOpt(
        QStringLiteral("require-approved"),
        CommandLine::tr("The package must be countersigned by the approver the review records, "
                        "with another certificate and key than the reviewer's."));
    const QCommandLineOption jsonOpt(QStringLiteral("json"),
                                     CommandLine::tr("Print the report as JSON."));
    parser.addOptions({trustOpt, trustedOpt, approvedOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("FILE.gdpkg"),
                                 CommandLine::tr("The package to verify. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Checks every member of a review package, every signature and the "
                            "signers' trust (the trust store the GUI keeps).\nExit 0 valid, 1 "
                            "modified or invalid (or a required condition unmet), 2 not a "
                            "readable package, 64 wrong usage."),
            1))
        return stop;
    request->file = parser.positionalArguments().value(0);
    request->json = parser.isSet(jsonOpt);
    request->options.requireTrusted = parser.isSet(trustedOpt);
    request->options.requireApproved = parser.isSet(approvedOpt);
    if (!readTrusted(ctx, parser.values(trustOpt), &request->options))
        return Usage;
    if (request->file.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("FILE is required"));
    return std::nullopt;
}

/** The report as text: the package, each member, each signature, the verdict. */
void printReport(QTextStream &out, const QString &file, const package::VerifyReport &report)
{
    out << file;
    if (!report.applicationId.isEmpty())
        out << ": " << report.applicationId << " version " << report.applicationVersion
            << ", decision " << report.decision;
    out << '\n';
    for (const package::MemberCheck &m : report.members) {
        const QString status = package::memberStatusCode(m.status);
        out << "  " << status << QString(12 - status.size(), QLatin1Char(' ')) << m.path;
        if (!m.detail.isEmpty())
            out << " (" << m.detail << ')';
        out << '\n';
    }
    for (const package::SignatureCheck &s : report.signatures) {
        out << "  " << package::roleCode(s.role) << ": " << s.signer << '\n'
            << "    signed at " << s.signedAt << " with " << s.algorithm << '\n'
            << "    certificate sha256 " << s.certSha256 << '\n'
            << "    " << (s.valid ? "valid" : "INVALID");
        if (!s.valid)
            out << ": " << s.reason;
        out << "; " << (s.trusted ? "trusted" : "not trusted");
        if (!s.trusted)
            out << " (" << s.trustReason << ')';
        out << '\n';
    }
    out << report.verdict() << '\n';
}

} // namespace

int verify(Context &ctx)
{
    VerifyRequest request;
    if (const auto stop = readVerifyRequest(ctx, &request))
        return *stop;
    const package::TrustStore trust(signing::trustStorePath()); // the GUI's trust store
    const package::VerifyReport report =
        package::verifyPackage(request.file, trust, request.options);
    if (request.json)
        ctx.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    else
        printReport(ctx.out, request.file, report);
    const QString prefix = QFileInfo(request.file).fileName() + QStringLiteral(": ");
    for (const QString &error : report.errors())
        ctx.err << (error.startsWith(prefix) ? error : prefix + error) << '\n';
    return report.exitCode();
}

} // namespace gd::cli
