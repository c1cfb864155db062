// SPDX-License-Identifier: GPL-3.0-or-later
#include "demolifecycle.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QGuiApplication>
#include <QTemporaryDir>

#include "demo/demoreviews.h"
#include "domain/subject.h"
#include "package/crypto.h"
#include "package/keystore.h"
#include "package/package.h"
#include "services/desk.h"
#include "services/exportservice.h"
#include "services/lifecycleservice.h"
#include "store/applicationstore.h"
#include "store/repositories.h"

namespace gd::demo {
namespace {

using namespace lifecycle;

// Chinese on purpose, like the rest of the demo: these are what the office records.

/** What the office keeps of a file: its name and digest (the demo's own text). */
Evidence evidence(const QString &name, const QString &text)
{
    return {name, QString::fromLatin1(
                      QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex())};
}

/** The implementing body's meeting: nine members, eight present, one recused, seven for. */
CollectiveDecision meeting(const QString &id, const QString &kind, const QDate &day)
{
    CollectiveDecision m;
    m.date = day;
    m.meetingKind = kind;
    m.members = 9;
    m.present = 8;
    m.recused = {QStringLiteral("陈志刚")};
    m.inFavour = 7;
    m.resolution = QStringLiteral("adopted");
    m.minutes = evidence(QStringLiteral("%1 集体决策会议纪要.pdf").arg(id),
                         QStringLiteral("会议纪要：应到9人，实到8人，陈志刚因与申请单位存在利害关系"
                                        "回避；表决同意7票，反对0票，弃权0票。会议决定：同意%1"
                                        "授权申请，按程序批复。")
                             .arg(id));
    return m;
}

Approval approval(const QString &number, const QDate &day)
{
    return {day, number};
}

Agreement agreement(const QString &id, const QString &body, const QString &operatorName,
                    const QString &operatorCode, const QDate &day, int months)
{
    Agreement a;
    a.date = day;
    a.implementingBody = body;
    a.operatorName = operatorName;
    a.operatorCreditCode = operatorCode;
    a.termStart = day;
    a.termEnd = day.addMonths(months).addDays(-1);
    a.document = evidence(QStringLiteral("%1 授权运营协议.pdf").arg(id),
                          QStringLiteral("授权运营协议（%1）：甲方%2，乙方%3，期限%4个月。")
                              .arg(id, body, operatorName)
                              .arg(months));
    return a;
}

/** One demo authorization and the acts its life has reached. */
struct Script
{
    QString id;
    QList<Act> acts;
};

QList<Script> scripts(const QDate &day)
{
    const QString gz = QStringLiteral("广州市政务服务和数据管理局");
    const QString fj = QStringLiteral("福建省数据管理局");
    const Filing gzFiling{day, gz, QStringLiteral("穗数备〔2026〕41号")};
    const Disclosure gzDisclosure{day, QStringLiteral("广州市人民政府门户网站·政务公开专栏")};
    const Filing fjFiling{day, fj, QStringLiteral("闽数备〔2026〕19号")};
    const Disclosure fjDisclosure{day, QStringLiteral("福建省人民政府门户网站·公共数据专栏")};
    Interruption revocation;
    revocation.kind = Interruption::Kind::Revocation;
    revocation.date = day;
    revocation.reason =
        QStringLiteral("运营机构超出协议约定范围向第三方提供处方汇总数据，违反运营协议"
                       "第八条，经集体研究决定撤销授权。");
    revocation.documentNumber = QStringLiteral("闽卫健数〔2026〕27号");
    return {
        // By scenario: countersigned, the implementing body has yet to decide.
        {QStringLiteral("GZ-2026-0145"), {}},
        // By domain: decided and approved, the agreement is not signed yet.
        {QStringLiteral("GZH-2026-0082"),
         {meeting(QStringLiteral("GZH-2026-0082"), QStringLiteral("party_group"), day),
          approval(QStringLiteral("黔交数批〔2026〕6号"), day)}},
        // Whole authorization (decided on the plan): in force for three years.
        {QStringLiteral("FJ-2026-0067"),
         {approval(QStringLiteral("闽数管批〔2026〕11号"), day),
          agreement(QStringLiteral("FJ-2026-0067"), fj,
                    QStringLiteral("福建省数字交通运营有限公司"),
                    QStringLiteral("91350100MA8TGU4J8A"), day, 36),
          fjFiling, fjDisclosure}},
        // Whole authorization: filed, the disclosure is yet to come.
        {QStringLiteral("GZH-2026-0088"),
         {approval(QStringLiteral("黔数据批〔2026〕15号"), day),
          agreement(QStringLiteral("GZH-2026-0088"), QStringLiteral("贵州省大数据发展管理局"),
                    QStringLiteral("贵州黔云数据运营有限公司"),
                    QStringLiteral("91520115MA6HX2QK82"), day, 36),
          Filing{day, QStringLiteral("贵州省大数据发展管理局"),
                 QStringLiteral("黔数备〔2026〕22号")}}},
        // By domain: a two-month pilot, so it is expiring from the start.
        {QStringLiteral("GZ-2026-0152"),
         {meeting(QStringLiteral("GZ-2026-0152"), QStringLiteral("bureau_executive"), day),
          approval(QStringLiteral("穗气数批〔2026〕3号"), day),
          agreement(QStringLiteral("GZ-2026-0152"), QStringLiteral("广州市气象局"),
                    QStringLiteral("广州穗云气象信息服务有限公司"),
                    QStringLiteral("91440104MA9Y6P1H02"), day, 2),
          gzFiling, gzDisclosure}},
        // By scenario: in force, then revoked for use beyond the agreement.
        {QStringLiteral("FJ-2026-0073"),
         {meeting(QStringLiteral("FJ-2026-0073"), QStringLiteral("party_group"), day),
          approval(QStringLiteral("闽卫健数批〔2026〕9号"), day),
          agreement(QStringLiteral("FJ-2026-0073"), QStringLiteral("福建省卫生健康委员会"),
                    QStringLiteral("福建康民健康信息服务有限公司"),
                    QStringLiteral("91350102MA8W2N6R3Y"), day, 24),
          fjFiling, fjDisclosure, revocation}},
    };
}

/** A key and a self-issued certificate for one of the demo's officers, valid for a day. */
Result<package::Signer> demoSigner(const QString &name)
{
    auto key = package::generateKey(package::Algorithm::Sm2Sm3);
    if (!key)
        return key.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto certificate = package::issueSelfCertificate(
        key.value(),
        {name, QStringLiteral("广州市政务服务和数据管理局（演示）"), QStringLiteral("演示")},
        now.addSecs(-3600), now.addDays(1));
    if (!certificate)
        return certificate.error();
    return package::Signer{key.value(), certificate.value()};
}

struct DemoOfficers
{
    package::Signer reviewer;
    package::Signer approver;
};

/** Exports and countersigns @p id's decided review into @p dir (the files are not kept). */
Status countersign(const std::shared_ptr<Desk> &desk, const QString &id,
                   const DemoOfficers &officers, const QString &dir)
{
    const ExportService exports(desk);
    const QString file = dir + QLatin1Char('/') + id + QStringLiteral(".gdpkg");
    if (auto exported = exports.exportReview(id, 1, officers.reviewer, file); !exported)
        return exported.error();
    const QTemporaryDir trust;
    if (auto countersigned =
            exports.countersignFile(file, officers.approver, package::TrustStore(trust.path()));
        !countersigned)
        return countersigned.error();
    return success();
}

} // namespace

QStringList lifecycleCases()
{
    QStringList ids;
    for (const Script &s : scripts(QDate::currentDate()))
        ids << s.id;
    return ids;
}

Status addLifecycles(const std::shared_ptr<Database> &db, const QDate &today)
{
    // A review package holds its PDF, and typesetting needs a GUI application (the
    // programs have one; a test without it gets this error, not an abort in the font code).
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{QStringLiteral("demo"),
                     QStringLiteral("signing the demo's reviews needs a QGuiApplication to set "
                                    "their PDF")};
    const std::shared_ptr<Desk> desk = Desk::over(db);
    const auto applications = makeApplicationStore(db);
    std::optional<DemoOfficers> officers;
    QTemporaryDir work;
    if (!work.isValid())
        return Error{
            QStringLiteral("demo"),
            QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString())};
    LifecycleService service(desk);
    for (const Script &script : scripts(today)) {
        auto versions = applications->versions(script.id);
        if (!versions)
            return versions.error();
        if (versions->isEmpty())
            continue; // not part of this load (a database made before these cases existed)
        if (!officers) {
            auto reviewer = demoSigner(reviewerName());
            auto approver = demoSigner(approverName());
            if (!reviewer || !approver)
                return reviewer ? approver.error() : reviewer.error();
            officers = DemoOfficers{reviewer.value(), approver.value()};
        }
        if (versions->constFirst().status == CaseStatus::Decided) {
            if (Status s = countersign(desk, script.id, *officers, work.path()); !s)
                return s;
        }
        auto life = service.life(script.id, 1, today);
        if (!life)
            return life.error();
        // Only the acts this case still lacks: a second load adds nothing.
        // The reviewer keeps the case's file and records what the office did.
        for (qsizetype i = life->acts.size(); i < script.acts.size(); ++i) {
            if (auto recorded =
                    service.record(script.id, 1, script.acts.at(i), officers->reviewer, today);
                !recorded)
                return recorded.error();
        }
    }
    return success();
}

} // namespace gd::demo
