// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/monitoringfacts.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include "domain/applicationjson.h"
#include "store/sql/queryerror.h"

namespace gd::sql {
namespace {

/** Never a null QString: Qt SQL binds a null string as NULL. */
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

} // namespace

QString registrationCodes(const QStringList &codes)
{
    QString joined;
    for (const QString &code : codes)
        joined += code + QChar(0x1f);
    return joined;
}

QStringList splitRegistrationCodes(const QString &joined)
{
    QStringList codes = joined.split(QChar(0x1f));
    codes.removeLast(); // after the last separator; the only element of ""
    return codes;
}

QVariantList factValues(const Application &a)
{
    const auto &crypto = a.security.cryptoAssessment;
    QStringList codes;
    for (const RequestedResource &r : a.resources)
        codes << r.registrationCode;
    return {text(a.authorization.implementingBody),
            text(a.operatorCreditCode()),
            text(a.operatorName()),
            a.security.mlpsLevel,
            crypto ? QVariant(*crypto ? 1 : 0) : QVariant(QMetaType(QMetaType::Int)),
            a.security.emergencyPlan ? 1 : 0,
            text(registrationCodes(codes))};
}

Status fillMonitoringFacts(const QSqlDatabase &db)
{
    // Page by key so that memory stays bounded whatever the number of versions.
    constexpr int kPage = 2000;
    QSqlQuery read(db);
    QSqlQuery write(db);
    if (!write.prepare(QStringLiteral("UPDATE application_versions SET implementing_body = ?, "
                                      "operator_code = ?, operator_name = ?, mlps_level = ?, "
                                      "crypto_assessment = ?, emergency_plan = ?, "
                                      "registration_codes = ? WHERE pk = ?")))
        return queryError(write, QStringLiteral("migration to v10"));
    for (qint64 after = 0;;) {
        if (!run(read,
                 QStringLiteral("SELECT v.pk, f.source_json FROM application_versions v JOIN "
                                "application_files f ON f.version_pk = v.pk WHERE v.pk > ? "
                                "ORDER BY v.pk LIMIT %1")
                     .arg(kPage),
                 {after}))
            return queryError(read, QStringLiteral("migration to v10"));
        // Read the page first: a server connection runs one statement at a time, and a
        // write would discard the rows not yet read.
        QList<QPair<qint64, QByteArray>> page;
        while (read.next())
            page.append({read.value(0).toLongLong(), read.value(1).toByteArray()});
        read.finish();
        for (const auto &[pk, file] : std::as_const(page)) {
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(file, &error);
            if (error.error != QJsonParseError::NoError)
                continue; // stays unknown: Snapshot::load reports the damaged file
            for (const QVariant &v : factValues(applicationFromJson(doc.object())))
                write.addBindValue(v);
            write.addBindValue(pk);
            if (!write.exec())
                return queryError(write, QStringLiteral("migration to v10"));
        }
        if (!page.isEmpty())
            after = page.last().first;
        const qsizetype seen = page.size();
        if (seen < kPage)
            return success();
    }
}

QStringList version11Indexes()
{
    return {
        QStringLiteral("CREATE INDEX rr_code_submitted ON requested_resources "
                       "(registration_code, submitted_at)"),
        QStringLiteral("CREATE INDEX av_decided ON application_versions "
                       "(decision, is_latest, app_id, version) "
                       "WHERE decision IN ('approved', 'conditionally_approved', 'rejected')"),
        QStringLiteral("CREATE INDEX av_unknown_facts ON application_versions (app_id) "
                       "WHERE mlps_level IS NULL"),
        QStringLiteral("CREATE INDEX av_latest_submissions ON application_versions "
                       "(is_latest, submitted_at, app_id, domain, mode, implementing_body, "
                       "operator_code, mlps_level, registration_codes)"),
        QStringLiteral("CREATE INDEX av_latest_body ON application_versions "
                       "(is_latest, implementing_body)"),
        QStringLiteral("CREATE INDEX av_latest_operator ON application_versions "
                       "(is_latest, operator_code, operator_name)"),
    };
}

} // namespace gd::sql
