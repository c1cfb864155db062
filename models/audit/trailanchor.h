// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "domain/auditrecords.h"

namespace gd {
class Database;
}
namespace gd::package {
struct Signer;
}

/**
 * The anchored audit trail (issue 13 item 1). The SM3 chain of AuditTrail shows that events
 * were not changed one by one, but whoever owns the file can rewrite and rehash it all, or cut
 * its tail. So signing, countersigning and acknowledging an alert — acts done with the
 * officer's key — also write a signed checkpoint (audit_anchors): the event's seq and chain
 * hash, signed with that key over anchorBytes(). The events up to the newest valid checkpoint
 * cannot be rewritten without the signers' keys; the events after it (the unanchored tail)
 * can be cut by whoever owns the file, and are reported as unanchored.
 */
namespace gd::audit {

/** What verifying found. broken() when any problem was found; the tail is not a problem. */
struct TrailReport
{
    AuditVerification chain;
    QStringList problems;   // each names the seq, checkpoint or case concerned
    int anchors = 0;        // signed checkpoints whose signature and hash check
    qint64 anchoredSeq = 0; // the newest of them (0: none)
    QStringList signers;    // who signed them, each once

    bool broken() const { return !problems.isEmpty(); }
    /** Events after the newest valid checkpoint. */
    qint64 unanchored() const { return std::max<qint64>(0, chain.head - anchoredSeq); }
};

/** Marks an event's @p detail as anchored: verification then requires its own checkpoint. */
void markAnchored(QJsonObject &detail);

/** The bytes a checkpoint's signature covers: canonical JSON of its fields. */
QByteArray anchorBytes(const AuditAnchor &anchor, const QString &certSha256);

/**
 * Every check, from seq 1 (`audit verify`, `db check`): the chain; that a database holding
 * applications or reviews holds events; every checkpoint's signature (with the certificate it
 * carries, which must name the signer) and that its event is in the chain with the signed
 * hash; that every event marked anchored has its checkpoint (a deleted checkpoint); and that
 * every signed or countersigned case has its case.sign / case.countersign event. Never writes.
 */
Result<TrailReport> verifyTrail(const std::shared_ptr<Database> &db);

/**
 * The check on opening a database: the chain since the verified checkpoint (moved on when
 * the connection can write), the newest signed checkpoint, the marked events after it, and
 * data without events — a few queries and one signature, so opening stays fast.
 */
Result<TrailReport> checkSinceCheckpoint(const std::shared_ptr<Database> &db);

/** "broken at seq N: why" and the like: the first problem of @p report, for a status line. */
QString firstProblem(const TrailReport &report);

/**
 * Refuses to add a signed act to a broken trail: checkSinceCheckpoint(), and a translated
 * error naming the problem when it is broken (or when the check could not run).
 */
Status refuseBrokenTrail(const std::shared_ptr<Database> &db);

/**
 * Signs the trail's newest event with @p signer and stores the checkpoint, inside the
 * caller's transaction (so the event and its checkpoint are committed together).
 */
Status anchorHead(const std::shared_ptr<Database> &db, const package::Signer &signer);

/** What `audit verify --package` found for one package file. */
struct PackageHead
{
    QString file;
    qint64 seq = 0;
    QString hash;
    QString problem; // empty when the package's head is in the chain
};

/**
 * For each package file: its review.json's auditHead {seq, hash} must be an event of this
 * database's chain with that hash, and the package's manifest must be recorded by a
 * case.sign or package.export event after it.
 */
Result<QList<PackageHead>> checkPackageHeads(const std::shared_ptr<Database> &db,
                                             const QStringList &files);

} // namespace gd::audit
