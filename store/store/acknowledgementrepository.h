// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMap>
#include <QString>

#include "core/result.h"
#include "domain/monitoringrecords.h"

namespace gd {
class Database;
}

namespace gd::monitoring {

/**
 * Acknowledgements of alerts (table alert_acks), by alert key. Only storage: which keys are
 * valid, the note rule and the audit event belong to AlertAcknowledgements
 * (models/monitoring/alerts.h), which calls put() inside its own transaction.
 */
class AcknowledgementRepository
{
public:
    virtual ~AcknowledgementRepository() = default;
    /** Inserts @p ack, replacing an earlier acknowledgement of the same key. */
    virtual Status put(const AlertAcknowledgement &ack) = 0;
    /** Every acknowledgement by key. */
    virtual Result<QMap<QString, AlertAcknowledgement>> all() const = 0;
};

} // namespace gd::monitoring
