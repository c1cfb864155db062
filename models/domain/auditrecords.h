// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

/*
 * What the audit trail's store (store/audittrail.h, store/auditanchors.h) reads and the core's
 * checks (audit/trailanchor.h) judge: plain records, so that a core header can name them
 * without including a store header (docs/architecture.md §1).
 */
namespace gd {

/** One recorded event of the audit trail (docs/storage.md "The audit trail"). */
struct AuditEvent
{
    qint64 seq = 0;
    QDateTime at;       // UTC
    QString actor;      // the officer
    QString action;     // e.g. "review.start", "review.edit", "review.submit"
    QString subject;    // e.g. "GZ-2026-0001 v2"
    QJsonObject detail; // stored as canonical JSON
    QString prevHash;   // lowercase hex SM3
    QString hash;
};

/** The result of checking the chain. */
struct AuditVerification
{
    bool intact = true;
    qint64 checked = 0;     // events hashed by this check
    qint64 head = 0;        // highest seq
    qint64 firstBadSeq = 0; // 0 when intact
    QString reason;         // why firstBadSeq is bad
};

/**
 * One signed checkpoint of the audit trail (table audit_anchors): the event @p seq with
 * chain hash @p hash, signed at @p at by @p signer with the key of @p certificatePem.
 * What is signed is audit::anchorBytes() — the store keeps the row as written and never
 * judges it.
 */
struct AuditAnchor
{
    qint64 seq = 0;
    QString hash;
    QDateTime at; // UTC, whole milliseconds
    QString signer;
    QString algorithm; // "sm2-sm3" or "ed25519"
    QByteArray certificatePem;
    QByteArray signature;
};

} // namespace gd
