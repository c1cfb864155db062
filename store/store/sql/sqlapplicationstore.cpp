// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlapplicationstore.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include "core/log.h"
#include "domain/applicationjson.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/dialect.h"
#include "store/sql/monitoringfacts.h"
#include "store/sql/queryerror.h"
#include "store/sql/statements.h"
#include "domain/subject.h"

namespace gd {
namespace {

const QString kDatabaseWhere = QStringLiteral("database");

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QVariant nullable(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

} // namespace

QString sql::searchBody(const Application &a)
{
    QStringList parts{a.id,
                      a.applicant.name,
                      a.applicant.creditCode,
                      a.scenario.name,
                      a.scenario.domain,
                      a.scenario.description,
                      a.scenario.beneficiaries,
                      a.authorization.planRef,
                      a.authorization.implementingBody};
    for (const RequestedResource &r : a.resources) {
        parts << r.name << r.registrationCode << r.provider << r.sharedFrom
              << r.fields.join(QLatin1Char(' '));
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

namespace {

QString orderColumn(InboxQuery::Column column)
{
    switch (column) {
    case InboxQuery::Column::Id:
        return QStringLiteral("v.app_id");
    case InboxQuery::Column::Version:
        return QStringLiteral("v.version");
    case InboxQuery::Column::Status:
        return QStringLiteral("v.status");
    case InboxQuery::Column::Applicant:
        return QStringLiteral("v.applicant_name");
    case InboxQuery::Column::Scenario:
        return QStringLiteral("v.scenario_name");
    case InboxQuery::Column::Domain:
        return QStringLiteral("v.domain");
    case InboxQuery::Column::Mode:
        return QStringLiteral("v.mode");
    case InboxQuery::Column::UseClass:
        return QStringLiteral("v.use_class");
    case InboxQuery::Column::Submitted:
        return QStringLiteral("v.submitted_at");
    case InboxQuery::Column::Deadline:
        return QStringLiteral("v.deadline");
    case InboxQuery::Column::Resources:
        return QStringLiteral("v.resource_count");
    }
    return QStringLiteral("v.submitted_at");
}

/** WHERE clause and bind values shared by count() and rows(). */
struct Filter
{
    QString where;
    QVariantList values;
    // The search's matches alone ("FROM … WHERE …" and its values), when one full-text table
    // answers it, and its row-by-row form, when the engine has one (pagePlan()).
    QString searchHits;
    QVariantList searchHitsValues;
    QString searchRowByRow;
    QList<QList<sql::SearchCondition::Count>> searchBounds; // SearchCondition::bounds
    double searchWalkCost = 0;                              // SearchCondition::walkCost
    bool searchFewMatches = false;                          // SearchCondition::fewMatches
    // Nothing but the search (and the latest versions) is asked: its matches are the count.
    bool searchAlone = true;
};

enum class SearchPlan
{
    GatherMatches, // every match first, then the page in order: few matches
    RowByRow,      // the inbox's order walked, each row checked: many matches
    SortMatches    // every match looked up by key and sorted: a few thousand at most
};

/** The search's terms: every whitespace-separated term must occur as a substring (LIKE's
 *  case folding). */
QStringList searchTerms(const InboxQuery &query)
{
    return query.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

/** The condition of @p query's search, asked of the engine once per query: for a long term
 *  the engine counts its pieces' matches to choose one (Dialect::search). */
sql::SearchCondition searchOf(const InboxQuery &query, const QSqlDatabase &db,
                              const sql::Dialect &dialect)
{
    const QStringList terms = searchTerms(query);
    return terms.isEmpty() ? sql::SearchCondition{} : dialect.search(db, terms, !query.allVersions);
}

/** Whether @p plan gathers @p search's matches and sorts them: a few thousand at most, which
 *  firstRows() then counts as it sorts them. */
bool sortsMatches(const sql::SearchCondition &search, SearchPlan plan)
{
    return search.fewMatches || plan == SearchPlan::SortMatches;
}

Filter buildFilter(const InboxQuery &query, const sql::Dialect &dialect,
                   const sql::SearchCondition &search, SearchPlan plan = SearchPlan::GatherMatches)
{
    QStringList conditions;
    Filter filter;
    const QStringList terms = searchTerms(query);
    // A few thousand matches at most are looked up by key and sorted ("+": no index that
    // starts with is_latest, which would walk the order through every version).
    const bool sortMatches = sortsMatches(search, plan);
    if (!query.allVersions)
        conditions << (sortMatches ? QStringLiteral("+v.is_latest = 1")
                                   : QStringLiteral("v.is_latest = 1"));
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (const QString &status : query.statuses) {
            marks << QStringLiteral("?");
            filter.values << status;
        }
        conditions << QStringLiteral("v.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!terms.isEmpty()) {
        const bool rowByRow = plan == SearchPlan::RowByRow && !search.rowByRow.isEmpty();
        conditions << (rowByRow ? search.rowByRow : search.condition);
        filter.values << (rowByRow ? search.rowByRowValues : search.values);
        filter.searchHits = search.countOnly;
        filter.searchHitsValues = search.countOnlyValues;
        filter.searchRowByRow = search.rowByRow;
        filter.searchBounds = search.bounds;
        filter.searchWalkCost = search.walkCost;
        filter.searchFewMatches = search.fewMatches;
    }
    // "Waiting for me": whose turn it is depends on who reviewed the case (four eyes).
    switch (query.waitingFor) {
    case InboxQuery::Waiting::Anyone:
        break;
    case InboxQuery::Waiting::Reviewer:
        conditions << QStringLiteral(
            "(v.status = 'received' OR (v.status = 'in_review' AND EXISTS (SELECT 1 FROM "
            "reviews r WHERE r.version_pk = v.pk AND r.reviewer = ?)))");
        filter.values << query.officer;
        break;
    case InboxQuery::Waiting::Approver:
        conditions << QStringLiteral(
            "(v.status = 'awaiting_approval' AND NOT EXISTS (SELECT 1 FROM reviews r "
            "WHERE r.version_pk = v.pk AND r.reviewer = ?))");
        filter.values << query.officer;
        break;
    }
    if (!query.ids.isEmpty()) {
        // One bound JSON array, however long the list (no limit on bound variables).
        conditions << dialect.inJsonArray(QStringLiteral("v.app_id"));
        filter.values << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(query.ids)).toJson(QJsonDocument::Compact));
    }
    filter.searchAlone = query.statuses.isEmpty() &&
                         query.waitingFor == InboxQuery::Waiting::Anyone && query.ids.isEmpty();
    if (!conditions.isEmpty())
        filter.where = QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return filter;
}

/**
 * Which plan finds the first @p wanted rows of @p filter sooner (SearchCondition::rowByRow).
 * Gathering costs per match (a, about 0.3 µs on SQLite); walking the inbox's order and
 * checking each row costs per row walked (b: about 3 µs to look for a short term in the
 * row's text, about 100 µs for a full-text lookup of a longer one; b / a is the search's
 * walkCost), and the walk meets @p wanted rows after wanted / d of them, d the share of the
 * N versions that match. The walk wins when d × N × a exceeds wanted / d × b, that is when
 * d > √(wanted × b / a / N). Measured on the first page of 1,000,000 (docs/storage.md):
 * "g" (every version) 237 ms gathered against 1 ms walked, "物流" (0.11) 29 against 7; a
 * full-text lookup per row: "流" (0.67) 133 against 36, "物流" 31 against 124. d is the
 * share among the newest 20,000 versions, which the full-text table counts by rowid range
 * in 2 ms or less whatever the term (at most the smallest of the engine's bounds, each a sum
 * of such counts: a term that may be part of an id is counted in the ids and in the text,
 * SearchCondition::bounds). When d × N is a few thousand or less, the matches are
 * looked up by key and sorted instead: walking the order would read every version before it
 * knew that no more match ("BENCH-00099" at 1,000,000: 100 matches, 75 ms of walking).
 */
SearchPlan pagePlan(const QSqlDatabase &db, const Filter &filter, int wanted)
{
    constexpr double kFewMatches = 3000; // sorted in a few milliseconds
    if (filter.searchFewMatches || filter.searchRowByRow.isEmpty() || filter.searchBounds.isEmpty())
        return SearchPlan::GatherMatches;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(pk) FROM application_versions")) || !q.next())
        return SearchPlan::GatherMatches;
    const qint64 versions = q.value(0).toLongLong(); // about the number of versions, at once
    constexpr qint64 kWindow = 20000;
    const double share =
        std::sqrt(filter.searchWalkCost * wanted / double(std::max<qint64>(1, versions)));
    if (share >= 1)
        return SearchPlan::GatherMatches; // even every version matching would not pay
    const qint64 window = std::min(kWindow, versions);
    double matches = std::numeric_limits<double>::infinity();
    for (const auto &bound : filter.searchBounds) {
        double sum = 0;
        for (const sql::SearchCondition::Count &count : bound) {
            if (count.known >= 0) {
                sum += double(count.known) * double(window) / double(versions);
                continue;
            }
            if (!run(q, QStringLiteral("SELECT COUNT(*) %1 AND rowid > ?").arg(count.rows),
                     count.values + QVariantList{versions - window}) ||
                !q.next())
                return SearchPlan::GatherMatches;
            sum += q.value(0).toDouble();
        }
        matches = std::min(matches, sum);
    }
    if (matches * double(versions) / double(window) <= kFewMatches)
        return SearchPlan::SortMatches;
    return matches >= share * double(window) ? SearchPlan::RowByRow : SearchPlan::GatherMatches;
}

InboxRow rowFrom(const QSqlQuery &q)
{
    InboxRow row;
    row.id = q.value(0).toString();
    row.version = q.value(1).toInt();
    row.status = caseStatusFromCode(q.value(2).toString()).value_or(CaseStatus::Received);
    row.decision = decisionFromCode(q.value(3).toString()).value_or(Decision::None);
    row.applicant = q.value(4).toString();
    row.creditCode = q.value(5).toString();
    row.scenario = q.value(6).toString();
    row.domain = q.value(7).toString();
    row.mode = q.value(8).toString();
    row.useClass = q.value(9).toString();
    row.submittedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);
    row.deadline = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    row.resourceCount = q.value(12).toInt();
    row.unregisteredCount = q.value(13).toInt();
    row.cancelledCount = q.value(14).toInt();
    row.missingEarlierVersion = q.value(15).toBool();
    return row;
}

} // namespace

SqlApplicationStore::SqlApplicationStore(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

namespace {

/** Stores the applicant, the version row and its source file; the new version's pk. */
Result<qint64> insertVersion(sql::Statements &st, const ParsedApplication &parsed,
                             const QString &now)
{
    const Application &a = parsed.application;
    if (!st.run(QStringLiteral("INSERT INTO applicants (credit_code, name, updated_at) "
                               "VALUES (?, ?, ?) ON CONFLICT (credit_code) DO UPDATE SET "
                               "name = excluded.name, updated_at = excluded.updated_at"),
                {a.applicant.creditCode, a.applicant.name, now}))
        return queryError(st.query());

    // With the columns monitoring reads instead of the file (sql/monitoringfacts.h).
    if (!st.run(QStringLiteral("INSERT INTO application_versions (app_id, version, content_sha256, "
                               "submitted_at, deadline, applicant_code, applicant_name, "
                               "scenario_name, domain, mode, use_class, period_start, period_end, "
                               "resource_count, imported_at, %1) VALUES "
                               "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING pk")
                    .arg(QLatin1String(sql::kFactColumns)),
                QVariantList{
                    a.id, a.version, parsed.contentSha256,
                    a.submittedAt.toUTC().toString(Qt::ISODate),
                    nullable(a.deadline.isValid() ? a.deadline.toString(Qt::ISODate) : QString()),
                    a.applicant.creditCode, a.applicant.name, a.scenario.name, a.scenario.domain,
                    a.authorization.mode, a.useClass, a.periodStart.toString(Qt::ISODate),
                    a.periodEnd.toString(Qt::ISODate), static_cast<int>(a.resources.size()), now} +
                    sql::factValues(a)))
        return queryError(st.query());
    if (!st.query().next())
        return queryError(st.query());
    const qint64 versionPk = st.query().value(0).toLongLong();
    if (!st.run(QStringLiteral("INSERT INTO application_files (version_pk, source_json) "
                               "VALUES (?, ?)"),
                {versionPk, parsed.sourceJson}))
        return queryError(st.query());
    return versionPk;
}

/** Stores the requested resources of the version @p versionPk, in their order. */
Status insertResources(sql::Statements &st, qint64 versionPk,
                       const QList<RequestedResource> &resources)
{
    for (int i = 0; i < resources.size(); ++i) {
        const RequestedResource &r = resources.at(i);
        const QByteArray fields =
            QJsonDocument(QJsonArray::fromStringList(r.fields)).toJson(QJsonDocument::Compact);
        if (!st.run(QStringLiteral(
                        "INSERT INTO requested_resources (version_pk, position, name, "
                        "registration_code, provider, fields, grade, volume, update_frequency, "
                        "delivery, shared_from, justification, field_count, submitted_at) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?, (SELECT submitted_at FROM "
                        "application_versions WHERE pk = ?))"),
                    {versionPk, i, r.name, nullable(r.registrationCode), r.provider,
                     QString::fromUtf8(fields), nullable(r.grade),
                     r.volume ? QVariant(*r.volume) : QVariant(QMetaType(QMetaType::LongLong)),
                     nullable(r.updateFrequency), r.delivery, nullable(r.sharedFrom),
                     r.justification, static_cast<int>(r.fields.size()), versionPk}))
            return queryError(st.query());
    }
    return success();
}

/** Stores the attachments' bytes once by SHA-256 and the version's list of attachments. */
Status insertAttachments(sql::Statements &st, qint64 versionPk, const ParsedApplication &parsed)
{
    for (const AttachmentContent &content : parsed.contents) {
        if (!st.run(QStringLiteral("INSERT INTO blobs (sha256, size, content) VALUES (?, ?, ?) "
                                   "ON CONFLICT (sha256) DO NOTHING"),
                    {content.sha256, static_cast<qint64>(content.data.size()), content.data}))
            return queryError(st.query());
    }
    const QList<Attachment> &attachments = parsed.application.attachments;
    for (int i = 0; i < attachments.size(); ++i) {
        const Attachment &att = attachments.at(i);
        if (!st.run(QStringLiteral("INSERT INTO attachments (version_pk, position, name, kind, "
                                   "path, sha256) VALUES (?,?,?,?,?,?)"),
                    {versionPk, i, att.name, att.kind, att.path, att.sha256}))
            return queryError(st.query());
    }
    return success();
}

/** Which version is the latest, as marked on the versions of an application. */
struct LatestMark
{
    bool isLatest = false;        // the version asked about
    bool earlierVersions = false; // the application has other versions
};

/** Marks which version of the application is now the latest after @p versionPk was stored. */
Result<LatestMark> markLatestVersion(sql::Statements &st, qint64 versionPk, const QString &appId)
{
    if (!st.run(QStringLiteral("UPDATE application_versions SET is_latest = CASE WHEN version = "
                               "(SELECT MAX(version) FROM application_versions w WHERE w.app_id "
                               "= application_versions.app_id) THEN 1 ELSE 0 END WHERE app_id = ? "
                               "RETURNING pk, is_latest"),
                {appId}))
        return queryError(st.query());
    LatestMark mark;
    while (st.query().next()) {
        if (st.query().value(0).toLongLong() == versionPk)
            mark.isLatest = st.query().value(1).toInt() == 1;
        else
            mark.earlierVersions = true;
    }
    return mark;
}

/**
 * Indexes the version @p versionPk for search (trigram and short-term tables) with its mark
 * of the latest version, and moves the mark off an earlier version that lost it: a new
 * application's text is tokenized once per table.
 */
Status indexVersion(const Database &db, sql::Statements &st, qint64 versionPk, const QString &appId,
                    const QString &body, const LatestMark &mark)
{
    const sql::Dialect &dialect = sql::dialect(db);
    if (auto indexed = dialect.indexForSearch(st, versionPk, appId, body, mark.isLatest); !indexed)
        return indexed;
    if (mark.earlierVersions) {
        if (auto marked = dialect.markLatestForSearch(st, appId); !marked)
            return marked;
    }
    return success();
}

} // namespace

SqlApplicationStore::~SqlApplicationStore()
{
    if (!m_unindexed.isEmpty())
        log::warning(QStringLiteral("%1 stored versions left out of the search index (no flush)")
                         .arg(m_unindexed.size()));
}

Result<StoreOutcome> SqlApplicationStore::store(const ParsedApplication &parsed)
{
    return storeVersion(parsed, false);
}

Result<StoreOutcome> SqlApplicationStore::storeDeferringSearch(const ParsedApplication &parsed)
{
    return storeVersion(parsed, true);
}

Result<StoreOutcome> SqlApplicationStore::storeVersion(const ParsedApplication &parsed,
                                                       bool deferSearch)
{
    const Application &a = parsed.application;
    QSqlDatabase db = sql::connection(*m_db);
    Transaction transaction(*m_db);
    if (!transaction.begun())
        return Error{kDatabaseWhere, db.lastError().text()};
    if (!m_statements)
        m_statements = std::make_unique<sql::Statements>(db);
    sql::Statements &st = *m_statements;
    const auto finish = qScopeGuard([&st] { st.finish(); });

    if (!st.run(QStringLiteral("SELECT content_sha256 FROM application_versions "
                               "WHERE app_id = ? AND version = ?"),
                {a.id, a.version}))
        return queryError(st.query());
    if (st.query().next()) {
        if (st.query().value(0).toString() == parsed.contentSha256)
            return StoreOutcome::Unchanged;
        return Error{subjectOf(a.id, a.version),
                     QStringLiteral("a different file with this id and version is already "
                                    "stored; a changed application needs a new version number")};
    }

    const auto versionPk = insertVersion(st, parsed, nowUtc());
    if (!versionPk)
        return versionPk.error();
    if (auto stored = insertResources(st, *versionPk, a.resources); !stored)
        return stored.error();
    if (auto stored = insertAttachments(st, *versionPk, parsed); !stored)
        return stored.error();
    const auto mark = markLatestVersion(st, *versionPk, a.id);
    if (!mark)
        return mark.error();
    if (!deferSearch) {
        if (auto indexed = indexVersion(*m_db, st, *versionPk, a.id, sql::searchBody(a), *mark);
            !indexed)
            return indexed.error();
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    if (deferSearch)
        m_unindexed.append({*versionPk, a.id, sql::searchBody(a), mark->earlierVersions});
    return StoreOutcome::Added;
}

Status SqlApplicationStore::flushSearchIndex()
{
    const QList<Unindexed> pending = std::exchange(m_unindexed, {});
    if (pending.isEmpty())
        return success();
    Transaction transaction(*m_db);
    if (!transaction.begun())
        return Error{kDatabaseWhere, sql::connection(*m_db).lastError().text()};
    if (!m_statements)
        m_statements = std::make_unique<sql::Statements>(sql::connection(*m_db));
    sql::Statements &st = *m_statements;
    const auto finish = qScopeGuard([&st] { st.finish(); });
    for (const Unindexed &version : pending) {
        // A later version stored in the same batch may have taken the mark since.
        if (!st.run(QStringLiteral("SELECT is_latest FROM application_versions WHERE pk = ?"),
                    {version.versionPk}) ||
            !st.query().next())
            return queryError(st.query());
        const LatestMark mark{st.query().value(0).toInt() == 1, version.earlierVersions};
        if (auto indexed =
                indexVersion(*m_db, st, version.versionPk, version.appId, version.body, mark);
            !indexed)
            return indexed;
    }
    return transaction.commit();
}

Result<Application> SqlApplicationStore::load(const QString &id, int version) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q,
             QStringLiteral("SELECT v.pk, f.source_json FROM application_versions v JOIN "
                            "application_files f ON f.version_pk = v.pk "
                            "WHERE v.app_id = ? AND v.version = ?"),
             {id, version}))
        return queryError(q);
    if (!q.next())
        return Error{subjectOf(id, version), QStringLiteral("no such application version")};
    const qint64 pk = q.value(0).toLongLong();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{subjectOf(id, version),
                     QStringLiteral("stored file is damaged: %1").arg(error.errorString())};
    Application application = applicationFromJson(doc.object());

    if (!run(q,
             QStringLiteral("SELECT a.position, b.size FROM attachments a JOIN blobs b "
                            "ON b.sha256 = a.sha256 WHERE a.version_pk = ?"),
             {pk}))
        return queryError(q);
    while (q.next()) {
        const int position = q.value(0).toInt();
        if (position >= 0 && position < application.attachments.size())
            application.attachments[position].size = q.value(1).toLongLong();
    }
    return application;
}

Result<int> SqlApplicationStore::latestVersion(const QString &id) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q,
             QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM application_versions "
                            "WHERE app_id = ?"),
             {id}) ||
        !q.next())
        return queryError(q);
    return q.value(0).toInt();
}

Result<QList<VersionInfo>> SqlApplicationStore::versions(const QString &id) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q,
             QStringLiteral("SELECT version, status, decision, submitted_at, imported_at, "
                            "content_sha256 FROM application_versions WHERE app_id = ? "
                            "ORDER BY version"),
             {id}))
        return queryError(q);
    QList<VersionInfo> list;
    while (q.next()) {
        VersionInfo info;
        info.id = id;
        info.version = q.value(0).toInt();
        info.status = caseStatusFromCode(q.value(1).toString()).value_or(CaseStatus::Received);
        info.decision = decisionFromCode(q.value(2).toString()).value_or(Decision::None);
        info.submittedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODate);
        info.importedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        info.contentSha256 = q.value(5).toString();
        list << info;
    }
    return list;
}

Result<QList<ResourceStatus>> SqlApplicationStore::resourceStatuses(const QString &id,
                                                                    int version) const
{
    auto application = load(id, version);
    if (!application)
        return application.error();
    QSqlQuery q(sql::connection(*m_db));
    if (!q.prepare(QStringLiteral("SELECT status, name, operation_type, operation_review "
                                  "FROM register_resources WHERE code = ?")))
        return queryError(q);
    QList<ResourceStatus> list;
    for (const RequestedResource &resource : application->resources) {
        ResourceStatus entry{resource, RegistrationStatus::Unregistered, {}, {}, {}};
        if (!resource.registrationCode.isEmpty()) {
            q.addBindValue(resource.registrationCode);
            if (!q.exec())
                return queryError(q);
            if (q.next()) {
                entry.status = registrationStatusFromCode(q.value(0).toString())
                                   .value_or(RegistrationStatus::Unregistered);
                entry.registerName = q.value(1).toString();
                entry.operationType = q.value(2).toString();
                entry.operationReview = q.value(3).toString();
            }
        }
        list << entry;
    }
    return list;
}

Result<QByteArray> SqlApplicationStore::attachmentContent(const QString &sha256) const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q, QStringLiteral("SELECT content FROM blobs WHERE sha256 = ?"), {sha256}))
        return queryError(q);
    if (!q.next())
        return Error{QStringLiteral("attachment %1").arg(sha256), QStringLiteral("not stored")};
    return q.value(0).toByteArray();
}

Status SqlApplicationStore::setStatus(const QString &id, int version, CaseStatus status,
                                      Decision decision)
{
    QSqlQuery q(sql::connection(*m_db));
    if (!run(q,
             QStringLiteral("UPDATE application_versions SET status = ?, decision = ? "
                            "WHERE app_id = ? AND version = ?"),
             {caseStatusCode(status), decisionCode(decision), id, version}))
        return queryError(q);
    if (q.numRowsAffected() != 1)
        return Error{subjectOf(id, version), QStringLiteral("no such application version")};
    return success();
}

Result<int> SqlApplicationStore::count(const InboxQuery &query) const
{
    return countUpTo(query, 0);
}

Result<int> SqlApplicationStore::countUpTo(const InboxQuery &query, int cap) const
{
    const QSqlDatabase db = sql::connection(*m_db);
    const sql::Dialect &dialect = sql::dialect(*m_db);
    const Filter filter = buildFilter(query, dialect, searchOf(query, db, dialect));
    // The rows counted: the full-text table's matches alone when they answer the query, or the
    // versions. A cap stops the scan after cap + 1 rows, whatever the database's size.
    const bool ftsOnly = filter.searchAlone && !filter.searchHits.isEmpty();
    const QString rows =
        ftsOnly ? filter.searchHits : QStringLiteral("FROM application_versions v") + filter.where;
    QVariantList values = ftsOnly ? filter.searchHitsValues : filter.values;
    QString sql = QStringLiteral("SELECT COUNT(*) ") + rows;
    if (cap > 0) {
        sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 %1 LIMIT ?) capped").arg(rows);
        values << cap + 1;
    }
    QSqlQuery q(db);
    if (!run(q, sql, values) || !q.next())
        return queryError(q);
    return q.value(0).toInt();
}

Result<bool> SqlApplicationStore::isEmpty() const
{
    QSqlQuery q(sql::connection(*m_db));
    if (!q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM application_versions)")) ||
        !q.next())
        return queryError(q);
    return q.value(0).toBool();
}

Result<int> SqlApplicationStore::overdueCount(const InboxQuery &query, const QDate &today) const
{
    const QSqlDatabase db = sql::connection(*m_db);
    const sql::Dialect &dialect = sql::dialect(*m_db);
    const Filter filter = buildFilter(query, dialect, searchOf(query, db, dialect));
    const QString open =
        QStringLiteral("v.status IN ('received', 'in_review', 'awaiting_approval')");
    QVariantList values = filter.values;
    values << today.toString(Qt::ISODate);
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("SELECT COUNT(*) FROM application_versions v") + filter.where +
                 (filter.where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) +
                 open + QStringLiteral(" AND v.deadline IS NOT NULL AND v.deadline < ?"),
             values) ||
        !q.next())
        return queryError(q);
    return q.value(0).toInt();
}

namespace {

/**
 * The rows @p offset … @p offset + @p limit - 1 of @p query, its search read by @p plan;
 * with @p total, the number of all its rows too (COUNT(*) OVER (): every row is read, so
 * only for matches that are gathered and sorted anyway).
 */
Result<QList<InboxRow>> pageRows(const QSqlDatabase &db, const sql::Dialect &dialect,
                                 const InboxQuery &query, const sql::SearchCondition &search,
                                 SearchPlan plan, int offset, int limit, int *total = nullptr)
{
    const Filter filter = buildFilter(query, dialect, search, plan);
    const QString direction =
        query.sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // The page is chosen first by the indexes alone (pk only), and the per-row counts are
    // computed for its rows only: in the select list of the ordered query, a plan that sorts
    // computed them for every match before the LIMIT.
    const QString order = QStringLiteral(" ORDER BY %1 %2, v.app_id %2, v.version %2")
                              .arg(orderColumn(query.sortColumn), direction);
    const QString sql =
        QStringLiteral(
            "SELECT v.app_id, v.version, v.status, v.decision, v.applicant_name, "
            "v.applicant_code, v.scenario_name, v.domain, v.mode, v.use_class, v.submitted_at, "
            "v.deadline, v.resource_count, "
            "(SELECT COUNT(*) FROM requested_resources r LEFT JOIN register_resources g "
            " ON g.code = r.registration_code WHERE r.version_pk = v.pk AND g.code IS NULL), "
            "(SELECT COUNT(*) FROM requested_resources r JOIN register_resources g "
            " ON g.code = r.registration_code WHERE r.version_pk = v.pk "
            " AND g.status = 'cancelled'), "
            "(SELECT COUNT(*) FROM application_versions w WHERE w.app_id = v.app_id "
            " AND w.version < v.version) < v.version - 1%1 "
            "FROM (SELECT v.pk%2 FROM application_versions v")
            .arg(total ? QStringLiteral(", page.matches") : QString(),
                 total ? QStringLiteral(", COUNT(*) OVER () AS matches") : QString()) +
        filter.where + order +
        QStringLiteral(" LIMIT ? OFFSET ?) page JOIN application_versions v ON v.pk = page.pk") +
        order;
    QVariantList values = filter.values;
    values << limit << offset;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!run(q, sql, values))
        return queryError(q);
    QList<InboxRow> list;
    if (total)
        *total = offset; // no row: none from offset on
    while (q.next()) {
        list << rowFrom(q);
        if (total)
            *total = q.value(16).toInt();
    }
    return list;
}

} // namespace

Result<QList<InboxRow>> SqlApplicationStore::rows(const InboxQuery &query, int offset,
                                                  int limit) const
{
    const QSqlDatabase db = sql::connection(*m_db);
    const sql::Dialect &dialect = sql::dialect(*m_db);
    const sql::SearchCondition search = searchOf(query, db, dialect);
    const SearchPlan plan = pagePlan(db, buildFilter(query, dialect, search), offset + limit);
    return pageRows(db, dialect, query, search, plan, offset, limit);
}

Result<InboxFirstRows> SqlApplicationStore::firstRows(const InboxQuery &query, int screenful) const
{
    const QSqlDatabase db = sql::connection(*m_db);
    const sql::Dialect &dialect = sql::dialect(*m_db);
    const sql::SearchCondition search = searchOf(query, db, dialect);
    const SearchPlan plan = pagePlan(db, buildFilter(query, dialect, search), screenful + 1);
    // Matches that are gathered and sorted anyway are counted as they are sorted: a count of
    // its own would find them again ("BENCH-00099": its phrase, 75 ms at 1,000,000).
    const bool sorted = sortsMatches(search, plan);
    InboxFirstRows first;
    auto rows = pageRows(db, dialect, query, search, plan, 0, screenful + 1,
                         sorted ? &first.total : nullptr);
    if (!rows)
        return rows.error();
    first.more = rows->size() > screenful;
    first.rows = std::move(rows.value());
    if (first.more)
        first.rows.resize(screenful);
    return first;
}

} // namespace gd
