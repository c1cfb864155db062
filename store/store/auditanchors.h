// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "domain/auditrecords.h"

namespace gd {

class Database;

/** A case whose status says it was signed or countersigned while the trail has no such event. */
struct MissingCaseEvent
{
    QString subject; // "GZ-2026-0001 v1"
    QString status;  // its status code
    QString action;  // the event it lacks: "case.sign" or "case.countersign"
};

/** The SQL side of the signed checkpoints and of the checks that read the trail with them. */
class AuditAnchors final
{
public:
    /** The actions whose events are anchored when written by this version. */
    static const QStringList kAnchoredActions;

    explicit AuditAnchors(std::shared_ptr<Database> db);

    /** Stores @p anchor; inside the caller's transaction when there is one. */
    Status add(const AuditAnchor &anchor) const;
    /** Every anchor, by seq. */
    Result<QList<AuditAnchor>> all() const;
    /** The anchor with the highest seq, if any. */
    Result<std::optional<AuditAnchor>> newest() const;

    /**
     * Events after @p afterSeq of kAnchoredActions whose detail says "anchored": true but that
     * have no anchor row of their own: their checkpoint was deleted. Seqs, ascending.
     */
    Result<QList<qint64>> markedWithoutAnchor(qint64 afterSeq = 0) const;
    /** Signed, countersigned or filed cases whose sign or countersign event is not in the trail. */
    Result<QList<MissingCaseEvent>> casesWithoutTheirEvents() const;
    /**
     * "TABLE holds N row(s) … but the audit trail has no events: it was emptied" for reviews
     * and for application versions past "received", when the trail is empty; nothing
     * otherwise. Starting a review and every move of a case write an event (importing does
     * not), so such data without any event means the trail was cut.
     */
    Result<QStringList> dataWithoutEvents() const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd
