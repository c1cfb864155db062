// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QString>
#include <QStringList>
#include <QTextStream>

#include "services/desk.h"

namespace gd {}

namespace gd::cli {

/** Exit codes shared by every command (README "Exit codes"). */
enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Refused = 2,
    Storage = 3, // the database: locked, read-only, disk full, damaged or not GrantDesk's
    Usage = 64
};

/** What every command gets: its arguments, the output streams and the database path. */
struct Context
{
    QStringList args; // the command's own arguments, after the command name
    QString dbPath;
    QTextStream &out;
    QTextStream &err;
    bool dbGiven = false;  // --db was given (dbPath is the default otherwise)
    bool readOnly = false; // --read-only was given

    /** What a command does with the database. */
    enum class Access
    {
        Read,  // list, audit verify, indicators, alerts
        Write, // import, register, demo, feed, export, countersign --db, alerts --ack
    };

    /**
     * Opens the database, printing the error and returning null when it cannot. It is
     * opened read-only (no lock, no migration, no reconciliation, nothing written) when
     * --read-only was given or when the file or its folder cannot be written — an archive
     * can be listed and checked; a command that writes is then refused, saying why.
     */
    std::shared_ptr<Desk> openDesk(Access access) const;
};

int importFiles(Context &ctx);
int importRegister(Context &ctx);
int list(Context &ctx);
int demo(Context &ctx);
/** `audit verify`: exit 0 intact, 1 broken (first bad seq named), 2 unreadable. */
int audit(Context &ctx);
/** `db check`: integrity, schema and audit trail; exit 0 sound, 1 a problem, 3 unreadable. */
int db(Context &ctx);
/** `price`: the fee under a rule file (docs/formats/fee-rules.md); exit 2 for an invalid file. */
int price(Context &ctx);
/** `keygen`: a new SM2 or Ed25519 key (encrypted PKCS#8) and self-issued certificate. */
int keygen(Context &ctx);
/** `export`: the signed review package of a decided review (the reviewer signs). */
int exportPackage(Context &ctx);
/** `countersign`: the approver's signature added to a package file. */
int countersign(Context &ctx);
/** `verify`: exit 0 valid, 1 modified / invalid / requirement unmet, 2 unreadable. */
int verify(Context &ctx);
/** `feed`: import monitoring feed files (idempotent); exit 2 when any was refused. */
int feed(Context &ctx);
/** `indicators`: the monitoring indicators of docs/domain.md §7 over a period. */
int indicators(Context &ctx);
/** `alerts`: the risk alerts as of a day. */
int alerts(Context &ctx);

/** `authorizations`: every authorization with its stage (docs/formats/lifecycle.md). */
int authorizations(Context &ctx);
/** `lifecycle show|record`: one case's acts after the review; recording the next one. */
int lifecycle(Context &ctx);
/** `server init`: prepares an office server (docs/storage.md, "Office server"). */
int server(Context &ctx);
/** `officers add|grant|revoke|list`: the office server's officers and their roles. */
int officers(Context &ctx);
/** `submit`: the reviewer submits for approval; exit 1 when refused. */
int submit(Context &ctx);
/** `approve`: the approver agrees or sends back, signing the act; exit 1 when refused. */
int approve(Context &ctx);

/** Display width of @p text in a terminal (CJK characters take two columns). */
int displayWidth(const QString &text);

} // namespace gd::cli
