// SPDX-License-Identifier: GPL-3.0-or-later
// grantdesk-cli: the command line of GrantDesk. Links only grantdesk_core.
#include <cstdio>

#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTextStream>

#include "core/appidentity.h"
#include "cli.h"
#include "commandline.h"
#include "escapingoutput.h"
#include "core/i18n.h"
#include "core/log.h"
#include "package/keyprotection.h"
#include "services/desk.h"
#include "services/deskmaintenance.h"

namespace {

using gd::cli::Command;

/** Every command, in the order `grantdesk-cli --help` lists them (one line each). */
const Command kCommands[] = {
    {"import", "import",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Import application files (grantdesk.application/1)."),
     &gd::cli::importFiles},
    {"register", "register",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Import a resource register file (grantdesk.register/1)."),
     &gd::cli::importRegister},
    {"list", "list",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine", "List applications (the highest version of each)."),
     &gd::cli::list},
    {"demo", "demo",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Load the demo data set (dated relative to today)."),
     &gd::cli::demo},
    {"audit", "audit verify",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Verify the audit trail: its hash chain and signed checkpoints."),
     &gd::cli::audit},
    {"db", "db check | copy",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Check the database file: integrity, schema, audit trail."),
     &gd::cli::db},
    {"price", "price",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Compute the operation service fee under a fee rule file."),
     &gd::cli::price},
    {"keygen", "keygen",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Make a signing key (SM2 or Ed25519) and its certificate."),
     &gd::cli::keygen},
    {"export", "export",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Sign a decided review and write its review package."),
     &gd::cli::exportPackage},
    {"countersign", "countersign",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Add the approver's signature to a package file."),
     &gd::cli::countersign},
    {"verify", "verify",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Verify a package: its members, its signatures and their trust."),
     &gd::cli::verify},
    {"feed", "feed",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Import monitoring feed files (idempotent)."),
     &gd::cli::feed},
    {"indicators", "indicators",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Show the monitoring indicators of the four dimensions."),
     &gd::cli::indicators},
    {"alerts", "alerts",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Show the risk alerts as of a day, or acknowledge one."),
     &gd::cli::alerts},
    {"authorizations", "authorizations",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "List the authorizations with their stage, term, operator and what is due."),
     &gd::cli::authorizations},
    {"lifecycle", "lifecycle show | record",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Show or record the acts of an authorization after its review."),
     &gd::cli::lifecycle},
    {"submit", "submit",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Submit a complete review for approval."),
     &gd::cli::submit},
    {"approve", "approve",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Agree with a review or send it back, signed with the approver's key."),
     &gd::cli::approve},
    {"server", "server init",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                       "Prepare an office server (PostgreSQL) and its first administrator."),
     &gd::cli::server},
    {"officers", "officers add | grant | revoke | list",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine", "The office server's officers and their roles."),
     &gd::cli::officers},
};

/**
 * What the process needs before Qt starts: no core dumps (private keys may be loaded for
 * export, countersign and keygen), files for the owner only (applicants' personal data),
 * and the offscreen platform (the core makes PDFs and never needs a display,
 * docs/architecture.md §1).
 */
void prepareProcess()
{
    gd::package::disableCoreDumps();
    umask(077);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Spares scripts Qt's warning about it; the offscreen platform needs no real one.
        const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/grantdesk-runtime-" +
                               QByteArray::number(static_cast<qulonglong>(getuid()));
        QDir().mkpath(QString::fromLocal8Bit(dir));
        QFile::setPermissions(QString::fromLocal8Bit(dir),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", dir);
    }
}

/** Runs the command @p global names; a failure that came from the database is Storage. */
int run(const gd::cli::GlobalOptions &global, QTextStream &out, QTextStream &err)
{
    gd::log::init(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/logs"),
                  global.verbose, /*console=*/false); // the commands print their own errors
    gd::cli::Context ctx{global.args, global.dbPath, out, err, global.dbGiven, global.readOnly};
    int code = gd::cli::runCommand(kCommands, global.command, ctx);
    // A failure that came from the database file (full, locked, read-only, damaged) is a
    // storage problem, not refused input.
    if ((code == gd::cli::Failed || code == gd::cli::Refused) &&
        gd::DeskMaintenance::storageProblemSeen())
        code = gd::cli::Storage;
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    prepareProcess();
    QGuiApplication app(argc, argv);
    gd::setApplicationIdentity(); // the same settings, keys and trust store as the other program
    // Labels (statuses, modes) and the help follow GRANTDESK_LANG; messages stay English for
    // scripts unless it asks otherwise.
    gd::i18n::install(
        gd::i18n::chooseLanguage(qEnvironmentVariable("GRANTDESK_LANG", QStringLiteral("en"))));

    // Stored text reaches the terminal escaped, never as control sequences (issue 12).
    gd::cli::EscapingOutput stdoutDevice(stdout);
    gd::cli::EscapingOutput stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);

    gd::cli::GlobalOptions global;
    const std::optional<int> stop = gd::cli::parseGlobalOptions(
        QCoreApplication::arguments().mid(1), kCommands, out, err, &global);
    const int code = stop ? *stop : run(global, out, err);
    out.flush();
    err.flush();
    return code;
}
