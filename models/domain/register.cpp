// SPDX-License-Identifier: GPL-3.0-or-later
#include "register.h"

#include <QCoreApplication>

namespace gd {

QString registrationStatusCode(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Active:
        return QStringLiteral("active");
    case RegistrationStatus::Changed:
        return QStringLiteral("changed");
    case RegistrationStatus::Corrected:
        return QStringLiteral("corrected");
    case RegistrationStatus::Cancelled:
        return QStringLiteral("cancelled");
    case RegistrationStatus::Unregistered:
        return QStringLiteral("unregistered");
    }
    return {};
}

std::optional<RegistrationStatus> registrationStatusFromCode(const QString &code)
{
    for (auto s :
         {RegistrationStatus::Active, RegistrationStatus::Changed, RegistrationStatus::Corrected,
          RegistrationStatus::Cancelled, RegistrationStatus::Unregistered}) {
        if (registrationStatusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString registrationStatusLabel(RegistrationStatus status)
{
    switch (status) {
    case RegistrationStatus::Active:
        return QCoreApplication::translate("Register", "Registered");
    case RegistrationStatus::Changed:
        return QCoreApplication::translate("Register", "Registered (changed)");
    case RegistrationStatus::Corrected:
        return QCoreApplication::translate("Register", "Registered (corrected)");
    case RegistrationStatus::Cancelled:
        return QCoreApplication::translate("Register", "Cancelled");
    case RegistrationStatus::Unregistered:
        return QCoreApplication::translate("Register", "Unregistered");
    }
    return {};
}

bool registrationStatusIsProblem(RegistrationStatus status)
{
    return status == RegistrationStatus::Cancelled || status == RegistrationStatus::Unregistered;
}

} // namespace gd
