// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoreviews.h"

#include <algorithm>
#include <iterator>

#include <QJsonArray>

#include "demo/demolifecycle.h"
#include "domain/subject.h"
#include "modes/modetable.h"
#include "pricing/feeengine.h"
#include "pricing/pricinginputs.h"
#include "pricing/rulelibrary.h"
#include "report/reviewrecord.h"
#include "review/approval.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"
#include "store/applicationstore.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "services/desk.h"
#include "services/reviewservice.h"
#include "review/reviewsave.h"

namespace gd::demo {
namespace {

enum class Stage
{
    Received,
    InReview,
    AwaitingApproval,
    Decided,
    Rejected,
    Returned,
    Resubmitted, // opened after a return: carried-over answers wait for confirmation
    SentBack     // submitted, sent back by the approver with comments, in review again
};

// Chinese on purpose: the demo shows what officers write.
QString rationaleFor(const ChecklistItem &item, Verdict verdict, const Application &application)
{
    if (verdict == Verdict::NotApplicable && !item.appliesTo(application.authorization.mode) &&
        !item.otherwiseZh.isEmpty())
        return item.otherwiseZh;
    if (verdict == Verdict::NotApplicable)
        return QStringLiteral("本申请不涉及该事项，经核对申请材料确认不适用。");
    if (verdict == Verdict::Fail)
        return QStringLiteral("经核对，%1不满足要求，需申请单位补正。").arg(item.textZh.left(24));
    return QStringLiteral("已核对申请材料及附件，%1符合要求。").arg(item.textZh.left(24));
}

ChecklistAnswer answerFor(const ChecklistItem &item, const ChecklistAnswer &suggestion,
                          const Application &application)
{
    ChecklistAnswer answer = suggestion;
    if (answer.verdict == Verdict::None)
        answer.verdict = item.mandatory ? Verdict::Pass : Verdict::NotApplicable;
    answer.suggested = false; // the reviewer confirmed it
    // A confirmed suggestion keeps its reason as the GUI's 确认建议 does: the record holds only
    // its basis (the reason is worded when shown), so the demo loaded by grantdesk-cli
    // (English) writes the same records as the GUI's. The demo adds its own words to it.
    if (answer.rationale.isEmpty())
        answer.rationale = rationaleFor(item, answer.verdict, application);
    for (const Attachment &attachment : application.attachments) {
        if (item.evidenceKinds.contains(attachment.kind) &&
            !answer.evidence.contains(attachment.sha256))
            answer.evidence << attachment.sha256;
    }
    return answer;
}

// Fills every step the way a careful reviewer would, and proposes a decision that
// follows from the answers.
/**
 * The four notes the pricing step records — the rule file, its version, the inputs and the
 * result — for @p application priced today, so that the demo's reviews read as the GUI's do.
 */
Result<QList<std::pair<QString, QString>>> pricingNotes(const Application &application)
{
    PricingInputs inputs = PricingInputs::fromApplication(application, QDate::currentDate());
    const auto entry = RuleLibrary().pickFor(inputs.product, inputs.reviewDate);
    if (!entry)
        return Error{QStringLiteral("demo ") + subjectOf(application.id, application.version),
                     QStringLiteral("no fee rules hold product %1").arg(inputs.product)};
    inputs.ruleFile = entry->fileName;
    inputs.ruleVersion = entry->rules.version;
    return pricingnotes::recorded(inputs, computeFee(entry->rules, inputs.toRequest()));
}

Status completeReview(const std::shared_ptr<Database> &db, ReviewState &state,
                      const Application &application, const QList<ResourceStatus> &resources,
                      Stage stage)
{
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    QList<ReviewChange> changes;
    QStringList failed;
    for (const ChecklistItem &item : checklist.items) {
        const ChecklistAnswer before = state.answers.value(item.id);
        const ChecklistAnswer after = answerFor(item, before, application);
        if (after.verdict == Verdict::Fail)
            failed << QString::number(item.number);
        state.answers.insert(item.id, after);
        changes.append({ReviewChange::Kind::Answer, item.id, ReviewStore::toJson(before),
                        ReviewStore::toJson(after)});
    }
    auto note = [&](const QString &key, const QString &value) {
        changes.append({ReviewChange::Kind::Note, key, state.notes.value(key), value});
        state.notes.insert(key, value);
    };
    note(QStringLiteral("formal.confirmed"), QStringLiteral("1"));
    note(QStringLiteral("formal.note"), QStringLiteral("申请材料齐全，附件哈希值已核验。"));
    for (int i = 0; i < resources.size(); ++i) {
        const bool problem = registrationStatusIsProblem(resources.at(i).status);
        note(QStringLiteral("resource.%1.necessity").arg(i),
             problem ? QStringLiteral("excessive") : QStringLiteral("justified"));
        note(QStringLiteral("resource.%1.note").arg(i),
             problem ? QStringLiteral("该资源未完成登记或已注销，不得纳入授权范围。")
                     : QStringLiteral("字段与场景直接相关，符合最小必要原则。"));
    }
    note(QStringLiteral("security.confirmed"), QStringLiteral("1"));
    note(QStringLiteral("security.findings"),
         QStringLiteral("等保%1级，已提供应急预案。").arg(application.security.mlpsLevel));
    // The main mode is the one the application declares; the fee is computed as the
    // pricing step would, under the rules effective today.
    note(ModeScoring::chosenNoteKey(), application.authorization.mode);
    note(ModeScoring::rationaleNoteKey(), QStringLiteral("场景的数据流向与申请所列运营模式一致。"));
    if (const QString basis = reviewrules::notChargedBasis(application); !basis.isEmpty()) {
        note(reviewrules::notChargedNoteKey(), basis); // recorded as not charged
    } else {
        auto notes = pricingNotes(application);
        if (!notes)
            return notes.error();
        for (const auto &[key, value] : notes.value())
            note(key, value);
    }

    ProposedDecision proposal;
    const bool resourceProblem =
        std::any_of(resources.cbegin(), resources.cend(),
                    [](const ResourceStatus &r) { return registrationStatusIsProblem(r.status); });
    if (stage == Stage::Rejected) {
        proposal.decision = Decision::Rejected;
        proposal.reasons << QStringLiteral("申请场景与已批准实施方案确定的授权范围不符。");
        proposal.opinion =
            QStringLiteral("经初审，该场景超出实施方案确定的授权范围，建议不予批准。");
    } else if (stage == Stage::Returned || resourceProblem) {
        proposal.decision = Decision::Returned;
        proposal.reasons << (resourceProblem
                                 ? QStringLiteral(
                                       "申请使用的数据资源未完成登记或已注销，请补正后重新提交。")
                                 : QStringLiteral("申请材料不完整，请补充相关附件后重新提交。"));
        proposal.opinion =
            QStringLiteral("经初审，申请材料存在需补正事项（第 %1 项），建议退回修改。")
                .arg(failed.isEmpty() ? QStringLiteral("2") : failed.join(QStringLiteral("、")));
    } else if (!failed.isEmpty()) {
        proposal.decision = Decision::ConditionallyApproved;
        proposal.conditions << QStringLiteral("在签订授权运营协议前补齐第 %1 项所需材料。")
                                   .arg(failed.join(QStringLiteral("、")));
        proposal.opinion = QStringLiteral("经初审，场景符合实施方案，建议附条件批准。");
    } else {
        proposal.decision = Decision::Approved;
        proposal.opinion = QStringLiteral("经初审，申请符合授权运营要求，建议批准。");
    }
    changes.append({ReviewChange::Kind::Proposal, QString(), ReviewStore::toJson(state.proposal),
                    ReviewStore::toJson(proposal)});
    state.proposal = proposal;
    state.currentStep = ReviewStep::Decision;
    changes.append({ReviewChange::Kind::Step, QString(), 0, int(ReviewStep::Decision)});
    return review::saveChanges(db, state, changes, reviewerName());
}

/** A resubmitted version: only the formal check is looked at, carried items wait. */
Status reviewResubmitted(const std::shared_ptr<Database> &db, ReviewState &state)
{
    // The reviewer has only looked at the formal check: what was carried over from the
    // returned version still waits for confirmation.
    state.notes.insert(QStringLiteral("formal.confirmed"), QStringLiteral("1"));
    state.currentStep = ReviewStep::Checklist;
    return review::saveChanges(
        db, state,
        {{ReviewChange::Kind::Note, QStringLiteral("formal.confirmed"), QString(),
          QStringLiteral("1")},
         {ReviewChange::Kind::Step, QString(), 0, int(ReviewStep::Checklist)}},
        reviewerName());
}

/** Half-way through: the formal check is done and the checklist is under way. */
Status reviewHalfWay(const std::shared_ptr<Database> &db, ReviewState &state,
                     const Application &application)
{
    QList<ReviewChange> changes{
        {ReviewChange::Kind::Note, QStringLiteral("formal.confirmed"), QString(),
         QStringLiteral("1")},
        {ReviewChange::Kind::Step, QString(), 0, int(ReviewStep::Checklist)}};
    state.notes.insert(QStringLiteral("formal.confirmed"), QStringLiteral("1"));
    state.currentStep = ReviewStep::Checklist;
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    for (int i = 0; i < 4 && i < checklist.items.size(); ++i) {
        const ChecklistItem &item = checklist.items.at(i);
        const ChecklistAnswer before = state.answers.value(item.id);
        const ChecklistAnswer after = answerFor(item, before, application);
        state.answers.insert(item.id, after);
        changes.append({ReviewChange::Kind::Answer, item.id, ReviewStore::toJson(before),
                        ReviewStore::toJson(after)});
    }
    return review::saveChanges(db, state, changes, reviewerName());
}

/** The approver (复核) comments where it applies and sends the case back. */
Status sendBack(const std::shared_ptr<Database> &db, ReviewService &reviewService,
                ReviewState &state)
{
    const QString &id = state.applicationId;
    const int version = state.version;
    const QStringList reasons{
        QStringLiteral("第 4 项的理由未说明各字段与场景的对应关系，请补充。")};
    const QList<std::pair<QString, QString>> notes{
        {approval::commentKey(ReviewStep::Checklist),
         QStringLiteral("最小必要原则的核对过于笼统，请逐项说明字段用途。")},
        {approval::commentKey(ReviewStep::Decision),
         QStringLiteral("审核意见应写明补正后的复核安排。")},
        {approval::sendBackKey(), reasons.join(QLatin1Char('\n'))}};
    QList<ReviewChange> changes;
    QJsonObject comments;
    for (const auto &[key, value] : notes) {
        changes.append({ReviewChange::Kind::Note, key, QJsonValue(), value});
        state.notes.insert(key, value);
        if (key != approval::sendBackKey())
            comments.insert(key.mid(int(qstrlen("approval."))), value);
    }
    if (Status s = review::saveChanges(db, state, changes, approverName()); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                             {QStringLiteral("comments"), comments}};
    if (auto s = reviewService.transition(id, version, workflow::Action::SendBack, Decision::None,
                                          approverName(), detail);
        !s)
        return s.error();
    return success();
}

Status review(const std::shared_ptr<Database> &db, const QString &id, int version, Stage stage)
{
    if (stage == Stage::Received)
        return success();
    const auto applications = makeApplicationStore(db);
    ReviewService reviewService(Desk::over(db));
    auto opened = reviewService.open(id, version, reviewerName(), ChecklistTemplate::builtin());
    if (!opened)
        return opened.error();
    ReviewState state = opened.value();
    const auto application = applications->load(id, version);
    const auto resources = applications->resourceStatuses(id, version);
    if (!application || !resources)
        return application ? resources.error() : application.error();

    if (stage == Stage::Resubmitted)
        return reviewResubmitted(db, state);
    if (stage == Stage::InReview)
        return reviewHalfWay(db, state, *application);
    if (Status s = completeReview(db, state, *application, *resources, stage); !s)
        return s;
    if (const auto missing =
            reviewrules::missingItems(state, ChecklistTemplate::builtin(), *application);
        !missing.isEmpty())
        return Error{QStringLiteral("demo ") + subjectOf(id, version),
                     QStringLiteral("the demo review is incomplete: %1")
                         .arg(reviewrules::missingText(missing))};
    const QJsonObject submitted{{QStringLiteral("proposal"), ReviewStore::toJson(state.proposal)}};
    if (auto s = reviewService.transition(id, version, workflow::Action::SubmitForApproval,
                                          Decision::None, reviewerName(), submitted);
        !s)
        return s.error();
    if (stage == Stage::AwaitingApproval)
        return success();
    if (stage == Stage::SentBack)
        return sendBack(db, reviewService, state);
    const QJsonObject agreed{{QStringLiteral("comment"), QStringLiteral("同意初审意见。")}};
    if (auto s = reviewService.transition(id, version, workflow::Action::Agree,
                                          state.proposal.decision, approverName(), agreed);
        !s)
        return s.error();
    if (state.proposal.decision == Decision::Returned) {
        if (auto s = reviewService.transition(id, version, workflow::Action::Return,
                                              Decision::Returned, approverName());
            !s)
            return s.error();
    }
    return success();
}

} // namespace

QString reviewerName()
{
    return QStringLiteral("张敏");
}

QString approverName()
{
    return QStringLiteral("王立");
}

Status addReviews(const std::shared_ptr<Database> &db, const QMap<QString, QList<int>> &added)
{
    const auto applications = makeApplicationStore(db);
    // Latest versions cycle through the stages so that every status has cases.
    const Stage cycle[] = {Stage::Decided,  Stage::InReview, Stage::AwaitingApproval,
                           Stage::Received, Stage::Decided,  Stage::Rejected};
    // Resubmissions show the four-eyes work: the first waits for the reviewer to confirm
    // what was carried over, the second was sent back by the approver with comments.
    const Stage resubmissions[] = {Stage::Resubmitted, Stage::SentBack};
    int position = 0;
    int resubmission = 0;
    const QStringList lifecycle = lifecycleCases();
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        const auto latest = applications->latestVersion(it.key());
        if (!latest)
            return latest.error();
        QList<int> versions = it.value();
        std::sort(versions.begin(), versions.end());
        for (int version : versions) {
            // A resubmission follows a return: earlier versions were reviewed and returned.
            Stage stage = Stage::Returned;
            if (version == *latest && lifecycle.contains(it.key())) {
                stage = Stage::Decided; // addLifecycles() takes it on from here
            } else if (version == *latest) {
                stage = cycle[position++ % std::size(cycle)];
                if (*latest > 1 && resubmission < int(std::size(resubmissions)))
                    stage = resubmissions[resubmission++];
            }
            if (Status s = review(db, it.key(), version, stage); !s)
                return s;
        }
    }
    return success();
}

} // namespace gd::demo
