// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "store/audittrail.h"
#include "store/database.h"

namespace gd::cli {

int audit(Context &ctx)
{
    if (ctx.args != QStringList{QStringLiteral("verify")}) {
        ctx.err << "audit: expected 'audit verify'\n";
        return Usage;
    }
    auto db = ctx.openDatabase(Context::Access::Read);
    if (!db)
        return Storage;
    AuditTrail trail(db);
    // The full check: it does not trust the checkpoint the application keeps.
    const auto verification = trail.verifyAll();
    if (!verification) {
        ctx.err << verification.error().toString() << '\n';
        return Refused;
    }
    if (!verification->intact) {
        ctx.err << "audit trail broken at seq " << verification->firstBadSeq << ": "
                << verification->reason << '\n';
        return Failed;
    }
    ctx.out << "audit trail intact: " << verification->checked
            << (verification->checked == 1 ? " event" : " events") << ", head seq "
            << verification->head << " (verified from seq 1)\n";
    return Ok;
}

} // namespace gd::cli
