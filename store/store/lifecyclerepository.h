// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
};

} // namespace gd::lifecycle
