// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "domain/applicationjson.h"
#include "domain/securityrule.h"
#include "domain/subject.h"
#include "review/checklisttemplate.h"
#include "store/feedrepository.h"
#include "store/snapshotrepository.h"
#include "store/applicationstore.h"
#include "store/repositories.h"

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
        // Once the review is countersigned, the collective decision is the office's own act,
        // recorded in the authorization's life (its stage says when it is still awaited).
        if (life && item.id == QLatin1String("collective-decision"))
            continue;
        // An item the checklist does not apply to the case's mode (一事一议 only for 分领域
        // and 依场景: a whole authorization is decided on its plan) is not missing.
        if (const ChecklistItem *checklistItem = ChecklistTemplate::builtin().item(item.id);
            checklistItem && !checklistItem->appliesTo(application.authorization.mode))
            continue;
        if (answers.value(item.id, Verdict::None) != Verdict::Pass)
            missing << item.id;
    }
    return missing;
}

Status Snapshot::loadLives(const std::shared_ptr<Database> &db)
{
    // Every countersigned version that authorizes, all versions: a renewal that has arrived
    // (a later version, not yet countersigned) does not end the authorization it renews.
    InboxQuery query;
    query.statuses = {caseStatusCode(CaseStatus::Countersigned), caseStatusCode(CaseStatus::Filed)};
    query.allVersions = true;
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    const auto applications = makeApplicationStore(db);
    QHash<QString, int> authorizing; // id -> its highest countersigned version that approved
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        auto rows = applications->rows(query, offset, kPage);
        if (!rows)
            return rows.error();
        for (const InboxRow &row : std::as_const(rows.value())) {
            if ((row.decision == Decision::Approved ||
                 row.decision == Decision::ConditionallyApproved) &&
                row.version > authorizing.value(row.id))
                authorizing.insert(row.id, row.version);
        }
        if (rows->size() < kPage)
            break;
    }
    for (auto it = authorizing.cbegin(); it != authorizing.cend(); ++it) {
        const auto index = appIndex.constFind(it.key());
        if (index == appIndex.constEnd())
            continue;
        auto life = lifecycle::readRecordedLife(db, it.key(), it.value());
        if (!life)
            return life.error();
        AppFacts &facts = apps[index.value()];
        facts.life = std::move(life).value();
        facts.lifeVersion = it.value();
    }
    return success();
}

Result<Snapshot> Snapshot::load(const std::shared_ptr<Database> &db)
{
    auto read = makeSnapshotRepository(db)->read();
    if (!read)
        return read.error();
    const SnapshotRows &rows = *read;
    Snapshot s;
    const auto localDay = [](const QDateTime &at) { return at.toLocalTime().date(); };

    for (const SnapshotRows::Version &row : rows.versions) {
        AppFacts facts;
        facts.id = row.appId;
        facts.version = row.version;
        facts.status = caseStatusFromCode(row.status).value_or(CaseStatus::Received);
        facts.decision = decisionFromCode(row.decision).value_or(Decision::None);
        facts.submittedOn = localDay(row.submittedAt);
        // When the version was decided: the approver's agreement in the audit trail.
        const QString subject = subjectOf(facts.id, facts.version);
        if (const auto it = rows.agreedAt.constFind(subject); it != rows.agreedAt.constEnd())
            facts.decidedOn = localDay(it.value());
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(row.sourceJson, &error);
        if (error.error != QJsonParseError::NoError)
            return Error{subject,
                         QStringLiteral("stored file is damaged: %1").arg(error.errorString())};
        facts.application = applicationFromJson(doc.object());
        s.appIndex.insert(facts.id, int(s.apps.size()));
        s.apps.append(std::move(facts));
    }

    for (const SnapshotRows::Answer &answer : rows.answers) {
        const auto it = s.appIndex.constFind(answer.appId);
        if (it == s.appIndex.constEnd())
            continue;
        AppFacts &facts = s.apps[it.value()];
        facts.reviewed = true;
        facts.answers.insert(answer.itemId,
                             verdictFromCode(answer.verdict).value_or(Verdict::None));
    }

    if (Status lives = s.loadLives(db); !lives)
        return lives.error();

    for (auto it = rows.firstRequested.constBegin(); it != rows.firstRequested.constEnd(); ++it)
        s.firstRequested.insert(it.key(), localDay(it.value()));
    for (const RegisteredResource &r : rows.resources)
        s.registry.insert(r.code, r);

    const auto feeds = makeFeedRepository(db);
    auto calls = feeds->calls();
    if (!calls)
        return calls.error();
    s.calls = std::move(calls).value();
    auto incidents = feeds->incidents();
    if (!incidents)
        return incidents.error();
    s.incidents = std::move(incidents).value();
    auto filings = feeds->filings();
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
           (filter.operatorCode.isEmpty() || a.operatorCreditCode() == filter.operatorCode);
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
    return security::requirement(application).mlpsLevel;
}

bool controlsValid(const Application &application)
{
    return security::mlpsLevelMet(application) && security::cryptoAssessmentMet(application) &&
           application.security.emergencyPlan;
}

} // namespace gd::monitoring
