// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gd::officergroups {

/** What an officer's group role ("reviewer", "approver", "administrator") is called. */
inline QString label(const QString &group)
{
    if (group == QLatin1String("reviewer"))
        return QCoreApplication::translate("OfficerGroups", "reviewer");
    if (group == QLatin1String("approver"))
        return QCoreApplication::translate("OfficerGroups", "approver");
    if (group == QLatin1String("administrator"))
        return QCoreApplication::translate("OfficerGroups", "administrator");
    return group;
}

/** @p groups as one line, in the UI language: "reviewer, approver". */
inline QString labels(const QStringList &groups)
{
    QStringList names;
    for (const QString &group : groups)
        names << label(group);
    return names.join(QCoreApplication::translate("OfficerGroups", ", "));
}

} // namespace gd::officergroups
