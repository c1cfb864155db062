// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Hand-built monitoring data: applications with decisions and checklist answers, register
// entries, feed records and fee rules, so that every figure in the tests is known.

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include "domain/workflow.h"
#include "monitoring/feeds.h"
#include "pricing/feerules.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/sql/connection.h"
#include "store/feedrepository.h"
#include "store/registerstore.h"
#include "store/storefixtures.h"
#include "store/repositories.h"

namespace gd::test {

inline std::shared_ptr<Database> openDb(const QString &path)
{
    auto db = Database::open(path);
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return nullptr;
    }
    return db.value();
}

inline RequestedResource resource(const QString &name, const QString &code, qint64 volume,
                                  int fields, const QString &grade = QStringLiteral("general"))
{
    RequestedResource r;
    r.name = name;
    r.registrationCode = code;
    r.provider = QStringLiteral("广州市政务服务和数据管理局");
    for (int i = 0; i < fields; ++i)
        r.fields << QStringLiteral("字段%1").arg(i + 1);
    r.grade = grade;
    r.volume = volume;
    r.delivery = QStringLiteral("sandbox");
    r.justification = QStringLiteral("场景必需");
    return r;
}

/** What a hand-built application looks like; everything else is makeApplication's. */
struct AppSpec
{
    QString id;
    QString operatorCode = QStringLiteral("91440101MA5CXK7Q9R");
    QString operatorName = QStringLiteral("广州低空智联科技有限公司");
    QString body = QStringLiteral("广州市政务服务和数据管理局");
    QString domain = QStringLiteral("交通");
    QString mode = QStringLiteral("scenario");
    QString useClass = QStringLiteral("industry");
    QDate submitted;
    QDate periodStart;
    QDate periodEnd;
    QList<RequestedResource> resources;
    int mlps = 3;
    bool crypto = true;
    bool emergencyPlan = true;
    Decision decision = Decision::None;
    /** Checklist item id -> verdict code; items not named stay unanswered. */
    QMap<QString, QString> answers;
};

inline QMap<QString, QString> allFourPass()
{
    return {{QStringLiteral("collective-decision"), QStringLiteral("pass")},
            {QStringLiteral("legality-review"), QStringLiteral("pass")},
            {QStringLiteral("risk-assessment"), QStringLiteral("pass")},
            {QStringLiteral("recusal"), QStringLiteral("pass")}};
}

/**
 * Stores the application, its review answers and decision; a decision is recorded as the
 * approver's "case.agree" audit event, so it is dated today.
 */
inline bool addApplication(const std::shared_ptr<Database> &db, const AppSpec &spec)
{
    Application a = makeApplication(spec.id, 1, spec.domain, QStringLiteral("场景 ") + spec.id);
    a.applicant.creditCode = spec.operatorCode;
    a.applicant.name = spec.operatorName;
    a.authorization.mode = spec.mode;
    a.authorization.implementingBody = spec.body;
    a.useClass = spec.useClass;
    // Noon on the machine's clock: monitoring counts a submission on its local day, which
    // 10:00 in China is not west of UTC.
    a.submittedAt = QDateTime(spec.submitted, QTime(12, 0));
    a.deadline = QDate();
    a.periodStart = spec.periodStart;
    a.periodEnd = spec.periodEnd;
    a.resources = spec.resources;
    a.security.mlpsLevel = spec.mlps;
    a.security.cryptoAssessment = spec.crypto;
    a.security.emergencyPlan = spec.emergencyPlan;
    const auto store = makeApplicationStore(db);
    if (auto stored = store->store(parsed(a)); !stored) {
        qWarning("%s", qPrintable(stored.error().toString()));
        return false;
    }
    QSqlQuery q(sql::connection(*db));
    if (!spec.answers.isEmpty()) {
        if (!q.exec(QStringLiteral("INSERT INTO reviews (version_pk, template_version, reviewer, "
                                   "started_at, updated_at) SELECT pk, '2026.1', '张敏', "
                                   "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM "
                                   "application_versions WHERE app_id = '%1'")
                        .arg(spec.id))) {
            qWarning("%s", qPrintable(q.lastError().text()));
            return false;
        }
        const qint64 review = q.lastInsertId().toLongLong();
        for (auto it = spec.answers.cbegin(); it != spec.answers.cend(); ++it) {
            q.prepare(QStringLiteral("INSERT INTO review_answers (review_pk, item_id, verdict, "
                                     "updated_at) VALUES (?, ?, ?, '2026-01-01T00:00:00Z')"));
            q.addBindValue(review);
            q.addBindValue(it.key());
            q.addBindValue(it.value());
            if (!q.exec()) {
                qWarning("%s", qPrintable(q.lastError().text()));
                return false;
            }
        }
    }
    if (spec.decision != Decision::None) {
        if (!store->setStatus(spec.id, 1, CaseStatus::Decided, spec.decision))
            return false;
        if (!makeAuditTrail(db)->append(QStringLiteral("王立"), QStringLiteral("case.agree"),
                                        spec.id + QStringLiteral(" v1"), {}))
            return false;
    }
    return true;
}

inline bool addRegister(const std::shared_ptr<Database> &db, const QString &code,
                        RegistrationStatus status, const QDate &registered, const QDate &updated)
{
    RegisterFile file;
    file.source = QStringLiteral("test");
    file.exportedAt = QDateTime::currentDateTimeUtc();
    file.resources << RegisteredResource{code,
                                         QStringLiteral("资源 ") + code,
                                         QStringLiteral("广州市政务服务和数据管理局"),
                                         status,
                                         registered,
                                         updated,
                                         {},
                                         {}};
    return makeRegisterStore(db)->importFile(file).ok();
}

inline QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

inline QJsonObject call(const QString &id, const QString &op, const QString &product,
                        const QString &app, const QString &resource, const QDate &start,
                        const QDate &end, qint64 calls, qint64 freeCalls, qint64 users,
                        const QString &revenue)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("operatorCode"), op},
                  {QStringLiteral("operatorName"), QStringLiteral("运营机构 ") + op.right(4)},
                  {QStringLiteral("product"), product},
                  {QStringLiteral("periodStart"), iso(start)},
                  {QStringLiteral("periodEnd"), iso(end)},
                  {QStringLiteral("calls"), double(calls)},
                  {QStringLiteral("freeCalls"), double(freeCalls)},
                  {QStringLiteral("activeUsers"), double(users)},
                  {QStringLiteral("revenue"), revenue}};
    if (!app.isEmpty())
        o.insert(QStringLiteral("applicationId"), app);
    if (!resource.isEmpty())
        o.insert(QStringLiteral("resourceCode"), resource);
    return o;
}

/** Validates and stores records of one format, as an import would. */
inline bool addFeed(const std::shared_ptr<Database> &db, const QString &format,
                    const QJsonArray &records, const QString &exportedAt = {})
{
    static int n = 0;
    QJsonObject root{{QStringLiteral("format"), format},
                     {QStringLiteral("source"), QStringLiteral("test platform")},
                     {QStringLiteral("records"), records}};
    if (!exportedAt.isEmpty())
        root.insert(QStringLiteral("exportedAt"), exportedAt);
    const QByteArray bytes = QJsonDocument(root).toJson();
    const auto parsed = monitoring::parseFeed(bytes, QStringLiteral("feed%1.json").arg(++n), false);
    if (!parsed.file) {
        for (const Error &e : parsed.errors)
            qWarning("%s", qPrintable(e.toString()));
        return false;
    }
    const auto stored = makeFeedRepository(db)->store(*parsed.file, sha256Hex(bytes),
                                                      QStringLiteral("feed%1.json").arg(n));
    if (!stored)
        qWarning("%s", qPrintable(stored.error().toString()));
    return stored.ok();
}

/** One fee rule file: product P-API at 0.50 a call, an operator's MAR, the free use classes. */
inline FeeRules rules(const QDate &from, const QDate &to, const QString &op,
                      const QString &mar = QStringLiteral("1000.00"))
{
    FeeRules r;
    r.format = QString::fromLatin1(FeeRules::kFormat);
    r.version = QStringLiteral("T-1");
    r.region = QStringLiteral("测试市");
    r.effectiveFrom = from;
    r.effectiveTo = to;
    r.freeUseClasses = {QStringLiteral("public_governance"), QStringLiteral("public_welfare")};
    r.maxTermMonths = 60;
    FeeProduct p;
    p.id = QStringLiteral("P-API");
    p.name = QStringLiteral("测试接口");
    p.billingUnit = QStringLiteral("call");
    p.capPrice = *Money::parse(u"0.50");
    p.tiers << FeeTier{std::nullopt, *Money::parse(u"0.50")};
    r.products << p;
    r.operators << FeeOperator{op, *Money::parse(mar), Money()};
    return r;
}

} // namespace gd::test
