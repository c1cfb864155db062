// SPDX-License-Identifier: GPL-3.0-or-later
#include "officer.h"

#include <QSettings>

namespace gd::officer {

QString currentName()
{
    const QString name = QSettings().value(QStringLiteral("Officer/Name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("officer") : user;
}

} // namespace gd::officer
