// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/officerdirectory.h"

namespace gd {

const QStringList &OfficerDirectory::groupNames()
{
    static const QStringList names{QStringLiteral("reviewer"), QStringLiteral("approver"),
                                   QStringLiteral("administrator")};
    return names;
}

} // namespace gd
