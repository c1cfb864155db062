// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "importer/applicationparser.h"
#include "review/checklisttemplate.h"
#include "review/reviewdocument.h"
#include "review/versiondiff.h"
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
    void carriedOverItems_data();
    void carriedOverItems();
    void storeCarriesAnswersAfterAReturn();
    void noCarryOverWithoutAReturn();
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
    QCOMPARE(changed.details,
             QStringList{QStringLiteral("fields: 建筑高度, 地块边界, 高程 → 建筑高度, 高程")});
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
