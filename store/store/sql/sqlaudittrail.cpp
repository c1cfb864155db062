// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlaudittrail.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "core/canonicaljson.h"
#include "core/crashpoint.h"
#include "core/log.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd {
namespace {

const QString kAuditWhere = QStringLiteral("audit trail");

constexpr char kSelectEvents[] =
    "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_events ";

/**
 * Reads the current row of a kSelectEvents query. @p problem says why the stored row cannot
 * be the one that was hashed (a timestamp or detail that is not in the canonical form);
 * such a row would hash differently, so the chain reports it as broken.
 */
AuditEvent readEvent(const QSqlQuery &query, QString *problem = nullptr,
                     QByteArray *canonicalDetail = nullptr)
{
    AuditEvent event;
    event.seq = query.value(0).toLongLong();
    const QString at = query.value(1).toString();
    event.at = AuditTrail::parseTime(at);
    event.actor = query.value(2).toString();
    event.action = query.value(3).toString();
    event.subject = query.value(4).toString();
    const QByteArray detail = query.value(5).toString().toUtf8();
    const QJsonDocument document = QJsonDocument::fromJson(detail);
    event.detail = document.object();
    event.prevHash = query.value(6).toString();
    event.hash = query.value(7).toString();
    if (problem) {
        if (!event.at.isValid() || AuditTrail::formatTime(event.at) != at)
            *problem = QStringLiteral("the time '%1' is not a UTC timestamp in the form "
                                      "2026-01-31T08:00:00.000Z")
                           .arg(at);
        else if (!document.isObject() || canonicaljson::serialize(event.detail) != detail)
            *problem = QStringLiteral("the detail is not canonical JSON");
        else if (canonicalDetail)
            *canonicalDetail = detail; // what it serializes to: the hash needs it again
    }
    return event;
}

struct Checkpoint
{
    qint64 seq = 0;
    QString hash;
};

Result<std::optional<Checkpoint>> readCheckpoint(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT seq, hash FROM audit_checkpoint WHERE id = 1")))
        return queryError(query, kAuditWhere);
    if (!query.next())
        return std::optional<Checkpoint>();
    return std::optional<Checkpoint>(
        Checkpoint{query.value(0).toLongLong(), query.value(1).toString()});
}

/** The stored hash of event @p seq, or a null string when there is no such event. */
Result<QString> storedHash(const QSqlDatabase &db, qint64 seq)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec())
        return queryError(query, kAuditWhere);
    return query.next() ? query.value(0).toString() : QString();
}

/** Where and why the checkpoint row disagrees with the chain; seq 0 when it agrees. */
struct CheckpointProblem
{
    qint64 seq = 0;
    QString reason;
};

Result<CheckpointProblem> checkpointProblem(const QSqlDatabase &db, const Checkpoint &checkpoint)
{
    if (checkpoint.seq == 0) {
        if (checkpoint.hash != AuditTrail::kGenesisHash)
            return CheckpointProblem{1, QStringLiteral("the checkpoint at seq 0 does not hold "
                                                       "the genesis hash")};
        return CheckpointProblem{};
    }
    const Result<QString> hash = storedHash(db, checkpoint.seq);
    if (!hash)
        return hash.error();
    if (hash->isNull()) {
        // Events up to the checkpoint were verified once; the first one gone is reported.
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT max(seq) FROM audit_events WHERE seq < ?"));
        query.addBindValue(checkpoint.seq);
        if (!query.exec() || !query.next())
            return queryError(query, kAuditWhere);
        const qint64 firstMissing = query.value(0).toLongLong() + 1;
        return CheckpointProblem{firstMissing,
                                 QStringLiteral("the event is missing (events up to seq %1 "
                                                "were verified before)")
                                     .arg(checkpoint.seq)};
    }
    if (*hash != checkpoint.hash)
        return CheckpointProblem{checkpoint.seq,
                                 QStringLiteral("the event's hash differs from the one recorded "
                                                "when it was verified (checkpoint)")};
    return CheckpointProblem{};
}

} // namespace

SqlAuditTrail::SqlAuditTrail(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<AuditEvent> SqlAuditTrail::append(const QString &actor, const QString &action,
                                         const QString &subject, const QJsonObject &detail)
{
    QSqlDatabase db = sql::connection(*m_db);
    Transaction transaction(*m_db);
    if (!transaction.begun())
        return Error{kAuditWhere, QStringLiteral("cannot begin a transaction")};

    if (auto locked = sql::dialect(*m_db).lockAuditChain(db); !locked)
        return locked.error();
    AuditEvent event;
    event.prevHash = kGenesisHash;
    {
        QSqlQuery last(db);
        if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_events "
                                      "ORDER BY seq DESC LIMIT 1")))
            return queryError(last, kAuditWhere);
        if (last.next()) {
            event.seq = last.value(0).toLongLong();
            event.prevHash = last.value(1).toString();
        }
    }
    ++event.seq;
    // Stored with millisecond precision, so the event read back hashes the same.
    event.at = AuditTrail::parseTime(AuditTrail::formatTime(QDateTime::currentDateTimeUtc()));
    event.actor = actor;
    event.action = action;
    event.subject = subject;
    event.detail = detail;
    event.hash = AuditTrail::chainHash(event.prevHash, event);

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO audit_events (seq, at, actor, action, subject, "
                                  "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(event.seq);
    insert.addBindValue(AuditTrail::formatTime(event.at));
    insert.addBindValue(event.actor);
    insert.addBindValue(event.action);
    insert.addBindValue(event.subject);
    insert.addBindValue(QString::fromUtf8(canonicaljson::serialize(event.detail)));
    insert.addBindValue(event.prevHash);
    insert.addBindValue(event.hash);
    if (!insert.exec())
        return queryError(insert, kAuditWhere);
    // The event and (inside an act's transaction) the act's own writes, none committed yet.
    crashpoint::reach("audit.appended");
    if (auto committed = transaction.commit(); !committed)
        return Error{kAuditWhere, committed.error().what};
    return event;
}

Result<AuditVerification> SqlAuditTrail::verifyFrom(qint64 afterSeq, const QString &prevHash)
{
    AuditVerification result;
    result.head = afterSeq;
    QSqlQuery query(sql::connection(*m_db));
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kSelectEvents) + QStringLiteral("WHERE seq > ? ORDER BY seq"));
    query.addBindValue(afterSeq);
    if (!query.exec())
        return queryError(query, kAuditWhere);

    qint64 expected = afterSeq + 1;
    QString previous = prevHash;
    const auto broken = [&result](qint64 seq, const QString &reason) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.reason = reason;
        return result;
    };
    while (query.next()) {
        QString problem;
        QByteArray canonicalDetail;
        const AuditEvent event = readEvent(query, &problem, &canonicalDetail);
        // A deleted row leaves a gap, a renumbered one breaks the links: either way the
        // first seq that is not what an intact chain has there is the one reported.
        if (event.seq != expected)
            return broken(expected, event.seq > expected
                                        ? QStringLiteral("the event is missing (the next one "
                                                         "found is seq %1)")
                                              .arg(event.seq)
                                        : QStringLiteral("events are out of order"));
        ++result.checked;
        if (event.prevHash != previous)
            return broken(event.seq, QStringLiteral("prev_hash does not match the hash of "
                                                    "the event before it"));
        if (!problem.isEmpty())
            return broken(event.seq, problem);
        if (AuditTrail::chainHash(previous, event, canonicalDetail) != event.hash)
            return broken(event.seq, QStringLiteral("the stored hash does not match the "
                                                    "event's content"));
        previous = event.hash;
        result.head = event.seq;
        ++expected;
    }
    if (query.lastError().isValid())
        return queryError(query, kAuditWhere);
    return result;
}

Result<AuditVerification> SqlAuditTrail::verifySinceCheckpoint()
{
    QSqlDatabase db = sql::connection(*m_db);
    const auto checkpoint = readCheckpoint(db);
    if (!checkpoint)
        return checkpoint.error();
    Checkpoint from{0, kGenesisHash};
    if (checkpoint->has_value()) {
        from = **checkpoint;
        const Result<CheckpointProblem> problem = checkpointProblem(db, from);
        if (!problem)
            return problem.error();
        if (problem->seq != 0) {
            AuditVerification result;
            result.intact = false;
            result.head = from.seq;
            result.firstBadSeq = problem->seq;
            result.reason = problem->reason;
            return result;
        }
    }

    Result<AuditVerification> result = verifyFrom(from.seq, from.hash);
    if (!result || !result->intact || result->head == from.seq || m_db->isReadOnly())
        return result;
    // Failing to move the checkpoint loses nothing: the next check starts from the older one.
    if (Status moved = moveCheckpoint(result->head); !moved)
        log::warning(QStringLiteral("audit trail: the checkpoint could not be moved to seq %1: %2")
                         .arg(result->head)
                         .arg(moved.error().toString()));
    return result;
}

Status SqlAuditTrail::moveCheckpoint(qint64 seq)
{
    QSqlDatabase db = sql::connection(*m_db);
    const auto checkpoint = readCheckpoint(db);
    if (!checkpoint)
        return checkpoint.error();
    if (checkpoint->has_value() && (*checkpoint)->seq >= seq)
        return success();
    const Result<QString> hash = storedHash(db, seq);
    if (!hash)
        return hash.error();
    if (hash->isNull())
        return Error{QStringLiteral("audit trail"), QStringLiteral("no event %1").arg(seq)};
    QSqlQuery upsert(db);
    if (!upsert.prepare(QStringLiteral(
            "INSERT INTO audit_checkpoint (id, seq, hash, verified_at) VALUES (1, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, "
            "verified_at = excluded.verified_at")))
        return queryError(upsert, kAuditWhere);
    upsert.addBindValue(seq);
    upsert.addBindValue(*hash);
    upsert.addBindValue(AuditTrail::formatTime(QDateTime::currentDateTimeUtc()));
    if (!upsert.exec())
        return queryError(upsert, kAuditWhere);
    return success();
}

Result<AuditVerification> SqlAuditTrail::verifyAll()
{
    Result<AuditVerification> result = verifyFrom(0, kGenesisHash);
    if (!result)
        return result;
    // The checkpoint is not trusted here, but checked: it must agree with the chain.
    QSqlDatabase db = sql::connection(*m_db);
    const auto checkpoint = readCheckpoint(db);
    if (!checkpoint)
        return checkpoint.error();
    if (!checkpoint->has_value())
        return result;
    const Result<CheckpointProblem> problem = checkpointProblem(db, **checkpoint);
    if (!problem)
        return problem.error();
    const bool checkpointBad = problem->seq != 0;
    // Report whichever break comes first.
    if (checkpointBad && (result->intact || problem->seq < result->firstBadSeq)) {
        AuditVerification broken = *result;
        broken.intact = false;
        broken.firstBadSeq = problem->seq;
        broken.reason = problem->reason;
        return broken;
    }
    return result;
}

Result<QList<AuditEvent>> SqlAuditTrail::events(const QString &subject) const
{
    QSqlQuery query(sql::connection(*m_db));
    query.setForwardOnly(true);
    query.prepare(QLatin1String(kSelectEvents) + QStringLiteral("WHERE subject = ? ORDER BY seq"));
    query.addBindValue(subject);
    if (!query.exec())
        return queryError(query, kAuditWhere);
    QList<AuditEvent> events;
    while (query.next())
        events << readEvent(query);
    return events;
}

Status SqlAuditTrail::timesOf(
    const QString &action,
    const std::function<void(const QString &subject, const QDateTime &at)> &take) const
{
    QSqlQuery query(sql::connection(*m_db));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT subject, at FROM audit_events WHERE action = ? "
                                 "ORDER BY seq"));
    query.addBindValue(action);
    if (!query.exec())
        return queryError(query, kAuditWhere);
    while (query.next())
        take(query.value(0).toString(), AuditTrail::parseTime(query.value(1).toString()));
    if (query.lastError().isValid())
        return queryError(query, kAuditWhere);
    return success();
}

Result<std::pair<qint64, QString>> SqlAuditTrail::head() const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1")))
        return queryError(q, kAuditWhere);
    if (!q.next())
        return std::pair<qint64, QString>{0, kGenesisHash};
    return std::pair<qint64, QString>{q.value(0).toLongLong(), q.value(1).toString()};
}

Result<QString> SqlAuditTrail::hashAt(qint64 seq) const
{
    return storedHash(sql::connection(*m_db), seq);
}

Result<qint64> SqlAuditTrail::count() const
{
    QSqlQuery query(sql::connection(*m_db));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM audit_events")) || !query.next())
        return queryError(query, kAuditWhere);
    return query.value(0).toLongLong();
}

} // namespace gd
