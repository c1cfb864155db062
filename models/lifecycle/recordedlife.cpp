// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedlife.h"

#include <QCoreApplication>

#include "calendar/workcalendarfile.h"
#include "domain/lifecyclejson.h"
#include "domain/subject.h"
#include "lifecycle/lifecyclerules.h"
#include "store/audittrail.h"
#include "store/lifecyclerepository.h"
#include "store/repositories.h"

namespace gd::lifecycle {
namespace {

/**
 * The day of the review's countersignature, from the audit trail, in local time: the same
 * calendar as "today" (QDate::currentDate()) and the dates the office gives its acts.
 */
Result<QDate> countersignedOn(const std::shared_ptr<Database> &db, const QString &subject)
{
    auto events = makeAuditTrail(db)->events(subject);
    if (!events)
        return events.error();
    QDate day;
    for (const AuditEvent &e : std::as_const(events.value())) {
        if (e.action == QLatin1String("case.countersign"))
            day = e.at.toLocalTime().date();
    }
    if (!day.isValid())
        return Error{subject, QCoreApplication::translate(
                                  "LifecycleService",
                                  "the audit trail has no countersignature for this review")};
    return day;
}

} // namespace

LifecycleState RecordedLife::stateOn(const QString &mode, const QDate &today) const
{
    return evaluate(builtinLifecycleRules(), mode, reviewed, acts, today, builtinWorkCalendar());
}

std::optional<Interruption> RecordedLife::interruptionOn(const QDate &day) const
{
    std::optional<Interruption> inEffect;
    for (const Act &act : acts) {
        const auto *i = std::get_if<Interruption>(&act);
        if (!i || i->date > day)
            continue;
        if (i->kind == Interruption::Kind::Resumption)
            inEffect.reset();
        else
            inEffect = *i;
    }
    return inEffect;
}

std::optional<Agreement> RecordedLife::agreement() const
{
    std::optional<Agreement> out;
    for (const Act &act : acts) {
        if (const auto *a = std::get_if<Agreement>(&act))
            out = *a;
    }
    return out;
}

Result<RecordedLife> readRecordedLife(const std::shared_ptr<Database> &db, const QString &id,
                                      int version)
{
    const QString subject = subjectOf(id, version);
    auto reviewed = countersignedOn(db, subject);
    if (!reviewed)
        return reviewed.error();
    auto stored = makeLifecycleRepository(db)->forCase(id, version);
    if (!stored)
        return stored.error();
    RecordedLife life;
    life.reviewed = reviewed.value();
    life.stored = stored.value();
    for (const StoredAct &s : std::as_const(life.stored)) {
        auto act =
            actFromJson(s.body, QStringLiteral("%1: lifecycle act %2").arg(subject).arg(s.id));
        if (!act)
            return act.error();
        life.acts << act.value();
    }
    return life;
}

} // namespace gd::lifecycle
