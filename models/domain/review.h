// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include "domain/workflow.h"

namespace gd {

/** The review steps, in the order the navigator shows them (docs/domain.md §4). */
enum class ReviewStep
{
    FormalCheck,
    Resources,
    Checklist,
    Security,
    ModeFit,
    Pricing,
    Decision
};
constexpr int kReviewStepCount = 7;

QString reviewStepCode(ReviewStep step);  // "formal", "resources", "checklist", "security",
                                          // "modes", "pricing", "decision"
QString reviewStepLabel(ReviewStep step); // translated: 形式审查, 数据资源, …

/** 符合 / 不符合 / 不适用, or not answered yet. */
enum class Verdict
{
    None,
    Pass,
    Fail,
    NotApplicable
};
QString verdictCode(Verdict verdict); // "", "pass", "fail", "not_applicable"
std::optional<Verdict> verdictFromCode(const QString &code);
QString verdictLabel(Verdict verdict);

/** The officer's answer to one checklist item. */
struct ChecklistAnswer
{
    Verdict verdict = Verdict::None;
    QString rationale;
    QStringList evidence;   // SHA-256 of the attachments cited
    bool suggested = false; // the verdict is GrantDesk's suggestion, not yet confirmed
    // GrantDesk's reason for its suggestion, worded for the screen. Kept when the officer
    // confirms the suggestion: the answer is then a confirmed suggestion (its reason is the
    // rule's, review.json records "basis": "suggestion" and never this text, which the
    // screen and the PDF word again in their language, reviewrules::rewordSuggestions).
    QString suggestionReason;

    /** The officer confirmed GrantDesk's suggestion: its reason stands as the rationale. */
    bool confirmedSuggestion() const
    {
        return !suggested && verdict != Verdict::None && !suggestionReason.isEmpty();
    }

    bool operator==(const ChecklistAnswer &) const = default;
};

/** What the reviewer proposes to the approver (step 7). */
struct ProposedDecision
{
    Decision decision = Decision::None; // Approved, ConditionallyApproved, Returned, Rejected
    QStringList conditions;             // for ConditionallyApproved
    QStringList reasons;                // for Returned and Rejected
    QString opinion;                    // 审核意见

    bool operator==(const ProposedDecision &) const = default;
};

/**
 * The whole state of one review as it is stored: answers per checklist item id, free
 * notes per key (e.g. "formal.note", "resource.0.necessity", "security.findings"), the
 * proposed decision and where the officer was.
 */
struct ReviewState
{
    qint64 reviewId = 0;
    QString applicationId;
    int version = 0;
    QString templateVersion;
    ReviewStep currentStep = ReviewStep::FormalCheck;
    QHash<QString, ChecklistAnswer> answers;
    QHash<QString, QString> notes;
    ProposedDecision proposal;
    QString reviewer;
    QDateTime updatedAt;
};

/** One edit of a review, as the autosaver hands it to the service that stores it. */
struct ReviewChange
{
    enum class Kind
    {
        Answer,
        Note,
        Proposal,
        Step
    };
    Kind kind = Kind::Note;
    QString key;       // item id for Answer, note key for Note; empty otherwise
    QJsonValue before; // for the audit trail
    QJsonValue after;
};

} // namespace gd
