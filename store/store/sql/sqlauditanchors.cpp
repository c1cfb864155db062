// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlauditanchors.h"

#include <QSqlQuery>

#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/sql/queryerror.h"

namespace gd {
namespace {

const QString kTrail = QStringLiteral("audit trail");

constexpr char kSelectAnchors[] =
    "SELECT seq, hash, at, signer, algorithm, certificate, signature FROM audit_anchors ";

AuditAnchor readAnchor(const QSqlQuery &query)
{
    AuditAnchor anchor;
    anchor.seq = query.value(0).toLongLong();
    anchor.hash = query.value(1).toString();
    anchor.at = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs).toUTC();
    anchor.signer = query.value(3).toString();
    anchor.algorithm = query.value(4).toString();
    anchor.certificatePem = query.value(5).toString().toLatin1();
    anchor.signature = QByteArray::fromBase64(query.value(6).toString().toLatin1());
    return anchor;
}

/** False on a database opened read-only before its migration to schema 7. */
bool hasAnchorTable(const Database &db)
{
    return sql::dialect(db).hasTable(sql::connection(db), QStringLiteral("audit_anchors"));
}

QString actionList()
{
    QStringList quoted;
    for (const QString &action : AuditAnchors::kAnchoredActions)
        quoted << u'\'' + action + u'\'';
    return quoted.join(QStringLiteral(", "));
}

} // namespace

SqlAuditAnchors::SqlAuditAnchors(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Status SqlAuditAnchors::add(const AuditAnchor &anchor) const
{
    QSqlQuery insert(sql::connection(*m_db));
    if (!run(insert,
             QStringLiteral("INSERT INTO audit_anchors (seq, hash, at, signer, algorithm, "
                            "certificate, signature) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {anchor.seq, anchor.hash, AuditTrail::formatTime(anchor.at), anchor.signer,
              anchor.algorithm, QString::fromLatin1(anchor.certificatePem),
              QString::fromLatin1(anchor.signature.toBase64())}))
        return queryError(insert, kTrail);
    return success();
}

Result<QList<AuditAnchor>> SqlAuditAnchors::all() const
{
    QList<AuditAnchor> anchors;
    if (!hasAnchorTable(*m_db))
        return anchors;
    QSqlQuery query(sql::connection(*m_db));
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(kSelectAnchors) + QStringLiteral("ORDER BY seq")))
        return queryError(query, kTrail);
    while (query.next())
        anchors << readAnchor(query);
    return anchors;
}

Result<std::optional<AuditAnchor>> SqlAuditAnchors::newest() const
{
    if (!hasAnchorTable(*m_db))
        return std::optional<AuditAnchor>();
    QSqlQuery query(sql::connection(*m_db));
    if (!query.exec(QLatin1String(kSelectAnchors) + QStringLiteral("ORDER BY seq DESC LIMIT 1")))
        return queryError(query, kTrail);
    if (!query.next())
        return std::optional<AuditAnchor>();
    return std::optional<AuditAnchor>(readAnchor(query));
}

Result<QList<qint64>> SqlAuditAnchors::markedWithoutAnchor(qint64 afterSeq) const
{
    if (!hasAnchorTable(*m_db))
        return QList<qint64>(); // written before anchors existed: nothing is marked
    // audit_events_action finds the few events of these actions; json_extract reads only them.
    QSqlQuery query(sql::connection(*m_db));
    query.setForwardOnly(true);
    if (!run(query,
             QStringLiteral("SELECT e.seq FROM audit_events e WHERE e.action IN (%1) "
                            "AND e.seq > ? AND %2 "
                            "AND NOT EXISTS (SELECT 1 FROM audit_anchors a WHERE a.seq = e.seq) "
                            "ORDER BY e.seq")
                 .arg(actionList(), sql::dialect(*m_db).jsonKeyIsTrue(QStringLiteral("e.detail"),
                                                                      QStringLiteral("anchored"))),
             {afterSeq}))
        return queryError(query, kTrail);
    QList<qint64> seqs;
    while (query.next())
        seqs << query.value(0).toLongLong();
    return seqs;
}

QString SqlAuditAnchors::casesWithoutTheirEventsSql()
{
    // The subject of a case's events is "ID vN" (ReviewStore); audit_events_subject answers.
    // "|| ''" keeps SQLite from the action's index, which it prefers without statistics:
    // every signed case then read every signature of the trail (at 100,000 applications the
    // whole check ran for more than twenty minutes; with the subject's index, one second).
    return QStringLiteral(
        "SELECT v.app_id || ' v' || v.version, v.status, w.action FROM application_versions v "
        "CROSS JOIN (SELECT 'case.sign' AS action UNION ALL SELECT 'case.countersign') w "
        "WHERE v.status IN ('signed', 'countersigned', 'filed') "
        "AND (w.action = 'case.sign' OR v.status <> 'signed') "
        "AND NOT EXISTS (SELECT 1 FROM audit_events e WHERE "
        "e.subject = v.app_id || ' v' || v.version AND e.action || '' = w.action) "
        "ORDER BY v.app_id, v.version, w.action DESC");
}

Result<QList<MissingCaseEvent>> SqlAuditAnchors::casesWithoutTheirEvents() const
{
    QSqlQuery query(sql::connection(*m_db));
    query.setForwardOnly(true);
    if (!query.exec(casesWithoutTheirEventsSql()))
        return queryError(query, kTrail);
    QList<MissingCaseEvent> missing;
    while (query.next())
        missing << MissingCaseEvent{query.value(0).toString(), query.value(1).toString(),
                                    query.value(2).toString()};
    return missing;
}

Result<QStringList> SqlAuditAnchors::dataWithoutEvents() const
{
    QSqlDatabase db = sql::connection(*m_db);
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_events)")) || !any.next())
        return queryError(any, kTrail);
    if (any.value(0).toBool())
        return QStringList();
    // Importing writes no event, so applications merely received prove nothing; any review
    // (review.start) and any case moved on (case.*) did write one.
    QStringList problems;
    const QList<std::pair<QString, QString>> tables{
        {QStringLiteral("reviews"), QStringLiteral("SELECT COUNT(*) FROM reviews")},
        {QStringLiteral("application_versions"),
         QStringLiteral("SELECT COUNT(*) FROM application_versions WHERE status <> 'received'")}};
    for (const auto &[table, sql] : tables) {
        QSqlQuery count(db);
        if (!count.exec(sql) || !count.next())
            return queryError(count, kTrail);
        if (const qint64 rows = count.value(0).toLongLong(); rows > 0)
            problems << QStringLiteral("%1 holds %2 row(s) %3but the audit trail has no events: "
                                       "it was emptied")
                            .arg(table)
                            .arg(rows)
                            .arg(table == QLatin1String("reviews")
                                     ? QString()
                                     : QStringLiteral("past \"received\" "));
    }
    return problems;
}

} // namespace gd
