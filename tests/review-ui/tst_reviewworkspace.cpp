// SPDX-License-Identifier: GPL-3.0-or-later
#include <ctime>
#include <memory>

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTimeZone>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include "pricing/pricinginputs.h"
#include "review/reviewhistory.h"
#include "store/reviewstore.h"
#include "services/desk.h"
#include "services/auditservice.h"
#include "domain/subject.h"
#include "common/completereview.h"
#include "core/i18n.h"
#include "core/officer.h"
#include "domain/applicationjson.h"
#include "importer/applicationparser.h"
#include "importer/importer.h"
#include "importer/registerparser.h"
#include "inbox/mainwindow.h"
#include "itemmodels/inboxmodel.h"
#include "itemmodels/checklistmodel.h"
#include "review/checklistpage.h"
#include "review/decisionpage.h"
#include "review/reviewdocument.h"
#include "review/reviewworkspace.h"
#include "domain/register.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "common/guitest.h"
#include "store/database.h"
#include "store/repositories.h"
#include "store/reviewstore.h"
#include "report/reviewrecord.h"
#include "review/reviewrules.h"

using namespace gd;
using namespace gd::test;

namespace {

const QString kId = QStringLiteral("GZ-2026-0001");

// Check boxes and radio buttons react on their indicator and label, not on empty space
// to the right of them (where the centre of a stretched one falls).
void clickIndicator(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

QString statusCodeOf(const MainWindow &window, const QString &id)
{
    const InboxModel *model = window.inboxModel();
    const int row = model->findRow(id);
    return row < 0 ? QString() : model->index(row, 0).data(InboxModel::StatusCodeRole).toString();
}

} // namespace

class TestReviewWorkspace final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void walkThroughReview();
    void missingListJumpsToItem();
    void historyShowsTheFeeAsMoney();
    void historySaysWhatAProposalEditChanged();
    void problemsAreFlagged();
    void verifyAuditTrail();
    void confirmedSuggestionKeepsItsReasonInNoLanguage();
    void historyShowsLocalDateAndTimeAsThePdf();
    void hostileTextIsShownEscaped();

private:
    std::unique_ptr<MainWindow> makeWindow();
    ReviewWorkspace *openWithEnter(MainWindow &window, const QString &id);
    void pressInFocus(int key, Qt::KeyboardModifiers modifiers);
    void shot(QWidget *widget, const QString &name);
    void clickRow(QTableView *view, int row);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestReviewWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_reviewworkspace"));
    QSettings().clear();
    if (!screenshotDir().isEmpty())
        QVERIFY(prepareForScreenshots());
}

void TestReviewWorkspace::init()
{
    QSettings().clear();
    // Every audit event names the officer: reviews open only with a complete profile.
    officer::saveProfile({QStringLiteral("张敏"), QStringLiteral("主任科员"),
                          QStringLiteral("审核科"), true, false});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openExampleDatabase(m_dir->filePath(QStringLiteral("review.sqlite")), true);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
}

void TestReviewWorkspace::cleanup()
{
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestReviewWorkspace::makeWindow()
{
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

ReviewWorkspace *TestReviewWorkspace::openWithEnter(MainWindow &window, const QString &id)
{
    auto *tabs = child<QTabWidget>(&window, "mainTabs");
    tabs->setCurrentIndex(0);
    if (!window.selectApplication(id))
        return nullptr;
    auto *view = child<QTableView>(&window, "inboxView");
    view->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(view, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return window.currentReview() != nullptr; }))
        return nullptr;
    return window.currentReview();
}

void TestReviewWorkspace::pressInFocus(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClick(focus, Qt::Key(key), modifiers);
}

void TestReviewWorkspace::shot(QWidget *widget, const QString &name)
{
    if (screenshotDir().isEmpty())
        return;
    // Saved first, so that the status line and the history show it.
    if (auto *main = qobject_cast<MainWindow *>(widget); main && main->currentReview())
        QTRY_VERIFY(!main->currentReview()->document()->hasPendingChanges());
    QTest::qWait(50);
    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestReviewWorkspace::clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, ChecklistModel::TextColumn);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex().row(), row);
}

void TestReviewWorkspace::walkThroughReview()
{
    auto window = makeWindow();
    QCOMPARE(statusCodeOf(*window, kId), QStringLiteral("received"));
    shot(window.get(), QStringLiteral("0-inbox"));

    // Select the row and press Enter: the review opens in a tab beside the inbox.
    ReviewWorkspace *ws = openWithEnter(*window, kId);
    QVERIFY(ws);
    QCOMPARE(ws->objectName(), QStringLiteral("reviewWorkspace"));
    QCOMPARE(ws->applicationId(), kId);
    QCOMPARE(ws->version(), 1);
    QVERIFY(child<QLabel>(ws, "reviewTitle")->text().contains(QStringLiteral("GZ-2026-0001 v1")));
    QTRY_COMPARE(statusCodeOf(*window, kId), QStringLiteral("in_review"));
    QVERIFY(!child<QLabel>(ws, "readOnlyBanner")->isVisible());

    auto *navigator = child<QListWidget>(ws, "stepNavigator");
    auto *pages = child<QStackedWidget>(ws, "stepPages");
    QCOMPARE(navigator->count(), kReviewStepCount);
    QCOMPARE(ws->currentStep(), ReviewStep::FormalCheck);
    QCOMPARE(navigator->currentRow(), 0);
    QCOMPARE(navigator->item(0)->data(Qt::UserRole).toString(), QStringLiteral("●"));
    QVERIFY(child<QListWidget>(ws, "historyList")->count() >= 1); // review.start

    // 1 Formal check: confirm with the mouse, a note by keyboard.
    auto *formalConfirmed = child<QCheckBox>(ws, "formalConfirmed");
    clickIndicator(formalConfirmed);
    QVERIFY(formalConfirmed->isChecked());
    QCOMPARE(ws->document()->state().notes.value(QStringLiteral("formal.confirmed")),
             QStringLiteral("1"));
    auto *formalNote = child<QPlainTextEdit>(ws, "formalNote");
    formalNote->setFocus(Qt::OtherFocusReason);
    typeText(formalNote, QStringLiteral("申请材料齐全，信用代码校验通过。"));
    QCOMPARE(ws->document()->state().notes.value(QStringLiteral("formal.note")),
             QStringLiteral("申请材料齐全，信用代码校验通过。"));
    // Saved within about a second, and the status line says when.
    QTRY_VERIFY(!ws->document()->hasPendingChanges());
    const QDateTime saved = ws->document()->lastSaved();
    QVERIFY(saved.isValid());
    QVERIFY(child<QLabel>(ws, "saveStatus")
                ->text()
                .contains(saved.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    QTRY_VERIFY(child<QLabel>(window.get(), "saveLabel")->isVisible());
    shot(window.get(), QStringLiteral("1-formal-check"));

    // Keyboard: Ctrl+PgDown to the next step.
    pressInFocus(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(ws->currentStep(), ReviewStep::Resources);
    QCOMPARE(navigator->currentRow(), 1);
    QCOMPARE(pages->currentIndex(), 1);
    QCOMPARE(navigator->item(0)->data(Qt::UserRole).toString(), QStringLiteral("✓"));

    // 2 Resources: the catalogue's operation type and review method from the register, for
    // checklist item 18 (briefing L201).
    const QString operation = child<QLabel>(ws, "catalogueOperation0")->text();
    QVERIFY2(operation.contains(QStringLiteral("有条件授权运营")) &&
                 operation.contains(QStringLiteral("数源单位审核")),
             qPrintable(operation));
    QVERIFY(
        child<QLabel>(ws, "catalogueOperation1")->text().contains(QStringLiteral("可授权运营")));
    QCOMPARE(ws->document()->resources().at(0).operationReview, QStringLiteral("数源单位审核"));
    // 2 Resources: both justified.
    for (const char *name : {"necessityJustified0", "necessityJustified1"}) {
        auto *radio = child<QRadioButton>(ws, name);
        clickIndicator(radio);
        QVERIFY(radio->isChecked());
    }
    QCOMPARE(ws->document()->state().notes.value(QStringLiteral("resource.1.necessity")),
             QStringLiteral("justified"));
    QTRY_COMPARE(navigator->item(1)->data(Qt::UserRole).toString(), QStringLiteral("●"));
    shot(window.get(), QStringLiteral("2-resources"));
    pressInFocus(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(ws->currentStep(), ReviewStep::Checklist);
    QCOMPARE(navigator->item(1)->data(Qt::UserRole).toString(), QStringLiteral("✓"));

    // 3 The checklist: confirm suggestions, answer every mandatory item, give rationales.
    auto *checklist = child<ChecklistPage>(ws, "checklistPage");
    auto *view = child<QTableView>(checklist, "checklistView");
    ChecklistModel *model = checklist->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 18);
    const int legality = model->rowOf(QStringLiteral("legality-review"));
    QVERIFY(legality >= 0);
    QVERIFY(model->index(legality, 0).data(ChecklistModel::SuggestedRole).toBool());
    QCOMPARE(model->index(legality, 0).data(ChecklistModel::VerdictCodeRole).toString(),
             QStringLiteral("fail"));
    clickRow(view, legality);
    // Next to the item, where it comes from: a document and its section, or local practice.
    auto *source = child<QLabel>(checklist, "itemSource");
    QVERIFY(source->isVisible());
    QVERIFY2(source->text().startsWith(QLatin1String("Source: ")), qPrintable(source->text()));
    clickRow(view, model->rowOf(QStringLiteral("sharing-and-open")));
    QVERIFY2(source->text().contains(QStringLiteral("151")), qPrintable(source->text()));
    QVERIFY(model->index(model->rowOf(QStringLiteral("sharing-and-open")), 1)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(source->text()));
    clickRow(view, model->rowOf(QStringLiteral("recusal")));
    QVERIFY2(source->text().startsWith(QLatin1String("Local practice: ")),
             qPrintable(source->text()));
    // What's This? (Shift+F1) on a row or on the verdicts gives the item's guidance.
    const QString guidance = child<QLabel>(checklist, "itemGuidance")->text();
    QVERIFY(!guidance.isEmpty());
    for (int column = 0; column < model->columnCount(); ++column)
        QVERIFY(model->index(model->rowOf(QStringLiteral("recusal")), column)
                    .data(Qt::WhatsThisRole)
                    .toString()
                    .contains(guidance));
    const auto verdicts = checklist->findChildren<QRadioButton *>();
    QVERIFY(!verdicts.isEmpty());
    for (const QRadioButton *verdict : verdicts)
        QVERIFY2(verdict->whatsThis().contains(guidance), qPrintable(verdict->text()));
    QVERIFY(window->findChild<QAction *>(QStringLiteral("whatsThisAction")));
    clickRow(view, legality);
    shot(window.get(), QStringLiteral("3-checklist-suggestion"));

    auto *pass = child<QRadioButton>(checklist, "verdictPass");
    auto *fail = child<QRadioButton>(checklist, "verdictFail");
    auto *notApplicable = child<QRadioButton>(checklist, "verdictNotApplicable");
    auto *rationale = child<QPlainTextEdit>(checklist, "rationaleEdit");
    auto *confirm = child<QPushButton>(checklist, "confirmSuggestionButton");
    int confirmed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        clickRow(view, row);
        const QString id = model->itemId(row);
        if (model->index(row, 0).data(ChecklistModel::SuggestedRole).toBool()) {
            QVERIFY(confirm->isVisible() && confirm->isEnabled());
            QTest::mouseClick(confirm, Qt::LeftButton);
            QVERIFY(!model->index(row, 0).data(ChecklistModel::SuggestedRole).toBool());
            QVERIFY(!ws->document()->state().answers.value(id).suggested);
            ++confirmed;
        } else if (id == QLatin1String("expert-review")) {
            clickIndicator(notApplicable); // optional item, answered anyway
        } else if (model->index(row, 0)
                       .data(ChecklistModel::VerdictCodeRole)
                       .toString()
                       .isEmpty()) {
            clickIndicator(pass);
            QCOMPARE(ws->document()->state().answers.value(id).verdict, Verdict::Pass);
        }
        const ChecklistAnswer answer = ws->document()->state().answers.value(id);
        if (reviewrules::needsRationale(answer) && answer.rationale.isEmpty()) {
            rationale->setFocus(Qt::OtherFocusReason);
            if (answer.verdict == Verdict::Fail)
                typeText(rationale, QStringLiteral("申请未附相应材料，需在签订协议前补交。"));
            else
                QTest::keyClicks(rationale, QStringLiteral("Not required for this scenario."));
            QVERIFY(!ws->document()->state().answers.value(id).rationale.isEmpty());
        }
    }
    QVERIFY2(confirmed >= 4, qPrintable(QString::number(confirmed)));
    // Evidence: tick the development plan for item 1.
    clickRow(view, 0);
    auto *evidence = child<QListWidget>(checklist, "evidenceList");
    QVERIFY(evidence->count() >= 2);
    QListWidgetItem *plan = evidence->item(0);
    QTest::mouseClick(evidence->viewport(), Qt::LeftButton, {},
                      QPoint(evidence->visualItemRect(plan).left() + 12,
                             evidence->visualItemRect(plan).center().y()));
    plan = evidence->item(0);
    if (plan->checkState() != Qt::Checked)
        plan->setCheckState(Qt::Checked); // the check box sits where the style puts it
    QCOMPARE(ws->document()->state().answers.value(model->itemId(0)).evidence.size(), 1);

    // Nothing left on the checklist: its step is done.
    for (const MissingItem &gap : ws->document()->missing())
        QVERIFY2(gap.step != ReviewStep::Checklist, qPrintable(gap.what));

    // Undo / redo a verdict with Ctrl+Z / Ctrl+Shift+Z, seen in the UI.
    clickRow(view, 0);
    QVERIFY(pass->isChecked());
    clickIndicator(fail);
    QVERIFY(fail->isChecked());
    QCOMPARE(model->index(0, 0).data(ChecklistModel::VerdictCodeRole).toString(),
             QStringLiteral("fail"));
    pressInFocus(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(pass->isChecked());
    QCOMPARE(model->index(0, 0).data(ChecklistModel::VerdictCodeRole).toString(),
             QStringLiteral("pass"));
    pressInFocus(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(fail->isChecked());
    QCOMPARE(ws->document()->state().answers.value(model->itemId(0)).verdict, Verdict::Fail);
    // From inside the rationale editor the keys reach the review's undo stack too.
    rationale->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(rationale, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(pass->isChecked());
    QCOMPARE(ws->document()->state().answers.value(model->itemId(0)).verdict, Verdict::Pass);
    QTRY_COMPARE(navigator->item(2)->data(Qt::UserRole).toString(), QStringLiteral("●"));
    clickRow(view, legality);
    shot(window.get(), QStringLiteral("3-checklist"));

    // 4 Security, then the two steps that come with "Modes and pricing".
    pressInFocus(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(ws->currentStep(), ReviewStep::Security);
    QCOMPARE(navigator->item(2)->data(Qt::UserRole).toString(), QStringLiteral("✓"));
    clickIndicator(child<QCheckBox>(ws, "securityConfirmed"));
    QCOMPARE(ws->document()->state().notes.value(QStringLiteral("security.confirmed")),
             QStringLiteral("1"));
    shot(window.get(), QStringLiteral("4-security"));
    pressInFocus(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(ws->currentStep(), ReviewStep::ModeFit);
    shot(window.get(), QStringLiteral("5-mode-fit"));
    QTest::mouseClick(child<QPushButton>(ws, "nextStepButton"), Qt::LeftButton);
    QCOMPARE(ws->currentStep(), ReviewStep::Pricing);
    shot(window.get(), QStringLiteral("6-pricing"));
    pressInFocus(Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(ws->currentStep(), ReviewStep::Decision);
    pressInFocus(Qt::Key_PageDown, Qt::ControlModifier); // the last step stays
    QCOMPARE(ws->currentStep(), ReviewStep::Decision);

    // The security, mode and pricing steps have GUI tests of their own: done here in one go,
    // so that what the decision step still lists is its own.
    QVERIFY(testing::completeOtherSteps(*ws->document()));

    // 7 Decision: conditional approval with one condition, and the opinion.
    auto *decision = child<DecisionPage>(ws, "decisionPage");
    auto *submit = child<QPushButton>(decision, "submitButton");
    auto *missingList = child<QListWidget>(decision, "missingList");
    QVERIFY(!submit->isEnabled());
    QCOMPARE(missingList->count(), 2); // no decision, no opinion
    shot(window.get(), QStringLiteral("7-decision-empty"));
    clickIndicator(child<QRadioButton>(decision, "decisionConditional"));
    QCOMPARE(ws->document()->state().proposal.decision, Decision::ConditionallyApproved);
    QCOMPARE(missingList->count(), 2); // conditions, opinion
    QVERIFY(DecisionPage::reasonTemplates().size() >= 8);
    QVERIFY(DecisionPage::conditionTemplates().size() >= 6);
    auto *lineEdit = child<QLineEdit>(decision, "lineEdit");
    QVERIFY(lineEdit->isEnabled());
    lineEdit->setFocus(Qt::OtherFocusReason);
    typeText(lineEdit, QStringLiteral("数据仅在沙箱中交付，原始数据不出域。"));
    QTest::keyClick(lineEdit, Qt::Key_Return);
    QCOMPARE(child<QListWidget>(decision, "linesList")->count(), 1);
    QCOMPARE(ws->document()->state().proposal.conditions,
             QStringList{QStringLiteral("数据仅在沙箱中交付，原始数据不出域。")});
    QVERIFY(lineEdit->text().isEmpty());
    QTest::mouseClick(child<QPushButton>(decision, "insertOpinionButton"), Qt::LeftButton);
    auto *opinion = child<QPlainTextEdit>(decision, "opinionEdit");
    QVERIFY(opinion->toPlainText().contains(QStringLiteral("数据仅在沙箱中交付")));
    QVERIFY(opinion->toPlainText().contains(QStringLiteral("广州低空智联科技有限公司")));
    opinion->moveCursor(QTextCursor::End);
    QTest::keyClicks(opinion, QStringLiteral(" OK."));
    QVERIFY(ws->document()->state().proposal.opinion.endsWith(QStringLiteral(" OK.")));
    QTRY_VERIFY(submit->isEnabled());
    QCOMPARE(missingList->count(), 0);
    QTRY_COMPARE(navigator->item(6)->data(Qt::UserRole).toString(), QStringLiteral("●"));
    shot(window.get(), QStringLiteral("7-decision"));

    // Close the tab and reopen: the same step and the same answers.
    const ReviewState state = ws->document()->state();
    QTRY_VERIFY(!ws->document()->hasPendingChanges());
    QVERIFY(child<QListWidget>(ws, "historyList")->count() > 10);
    auto *tabs = child<QTabWidget>(window.get(), "mainTabs");
    // Inbox and Monitoring are always there; reviews open as further tabs.
    const int fixedTabs = tabs->count() - 1;
    QCOMPARE(tabs->indexOf(ws), fixedTabs);
    emit tabs->tabCloseRequested(tabs->indexOf(ws));
    QCOMPARE(tabs->count(), fixedTabs);
    QVERIFY(!window->currentReview());
    ws = openWithEnter(*window, kId);
    QVERIFY(ws);
    QCOMPARE(ws->currentStep(), ReviewStep::Decision);
    QCOMPARE(child<QStackedWidget>(ws, "stepPages")->currentIndex(), int(ReviewStep::Decision));
    QCOMPARE(ws->document()->state().answers, state.answers);
    QCOMPARE(ws->document()->state().notes, state.notes);
    QCOMPARE(ws->document()->state().proposal, state.proposal);
    QVERIFY(ws->undoStack()->isClean());
    QCOMPARE(ws->undoStack()->count(), 0);
    decision = child<DecisionPage>(ws, "decisionPage");
    QCOMPARE(child<QPlainTextEdit>(decision, "opinionEdit")->toPlainText(), state.proposal.opinion);
    QVERIFY(child<QRadioButton>(decision, "decisionConditional")->isChecked());
    submit = child<QPushButton>(decision, "submitButton");
    QVERIFY(submit->isEnabled());

    // Submitting asks once (issue 12 item 8), in the real box, Cancel its default: Cancel
    // changes nothing; the act's own button submits.
    const auto eventCount = [&] {
        const auto events = makeAuditTrail(m_db)->events(QStringLiteral("%1 v1").arg(kId));
        return events ? int(events->size()) : -1;
    };
    const int eventsBefore = eventCount();
    QString asked;
    bool cancelDefault = false;
    answerConfirmationBox(this, "cancelButton", &asked, &cancelDefault);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(cancelDefault);
    QVERIFY2(asked.startsWith(QStringLiteral("Submit the review of %1 v1 to the approver, "
                                             "proposing \"%2\", as reviewer 张敏?")
                                  .arg(kId, decisionLabel(Decision::ConditionallyApproved))),
             qPrintable(asked));
    QCOMPARE(ws->document()->status(), CaseStatus::InReview);
    QVERIFY(!ws->document()->isReadOnly());
    QVERIFY(submit->isEnabled());
    QCOMPARE(eventCount(), eventsBefore);
    QCOMPARE(statusCodeOf(*window, kId), QStringLiteral("in_review"));

    // Submit: the case awaits approval, the review turns read-only.
    answerConfirmationBox(this, "confirmButton", &asked);
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE(statusCodeOf(*window, kId), QStringLiteral("awaiting_approval"));
    QCOMPARE(ws->document()->status(), CaseStatus::AwaitingApproval);
    QVERIFY(ws->document()->isReadOnly());
    QVERIFY(child<QLabel>(ws, "readOnlyBanner")->isVisible());
    QVERIFY(!submit->isEnabled());
    QVERIFY(!child<QRadioButton>(decision, "decisionApprove")->isEnabled());
    QVERIFY(child<QPlainTextEdit>(decision, "opinionEdit")->isReadOnly());
    QVERIFY(!child<QLabel>(decision, "submitResult")->text().isEmpty());
    shot(window.get(), QStringLiteral("8-submitted"));
}

void TestReviewWorkspace::missingListJumpsToItem()
{
    auto window = makeWindow();
    ReviewWorkspace *ws = openWithEnter(*window, kId);
    QVERIFY(ws);
    // The other steps done: what is left to jump to is on the checklist.
    QVERIFY(testing::completeOtherSteps(*ws->document()));
    ws->goToStep(ReviewStep::Decision);
    auto *missingList = child<QListWidget>(ws, "missingList");
    QVERIFY(missingList->count() > 2);
    QVERIFY(!child<QPushButton>(ws, "submitButton")->isEnabled());
    const QString firstKey = ws->document()->missing().constFirst().key;

    // Clicking an entry opens its step and selects the item there.
    QListWidgetItem *first = missingList->item(0);
    QTest::mouseClick(missingList->viewport(), Qt::LeftButton, {},
                      missingList->visualItemRect(first).center());
    QCOMPARE(ws->currentStep(), ReviewStep::Checklist);
    auto *checklist = child<ChecklistPage>(ws, "checklistPage");
    QCOMPARE(checklist->currentItemId(), firstKey);

    // The status line's link goes to the first missing item as well.
    ws->goToStep(ReviewStep::Security);
    auto *link = child<QLabel>(ws, "missingLink");
    QVERIFY(link->text().contains(QStringLiteral("href")));
    emit link->linkActivated(QStringLiteral("missing"));
    QCOMPARE(ws->currentStep(), ReviewStep::Checklist);

    // The navigator is a mouse target too.
    auto *navigator = child<QListWidget>(ws, "stepNavigator");
    QTest::mouseClick(navigator->viewport(), Qt::LeftButton, {},
                      navigator->visualItemRect(navigator->item(3)).center());
    QCOMPARE(ws->currentStep(), ReviewStep::Security);
    QTest::mouseClick(child<QPushButton>(ws, "previousStepButton"), Qt::LeftButton);
    QCOMPARE(ws->currentStep(), ReviewStep::Checklist);
    pressInFocus(Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(ws->currentStep(), ReviewStep::Resources);
}

void TestReviewWorkspace::problemsAreFlagged()
{
    auto window = makeWindow();

    // GZH-2026-0042: one resource not in the register, MLPS level 2 for important data.
    ReviewWorkspace *ws = openWithEnter(*window, QStringLiteral("GZH-2026-0042"));
    QVERIFY(ws);
    ws->goToStep(ReviewStep::Resources);
    QVERIFY(child<QLabel>(ws, "registrationStatus1")
                ->text()
                .contains(registrationStatusLabel(RegistrationStatus::Unregistered)));
    QVERIFY(!child<QLabel>(ws, "registrationStatus0")
                 ->text()
                 .contains(registrationStatusLabel(RegistrationStatus::Unregistered)));
    QCOMPARE(ws->document()->resources().at(1).status, RegistrationStatus::Unregistered);
    // Its register entry comes from an export without the catalogue's fields.
    QVERIFY(child<QLabel>(ws, "catalogueOperation0")
                ->text()
                .contains(QLatin1String("not recorded in the register")));
    shot(window.get(), QStringLiteral("9-unregistered-resource"));
    ws->goToStep(ReviewStep::Security);
    auto *findings = child<QListWidget>(ws, "securityFindingsList");
    QVERIFY(findings->count() >= 2);
    for (int i = 0; i < findings->count(); ++i)
        QVERIFY(findings->item(i)->text().startsWith(QStringLiteral("⚠")));
    shot(window.get(), QStringLiteral("9-security-findings"));
    ws->goToStep(ReviewStep::Checklist);
    const ChecklistModel *model = child<ChecklistPage>(ws, "checklistPage")->model();
    const ChecklistAnswer registered = model->answer(QStringLiteral("resources-registered"));
    QCOMPARE(registered.verdict, Verdict::Fail);
    QVERIFY(registered.suggested);
    QVERIFY(registered.suggestionReason.contains(QStringLiteral("住宿登记汇总")));

    // FJ-2026-0007: data shared from another agency without the provider's consent.
    ws = openWithEnter(*window, QStringLiteral("FJ-2026-0007"));
    QVERIFY(ws);
    QCOMPARE(child<QTabWidget>(window.get(), "mainTabs")->count(),
             4); // Inbox, Monitoring and two reviews
    ws->goToStep(ReviewStep::Resources);
    auto *shared = child<QLabel>(ws, "sharedFrom0");
    QVERIFY(shared);
    QVERIFY(shared->text().contains(QStringLiteral("✗")));
    shot(window.get(), QStringLiteral("9-shared-without-consent"));
    const ChecklistModel *fj = child<ChecklistPage>(ws, "checklistPage")->model();
    QCOMPARE(fj->answer(QStringLiteral("shared-consent")).verdict, Verdict::Fail);
    QCOMPARE(fj->answer(QStringLiteral("fee-cap")).verdict, Verdict::Pass); // public welfare

    // Enter on an open review shows its tab instead of opening it twice.
    QCOMPARE(openWithEnter(*window, QStringLiteral("GZH-2026-0042"))->applicationId(),
             QStringLiteral("GZH-2026-0042"));
    QCOMPARE(child<QTabWidget>(window.get(), "mainTabs")->count(), 4);
}

/** The record of the review in @p ws, as far as its checklist goes. */
report::ReviewRecord recordOf(ReviewWorkspace *ws)
{
    report::ReviewRecord record;
    record.review = ws->document()->state();
    record.checklistVersion = record.review.templateVersion;
    record.application = ws->document()->application();
    record.resources = ws->document()->resources();
    return record;
}

/** The checklist item @p id as review.json records it for the review in @p ws. */
QByteArray recordedItem(ReviewWorkspace *ws, const QString &id)
{
    const report::ReviewRecord record = recordOf(ws);
    const QJsonObject root = QJsonDocument::fromJson(report::reviewJson(record)).object();
    const QJsonArray items =
        root.value(QLatin1String("checklist")).toObject().value(QLatin1String("items")).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject().value(QLatin1String("id")).toString() == id)
            return QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact);
    }
    return {};
}

void TestReviewWorkspace::confirmedSuggestionKeepsItsReasonInNoLanguage()
{
    // Issue 18, items 5 and 6: 确认建议 keeps GrantDesk's reason (the officer does not retype
    // it), and the record of the confirmed answer is the same bytes in Chinese and English.
    const QString id = QStringLiteral("resources-registered");
    QByteArray recorded[2];
    QString shown[2];
    for (int pass = 0; pass < 2; ++pass) {
        QTranslator chinese;
        if (pass == 1) {
            cleanup();
            init();
            QVERIFY(chinese.load(QStringLiteral(":/i18n/grantdesk_zh_CN.qm")));
            QCoreApplication::installTranslator(&chinese);
        }
        auto window = makeWindow();
        ReviewWorkspace *ws = openWithEnter(*window, QStringLiteral("GZH-2026-0042"));
        QVERIFY(ws);
        ws->goToStep(ReviewStep::Checklist);
        auto *checklist = child<ChecklistPage>(ws, "checklistPage");
        clickRow(child<QTableView>(checklist, "checklistView"), checklist->model()->rowOf(id));
        QVERIFY(checklist->model()->answer(id).suggested);
        QTest::mouseClick(child<QPushButton>(checklist, "confirmSuggestionButton"), Qt::LeftButton);
        const ChecklistAnswer answer = ws->document()->state().answers.value(id);
        QVERIFY(!answer.suggested);
        QVERIFY(answer.confirmedSuggestion());
        QVERIFY(!reviewrules::rationaleMissing(answer)); // nothing to retype
        for (const MissingItem &missing : ws->document()->missing())
            QVERIFY2(missing.key != id, qPrintable(missing.what));
        shown[pass] = child<QLabel>(checklist, "suggestionText")->text();
        QVERIFY2(shown[pass].contains(QStringLiteral("住宿登记汇总")), qPrintable(shown[pass]));
        recorded[pass] = recordedItem(ws, id);
        // The PDF words the reason in the language it is printed in.
        const QString printed = report::reviewDocument(recordOf(ws))->toPlainText();
        QVERIFY2(printed.contains(answer.suggestionReason), qPrintable(printed));
        QVERIFY(!recorded[pass].isEmpty());
        QVERIFY2(!recorded[pass].contains("住宿登记汇总"), recorded[pass].constData());
        QCoreApplication::removeTranslator(&chinese);
    }
    QVERIFY2(shown[0] != shown[1], qPrintable(shown[0])); // each language words the reason
    QCOMPARE(recorded[1], recorded[0]);
    QVERIFY(recorded[0].contains("\"basis\":\"suggestion\""));
}

void TestReviewWorkspace::historyShowsLocalDateAndTimeAsThePdf()
{
    // Issue 18: the history shows date with year and time in this computer's zone, and the
    // PDF prints the same moment the same way (stating the zone), in any zone.
    const QByteArray before = qgetenv("TZ");
    const struct
    {
        const char *tz;
        const char *zone;
    } zones[] = {{"Asia/Shanghai", "(UTC+08:00)"}, {"America/New_York", "(UTC\u2212"}};
    for (const auto &z : zones) {
        qputenv("TZ", z.tz);
        tzset();
        auto window = makeWindow();
        ReviewWorkspace *ws = openWithEnter(*window, kId); // records review.start
        QVERIFY(ws);
        auto events =
            AuditService(Desk::over(m_db)).events(subjectOf(ws->applicationId(), ws->version()));
        QVERIFY(events.ok() && !events->isEmpty());
        const QDateTime at = events->last().at;
        const QString expected =
            at.toTimeZone(QTimeZone(z.tz)).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto *history = child<QListWidget>(ws, "historyList");
        QVERIFY(history->count() > 0);
        QVERIFY2(history->item(0)->text().startsWith(expected + QLatin1Char(' ')),
                 qPrintable(history->item(0)->text() + QLatin1String(" / ") + expected));
        report::ReviewRecord record = recordOf(ws);
        record.submittedAt = at;
        const QString printed = report::reviewDocument(record)->toPlainText();
        QVERIFY2(printed.contains(expected + QLatin1Char(' ') + QString::fromUtf8(z.zone)),
                 qPrintable(expected));
        window.reset();
        cleanup();
        init();
    }
    if (before.isEmpty())
        qunsetenv("TZ");
    else
        qputenv("TZ", before);
    tzset();
}

void TestReviewWorkspace::verifyAuditTrail()
{
    auto window = makeWindow();
    QVERIFY(openWithEnter(*window, kId)); // records review.start
    auto *action = window->findChild<QAction *>(QStringLiteral("actionVerifyAuditTrail"));
    QVERIFY(action);
    action->trigger();
    // The check runs in a thread of its own; its result box comes when it is done.
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (box = window->findChild<QMessageBox *>(QStringLiteral("auditResult"))), 20000);
    QVERIFY(box->isVisible());
    QVERIFY(!window->findChild<QObject *>(QStringLiteral("auditVerification")));
    QCOMPARE(box->icon(), QMessageBox::Information);
    box->close();
}

void TestReviewWorkspace::hostileTextIsShownEscaped()
{
    // Issue 12 "Hostile text": a name stored before import refused it, and a scenario name
    // (free text), show their bidi and control characters as escapes in the workspace.
    ParseOutcome parsed = ApplicationParser().parseFile(
        QStringLiteral(GRANTDESK_TEST_DATA "/examples/fj-health-0007.json"),
        QStringLiteral("fj-health-0007.json"));
    QVERIFY(parsed.parsed);
    Application &app = parsed.parsed->application;
    app.id = QStringLiteral("FJ-2026-0099");
    app.version = 1;
    app.applicant.name = QStringLiteral("广州\u202E司公限有技科\u202C穗数");
    app.scenario.name = QStringLiteral("随访\x1b[31m提醒");
    parsed.parsed->sourceJson = QJsonDocument(applicationToJson(app)).toJson();
    QVERIFY(makeApplicationStore(m_db)->store(*parsed.parsed).ok());

    auto window = makeWindow();
    ReviewWorkspace *ws = openWithEnter(*window, QStringLiteral("FJ-2026-0099"));
    QVERIFY(ws);
    const QString title = child<QLabel>(ws, "reviewTitle")->text();
    QVERIFY2(title.contains(QStringLiteral("随访\\u001B[31m提醒")), qPrintable(title));
    ws->goToStep(ReviewStep::FormalCheck);
    auto *tree = child<QTreeWidget>(ws, "completenessTree");
    QStringList values;
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        values << (*it)->text(2);
    const QString shown = values.join(u'\n');
    QVERIFY2(shown.contains(QStringLiteral("广州\\u202E司公限有技科\\u202C穗数")),
             qPrintable(shown));
    QVERIFY(!shown.contains(QChar(0x202E)) && !shown.contains(QChar(0x1B)));
}

/** The history says a computed fee as money, not as the record's decimal text. */
void TestReviewWorkspace::historyShowsTheFeeAsMoney()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(ReviewHistory::noteDescription(pricingnotes::result(),
                                            QStringLiteral(R"({"fee":"165750.00"})")),
             QStringLiteral("fee computed: ¥165,750.00"));
    QLocale::setDefault(before);
}

/** Adding a condition reads as such, not as the same proposed decision once more. */
void TestReviewWorkspace::historySaysWhatAProposalEditChanged()
{
    ProposedDecision proposal;
    const QJsonObject none = ReviewStore::toJson(proposal).toObject();
    proposal.decision = Decision::ConditionallyApproved;
    const QJsonObject decided = ReviewStore::toJson(proposal).toObject();
    QCOMPARE(ReviewHistory::proposalDescription(none, decided),
             QStringLiteral("proposal: %1").arg(decisionLabel(Decision::ConditionallyApproved)));
    proposal.conditions = {QStringLiteral("等保三级"), QStringLiteral("资源登记")};
    const QJsonObject conditioned = ReviewStore::toJson(proposal).toObject();
    QCOMPARE(ReviewHistory::proposalDescription(decided, conditioned),
             QStringLiteral("conditions edited (2 now)"));
    proposal.opinion = QStringLiteral("同意");
    QCOMPARE(
        ReviewHistory::proposalDescription(conditioned, ReviewStore::toJson(proposal).toObject()),
        QStringLiteral("review opinion edited"));
}

QTEST_MAIN(TestReviewWorkspace)
#include "tst_reviewworkspace.moc"
