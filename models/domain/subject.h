// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd {

/**
 * One version of one application as the audit trail, errors and logs name it:
 * "GZ-2026-0001 v2" (the audit event's subject, and the place an error about a case names).
 */
struct Subject
{
    QString applicationId;
    int version = 0;

    QString toString() const { return QStringLiteral("%1 v%2").arg(applicationId).arg(version); }
    bool operator==(const Subject &other) const = default;
};

/** Subject{applicationId, version}.toString(): "GZ-2026-0001 v2". */
inline QString subjectOf(const QString &applicationId, int version)
{
    return Subject{applicationId, version}.toString();
}

} // namespace gd
