// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlreviewstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"
#include "domain/subject.h"

namespace gd {
namespace {

/** Now, in UTC with milliseconds: the form updated_at and the answer times are stored in. */
QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

/** Binds as '' rather than NULL: the text columns are NOT NULL. */
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString listToText(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromText(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

std::optional<ReviewStep> stepFromCode(const QString &code)
{
    for (int i = 0; i < kReviewStepCount; ++i) {
        const auto step = static_cast<ReviewStep>(i);
        if (reviewStepCode(step) == code)
            return step;
    }
    return std::nullopt;
}

Result<CaseRow> versionRow(const QSqlDatabase &db, const QString &id, int version)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT pk, status, decision FROM application_versions "
                            "WHERE app_id = ? AND version = ?"),
             {id, version}))
        return queryError(q);
    if (!q.next())
        return Error{subjectOf(id, version), QStringLiteral("no such application version")};
    CaseRow row;
    row.pk = q.value(0).toLongLong();
    const auto status = caseStatusFromCode(q.value(1).toString());
    const auto decision = decisionFromCode(q.value(2).toString());
    if (!status || !decision)
        return Error{subjectOf(id, version),
                     QStringLiteral("stored status or decision is damaged")};
    row.status = *status;
    row.decision = *decision;
    return row;
}

Status writeStatus(const QSqlDatabase &db, qint64 versionPk, CaseStatus from, CaseStatus to,
                   Decision decision)
{
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("UPDATE application_versions SET status = ?, decision = ? "
                            "WHERE pk = ? AND status = ?"),
             {caseStatusCode(to), text(decisionCode(decision)), versionPk, caseStatusCode(from)}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("case"),
                     QStringLiteral("another officer moved this case meanwhile: it is no longer "
                                    "%1, and nothing was changed; look at it again")
                         .arg(caseStatusLabel(from))};
    return success();
}

Status storeAnswer(const QSqlDatabase &db, qint64 reviewPk, const QString &itemId,
                   const std::optional<ChecklistAnswer> &answer, const QString &now)
{
    QSqlQuery q(db);
    if (!answer) {
        if (!run(q,
                 QStringLiteral("DELETE FROM review_answers WHERE review_pk = ? AND item_id = ?"),
                 {reviewPk, itemId}))
            return queryError(q);
        return success();
    }
    if (!run(q,
             QStringLiteral(
                 "INSERT INTO review_answers (review_pk, item_id, verdict, rationale, evidence, "
                 "suggested, suggestion_reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                 "ON CONFLICT (review_pk, item_id) DO UPDATE SET verdict = excluded.verdict, "
                 "rationale = excluded.rationale, evidence = excluded.evidence, "
                 "suggested = excluded.suggested, suggestion_reason = excluded.suggestion_reason, "
                 "updated_at = excluded.updated_at"),
             {reviewPk, itemId, text(verdictCode(answer->verdict)), text(answer->rationale),
              listToText(answer->evidence), answer->suggested ? 1 : 0,
              text(answer->suggestionReason), now}))
        return queryError(q);
    return success();
}

Status storeNote(const QSqlDatabase &db, qint64 reviewPk, const QString &key,
                 const std::optional<QString> &value, const QString &now)
{
    QSqlQuery q(db);
    if (!value) {
        if (!run(q, QStringLiteral("DELETE FROM review_notes WHERE review_pk = ? AND key = ?"),
                 {reviewPk, key}))
            return queryError(q);
        return success();
    }
    if (!run(q,
             QStringLiteral("INSERT INTO review_notes (review_pk, key, value, updated_at) "
                            "VALUES (?, ?, ?, ?) ON CONFLICT (review_pk, key) DO UPDATE SET "
                            "value = excluded.value, updated_at = excluded.updated_at"),
             {reviewPk, key, text(*value), now}))
        return queryError(q);
    return success();
}

Status writeReviewRow(const QSqlDatabase &db, const ReviewState &state, bool proposal, bool step,
                      const QString &now)
{
    QSqlQuery q(db);
    QString sql = QStringLiteral("UPDATE reviews SET updated_at = ?");
    QVariantList values{now};
    if (proposal) {
        sql += QStringLiteral(", proposal_decision = ?, proposal_conditions = ?, "
                              "proposal_reasons = ?, opinion = ?");
        values << text(decisionCode(state.proposal.decision))
               << listToText(state.proposal.conditions) << listToText(state.proposal.reasons)
               << text(state.proposal.opinion);
    }
    if (step) {
        sql += QStringLiteral(", current_step = ?");
        values << reviewStepCode(state.currentStep);
    }
    sql += QStringLiteral(" WHERE pk = ?");
    values << state.reviewId;
    if (!run(q, sql, values))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{subjectOf(state.applicationId, state.version),
                     QStringLiteral("the review is not in the database")};
    return success();
}

} // namespace

SqlReviewStore::SqlReviewStore(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<std::optional<ReviewState>> SqlReviewStore::find(const QString &id, int version) const
{
    const QSqlDatabase db = sql::connection(*m_db);
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral(
                 "SELECT r.pk, r.template_version, r.reviewer, r.current_step, "
                 "r.proposal_decision, r.proposal_conditions, r.proposal_reasons, r.opinion, "
                 "r.updated_at FROM reviews r JOIN application_versions v ON v.pk = r.version_pk "
                 "WHERE v.app_id = ? AND v.version = ?"),
             {id, version}))
        return queryError(q);
    if (!q.next())
        return std::optional<ReviewState>{};

    const QString where = subjectOf(id, version);
    ReviewState state;
    state.reviewId = q.value(0).toLongLong();
    state.applicationId = id;
    state.version = version;
    state.templateVersion = q.value(1).toString();
    state.reviewer = q.value(2).toString();
    const auto step = stepFromCode(q.value(3).toString());
    const auto decision = decisionFromCode(q.value(4).toString());
    if (!step || !decision)
        return Error{where, QStringLiteral("stored review is damaged: step or decision unknown")};
    state.currentStep = *step;
    state.proposal.decision = *decision;
    state.proposal.conditions = listFromText(q.value(5).toString());
    state.proposal.reasons = listFromText(q.value(6).toString());
    state.proposal.opinion = q.value(7).toString();
    state.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);

    if (!run(q,
             QStringLiteral("SELECT item_id, verdict, rationale, evidence, suggested, "
                            "suggestion_reason FROM review_answers WHERE review_pk = ?"),
             {state.reviewId}))
        return queryError(q);
    while (q.next()) {
        const auto verdict = verdictFromCode(q.value(1).toString());
        if (!verdict)
            return Error{where, QStringLiteral("stored answer to %1 is damaged: unknown verdict")
                                    .arg(q.value(0).toString())};
        ChecklistAnswer answer;
        answer.verdict = *verdict;
        answer.rationale = q.value(2).toString();
        answer.evidence = listFromText(q.value(3).toString());
        answer.suggested = q.value(4).toInt() != 0;
        answer.suggestionReason = q.value(5).toString();
        state.answers.insert(q.value(0).toString(), answer);
    }

    if (!run(q, QStringLiteral("SELECT key, value FROM review_notes WHERE review_pk = ?"),
             {state.reviewId}))
        return queryError(q);
    while (q.next())
        state.notes.insert(q.value(0).toString(), q.value(1).toString());
    return std::optional<ReviewState>(std::move(state));
}

Status SqlReviewStore::writeProgress(const ReviewState &state, bool proposal, bool step)
{
    return writeReviewRow(sql::connection(*m_db), state, proposal, step, nowUtc());
}

Result<CaseRow> SqlReviewStore::caseRow(const QString &id, int version) const
{
    return versionRow(sql::connection(*m_db), id, version);
}

Status SqlReviewStore::writeCaseStatus(qint64 versionPk, CaseStatus from, CaseStatus to,
                                       Decision decision)
{
    return writeStatus(sql::connection(*m_db), versionPk, from, to, decision);
}

Result<ReviewState> SqlReviewStore::create(const QString &id, int version, qint64 versionPk,
                                           const QString &templateVersion, const QString &actor)
{
    const QString now = nowUtc();
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q,
             QStringLiteral("INSERT INTO reviews (version_pk, template_version, reviewer, "
                            "current_step, started_at, updated_at) VALUES (?, ?, ?, ?, ?, ?) "
                            "RETURNING pk"),
             {versionPk, text(templateVersion), text(actor),
              reviewStepCode(ReviewStep::FormalCheck), now, now}))
        return queryError(q);
    if (!q.next())
        return queryError(q);
    ReviewState state;
    state.reviewId = q.value(0).toLongLong();
    state.applicationId = id;
    state.version = version;
    state.templateVersion = templateVersion;
    state.reviewer = actor;
    state.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return state;
}

Status SqlReviewStore::writeAnswer(qint64 reviewPk, const QString &itemId,
                                   const std::optional<ChecklistAnswer> &answer)
{
    return storeAnswer(sql::connection(*m_db), reviewPk, itemId, answer, nowUtc());
}

Status SqlReviewStore::writeNote(qint64 reviewPk, const QString &key,
                                 const std::optional<QString> &value)
{
    return storeNote(sql::connection(*m_db), reviewPk, key, value, nowUtc());
}

Result<std::optional<int>> SqlReviewStore::returnedPredecessor(const QString &id, int version) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q,
             QStringLiteral("SELECT v.version, v.status FROM application_versions v "
                            "WHERE v.app_id = ? AND v.version < ? AND EXISTS (SELECT 1 FROM "
                            "reviews r WHERE r.version_pk = v.pk) ORDER BY v.version DESC "
                            "LIMIT 1"),
             {id, version}))
        return queryError(q);
    if (!q.next() || q.value(1).toString() != caseStatusCode(CaseStatus::Returned))
        return std::optional<int>{};
    return std::optional<int>(q.value(0).toInt());
}

Status SqlReviewStore::lock(qint64 reviewPk)
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q, QStringLiteral("UPDATE reviews SET updated_at = updated_at WHERE pk = ?"),
             {reviewPk}))
        return queryError(q);
    return success();
}

} // namespace gd
