// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "services/deskmaintenance.h"

namespace gd::cli {

int db(Context &ctx)
{
    if (ctx.args != QStringList{QStringLiteral("check")}) {
        ctx.err << "db: expected 'db check'\n";
        return Usage;
    }
    // Read-only and without the lock: a check never changes the file, and it may run
    // beside the GUI or on an archived copy in a read-only folder.
    Desk::Options options;
    options.readOnly = true;
    options.lock = false;
    auto opened = Desk::open(ctx.dbPath, options);
    if (!opened) {
        ctx.err << opened.error().toString() << '\n';
        return Storage;
    }
    const auto check = DeskMaintenance(opened.value()).check();
    if (!check) {
        ctx.err << check.error().toString() << '\n';
        return Storage;
    }
    auto section = [&ctx](const char *title, const QStringList &problems, const QString &sound) {
        if (problems.isEmpty()) {
            ctx.out << title << ": " << sound << '\n';
            return;
        }
        ctx.out << title << ": " << problems.size()
                << (problems.size() == 1 ? " problem\n" : " problems\n");
        for (const QString &problem : problems)
            ctx.out << "  " << problem << '\n';
    };
    section("integrity", check->integrity, QStringLiteral("ok"));
    if (check->integrity.isEmpty()) {
        section("schema", check->schema,
                QStringLiteral("as this GrantDesk creates it (version %1)")
                    .arg(DeskMaintenance::schemaVersion()));
        section("audit trail", check->audit,
                QStringLiteral("intact, %1 event(s); unanchored: %2 event(s)")
                    .arg(check->events)
                    .arg(check->unanchored));
    } else {
        ctx.out << "the file is damaged: restore it from a backup; schema and audit trail were "
                   "not read\n";
    }
    return check->ok() ? Ok : Failed;
}

} // namespace gd::cli
