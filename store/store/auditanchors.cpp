// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditanchors.h"

namespace gd {

const QStringList AuditAnchors::kAnchoredActions = {
    QStringLiteral("case.sign"), QStringLiteral("case.countersign"),
    QStringLiteral("package.export"), QStringLiteral("alert.acknowledge")};

} // namespace gd
