// SPDX-License-Identifier: GPL-3.0-or-later
// The office server on the command line (issue 16): `server init`, `officers add|grant|revoke|
// list`, and the workflow's acts for scripts, `submit` and `approve`, which the server's own
// rules check as well (store/postgres/pgschema.cpp).
#include <memory>
#include <optional>

#include "cli.h"
#include "commandline.h"
#include "core/officer.h"
#include "domain/subject.h"
#include "package/keystore.h"
#include "package/signingpaths.h"
#include "passphrase.h"
#include "review/reviewdocument.h"
#include "services/officerservice.h"

namespace gd::cli {
namespace {

/** The environment variable scripts set instead of typing a new officer's password. */
constexpr char kOfficerPasswordVariable[] = "GRANTDESK_OFFICER_PASSWORD";

/** A new officer's password: GRANTDESK_OFFICER_PASSWORD, or asked twice on the terminal. */
std::optional<QString> officerPassword(Context &ctx, const QString &login)
{
    if (qEnvironmentVariableIsSet(kOfficerPasswordVariable)) {
        const QString password = qEnvironmentVariable(kOfficerPasswordVariable);
        qunsetenv(kOfficerPasswordVariable);
        return password;
    }
    auto typed = readPassphrase(
        ctx, CommandLine::tr("Password for the officer %1 on the server: ").arg(login), true);
    if (!typed)
        return std::nullopt;
    const QString password = QString::fromUtf8(*typed);
    wipePassphrase(*typed);
    return password;
}

QString groupsText(const QStringList &groups)
{
    return groups.isEmpty() ? QStringLiteral("-") : groups.join(QLatin1Char(','));
}

int serverInit(Context &ctx)
{
    const QString cmd = QStringLiteral("server init");
    QCommandLineParser parser;
    const QCommandLineOption nameOpt(QStringLiteral("name"),
                                     CommandLine::tr("The administrator's name, as records show "
                                                     "it. Required."),
                                     CommandLine::tr("NAME"));
    parser.addOption(nameOpt);
    parser.addPositionalArgument(QStringLiteral("LOGIN"),
                                 CommandLine::tr("The first administrator's login. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Prepares an office server: its database (--db postgresql://…, "
                            "created when missing), the schema, the group roles reviewer, "
                            "approver and administrator, and the first administrator, who may "
                            "then add officers. Run as a server role that may create databases "
                            "and roles. The password comes from GRANTDESK_OFFICER_PASSWORD or "
                            "the terminal.\nExit 0 ready, 1 refused, 64 wrong usage."),
            1))
        return *stop;
    const QString login = parser.positionalArguments().value(0);
    if (login.isEmpty() || parser.value(nameOpt).isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("LOGIN and --name are required"));
    if (!ctx.dbGiven)
        return usageError(ctx, cmd, CommandLine::tr("--db postgresql://… is required"));
    const auto password = officerPassword(ctx, login);
    if (!password)
        return Failed;
    if (auto ready =
            OfficerService::initServer(ctx.dbPath, login, parser.value(nameOpt), *password);
        !ready) {
        ctx.err << ready.error().toString() << '\n';
        return Failed;
    }
    ctx.out << "office server ready: schema v9, administrator " << login << '\n';
    return Ok;
}

constexpr Subcommand kServerSubcommands[] = {
    {"init", QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                               "Prepare an office server and its first administrator.")},
};

int officersAdd(Context &ctx, OfficerService &officers)
{
    const QString cmd = QStringLiteral("officers add");
    QCommandLineParser parser;
    const QCommandLineOption nameOpt(QStringLiteral("name"),
                                     CommandLine::tr("The officer's name, as records show it "
                                                     "and certificates name it. Required."),
                                     CommandLine::tr("NAME"));
    const QCommandLineOption roleOpt(QStringLiteral("role"),
                                     CommandLine::tr("reviewer, approver or administrator. "
                                                     "Required."),
                                     CommandLine::tr("ROLE"));
    const QCommandLineOption noPasswordOpt(
        QStringLiteral("no-password"),
        CommandLine::tr("Give the login no password: it exists on the server already (and keeps "
                        "its own), or signs in with a client certificate."));
    parser.addOptions({nameOpt, roleOpt, noPasswordOpt});
    parser.addPositionalArgument(QStringLiteral("LOGIN"), CommandLine::tr("The login. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Adds an officer: a login on the server in one group role. The "
                            "password comes from GRANTDESK_OFFICER_PASSWORD or the terminal."),
            1))
        return *stop;
    const QString login = parser.positionalArguments().value(0);
    if (login.isEmpty() || parser.value(nameOpt).isEmpty() || parser.value(roleOpt).isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("LOGIN, --name and --role are required"));
    const bool noPassword = parser.isSet(noPasswordOpt);
    const auto password =
        noPassword ? std::optional<QString>(QString()) : officerPassword(ctx, login);
    if (!password)
        return Failed;
    if (!noPassword && password->isEmpty())
        return usageError(ctx, cmd,
                          CommandLine::tr("the password is empty; give one, or --no-password for "
                                          "a login that has none"));
    if (auto added = officers.add(login, parser.value(nameOpt), *password, parser.value(roleOpt));
        !added) {
        ctx.err << added.error().toString() << '\n';
        return Failed;
    }
    ctx.out << "officer " << login << " added as " << parser.value(roleOpt) << '\n';
    return Ok;
}

int officersGrant(Context &ctx, OfficerService &officers, bool grant)
{
    const QString cmd =
        grant ? QStringLiteral("officers grant") : QStringLiteral("officers revoke");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("LOGIN"), CommandLine::tr("The login. Required."));
    parser.addPositionalArgument(QStringLiteral("ROLE"),
                                 CommandLine::tr("reviewer, approver or administrator. Required."));
    if (const auto stop =
            parseCommand(ctx, parser, cmd,
                         grant ? CommandLine::tr("Grants an officer one more group role.")
                               : CommandLine::tr("Takes a group role from an officer."),
                         2))
        return *stop;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return usageError(ctx, cmd, CommandLine::tr("LOGIN and ROLE are required"));
    const Status done =
        grant ? officers.grant(args.at(0), args.at(1)) : officers.revoke(args.at(0), args.at(1));
    if (!done) {
        ctx.err << done.error().toString() << '\n';
        return Failed;
    }
    ctx.out << "officer " << args.at(0) << (grant ? ": granted " : ": revoked ") << args.at(1)
            << '\n';
    return Ok;
}

int officersList(Context &ctx, OfficerService &officers)
{
    QCommandLineParser parser;
    if (const auto stop = parseCommand(ctx, parser, QStringLiteral("officers list"),
                                       CommandLine::tr("Lists the officers and their roles.")))
        return *stop;
    const auto listed = officers.list();
    if (!listed) {
        ctx.err << listed.error().toString() << '\n';
        return Failed;
    }
    for (const OfficerInfo &officer : *listed)
        ctx.out << officer.login << '\t' << officer.name << '\t' << groupsText(officer.groups)
                << '\n';
    return Ok;
}

constexpr Subcommand kOfficerSubcommands[] = {
    {"add", QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Add an officer in one group role.")},
    {"grant", QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Grant an officer a group role.")},
    {"revoke", QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Take a group role from an officer.")},
    {"list", QT_TRANSLATE_NOOP("gd::cli::CommandLine", "List the officers and their roles.")},
};

/**
 * The officer a workflow act is done as: on the office server the connection's own officer
 * (the name its administrator recorded); on the embedded file the --as name, since whoever
 * holds the file holds every role.
 */
std::optional<officer::Profile> actingOfficer(Context &ctx, const std::shared_ptr<Desk> &desk,
                                              const QString &claimed, const QString &cmd)
{
    officer::Profile profile;
    profile.unit = QStringLiteral("-");
    const auto self = OfficerService(desk).self();
    if (self) {
        if (!claimed.isEmpty() && claimed != self->name) {
            ctx.err << cmd << ": --as " << claimed << ": this connection is the officer "
                    << self->name << " (" << self->login << ")\n";
            return std::nullopt;
        }
        profile.name = self->name;
        profile.reviewer = self->groups.contains(QLatin1String("reviewer"));
        profile.approver = self->groups.contains(QLatin1String("approver"));
        return profile;
    }
    if (claimed.isEmpty()) {
        usageError(ctx, cmd, CommandLine::tr("--as NAME is required on the embedded database"));
        return std::nullopt;
    }
    profile.name = claimed;
    profile.reviewer = true;
    profile.approver = true;
    return profile;
}

const QCommandLineOption &asOpt()
{
    static const QCommandLineOption option(
        QStringLiteral("as"),
        CommandLine::tr("The officer acting (the embedded database only; on an office server the "
                        "connection's officer acts)."),
        CommandLine::tr("NAME"));
    return option;
}

/** A case's review opened for a workflow act by the officer acting. */
struct CaseReview
{
    int version = 0;
    officer::Profile officer;
    std::unique_ptr<ReviewDocument> document;
};

/**
 * Reads --version and --as, opens the desk for writing and the review of @p id as the acting
 * officer (actingOfficer) into *@p review; the exit code to stop with when any of it fails.
 */
std::optional<int> openCaseReview(Context &ctx, const QString &cmd,
                                  const QCommandLineParser &parser, const QString &id,
                                  CaseReview *review)
{
    if (!versionOption(ctx, cmd, parser, versionOpt(), &review->version))
        return Usage;
    const auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    if ((review->version = resolveVersion(ctx, desk, id, review->version)) == 0)
        return Failed;
    const auto officer = actingOfficer(ctx, desk, parser.value(asOpt()), cmd);
    if (!officer)
        return Usage;
    review->officer = *officer;
    auto doc = ReviewDocument::open(desk, id, review->version, *officer);
    if (!doc) {
        ctx.err << doc.error().toString() << '\n';
        return Failed;
    }
    review->document = std::move(doc).value();
    return std::nullopt;
}

} // namespace

int server(Context &ctx)
{
    QString chosen;
    if (const auto stop = parseSubcommand(
            ctx, QStringLiteral("server"),
            CommandLine::tr("The office server (PostgreSQL) several officers share."),
            kServerSubcommands, &chosen))
        return *stop;
    return serverInit(ctx);
}

int officers(Context &ctx)
{
    QString chosen;
    if (const auto stop = parseSubcommand(
            ctx, QStringLiteral("officers"),
            CommandLine::tr("The office server's officers and their roles (an administrator's "
                            "task)."),
            kOfficerSubcommands, &chosen))
        return *stop;
    const auto desk = ctx.openDesk(chosen == QLatin1String("list") ? Context::Access::Read
                                                                   : Context::Access::Write);
    if (!desk)
        return Storage;
    OfficerService service(desk);
    if (chosen == QLatin1String("add"))
        return officersAdd(ctx, service);
    if (chosen == QLatin1String("list"))
        return officersList(ctx, service);
    return officersGrant(ctx, service, chosen == QLatin1String("grant"));
}

int submit(Context &ctx)
{
    const QString cmd = QStringLiteral("submit");
    QCommandLineParser parser;
    parser.addOptions({versionOpt(), asOpt()});
    parser.addPositionalArgument(QStringLiteral("ID"), CommandLine::tr("The case. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("The reviewer submits a complete review for approval.\nExit 0 "
                            "submitted, 1 refused (role, completeness, status), 64 wrong usage."),
            1))
        return *stop;
    const QString id = parser.positionalArguments().value(0);
    if (id.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("ID is required"));
    CaseReview review;
    if (const auto stop = openCaseReview(ctx, cmd, parser, id, &review))
        return *stop;
    if (auto submitted = review.document->submitForApproval(); !submitted) {
        ctx.err << submitted.error().toString() << '\n';
        return Failed;
    }
    ctx.out << subjectOf(id, review.version) << ": submitted for approval by "
            << review.officer.name << '\n';
    return Ok;
}

int approve(Context &ctx)
{
    const QString cmd = QStringLiteral("approve");
    QCommandLineParser parser;
    const QCommandLineOption agreeOpt(QStringLiteral("agree"),
                                      CommandLine::tr("Agree with the proposed decision."));
    const QCommandLineOption backOpt(QStringLiteral("send-back"),
                                     CommandLine::tr("Send the case back to the reviewer."));
    const QCommandLineOption reasonOpt(
        QStringLiteral("reason"),
        CommandLine::tr("Why it is sent back; may be repeated. Required with --send-back."),
        CommandLine::tr("TEXT"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"), CommandLine::tr("The approver's key folder (keygen). Required."),
        CommandLine::tr("DIR"));
    parser.addOptions({agreeOpt, backOpt, reasonOpt, keyOpt, versionOpt(), asOpt()});
    parser.addPositionalArgument(QStringLiteral("ID"), CommandLine::tr("The case. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("The approver agrees or sends the case back, signing the act with "
                            "their key; refused for the case's reviewer, for a certificate that "
                            "does not name the approver or is not trusted, and on an office "
                            "server for a connection that is not an approver.\nExit 0 done, 1 "
                            "refused, 64 wrong usage."),
            1))
        return *stop;
    const QString id = parser.positionalArguments().value(0);
    const bool agree = parser.isSet(agreeOpt);
    if (id.isEmpty() || agree == parser.isSet(backOpt) || parser.value(keyOpt).isEmpty())
        return usageError(ctx, cmd,
                          CommandLine::tr("ID, --key and one of --agree or --send-back are "
                                          "required"));
    const QStringList reasons = parser.values(reasonOpt);
    if (!agree && reasons.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("--send-back needs --reason"));
    CaseReview review;
    if (const auto stop = openCaseReview(ctx, cmd, parser, id, &review))
        return *stop;
    const package::KeyFolder folder(parser.value(keyOpt));
    const auto certificate = folderCertificate(ctx, cmd, folder);
    if (!certificate)
        return Failed;
    const auto signer = unlock(ctx, folder, *certificate);
    if (!signer)
        return Failed;
    const package::TrustStore trust(signing::trustStorePath());
    const Status done = agree ? review.document->agree(*signer, trust)
                              : review.document->sendBack(reasons, *signer, trust);
    if (!done) {
        ctx.err << done.error().toString() << '\n';
        return Failed;
    }
    ctx.out << subjectOf(id, review.version) << (agree ? ": agreed by " : ": sent back by ")
            << review.officer.name << '\n';
    return Ok;
}

} // namespace gd::cli
