// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/lifecycle.h"

namespace gd {
class Database;
}

namespace gd::lifecycle {

/**
 * The acts recorded after the review (table lifecycle_acts), append-only. Only storage:
 * whether an act may follow, and its audit event, belong to LifecycleService
 * (models/services/lifecycleservice.h), which calls append() inside its own transaction.
 */
class LifecycleRepository
{
public:
    virtual ~LifecycleRepository() = default;
    /** Appends @p act (its id is ignored) and returns the id it was given. */
    virtual Result<qint64> append(const StoredAct &act) = 0;
    /** The acts of @p appId / @p version in the order they were recorded. */
    virtual Result<QList<StoredAct>> forCase(const QString &appId, int version) const = 0;
    /** Every stored act, by application id, version and then the order they were recorded,
     *  each given to @p take as it is read (the monitoring reads every life at once). */
    virtual Status forEachAct(const std::function<void(StoredAct &&)> &take) const = 0;
};

} // namespace gd::lifecycle
