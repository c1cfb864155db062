// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/auditrecords.h"

namespace gd {

class Database;

/**
 * The tamper-evident audit trail: table audit_events, each event hashed as
 * hash = SM3(prev_hash ‖ canonical(event)), where canonical(event) is the RFC 8785 JSON of
 * {seq, at, actor, action, subject, detail} and the first prev_hash is 64 zeros.
 * A break is reported with the first bad seq and never repaired.
 */
class AuditTrail
{
public:
    virtual ~AuditTrail() = default;

    static const QString kGenesisHash; // 64 '0'

    /**
     * Appends an event; runs inside the caller's transaction if there is one, so that
     * an edit and its event are committed together.
     */
    virtual Result<AuditEvent> append(const QString &actor, const QString &action,
                                      const QString &subject, const QJsonObject &detail) = 0;

    /** Checks the events after the stored checkpoint and, when the connection can write,
     *  moves the checkpoint on success. */
    virtual Result<AuditVerification> verifySinceCheckpoint() = 0;
    /**
     * Moves the checkpoint on to event @p seq, which a check on another connection found
     * intact up to there (verifySinceCheckpoint() on a read-only one); nothing when the stored
     * checkpoint is there or further already. A checkpoint that goes wrong is found by the
     * next check, which compares it with the chain.
     */
    virtual Status moveCheckpoint(qint64 seq) = 0;
    /** Checks every event from seq 1 (does not trust the checkpoint). */
    virtual Result<AuditVerification> verifyAll() = 0;

    virtual Result<QList<AuditEvent>> events(const QString &subject) const = 0;
    /** The subject and time of every event of @p action, in the trail's order, each given to
     *  @p take as it is read: one range of the action's index, whatever the number of
     *  subjects (the monitoring reads every countersignature so). */
    virtual Status
    timesOf(const QString &action,
            const std::function<void(const QString &subject, const QDateTime &at)> &take) const = 0;
    /** The newest event's seq and hash; seq 0 and kGenesisHash when there is none. */
    virtual Result<std::pair<qint64, QString>> head() const = 0;
    /** The stored hash of event @p seq; a null string when there is no such event. */
    virtual Result<QString> hashAt(qint64 seq) const = 0;
    virtual Result<qint64> count() const = 0;

    /** The bytes that are hashed for @p event (after prev_hash). */
    static QByteArray canonicalEvent(const AuditEvent &event);
    /** The same, given @p canonicalDetail: canonicaljson::serialize(event.detail), which a
     *  check of stored events has at hand (the stored detail, found canonical). */
    static QByteArray canonicalEvent(const AuditEvent &event, const QByteArray &canonicalDetail);
    /** The event's hash: SM3(@p prevHash ‖ canonicalEvent(@p event)), lower-case hex. */
    static QString chainHash(const QString &prevHash, const AuditEvent &event);
    /** The same with canonicalEvent(@p event, @p canonicalDetail). */
    static QString chainHash(const QString &prevHash, const AuditEvent &event,
                             const QByteArray &canonicalDetail);
    /** The stored form of an event time: UTC with milliseconds, "2026-01-31T08:00:00.000Z". */
    static QString formatTime(const QDateTime &at);
    /** The inverse of formatTime; an invalid QDateTime for any other text. */
    static QDateTime parseTime(const QString &text);
};

} // namespace gd
