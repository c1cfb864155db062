// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "importer/applicationparser.h"
#include "review/checklisttemplate.h"
#include "review/reviewdocument.h"
#include "review/versiondiff.h"
#include "review/versiondifftext.h"
#include "core/i18n.h"
#include "domain/vocabulary.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "services/desk.h"
#include "services/reviewservice.h"
#include "review/reviewsave.h"

using namespace gd;

namespace {

QString caseDir(const QString &name)
{
    return QDir(QStringLiteral(GRANTDESK_TEST_DATA)).filePath(QStringLiteral("versions/") + name);
}

std::optional<ParsedApplication> parse(const QString &name, int version)
{
    const QString file = QDir(caseDir(name)).filePath(QStringLiteral("v%1.json").arg(version));
    ParseOutcome outcome = ApplicationParser().parseFile(file, name);
    for (const Error &error : outcome.errors)
        qWarning("%s", qUtf8Printable(error.toString()));
    return outcome.parsed;
}

QStringList allItems()
{
    QStringList ids;
    for (const ChecklistItem &item : ChecklistTemplate::builtin().items)
        ids << item.id;
    return ids;
}

QStringList allBut(const QStringList &excluded)
{
    QStringList ids = allItems();
    for (const QString &id : excluded)
        ids.removeAll(id);
    return ids;
}

} // namespace

/** Diff of two versions (fixture pairs under data/versions) and what is carried over. */
class TestVersionDiff final : public QObject
{
    Q_OBJECT

private slots:
    void touchedPaths_data();
    void touchedPaths();
    void fieldEditsShowBeforeAndAfter();
    void resourcesAddedRemovedAndChanged();
    void attachmentReplacedByHash();
    void everyFieldHasALabel();
    void valuesAreFormatted_data();
    void valuesAreFormatted();
    void carriedOverItems_data();
    void carriedOverItems();
    void storeCarriesAnswersAfterAReturn();
    void noCarryOverWithoutAReturn();
    // Last: the Chinese catalogue, once installed, stays for the process.
    void labelsAreTranslated();
};

void TestVersionDiff::touchedPaths_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("paths");
    QTest::newRow("no change") << QStringLiteral("no-change") << QStringList{};
    QTest::newRow("field edits") << QStringLiteral("field-edits")
                                 << QStringList{QStringLiteral("period.end"),
                                                QStringLiteral("scenario.description")};
    QTest::newRow("resources") << QStringLiteral("resources")
                               << QStringList{QStringLiteral("resources")};
    QTest::newRow("attachment replaced")
        << QStringLiteral("attachment-replaced")
        << QStringList{QStringLiteral("attachments.development_plan")};
}

void TestVersionDiff::touchedPaths()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, paths);
    const auto v1 = parse(fixture, 1);
    const auto v2 = parse(fixture, 2);
    QVERIFY(v1 && v2);
    const VersionDiff diff = versiondiff::compare(v1->application, v2->application);
    QCOMPARE(diff.fromVersion, 1);
    QCOMPARE(diff.toVersion, 2);
    QCOMPARE(diff.touchedPaths(), paths);
    QCOMPARE(diff.isEmpty(), paths.isEmpty());
}

void TestVersionDiff::fieldEditsShowBeforeAndAfter()
{
    const auto v1 = parse(QStringLiteral("field-edits"), 1);
    const auto v2 = parse(QStringLiteral("field-edits"), 2);
    QVERIFY(v1 && v2);
    const VersionDiff diff = versiondiff::compare(v1->application, v2->application);
    QCOMPARE(diff.fields.size(), 2);
    QCOMPARE(diff.fields.at(0).path, QStringLiteral("period.end"));
    QCOMPARE(diff.fields.at(0).before, QStringLiteral("2028-03-31"));
    QCOMPARE(diff.fields.at(0).after, QStringLiteral("2027-12-31"));
    QCOMPARE(diff.fields.at(1).before, v1->application.scenario.description);
    QCOMPARE(diff.fields.at(1).after, v2->application.scenario.description);
    // The submission time always differs and is no change of content.
    QVERIFY(v1->application.submittedAt != v2->application.submittedAt);
}

void TestVersionDiff::resourcesAddedRemovedAndChanged()
{
    const auto v1 = parse(QStringLiteral("resources"), 1);
    const auto v2 = parse(QStringLiteral("resources"), 2);
    QVERIFY(v1 && v2);
    const VersionDiff diff = versiondiff::compare(v1->application, v2->application);
    QVERIFY(diff.fields.isEmpty());
    QVERIFY(diff.attachments.isEmpty());
    QCOMPARE(diff.resources.size(), 3);
    using Kind = VersionDiff::Resource::Kind;
    const VersionDiff::Resource &changed = diff.resources.at(0);
    QCOMPARE(changed.kind, Kind::Changed);
    QCOMPARE(changed.registrationCode, QStringLiteral("GD-440100-2025-000123"));
    QCOMPARE(changed.changes.size(), 1);
    QCOMPARE(changed.changes.first().path, QStringLiteral("resources.fields"));
    QCOMPARE(changed.changes.first().before, QStringLiteral("建筑高度, 地块边界, 高程"));
    QCOMPARE(changed.changes.first().after, QStringLiteral("建筑高度, 高程"));
    QCOMPARE(diff.resources.at(1).kind, Kind::Added);
    QCOMPARE(diff.resources.at(1).name, QStringLiteral("人口热力统计数据"));
    QCOMPARE(diff.resources.at(2).kind, Kind::Removed);
    QCOMPARE(diff.resources.at(2).name, QStringLiteral("短临气象预报数据"));
}

void TestVersionDiff::attachmentReplacedByHash()
{
    const auto v1 = parse(QStringLiteral("attachment-replaced"), 1);
    const auto v2 = parse(QStringLiteral("attachment-replaced"), 2);
    QVERIFY(v1 && v2);
    const VersionDiff diff = versiondiff::compare(v1->application, v2->application);
    QVERIFY(diff.fields.isEmpty());
    QVERIFY(diff.resources.isEmpty());
    QCOMPARE(diff.attachments.size(), 1);
    const VersionDiff::AttachmentChange &change = diff.attachments.first();
    QCOMPARE(change.kind, VersionDiff::AttachmentChange::Kind::Replaced);
    QCOMPARE(change.attachmentKind, QStringLiteral("development_plan"));
    QCOMPARE(change.name, QStringLiteral("数据开发利用方案"));
    QCOMPARE(change.oldSha256, v1->application.attachments.first().sha256);
    QCOMPARE(change.newSha256, v2->application.attachments.first().sha256);
    QVERIFY(change.oldSha256 != change.newSha256);
}

namespace {

/** An application with every optional part filled, so that every field differs from {}. */
Application everyField()
{
    Application a;
    a.deadline = QDate(2026, 12, 31);
    a.operatorParty =
        OperatorParty{QStringLiteral("运营公司"), QStringLiteral("91440101MA5CXXXX0X")};
    a.applicant = {QStringLiteral("申请单位"),
                   QStringLiteral("91440101MA5CXXXX0X"),
                   QStringLiteral("法定代表人"),
                   QStringLiteral("operator"),
                   {QStringLiteral("联系人"), QStringLiteral("020-1"), QStringLiteral("a@b.cn")},
                   true};
    a.scenario = {QStringLiteral("场景"),     QStringLiteral("交通"), QStringLiteral("描述"),
                  QStringLiteral("受益对象"), QStringLiteral("社会"), QStringLiteral("经济")};
    a.authorization = {QStringLiteral("scenario"), QStringLiteral("方案"), QStringLiteral("机构")};
    a.useClass = QStringLiteral("industry");
    a.security = {3, true, QStringLiteral("安全员"), 1, true};
    a.periodStart = QDate(2026, 1, 1);
    a.periodEnd = QDate(2027, 1, 1);
    a.pricing = PricingRequest{QStringLiteral("产品"), QStringLiteral("call"), 1500000, true, true};
    return a;
}

} // namespace

/** Issue 18 item 4: the change table names each field by its label, never by its JSON path. */
void TestVersionDiff::everyFieldHasALabel()
{
    const VersionDiff diff = versiondiff::compare(Application{}, everyField());
    QVERIFY(diff.fields.size() >= 30);
    for (const VersionDiff::Field &field : diff.fields) {
        const QString label = versiondiff::fieldLabel(field.path);
        QVERIFY2(label != field.path, qPrintable(field.path));
        QVERIFY2(!label.contains(QLatin1Char('.')), qPrintable(label));
    }
    RequestedResource before;
    before.name = QStringLiteral("资源");
    before.registrationCode = QStringLiteral("GD-1"); // the same resource, by its code
    RequestedResource after = before;
    after.name = QStringLiteral("资源（新名称）");
    after.provider = QStringLiteral("提供单位");
    after.fields = QStringList{QStringLiteral("字段")};
    after.grade = QStringLiteral("core");
    after.volume = 12000;
    after.updateFrequency = QStringLiteral("daily");
    after.delivery = QStringLiteral("api");
    after.sharedFrom = QStringLiteral("共享来源");
    after.justification = QStringLiteral("理由");
    Application older;
    older.resources << before;
    Application newer;
    newer.resources << after;
    const VersionDiff resources = versiondiff::compare(older, newer);
    QCOMPARE(resources.resources.size(), 1);
    QCOMPARE(resources.resources.first().changes.size(), 9);
    for (const VersionDiff::Field &change : resources.resources.first().changes)
        QVERIFY2(versiondiff::fieldLabel(change.path) != change.path, qPrintable(change.path));
}

void TestVersionDiff::valuesAreFormatted_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("shown");
    QTest::newRow("quantity") << QStringLiteral("pricing.expectedQuantity")
                              << QStringLiteral("1500000")
                              << QStringLiteral("Pricing request · Expected quantity")
                              << QStringLiteral("1,500,000");
    QTest::newRow("boolean") << QStringLiteral("pricing.smallBusiness") << QStringLiteral("true")
                             << QStringLiteral("Pricing request · small or micro business")
                             << QStringLiteral("Yes");
    QTest::newRow("false") << QStringLiteral("security.emergencyPlan") << QStringLiteral("false")
                           << QStringLiteral("Security · Emergency plan") << QStringLiteral("No");
    QTest::newRow("period end") << QStringLiteral("period.end") << QStringLiteral("2027-12-31")
                                << QStringLiteral("Period · End") << QStringLiteral("2027-12-31");
    QTest::newRow("deadline") << QStringLiteral("deadline") << QStringLiteral("2026-12-31")
                              << QStringLiteral("Deadline") << QStringLiteral("2026-12-31");
    QTest::newRow("unit code") << QStringLiteral("pricing.billingUnit") << QStringLiteral("call")
                               << QStringLiteral("Pricing request · Billing unit")
                               << vocabulary::label("billingUnit", QStringLiteral("call"));
    QTest::newRow("mode code") << QStringLiteral("authorization.mode") << QStringLiteral("scenario")
                               << QStringLiteral("Authorization · Mode")
                               << QStringLiteral("Authorization by scenario");
    QTest::newRow("level") << QStringLiteral("security.mlpsLevel") << QStringLiteral("3")
                           << QStringLiteral("Security · MLPS level") << QStringLiteral("Level 3");
    QTest::newRow("volume") << QStringLiteral("resources.volume") << QStringLiteral("12000")
                            << QStringLiteral("Volume") << QStringLiteral("12,000 records");
    QTest::newRow("none") << QStringLiteral("scenario.beneficiaries") << QString()
                          << QStringLiteral("Scenario · Beneficiaries") << QStringLiteral("—");
}

void TestVersionDiff::valuesAreFormatted()
{
    QFETCH(QString, path);
    QFETCH(QString, raw);
    QFETCH(QString, label);
    QFETCH(QString, shown);
    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(versiondiff::fieldLabel(path), label);
    QCOMPARE(versiondiff::fieldValue(path, raw), shown);
    QLocale::setDefault(previous);
}

/** In Chinese every label reads in Chinese: each one reaches the catalogue (lupdate sees
 *  only literal QT_TRANSLATE_NOOP calls, never a macro around them). */
void TestVersionDiff::labelsAreTranslated()
{
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    const QRegularExpression latin(QStringLiteral("[A-Za-z]{2,}"));
    const VersionDiff diff = versiondiff::compare(Application{}, everyField());
    QStringList english;
    for (const VersionDiff::Field &field : diff.fields) {
        const QString label = versiondiff::fieldLabel(field.path);
        if (latin.match(label).hasMatch())
            english << field.path + QStringLiteral(": ") + label;
    }
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    QCOMPARE(
        versiondiff::fieldValue(QStringLiteral("pricing.smallBusiness"), QStringLiteral("true")),
        QStringLiteral("是"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestVersionDiff::carriedOverItems_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("carried");
    QTest::newRow("no change") << QStringLiteral("no-change") << allItems();
    QTest::newRow("field edits") << QStringLiteral("field-edits")
                                 << allBut({QStringLiteral("plan-and-mode"),
                                            QStringLiteral("fair-competition"),
                                            QStringLiteral("term-and-exit"),
                                            QStringLiteral("post-approval"),
                                            QStringLiteral("designated-operator")});
    QTest::newRow("resources")
        << QStringLiteral("resources")
        << allBut({QStringLiteral("resources-registered"), QStringLiteral("minimum-necessary"),
                   QStringLiteral("shared-consent"), QStringLiteral("risk-assessment"),
                   QStringLiteral("designated-operator"), QStringLiteral("sharing-and-open"),
                   QStringLiteral("catalogue-operation-type")});
    QTest::newRow("attachment replaced")
        << QStringLiteral("attachment-replaced")
        << allBut({QStringLiteral("plan-and-mode"), QStringLiteral("use-class"),
                   QStringLiteral("minimum-necessary"), QStringLiteral("fair-competition"),
                   QStringLiteral("collective-decision"), QStringLiteral("term-and-exit"),
                   QStringLiteral("designated-operator"), QStringLiteral("sharing-and-open")});
}

void TestVersionDiff::carriedOverItems()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, carried);
    const auto v1 = parse(fixture, 1);
    const auto v2 = parse(fixture, 2);
    QVERIFY(v1 && v2);
    const VersionDiff diff = versiondiff::compare(v1->application, v2->application);
    QCOMPARE(versiondiff::carriedOverItems(diff, ChecklistTemplate::builtin()), carried);
}

namespace {

/** Stores v1 and reviews it to "returned" with an answer (and evidence) for every item. */
QString storeReturnedV1(const std::shared_ptr<Database> &db, const QString &fixture)
{
    const auto v1 = parse(fixture, 1);
    if (!v1)
        return QStringLiteral("v1 does not parse");
    const auto applications = makeApplicationStore(db);
    if (auto stored = applications->store(*v1); !stored)
        return stored.error().toString();
    const ChecklistTemplate &checklist = ChecklistTemplate::builtin();
    const auto reviews = makeReviewStore(db);
    ReviewService reviewService(Desk::over(db));
    auto opened = reviewService.open(v1->application.id, 1, QStringLiteral("张敏"), checklist);
    if (!opened)
        return opened.error().toString();
    ReviewState state = opened.value();
    QList<ReviewChange> changes;
    for (const ChecklistItem &item : checklist.items) {
        ChecklistAnswer answer;
        answer.verdict = item.id == QStringLiteral("term-and-exit") ? Verdict::Fail : Verdict::Pass;
        answer.rationale = QStringLiteral("v1 ") + item.id;
        for (const Attachment &attachment : v1->application.attachments) {
            if (item.evidenceKinds.contains(attachment.kind))
                answer.evidence << attachment.sha256;
        }
        state.answers.insert(item.id, answer);
        changes.append(
            {ReviewChange::Kind::Answer, item.id, QJsonValue(), ReviewStore::toJson(answer)});
    }
    if (auto saved = review::saveChanges(db, state, changes, QStringLiteral("张敏")); !saved)
        return saved.error().toString();
    const QString id = v1->application.id;
    for (auto [action, decision, who] :
         {std::tuple{workflow::Action::SubmitForApproval, Decision::None, QStringLiteral("张敏")},
          std::tuple{workflow::Action::Agree, Decision::Returned, QStringLiteral("王立")},
          std::tuple{workflow::Action::Return, Decision::Returned, QStringLiteral("王立")}}) {
        if (auto moved = reviewService.transition(id, 1, action, decision, who); !moved)
            return moved.error().toString();
    }
    return {};
}

} // namespace

void TestVersionDiff::storeCarriesAnswersAfterAReturn()
{
    QTemporaryDir dir;
    auto db = gd::test::openTestDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    const QString fixture = QStringLiteral("attachment-replaced");
    const QString failure = storeReturnedV1(db.value(), fixture);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const auto v2 = parse(fixture, 2);
    QVERIFY(v2);
    const QString id = v2->application.id;
    const auto applications = makeApplicationStore(db.value());
    QVERIFY(applications->store(*v2).ok());

    const auto reviews = makeReviewStore(db.value());

    ReviewService reviewService(Desk::over(db.value()));
    const auto changes = reviewService.changesSinceReturned(id, 2);
    QVERIFY(changes.ok());
    QVERIFY(changes->has_value());
    QCOMPARE((*changes)->fromVersion, 1);
    QCOMPARE((*changes)->touchedPaths(),
             QStringList{QStringLiteral("attachments.development_plan")});
    const auto none = reviewService.changesSinceReturned(id, 1);
    QVERIFY(none.ok() && !none->has_value());

    const auto opened =
        reviewService.open(id, 2, QStringLiteral("张敏"), ChecklistTemplate::builtin());
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    const ReviewState &state = opened.value();
    const QStringList carried =
        allBut({QStringLiteral("plan-and-mode"), QStringLiteral("use-class"),
                QStringLiteral("minimum-necessary"), QStringLiteral("fair-competition"),
                QStringLiteral("collective-decision"), QStringLiteral("term-and-exit"),
                QStringLiteral("designated-operator"), QStringLiteral("sharing-and-open")});
    QCOMPARE(state.notes.value(ReviewStore::carriedFromKey()), QStringLiteral("1"));
    QCOMPARE(state.notes.value(ReviewStore::carriedItemsKey()), carried.join(QLatin1Char(' ')));
    const QString pledge = v2->application.attachments.at(1).sha256;
    for (const QString &itemId : carried) {
        const ChecklistAnswer answer = state.answers.value(itemId);
        QCOMPARE(answer.verdict, Verdict::Pass);
        QCOMPARE(answer.rationale, QStringLiteral("v1 ") + itemId);
        QVERIFY(answer.suggested);
        QCOMPARE(answer.suggestionReason, QStringLiteral("Carried over from version 1: confirm"));
    }
    // Evidence survives only where its attachment is still there.
    QCOMPARE(state.answers.value(QStringLiteral("risk-assessment")).evidence, QStringList{pledge});
    QCOMPARE(state.answers.value(QStringLiteral("post-approval")).evidence, QStringList{});
    // Items the change touches are not carried: the failed term item starts afresh.
    QVERIFY(state.answers.value(QStringLiteral("term-and-exit")).rationale.isEmpty());
    QVERIFY(state.answers.value(QStringLiteral("plan-and-mode")).rationale.isEmpty());

    // Reading it again gives the same, and the start records the carry-over.
    const auto found = reviews->find(id, 2);
    QVERIFY(found.ok() && found->has_value());
    QCOMPARE((*found)->answers, state.answers);

    // The document lists what still waits for confirmation; confirming one removes it.
    auto doc = ReviewDocument::open(db.value(), id, 2, QStringLiteral("张敏"));
    QVERIFY(doc.ok());
    QCOMPARE(doc.value()->carriedOverItems(), carried);
    ChecklistAnswer confirmed = doc.value()->state().answers.value(carried.first());
    confirmed.suggested = false;
    doc.value()->setAnswer(carried.first(), confirmed);
    QCOMPARE(doc.value()->carriedOverItems(), carried.mid(1));
    // Unconfirmed carried answers block the submission like any suggestion.
    const auto gaps = doc.value()->missing();
    QVERIFY(std::any_of(gaps.cbegin(), gaps.cend(),
                        [&](const MissingItem &gap) { return gap.key == carried.at(1); }));
}

void TestVersionDiff::noCarryOverWithoutAReturn()
{
    QTemporaryDir dir;
    auto db = gd::test::openTestDatabase(dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(db.ok());
    const auto v1 = parse(QStringLiteral("no-change"), 1);
    const auto v2 = parse(QStringLiteral("no-change"), 2);
    QVERIFY(v1 && v2);
    const auto applications = makeApplicationStore(db.value());
    QVERIFY(applications->store(*v1).ok());
    QVERIFY(applications->store(*v2).ok());
    const auto reviews = makeReviewStore(db.value());
    ReviewService reviewService(Desk::over(db.value()));
    // v1 in review, not returned: v2's review starts from the data alone.
    QVERIFY(reviewService
                .open(v1->application.id, 1, QStringLiteral("张敏"), ChecklistTemplate::builtin())
                .ok());
    const auto changes = reviewService.changesSinceReturned(v1->application.id, 2);
    QVERIFY(changes.ok() && !changes->has_value());
    const auto opened = reviewService.open(v1->application.id, 2, QStringLiteral("张敏"),
                                           ChecklistTemplate::builtin());
    QVERIFY(opened.ok());
    QVERIFY(!opened->notes.contains(ReviewStore::carriedItemsKey()));
    for (const ChecklistAnswer &answer : opened->answers)
        QVERIFY(!answer.suggestionReason.startsWith(QStringLiteral("Carried")));
}

QTEST_GUILESS_MAIN(TestVersionDiff)
#include "tst_versiondiff.moc"
