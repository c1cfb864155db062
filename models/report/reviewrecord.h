// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/application.h"
#include "domain/review.h"
#include "domain/workflow.h"

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
    qint64 auditHeadSeq = 0;
    QString auditHeadHash;
    QList<FiledAttachment> attachments;
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
 * record always gives the same bytes.
 */
QByteArray reviewJson(const ReviewRecord &record);

/**
 * The manifest's "rules" object: { "checklist": v, "feeRules": v, "modeTable": v } (keys
 * with empty versions left out).
 */
QJsonObject rulesJson(const ReviewRecord &record);

/**
 * review.pdf: the human-readable report, A4, text set in WenQuanYi Micro Hei with the
 * fonts embedded, "第 X 页 / 共 Y 页" on every page. Texts follow the installed
 * translator. Needs a QGuiApplication (the CLI runs one on the offscreen platform).
 */
Result<QByteArray> reviewPdf(const ReviewRecord &record);

} // namespace gd::report
