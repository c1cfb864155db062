// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include "domain/application.h"

namespace gd {

/**
 * Where a requested resource stands in the resource register (资源登记).
 * Unregistered covers both "no code given" and "code not in the register".
 */
enum class RegistrationStatus
{
    Active,
    Changed,
    Corrected,
    Cancelled,
    Unregistered
};

QString registrationStatusCode(RegistrationStatus status);
std::optional<RegistrationStatus> registrationStatusFromCode(const QString &code);
/** Translated label, e.g. 已登记 / 已变更 / 已更正 / 已注销 / 未登记. */
QString registrationStatusLabel(RegistrationStatus status);
/** True for statuses a reviewer must look at (cancelled, unregistered). */
bool registrationStatusIsProblem(RegistrationStatus status);

/** One entry of the local copy of the resource register. */
struct RegisteredResource
{
    QString code;
    QString name;
    QString provider;
    RegistrationStatus status = RegistrationStatus::Active;
    QDate registeredAt;
    QDate updatedAt;
    // The catalogue's 授权运营类型 and 运营审核方式 (briefing L201), as the catalogue words
    // them; both empty when the export does not carry them (files before the fields).
    QString operationType;
    QString operationReview;
};

/** A register file (grantdesk.register/1) after validation. */
struct RegisterFile
{
    QString source;
    QDateTime exportedAt;
    QList<RegisteredResource> resources;
};

/** One recorded status of a register entry. */
struct RegisterHistoryEntry
{
    RegistrationStatus status = RegistrationStatus::Active;
    QDate updatedAt;
    QString source;
    QDateTime importedAt;
};

/** A requested resource with its registration status looked up in the register. */
struct ResourceStatus
{
    RequestedResource resource;
    RegistrationStatus status = RegistrationStatus::Unregistered;
    QString registerName;    // name in the register, when registered
    QString operationType;   // 授权运营类型 in the register, when it records one
    QString operationReview; // 运营审核方式 in the register, when it records one
};

} // namespace gd
