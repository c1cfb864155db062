// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrules.h"

#include <algorithm>

#include <QCoreApplication>
#include <QLocale>

#include "domain/creditcode.h"
#include "domain/securityrule.h"
#include "domain/vocabulary.h"
#include "pricing/pricinginputs.h"
#include "review/approvedplans.h"
#include "review/checklisttemplate.h"
#include "store/reviewstore.h"

namespace gd::reviewrules {
namespace {

const QString kFormalConfirmed = QStringLiteral("formal.confirmed");
const QString kSecurityConfirmed = QStringLiteral("security.confirmed");

/** The attachment kinds every application must carry (the formal check asks for them). */
const QStringList &requiredAttachmentKinds()
{
    static const QStringList kinds = {QStringLiteral("development_plan"),
                                      QStringLiteral("security_pledge"),
                                      QStringLiteral("authenticity_statement")};
    return kinds;
}

QList<const Attachment *> attachmentsOfKind(const Application &application, const QString &kind)
{
    QList<const Attachment *> found;
    for (const Attachment &a : application.attachments) {
        if (a.kind == kind)
            found << &a;
    }
    return found;
}

QString kindLabel(const QString &kind)
{
    return vocabulary::label("attachmentKind", kind);
}

QString joined(const QStringList &parts)
{
    // 、 is the Chinese enumeration comma; English lists read "a, b".
    return parts.join(QCoreApplication::translate("ReviewRules", ", "));
}

} // namespace

int termMonths(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    const QDate after = end.addDays(1);
    int months = (after.year() - start.year()) * 12 + (after.month() - start.month());
    if (start.addMonths(months) < after)
        ++months;
    return months;
}

namespace {

ChecklistAnswer suggestion(Verdict verdict, const QString &reason, const QStringList &evidence = {})
{
    ChecklistAnswer answer;
    answer.verdict = verdict;
    answer.suggested = true;
    answer.suggestionReason = reason;
    answer.evidence = evidence;
    return answer;
}

bool confirmed(const ReviewState &state, const QString &key)
{
    return state.notes.value(key) == QLatin1String("1");
}

/** The state of a step that has findings and a "confirmed" note (formal check, security). */
StepState confirmableState(const QStringList &findings, const ReviewState &state,
                           const QString &confirmKey)
{
    if (confirmed(state, confirmKey))
        return StepState::Done;
    return findings.isEmpty() ? StepState::Open : StepState::Attention;
}

} // namespace

bool needsRationale(const ChecklistAnswer &answer)
{
    return answer.verdict != Verdict::None;
}

bool rationaleMissing(const ChecklistAnswer &answer)
{
    return needsRationale(answer) && answer.rationale.trimmed().isEmpty() &&
           !answer.confirmedSuggestion();
}

QString reasonText(const ChecklistAnswer &answer)
{
    if (!answer.confirmedSuggestion())
        return answer.rationale;
    const QString own = answer.rationale.trimmed();
    return own.isEmpty() ? answer.suggestionReason
                         : answer.suggestionReason + QLatin1Char('\n') + answer.rationale;
}

QList<MissingItem> missingForSubmission(const ReviewState &state,
                                        const ChecklistTemplate &checklist)
{
    QList<MissingItem> missing;
    for (const ChecklistItem &item : checklist.items) {
        const ChecklistAnswer answer = state.answers.value(item.id);
        if (answer.verdict == Verdict::None) {
            if (item.mandatory)
                missing << MissingItem{
                    ReviewStep::Checklist, item.id,
                    QCoreApplication::translate("ReviewRules", "Item %1: no verdict")
                        .arg(item.number)};
            continue;
        }
        // An unconfirmed suggestion is GrantDesk's verdict, not the officer's.
        // Confirming it gives it GrantDesk's reason, so only the confirmation is missing.
        if (answer.suggested) {
            missing << MissingItem{ReviewStep::Checklist, item.id,
                                   QCoreApplication::translate(
                                       "ReviewRules", "Item %1: the suggestion is not confirmed")
                                       .arg(item.number)};
            continue;
        }
        if (rationaleMissing(answer))
            missing << MissingItem{ReviewStep::Checklist, item.id,
                                   QCoreApplication::translate(
                                       "ReviewRules", "Item %1: a rationale is required for %2")
                                       .arg(item.number)
                                       .arg(verdictLabel(answer.verdict))};
    }

    const auto hasText = [](const QStringList &lines) {
        return std::any_of(lines.cbegin(), lines.cend(),
                           [](const QString &line) { return !line.trimmed().isEmpty(); });
    };
    const ProposedDecision &proposal = state.proposal;
    switch (proposal.decision) {
    case Decision::None:
        missing << MissingItem{ReviewStep::Decision, QStringLiteral("decision"),
                               QCoreApplication::translate("ReviewRules", "No proposed decision")};
        break;
    case Decision::ConditionallyApproved:
        if (!hasText(proposal.conditions))
            missing << MissingItem{
                ReviewStep::Decision, QStringLiteral("conditions"),
                QCoreApplication::translate("ReviewRules",
                                            "Conditions are required for a conditional approval")};
        break;
    case Decision::Returned:
    case Decision::Rejected:
        if (!hasText(proposal.reasons))
            missing << MissingItem{ReviewStep::Decision, QStringLiteral("reasons"),
                                   QCoreApplication::translate(
                                       "ReviewRules", "Reasons are required to return or reject")};
        break;
    case Decision::Approved:
        break;
    }
    if (proposal.opinion.trimmed().isEmpty())
        missing << MissingItem{
            ReviewStep::Decision, QStringLiteral("opinion"),
            QCoreApplication::translate("ReviewRules", "The review opinion is empty")};
    return missing;
}

QList<MissingItem> missingItems(const ReviewState &state, const ChecklistTemplate &checklist,
                                const Application &application)
{
    // lupdate files the tr() calls below under the namespace's context; the lambda must look
    // them up there, or the officer reads them in English.
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("gd::reviewrules", text);
    };
    QList<MissingItem> missing;
    if (!confirmed(state, kFormalConfirmed))
        missing << MissingItem{ReviewStep::FormalCheck, kFormalConfirmed,
                               tr("The formal check is not confirmed")};
    for (int i = 0; i < application.resources.size(); ++i) {
        const QString key = QStringLiteral("resource.%1.necessity").arg(i);
        if (state.notes.value(key).trimmed().isEmpty())
            missing << MissingItem{ReviewStep::Resources, key,
                                   tr("Resource %1 (%2): necessity not judged")
                                       .arg(i + 1)
                                       .arg(application.resources.at(i).name)};
    }
    QList<MissingItem> rest = missingForSubmission(state, checklist);
    const auto decisionStart = std::find_if(rest.begin(), rest.end(), [](const MissingItem &m) {
        return m.step == ReviewStep::Decision;
    });
    missing.append(QList<MissingItem>(rest.begin(), decisionStart));
    if (!confirmed(state, kSecurityConfirmed))
        missing << MissingItem{ReviewStep::Security, kSecurityConfirmed,
                               tr("The security review is not confirmed")};
    if (state.notes.value(QStringLiteral("modes.chosen")).trimmed().isEmpty())
        missing << MissingItem{ReviewStep::ModeFit, QStringLiteral("modes.chosen"),
                               tr("No main mode is chosen")};
    else if (state.notes.value(QStringLiteral("modes.rationale")).trimmed().isEmpty())
        missing << MissingItem{ReviewStep::ModeFit, QStringLiteral("modes.rationale"),
                               tr("No reason is given for the main mode")};
    // Free use (public interest) and applications asking no fee are recorded as not
    // charged, explicitly; every other case needs the fee the pricing step computed.
    if (!feeRecorded(state, application))
        missing << MissingItem{ReviewStep::Pricing, pricingnotes::result(),
                               notChargedBasis(application).isEmpty()
                                   ? tr("No fee is recorded")
                                   : tr("No fee is recorded, nor that the case is not charged")};
    missing.append(QList<MissingItem>(decisionStart, rest.end()));
    return missing;
}

QString notChargedBasis(const Application &application)
{
    if (vocabulary::isFreeUseClass(application.useClass))
        return QStringLiteral("free_use");
    if (!application.pricing)
        return QStringLiteral("no_request");
    return {};
}

bool feeRecorded(const ReviewState &state, const Application &application)
{
    if (!state.notes.value(pricingnotes::result()).trimmed().isEmpty())
        return true;
    const QString basis = notChargedBasis(application);
    return !basis.isEmpty() && state.notes.value(notChargedNoteKey()) == basis;
}

QString missingText(const QList<MissingItem> &missing)
{
    QStringList parts;
    for (const MissingItem &m : missing)
        parts << m.what;
    return parts.join(QCoreApplication::translate("ReviewRules", "; "));
}

StepState stepState(ReviewStep step, const ReviewState &state, const ChecklistTemplate &checklist,
                    const Application &application, const QList<ResourceStatus> &resources)
{
    switch (step) {
    case ReviewStep::FormalCheck:
        return confirmableState(formalFindings(application, checklist), state, kFormalConfirmed);
    case ReviewStep::Resources: {
        for (int i = 0; i < resources.size(); ++i) {
            const QString necessity =
                state.notes.value(QStringLiteral("resource.%1.necessity").arg(i));
            if (registrationStatusIsProblem(resources.at(i).status) ||
                necessity.trimmed().isEmpty())
                return StepState::Attention;
        }
        return StepState::Done;
    }
    case ReviewStep::Checklist: {
        const QList<MissingItem> missing = missingForSubmission(state, checklist);
        const bool complete = std::none_of(missing.cbegin(), missing.cend(), [](const auto &m) {
            return m.step == ReviewStep::Checklist;
        });
        if (complete)
            return StepState::Done;
        const bool answered = std::any_of(
            checklist.items.cbegin(), checklist.items.cend(), [&state](const ChecklistItem &item) {
                return state.answers.value(item.id).verdict != Verdict::None;
            });
        return answered ? StepState::Attention : StepState::Open;
    }
    case ReviewStep::Security:
        return confirmableState(securityFindings(application), state, kSecurityConfirmed);
    case ReviewStep::ModeFit: {
        // Done once a main mode and its rationale are on record (ui/modes writes them).
        const bool chosen = !state.notes.value(QStringLiteral("modes.chosen")).isEmpty();
        const bool reasoned =
            !state.notes.value(QStringLiteral("modes.rationale")).trimmed().isEmpty();
        if (chosen && reasoned)
            return StepState::Done;
        return chosen || reasoned ? StepState::Attention : StepState::Open;
    }
    case ReviewStep::Pricing:
        // Done once the fee computed under named rules, or "not charged", is on record.
        return feeRecorded(state, application) ? StepState::Done : StepState::Open;
    case ReviewStep::Decision: {
        if (missingForSubmission(state, checklist).isEmpty())
            return StepState::Done;
        const ProposedDecision &p = state.proposal;
        const bool started = p.decision != Decision::None || !p.opinion.trimmed().isEmpty();
        return started ? StepState::Attention : StepState::Open;
    }
    }
    return StepState::Open;
}

namespace {

/** Collects suggested answers, keeping only those for items the checklist template has. */
class SuggestionSink
{
public:
    explicit SuggestionSink(const ChecklistTemplate &checklist)
        : m_checklist(checklist)
    {}

    void suggest(const char *id, const ChecklistAnswer &answer)
    {
        suggest(QLatin1String(id), answer);
    }
    void suggest(const QString &id, const ChecklistAnswer &answer)
    {
        if (m_checklist.item(id))
            m_answers.insert(id, answer);
    }

    QHash<QString, ChecklistAnswer> answers() const { return m_answers; }

private:
    const ChecklistTemplate &m_checklist;
    QHash<QString, ChecklistAnswer> m_answers;
};

/** Item 2: every requested resource registered and in force. */
void suggestResourcesRegistered(SuggestionSink &sink, const QList<ResourceStatus> &resources)
{
    if (resources.isEmpty())
        return;
    QStringList unregistered, cancelled;
    for (const ResourceStatus &r : resources) {
        if (r.status == RegistrationStatus::Unregistered)
            unregistered << r.resource.name;
        else if (r.status == RegistrationStatus::Cancelled)
            cancelled << r.resource.name;
    }
    QStringList problems;
    if (!unregistered.isEmpty())
        problems << QCoreApplication::translate("ReviewRules", "not registered: %1")
                        .arg(joined(unregistered));
    if (!cancelled.isEmpty())
        problems << QCoreApplication::translate("ReviewRules", "cancelled in the register: %1")
                        .arg(joined(cancelled));
    if (problems.isEmpty())
        sink.suggest(
            "resources-registered",
            suggestion(Verdict::Pass,
                       QCoreApplication::translate(
                           "ReviewRules", "All %1 requested resources are registered and in force.")
                           .arg(resources.size())));
    else
        sink.suggest(
            "resources-registered",
            suggestion(Verdict::Fail,
                       QCoreApplication::translate("ReviewRules", "Requested resources %1.")
                           .arg(problems.join(QCoreApplication::translate("ReviewRules", "; ")))));
}

/** Item 4: core data sent out by API leaves the domain. */
void suggestMinimumNecessary(SuggestionSink &sink, const Application &application)
{
    QStringList outOfDomain;
    for (const RequestedResource &r : application.resources) {
        if (r.delivery == QLatin1String("api") && r.grade == QLatin1String("core"))
            outOfDomain << r.name;
    }
    if (!outOfDomain.isEmpty())
        sink.suggest(
            "minimum-necessary",
            suggestion(Verdict::Fail,
                       QCoreApplication::translate(
                           "ReviewRules", "Core data delivered by API leaves the domain: %1.")
                           .arg(joined(outOfDomain))));
}

/** Item 5: shared data needs the providing unit's consent. */
void suggestSharedConsent(SuggestionSink &sink, const Application &application)
{
    QStringList shared;
    for (const RequestedResource &r : application.resources) {
        if (!r.sharedFrom.trimmed().isEmpty())
            shared << QCoreApplication::translate("ReviewRules", "%1 (shared from %2)")
                          .arg(r.name, r.sharedFrom);
    }
    const QList<const Attachment *> consents =
        attachmentsOfKind(application, QStringLiteral("provider_consent"));
    if (shared.isEmpty()) {
        sink.suggest(
            "shared-consent",
            suggestion(Verdict::NotApplicable,
                       QCoreApplication::translate(
                           "ReviewRules", "No requested resource is shared from another agency.")));
    } else if (consents.isEmpty()) {
        sink.suggest(
            "shared-consent",
            suggestion(
                Verdict::Fail,
                QCoreApplication::translate("ReviewRules", "No %1 attachment for shared data: %2.")
                    .arg(kindLabel(QStringLiteral("provider_consent")), joined(shared))));
    } else {
        QStringList evidence;
        for (const Attachment *a : consents)
            evidence << a->sha256;
        sink.suggest(
            "shared-consent",
            suggestion(
                Verdict::Pass,
                QCoreApplication::translate("ReviewRules", "%1 attached for shared data: %2.")
                    .arg(kindLabel(QStringLiteral("provider_consent")), joined(shared)),
                evidence));
    }
}

/**
 * Items 7, 8, 9: a mandatory item whose evidence is not even attached fails. Not item 11: the
 * collective decision is the office's own act after the review, and minutes in the applicant's
 * package are no evidence of it.
 */
void suggestMissingEvidence(SuggestionSink &sink, const Application &application,
                            const ChecklistTemplate &checklist)
{
    const struct
    {
        const char *item;
        const char *kind;
    } evidenceRules[] = {{"legality-review", "legality_review"},
                         {"risk-assessment", "risk_assessment"},
                         {"expert-review", "expert_review"}};
    for (const auto &rule : evidenceRules) {
        const ChecklistItem *item = checklist.item(QLatin1String(rule.item));
        const QString kind = QLatin1String(rule.kind);
        if (item && item->mandatory && attachmentsOfKind(application, kind).isEmpty())
            sink.suggest(rule.item,
                         suggestion(Verdict::Fail,
                                    QCoreApplication::translate("ReviewRules", "No %1 attachment.")
                                        .arg(kindLabel(kind))));
    }
}

/** "A; b." from phrases: the first letter capital (English), a full stop at the end. */
QString sentence(const QStringList &phrases)
{
    QString text = phrases.join(QCoreApplication::translate("ReviewRules", "; "));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return QCoreApplication::translate("ReviewRules", "%1.", "a sentence's full stop").arg(text);
}

/**
 * Checklist items 1 and 16 against the register of approved plans: the mode and the
 * implementing body the plan fixes, the operators it designates. A plan not in the register
 * gets no suggestion: the officer checks it by hand.
 */
void suggestAgainstPlan(SuggestionSink &sink, const Application &application,
                        const ApprovedPlans &plans)
{
    const Authorization &a = application.authorization;
    const ApprovedPlan *plan = plans.find(a.planRef);
    if (!plan)
        return; // not in the register: the officer checks the plan by hand, as before
    QStringList problems;
    if (plan->mode != a.mode)
        problems << QCoreApplication::translate("ReviewRules",
                                                "the plan %1 fixes %2, the application declares %3")
                        .arg(plan->ref, vocabulary::label("mode", plan->mode),
                             vocabulary::label("mode", a.mode));
    if (plan->implementingBody != a.implementingBody)
        problems << QCoreApplication::translate(
                        "ReviewRules", "the plan's implementing body is %1, the application "
                                       "names %2")
                        .arg(plan->implementingBody, a.implementingBody);
    sink.suggest("plan-and-mode",
                 problems.isEmpty()
                     ? suggestion(Verdict::Pass,
                                  QCoreApplication::translate(
                                      "ReviewRules", "The approved plan %1 fixes %2 under %3, "
                                                     "as the application declares.")
                                      .arg(plan->ref, vocabulary::label("mode", plan->mode),
                                           plan->implementingBody))
                     : suggestion(Verdict::Fail, sentence(problems)));
    if (plan->operators.isEmpty())
        return; // the plan designates no operator by name
    const QString code = application.operatorCreditCode();
    sink.suggest(
        "designated-operator",
        plan->operators.contains(code)
            ? suggestion(Verdict::Pass, QCoreApplication::translate(
                                            "ReviewRules", "The operator %1 is one the plan %2 "
                                                           "designates.")
                                            .arg(code, plan->ref))
            : suggestion(
                  Verdict::Fail,
                  QCoreApplication::translate(
                      "ReviewRules", "The operator %1 is not one the plan %2 designates (%3).")
                      .arg(code, plan->ref, plan->operators.join(QStringLiteral(", ")))));
}

/**
 * An item the template limits to some modes ("modes.applies") is not applicable under any other,
 * for the template's reason: the collective decision case by case (一事一议) is for 分领域 and
 * 依场景; under 整体授权 it is taken on the plan.
 */
void suggestByMode(SuggestionSink &sink, const Application &application,
                   const ChecklistTemplate &checklist)
{
    const QString mode = application.authorization.mode;
    for (const ChecklistItem &item : checklist.items) {
        if (!item.appliesTo(mode))
            sink.suggest(item.id, suggestion(Verdict::NotApplicable, item.notApplicableReason()));
    }
}

} // namespace

QHash<QString, ChecklistAnswer> suggestions(const Application &application,
                                            const QList<ResourceStatus> &resources,
                                            const ChecklistTemplate &checklist)
{
    SuggestionSink sink(checklist);
    const bool freeUse = vocabulary::isFreeUseClass(application.useClass);

    // 1 and 16: the plan the scenario belongs to must be named, and the application must be
    // what that plan fixes.
    if (application.authorization.planRef.trimmed().isEmpty())
        sink.suggest("plan-and-mode",
                     suggestion(Verdict::Fail,
                                QCoreApplication::translate(
                                    "ReviewRules", "No implementation plan reference is given.")));
    else
        suggestAgainstPlan(sink, application, builtinApprovedPlans());

    suggestResourcesRegistered(sink, resources);

    // 3 and 13: public governance and public welfare are free (public interest first).
    if (freeUse) {
        const QString useClass = vocabulary::label("useClass", application.useClass);
        sink.suggest("use-class", suggestion(Verdict::Pass,
                                             QCoreApplication::translate(
                                                 "ReviewRules",
                                                 "%1 use: free of charge (public interest first).")
                                                 .arg(useClass)));
        sink.suggest("fee-cap",
                     suggestion(Verdict::Pass, QCoreApplication::translate(
                                                   "ReviewRules", "Free use, no fee is charged.")));
    }

    suggestMinimumNecessary(sink, application);
    suggestSharedConsent(sink, application);
    suggestMissingEvidence(sink, application, checklist);
    suggestByMode(sink, application, checklist);

    // 14: the term.
    const int months = termMonths(application.periodStart, application.periodEnd);
    if (months > checklist.maxTermMonths)
        sink.suggest(
            "term-and-exit",
            suggestion(Verdict::Fail,
                       QCoreApplication::translate(
                           "ReviewRules",
                           "The period of %1 months is longer than the maximum of %2 months.")
                           .arg(months)
                           .arg(checklist.maxTermMonths)));
    return sink.answers();
}

void rewordSuggestions(ReviewState &state, const Application &application,
                       const QList<ResourceStatus> &resources, const ChecklistTemplate &checklist)
{
    const QStringList carried = state.notes.value(ReviewStore::carriedItemsKey())
                                    .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QHash<QString, ChecklistAnswer> now = suggestions(application, resources, checklist);
    for (auto it = state.answers.begin(); it != state.answers.end(); ++it) {
        if (it->suggestionReason.isEmpty() || (it->suggested && carried.contains(it.key())))
            continue;
        const auto rule = now.constFind(it.key());
        if (rule != now.cend() && rule->verdict == it->verdict)
            it->suggestionReason = rule->suggestionReason;
    }
}

QStringList formalFindings(const Application &application, const ChecklistTemplate &checklist)
{
    QStringList findings;
    const QLocale locale;
    const auto date = [&locale](const QDate &d) {
        return locale.toString(d, QLocale::ShortFormat);
    };

    if (!creditcode::isValid(application.applicant.creditCode))
        findings << QCoreApplication::translate("ReviewRules",
                                                "The unified social credit code %1 is not valid.")
                        .arg(application.applicant.creditCode);
    if (application.periodStart.isValid() && application.periodEnd.isValid() &&
        application.periodEnd <= application.periodStart)
        findings << QCoreApplication::translate("ReviewRules",
                                                "The period ends on %1, not after its start on %2.")
                        .arg(date(application.periodEnd), date(application.periodStart));
    const int months = termMonths(application.periodStart, application.periodEnd);
    if (months > checklist.maxTermMonths)
        findings << QCoreApplication::translate(
                        "ReviewRules",
                        "The period of %1 months is longer than the maximum of %2 months.")
                        .arg(months)
                        .arg(checklist.maxTermMonths);
    for (const QString &kind : requiredAttachmentKinds()) {
        if (attachmentsOfKind(application, kind).isEmpty())
            findings << QCoreApplication::translate("ReviewRules", "No %1 is attached.")
                            .arg(kindLabel(kind));
    }
    if (application.deadline.isValid() && application.deadline < QDate::currentDate())
        findings << QCoreApplication::translate("ReviewRules", "The deadline %1 has passed.")
                        .arg(date(application.deadline));
    if (!application.applicant.creditDeclaration.has_value())
        findings << QCoreApplication::translate(
            "ReviewRules", "The applicant has not made the credit declaration.");
    else if (!*application.applicant.creditDeclaration)
        findings << QCoreApplication::translate(
            "ReviewRules", "The applicant does not declare a clean credit record.");
    return findings;
}

QStringList securityFindings(const Application &application)
{
    QStringList findings;
    const Security &s = application.security;
    // The rule the monitoring applies too (domain/securityrule.h).
    const security::Requirement required = security::requirement(application);
    if (!security::mlpsLevelMet(application))
        findings << QCoreApplication::translate(
                        "ReviewRules", "MLPS level %1 is below the level %2 required for %3.")
                        .arg(s.mlpsLevel)
                        .arg(required.mlpsLevel)
                        .arg(vocabulary::label("grade", required.grade));
    if (!security::cryptoAssessmentMet(application))
        findings << QCoreApplication::translate(
                        "ReviewRules",
                        "No passed commercial cryptography assessment, although %1 is "
                        "requested.")
                        .arg(vocabulary::label("grade", required.grade));
    if (s.incidentsLast3Years.value_or(0) > 0)
        findings << QCoreApplication::translate("ReviewRules",
                                                "Security incidents in the last three years: %1.")
                        .arg(*s.incidentsLast3Years);
    if (!s.emergencyPlan)
        findings << QCoreApplication::translate("ReviewRules", "No emergency plan.");
    if (s.officer.trimmed().isEmpty())
        findings << QCoreApplication::translate("ReviewRules", "No security officer is named.");
    return findings;
}

} // namespace gd::reviewrules
