// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli.h"
#include "commandline.h"
#include "audit/trailanchor.h"
#include "core/log.h"

#include <QDir>
#include <QFileInfo>
#include "core/identitytext.h"
#include "demo/demodata.h"
#include "domain/vocabulary.h"
#include "domain/workflow.h"
#include "importer/importer.h"
#include "importer/registerparser.h"
#include "services/auditservice.h"
#include "services/deskmaintenance.h"
#include "services/importservice.h"
#include "services/inboxservice.h"

namespace gd::cli {
namespace {

void printErrors(QTextStream &err, const QList<Error> &errors)
{
    for (const Error &e : errors)
        err << e.toString() << '\n';
}

QString pad(const QString &text, int width)
{
    return text + QString(qMax(0, width - displayWidth(text)), QLatin1Char(' '));
}

QString ellipsize(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    QString cut;
    for (const QChar c : text) {
        if (displayWidth(cut + c) > width - 1)
            break;
        cut += c;
    }
    return cut + QChar(0x2026);
}

} // namespace

namespace {

/** Why a database must be opened read-only; empty when it may be written. */
QString readOnlyReason(const QString &path, bool requested)
{
    if (requested)
        return QStringLiteral("--read-only was given");
    switch (DeskMaintenance::readOnlyFile(path)) {
    case DeskMaintenance::ReadOnlyFile::File:
        return QStringLiteral("the file is read-only");
    case DeskMaintenance::ReadOnlyFile::Folder:
        return QStringLiteral("its folder is read-only");
    case DeskMaintenance::ReadOnlyFile::None:
        break;
    }
    return {};
}

} // namespace

std::shared_ptr<Desk> Context::openDesk(Access access) const
{
    const QString reason = readOnlyReason(dbPath, readOnly);
    if (!reason.isEmpty() && access == Access::Write) {
        err << "database " << QDir::toNativeSeparators(dbPath) << ": opened read-only (" << reason
            << "); this command changes the database\n";
        return nullptr;
    }
    Desk::Options options;
    if (!reason.isEmpty()) {
        options.readOnly = true;
        options.lock = false;
    }
    options.lockWaitMs = DeskMaintenance::busyTimeoutMs(); // a second command waits for the first
    auto desk = Desk::open(dbPath, options);
    if (!desk) {
        err << desk.error().toString() << '\n';
        return nullptr;
    }
    if (access == Access::Write) {
        // A command that writes checks the trail since the last verified checkpoint first:
        // it says so when the trail is broken (export, countersign and --ack then refuse).
        const auto trail = AuditService(desk.value()).checkSinceCheckpoint();
        const QString problem = !trail ? trail.error().toString() : audit::firstProblem(*trail);
        if (!problem.isEmpty()) {
            log::warning(QStringLiteral("%1: on opening: %2").arg(dbPath, problem));
            err << "warning: " << QDir::toNativeSeparators(dbPath) << ": " << problem << '\n';
        }
    }
    return desk.value();
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6);
        if (!c.isLowSurrogate())
            width += wide ? 2 : 1;
    }
    return width;
}

int importFiles(Context &ctx)
{
    const QString cmd = QStringLiteral("import");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE|DIR..."),
        CommandLine::tr("Application files, or folders walked for them; other JSON files are "
                        "named as skipped."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Imports application files (grantdesk.application/1), each in one "
                            "transaction or not at all.\nExit 0 all imported (or already "
                            "stored), 2 any file refused, 64 wrong usage."),
            -1))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("needs at least one FILE or DIR"));
    auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const ImportReport report = ImportService(desk).importPaths(paths);
    for (const FileOutcome &file : report.files) {
        switch (file.kind) {
        case FileOutcome::Kind::Added:
            ctx.out << "added " << file.path << " (" << file.id << " v" << file.version << ")\n";
            break;
        case FileOutcome::Kind::Unchanged:
            ctx.out << "unchanged " << file.path << " (" << file.id << " v" << file.version
                    << ", already stored)\n";
            break;
        case FileOutcome::Kind::Skipped:
            for (const Error &e : file.errors)
                ctx.err << "skipped " << e.toString() << '\n';
            break;
        case FileOutcome::Kind::Refused:
            printErrors(ctx.err, file.errors);
            break;
        }
    }
    for (const QString &warning : report.warnings)
        ctx.err << "warning: " << warning << '\n';
    ctx.out << report.count(FileOutcome::Kind::Added) << " added, "
            << report.count(FileOutcome::Kind::Unchanged) << " unchanged, "
            << report.count(FileOutcome::Kind::Refused) << " refused, "
            << report.count(FileOutcome::Kind::Skipped) << " skipped\n";
    return report.anyRefused() ? Refused : Ok;
}

int importRegister(Context &ctx)
{
    const QString cmd = QStringLiteral("register");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CommandLine::tr("The resource register file."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Imports a resource register file (grantdesk.register/1): an upsert "
                            "by code that keeps the history of status changes.\nExit 0 imported, "
                            "2 the file is refused, 64 wrong usage."),
            1))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(ctx, cmd, CommandLine::tr("needs exactly one FILE"));
    const QString file = parser.positionalArguments().constFirst();
    const auto parsed = RegisterParser::parseFile(file, file);
    if (!parsed.file) {
        printErrors(ctx.err, parsed.errors);
        return Refused;
    }
    auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const auto summary = ImportService(desk).importRegister(*parsed.file);
    if (!summary) {
        ctx.err << file << ": " << summary.error().toString() << '\n';
        return Failed;
    }
    ctx.out << "register " << file << ": " << summary->added << " added, " << summary->updated
            << " updated, " << summary->unchanged << " unchanged\n";
    return Ok;
}

namespace {

/** `list`'s options; read() gives the query, or the exit code after a usage error. */
struct ListOptions
{
    QCommandLineOption status{
        QStringLiteral("status"),
        CommandLine::tr("Only applications with this status (%1); may be repeated.")
            .arg(caseStatusCodes().join(QStringLiteral(", "))),
        CommandLine::tr("S")};
    QCommandLineOption search{QStringLiteral("search"),
                              CommandLine::tr("Full-text search (any length, Chinese included)."),
                              CommandLine::tr("TEXT")};
    QCommandLineOption allVersions{QStringLiteral("all-versions"),
                                   CommandLine::tr("Every version, not only the highest.")};
    QCommandLineOption json{QStringLiteral("json"),
                            CommandLine::tr("Print the applications as a JSON array.")};

    std::optional<int> read(Context &ctx, QCommandLineParser &parser, InboxQuery *query) const
    {
        parser.addOptions({status, search, allVersions, json});
        if (const auto stop = parseCommand(
                ctx, parser, QStringLiteral("list"),
                CommandLine::tr("Lists applications, the highest version of each, by id.\nA "
                                "deadline ending in ! is overdue.")))
            return stop;
        for (const QString &code : parser.values(status)) {
            if (!caseStatusFromCode(code))
                return usageError(ctx, QStringLiteral("list"),
                                  CommandLine::tr("--status: unknown status '%1' (one of %2)")
                                      .arg(code, caseStatusCodes().join(QStringLiteral(", "))));
            query->statuses << code;
        }
        if (parser.isSet(search))
            query->search = parser.value(search);
        query->allVersions = parser.isSet(allVersions);
        query->sortColumn = InboxQuery::Column::Id;
        query->sortOrder = Qt::AscendingOrder;
        return std::nullopt;
    }
};

QJsonObject rowToJson(const InboxRow &row)
{
    return QJsonObject{
        {QStringLiteral("id"), row.id},
        {QStringLiteral("version"), row.version},
        {QStringLiteral("status"), caseStatusCode(row.status)},
        {QStringLiteral("decision"), decisionCode(row.decision)},
        {QStringLiteral("applicant"), row.applicant},
        {QStringLiteral("creditCode"), row.creditCode},
        {QStringLiteral("scenario"), row.scenario},
        {QStringLiteral("domain"), row.domain},
        {QStringLiteral("mode"), row.mode},
        {QStringLiteral("useClass"), row.useClass},
        {QStringLiteral("submittedAt"), row.submittedAt.toString(Qt::ISODate)},
        {QStringLiteral("deadline"),
         row.deadline.isValid() ? QJsonValue(row.deadline.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("resources"), row.resourceCount},
        {QStringLiteral("unregisteredResources"), row.unregisteredCount},
        {QStringLiteral("cancelledResources"), row.cancelledCount},
    };
}

/** The rows as the table `list` prints: fixed columns, long text cut with an ellipsis. */
void printTable(QTextStream &out, const QList<InboxRow> &rows)
{
    const QStringList header{QStringLiteral("ID"),       QStringLiteral("VER"),
                             QStringLiteral("STATUS"),   QStringLiteral("APPLICANT"),
                             QStringLiteral("SCENARIO"), QStringLiteral("DOMAIN"),
                             QStringLiteral("MODE"),     QStringLiteral("USE"),
                             QStringLiteral("DEADLINE"), QStringLiteral("RESOURCES")};
    const int widths[] = {16, 4, 18, 30, 30, 10, 9, 18, 11, 0};
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (int c = 0; c < cells.size(); ++c) {
            const QString text = identitytext::displaySafe(cells.at(c));
            const QString cell = widths[c] ? ellipsize(text, widths[c]) : text;
            line += widths[c] ? pad(cell, widths[c] + 1) : cell;
        }
        out << line.trimmed() << '\n';
    };
    printRow(header);
    const QDate today = QDate::currentDate();
    for (const InboxRow &row : rows) {
        QString resources = QString::number(row.resourceCount);
        if (row.unregisteredCount)
            resources += QStringLiteral(", %1 unregistered").arg(row.unregisteredCount);
        if (row.cancelledCount)
            resources += QStringLiteral(", %1 cancelled").arg(row.cancelledCount);
        QString deadline = row.deadline.toString(Qt::ISODate);
        if (row.isOverdue(today))
            deadline += QLatin1Char('!');
        printRow({row.id, QString::number(row.version), caseStatusCode(row.status), row.applicant,
                  row.scenario, row.domain, row.mode, row.useClass, deadline, resources});
    }
    out << rows.size() << (rows.size() == 1 ? " application\n" : " applications\n");
}

} // namespace

int list(Context &ctx)
{
    InboxQuery query;
    QCommandLineParser parser;
    const ListOptions options;
    if (const auto stop = options.read(ctx, parser, &query))
        return *stop;
    auto desk = ctx.openDesk(Context::Access::Read);
    if (!desk)
        return Storage;
    const InboxService inbox(desk);
    const auto rows = inbox.rows(query, 0, std::numeric_limits<int>::max());
    if (!rows) {
        ctx.err << rows.error().toString() << '\n';
        return Failed;
    }
    if (parser.isSet(options.json)) {
        QJsonArray array;
        for (const InboxRow &row : *rows)
            array.append(rowToJson(row));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    printTable(ctx.out, *rows);
    return Ok;
}

int demo(Context &ctx)
{
    QCommandLineParser parser;
    if (const auto stop = parseCommand(
            ctx, parser, QStringLiteral("demo"),
            CommandLine::tr("Loads the demo data set, dated relative to today: applications, "
                            "the register, reviews at every stage with their audit events. "
                            "Adds nothing when it is already there.")))
        return *stop;
    auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const auto summary = ImportService(desk).loadDemo(QDate::currentDate());
    if (!summary) {
        ctx.err << summary.error().toString() << '\n';
        return Failed;
    }
    ctx.out << "demo data loaded: " << summary->applications << " applications, "
            << summary->versions << " versions, " << summary->registerEntries
            << " register entries\n";
    return Ok;
}

} // namespace gd::cli
