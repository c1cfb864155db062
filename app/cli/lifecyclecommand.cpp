// SPDX-License-Identifier: GPL-3.0-or-later
// `grantdesk-cli authorizations` and `lifecycle show|record`: the authorization's life after
// the review (docs/formats/lifecycle.md) on the command line.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "cli.h"
#include "commandline.h"
#include "domain/lifecyclejson.h"
#include "domain/subject.h"
#include "package/keystore.h"
#include "passphrase.h"
#include "services/lifecycleservice.h"

namespace gd::cli {
namespace {

using namespace gd::lifecycle;

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject dueJson(const std::optional<Due> &due)
{
    if (!due)
        return {};
    QJsonObject o{{QStringLiteral("stage"), stageCode(due->stage)},
                  {QStringLiteral("overdue"), due->overdue},
                  {QStringLiteral("grantdeskDefault"), due->ours}};
    if (due->date.isValid())
        o.insert(QStringLiteral("date"), iso(due->date));
    if (!due->calendarCovered)
        o.insert(QStringLiteral("holidayCalendar"), false);
    return o;
}

QJsonObject lifeJson(const QString &id, int version, const LifecycleService::CaseLife &life)
{
    QJsonArray acts;
    for (int i = 0; i < life.acts.size(); ++i) {
        QJsonObject act = actToJson(life.acts.at(i));
        act.insert(QStringLiteral("recordedBy"), life.stored.at(i).recordedBy);
        act.insert(QStringLiteral("recordedAt"),
                   life.stored.at(i).recordedAt.toString(Qt::ISODateWithMs));
        acts.append(act);
    }
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("mode"), life.mode},
                  {QStringLiteral("reviewed"), iso(life.reviewed)},
                  {QStringLiteral("stage"), stageCode(life.state.stage)},
                  {QStringLiteral("acts"), acts}};
    if (life.state.due)
        o.insert(QStringLiteral("due"), dueJson(life.state.due));
    if (life.state.termStart.isValid())
        o.insert(QStringLiteral("term"),
                 QJsonObject{{QStringLiteral("start"), iso(life.state.termStart)},
                             {QStringLiteral("end"), iso(life.state.termEnd)}});
    if (!life.state.problems.isEmpty())
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(life.state.problems));
    return o;
}

/** "agreement due 2026-07-10 (overdue)" or empty. */
QString dueText(const std::optional<Due> &due)
{
    // The end of a term in force is not an act that falls due: the term says when it ends.
    if (!due || !due->date.isValid() || due->stage == Stage::Expired)
        return {};
    QString text = stageCode(due->stage) + QStringLiteral(" due ") + iso(due->date);
    if (due->overdue)
        text += QStringLiteral(" (overdue)");
    return text;
}

int lifecycleShow(Context &ctx)
{
    const QString cmd = QStringLiteral("lifecycle show");
    QCommandLineParser parser;
    const QCommandLineOption onOpt(QStringLiteral("on"),
                                   CommandLine::tr("The day to evaluate on (default: today)."),
                                   CommandLine::tr("DATE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    parser.addOptions({versionOpt(), onOpt, jsonOpt});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 CommandLine::tr("The application id. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("The acts recorded after the countersigned review of a case and where "
                            "its authorization stands: the stage, what is due next and by when, "
                            "the term.\nExit 0 shown, 1 no authorization (not countersigned or "
                            "not approved) or a failure, 64 wrong usage."),
            1))
        return *stop;
    const QString id = parser.positionalArguments().value(0);
    if (id.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("ID is required"));
    QDate on = QDate::currentDate();
    int version = 0;
    if (!dateOption(ctx, cmd, parser, onOpt, &on) ||
        !versionOption(ctx, cmd, parser, versionOpt(), &version))
        return Usage;
    const auto desk = ctx.openDesk(Context::Access::Read);
    if (!desk)
        return Storage;
    if ((version = resolveVersion(ctx, desk, id, version)) == 0)
        return Failed;
    auto life = LifecycleService(desk).life(id, version, on);
    if (!life) {
        ctx.err << life.error().toString() << '\n';
        return Failed;
    }
    if (parser.isSet(jsonOpt)) {
        ctx.out << QJsonDocument(lifeJson(id, version, *life)).toJson(QJsonDocument::Indented);
        return Ok;
    }
    ctx.out << subjectOf(id, version) << ": " << stageCode(life->state.stage) << " on " << iso(on)
            << " (" << life->mode << ", review countersigned " << iso(life->reviewed) << ")\n";
    for (int i = 0; i < life->acts.size(); ++i)
        ctx.out << "  " << iso(actDate(life->acts.at(i))) << "  " << actCode(life->acts.at(i))
                << "  recorded by " << life->stored.at(i).recordedBy << '\n';
    if (const QString due = dueText(life->state.due); !due.isEmpty())
        ctx.out << "  next: " << due << '\n';
    if (life->state.termStart.isValid())
        ctx.out << "  term: " << iso(life->state.termStart) << " to " << iso(life->state.termEnd)
                << '\n';
    for (const QString &problem : std::as_const(life->state.problems))
        ctx.err << subjectOf(id, version) << ": " << problem << '\n';
    return life->state.problems.isEmpty() ? Ok : Failed;
}

int lifecycleRecord(Context &ctx)
{
    const QString cmd = QStringLiteral("lifecycle record");
    QCommandLineParser parser;
    const QCommandLineOption actOpt(
        QStringLiteral("act"),
        CommandLine::tr("The act as a JSON file (docs/formats/lifecycle.md, \"Acts as stored\"). "
                        "Required."),
        CommandLine::tr("FILE.json"));
    const QCommandLineOption keyOpt(
        QStringLiteral("key"),
        CommandLine::tr("The recording officer's key folder (key.pem and cert.pem). Required."),
        CommandLine::tr("DIR"));
    parser.addOptions({versionOpt(), actOpt, keyOpt});
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 CommandLine::tr("The application id. Required."));
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Records the next act of a countersigned, approved case (collective "
                            "decision, approval, agreement, filing, disclosure, suspension, "
                            "resumption, revocation, termination) with its audit event and a "
                            "checkpoint signed with the officer's key. Refused when the act may "
                            "not follow, with every reason.\nExit 0 recorded, 1 refused or a "
                            "failure, 2 the act file is unreadable, 64 wrong usage."),
            1))
        return *stop;
    const QString id = parser.positionalArguments().value(0);
    const QString actFile = parser.value(actOpt);
    const QString keyDir = parser.value(keyOpt);
    if (id.isEmpty() || actFile.isEmpty() || keyDir.isEmpty())
        return usageError(ctx, cmd, CommandLine::tr("ID, --act and --key are required"));
    int version = 0;
    if (!versionOption(ctx, cmd, parser, versionOpt(), &version))
        return Usage;
    QFile file(actFile);
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err << actFile << ": " << file.errorString() << '\n';
        return Refused;
    }
    auto act = actFromJson(file.readAll(), actFile);
    if (!act) {
        ctx.err << act.error().toString() << '\n';
        return Refused;
    }
    const auto desk = ctx.openDesk(Context::Access::Write);
    if (!desk)
        return Storage;
    if ((version = resolveVersion(ctx, desk, id, version)) == 0)
        return Failed;
    const package::KeyFolder folder(keyDir);
    const auto certificate = folderCertificate(ctx, cmd, folder);
    if (!certificate)
        return Failed;
    const auto signer = unlock(ctx, folder, *certificate);
    if (!signer)
        return Failed;
    auto life = LifecycleService(desk).record(id, version, *act, *signer, QDate::currentDate());
    if (!life) {
        ctx.err << life.error().toString() << '\n';
        return Failed;
    }
    ctx.out << subjectOf(id, version) << ": " << actCode(*act) << " recorded by "
            << certificate->subject() << "; now " << stageCode(life->state.stage) << '\n';
    return Ok;
}

constexpr Subcommand kLifecycleSubcommands[] = {
    {"show", QT_TRANSLATE_NOOP("gd::cli::CommandLine",
                               "Where a case's authorization stands and what is due.")},
    {"record",
     QT_TRANSLATE_NOOP("gd::cli::CommandLine", "Record the next act of a case's authorization.")},
};

} // namespace

int lifecycle(Context &ctx)
{
    QString chosen;
    if (const auto stop = parseSubcommand(
            ctx, QStringLiteral("lifecycle"),
            CommandLine::tr("The authorization's life after the countersigned review."),
            kLifecycleSubcommands, &chosen))
        return *stop;
    return chosen == QLatin1String("show") ? lifecycleShow(ctx) : lifecycleRecord(ctx);
}

int authorizations(Context &ctx)
{
    const QString cmd = QStringLiteral("authorizations");
    QCommandLineParser parser;
    const QCommandLineOption onOpt(QStringLiteral("on"),
                                   CommandLine::tr("The day to evaluate on (default: today)."),
                                   CommandLine::tr("DATE"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    parser.addOptions({onOpt, jsonOpt});
    if (const auto stop = parseCommand(
            ctx, parser, cmd,
            CommandLine::tr("Every authorization (a countersigned review that approved its case) "
                            "with its stage, term, operator and what is due.\nExit 0 listed, 1 "
                            "a failure, 64 wrong usage.")))
        return *stop;
    QDate on = QDate::currentDate();
    if (!dateOption(ctx, cmd, parser, onOpt, &on))
        return Usage;
    const auto desk = ctx.openDesk(Context::Access::Read);
    if (!desk)
        return Storage;
    auto all = LifecycleService(desk).authorizations(on);
    if (!all) {
        ctx.err << all.error().toString() << '\n';
        return Failed;
    }
    if (parser.isSet(jsonOpt)) {
        QJsonArray array;
        for (const LifecycleService::Authorization &a : std::as_const(*all)) {
            QJsonObject o = lifeJson(a.id, a.version, a.life);
            o.insert(QStringLiteral("applicant"), a.applicant);
            if (a.agreement)
                o.insert(
                    QStringLiteral("operator"),
                    QJsonObject{{QStringLiteral("name"), a.agreement->operatorName},
                                {QStringLiteral("creditCode"), a.agreement->operatorCreditCode}});
            if (a.newer)
                o.insert(QStringLiteral("newerVersion"),
                         QJsonObject{{QStringLiteral("version"), a.newer->first},
                                     {QStringLiteral("status"), caseStatusCode(a.newer->second)}});
            array.append(o);
        }
        ctx.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const LifecycleService::Authorization &a : std::as_const(*all)) {
        ctx.out << subjectOf(a.id, a.version) << "  " << stageCode(a.life.state.stage);
        if (a.agreement)
            ctx.out << "  " << a.agreement->operatorName << "  " << iso(a.agreement->termStart)
                    << " to " << iso(a.agreement->termEnd);
        if (const QString due = dueText(a.life.state.due); !due.isEmpty())
            ctx.out << "  " << due;
        if (a.newer)
            ctx.out << "  v" << a.newer->first << ' ' << caseStatusCode(a.newer->second);
        ctx.out << '\n';
    }
    ctx.out << all->size() << (all->size() == 1 ? " authorization" : " authorizations") << " on "
            << iso(on) << '\n';
    return Ok;
}

} // namespace gd::cli
