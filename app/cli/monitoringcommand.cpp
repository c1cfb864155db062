// SPDX-License-Identifier: GPL-3.0-or-later
// feed, indicators, alerts: the monitoring data of docs/domain.md §7 on the command line.
#include <optional>

#include <QDate>
#include <QJsonDocument>

#include "cli.h"
#include "commandline.h"
#include "monitoring/alerts.h"
#include "monitoring/feedimporter.h"
#include "monitoring/indicators.h"
#include "passphrase.h"
#include "services/desk.h"
#include "services/monitoringservice.h"

namespace gd::cli {
namespace {

using namespace gd::monitoring;

/** The filter options indicators and alerts share: --body, --domain, --mode, --operator. */
struct FilterOptions
{
    QCommandLineOption body{QStringLiteral("body"), CommandLine::tr("Only this implementing body."),
                            CommandLine::tr("NAME")};
    QCommandLineOption domain{QStringLiteral("domain"), CommandLine::tr("Only this data domain."),
                              CommandLine::tr("D")};
    QCommandLineOption mode{
        QStringLiteral("mode"),
        CommandLine::tr("Only this authorization mode: whole, domain or scenario."),
        CommandLine::tr("M")};
    QCommandLineOption op{
        QStringLiteral("operator"),
        CommandLine::tr("Only the operator with this unified social credit code."),
        CommandLine::tr("CREDITCODE")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({body, domain, mode, op}); }

    MonitoringFilter read(const QCommandLineParser &parser) const
    {
        MonitoringFilter filter;
        filter.implementingBody = parser.value(body);
        filter.domain = parser.value(domain);
        filter.mode = parser.value(mode);
        filter.operatorCode = parser.value(op);
        return filter;
    }
};

QString kindName(FeedFileResult::Kind kind)
{
    switch (kind) {
    case FeedFileResult::Kind::Imported:
        return QStringLiteral("imported");
    case FeedFileResult::Kind::Unchanged:
        return QStringLiteral("unchanged");
    case FeedFileResult::Kind::Refused:
        return QStringLiteral("refused");
    case FeedFileResult::Kind::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace

int feed(Context &ctx)
{
    const QString cmd = QStringLiteral("feed");
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("FILE|DIR..."),
        CommandLine::tr("Monitoring feed files (JSON or CSV, docs/feeds.md), or folders walked "
                        "for them."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Imports monitoring feeds. Idempotent: the same file twice changes "
                            "nothing, a record with a known id replaces the earlier one.\nExit "
                            "0 all imported, 2 any file refused, 64 wrong usage."),
            -1))
        return *stop;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("needs at least one FILE or DIR"));
    const auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const FeedImportReport report = MonitoringService(desk).importFeeds(paths);
    int counts[4] = {0, 0, 0, 0};
    for (const FeedFileResult &file : report.files) {
        ++counts[int(file.kind)];
        switch (file.kind) {
        case FeedFileResult::Kind::Imported:
        case FeedFileResult::Kind::Unchanged:
            ctx.out << kindName(file.kind) << ' ' << file.path << " ("
                    << (file.feedKind ? feedFormat(*file.feedKind) : QString()) << ", "
                    << file.records << " records: " << file.added << " added, " << file.replaced
                    << " replaced, " << file.unchanged << " unchanged)\n";
            break;
        case FeedFileResult::Kind::Skipped:
            ctx.err << "skipped " << file.path << ": not a monitoring feed\n";
            break;
        case FeedFileResult::Kind::Refused:
            for (const Error &e : file.errors)
                ctx.err << e.toString() << '\n';
            break;
        }
    }
    ctx.out << counts[int(FeedFileResult::Kind::Imported)] << " imported, "
            << counts[int(FeedFileResult::Kind::Unchanged)] << " unchanged, "
            << counts[int(FeedFileResult::Kind::Refused)] << " refused, "
            << counts[int(FeedFileResult::Kind::Skipped)] << " skipped\n";
    return report.anyRefused() ? Refused : Ok;
}

namespace {

/** Parses indicators' arguments into *query and *json; the exit code when it stops. */
std::optional<int> readIndicatorsQuery(Context &ctx, IndicatorQuery *query, bool *json)
{
    const QString cmd = QStringLiteral("indicators");
    QCommandLineParser parser;
    const QCommandLineOption fromOpt(
        QStringLiteral("from"),
        CommandLine::tr("The first day of the period (default: a year before its last day)."),
        CommandLine::tr("DATE"));
    const QCommandLineOption toOpt(
        QStringLiteral("to"),
        CommandLine::tr("The last day of the period (default: the --on day)."),
        CommandLine::tr("DATE"));
    const QCommandLineOption onOpt(
        QStringLiteral("on"),
        CommandLine::tr("The day validity and open incidents are judged on (default: today)."),
        CommandLine::tr("DATE"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"), CommandLine::tr("Print the indicators and their figures as JSON."));
    const FilterOptions filters;
    parser.addOptions({fromOpt, toOpt, onOpt});
    filters.addTo(parser);
    parser.addOption(jsonOpt);
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("The monitoring indicators of docs/domain.md §7, by dimension, each "
                            "with its figures and the ids behind its exceptions.\nDates are "
                            "YYYY-MM-DD. Exit 0 shown, 1 a failure, 64 wrong usage.")))
        return stop;
    if (!dateOption(ctx, cmd, parser, fromOpt, &query->from) ||
        !dateOption(ctx, cmd, parser, toOpt, &query->to) ||
        !dateOption(ctx, cmd, parser, onOpt, &query->on))
        return Usage;
    if (query->from.isValid() && query->to.isValid() && query->from > query->to)
        return usageError(ctx, cmd, CommandLine::tr("--from is after --to"));
    query->filter = filters.read(parser);
    *json = parser.isSet(jsonOpt);
    return std::nullopt;
}

} // namespace

int indicators(Context &ctx)
{
    IndicatorQuery query;
    bool json = false;
    if (const auto stop = readIndicatorsQuery(ctx, &query, &json))
        return *stop;
    const auto desk = ctx.openDesk(Context::Access::Read);
    if (!desk)
        return Storage;
    const auto report = MonitoringService(desk).indicators(query);
    if (!report) {
        ctx.err << report.error().toString() << '\n';
        return Failed;
    }
    if (json) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(indicatorsToJson(*report)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    ctx.out << "Indicators " << report->from.toString(Qt::ISODate) << " – "
            << report->to.toString(Qt::ISODate) << " (as of " << report->on.toString(Qt::ISODate)
            << ")\n";
    for (Dimension dimension : kDimensions) {
        ctx.out << '\n' << dimensionLabel(dimension) << '\n';
        for (const Indicator &i : report->ofDimension(dimension)) {
            ctx.out << "  " << i.label << ": " << i.text << '\n';
            for (const IndicatorFigure &f : i.figures)
                ctx.out << "    " << f.label << ": " << f.text << '\n';
            if (!i.exceptionIds.isEmpty())
                ctx.out << "    ! " << i.exceptionIds.join(QStringLiteral(", ")) << '\n';
        }
    }
    return Ok;
}

namespace {

/** What alerts is asked: list them as of a day, or acknowledge one (ackKey set). */
struct AlertsRequest
{
    QDate on;
    MonitoringFilter filter;
    bool json = false;
    QString ackKey;
    QString keyDir;
    std::optional<QString> note;
};

/** Parses alerts' arguments into *request; the exit code when it stops. */
std::optional<int> readAlertsRequest(Context &ctx, AlertsRequest *request)
{
    const QString cmd = QStringLiteral("alerts");
    QCommandLineParser parser;
    const QCommandLineOption onOpt(
        QStringLiteral("on"), CommandLine::tr("The day the alerts are as of (default: today)."),
        CommandLine::tr("DATE"));
    const QCommandLineOption jsonOpt(
        QStringLiteral("json"),
        CommandLine::tr("Print the alerts as JSON, each with the key --ack takes."));
    const QCommandLineOption ackOpt(
        QStringLiteral("ack"),
        CommandLine::tr("Acknowledge the alert with this key (needs --note and --key); "
                        "recorded in the audit trail."),
        CommandLine::tr("KEY"));
    const QCommandLineOption noteOpt(QStringLiteral("note"),
                                     CommandLine::tr("Why the alert is acknowledged (with --ack)."),
                                     CommandLine::tr("TEXT"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"),
        CommandLine::tr("The acting officer's key folder that signs the acknowledgement "
                        "(with --ack)."),
        CommandLine::tr("DIR"));
    const FilterOptions filters;
    parser.addOption(onOpt);
    filters.addTo(parser);
    parser.addOptions({jsonOpt, ackOpt, noteOpt, keyOpt});
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("The risk alerts as of a day, or, with --ack, the acknowledgement "
                            "of one, signed with the officer's key (its passphrase is asked, or "
                            "read from GRANTDESK_PASSPHRASE).\nExit 0 shown or acknowledged, 1 "
                            "a failure or no such alert, 64 wrong usage.")))
        return stop;
    if (!dateOption(ctx, cmd, parser, onOpt, &request->on))
        return Usage;
    request->filter = filters.read(parser);
    request->json = parser.isSet(jsonOpt);
    request->ackKey = parser.value(ackOpt);
    request->keyDir = parser.value(keyOpt);
    if (parser.isSet(noteOpt))
        request->note = parser.value(noteOpt);
    const bool ack = !request->ackKey.isEmpty();
    if (ack && (!request->note || request->note->trimmed().isEmpty()))
        return usageError(
            ctx, cmd, CommandLine::tr("--ack needs --note TEXT (why the alert is acknowledged)"));
    // The acknowledgement is signed into the audit trail with the officer's key.
    if (ack && request->keyDir.isEmpty())
        return usageError(
            ctx, cmd, CommandLine::tr("--ack needs --key DIR (the acting officer's signing key)"));
    if (!ack && (request->note || !request->keyDir.isEmpty()))
        return usageError(
            ctx, cmd,
            CommandLine::tr("%1 goes with --ack KEY")
                .arg(request->note ? QStringLiteral("--note") : QStringLiteral("--key")));
    return std::nullopt;
}

/** Acknowledges request.ackKey, which must be among @p found, signed with the folder's key. */
int acknowledge(Context &ctx, const MonitoringService &service, const QList<Alert> &found,
                const AlertsRequest &request)
{
    const bool exists = std::any_of(found.cbegin(), found.cend(),
                                    [&](const Alert &a) { return a.key == request.ackKey; });
    if (!exists) {
        ctx.err << "alerts: " << request.ackKey << ": no such alert"
                << (request.on.isValid() ? QStringLiteral(" on ") + request.on.toString(Qt::ISODate)
                                         : QStringLiteral(" today"))
                << '\n';
        return Failed;
    }
    const package::KeyFolder folder(request.keyDir);
    const auto certificate = folderCertificate(ctx, QStringLiteral("alerts"), folder);
    if (!certificate)
        return Failed;
    const auto signer = unlock(ctx, folder, *certificate);
    if (!signer)
        return Failed;
    const auto ack = service.acknowledge(request.ackKey, *request.note, *signer);
    if (!ack) {
        ctx.err << ack.error().toString() << '\n';
        return Failed;
    }
    ctx.out << "acknowledged " << ack->key << " by " << ack->actor << '\n';
    return Ok;
}

/** The alerts as text: severity, code and subject, the reason, the key, the acknowledgement. */
void printAlerts(QTextStream &out, const QList<Alert> &found)
{
    for (const Alert &a : found) {
        out << severityCode(a.severity) << "  " << a.code << "  " << a.subject.kind << ' '
            << a.subject.id << '\n'
            << "    " << a.reason << '\n'
            << "    key: " << a.key << '\n';
        if (a.acknowledgement)
            out << "    acknowledged by " << a.acknowledgement->actor << " on "
                << a.acknowledgement->at.toLocalTime().toString(Qt::ISODate) << ": "
                << a.acknowledgement->note << '\n';
    }
    out << found.size() << " alerts\n";
}

} // namespace

int alerts(Context &ctx)
{
    AlertsRequest request;
    if (const auto stop = readAlertsRequest(ctx, &request))
        return *stop;
    const bool ack = !request.ackKey.isEmpty();
    const auto desk = ctx.openDesk(ack ? Context::Access::Write : Context::Access::Read);
    if (!desk)
        return Storage;
    const MonitoringService service(desk);
    const auto found = service.alerts(request.on, request.filter);
    if (!found) {
        ctx.err << found.error().toString() << '\n';
        return Failed;
    }
    if (ack)
        return acknowledge(ctx, service, *found, request);
    if (request.json)
        ctx.out << QString::fromUtf8(
            QJsonDocument(alertsToJson(*found)).toJson(QJsonDocument::Indented));
    else
        printAlerts(ctx.out, *found);
    return Ok;
}

} // namespace gd::cli
