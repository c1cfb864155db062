// SPDX-License-Identifier: GPL-3.0-or-later
#include "appidentity.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRANTDESK_VERSION));
}

} // namespace gd
