// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/trailanchor.h"
#include "cli.h"
#include "commandline.h"
#include "services/auditservice.h"

namespace gd::cli {
namespace {

/** What the full check found: the breaks on stderr, or what is intact and anchored. */
int printTrail(Context &ctx, const audit::TrailReport &report)
{
    if (report.broken()) {
        for (const QString &problem : report.problems)
            ctx.err << (problem.startsWith(QLatin1String("audit trail broken"))
                            ? problem
                            : QStringLiteral("audit trail broken: ") + problem)
                    << '\n';
        // What the checkpoints cover means nothing on a broken trail: said only when intact.
        return Failed;
    }
    const qint64 checked = report.chain.checked;
    ctx.out << "audit trail intact: " << checked << (checked == 1 ? " event" : " events")
            << ", head seq " << report.chain.head << " (verified from seq 1)\n";
    if (report.anchors > 0)
        ctx.out << "signed checkpoints: " << report.anchors << ", the newest at seq "
                << report.anchoredSeq << " (signed by " << report.signers.join(QStringLiteral(", "))
                << ")\n";
    else
        ctx.out << "signed checkpoints: none\n";
    // Not broken, but said: this tail could be cut by whoever owns the file unseen.
    const qint64 tail = report.unanchored();
    ctx.out << "unanchored: " << tail << (tail == 1 ? " event" : " events");
    if (tail > 0)
        ctx.out << " (seq " << report.anchoredSeq + 1 << " to " << report.chain.head
                << ", not covered by a signed checkpoint)";
    ctx.out << '\n';
    return Ok;
}

/** Each package's audit head looked up in the trail; Failed when one is not there. */
int checkPackages(Context &ctx, const AuditService &trail, const QStringList &packages, int code)
{
    const auto heads = trail.checkPackageHeads(packages);
    if (!heads) {
        ctx.err << heads.error().toString() << '\n';
        return Refused;
    }
    for (const gd::audit::PackageHead &head : *heads) {
        if (head.problem.isEmpty()) {
            ctx.out << head.file << ": audit head seq " << head.seq << " is in the trail\n";
        } else {
            ctx.err << head.file << ": " << head.problem << '\n';
            code = Failed;
        }
    }
    return code;
}

int auditVerify(Context &ctx)
{
    const QString cmd = QStringLiteral("audit verify");
    QCommandLineParser parser;
    const QCommandLineOption packageOpt(
        QStringLiteral("package"),
        CommandLine::tr("A review package whose audit head must be an event of this trail; "
                        "more packages may follow it, or the option be repeated."),
        CommandLine::tr("FILE.gdpkg"));
    parser.addOption(packageOpt);
    parser.addPositionalArgument(QStringLiteral("FILE.gdpkg..."),
                                 CommandLine::tr("More packages, after --package."),
                                 QStringLiteral("[FILE.gdpkg...]"));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Verifies the whole audit trail: the hash chain, the signed "
                            "checkpoints, and that signed cases keep their events. The events "
                            "after the newest signed checkpoint are reported as unanchored.\n"
                            "Exit 0 intact, 1 broken (what broke is named), 2 the database "
                            "is unreadable, 64 wrong usage."),
            -1))
        return *stop;
    // `--package A B C`: the files after the option are packages too, as before.
    if (!parser.isSet(packageOpt) && !parser.positionalArguments().isEmpty())
        return usageError(ctx, cmd,
                          CommandLine::tr("unexpected argument: %1")
                              .arg(parser.positionalArguments().constFirst()));
    const QStringList packages = parser.values(packageOpt) + parser.positionalArguments();
    auto desk = ctx.openDesk(Context::Access::Read);
    if (!desk)
        return Storage;
    const AuditService trail(desk);
    // The full check: it does not trust the checkpoint the application keeps.
    const auto report = trail.verify();
    if (!report) {
        ctx.err << report.error().toString() << '\n';
        return Refused;
    }
    const int code = printTrail(ctx, *report);
    return packages.isEmpty() ? code : checkPackages(ctx, trail, packages, code);
}

} // namespace

int audit(Context &ctx)
{
    static constexpr Subcommand kSubcommands[] = {
        {"verify", QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                                     "Verify the whole audit trail and its signed checkpoints.")},
    };
    QString subcommand;
    if (const auto stop = parseSubcommand(
            ctx, QStringLiteral("audit"),
            CommandLine::tr("The audit trail: every change to a case, hash-chained and "
                            "anchored by signed checkpoints."),
            kSubcommands, &subcommand))
        return *stop;
    return auditVerify(ctx);
}

} // namespace gd::cli
