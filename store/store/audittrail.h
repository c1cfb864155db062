// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
class AuditTrail final
{
public:
    static const QString kGenesisHash; // 64 '0'

    explicit AuditTrail(std::shared_ptr<Database> db);

    /**
     * Appends an event; runs inside the caller's transaction if there is one, so that
     * an edit and its event are committed together.
     */
    Result<AuditEvent> append(const QString &actor, const QString &action, const QString &subject,
                              const QJsonObject &detail);

    /** Checks the events after the stored checkpoint and moves the checkpoint on success. */
    Result<AuditVerification> verifySinceCheckpoint();
    /** Checks every event from seq 1 (does not trust the checkpoint). */
    Result<AuditVerification> verifyAll();

    Result<QList<AuditEvent>> events(const QString &subject) const;
    /** The newest event's seq and hash; seq 0 and kGenesisHash when there is none. */
    Result<std::pair<qint64, QString>> head() const;
    /** The stored hash of event @p seq; a null string when there is no such event. */
    Result<QString> hashAt(qint64 seq) const;
    Result<qint64> count() const;

    /** The bytes that are hashed for @p event (after prev_hash). */
    static QByteArray canonicalEvent(const AuditEvent &event);

private:
    Result<AuditVerification> verifyFrom(qint64 afterSeq, const QString &prevHash);
    std::shared_ptr<Database> m_db;
};

} // namespace gd
