// SPDX-License-Identifier: GPL-3.0-or-later
// feed, indicators, alerts: the monitoring data of docs/domain.md §7 on the command line.
#include <optional>

#include <QDate>
#include <QJsonDocument>

#include "cli.h"
#include "monitoring/alerts.h"
#include "monitoring/feedimporter.h"
#include "monitoring/indicators.h"
#include "passphrase.h"
#include "services/desk.h"
#include "services/monitoringservice.h"

namespace gd::cli {
namespace {

using namespace gd::monitoring;

const char kIndicatorsUsage[] =
    "indicators: usage: indicators [--from DATE --to DATE] [--on DATE] [--body NAME] "
    "[--domain D] [--mode M] [--operator CREDITCODE] [--json]\n";
const char kAlertsUsage[] =
    "alerts: usage: alerts [--on DATE] [--body NAME] [--domain D] [--mode M] "
    "[--operator CREDITCODE] [--json] | alerts [--on DATE] --ack KEY --note TEXT --key DIR\n";

/** Reads the value after option @p i as a YYYY-MM-DD date. */
bool readDate(Context &ctx, const char *command, int &i, QDate *out)
{
    const QString option = ctx.args.at(i);
    if (i + 1 >= ctx.args.size()) {
        ctx.err << command << ": " << option << ": needs a DATE (YYYY-MM-DD)\n";
        return false;
    }
    const QString text = ctx.args.at(++i);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid()) {
        ctx.err << command << ": " << option << ": not a date (YYYY-MM-DD): " << text << '\n';
        return false;
    }
    *out = date;
    return true;
}

/** Filter options shared by indicators and alerts; true when @p i was one of them. */
std::optional<bool> readFilter(Context &ctx, const char *command, int &i, MonitoringFilter &filter)
{
    const QString &arg = ctx.args.at(i);
    QString *target = nullptr;
    if (arg == QLatin1String("--body"))
        target = &filter.implementingBody;
    else if (arg == QLatin1String("--domain"))
        target = &filter.domain;
    else if (arg == QLatin1String("--mode"))
        target = &filter.mode;
    else if (arg == QLatin1String("--operator"))
        target = &filter.operatorCode;
    if (!target)
        return false;
    if (i + 1 >= ctx.args.size()) {
        ctx.err << command << ": " << arg << ": needs a value\n";
        return std::nullopt;
    }
    *target = ctx.args.at(++i);
    return true;
}

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
    if (ctx.args.isEmpty()) {
        ctx.err << "feed: needs at least one FILE or DIR\n";
        return Usage;
    }
    for (const QString &arg : std::as_const(ctx.args)) {
        if (arg.startsWith(QLatin1String("--"))) {
            ctx.err << "feed: " << arg << ": unknown option\n";
            return Usage;
        }
    }
    const auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    const FeedImportReport report = MonitoringService(desk).importFeeds(ctx.args);
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

int indicators(Context &ctx)
{
    IndicatorQuery query;
    bool json = false;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &arg = ctx.args.at(i);
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--from")) {
            if (!readDate(ctx, "indicators", i, &query.from))
                return Usage;
        } else if (arg == QLatin1String("--to")) {
            if (!readDate(ctx, "indicators", i, &query.to))
                return Usage;
        } else if (arg == QLatin1String("--on")) {
            if (!readDate(ctx, "indicators", i, &query.on))
                return Usage;
        } else if (const auto filter = readFilter(ctx, "indicators", i, query.filter); !filter) {
            return Usage;
        } else if (!*filter) {
            ctx.err << "indicators: " << arg << ": unknown argument\n" << kIndicatorsUsage;
            return Usage;
        }
    }
    if (query.from.isValid() && query.to.isValid() && query.from > query.to) {
        ctx.err << "indicators: --from is after --to\n";
        return Usage;
    }
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

int alerts(Context &ctx)
{
    QDate on;
    MonitoringFilter filter;
    bool json = false;
    QString ackKey;
    QString keyDir;
    std::optional<QString> note;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString &arg = ctx.args.at(i);
        const bool hasValue = i + 1 < ctx.args.size();
        if (arg == QLatin1String("--json")) {
            json = true;
        } else if (arg == QLatin1String("--on")) {
            if (!readDate(ctx, "alerts", i, &on))
                return Usage;
        } else if (arg == QLatin1String("--ack") && hasValue) {
            ackKey = ctx.args.at(++i);
        } else if (arg == QLatin1String("--note") && hasValue) {
            note = ctx.args.at(++i);
        } else if (arg == QLatin1String("--key") && hasValue) {
            keyDir = ctx.args.at(++i);
        } else if (const auto filtered = readFilter(ctx, "alerts", i, filter); !filtered) {
            return Usage;
        } else if (!*filtered) {
            ctx.err << "alerts: " << arg << ": unknown argument\n" << kAlertsUsage;
            return Usage;
        }
    }
    if (!ackKey.isEmpty() && (!note || note->trimmed().isEmpty())) {
        ctx.err << "alerts: --ack needs --note TEXT (why the alert is acknowledged)\n";
        return Usage;
    }
    // The acknowledgement is signed into the audit trail with the officer's key.
    if (!ackKey.isEmpty() && keyDir.isEmpty()) {
        ctx.err << "alerts: --ack needs --key DIR (the acting officer's signing key)\n";
        return Usage;
    }
    if (ackKey.isEmpty() && (note || !keyDir.isEmpty())) {
        ctx.err << "alerts: " << (note ? "--note" : "--key") << " goes with --ack KEY\n";
        return Usage;
    }
    const auto desk =
        ctx.openDesk(ackKey.isEmpty() ? Context::Access::Read : Context::Access::Write);
    if (!desk)
        return Storage;
    const MonitoringService service(desk);
    const auto found = service.alerts(on, filter);
    if (!found) {
        ctx.err << found.error().toString() << '\n';
        return Failed;
    }
    if (!ackKey.isEmpty()) {
        const bool exists = std::any_of(found->cbegin(), found->cend(),
                                        [&](const Alert &a) { return a.key == ackKey; });
        if (!exists) {
            ctx.err << "alerts: " << ackKey << ": no such alert"
                    << (on.isValid() ? QStringLiteral(" on ") + on.toString(Qt::ISODate)
                                     : QStringLiteral(" today"))
                    << '\n';
            return Failed;
        }
        const package::KeyFolder folder(keyDir);
        const auto certificate = folderCertificate(ctx, QStringLiteral("alerts"), folder);
        if (!certificate)
            return Failed;
        const auto signer = unlock(ctx, folder, *certificate);
        if (!signer)
            return Failed;
        const auto ack = service.acknowledge(ackKey, *note, *signer);
        if (!ack) {
            ctx.err << ack.error().toString() << '\n';
            return Failed;
        }
        ctx.out << "acknowledged " << ack->key << " by " << ack->actor << '\n';
        return Ok;
    }
    if (json) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(alertsToJson(*found)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const Alert &a : *found) {
        ctx.out << severityCode(a.severity) << "  " << a.code << "  " << a.subject.kind << ' '
                << a.subject.id << '\n'
                << "    " << a.reason << '\n'
                << "    key: " << a.key << '\n';
        if (a.acknowledgement)
            ctx.out << "    acknowledged by " << a.acknowledgement->actor << " on "
                    << a.acknowledgement->at.toLocalTime().toString(Qt::ISODate) << ": "
                    << a.acknowledgement->note << '\n';
    }
    ctx.out << found->size() << " alerts\n";
    return Ok;
}

} // namespace gd::cli
