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
class AuditAnchors
{
public:
    virtual ~AuditAnchors() = default;

    /** The actions whose events are anchored when written by this version. */
    static const QStringList kAnchoredActions;

    /** Stores @p anchor; inside the caller's transaction when there is one. */
    virtual Status add(const AuditAnchor &anchor) const = 0;
    /** Every anchor, by seq. */
    virtual Result<QList<AuditAnchor>> all() const = 0;
    /** The anchor with the highest seq, if any. */
    virtual Result<std::optional<AuditAnchor>> newest() const = 0;

    /**
     * Events after @p afterSeq of kAnchoredActions whose detail says "anchored": true but that
     * have no anchor row of their own: their checkpoint was deleted. Seqs, ascending.
     */
    virtual Result<QList<qint64>> markedWithoutAnchor(qint64 afterSeq = 0) const = 0;
    /** Signed, countersigned or filed cases whose sign or countersign event is not in the trail. */
    virtual Result<QList<MissingCaseEvent>> casesWithoutTheirEvents() const = 0;
    /**
     * "TABLE holds N row(s) … but the audit trail has no events: it was emptied" for reviews
     * and for application versions past "received", when the trail is empty; nothing
     * otherwise. Starting a review and every move of a case write an event (importing does
     * not), so such data without any event means the trail was cut.
     */
    virtual Result<QStringList> dataWithoutEvents() const = 0;
};

} // namespace gd
