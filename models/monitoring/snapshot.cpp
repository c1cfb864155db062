// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include "domain/applicationjson.h"
#include "store/database.h"
#include "store/queryerror.h"
#include "domain/subject.h"

namespace gd::monitoring {

QList<DecisionItem> decisionItems()
{
    return {{QStringLiteral("collective-decision"),
             QCoreApplication::translate("Monitoring", "minutes of the collective decision")},
            {QStringLiteral("legality-review"),
             QCoreApplication::translate("Monitoring", "legality review")},
            {QStringLiteral("risk-assessment"),
             QCoreApplication::translate("Monitoring", "risk assessment")},
            {QStringLiteral("recusal"), QCoreApplication::translate("Monitoring", "recusal")}};
}

QStringList AppFacts::missingDecisionItems() const
{
    QStringList missing;
    for (const DecisionItem &item : decisionItems()) {
        if (answers.value(item.id, Verdict::None) != Verdict::Pass)
            missing << item.id;
    }
    return missing;
}

Result<Snapshot> Snapshot::load(const std::shared_ptr<Database> &db)
{
    Snapshot s;
    QSqlQuery q(db->connection());
    q.setForwardOnly(true);

    // When each version was decided: the approver's agreement in the audit trail.
    QHash<QString, QDate> decided;
    if (!q.exec(QStringLiteral("SELECT subject, at FROM audit_events WHERE action = 'case.agree' "
                               "ORDER BY seq")))
        return queryError(q);
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        decided.insert(q.value(0).toString(), at.toLocalTime().date());
    }

    // One pass over the highest versions with the files as received (no attachment sizes
    // needed here, so not ApplicationStore::load, which asks two more queries per version).
    if (!q.exec(QStringLiteral("SELECT v.app_id, v.version, v.status, v.decision, v.submitted_at, "
                               "f.source_json FROM application_versions v JOIN application_files "
                               "f ON f.version_pk = v.pk WHERE v.is_latest = 1 ORDER BY v.app_id")))
        return queryError(q);
    while (q.next()) {
        AppFacts facts;
        facts.id = q.value(0).toString();
        facts.version = q.value(1).toInt();
        facts.status = caseStatusFromCode(q.value(2).toString()).value_or(CaseStatus::Received);
        facts.decision = decisionFromCode(q.value(3).toString()).value_or(Decision::None);
        facts.submittedOn =
            QDateTime::fromString(q.value(4).toString(), Qt::ISODate).toLocalTime().date();
        facts.decidedOn = decided.value(subjectOf(facts.id, facts.version));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(5).toByteArray(), &error);
        if (error.error != QJsonParseError::NoError)
            return Error{subjectOf(facts.id, facts.version),
                         QStringLiteral("stored file is damaged: %1").arg(error.errorString())};
        facts.application = applicationFromJson(doc.object());
        s.appIndex.insert(facts.id, int(s.apps.size()));
        s.apps.append(std::move(facts));
    }

    if (!q.exec(QStringLiteral("SELECT v.app_id, a.item_id, a.verdict FROM review_answers a "
                               "JOIN reviews r ON r.pk = a.review_pk "
                               "JOIN application_versions v ON v.pk = r.version_pk "
                               "WHERE v.is_latest = 1")))
        return queryError(q);
    while (q.next()) {
        const auto it = s.appIndex.constFind(q.value(0).toString());
        if (it == s.appIndex.constEnd())
            continue;
        AppFacts &facts = s.apps[it.value()];
        facts.reviewed = true;
        facts.answers.insert(q.value(1).toString(),
                             verdictFromCode(q.value(2).toString()).value_or(Verdict::None));
    }

    if (!q.exec(QStringLiteral("SELECT r.registration_code, MIN(v.submitted_at) FROM "
                               "requested_resources r JOIN application_versions v ON "
                               "v.pk = r.version_pk WHERE r.registration_code <> '' "
                               "GROUP BY r.registration_code")))
        return queryError(q);
    while (q.next())
        s.firstRequested.insert(
            q.value(0).toString(),
            QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toLocalTime().date());

    if (!q.exec(QStringLiteral("SELECT code, name, provider, status, registered_at, updated_at "
                               "FROM register_resources")))
        return queryError(q);
    while (q.next()) {
        RegisteredResource r;
        r.code = q.value(0).toString();
        r.name = q.value(1).toString();
        r.provider = q.value(2).toString();
        r.status =
            registrationStatusFromCode(q.value(3).toString()).value_or(RegistrationStatus::Active);
        r.registeredAt = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.updatedAt = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        s.registry.insert(r.code, r);
    }

    FeedStore feeds(db);
    auto calls = feeds.calls();
    if (!calls)
        return calls.error();
    s.calls = std::move(calls).value();
    auto incidents = feeds.incidents();
    if (!incidents)
        return incidents.error();
    s.incidents = std::move(incidents).value();
    auto filings = feeds.filings();
    if (!filings)
        return filings.error();
    s.filings = std::move(filings).value();
    return s;
}

const AppFacts *Snapshot::app(const QString &id) const
{
    const auto it = appIndex.constFind(id);
    return it == appIndex.constEnd() ? nullptr : &apps.at(it.value());
}

bool Snapshot::matches(const AppFacts &facts, const MonitoringFilter &filter) const
{
    const Application &a = facts.application;
    return (filter.implementingBody.isEmpty() ||
            a.authorization.implementingBody == filter.implementingBody) &&
           (filter.domain.isEmpty() || a.scenario.domain == filter.domain) &&
           (filter.mode.isEmpty() || a.authorization.mode == filter.mode) &&
           (filter.operatorCode.isEmpty() || a.applicant.creditCode == filter.operatorCode);
}

bool Snapshot::matchesRecord(const QString &applicationId, const QString &operatorCode,
                             const MonitoringFilter &filter) const
{
    if (filter.isEmpty())
        return true;
    if (const AppFacts *facts = applicationId.isEmpty() ? nullptr : app(applicationId)) {
        if (!filter.operatorCode.isEmpty() && !operatorCode.isEmpty() &&
            operatorCode != filter.operatorCode)
            return false;
        MonitoringFilter rest = filter;
        if (!operatorCode.isEmpty())
            rest.operatorCode.clear(); // the record's operator decides, checked above
        return matches(*facts, rest);
    }
    if (!filter.implementingBody.isEmpty() || !filter.domain.isEmpty() || !filter.mode.isEmpty())
        return false;
    return operatorCode == filter.operatorCode;
}

bool Snapshot::matchesFiling(const FilingRecord &filing, const MonitoringFilter &filter) const
{
    if (filter.isEmpty())
        return true;
    if (!filing.applicationId.isEmpty() && app(filing.applicationId))
        return matchesRecord(
            filing.applicationId,
            filing.partyKind == QLatin1String("operator") ? filing.partyId : QString(), filter);
    if (!filter.domain.isEmpty() || !filter.mode.isEmpty())
        return false;
    if (filing.partyKind == QLatin1String("operator"))
        return filter.implementingBody.isEmpty() && filing.partyId == filter.operatorCode;
    return filter.operatorCode.isEmpty() && filing.partyId == filter.implementingBody;
}

RegistrationStatus statusOf(const Snapshot &snapshot, const QString &code)
{
    if (code.isEmpty())
        return RegistrationStatus::Unregistered;
    const auto it = snapshot.registry.constFind(code);
    return it == snapshot.registry.constEnd() ? RegistrationStatus::Unregistered
                                              : it.value().status;
}

const FeeProduct *productIn(const FeeRules &rule, const QString &product)
{
    return rule.product(product);
}

const FeeRules *ruleFor(const QList<FeeRules> &rules, const QString &product, const QDate &day)
{
    const FeeRules *effective = nullptr;
    const FeeRules *newest = nullptr;
    for (const FeeRules &rule : rules) {
        if (!rule.product(product))
            continue;
        if (!newest || rule.effectiveFrom > newest->effectiveFrom)
            newest = &rule;
        const bool inForce =
            rule.effectiveFrom <= day && (!rule.effectiveTo.isValid() || day <= rule.effectiveTo);
        if (inForce && (!effective || rule.effectiveFrom > effective->effectiveFrom))
            effective = &rule;
    }
    return effective ? effective : newest;
}

int requiredMlpsLevel(const Application &application)
{
    for (const RequestedResource &r : application.resources) {
        if (r.grade == QLatin1String("important") || r.grade == QLatin1String("core"))
            return 3;
    }
    return 2;
}

bool controlsValid(const Application &application)
{
    return application.security.mlpsLevel >= requiredMlpsLevel(application) &&
           application.security.cryptoAssessment.value_or(false) &&
           application.security.emergencyPlan;
}

} // namespace gd::monitoring
