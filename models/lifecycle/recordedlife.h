// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/lifecycle.h"

namespace gd {
class Database;
}

namespace gd::lifecycle {

/**
 * What the database holds of one authorization's life: the day its review was countersigned
 * and the acts recorded since, decoded strictly. LifecycleService (recording, the detail pane,
 * `grantdesk-cli authorizations`) and the monitoring snapshot (alerts) read it the same way.
 */
struct RecordedLife
{
    QDate reviewed; // the countersignature's day, local time
    QList<StoredAct> stored;
    QList<Act> acts; // stored, decoded

    /** The stage on @p today under the built-in rules and holiday calendar. */
    LifecycleState stateOn(const QString &mode, const QDate &today) const;
    /** The suspension, revocation or termination in effect on @p day (a suspension ends
     *  with a resumption), if any. */
    std::optional<Interruption> interruptionOn(const QDate &day) const;
    /** The agreement recorded, if any: the operator and the term. */
    std::optional<Agreement> agreement() const;
};

/**
 * The recorded life of @p id / @p version; an error when the audit trail has no
 * countersignature for it or a stored act does not decode (naming the act's row).
 */
Result<RecordedLife> readRecordedLife(const std::shared_ptr<Database> &db, const QString &id,
                                      int version);

/**
 * The recorded lives of many authorizations at once (application id -> version), each as
 * readRecordedLife() reads it, in two reads whatever their number (every countersignature,
 * every act) instead of two per authorization; an error as there for the first that fails.
 */
Result<QHash<QString, RecordedLife>> readRecordedLives(const std::shared_ptr<Database> &db,
                                                       const QHash<QString, int> &versions);

} // namespace gd::lifecycle
