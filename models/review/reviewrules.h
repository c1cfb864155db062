// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "domain/application.h"
#include "domain/review.h"
#include "domain/register.h"

namespace gd {

struct ChecklistTemplate;

/** Something that stops a review from being submitted, and where to fix it. */
struct MissingItem
{
    ReviewStep step = ReviewStep::Checklist;
    QString key;  // checklist item id, or a field such as "decision", "opinion", "conditions"
    QString what; // translated, e.g. "第 7 项：未作结论"
};

namespace reviewrules {

/**
 * Calendar months a period covers, a started month counting in full: 2026-09-01 to
 * 2031-08-31 is 60 months, to 2031-09-01 it is 61. Compared with the template's maximum.
 */
int termMonths(const QDate &start, const QDate &end);

/**
 * True when @p answer needs a written rationale: every verdict does (符合 as much as 不符合
 * and 不适用), so that the signed record says why each item was judged as it was. A
 * confirmed suggestion keeps GrantDesk's reason as its rationale unless the officer writes
 * another.
 */
bool needsRationale(const ChecklistAnswer &answer);

/**
 * True when @p answer needs a rationale (needsRationale) and has none: no written text and
 * no confirmed suggestion whose reason stands for it.
 */
bool rationaleMissing(const ChecklistAnswer &answer);

/**
 * Why @p answer has its verdict, as an officer reads it: the reason of a confirmed suggestion
 * followed by the officer's own words, or just the officer's words.
 */
QString reasonText(const ChecklistAnswer &answer);

/**
 * Words the suggestion reasons of @p state again in the language in use, from the review's
 * inputs (the application, the resources' registration, the template): a review's stored
 * reasons are in the language of whoever started it, and the record keeps none of them.
 * A reason the rules no longer give for the same verdict (another GrantDesk version), and a
 * carried-over item's, is left as stored.
 */
void rewordSuggestions(ReviewState &state, const Application &application,
                       const QList<ResourceStatus> &resources, const ChecklistTemplate &checklist);

/**
 * Everything that must be done before the reviewer can submit: mandatory items
 * unanswered or still unconfirmed suggestions, missing rationales, no proposed decision,
 * conditions missing for a conditional approval, reasons missing for return or
 * rejection, an empty opinion. Empty when the review can be submitted.
 */
QList<MissingItem> missingForSubmission(const ReviewState &state,
                                        const ChecklistTemplate &checklist);

/**
 * Everything the review still lacks, every step included: the formal check confirmed,
 * each requested resource judged, the checklist (as missingForSubmission), security
 * confirmed, a main mode chosen with its rationale, the fee recorded (or the application
 * free or asking no fee), the decision and the opinion. Empty when the review is complete.
 * The one completeness rule used by submit, agree, signing and export.
 */
QList<MissingItem> missingItems(const ReviewState &state, const ChecklistTemplate &checklist,
                                const Application &application);

/** @p missing as one readable line ("a; b; c"), for refusals. */
QString missingText(const QList<MissingItem> &missing);

/** Per step: Done, Attention (has findings or gaps), or Open (not visited / unanswered). */
enum class StepState
{
    Open,
    Attention,
    Done
};
StepState stepState(ReviewStep step, const ReviewState &state, const ChecklistTemplate &checklist,
                    const Application &application, const QList<ResourceStatus> &resources);

/**
 * Verdicts the data already decides, as unconfirmed suggestions with their reason:
 * an unregistered or cancelled resource fails item 2; a public-interest use makes
 * item 13 pass (free of charge); shared data without a provider_consent attachment
 * fails item 5; a missing legality_review attachment fails item 7; an item the template
 * limits to other modes (the collective decision, 一事一议, outside 分领域 and 依场景) is not
 * applicable, for the template's reason; a term over the template's maximum fails item 14;
 * and so on.
 */
QHash<QString, ChecklistAnswer> suggestions(const Application &application,
                                            const QList<ResourceStatus> &resources,
                                            const ChecklistTemplate &checklist);

/** The note that records a case as not charged; it holds notChargedBasis(). */
inline QString notChargedNoteKey()
{
    return QStringLiteral("pricing.notCharged");
}

/**
 * Why @p application may be recorded as not charged: "free_use" (a free use class, 公益),
 * "no_request" (it asks for no priced product), or empty when it is charged and its fee
 * must be computed and recorded.
 */
QString notChargedBasis(const Application &application);

/**
 * True when the pricing step is on record: the fee computed (the "pricing.result" note), or the
 * case recorded as not charged on the basis notChargedBasis() gives (a note naming another basis,
 * or any basis for a charged case, does not count).
 */
bool feeRecorded(const ReviewState &state, const Application &application);

/** Findings of the formal check (step 1), each a translated sentence; empty when clean. */
QStringList formalFindings(const Application &application, const ChecklistTemplate &checklist);
/** Findings of the security step (step 4): MLPS level against the highest data grade etc. */
QStringList securityFindings(const Application &application);

} // namespace reviewrules
} // namespace gd
