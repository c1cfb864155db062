// SPDX-License-Identifier: GPL-3.0-or-later
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "services/desk.h"
#include "core/i18n.h"
#include "core/officer.h"
#include "importer/importer.h"
#include "inbox/mainwindow.h"
#include "modes/modecomparisondialog.h"
#include "modes/modecomparisonpage.h"
#include "modes/modecomparisonview.h"
#include "modes/modetable.h"
#include "pricing/feecalculatordialog.h"
#include "pricing/feeengine.h"
#include "pricing/pricinginputs.h"
#include "pricing/pricingpage.h"
#include "pricing/pricingview.h"
#include "pricing/rulefilesdialog.h"
#include "pricing/rulelibrary.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"
#include "review/reviewworkspace.h"
#include "common/guitest.h"
#include "store/database.h"

using namespace gd;
using namespace gd::test;

namespace {

const QString kId = QStringLiteral("GZ-2026-0001");

QStringList findingCodes(const QListWidget *list)
{
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        codes << list->item(i)->data(Qt::UserRole).toString();
    return codes;
}

/** The amounts column of the trace table, for rows of @p kind ("band", "discount", …). */
QStringList traceAmounts(const QTableWidget *table, const QString &kind)
{
    QStringList amounts;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 3)->data(Qt::UserRole).toString() == kind)
            amounts << table->item(row, 3)->text();
    }
    return amounts;
}

} // namespace

class TestPricingPage final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void pricingPageShowsEngineNumbers();
    void modePageTotalsAndChoice();
    void choicesPersistAfterReopening();
    void feeCalculatorAndRuleFiles();
    void freeCaseIsRecordedAsNotCharged();

private:
    std::unique_ptr<MainWindow> makeWindow();
    ReviewWorkspace *openReview(MainWindow &window, const QString &id = kId);
    void shot(QWidget *widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestPricingPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_pricingpage"));
    QSettings().clear();
    if (!screenshotDir().isEmpty())
        QVERIFY(prepareForScreenshots());
}

void TestPricingPage::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    officer::saveProfile({QStringLiteral("张敏"), QStringLiteral("主任科员"),
                          QStringLiteral("审核科"), true, false});
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = openExampleDatabase(m_dir->filePath(QStringLiteral("review.sqlite")), false);
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
}

void TestPricingPage::cleanup()
{
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestPricingPage::makeWindow()
{
    auto window = std::make_unique<MainWindow>(Desk::over(m_db));
    window->resize(1600, 1000);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

ReviewWorkspace *TestPricingPage::openReview(MainWindow &window, const QString &id)
{
    child<QTabWidget>(&window, "mainTabs")->setCurrentIndex(0);
    if (!window.selectApplication(id))
        return nullptr;
    auto *view = child<QTableView>(&window, "inboxView");
    view->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(view, Qt::Key_Return);
    if (!QTest::qWaitFor([&] { return window.currentReview() != nullptr; }))
        return nullptr;
    return window.currentReview();
}

void TestPricingPage::shot(QWidget *widget, const QString &name)
{
    if (screenshotDir().isEmpty())
        return;
    if (auto *main = qobject_cast<MainWindow *>(widget); main && main->currentReview())
        QTRY_VERIFY(!main->currentReview()->document()->hasPendingChanges());
    QTest::qWait(100);
    const QString path = QDir(screenshotDir()).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestPricingPage::pricingPageShowsEngineNumbers()
{
    auto window = makeWindow();
    ReviewWorkspace *ws = openReview(*window);
    QVERIFY(ws);
    ws->goToStep(ReviewStep::Pricing);
    auto *page = child<PricingPage>(ws, "pricingPage");
    QVERIFY(page);
    PricingView *view = page->view();
    auto *fee = child<QLabel>(view, "feeLabel");
    auto *trace = child<QTableWidget>(view, "traceTable");
    auto *findings = child<QListWidget>(view, "findingsList");

    // Pre-filled from the application: the operator is the applicant.
    const Application &app = ws->document()->application();
    QCOMPARE(child<QLineEdit>(view, "operatorEdit")->text(), app.applicant.creditCode);
    QCOMPARE(child<QLineEdit>(view, "quantityEdit")->text(), QStringLiteral("1500000"));
    QVERIFY(child<QCheckBox>(view, "smallBusinessCheck")->isChecked());

    // The page shows what the core engine computes for the rule file it picked.
    const PricingInputs inputs = view->inputs();
    const auto picked = RuleLibrary().byVersion(inputs.ruleVersion);
    QVERIFY(picked);
    FeeResult expected = computeFee(picked->rules, inputs.toRequest());
    QCOMPARE(fee->text(), expected.fee.toDisplay());
    QCOMPARE(traceAmounts(trace, QStringLiteral("band")).size(), expected.bands.size());

    // The worked example of docs/formats/fee-rules.md under GZ-2026.1: 313,600.00 and mar_exceeded.
    auto *rules = child<QComboBox>(view, "ruleCombo");
    int gz1 = -1;
    for (int i = 0; i < rules->count(); ++i) {
        if (rules->itemText(i).startsWith(QLatin1String("GZ-2026.1")))
            gz1 = i;
    }
    QVERIFY(gz1 >= 0);
    rules->setCurrentIndex(gz1);
    emit rules->activated(gz1);
    const auto gz = RuleLibrary().byVersion(QStringLiteral("GZ-2026.1.1"));
    QVERIFY(gz);
    expected = computeFee(gz->rules, view->inputs().toRequest());
    QCOMPARE(expected.fee.toJsonString(), QStringLiteral("313600.00"));
    QCOMPARE(fee->text(), expected.fee.toDisplay());
    QStringList bandAmounts;
    for (const FeeBandRow &band : expected.bands)
        bandAmounts << band.amount.toString(2);
    QCOMPARE(traceAmounts(trace, QStringLiteral("band")), bandAmounts);
    QCOMPARE(traceAmounts(trace, QStringLiteral("band")),
             (QStringList{QStringLiteral("50000.00"), QStringLiteral("360000.00"),
                          QStringLiteral("150000.00")}));
    QCOMPARE(traceAmounts(trace, QStringLiteral("gross")),
             QStringList{QStringLiteral("560000.00")});
    QCOMPARE(traceAmounts(trace, QStringLiteral("discount")),
             (QStringList{QStringLiteral("392000.00"), QStringLiteral("313600.00")}));
    QCOMPARE(traceAmounts(trace, QStringLiteral("fee")), QStringList{QStringLiteral("313600.00")});
    QVERIFY(findingCodes(findings).contains(feefinding::MarExceeded));
    QVERIFY(
        child<QPlainTextEdit>(view, "traceLines")->toPlainText().contains(QStringLiteral("560")));

    // Choosing the rule file records it, its version, the inputs and the result.
    const QHash<QString, QString> &notes = ws->document()->state().notes;
    QCOMPARE(notes.value(pricingnotes::ruleVersion()), QStringLiteral("GZ-2026.1.1"));
    QCOMPARE(notes.value(pricingnotes::rules()), gz->fileName);
    const QJsonObject result =
        QJsonDocument::fromJson(notes.value(pricingnotes::result()).toUtf8()).object();
    QCOMPARE(result.value(QStringLiteral("fee")).toString(), QStringLiteral("313600.00"));
    QCOMPARE(result.value(QStringLiteral("gross")).toString(), QStringLiteral("560000.00"));
    QVERIFY(notes.value(pricingnotes::result()).contains(QStringLiteral("mar_exceeded")));
    shot(window.get(), QStringLiteral("6-pricing"));

    // Typing a quantity recomputes; the fee follows the engine.
    auto *quantity = child<QLineEdit>(view, "quantityEdit");
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("100000"));
    FeeRequest request = view->inputs().toRequest();
    QCOMPARE(request.quantity, quint64(100000));
    expected = computeFee(gz->rules, request);
    QCOMPARE(expected.fee.toJsonString(), QStringLiteral("28000.00")); // 50,000 × 0.7 × 0.8
    QCOMPARE(fee->text(), expected.fee.toDisplay());
    // 4,990,000.00 + 28,000.00 still passes the MAR of 5,000,000.00.
    QVERIFY(findingCodes(findings).contains(feefinding::MarExceeded));

    // A free use class: 0.00 and the reason.
    auto *useClass = child<QComboBox>(view, "useClassCombo");
    const int welfare = useClass->findData(QStringLiteral("public_welfare"));
    useClass->setCurrentIndex(welfare);
    emit useClass->activated(welfare);
    QCOMPARE(fee->text(), Money().toDisplay());
    QVERIFY(child<QLabel>(view, "freeReason")->isVisible());
    // The reason names the use class as the officer reads it, not the rule file's field.
    const QString freeReason = child<QLabel>(view, "freeReason")->text();
    QVERIFY2(freeReason.contains(useClass->currentText()), qPrintable(freeReason));
    QVERIFY2(!freeReason.contains(QStringLiteral("free_use")), qPrintable(freeReason));
    QVERIFY(findingCodes(findings).contains(feefinding::FreeUse));
    QVERIFY(ws->document()
                ->state()
                .notes.value(pricingnotes::result())
                .contains(QStringLiteral("\"fee\":\"0.00\"")));

    // Undo takes the whole recorded calculation back, and the page follows.
    ws->document()->undoStack()->undo();
    QCOMPARE(useClass->currentData().toString(), QStringLiteral("industry"));
    QCOMPARE(fee->text(), expected.fee.toDisplay());
}

void TestPricingPage::modePageTotalsAndChoice()
{
    auto window = makeWindow();
    ReviewWorkspace *ws = openReview(*window);
    QVERIFY(ws);
    ws->goToStep(ReviewStep::ModeFit);
    auto *page = child<ModeComparisonPage>(ws, "modeFitPage");
    QVERIFY(page);
    // The plan fixes the mode: the step says the comparison is advice and where the declared
    // mode is checked against the plan.
    const QString advisory = child<QLabel>(page, "modeAdvisory")->text();
    QVERIFY2(advisory.contains(QStringLiteral("advisory")), qPrintable(advisory));
    QVERIFY2(advisory.contains(ws->document()->application().authorization.planRef),
             qPrintable(advisory));
    auto total = [page](const char *mode) {
        return page->findChild<QLabel *>(QStringLiteral("total_") + QLatin1String(mode))->text();
    };
    QCOMPARE(total("whole"), QStringLiteral("12.00"));
    QCOMPARE(total("domain"), QStringLiteral("13.00"));
    QCOMPARE(total("scenario"), QStringLiteral("11.00"));
    // The application declares "scenario": its column is marked.
    auto *table = child<QTableWidget>(page, "modeTable");
    QVERIFY(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("★")));

    // Efficiency to the full weight: totals follow the core's exact arithmetic.
    auto *slider = child<QSlider>(page, "weight_efficiency");
    slider->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(slider, Qt::Key_End);
    QCOMPARE(slider->value(), 10);
    ModeScoring scoring;
    scoring.weights.insert(QStringLiteral("efficiency"), 10);
    const auto expected = modes::compare(ModeTable::builtin(), scoring, QStringLiteral("scenario"));
    QVERIFY(expected.ok());
    QCOMPARE(total("whole"), expected->total(QStringLiteral("whole"))->toString());
    QCOMPARE(total("whole"), QStringLiteral("13.60"));
    QCOMPARE(total("domain"), QStringLiteral("12.80"));
    QCOMPARE(total("scenario"), QStringLiteral("10.40"));
    QVERIFY(ws->document()
                ->state()
                .notes.value(ModeScoring::weightsNoteKey())
                .contains(QStringLiteral("\"efficiency\":10")));
    // whole 13.60 vs scenario 10.40: more than the margin of 2 — a finding.
    QVERIFY(child<QLabel>(page, "modeFinding")->text().contains(QStringLiteral("⚠")));

    // Undoable: the weight goes back, and so do the totals.
    ws->document()->undoStack()->undo();
    QCOMPARE(slider->value(), ModeScoring::kDefaultWeight);
    QCOMPARE(total("whole"), QStringLiteral("12.00"));
    QTest::keyClick(slider, Qt::Key_End);

    // An adjusted score needs a reason: without one nothing changes.
    page->view()->setNextAnswer(4, QStringLiteral("  "));
    page->view()->adjustCell(2, 1);
    QVERIFY(!ws->document()->state().notes.contains(QStringLiteral("modes.adjust.scenario.cost")));
    page->view()->setNextAnswer(4, QStringLiteral("市级安全审查平台已建成，场景审查成本低"));
    page->view()->adjustCell(2, 1);
    QVERIFY(table->item(1, 2)->data(Qt::UserRole).toBool());
    QVERIFY(table->item(1, 2)->toolTip().contains(QStringLiteral("市级安全审查平台")));
    QCOMPARE(total("scenario"), QStringLiteral("12.80")); // (20+20+15+25)×4/25

    // The main mode and the rationale.
    auto *chosen = child<QComboBox>(page, "chosenMode");
    chosen->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(chosen, Qt::Key_End);
    QCOMPARE(ws->document()->state().notes.value(ModeScoring::chosenNoteKey()),
             QStringLiteral("scenario"));
    auto *rationale = child<QPlainTextEdit>(page, "modesRationale");
    rationale->setFocus(Qt::OtherFocusReason);
    typeText(rationale, QStringLiteral("一场景一申请一审批，本场景以依场景授权为主"));
    QCOMPARE(ws->document()->state().notes.value(ModeScoring::rationaleNoteKey()),
             QStringLiteral("一场景一申请一审批，本场景以依场景授权为主"));
    QCOMPARE(reviewrules::stepState(ReviewStep::ModeFit, ws->document()->state(),
                                    ws->document()->checklist(), ws->document()->application(),
                                    ws->document()->resources()),
             reviewrules::StepState::Done);
    shot(window.get(), QStringLiteral("5-mode-fit"));
}

void TestPricingPage::choicesPersistAfterReopening()
{
    {
        auto window = makeWindow();
        ReviewWorkspace *ws = openReview(*window);
        QVERIFY(ws);
        ws->goToStep(ReviewStep::ModeFit);
        auto *page = child<ModeComparisonPage>(ws, "modeFitPage");
        QTest::keyClick(child<QSlider>(page, "weight_cost"), Qt::Key_Home);
        page->view()->setNextAnswer(2, QStringLiteral("整合成本高"));
        page->view()->adjustCell(0, 0);
        auto *chosen = child<QComboBox>(page, "chosenMode");
        QTest::keyClick(chosen, Qt::Key_Down); // whole
        auto *rationale = child<QPlainTextEdit>(page, "modesRationale");
        rationale->setFocus(Qt::OtherFocusReason);
        typeText(rationale, QStringLiteral("理由"));
        ws->goToStep(ReviewStep::Pricing);
        auto *pricing = child<PricingPage>(ws, "pricingPage");
        auto *quantity = child<QLineEdit>(pricing->view(), "quantityEdit");
        quantity->selectAll();
        QTest::keyClicks(quantity, QStringLiteral("2500000"));
        QVERIFY(ws->document()->saveNow().ok());
        window->closeReview(ws);
        QTRY_VERIFY(!window->currentReview());
    }
    auto window = makeWindow();
    ReviewWorkspace *ws = openReview(*window);
    QVERIFY(ws);
    auto *page = child<ModeComparisonPage>(ws, "modeFitPage");
    QCOMPARE(child<QSlider>(page, "weight_cost")->value(), 0);
    QCOMPARE(child<QComboBox>(page, "chosenMode")->currentData().toString(),
             QStringLiteral("whole"));
    QCOMPARE(child<QPlainTextEdit>(page, "modesRationale")->toPlainText(), QStringLiteral("理由"));
    auto *table = child<QTableWidget>(page, "modeTable");
    QVERIFY(table->item(0, 0)->data(Qt::UserRole).toBool());
    // whole: (2·5 + 0 + 3·5 + 1·5) × 4 / 15 = 8.00
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("total_whole"))->text(),
             QStringLiteral("8.00"));
    auto *pricing = child<PricingPage>(ws, "pricingPage");
    QCOMPARE(child<QLineEdit>(pricing->view(), "quantityEdit")->text(), QStringLiteral("2500000"));
    const auto rules = RuleLibrary().byVersion(pricing->view()->inputs().ruleVersion);
    QVERIFY(rules);
    QCOMPARE(child<QLabel>(pricing->view(), "feeLabel")->text(),
             computeFee(rules->rules, pricing->view()->inputs().toRequest()).fee.toDisplay());
    QCOMPARE(reviewrules::stepState(ReviewStep::Pricing, ws->document()->state(),
                                    ws->document()->checklist(), ws->document()->application(),
                                    ws->document()->resources()),
             reviewrules::StepState::Done);
}

void TestPricingPage::feeCalculatorAndRuleFiles()
{
    auto window = makeWindow();
    child<QAction>(window.get(), "actionFeeCalculator")->trigger();
    auto *dialog = window->findChild<FeeCalculatorDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    PricingView *view = dialog->view();
    const auto entry = view->currentRules();
    QVERIFY(entry);
    QCOMPARE(child<QLabel>(view, "feeLabel")->text(),
             computeFee(entry->rules, view->inputs().toRequest()).fee.toDisplay());
    auto *quantity = child<QLineEdit>(view, "quantityEdit");
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("1500000"));
    QCOMPARE(child<QLabel>(view, "feeLabel")->text(),
             computeFee(entry->rules, view->inputs().toRequest()).fee.toDisplay());
    shot(dialog, QStringLiteral("fee-calculator"));
    dialog->close();

    child<QAction>(window.get(), "actionModeComparison")->trigger();
    auto *modes = window->findChild<ModeComparisonDialog *>();
    QVERIFY(modes);
    QVERIFY(QTest::qWaitForWindowExposed(modes));
    QCOMPARE(modes->findChild<QLabel *>(QStringLiteral("total_domain"))->text(),
             QStringLiteral("13.00"));
    shot(modes, QStringLiteral("mode-comparison"));
    modes->close();

    // Rule files: a broken file is refused with its JSON path; a valid one is listed.
    RuleFilesDialog files;
    const QString broken = m_dir->filePath(QStringLiteral("broken-rules.json"));
    {
        QFile in(examplesDir() + QStringLiteral("/fee-rules-gzh.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(in.readAll()).object();
        root[QStringLiteral("stacking")] = QStringLiteral("sum");
        root[QStringLiteral("version")] = QStringLiteral("GZH-BROKEN");
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(root).toJson());
    }
    QVERIFY(!files.importFile(broken));
    auto *errors = child<QListWidget>(&files, "ruleFileErrors");
    QStringList texts;
    for (int i = 0; i < errors->count(); ++i)
        texts << errors->item(i)->text();
    QVERIFY2(texts.join(QLatin1Char('\n')).contains(QStringLiteral("stacking")),
             qPrintable(texts.join(QLatin1Char('\n'))));
    auto *table = child<QTableWidget>(&files, "ruleFilesTable");
    const int before = table->rowCount();
    QVERIFY(before >= 1);
    QVERIFY(files.importFile(examplesDir() + QStringLiteral("/fee-rules-gzh.json")));
    QVERIFY(table->rowCount() >= before);
}

/**
 * Issue 12: a free case is recorded as not charged by the officer, never assumed so. The
 * public-welfare application offers "Record as not charged"; until it is pressed the fee
 * step is missing, after it the review records the basis (undoable); a charged application
 * does not offer it.
 */
void TestPricingPage::freeCaseIsRecordedAsNotCharged()
{
    auto window = makeWindow();
    ReviewWorkspace *ws = openReview(*window, QStringLiteral("FJ-2026-0007"));
    QVERIFY(ws);
    ws->goToStep(ReviewStep::Pricing);
    auto *page = child<PricingPage>(ws, "pricingPage");
    QVERIFY(page);
    auto *notCharged = child<QPushButton>(page, "recordNotCharged");
    QVERIFY(notCharged->isVisible());
    ReviewDocument *doc = ws->document();
    const auto feeMissing = [doc] {
        const QList<MissingItem> missing = doc->missing();
        return std::any_of(missing.cbegin(), missing.cend(),
                           [](const MissingItem &m) { return m.step == ReviewStep::Pricing; });
    };
    QVERIFY(feeMissing());
    QTest::mouseClick(notCharged, Qt::LeftButton);
    QCOMPARE(doc->state().notes.value(reviewrules::notChargedNoteKey()),
             QStringLiteral("free_use"));
    QVERIFY(!feeMissing());
    QVERIFY(child<QLabel>(page, "recordedStatus")
                ->text()
                .contains(PricingPage::tr("✓ Recorded: not charged, the use is free of charge.")));
    doc->undoStack()->undo();
    QVERIFY(doc->state().notes.value(reviewrules::notChargedNoteKey()).isEmpty());
    QVERIFY(feeMissing());
    window.reset();

    // The industrial application is charged: its fee must be computed.
    window = makeWindow();
    ws = openReview(*window);
    QVERIFY(ws);
    ws->goToStep(ReviewStep::Pricing);
    QVERIFY(!child<QPushButton>(child<PricingPage>(ws, "pricingPage"), "recordNotCharged")
                 ->isVisible());
}

QTEST_MAIN(TestPricingPage)
#include "tst_pricingpage.moc"
