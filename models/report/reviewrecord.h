// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTextDocument> // complete: reviewDocument() hands one out

#include "core/result.h"
#include "domain/application.h"
#include "domain/review.h"
#include "domain/workflow.h"
#include "modes/modetable.h"
#include "pricing/feeengine.h"
#include "report/pdfdocument.h"
#include "domain/register.h"

namespace gd {
class Database;
}

namespace gd::report {

/** One attachment of the application with its bytes, as filed in the package. */
struct FiledAttachment
{
    QString path; // inside the package: "attachments/<file name>", unique
    QString name; // the application's label
    QString kind;
    QString sha256;
    QByteArray data;
};

/** The mode comparison (step 5) as the review left it: notes "modes.*" over the mode table. */
struct ModeRecord
{
    ModeScoring scoring;       // weights and adjusted scores from the notes (defaults when none)
    ModeComparison comparison; // recomputed with modes::compare: totals, ranking, finding
    QString declared;          // the application's mode
    QString chosen;            // note "modes.chosen"; empty when the reviewer chose none
    QString rationale;         // note "modes.rationale"
};

/** The fee (step 6): the inputs used, the engine's result with its trace, and the curve. */
struct PricingRecord
{
    FeeRequest request;
    QString ruleFile;        // the rule file's name, when known
    bool recomputed = false; // true: the review stored no fee; computed for the record
    FeeResult result;
    QList<FeeCurvePoint> curve; // fee against quantity, for the report's chart
};

/**
 * Everything a review package records about one reviewed version: the application, the
 * review (answers, notes, proposal), the decision, who reviewed and approved, the rule
 * versions used and the head of the audit trail. Loaded once; the JSON and the PDF are
 * both made from it, so they always agree.
 */
struct ReviewRecord
{
    Application application;
    ReviewState review;
    CaseStatus status = CaseStatus::Received;
    Decision decision = Decision::None;
    QString reviewer;
    QString approver;
    QDateTime decidedAt; // UTC; when the approver agreed
    QString checklistVersion;
    QString feeRulesVersion; // empty when the review has no pricing
    QString modeTableVersion;
    /**
     * The audit trail's head when the record was loaded: for an exported package, the event
     * just before the package's own case.sign (or package.export) event — that event records
     * the package's digests, so it cannot be inside the package. `audit verify --package`
     * finds this (seq, hash) in the chain.
     */
    qint64 auditHeadSeq = 0;
    QString auditHeadHash;
    QList<FiledAttachment> attachments;

    // Loaded with the record so that the JSON and the PDF need no database.
    QList<ResourceStatus> resources;         // requested resources with their registration status
    QDateTime submittedAt;                   // UTC; when the reviewer submitted for approval
    QMap<QString, QString> approverComments; // "formal", …, "decision", "sendback", "agree"
    ModeRecord modes;
    std::optional<PricingRecord> pricing; // none when the application asks for no fee
};

/**
 * Loads the record of @p id / @p version. Refused (with the reason) when there is no
 * review, or when the case is not yet decided (status decided, signed, countersigned or
 * filed) — a package records a decision.
 */
Result<ReviewRecord> loadReviewRecord(const std::shared_ptr<Database> &db, const QString &id,
                                      int version);

/**
 * review.json: RFC 8785 canonical JSON (core/canonicaljson.h) of the record — the
 * application, checklist answers, mode assessment, pricing trace, decision, opinion,
 * reviewer, approver and audit head. Money, rates and weights are strings; the same
 * record always gives the same bytes. Format kReviewFormat (report/reviewformat.h): what
 * GrantDesk works out (the fee trace and findings, the mode finding) is recorded as codes
 * with their numbers, never as sentences, so the bytes do not depend on the language the
 * program runs in; what officers typed is recorded as typed.
 */
QByteArray reviewJson(const ReviewRecord &record);

/**
 * The manifest's "rules" object: { "checklist": v, "feeRules": v, "modeTable": v } (keys
 * with empty versions left out).
 */
QJsonObject rulesJson(const ReviewRecord &record);

/**
 * The path of the first number in @p value that is not an exact integer (|n| ≤ 2^53),
 * e.g. "pricing.rate", or an empty string when there is none. reviewJson() writes such
 * numbers as strings; a test uses this to prove none is left.
 */
QString firstNonInteger(const QJsonValue &value, const QString &path = {});

/** A file name safe inside a package: no '/', '\\', "..", control characters. */
QString safeFileName(const QString &name);

/**
 * review.pdf: the human-readable report, A4, text set in WenQuanYi Micro Hei with the
 * fonts embedded, "第 X 页 / 共 Y 页" on every page. Texts follow the installed
 * translator. Needs a QGuiApplication (the CLI runs one on the offscreen platform).
 */
Result<QByteArray> reviewPdf(const ReviewRecord &record);

/**
 * The report as a document laid out for A4 (what reviewPdf() prints), so that the GUI's
 * print preview and printing show exactly the same text, tables and charts. The caller
 * owns the document; the charts are its resources, drawn at @p dpi.
 */
std::unique_ptr<QTextDocument> reviewDocument(const ReviewRecord &record, int dpi = 300);

/** The report's pages: title, running header "title · id version n", A4, footer. */
PageStyle reviewPageStyle(const ReviewRecord &record);

/** The application's own pricing request, as the pricing page starts it. */
FeeRequest requestFromApplication(const Application &application, const QDate &reviewDate);

/**
 * The "pricing.result" note for @p application's own pricing request on @p reviewDate,
 * computed under the rule file effective then; none when no installed rule file holds
 * the product. What the pricing step stores when the officer accepts the request as filed.
 */
std::optional<QString> feeNoteFor(const Application &application, const QDate &reviewDate);

} // namespace gd::report
