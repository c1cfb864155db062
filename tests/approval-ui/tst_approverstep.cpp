// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include "services/desk.h"
#include "common/approverkeys.h"
#include "common/completereview.h"
#include "common/confirmation.h"
#include "core/i18n.h"
#include "core/officer.h"
#include "domain/register.h"
#include "domain/workflow.h"
#include "importer/importer.h"
#include "importer/registerparser.h"
#include "inbox/detailpane.h"
#include "inbox/mainwindow.h"
#include "package/passphrasedialog.h"
#include "package/signingpaths.h"
#include "itemmodels/inboxmodel.h"
#include "review/approvercommentbox.h"
#include "review/changespanel.h"
#include "itemmodels/checklistmodel.h"
#include "review/checklistpage.h"
#include "review/returnnoticedialog.h"
#include "review/reviewdocument.h"
#include "review/reviewworkspace.h"
#include "review/versiondifftext.h"
#include "settings/officerdialog.h"
#include "store/applicationstore.h"
#include "common/guitest.h"
#include "store/database.h"

using namespace gd;
using namespace gd::test;

namespace {

const QString kId = QStringLiteral("GZ-2026-0001");
const QByteArray kPassphrase("approver passphrase 1");

officer::Profile reviewerA(bool alsoApprover = false)
{
    return {QStringLiteral("张敏"), QStringLiteral("主任科员"), QStringLiteral("审核科"), true,
            alsoApprover};
}

officer::Profile approverB()
{
    return {QStringLiteral("李强"), QStringLiteral("副处长"), QStringLiteral("数据管理处"), false,
            true};
}

QString statusCodeOf(const MainWindow &window, const QString &id, int version = 0)
{
    const InboxModel *model = window.inboxModel();
    const int row = model->findRow(id, version);
    return row < 0 ? QString() : model->index(row, 0).data(InboxModel::StatusCodeRole).toString();
}

} // namespace

class TestApproverStep final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void sendBackAndAgree();
    void sentBackTabFollows();
    void tabFollowsSendBackElsewhere();
    void returnNoticeAndResubmission();
    void waitingForMeFilter();
    void profileEditAloneCannotAgree();

private:
    std::unique_ptr<MainWindow> makeWindow();
    /** Officer A answers every item and submits @p id v@p version with @p proposal. */
    bool submitAsReviewer(const QString &id, int version, const ProposedDecision &proposal);
    void actAs(MainWindow &window, const officer::Profile &profile);
    ReviewWorkspace *reopen(MainWindow &window, const QString &id, int version = 1);
    bool importVersion2();
    void shot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    package::Signer m_approverKey;        // 李强's, in the key folder and trusted
    QList<Confirmation::Request> m_asked; // every confirmation asked, in order
    bool m_confirm = true;                // what the officer answers
};

void TestApproverStep::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_approverstep"));
    QSettings().clear();
    if (!screenshotDir().isEmpty())
        QVERIFY(prepareForScreenshots());
    auto key = testing::officerSigner(approverB().name);
    QVERIFY(key.ok());
    m_approverKey = key.value();
}

void TestApproverStep::init()
{
    QSettings().clear();
    officer::saveProfile(reviewerA());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // 李强 signs agreements and send-backs with a key the office's trust store trusts.
    signing::setKeyFolderPath(m_dir->filePath(QStringLiteral("key")));
    signing::setTrustStorePath(m_dir->filePath(QStringLiteral("trust")));
    QVERIFY(package::KeyFolder(signing::keyFolderPath())
                .create(m_approverKey.key, m_approverKey.certificate, kPassphrase)
                .ok());
    testing::trusting(signing::trustStorePath(), m_approverKey);
    m_asked.clear();
    m_confirm = true;
    Confirmation::setHandler([this](QWidget *, const Confirmation::Request &request) {
        m_asked << request;
        return m_confirm;
    });
    auto db = openExampleDatabase(m_dir->filePath(QStringLiteral("approval.sqlite")), true);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
}

void TestApproverStep::cleanup()
{
    Confirmation::setHandler({});
    ReturnNoticeDialog::setPrintHook({});
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestApproverStep::makeWindow()
{
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

bool TestApproverStep::submitAsReviewer(const QString &id, int version,
                                        const ProposedDecision &proposal)
{
    // The reviewer's own screens are covered by tst_reviewworkspace; here the core fills them.
    auto doc = ReviewDocument::open(m_db, id, version, reviewerA());
    if (!doc) {
        qWarning("%s", qPrintable(doc.error().toString()));
        return false;
    }
    ReviewDocument *review = doc->get();
    for (const ChecklistItem &item : review->checklist().items) {
        ChecklistAnswer answer;
        answer.verdict = Verdict::Pass;
        answer.rationale = QStringLiteral("材料齐全。");
        review->setAnswer(item.id, answer);
    }
    if (!testing::completeOtherSteps(*review)) {
        qWarning("no fee rules price %s", qPrintable(review->application().id));
        return false;
    }
    review->setProposal(proposal);
    if (!review->saveNow()) {
        qWarning("not saved");
        return false;
    }
    for (const MissingItem &gap : review->missing())
        qWarning("missing: %s", qPrintable(gap.what));
    const Status submitted = review->submitForApproval();
    if (!submitted)
        qWarning("%s", qPrintable(submitted.error().toString()));
    return submitted.ok();
}

void TestApproverStep::actAs(MainWindow &window, const officer::Profile &profile)
{
    officer::saveProfile(profile);
    window.reloadOfficerProfile();
    QVERIFY(child<QLabel>(&window, "officerLabel")->text().contains(profile.name));
}

ReviewWorkspace *TestApproverStep::reopen(MainWindow &window, const QString &id, int version)
{
    // A review acts as the officer it was opened by: close it and open it again.
    if (ReviewWorkspace *open = window.reviewWorkspace(id, version))
        window.closeReview(open);
    return window.openReview(id, version);
}

bool TestApproverStep::importVersion2()
{
    // Version 2 of GZ-2026-0001 as the applicant resubmits it: the description and the end
    // of the period edited, one field less for a resource, the development plan replaced.
    const QString source = examplesDir() + QStringLiteral("/gz-lowalt-0001");
    const QString target = m_dir->filePath(QStringLiteral("v2"));
    if (!QDir().mkpath(target + QStringLiteral("/attachments")))
        return false;
    QFile file(source + QStringLiteral("/application.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject app = QJsonDocument::fromJson(file.readAll()).object();
    app[QStringLiteral("version")] = 2;
    app[QStringLiteral("submittedAt")] = QStringLiteral("2026-04-10T09:30:00+08:00");
    QJsonObject scenario = app.value(QStringLiteral("scenario")).toObject();
    scenario[QStringLiteral("description")] =
        scenario.value(QStringLiteral("description")).toString() +
        QStringLiteral("评分结果按月向空域管理部门报送。");
    app[QStringLiteral("scenario")] = scenario;
    QJsonObject period = app.value(QStringLiteral("period")).toObject();
    period[QStringLiteral("end")] = QStringLiteral("2027-12-31");
    app[QStringLiteral("period")] = period;
    QJsonArray resources = app.value(QStringLiteral("resources")).toArray();
    QJsonObject first = resources.at(0).toObject();
    first[QStringLiteral("fields")] =
        QJsonArray{QStringLiteral("建筑高度"), QStringLiteral("高程")};
    resources[0] = first;
    app[QStringLiteral("resources")] = resources;

    const QByteArray plan = "数据开发利用方案（第二版）：补充数据出域审查流程。\n";
    QJsonArray attachments = app.value(QStringLiteral("attachments")).toArray();
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        QJsonObject a = attachments.at(i).toObject();
        const QString path = a.value(QStringLiteral("path")).toString();
        QByteArray content;
        if (a.value(QStringLiteral("kind")).toString() == QLatin1String("development_plan")) {
            content = plan;
        } else {
            QFile original(source + QLatin1Char('/') + path);
            if (!original.open(QIODevice::ReadOnly))
                return false;
            content = original.readAll();
        }
        QFile out(target + QLatin1Char('/') + path);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
            return false;
        a[QStringLiteral("sha256")] = QString::fromLatin1(
            QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        attachments[i] = a;
    }
    app[QStringLiteral("attachments")] = attachments;
    QFile out(target + QStringLiteral("/application.json"));
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(app).toJson());
    out.close();
    const ImportReport report = Importer(m_db).importPaths({target});
    return report.count(FileOutcome::Kind::Added) == 1;
}

void TestApproverStep::shot(QWidget *widget, const QString &name)
{
    if (screenshotDir().isEmpty())
        return;
    if (auto *main = qobject_cast<MainWindow *>(widget); main && main->currentReview())
        QTRY_VERIFY(!main->currentReview()->document()->hasPendingChanges());
    QTest::qWait(50);
    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

namespace {

/** What an officer sees of @p ws on each step: each named widget, shown, enabled, its text. */
QStringList seen(ReviewWorkspace *ws)
{
    QStringList lines;
    for (int i = 0; i < kReviewStepCount; ++i) {
        ws->goToStep(ReviewStep(i));
        QCoreApplication::processEvents();
        for (QWidget *w : ws->findChildren<QWidget *>()) {
            const QString name = w->objectName();
            if (name.isEmpty() || name.startsWith(QLatin1String("qt_")) ||
                name == QLatin1String("approvalResult") || name == QLatin1String("saveStatus"))
                continue;
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text() + QLatin1Char('|') + button->toolTip() +
                       (button->isChecked() ? QLatin1String("|checked") : QLatin1String(""));
            else if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
                text = edit->toPlainText() +
                       (edit->isReadOnly() ? QLatin1String("|ro") : QLatin1String(""));
            lines << QStringLiteral("%1 step %2: %3 %4 %5")
                         .arg(name)
                         .arg(i)
                         .arg(w->isVisibleTo(ws) ? QLatin1String("shown") : QLatin1String("hidden"))
                         .arg(w->isEnabled() ? QLatin1String("enabled") : QLatin1String("disabled"))
                         .arg(text);
        }
    }
    lines.sort();
    return lines;
}

/** The lines of @p followed not in @p fresh ("stale: …") and the other way ("fresh: …"). */
QStringList changed(const QStringList &followed, const QStringList &fresh)
{
    QStringList differences;
    for (const QString &line : followed)
        if (!fresh.contains(line))
            differences << QStringLiteral("stale: ") + line;
    for (const QString &line : fresh)
        if (!followed.contains(line))
            differences << QStringLiteral("fresh: ") + line;
    return differences;
}

} // namespace

void TestApproverStep::sentBackTabFollows()
{
    // Issue 18 (frictions): after the approver sends the case back, the open tab shows what a
    // freshly opened one would, without being closed and opened again.
    ProposedDecision proposal;
    proposal.decision = Decision::Approved;
    proposal.opinion = QStringLiteral("经审查，申请材料齐全，建议批准。");
    QVERIFY(submitAsReviewer(kId, 1, proposal));
    auto window = makeWindow();
    actAs(*window, approverB());
    ReviewWorkspace *ws = reopen(*window, kId);
    QVERIFY(ws && ws->document()->canApprove());
    ws->goToStep(ReviewStep::Decision);
    auto *reasons = child<QPlainTextEdit>(ws, "sendBackReasonsEdit");
    reasons->setFocus(Qt::OtherFocusReason);
    typeText(reasons, QStringLiteral("请补充合法性审查意见。"));
    PassphraseDialog::setNextAnswer(kPassphrase);
    QTest::mouseClick(child<QPushButton>(ws, "sendBackButton"), Qt::LeftButton);
    QCOMPARE(ws->document()->status(), CaseStatus::InReview);
    const QStringList followed = seen(ws);
    const QStringList differences = changed(followed, seen(reopen(*window, kId)));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

void TestApproverStep::tabFollowsSendBackElsewhere()
{
    // Issue 18 (frictions): the reviewer's open tab of a case the approver sent back elsewhere
    // (grantdesk-cli approve, another window on the same file: nothing is announced on the
    // embedded database) showed it awaiting approval, read-only, until reopened. Back at the
    // window, it shows the case back in review, editable, as a reopened tab does.
    ProposedDecision proposal;
    proposal.decision = Decision::Approved;
    proposal.opinion = QStringLiteral("经审查，申请材料齐全，建议批准。");
    QVERIFY(submitAsReviewer(kId, 1, proposal));
    auto window = makeWindow();
    ReviewWorkspace *ws = window->openReview(kId, 1);
    QVERIFY(ws && ws->document()->isReadOnly());
    {
        auto approver = ReviewDocument::open(m_db, kId, 1, approverB());
        QVERIFY(approver.ok());
        QVERIFY(approver.value()
                    ->sendBack({QStringLiteral("请补充合法性审查意见。")}, m_approverKey,
                               package::TrustStore(signing::trustStorePath()))
                    .ok());
    }
    QVERIFY(window->isActiveWindow());
    QEvent activation(QEvent::ActivationChange);
    QApplication::sendEvent(window.get(), &activation);
    QCOMPARE(ws->document()->status(), CaseStatus::InReview);
    QVERIFY(!ws->document()->isReadOnly());
    QTRY_COMPARE(statusCodeOf(*window, kId), QStringLiteral("in_review"));
    const QStringList followed = seen(ws);
    const QStringList differences = changed(followed, seen(reopen(*window, kId)));
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
}

void TestApproverStep::sendBackAndAgree()
{
    ProposedDecision proposal;
    proposal.decision = Decision::ConditionallyApproved;
    proposal.conditions = {QStringLiteral("数据仅在沙箱中交付，原始数据不出域。")};
    proposal.opinion = QStringLiteral("经审查，申请材料齐全，建议附条件批准。");
    QVERIFY(submitAsReviewer(kId, 1, proposal));

    auto window = makeWindow();
    QCOMPARE(statusCodeOf(*window, kId), QStringLiteral("awaiting_approval"));

    // Officer B, the approver: the reviewer's answers read-only, a comment per step.
    actAs(*window, approverB());
    ReviewWorkspace *ws = reopen(*window, kId);
    QVERIFY(ws);
    QVERIFY(ws->document()->canApprove());
    QVERIFY(!child<QLabel>(ws, "approvalBanner")->isVisible());
    QVERIFY(child<QLabel>(ws, "readOnlyBanner")->isVisible());
    QVERIFY(!child<QCheckBox>(ws, "formalConfirmed")->isEnabled());
    ws->goToStep(ReviewStep::Checklist);
    QVERIFY(!child<QRadioButton>(ws, "verdictPass")->isEnabled());
    QVERIFY(!child<QRadioButton>(ws, "verdictFail")->isEnabled());
    QVERIFY(child<QPlainTextEdit>(ws, "opinionEdit")->isReadOnly());
    auto *commentEdit = child<QPlainTextEdit>(ws, "approverCommentEdit");
    QVERIFY(commentEdit->isVisible());
    QVERIFY(!child<QLabel>(ws, "approverCommentView")->isVisible());
    commentEdit->setFocus(Qt::OtherFocusReason);
    const QString comment = QStringLiteral("第7项：请补充合法性审查意见的出具单位。");
    typeText(commentEdit, comment);
    QCOMPARE(ws->document()->approverComment(ReviewStep::Checklist), comment);
    QCOMPARE(ws->document()->approverComment(ReviewStep::Security), QString());
    // The comment belongs to its step: the box follows the navigator.
    ws->goToStep(ReviewStep::Security);
    QVERIFY(commentEdit->toPlainText().isEmpty());
    ws->goToStep(ReviewStep::Checklist);
    QCOMPARE(commentEdit->toPlainText(), comment);
    shot(window.get(), QStringLiteral("10-approver-checklist"));

    // The decision step: Agree, or Send back once a reason is written.
    ws->goToStep(ReviewStep::Decision);
    auto *agree = child<QPushButton>(ws, "agreeButton");
    auto *sendBack = child<QPushButton>(ws, "sendBackButton");
    auto *reasons = child<QPlainTextEdit>(ws, "sendBackReasonsEdit");
    QVERIFY(agree->isVisible() && agree->isEnabled());
    QVERIFY(sendBack->isVisible() && !sendBack->isEnabled());
    // A disabled button says why (issue 18, frictions).
    QVERIFY2(sendBack->toolTip().contains(QLatin1String("at least one reason")),
             qPrintable(sendBack->toolTip()));
    reasons->setFocus(Qt::OtherFocusReason);
    const QString reason = QStringLiteral("合法性审查意见未注明出具单位，请补充后再报。");
    typeText(reasons, reason);
    QVERIFY(sendBack->isEnabled());
    shot(window.get(), QStringLiteral("11-approver-decision"));
    // Cancelled: asked once, nothing changes, no passphrase is asked, the reasons stay.
    m_confirm = false;
    QTest::mouseClick(sendBack, Qt::LeftButton);
    m_confirm = true;
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.last().accept, QStringLiteral("Send back"));
    QCOMPARE(ws->document()->status(), CaseStatus::AwaitingApproval);
    QCOMPARE(statusCodeOf(*window, kId), QStringLiteral("awaiting_approval"));
    QCOMPARE(reasons->toPlainText(), reason);
    QVERIFY(child<QLabel>(ws, "approvalResult")->text().isEmpty());
    PassphraseDialog::setNextAnswer(kPassphrase);
    QTest::mouseClick(sendBack, Qt::LeftButton);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(m_asked.last().accept, QStringLiteral("Send back"));
    QVERIFY2(m_asked.last().text.startsWith(
                 QStringLiteral("Send the review of %1 v1 back to the reviewer 张敏 with 1 reason")
                     .arg(kId)),
             qPrintable(m_asked.last().text));
    QVERIFY(m_asked.last().text.contains(QStringLiteral("as approver 李强?")));
    QCOMPARE(ws->document()->status(), CaseStatus::InReview);
    QTRY_COMPARE(statusCodeOf(*window, kId), QStringLiteral("in_review"));
    QVERIFY(!child<QLabel>(ws, "approvalResult")->text().isEmpty());

    // Officer A again: the comment where it applies, the reasons on the decision step.
    actAs(*window, reviewerA());
    ws = reopen(*window, kId);
    QVERIFY(ws);
    QVERIFY(!ws->document()->isReadOnly());
    QVERIFY(!ws->document()->canApprove());
    ws->goToStep(ReviewStep::Checklist);
    auto *commentView = child<QLabel>(ws, "approverCommentView");
    QVERIFY(commentView->isVisible());
    QCOMPARE(commentView->text(), comment);
    QVERIFY(!child<QPlainTextEdit>(ws, "approverCommentEdit")->isVisible());
    QVERIFY(child<QRadioButton>(ws, "verdictPass")->isEnabled());
    shot(window.get(), QStringLiteral("12-sent-back-checklist"));
    ws->goToStep(ReviewStep::Security);
    QVERIFY(!child<ApproverCommentBox>(ws, "approverCommentBox")->isVisible());
    ws->goToStep(ReviewStep::Decision);
    auto *sentBack = child<QListWidget>(ws, "sendBackReasonsList");
    QVERIFY(sentBack->isVisible());
    QCOMPARE(sentBack->count(), 1);
    QVERIFY(sentBack->item(0)->text().contains(reason));
    QVERIFY(!child<QPushButton>(ws, "agreeButton")->isVisible());
    shot(window.get(), QStringLiteral("13-sent-back-decision"));

    // A resubmits.
    auto *submit = child<QPushButton>(ws, "submitButton");
    QTRY_VERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QCOMPARE(ws->document()->status(), CaseStatus::AwaitingApproval);
    QTRY_COMPARE(statusCodeOf(*window, kId), QStringLiteral("awaiting_approval"));

    // Four eyes: A, even holding the approver role too, cannot approve their own case.
    actAs(*window, reviewerA(true));
    ws = reopen(*window, kId);
    QVERIFY(ws);
    QVERIFY(!ws->document()->canApprove());
    // Their own submission waits for another officer: said as a state, not as a red refusal.
    QVERIFY(!child<QLabel>(ws, "approvalBanner")->isVisible());
    auto *waiting = child<QLabel>(ws, "readOnlyBanner");
    QVERIFY(waiting->isVisible());
    QVERIFY2(waiting->text().startsWith(QLatin1String("You submitted this review for approval")),
             qPrintable(waiting->text()));
    ws->goToStep(ReviewStep::Decision);
    QVERIFY(child<QPushButton>(ws, "agreeButton")->isVisible());
    QVERIFY(!child<QPushButton>(ws, "agreeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(ws, "sendBackButton")->isEnabled());
    // Disabled, they say why: the four eyes; so does the reviewer's submit button.
    for (const char *name : {"agreeButton", "sendBackButton"})
        QVERIFY2(
            child<QPushButton>(ws, name)->toolTip().contains(ws->document()->approvalRefusal()),
            qPrintable(child<QPushButton>(ws, name)->toolTip()));
    auto *readOnlySubmit = child<QPushButton>(ws, "submitButton");
    QVERIFY(!readOnlySubmit->isEnabled());
    QVERIFY2(readOnlySubmit->toolTip().startsWith(QLatin1String("Not available: ")) &&
                 readOnlySubmit->toolTip().contains(ws->document()->editRefusal()),
             qPrintable(readOnlySubmit->toolTip()));
    auto *returnNotice = window->findChild<QAction *>(QStringLiteral("actionReturnNotice"));
    QVERIFY(returnNotice && !returnNotice->isEnabled());
    QVERIFY2(returnNotice->toolTip().contains(caseStatusLabel(CaseStatus::AwaitingApproval)),
             qPrintable(returnNotice->toolTip()));
    QVERIFY(!child<QPlainTextEdit>(ws, "sendBackReasonsEdit")->isEnabled());
    shot(window.get(), QStringLiteral("14-four-eyes-refusal"));
    ws->goToStep(ReviewStep::Checklist);
    QVERIFY(!child<QPlainTextEdit>(ws, "approverCommentEdit")->isVisible());

    // B agrees: the case is decided.
    actAs(*window, approverB());
    ws = reopen(*window, kId);
    QVERIFY(ws);
    QVERIFY(ws->document()->canApprove());
    ws->goToStep(ReviewStep::Decision);
    agree = child<QPushButton>(ws, "agreeButton");
    QVERIFY(agree->isEnabled());
    // Asked once, saying what and to whom; cancelled, nothing changes and no passphrase is
    // asked.
    m_asked.clear();
    m_confirm = false;
    QTest::mouseClick(agree, Qt::LeftButton);
    m_confirm = true;
    QCOMPARE(m_asked.size(), 1);
    QCOMPARE(m_asked.last().accept, QStringLiteral("Agree"));
    QVERIFY2(m_asked.last().text.startsWith(
                 QStringLiteral("Agree to the review of %1 v1 by 张敏 and record your decision as "
                                "approver 李强?")
                     .arg(kId)),
             qPrintable(m_asked.last().text));
    QVERIFY(m_asked.last().text.contains(decisionLabel(Decision::ConditionallyApproved)));
    QCOMPARE(ws->document()->status(), CaseStatus::AwaitingApproval);
    QCOMPARE(statusCodeOf(*window, kId), QStringLiteral("awaiting_approval"));
    QVERIFY(child<QLabel>(ws, "approvalResult")->text().isEmpty());
    PassphraseDialog::setNextAnswer(kPassphrase);
    QTest::mouseClick(agree, Qt::LeftButton);
    QCOMPARE(m_asked.size(), 2);
    QCOMPARE(ws->document()->status(), CaseStatus::Decided);
    QTRY_COMPARE(statusCodeOf(*window, kId), QStringLiteral("decided"));
    QVERIFY(child<QLabel>(ws, "approvalResult")
                ->text()
                .contains(decisionLabel(Decision::ConditionallyApproved)));
    QVERIFY(!child<QPushButton>(ws, "agreeButton")->isVisible());
    QVERIFY(!child<QPushButton>(ws, "returnNoticeButton")->isVisible());
    shot(window.get(), QStringLiteral("15-agreed"));
}

void TestApproverStep::returnNoticeAndResubmission()
{
    ProposedDecision proposal;
    proposal.decision = Decision::Returned;
    const QString reason = QStringLiteral("未附合法性审查意见。");
    proposal.reasons = {reason};
    proposal.opinion = QStringLiteral("建议退回补正。");
    QVERIFY(submitAsReviewer(kId, 1, proposal));

    auto window = makeWindow();
    actAs(*window, approverB());
    ReviewWorkspace *ws = reopen(*window, kId);
    QVERIFY(ws);
    ws->goToStep(ReviewStep::Decision);
    auto *noticeButton = child<QPushButton>(ws, "returnNoticeButton");
    QVERIFY(!noticeButton->isVisible());
    auto *noticeAction = window->findChild<QAction *>(QStringLiteral("actionReturnNotice"));
    QVERIFY(noticeAction);
    QVERIFY(!noticeAction->isEnabled());
    PassphraseDialog::setNextAnswer(kPassphrase);
    QTest::mouseClick(child<QPushButton>(ws, "agreeButton"), Qt::LeftButton);
    QCOMPARE(ws->document()->status(), CaseStatus::Returned);
    QVERIFY(m_asked.last().text.contains(QStringLiteral("returned to the applicant")));
    QTRY_COMPARE(statusCodeOf(*window, kId), QStringLiteral("returned"));
    QVERIFY(noticeButton->isVisible());
    QVERIFY(noticeAction->isEnabled());

    // The notice: text to copy, a formatted page to print (the hook stands in for the preview).
    QTest::mouseClick(noticeButton, Qt::LeftButton);
    auto *dialog = window->findChild<ReturnNoticeDialog *>(QStringLiteral("returnNoticeDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *text = child<QPlainTextEdit>(dialog, "returnNoticeText");
    QVERIFY(text->isReadOnly());
    QVERIFY(text->toPlainText().contains(kId));
    QVERIFY(text->toPlainText().contains(reason));
    QTest::mouseClick(child<QPushButton>(dialog, "copyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), text->toPlainText());
    QString printed;
    ReturnNoticeDialog::setPrintHook(
        [&printed](QTextDocument *document) { printed = document->toPlainText(); });
    QTest::mouseClick(child<QPushButton>(dialog, "printButton"), Qt::LeftButton);
    QVERIFY(printed.contains(reason));
    if (!screenshotDir().isEmpty()) {
        dialog->resize(760, 560);
        shot(dialog, QStringLiteral("16-return-notice"));
    }
    dialog->close();
    // The Review menu offers the same.
    noticeAction->trigger();
    dialog = window->findChild<ReturnNoticeDialog *>(QStringLiteral("returnNoticeDialog"));
    QVERIFY(dialog);
    dialog->close();

    // Version 2 arrives: its review shows what changed and carries over untouched answers.
    QVERIFY(importVersion2());
    window->inboxModel()->refresh();
    actAs(*window, reviewerA());
    ws = window->openReview(kId, 2);
    QVERIFY(ws);
    QCOMPARE(ws->currentStep(), ReviewStep::FormalCheck);
    auto *changes = child<ChangesPanel>(ws, "changesPanel");
    QVERIFY(changes);
    QVERIFY(changes->isVisible());
    QCOMPARE(changes->diff().fromVersion, 1);
    QCOMPARE(changes->diff().toVersion, 2);
    auto *fields = child<QTableWidget>(changes, "changedFieldsTable");
    QVERIFY(fields->rowCount() >= 2);
    // Each field by the detail pane's label, never by its JSON path (issue 18 item 4).
    QStringList labels;
    for (int row = 0; row < fields->rowCount(); ++row)
        labels << fields->item(row, 0)->text();
    QVERIFY2(!labels.contains(QStringLiteral("period.end")), qPrintable(labels.join(u' ')));
    const QString periodEnd = versiondiff::fieldLabel(QStringLiteral("period.end"));
    QVERIFY2(labels.contains(periodEnd), qPrintable(labels.join(u' ')));
    for (int row = 0; row < fields->rowCount(); ++row) {
        if (fields->item(row, 0)->text() == periodEnd) {
            QCOMPARE(fields->item(row, 1)->text(), QStringLiteral("2028-03-31"));
            QCOMPARE(fields->item(row, 2)->text(), QStringLiteral("2027-12-31"));
        }
    }
    auto *attachments = child<QListWidget>(changes, "changedAttachmentsList");
    QCOMPARE(attachments->count(), 1);
    QVERIFY(attachments->item(0)->text().contains(QStringLiteral("→")));
    QVERIFY(attachments->item(0)->text().contains(QStringLiteral("cfff5a5a02cb")));
    QCOMPARE(child<QListWidget>(changes, "changedResourcesList")->count(), 1);
    shot(window.get(), QStringLiteral("17-changes-since-returned"));

    // Carried-over answers are marked for confirmation on the checklist.
    ws->goToStep(ReviewStep::Checklist);
    const ChecklistModel *model = child<ChecklistPage>(ws, "checklistPage")->model();
    const QStringList carried = ws->document()->carriedOverItems();
    QVERIFY(!carried.isEmpty());
    const int row = model->rowOf(carried.constFirst());
    QVERIFY(model->index(row, 0).data(ChecklistModel::CarriedOverRole).toBool());
    QVERIFY(model->index(row, 0).data(ChecklistModel::SuggestedRole).toBool());
    const QString label =
        model->index(row, ChecklistModel::VerdictColumn).data(Qt::DisplayRole).toString();
    QCOMPARE(label,
             ChecklistModel::tr("%1 (carried over, confirm)").arg(verdictLabel(Verdict::Pass)));
    // Items the change touches (the term) are not carried over.
    QVERIFY(!carried.contains(QStringLiteral("term-and-exit")));
    const int term = model->rowOf(QStringLiteral("term-and-exit"));
    QVERIFY(term >= 0);
    QVERIFY(!model->index(term, 0).data(ChecklistModel::CarriedOverRole).toBool());
    // Confirming takes the mark away.
    child<ChecklistPage>(ws, "checklistPage")->showKey(carried.constFirst());
    child<ChecklistPage>(ws, "checklistPage")->confirmSuggestion();
    QVERIFY(!model->index(row, 0).data(ChecklistModel::CarriedOverRole).toBool());
    QVERIFY(!ws->document()->carriedOverItems().contains(carried.constFirst()));
    if (carried.size() > 1)
        child<ChecklistPage>(ws, "checklistPage")->showKey(carried.at(1));
    shot(window.get(), QStringLiteral("18-carried-over"));

    // The inbox's detail pane names the earlier version's decision.
    child<QTabWidget>(window.get(), "mainTabs")->setCurrentIndex(0);
    QVERIFY(window->selectApplication(kId, 2));
    auto *detail = window->findChild<DetailPane *>();
    QVERIFY(detail);
    QTRY_VERIFY(detail->plainText().contains(decisionLabel(Decision::Returned)));
}

void TestApproverStep::waitingForMeFilter()
{
    ProposedDecision proposal;
    proposal.decision = Decision::Approved;
    proposal.opinion = QStringLiteral("同意。");
    QVERIFY(submitAsReviewer(kId, 1, proposal));

    auto window = makeWindow();
    auto *filter = child<QComboBox>(window.get(), "waitingFilter");
    // A reviewer is offered "everyone" and "as reviewer" only.
    QCOMPARE(filter->count(), 2);
    QCOMPARE(filter->itemData(1).toInt(), int(InboxQuery::Waiting::Reviewer));
    const int all = window->inboxModel()->totalCount();
    QCOMPARE(all, 3);

    actAs(*window, approverB());
    QCOMPARE(filter->count(), 2);
    QCOMPARE(filter->itemData(1).toInt(), int(InboxQuery::Waiting::Approver));
    filter->setCurrentIndex(1);
    QCOMPARE(window->inboxModel()->query().waitingFor, InboxQuery::Waiting::Approver);
    QCOMPARE(window->inboxModel()->query().officer, approverB().name);
    QTRY_COMPARE(window->inboxModel()->totalCount(), 1);
    QCOMPARE(statusCodeOf(*window, kId), QStringLiteral("awaiting_approval"));
    shot(window.get(), QStringLiteral("19-waiting-for-me"));

    // A holding both roles: the case A reviewed does not wait for A as approver.
    actAs(*window, reviewerA(true));
    QCOMPARE(filter->count(), 3);
    filter->setCurrentIndex(filter->findData(int(InboxQuery::Waiting::Approver)));
    QTRY_COMPARE(window->inboxModel()->totalCount(), 0);
    filter->setCurrentIndex(filter->findData(int(InboxQuery::Waiting::Reviewer)));
    QTRY_VERIFY(window->inboxModel()->totalCount() >= 2); // the two received cases
    filter->setCurrentIndex(0);
    QTRY_COMPARE(window->inboxModel()->totalCount(), all);

    // Tools → Officer Profile… shows the profile the filter follows.
    OfficerDialog dialog(window.get());
    QCOMPARE(dialog.profile().name, reviewerA(true).name);
    QVERIFY(dialog.profile().reviewer && dialog.profile().approver);
    if (!screenshotDir().isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shot(&dialog, QStringLiteral("20-officer-profile"));
    }
}

void TestApproverStep::profileEditAloneCannotAgree()
{
    // Issue 12 item 4, the reproduction: 赵六 ticks "approver" in Tools → officer profile. The
    // approval box appears, but agreeing needs a trusted key naming 赵六: with 李强's key in
    // the folder, or with a self-made key for 赵六 that no one trusted, it is refused before
    // anything is asked, and the case stays where it was.
    ProposedDecision proposal;
    proposal.decision = Decision::Approved;
    proposal.opinion = QStringLiteral("经审查，建议批准。");
    QVERIFY(submitAsReviewer(kId, 1, proposal));
    auto window = makeWindow();
    const officer::Profile declared{QStringLiteral("赵六"), QStringLiteral("科员"),
                                    QStringLiteral("审核科"), false, true};
    actAs(*window, declared);
    ReviewWorkspace *ws = reopen(*window, kId);
    QVERIFY(ws);
    QVERIFY(ws->document()->canApprove());
    ws->goToStep(ReviewStep::Decision);
    auto *agree = child<QPushButton>(ws, "agreeButton");
    QVERIFY(agree->isEnabled());
    QTest::mouseClick(agree, Qt::LeftButton);
    QVERIFY(m_asked.isEmpty());
    auto *result = child<QLabel>(ws, "approvalResult");
    QVERIFY2(result->text().contains(QStringLiteral("names 李强, not the approver 赵六")),
             qPrintable(result->text()));
    QCOMPARE(ws->document()->status(), CaseStatus::AwaitingApproval);

    auto own = testing::officerSigner(declared.name);
    QVERIFY(own.ok());
    QDir(signing::keyFolderPath()).removeRecursively();
    QVERIFY(package::KeyFolder(signing::keyFolderPath())
                .create(own->key, own->certificate, kPassphrase)
                .ok());
    QTest::mouseClick(agree, Qt::LeftButton);
    QVERIFY(m_asked.isEmpty());
    QVERIFY2(result->text().contains(QStringLiteral("is not trusted")), qPrintable(result->text()));
    QCOMPARE(ws->document()->status(), CaseStatus::AwaitingApproval);
    QCOMPARE(statusCodeOf(*window, kId), QStringLiteral("awaiting_approval"));
}

QTEST_MAIN(TestApproverStep)
#include "tst_approverstep.moc"
