// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecycleservice.h"

#include <QCoreApplication>

#include "audit/trailanchor.h"
#include "calendar/workcalendarfile.h"
#include "domain/lifecyclejson.h"
#include "domain/subject.h"
#include "lifecycle/lifecyclerules.h"
#include "lifecycle/recordedlife.h"
#include "package/package.h"
#include "services/desk.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/lifecyclerepository.h"
#include "store/repositories.h"

namespace gd {

LifecycleService::LifecycleService(std::shared_ptr<Desk> desk)
    : LifecycleService(std::move(desk), lifecycle::builtinLifecycleRules(), builtinWorkCalendar())
{}

LifecycleService::LifecycleService(std::shared_ptr<Desk> desk,
                                   const lifecycle::LifecycleRules &rules,
                                   const WorkCalendar &calendar)
    : m_desk(std::move(desk))
    , m_rules(rules)
    , m_calendar(calendar)
{}

Result<LifecycleService::CaseLife> LifecycleService::life(const QString &id, int version,
                                                          const QDate &today) const
{
    const std::shared_ptr<Database> db = m_desk->database();
    const QString subject = subjectOf(id, version);
    auto versions = makeApplicationStore(db)->versions(id);
    if (!versions)
        return versions.error();
    const VersionInfo *info = nullptr;
    for (const VersionInfo &v : std::as_const(versions.value())) {
        if (v.version == version)
            info = &v;
    }
    if (!info)
        return Error{subject,
                     QCoreApplication::translate("LifecycleService",
                                                 "this database has no such application version")};
    if (info->status != CaseStatus::Countersigned && info->status != CaseStatus::Filed)
        return Error{subject,
                     QCoreApplication::translate(
                         "LifecycleService", "the authorization's life starts once the review is "
                                             "countersigned; this case is \"%1\"")
                         .arg(caseStatusLabel(info->status))};
    if (info->decision != Decision::Approved && info->decision != Decision::ConditionallyApproved)
        return Error{subject, QCoreApplication::translate(
                                  "LifecycleService",
                                  "the review did not approve this case (%1): nothing is "
                                  "authorized")
                                  .arg(decisionLabel(info->decision))};
    auto application = makeApplicationStore(db)->load(id, version);
    if (!application)
        return application.error();
    auto recorded = lifecycle::readRecordedLife(db, id, version);
    if (!recorded)
        return recorded.error();

    CaseLife life;
    life.mode = application.value().authorization.mode;
    life.reviewed = recorded->reviewed;
    life.stored = recorded->stored;
    life.acts = recorded->acts;
    life.state =
        lifecycle::evaluate(m_rules, life.mode, life.reviewed, life.acts, today, m_calendar);
    return life;
}

Result<QList<LifecycleService::Authorization>>
LifecycleService::authorizations(const QDate &today) const
{
    InboxQuery query;
    query.statuses = {caseStatusCode(CaseStatus::Countersigned), caseStatusCode(CaseStatus::Filed)};
    query.allVersions = true; // a renewal's arrival does not end the authorization it renews
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    const auto applications = makeApplicationStore(m_desk->database());
    QMap<QString, InboxRow> highest; // per id, the highest countersigned version that approved
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        auto rows = applications->rows(query, offset, kPage);
        if (!rows)
            return rows.error();
        for (const InboxRow &row : std::as_const(rows.value())) {
            if (row.decision != Decision::Approved &&
                row.decision != Decision::ConditionallyApproved)
                continue;
            if (const auto it = highest.constFind(row.id);
                it == highest.constEnd() || it->version < row.version)
                highest.insert(row.id, row);
        }
        if (rows->size() < kPage)
            break;
    }
    QList<Authorization> out;
    for (const InboxRow &row : std::as_const(highest)) {
        auto caseLife = life(row.id, row.version, today);
        if (!caseLife)
            return caseLife.error();
        Authorization a{row.id,           row.version,  row.applicant,
                        caseLife.value(), std::nullopt, std::nullopt};
        for (const lifecycle::Act &act : std::as_const(a.life.acts)) {
            if (const auto *agreement = std::get_if<lifecycle::Agreement>(&act))
                a.agreement = *agreement;
        }
        auto versions = applications->versions(row.id);
        if (!versions)
            return versions.error();
        for (const VersionInfo &v : std::as_const(versions.value())) {
            if (v.version > row.version && (!a.newer || a.newer->first < v.version))
                a.newer = std::pair{v.version, v.status};
        }
        out << a;
    }
    return out;
}

QStringList LifecycleService::problemsWith(const CaseLife &life, const lifecycle::Act &act,
                                           const QDate &today) const
{
    return lifecycle::problemsWith(m_rules, life.mode, life.reviewed, life.acts, act, today);
}

Result<LifecycleService::CaseLife> LifecycleService::record(const QString &id, int version,
                                                            const lifecycle::Act &act,
                                                            const package::Signer &signer,
                                                            const QDate &today)
{
    const std::shared_ptr<Database> db = m_desk->database();
    const QString subject = subjectOf(id, version);
    const QString actor = signer.certificate.commonName();
    if (actor.trimmed().isEmpty())
        return Error{subject, QCoreApplication::translate(
                                  "LifecycleService", "the signing certificate names no officer")};
    auto before = life(id, version, today);
    if (!before)
        return before.error();
    const QStringList problems = problemsWith(*before, act, today);
    if (!problems.isEmpty())
        return Error{QStringLiteral("%1: %2").arg(subject, lifecycle::actCode(act)),
                     problems.join(QCoreApplication::translate("LifecycleService", "; "))};
    if (Status trail = audit::refuseBrokenTrail(db); !trail)
        return Error{subject, trail.error().what};

    Transaction transaction(*db);
    if (!transaction.begun())
        return Error{QStringLiteral("database"),
                     QCoreApplication::translate("LifecycleService", "cannot begin a transaction")};
    lifecycle::StoredAct stored;
    stored.appId = id;
    stored.version = version;
    stored.code = lifecycle::actCode(act);
    stored.date = lifecycle::actDate(act);
    stored.body = lifecycle::actBytes(act);
    stored.recordedBy = actor;
    stored.recordedAt = QDateTime::currentDateTimeUtc();
    stored.recordedAt = stored.recordedAt.addMSecs(-stored.recordedAt.time().msec());
    auto appended = makeLifecycleRepository(db)->append(stored);
    if (!appended)
        return appended.error();
    QJsonObject detail = lifecycle::actToJson(act);
    detail.insert(QStringLiteral("actId"), appended.value());
    audit::markAnchored(detail);
    auto event = makeAuditTrail(db)->append(actor, QStringLiteral("lifecycle.") + stored.code,
                                            subject, detail);
    if (!event)
        return event.error();
    if (Status anchored = audit::anchorHead(db, signer); !anchored)
        return anchored.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return life(id, version, today);
}

} // namespace gd
