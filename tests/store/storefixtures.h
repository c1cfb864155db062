// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTimeZone>

#include "domain/applicationjson.h"
#include "domain/application.h"
#include "domain/register.h"

namespace gd::test {

/** A valid application built in code, independent of the parser. */
inline Application makeApplication(const QString &id, int version, const QString &domain,
                                   const QString &scenario)
{
    Application a;
    a.id = id;
    a.version = version;
    a.submittedAt =
        QDateTime(QDate(2026, 3, 1).addDays(version), QTime(9, 30), QTimeZone(8 * 3600));
    a.deadline = QDate(2026, 4, 1);
    a.applicant.name = QStringLiteral("广州低空智联科技有限公司");
    a.applicant.creditCode = QStringLiteral("91440101MA5CXK7Q9R");
    a.applicant.role = QStringLiteral("data_merchant");
    a.applicant.contact = {QStringLiteral("李华"), QStringLiteral("020-8888 1234"), {}};
    a.scenario.name = scenario;
    a.scenario.domain = domain;
    a.scenario.description = QStringLiteral("描述：") + scenario;
    a.authorization.mode = QStringLiteral("scenario");
    a.useClass = QStringLiteral("industry");
    RequestedResource r;
    r.name = QStringLiteral("城市三维地理信息数据");
    r.registrationCode = QStringLiteral("GD-440100-2025-000123");
    r.provider = QStringLiteral("广州市规划和自然资源局");
    r.fields = {QStringLiteral("建筑高度"), QStringLiteral("高程")};
    r.delivery = QStringLiteral("sandbox");
    r.justification = QStringLiteral("航线避障");
    a.resources << r;
    a.security.mlpsLevel = 3;
    a.security.emergencyPlan = true;
    a.periodStart = QDate(2026, 4, 1);
    a.periodEnd = QDate(2028, 3, 31);
    return a;
}

inline QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/** Wraps @p a as the store receives it; @p attachment adds one attachment with that content. */
inline ParsedApplication parsed(Application a, const QByteArray &attachment = {})
{
    ParsedApplication p;
    if (!attachment.isNull()) {
        const QString hash = sha256Hex(attachment);
        a.attachments << Attachment{
            QStringLiteral("数据开发利用方案"), QStringLiteral("development_plan"),
            QStringLiteral("attachments/plan.txt"), hash, attachment.size()};
        p.contents << AttachmentContent{hash, attachment};
    }
    p.application = a;
    p.sourceJson = QJsonDocument(applicationToJson(a)).toJson();
    p.contentSha256 = sha256Hex(p.sourceJson);
    return p;
}

inline RegisteredResource registered(const QString &code, RegistrationStatus status,
                                     const QDate &updated = QDate(2026, 1, 1))
{
    return RegisteredResource{code,
                              QStringLiteral("资源 ") + code,
                              QStringLiteral("广州市规划和自然资源局"),
                              status,
                              QDate(2025, 6, 3),
                              updated,
                              {},
                              {}};
}

} // namespace gd::test
