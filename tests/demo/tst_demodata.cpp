// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "demo/demodata.h"
#include "demo/demoreviews.h"
#include "domain/creditcode.h"
#include "importer/applicationparser.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "review/approval.h"
#include "review/checklisttemplate.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"
#include "store/audittrail.h"
#include "store/registerstore.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "services/desk.h"
#include "services/reviewservice.h"

using namespace gd;

namespace {

// Two fixed days far enough apart to cross a month and a year boundary.
const QDate kToday(2026, 6, 15);
const QDate kLater(2027, 1, 9);

std::shared_ptr<Database> openDatabase(const QTemporaryDir &dir, const QString &name)
{
    auto db = gd::test::openTestDatabase(dir.filePath(name));
    if (!db) {
        qWarning("%s", qPrintable(db.error().toString()));
        return {};
    }
    return *db;
}

QList<InboxRow> allRows(const std::shared_ptr<Database> &db, bool allVersions)
{
    InboxQuery query;
    query.allVersions = allVersions;
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    const auto rows = makeApplicationStore(db)->rows(query, 0, 10000);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().toString()));
        return {};
    }
    return *rows;
}

} // namespace

/** The demo data set: loads through the real importer, dated relative to the given day. */
class TestDemoData final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void expandsPlaceholders_data();
    void expandsPlaceholders();
    void refusesBadPlaceholders_data();
    void refusesBadPlaceholders();

    void templatesParse();
    void loadsEverything();
    void coversModesUseClassesAndDomains();
    void flagsRegistrationProblems();
    void keepsVersions();
    void variesSecurityPricingAndAttachments();
    void datesFollowToday();
    void hasOverdueAndDueSoonDeadlines();
    void loadingTwiceAddsNothing();
    void reviewsAtEveryStageWithAuditTrail();
    void showsFourEyesAndResubmissions();

private:
    // A fresh database for each test that loads the demo itself (loadingTwiceAddsNothing,
    // datesFollowToday).
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    // The demo loaded once, for the tests that only read it: loading it is most of this
    // suite's time (about 12 s each under the sanitizers).
    QTemporaryDir m_loadedDir;
    std::shared_ptr<Database> m_loaded;
    demo::Summary m_summary;
};

void TestDemoData::initTestCase()
{
    QVERIFY(m_loadedDir.isValid());
    m_loaded = openDatabase(m_loadedDir, QStringLiteral("loaded.sqlite"));
    QVERIFY(m_loaded);
    const auto summary = demo::load(m_loaded, kToday);
    QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
    m_summary = *summary;
}

void TestDemoData::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = openDatabase(*m_dir, QStringLiteral("demo.sqlite"));
    QVERIFY(m_db);
}

void TestDemoData::expandsPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("date") << QStringLiteral("\"{{date:-20}}\"") << QStringLiteral("\"2026-05-26\"");
    QTest::newRow("plus") << QStringLiteral("{{date:+30}}") << QStringLiteral("2026-07-15");
    QTest::newRow("zero") << QStringLiteral("{{date:0}}") << QStringLiteral("2026-06-15");
    QTest::newRow("years") << QStringLiteral("{{date:+30+2y-1}}") << QStringLiteral("2028-07-14");
    QTest::newRow("months") << QStringLiteral("{{date:-1m}}") << QStringLiteral("2026-05-15");
    QTest::newRow("datetime") << QStringLiteral("{{datetime:-20}}")
                              << QStringLiteral("2026-05-26T09:30:00+08:00");
    QTest::newRow("datetime at") << QStringLiteral("{{datetime:-1@17:05}}")
                                 << QStringLiteral("2026-06-14T17:05:00+08:00");
    QTest::newRow("two") << QStringLiteral("起 {{date:-1}} 止 {{date:+1}}")
                         << QStringLiteral("起 2026-06-14 止 2026-06-16");
    QTest::newRow("sha256")
        << QStringLiteral("{{sha256:a.txt}}")
        << QString::fromLatin1(
               QCryptographicHash::hash("附件", QCryptographicHash::Sha256).toHex());
}

void TestDemoData::expandsPlaceholders()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("a.txt")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("附件");
    file.close();
    const auto out = demo::expandTemplate(text.toUtf8(), kToday, dir.path(), QStringLiteral("t"));
    QVERIFY2(out.ok(), out.ok() ? "" : qPrintable(out.error().toString()));
    QCOMPARE(QString::fromUtf8(*out), expected);
}

void TestDemoData::refusesBadPlaceholders_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << QStringLiteral("{{today:0}}");
    QTest::newRow("bad offset") << QStringLiteral("{{date:2x}}");
    QTest::newRow("unsigned term") << QStringLiteral("{{date:+3 5}}");
    QTest::newRow("empty offset") << QStringLiteral("{{date:}}");
    QTest::newRow("bad time") << QStringLiteral("{{datetime:0@25:00}}");
    QTest::newRow("missing file") << QStringLiteral("{{sha256:none.txt}}");
    QTest::newRow("outside") << QStringLiteral("{{sha256:../a.txt}}");
    QTest::newRow("unclosed") << QStringLiteral("{{date:-1");
}

void TestDemoData::refusesBadPlaceholders()
{
    QFETCH(QString, text);
    QTemporaryDir dir;
    const auto out = demo::expandTemplate(text.toUtf8(), kToday, dir.path(), QStringLiteral("t"));
    QVERIFY(!out.ok());
    QCOMPARE(out.error().where, QStringLiteral("t"));
}

void TestDemoData::templatesParse()
{
    // Every template expands and passes the real parser on its own, with valid credit codes.
    QTemporaryDir work;
    QVERIFY(work.isValid());
    int count = 0;
    QDirIterator folders(QStringLiteral(":/demo/applications"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (folders.hasNext()) {
        const QString source = folders.next();
        const QString target = work.filePath(QFileInfo(source).fileName());
        QDirIterator files(source, QDir::Files, QDirIterator::Subdirectories);
        QByteArray templ;
        while (files.hasNext()) {
            const QString path = files.next();
            QFile in(path);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray data = in.readAll();
            const QString relative = QDir(source).relativeFilePath(path);
            if (relative == QLatin1String("application.json")) {
                templ = data;
                continue;
            }
            QVERIFY2(data.size() >= 200, qPrintable(path)); // attachments carry real text
            QVERIFY(QDir().mkpath(QFileInfo(QDir(target).filePath(relative)).absolutePath()));
            QFile out(QDir(target).filePath(relative));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(data);
        }
        QVERIFY2(!templ.isEmpty(), qPrintable(source));
        const auto text = demo::expandTemplate(templ, kToday, target, source);
        QVERIFY2(text.ok(), text.ok() ? "" : qPrintable(text.error().toString()));
        const ParseOutcome parsed = ApplicationParser().parse(*text, source, target);
        QVERIFY2(parsed.errors.isEmpty(),
                 parsed.errors.isEmpty() ? "" : qPrintable(parsed.errors.first().toString()));
        QVERIFY(parsed.parsed.has_value());
        const Application &a = parsed.parsed->application;
        QVERIFY(creditcode::isValid(a.applicant.creditCode));
        const QString region = a.id.section(QLatin1Char('-'), 0, 0);
        const QString prefix = region == QLatin1String("GZ")    ? QStringLiteral("9144")
                               : region == QLatin1String("FJ")  ? QStringLiteral("9135")
                               : region == QLatin1String("GZH") ? QStringLiteral("9152")
                                                                : QString();
        QVERIFY2(!prefix.isEmpty() && a.applicant.creditCode.startsWith(prefix), qPrintable(a.id));
        QVERIFY(QFileInfo(source).fileName().startsWith(a.id));
        ++count;
    }
    QVERIFY(count >= 17);
}

void TestDemoData::loadsEverything()
{
    QVERIFY(m_summary.applications >= 14);
    QVERIFY(m_summary.versions > m_summary.applications);
    QVERIFY(m_summary.registerEntries >= 20);

    QCOMPARE(allRows(m_loaded, false).size(), m_summary.applications);
    QCOMPARE(allRows(m_loaded, true).size(), m_summary.versions);
    const auto registered = makeRegisterStore(m_loaded)->count();
    QVERIFY(registered.ok());
    QCOMPARE(*registered, m_summary.registerEntries);

    // Entries whose status changed since the earlier export keep that history.
    const auto history =
        makeRegisterStore(m_loaded)->history(QStringLiteral("GD-440100-2024-000087"));
    QVERIFY(history.ok());
    QVERIFY(history->size() >= 2);
    QCOMPARE(history->last().status, RegistrationStatus::Cancelled);
}

void TestDemoData::coversModesUseClassesAndDomains()
{
    QSet<QString> modes, useClasses, domains, regions;
    for (const InboxRow &row : allRows(m_loaded, true)) {
        modes.insert(row.mode);
        useClasses.insert(row.useClass);
        domains.insert(row.domain);
        regions.insert(row.id.section(QLatin1Char('-'), 0, 0));
    }
    QCOMPARE(modes, (QSet<QString>{QStringLiteral("whole"), QStringLiteral("domain"),
                                   QStringLiteral("scenario")}));
    QCOMPARE(useClasses,
             (QSet<QString>{QStringLiteral("public_governance"), QStringLiteral("public_welfare"),
                            QStringLiteral("industry"), QStringLiteral("sector")}));
    QCOMPARE(regions,
             (QSet<QString>{QStringLiteral("GZ"), QStringLiteral("FJ"), QStringLiteral("GZH")}));
    for (const char *domain :
         {"低空经济", "物流", "医药器械", "绿色低碳", "医疗", "文旅", "住建", "交通", "金融"})
        QVERIFY2(domains.contains(QString::fromUtf8(domain)), domain);
}

void TestDemoData::flagsRegistrationProblems()
{
    const auto store = makeApplicationStore(m_loaded);
    int noCode = 0, unknownCode = 0, cancelled = 0, changedOrCorrected = 0;
    int rowUnregistered = 0, rowCancelled = 0;
    for (const InboxRow &row : allRows(m_loaded, false)) {
        rowUnregistered += row.unregisteredCount;
        rowCancelled += row.cancelledCount;
        const auto statuses = store->resourceStatuses(row.id, row.version);
        QVERIFY(statuses.ok());
        for (const ResourceStatus &s : *statuses) {
            if (s.status == RegistrationStatus::Unregistered)
                ++(s.resource.registrationCode.isEmpty() ? noCode : unknownCode);
            else if (s.status == RegistrationStatus::Cancelled)
                ++cancelled;
            else if (s.status != RegistrationStatus::Active)
                ++changedOrCorrected;
        }
    }
    QVERIFY(noCode >= 1);
    QVERIFY(unknownCode >= 1);
    QVERIFY(cancelled >= 2);
    QVERIFY(changedOrCorrected >= 2);
    QCOMPARE(rowUnregistered, noCode + unknownCode);
    QCOMPARE(rowCancelled, cancelled);
}

void TestDemoData::keepsVersions()
{
    const auto store = makeApplicationStore(m_loaded);
    int multi = 0, maxVersion = 0;
    for (const InboxRow &row : allRows(m_loaded, false)) {
        QVERIFY(!row.missingEarlierVersion);
        const auto versions = store->versions(row.id);
        QVERIFY(versions.ok());
        QCOMPARE(versions->size(), row.version);
        if (row.version == 1)
            continue;
        ++multi;
        maxVersion = std::max(maxVersion, row.version);
        // Earlier versions were reviewed and returned; the latest is somewhere in its review.
        for (const VersionInfo &v : *versions) {
            if (v.version == row.version)
                continue;
            QCOMPARE(v.status, CaseStatus::Returned);
            QCOMPARE(v.decision, Decision::Returned);
        }
        // A resubmission changes something: the stored content differs between versions.
        const auto first = store->load(row.id, 1);
        const auto last = store->load(row.id, row.version);
        QVERIFY(first.ok() && last.ok());
        QVERIFY(versions->first().contentSha256 != versions->last().contentSha256);
        QVERIFY(first->submittedAt < last->submittedAt);
    }
    QVERIFY(multi >= 3);
    QVERIFY(maxVersion >= 3);
}

void TestDemoData::variesSecurityPricingAndAttachments()
{
    const auto store = makeApplicationStore(m_loaded);
    QSet<int> mlps;
    QSet<QString> units, kinds;
    int incidents = 0, sharedWithConsent = 0, overCap = 0;
    for (const InboxRow &row : allRows(m_loaded, true)) {
        const auto a = store->load(row.id, row.version);
        QVERIFY(a.ok());
        mlps.insert(a->security.mlpsLevel);
        if (a->security.incidentsLast3Years.value_or(0) > 0)
            ++incidents;
        const bool charged =
            a->useClass == QLatin1String("industry") || a->useClass == QLatin1String("sector");
        QCOMPARE(a->pricing.has_value(), charged);
        if (a->pricing)
            units.insert(a->pricing->billingUnit);
        QVERIFY(!a->attachments.isEmpty());
        bool consent = false;
        for (const Attachment &att : a->attachments) {
            kinds.insert(att.kind);
            consent = consent || att.kind == QLatin1String("provider_consent");
            const auto bytes = store->attachmentContent(att.sha256);
            QVERIFY(bytes.ok());
            QVERIFY(bytes->size() > 100);
        }
        for (const RequestedResource &r : a->resources) {
            if (!r.sharedFrom.isEmpty() && consent)
                ++sharedWithConsent;
        }
        if (a->periodStart.addYears(5) <= a->periodEnd)
            ++overCap;
    }
    QCOMPARE(mlps, (QSet<int>{2, 3, 4}));
    QVERIFY(incidents >= 2);
    QCOMPARE(units, (QSet<QString>{QStringLiteral("call"), QStringLiteral("record"),
                                   QStringLiteral("item"), QStringLiteral("hour")}));
    QVERIFY(sharedWithConsent >= 1);
    QVERIFY(overCap >= 1);
    for (const char *kind :
         {"development_plan", "security_pledge", "authenticity_statement", "provider_consent",
          "legality_review", "risk_assessment", "expert_review", "minutes"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
}

void TestDemoData::datesFollowToday()
{
    // The demo loaded today (initTestCase) against the demo loaded on a later day.
    const auto later = openDatabase(*m_dir, QStringLiteral("later.sqlite"));
    QVERIFY(later);
    QVERIFY(demo::load(later, kLater).ok());

    const qint64 days = kToday.daysTo(kLater);
    const auto a = makeApplicationStore(m_loaded);
    const auto b = makeApplicationStore(later);
    const QList<InboxRow> rows = allRows(m_loaded, true);
    QCOMPARE(allRows(later, true).size(), rows.size());
    for (const InboxRow &row : rows) {
        const auto x = a->load(row.id, row.version);
        const auto y = b->load(row.id, row.version);
        QVERIFY(x.ok() && y.ok());
        QCOMPARE(x->submittedAt.secsTo(y->submittedAt), days * 86400);
        QCOMPARE(x->deadline.isValid(), y->deadline.isValid());
        if (x->deadline.isValid())
            QCOMPARE(x->deadline.daysTo(y->deadline), days);
        QCOMPARE(x->periodStart.daysTo(y->periodStart), days);
        QVERIFY(x->periodStart < x->periodEnd);
        // Submitted within the last 1 to 90 days.
        const qint64 age = x->submittedAt.date().daysTo(kToday);
        QVERIFY2(age >= 1 && age <= 90, qPrintable(row.id));
        // Attachments do not move with the day.
        QCOMPARE(x->attachments.size(), y->attachments.size());
        for (qsizetype i = 0; i < x->attachments.size(); ++i)
            QCOMPARE(x->attachments.at(i).sha256, y->attachments.at(i).sha256);
    }
}

void TestDemoData::hasOverdueAndDueSoonDeadlines()
{
    int overdue = 0, dueSoon = 0, none = 0, futureStart = 0, pastStart = 0;
    const auto store = makeApplicationStore(m_loaded);
    for (const InboxRow &row : allRows(m_loaded, false)) {
        if (!row.deadline.isValid())
            ++none;
        else if (row.isOverdue(kToday)) // past the deadline and still open
            ++overdue;
        else if (row.deadline >= kToday && kToday.daysTo(row.deadline) <= 7)
            ++dueSoon;
        const auto a = store->load(row.id, row.version);
        QVERIFY(a.ok());
        ++(a->periodStart > kToday ? futureStart : pastStart);
    }
    QVERIFY(overdue >= 2);
    QVERIFY(dueSoon >= 2);
    QVERIFY(none >= 1);
    QVERIFY(futureStart >= 1);
    QVERIFY(pastStart >= 1);
    const auto counted = store->overdueCount(InboxQuery{}, kToday);
    QVERIFY(counted.ok());
    QCOMPARE(*counted, overdue);
}

void TestDemoData::loadingTwiceAddsNothing()
{
    const auto first = demo::load(m_db, kToday);
    QVERIFY(first.ok());
    const QList<InboxRow> before = allRows(m_db, true);
    const auto registered = makeRegisterStore(m_db)->count();
    QVERIFY(registered.ok());

    // The same day, then another day: dates would differ, yet nothing is refused or added.
    for (const QDate &day : {kToday, kLater}) {
        const auto again = demo::load(m_db, day);
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().toString()));
        QCOMPARE(again->applications, 0);
        QCOMPARE(again->versions, 0);
        QCOMPARE(again->registerEntries, 0);
    }
    const QList<InboxRow> after = allRows(m_db, true);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).version, before.at(i).version);
        QCOMPARE(after.at(i).status, before.at(i).status);
        QCOMPARE(after.at(i).submittedAt, before.at(i).submittedAt);
    }
    QCOMPARE(*makeRegisterStore(m_db)->count(), *registered);
}

void TestDemoData::reviewsAtEveryStageWithAuditTrail()
{
    QSet<CaseStatus> statuses;
    QSet<Decision> decisions;
    const auto reviews = makeReviewStore(m_loaded);
    for (const InboxRow &row : allRows(m_loaded, true)) {
        statuses.insert(row.status);
        decisions.insert(row.decision);
        const auto review = reviews->find(row.id, row.version);
        QVERIFY(review.ok());
        QCOMPARE(review->has_value(), row.status != CaseStatus::Received);
        if (row.status == CaseStatus::AwaitingApproval || row.status == CaseStatus::Decided ||
            row.status == CaseStatus::Returned) {
            // Full checklists: nothing would stop the submission.
            const auto missing =
                reviewrules::missingForSubmission(**review, ChecklistTemplate::builtin());
            QVERIFY2(missing.isEmpty(), qPrintable(row.id));
        }
    }
    for (CaseStatus s : {CaseStatus::Received, CaseStatus::InReview, CaseStatus::AwaitingApproval,
                         CaseStatus::Decided, CaseStatus::Returned})
        QVERIFY2(statuses.contains(s), qPrintable(caseStatusCode(s)));
    for (Decision d : {Decision::Approved, Decision::ConditionallyApproved, Decision::Rejected,
                       Decision::Returned})
        QVERIFY2(decisions.contains(d), qPrintable(decisionCode(d)));
    const auto audit = makeAuditTrail(m_loaded);
    const auto verified = audit->verifyAll();
    QVERIFY(verified.ok());
    QVERIFY(verified->intact);
    QVERIFY(audit->count().value() > 100);
}

void TestDemoData::showsFourEyesAndResubmissions()
{
    officer::Profile reviewer;
    reviewer.name = demo::reviewerName();
    officer::Profile approver;
    approver.name = demo::approverName();
    approver.reviewer = false;
    approver.approver = true;
    int carriedToConfirm = 0, sentBack = 0, toApprove = 0;
    for (const InboxRow &row : allRows(m_loaded, false)) {
        const auto review = makeReviewStore(m_loaded)->find(row.id, row.version);
        QVERIFY(review.ok());
        if (!review->has_value())
            continue;
        QCOMPARE((*review)->reviewer, demo::reviewerName());
        if (row.status == CaseStatus::AwaitingApproval) {
            auto doc = ReviewDocument::open(m_loaded, row.id, row.version, approver);
            QVERIFY(doc.ok());
            QVERIFY(doc.value()->canApprove());
            ++toApprove;
        }
        if (row.status != CaseStatus::InReview)
            continue;
        auto doc = ReviewDocument::open(m_loaded, row.id, row.version, reviewer);
        QVERIFY(doc.ok());
        QVERIFY(!doc.value()->isReadOnly());
        if (row.version > 1) {
            const auto changes =
                ReviewService(Desk::over(m_loaded)).changesSinceReturned(row.id, row.version);
            QVERIFY(changes.ok() && changes->has_value());
            QVERIFY(!(*changes)->isEmpty());
        }
        if (!doc.value()->carriedOverItems().isEmpty())
            ++carriedToConfirm;
        if (!doc.value()->state().notes.value(approval::sendBackKey()).isEmpty()) {
            QVERIFY(!doc.value()->approverComment(ReviewStep::Checklist).isEmpty());
            ++sentBack;
        }
    }
    QVERIFY(carriedToConfirm >= 1);
    QVERIFY(sentBack >= 1);
    QVERIFY(toApprove >= 1);
    const auto audit = makeAuditTrail(m_loaded);
    QVERIFY(audit->verifyAll().ok());
}

QTEST_MAIN(TestDemoData)
#include "tst_demodata.moc"
