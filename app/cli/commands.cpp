// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli.h"
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
    if (ctx.args.isEmpty()) {
        ctx.err << "import: needs at least one FILE or DIR\n";
        return Usage;
    }
    auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const ImportReport report = ImportService(desk).importPaths(ctx.args);
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
    if (ctx.args.size() != 1) {
        ctx.err << "register: needs exactly one FILE\n";
        return Usage;
    }
    const auto parsed = RegisterParser::parseFile(ctx.args.first(), ctx.args.first());
    if (!parsed.file) {
        printErrors(ctx.err, parsed.errors);
        return Refused;
    }
    auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const auto summary = ImportService(desk).importRegister(*parsed.file);
    if (!summary) {
        ctx.err << ctx.args.first() << ": " << summary.error().toString() << '\n';
        return Failed;
    }
    ctx.out << "register " << ctx.args.first() << ": " << summary->added << " added, "
            << summary->updated << " updated, " << summary->unchanged << " unchanged\n";
    return Ok;
}

int list(Context &ctx)
{
    InboxQuery query;
    bool json = false;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &arg = ctx.args.at(i);
        const bool hasValue = i + 1 < ctx.args.size();
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--all-versions")) {
            query.allVersions = true;
        } else if (arg == QLatin1String("--status") && hasValue) {
            const QString status = ctx.args.at(++i);
            if (!caseStatusFromCode(status)) {
                ctx.err << "list: --status: unknown status '" << status << "' (one of "
                        << caseStatusCodes().join(QStringLiteral(", ")) << ")\n";
                return Usage;
            }
            query.statuses << status;
        } else if (arg == QLatin1String("--search") && hasValue) {
            query.search = ctx.args.at(++i);
        } else {
            ctx.err << "list: " << arg << ": unknown or incomplete option\n";
            return Usage;
        }
    }
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    auto desk = ctx.openDesk(Context::Access::Read);
    if (!desk)
        return Storage;
    const InboxService inbox(desk);
    const auto rows = inbox.rows(query, 0, std::numeric_limits<int>::max());
    if (!rows) {
        ctx.err << rows.error().toString() << '\n';
        return Failed;
    }
    if (json) {
        QJsonArray array;
        for (const InboxRow &row : *rows) {
            QJsonObject o{
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
                {QStringLiteral("deadline"), row.deadline.isValid()
                                                 ? QJsonValue(row.deadline.toString(Qt::ISODate))
                                                 : QJsonValue()},
                {QStringLiteral("resources"), row.resourceCount},
                {QStringLiteral("unregisteredResources"), row.unregisteredCount},
                {QStringLiteral("cancelledResources"), row.cancelledCount},
            };
            array.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
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
        ctx.out << line.trimmed() << '\n';
    };
    printRow(header);
    const QDate today = QDate::currentDate();
    for (const InboxRow &row : *rows) {
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
    ctx.out << rows->size() << (rows->size() == 1 ? " application\n" : " applications\n");
    return Ok;
}

int demo(Context &ctx)
{
    if (!ctx.args.isEmpty()) {
        ctx.err << "demo: takes no arguments\n";
        return Usage;
    }
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
