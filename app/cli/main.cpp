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
#include "escapingoutput.h"
#include "core/i18n.h"
#include "core/log.h"
#include "package/keyprotection.h"
#include "services/desk.h"
#include "services/deskmaintenance.h"

namespace {

const char kUsage[] = R"(Usage: grantdesk-cli [--db PATH] [--read-only] [--verbose] COMMAND [ARGS]

GrantDesk reviews applications to use public data under authorized operation.

Commands:
  import FILE|DIR...     import application files (grantdesk.application/1);
                         exit 0 when all imported, 2 when any file was refused
  register FILE          import a resource register file (grantdesk.register/1)
  list [--status S] [--search TEXT] [--all-versions] [--json]
                         list applications (the highest version of each)
  demo                   load the demo data set (dated relative to today)
  audit verify [--package FILE.gdpkg...]
                         verify the whole audit trail: the chain, the signed
                         checkpoints, and that signed cases keep their events;
                         the events after the newest signed checkpoint are
                         reported as unanchored. With --package, each
                         package's audit head must be in the trail. Exit 0
                         intact, 1 broken (named), 2 database unreadable
  db check               check the file's integrity, its schema and the audit
                         trail, read-only; exit 0 sound, 1 a problem found,
                         3 database unreadable
  price --rules FILE --product P --use CLASS --quantity N
        [--unit U] [--small-business] [--priority-scenario]
        [--operator CREDITCODE] [--start DATE --end DATE] [--on DATE] [--json]
                         the operation service fee under a fee rule file, with
                         its trace and findings; exit 2 when the file is invalid
                         (grantdesk-cli price --help: every option)
  keygen --alg sm2|ed25519 --name NAME [--unit UNIT] [--position P]
         [--days N] --out DIR
                         a signing key (DIR/key.pem, encrypted PKCS#8) and its
                         self-issued certificate (DIR/cert.pem, valid N days,
                         default 730)
  export ID [--version N] --key DIR --out FILE.gdpkg
                         the signed review package of a decided review
  countersign FILE.gdpkg --key DIR
                         add the approver's signature (with --db, the case
                         becomes countersigned too)
  verify FILE.gdpkg [--trust CERT]... [--require-trusted] [--require-approved]
         [--json]        exit 0 valid, 1 modified or invalid, 2 unreadable
  feed FILE|DIR...       import monitoring feeds (idempotent); exit 2 when any
                         file was refused
  indicators [--from DATE --to DATE] [--on DATE] [FILTERS] [--json]
                         the monitoring indicators of the four dimensions
  alerts [--on DATE] [FILTERS] [--json]
                         the risk alerts as of a day (default: today)
  alerts --ack KEY --note TEXT --key DIR
                         acknowledge an alert (by the key alerts --json gives);
                         recorded in the audit trail, signed with the key
                         FILTERS: --body NAME --domain D --mode M
                         --operator CREDITCODE

Options:
  --db PATH              the database file (default: %1)
  --read-only            open the database read-only (automatic when the file or
                         its folder cannot be written): list, audit verify,
                         db check, indicators and alerts work, commands that
                         write are refused
  --verbose              log debug messages to stderr
  --help                 show this help

Exit codes: 0 success, 1 a failure, 2 refused input, 3 a storage problem (the
database is locked, read-only, full, damaged or not a GrantDesk database),
64 wrong usage. A command waits up to 5 s for another one using the database.

Passphrases come from the terminal, or from GRANTDESK_PASSPHRASE for scripts.
Errors go to stderr as "where: what", one per line.
)";

} // namespace

int main(int argc, char *argv[])
{
    // Private keys may be loaded (export, countersign, keygen): never into a core dump.
    gd::package::disableCoreDumps();
    // Applicants' personal data: every file and folder GrantDesk creates is the owner's only.
    umask(077);
    // The core makes PDFs and never needs a display (docs/architecture.md §1).
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
    QGuiApplication app(argc, argv);
    gd::setApplicationIdentity(); // the same settings, keys and trust store as the other program

    // Stored text reaches the terminal escaped, never as control sequences (issue 12).
    gd::cli::EscapingOutput stdoutDevice(stdout);
    gd::cli::EscapingOutput stderrDevice(stderr);
    QTextStream out(&stdoutDevice);
    QTextStream err(&stderrDevice);

    QStringList args = QCoreApplication::arguments().mid(1);
    QString dbPath;
    bool verbose = false;
    bool readOnly = false;
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--db")) {
            if (args.isEmpty()) {
                err << "--db: needs a PATH\n";
                return gd::cli::Usage;
            }
            dbPath = args.takeFirst();
        } else if (option == QLatin1String("--read-only")) {
            readOnly = true;
        } else if (option == QLatin1String("--verbose")) {
            verbose = true;
        } else if (option == QLatin1String("--help")) {
            out << QString::fromUtf8(kUsage).arg(gd::Desk::defaultLocation());
            return gd::cli::Ok;
        } else if (option == QLatin1String("--version")) {
            out << "grantdesk-cli " << QCoreApplication::applicationVersion() << '\n';
            return gd::cli::Ok;
        } else {
            err << option << ": unknown option (see --help)\n";
            return gd::cli::Usage;
        }
    }
    if (args.isEmpty()) {
        err << QString::fromUtf8(kUsage).arg(gd::Desk::defaultLocation());
        return gd::cli::Usage;
    }
    const bool dbGiven = !dbPath.isEmpty();
    if (dbPath.isEmpty())
        dbPath = gd::Desk::defaultLocation();

    gd::log::init(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                      QStringLiteral("/logs"),
                  verbose, /*console=*/false); // the commands print their own errors to stderr
    // Labels (statuses, modes) follow --lang / GRANTDESK_LANG; messages stay English for scripts.
    gd::i18n::install(
        gd::i18n::chooseLanguage(qEnvironmentVariable("GRANTDESK_LANG", QStringLiteral("en"))));

    const QString command = args.takeFirst();
    gd::cli::Context ctx{args, dbPath, out, err, dbGiven, readOnly};
    int code = gd::cli::Usage;
    if (command == QLatin1String("import"))
        code = gd::cli::importFiles(ctx);
    else if (command == QLatin1String("register"))
        code = gd::cli::importRegister(ctx);
    else if (command == QLatin1String("list"))
        code = gd::cli::list(ctx);
    else if (command == QLatin1String("demo"))
        code = gd::cli::demo(ctx);
    else if (command == QLatin1String("audit"))
        code = gd::cli::audit(ctx);
    else if (command == QLatin1String("db"))
        code = gd::cli::db(ctx);
    else if (command == QLatin1String("price"))
        code = gd::cli::price(ctx);
    else if (command == QLatin1String("keygen"))
        code = gd::cli::keygen(ctx);
    else if (command == QLatin1String("export"))
        code = gd::cli::exportPackage(ctx);
    else if (command == QLatin1String("countersign"))
        code = gd::cli::countersign(ctx);
    else if (command == QLatin1String("verify"))
        code = gd::cli::verify(ctx);
    else if (command == QLatin1String("feed"))
        code = gd::cli::feed(ctx);
    else if (command == QLatin1String("indicators"))
        code = gd::cli::indicators(ctx);
    else if (command == QLatin1String("alerts"))
        code = gd::cli::alerts(ctx);
    else
        err << command << ": unknown command (see --help)\n";
    // A failure that came from the database file (full, locked, read-only, damaged) is a
    // storage problem, not refused input.
    if ((code == gd::cli::Failed || code == gd::cli::Refused) &&
        gd::DeskMaintenance::storageProblemSeen())
        code = gd::cli::Storage;
    out.flush();
    err.flush();
    return code;
}
