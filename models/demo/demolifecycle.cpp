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
                    const QString &operatorCode, const QDate &day, int months,
                    const QDate &start = {})
{
    Agreement a;
    a.date = day;
    a.implementingBody = body;
    a.operatorName = operatorName;
    a.operatorCreditCode = operatorCode;
    a.termStart = start.isValid() ? start : day;
    a.termEnd = a.termStart.addMonths(months).addDays(-1);
    a.document = evidence(QStringLiteral("%1 授权运营协议.pdf").arg(id),
                          QStringLiteral("授权运营协议（%1）：甲方%2，乙方%3，期限%4个月。")
                              .arg(id, body, operatorName)
                              .arg(months));
    return a;
}

/** A meeting that did not adopt the case: three for, three against, one abstaining. */
CollectiveDecision notAdopted(const QString &id, const QDate &day)
{
    CollectiveDecision m = meeting(id, QStringLiteral("party_group"), day);
    m.present = 7;
    m.recused.clear();
    m.inFavour = 3;
    m.against = 3;
    m.abstaining = 1;
    m.resolution = QStringLiteral("not_adopted");
    m.minutes =
        evidence(QStringLiteral("%1 集体决策会议纪要.pdf").arg(id),
                 QStringLiteral("会议纪要：应到9人，实到7人；表决同意3票，反对3票，弃权1票，"
                                "未过半数。会议决定：%1授权申请不予通过。")
                     .arg(id));
    return m;
}

Interruption interruption(Interruption::Kind kind, const QDate &day, const QString &reason,
                          const QString &number)
{
    Interruption i;
    i.kind = kind;
    i.date = day;
    i.reason = reason;
    i.documentNumber = number;
    return i;
}

/** One demo authorization and the acts its life has reached. */
struct Script
{
    QString id;
    QList<Act> acts;
};

/** The offices' filings and disclosures, shared by the scripts. */
struct Offices
{
    Filing gzFiling;
    Disclosure gzDisclosure;
    Filing fjFiling;
    Disclosure fjDisclosure;
};

Offices offices(const QDate &day)
{
    return {
        {day, QStringLiteral("广州市政务服务和数据管理局"), QStringLiteral("穗数备〔2026〕41号")},
        {day, QStringLiteral("广州市人民政府门户网站·政务公开专栏")},
        {day, QStringLiteral("福建省数据管理局"), QStringLiteral("闽数备〔2026〕19号")},
        {day, QStringLiteral("福建省人民政府门户网站·公共数据专栏")}};
}

/** Authorizations on their way to being in force, and in force. */
QList<Script> runningScripts(const QDate &day)
{
    const QString fj = QStringLiteral("福建省数据管理局");
    const auto [gzFiling, gzDisclosure, fjFiling, fjDisclosure] = offices(day);
    const QDate nextMonth = QDate(day.year(), day.month(), 1).addMonths(1);
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
        // By scenario: adopted by the meeting, the written approval is yet to come.
        {QStringLiteral("GZ-2026-0157"),
         {meeting(QStringLiteral("GZ-2026-0157"), QStringLiteral("bureau_executive"), day)}},
        // By domain: the agreement is signed, the filing is yet to come.
        {QStringLiteral("FJ-2026-0079"),
         {meeting(QStringLiteral("FJ-2026-0079"), QStringLiteral("party_group"), day),
          approval(QStringLiteral("闽交数批〔2026〕4号"), day),
          agreement(QStringLiteral("FJ-2026-0079"), QStringLiteral("福建省交通运输厅"),
                    QStringLiteral("福建闽运数据科技有限公司"),
                    QStringLiteral("91350104MA8X7B5K50"), day, 24)}},
        // By domain: every act recorded, the term starts on the first of next month.
        {QStringLiteral("GZH-2026-0093"),
         {meeting(QStringLiteral("GZH-2026-0093"), QStringLiteral("party_group"), day),
          approval(QStringLiteral("黔交数批〔2026〕8号"), day),
          agreement(QStringLiteral("GZH-2026-0093"), QStringLiteral("贵州省交通运输厅"),
                    QStringLiteral("贵州黔路通智能交通有限公司"),
                    QStringLiteral("91520102MA7L3D8W3A"), day, 12, nextMonth),
          Filing{day, QStringLiteral("贵州省大数据发展管理局"),
                 QStringLiteral("黔数备〔2026〕24号")},
          Disclosure{day, QStringLiteral("贵州省人民政府门户网站·政务公开专栏")}}},
    };
}

/** Authorizations interrupted, ended or never adopted. */
QList<Script> endedScripts(const QDate &day)
{
    const auto [gzFiling, gzDisclosure, fjFiling, fjDisclosure] = offices(day);
    const Interruption revocation = interruption(
        Interruption::Kind::Revocation, day,
        QStringLiteral("运营机构超出协议约定范围向第三方提供处方汇总数据，违反运营协议第八条，"
                       "经集体研究决定撤销授权。"),
        QStringLiteral("闽卫健数〔2026〕27号"));
    return {
        // By scenario: in force, then revoked for use beyond the agreement.
        {QStringLiteral("FJ-2026-0073"),
         {meeting(QStringLiteral("FJ-2026-0073"), QStringLiteral("party_group"), day),
          approval(QStringLiteral("闽卫健数批〔2026〕9号"), day),
          agreement(QStringLiteral("FJ-2026-0073"), QStringLiteral("福建省卫生健康委员会"),
                    QStringLiteral("福建康民健康信息服务有限公司"),
                    QStringLiteral("91350102MA8W2N6R3Y"), day, 24),
          fjFiling, fjDisclosure, revocation}},
        // By domain: in force, then suspended while a security finding is put right.
        {QStringLiteral("GZ-2026-0161"),
         {meeting(QStringLiteral("GZ-2026-0161"), QStringLiteral("bureau_executive"), day),
          approval(QStringLiteral("穗规资数批〔2026〕2号"), day),
          agreement(QStringLiteral("GZ-2026-0161"), QStringLiteral("广州市规划和自然资源局"),
                    QStringLiteral("广州城图数字科技有限公司"),
                    QStringLiteral("91440105MA9R8K4NX6"), day, 24),
          gzFiling, gzDisclosure,
          interruption(Interruption::Kind::Suspension, day,
                       QStringLiteral("安全检查发现三维模型接口未按协议脱敏建筑内部结构，暂停授权至"
                                      "整改完成。"),
                       QStringLiteral("穗规资数〔2026〕15号"))}},
        // By scenario: in force, then terminated early at the operator's request.
        {QStringLiteral("FJ-2026-0084"),
         {meeting(QStringLiteral("FJ-2026-0084"), QStringLiteral("party_group"), day),
          approval(QStringLiteral("闽卫健数批〔2026〕12号"), day),
          agreement(QStringLiteral("FJ-2026-0084"), QStringLiteral("福建省卫生健康委员会"),
                    QStringLiteral("福建闽医健康数据服务有限公司"),
                    QStringLiteral("91350105MA8Y3C9P3X"), day, 24),
          fjFiling, fjDisclosure,
          interruption(
              Interruption::Kind::Termination, day,
              QStringLiteral("运营机构因业务调整申请提前终止，已返还并销毁全部数据，双方协商"
                             "一致终止协议。"),
              QStringLiteral("闽卫健数〔2026〕31号"))}},
        // By scenario: the meeting did not adopt it.
        {QStringLiteral("GZH-2026-0097"), {notAdopted(QStringLiteral("GZH-2026-0097"), day)}},

    };
}

QList<Script> scripts(const QDate &day)
{
    return runningScripts(day) + endedScripts(day);
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
