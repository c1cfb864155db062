// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QStringList>

#include "audit/trailanchor.h"
#include "core/result.h"
#include "domain/auditrecords.h"

namespace gd {

class Desk;

/**
 * The desk's audit trail as the ui and the programs see it (issue 13 item 1): its status on
 * opening, the full verification with its signed checkpoints, and the packages' audit heads.
 * The checks themselves are audit/trailanchor.h; this is where the desk reaches them.
 */
class AuditService final
{
public:
    explicit AuditService(std::shared_ptr<Desk> desk);

    /** Every check from seq 1 (`audit verify`, Tools → Verify Audit Trail). Never writes. */
    Result<audit::TrailReport> verify() const;
    /** The check on opening: the chain since the verified checkpoint and the newest one. */
    Result<audit::TrailReport> checkSinceCheckpoint() const;
    /** For each package file: whether its audit head is in this desk's chain. */
    Result<QList<audit::PackageHead>> checkPackageHeads(const QStringList &files) const;
    /** The events about one subject ("GZ-2026-0001 v2"), oldest first: a case's history. */
    Result<QList<AuditEvent>> events(const QString &subject) const;

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
