// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordedlife.h"

#include <QCoreApplication>

#include "calendar/workcalendarfile.h"
#include "core/localtime.h"
#include "domain/lifecyclejson.h"
#include "domain/subject.h"
#include "lifecycle/lifecyclerules.h"
#include "store/audittrail.h"
#include "store/lifecyclerepository.h"
#include "store/repositories.h"

namespace gd::lifecycle {
namespace {

const QString kCountersign = QStringLiteral("case.countersign");

Error noCountersignature(const QString &subject)
{
    return Error{subject, QCoreApplication::translate(
                              "LifecycleService",
                              "the audit trail has no countersignature for this review")};
}

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
        if (e.action == kCountersign)
            day = e.at.toLocalTime().date();
    }
    if (!day.isValid())
        return noCountersignature(subject);
    return day;
}

/** Adds @p stored to @p life, decoded strictly; an error names the act's row. */
Status addAct(RecordedLife &life, const QString &subject, StoredAct &&stored)
{
    auto act = actFromJson(stored.body,
                           QStringLiteral("%1: lifecycle act %2").arg(subject).arg(stored.id));
    if (!act)
        return act.error();
    life.acts << act.value();
    life.stored << std::move(stored);
    return success();
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
    for (StoredAct &s : stored.value()) {
        if (Status added = addAct(life, subject, std::move(s)); !added)
            return added.error();
    }
    return life;
}

Result<QHash<QString, RecordedLife>> readRecordedLives(const std::shared_ptr<Database> &db,
                                                       const QHash<QString, int> &versions)
{
    QHash<QString, QString> subjects; // "ID vN" -> ID
    subjects.reserve(versions.size());
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        subjects.insert(subjectOf(it.key(), it.value()), it.key());

    QHash<QString, RecordedLife> lives;
    lives.reserve(versions.size());
    localtime::LocalDays localDays;
    const Status countersigned =
        makeAuditTrail(db)->timesOf(kCountersign, [&](const QString &subject, const QDateTime &at) {
            const auto id = subjects.constFind(subject);
            if (id != subjects.constEnd())
                lives[id.value()].reviewed = localDays.of(at); // the last one stays
        });
    if (!countersigned)
        return countersigned.error();
    for (auto it = subjects.cbegin(); it != subjects.cend(); ++it) {
        const auto life = lives.constFind(it.value());
        if (life == lives.constEnd() || !life->reviewed.isValid())
            return noCountersignature(it.key());
    }

    Status decoded = success();
    const Status read = makeLifecycleRepository(db)->forEachAct([&](StoredAct &&act) {
        if (!decoded || versions.value(act.appId, -1) != act.version)
            return;
        const QString subject = subjectOf(act.appId, act.version);
        decoded = addAct(lives[act.appId], subject, std::move(act));
    });
    if (!read)
        return read.error();
    if (!decoded)
        return decoded.error();
    return lives;
}

} // namespace gd::lifecycle
