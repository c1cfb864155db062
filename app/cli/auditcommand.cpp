// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/trailanchor.h"
#include "cli.h"
#include "services/auditservice.h"

namespace gd::cli {

int audit(Context &ctx)
{
    constexpr char kUsage[] = "audit: usage: audit verify [--package FILE.gdpkg...]\n";
    if (ctx.args.value(0) != QLatin1String("verify")) {
        ctx.err << kUsage;
        return Usage;
    }
    QStringList packages;
    bool packageOption = false;
    for (const QString &arg : ctx.args.mid(1)) {
        if (arg == QLatin1String("--package")) {
            packageOption = true;
        } else if (!packageOption || arg.startsWith(QLatin1String("--"))) {
            ctx.err << "audit: " << arg << ": unknown argument\n" << kUsage;
            return Usage;
        } else {
            packages << arg;
        }
    }
    if (packageOption && packages.isEmpty()) {
        ctx.err << "audit: --package: needs at least one FILE.gdpkg\n" << kUsage;
        return Usage;
    }
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
    int code = Ok;
    if (report->broken()) {
        for (const QString &problem : report->problems)
            ctx.err << (problem.startsWith(QLatin1String("audit trail broken"))
                            ? problem
                            : QStringLiteral("audit trail broken: ") + problem)
                    << '\n';
        code = Failed;
    } else {
        const qint64 checked = report->chain.checked;
        ctx.out << "audit trail intact: " << checked << (checked == 1 ? " event" : " events")
                << ", head seq " << report->chain.head << " (verified from seq 1)\n";
    }
    // What the checkpoints cover means nothing on a broken trail: said only when intact.
    if (!report->broken()) {
        if (report->anchors > 0)
            ctx.out << "signed checkpoints: " << report->anchors << ", the newest at seq "
                    << report->anchoredSeq << " (signed by "
                    << report->signers.join(QStringLiteral(", ")) << ")\n";
        else
            ctx.out << "signed checkpoints: none\n";
        // Not broken, but said: this tail could be cut by whoever owns the file unseen.
        const qint64 tail = report->unanchored();
        ctx.out << "unanchored: " << tail << (tail == 1 ? " event" : " events");
        if (tail > 0)
            ctx.out << " (seq " << report->anchoredSeq + 1 << " to " << report->chain.head
                    << ", not covered by a signed checkpoint)";
        ctx.out << '\n';
    }

    if (!packages.isEmpty()) {
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
    }
    return code;
}

} // namespace gd::cli
