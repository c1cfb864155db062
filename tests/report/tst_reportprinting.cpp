// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>
#include <memory>

#include <QApplication>
#include <QBuffer>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QTimer>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "services/desk.h"
#include "common/guitest.h"
#include "demo/demodata.h"
#include "demo/demoreviews.h"
#include "report/reviewrecord.h"
#include "review/reportprinting.h"
#include "review/reviewdocument.h"
#include "review/reviewworkspace.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/repositories.h"
#include "common/tools.h"

using namespace gd;

namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

/** "Print Preview…" and "Print…" of the review workspace print the package's review.pdf. */
class TestReportPrinting final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buttonFollowsTheStatus();
    void previewShowsTheRecord();
    void printedRecordMatchesThePdf();
    void refusedRecordIsNotPainted();

private:
    std::pair<QString, int> caseIn(const QString &status) const;

    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

void TestReportPrinting::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_reportprinting"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("print.sqlite")));
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    m_db = db.value();
    auto loaded = demo::load(m_db, QDate::currentDate());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().toString()));
}

std::pair<QString, int> TestReportPrinting::caseIn(const QString &status) const
{
    InboxQuery query;
    query.statuses = {status};
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    const auto rows = makeApplicationStore(m_db)->rows(query, 0, 1);
    if (!rows || rows->isEmpty())
        return {};
    return {rows->constFirst().id, rows->constFirst().version};
}

void TestReportPrinting::buttonFollowsTheStatus()
{
    for (const auto &[status, enabled] :
         {std::pair{QStringLiteral("decided"), true}, std::pair{QStringLiteral("in_review"), false},
          std::pair{QStringLiteral("awaiting_approval"), false}}) {
        const auto [id, version] = caseIn(status);
        QVERIFY2(!id.isEmpty(), qPrintable(status));
        auto doc = ReviewDocument::open(m_db, id, version, demo::approverName());
        QVERIFY2(doc, doc ? "" : qPrintable(doc.error().toString()));
        ReviewWorkspace workspace(Desk::over(m_db), std::move(doc).value());
        auto *button = test::child<QToolButton>(&workspace, "reviewRecordButton");
        QVERIFY(button);
        QCOMPARE(button->isEnabled(), enabled);
        QVERIFY(!button->toolTip().isEmpty());
        QVERIFY(button->menu());
        auto *preview = test::child<QAction>(button->menu(), "printPreviewAction");
        auto *print = test::child<QAction>(button->menu(), "printAction");
        QVERIFY(preview && print);
        QCOMPARE(print->isEnabled(), enabled);
        QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
        // GRANTDESK_SCREENSHOTS=DIR: the workspace header with the button, in Chinese.
        if (enabled && !test::screenshotDir().isEmpty()) {
            QVERIFY(test::prepareForScreenshots());
            workspace.resize(1400, 900);
            workspace.show();
            QVERIFY(QTest::qWaitForWindowExposed(&workspace));
            const QString path =
                QDir(test::screenshotDir()).filePath(QStringLiteral("review-record-button.png"));
            QVERIFY2(workspace.grab(QRect(0, 0, 1400, 120)).save(path), qPrintable(path));
        }
    }
}

void TestReportPrinting::previewShowsTheRecord()
{
    const auto [id, version] = caseIn(QStringLiteral("decided"));
    auto doc = ReviewDocument::open(m_db, id, version, demo::approverName());
    QVERIFY(doc);
    ReviewWorkspace workspace(Desk::over(m_db), std::move(doc).value());
    workspace.show();
    auto *button = test::child<QToolButton>(&workspace, "reviewRecordButton");
    QVERIFY(button);
    auto *preview = test::child<QAction>(button->menu(), "printPreviewAction");
    QVERIFY(preview);

    // The dialog is modal: look at it from inside its event loop, then close it.
    int pages = -1;
    QString title;
    bool seen = false;
    std::function<void()> inspect = [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            QTimer::singleShot(50, inspect);
            return;
        }
        seen = true;
        title = dialog->windowTitle();
        if (auto *widget = dialog->findChild<QPrintPreviewWidget *>())
            pages = widget->pageCount();
        dialog->reject();
    };
    QTimer::singleShot(0, inspect);
    preview->trigger();
    QVERIFY(seen);
    QVERIFY2(title.contains(id), qPrintable(title));
    // The same pages as the PDF.
    const auto record = report::loadReviewRecord(m_db, id, version);
    QVERIFY(record);
    const std::unique_ptr<QTextDocument> document = report::reviewDocument(record.value());
    QBuffer sink;
    QVERIFY(sink.open(QIODevice::WriteOnly));
    QPdfWriter writer(&sink);
    const report::PageStyle style = report::reviewPageStyle(record.value());
    report::applyPageStyle(writer, style);
    QCOMPARE(pages, report::paintDocument(*document, writer, style));
    QVERIFY(pages >= 2);
}

void TestReportPrinting::printedRecordMatchesThePdf()
{
    GD_REQUIRE_TOOL("pdftotext");
    const auto [id, version] = caseIn(QStringLiteral("decided"));
    QVERIFY(!id.isEmpty());

    // What the printer gets (here: Qt's PDF printer at printer resolution)…
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    QCOMPARE(reportprinting::paint(printer, Desk::over(m_db), id, version), QString());
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);

    // …is the package's review.pdf: the same text on the same pages.
    const auto record = report::loadReviewRecord(m_db, id, version);
    QVERIFY(record);
    const auto pdf = report::reviewPdf(record.value());
    QVERIFY(pdf);
    const QString filed = m_dir.filePath(QStringLiteral("filed.pdf"));
    QFile file(filed);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf.value());
    file.close();

    const QString printedText = pdfText(printed);
    const QString filedText = pdfText(filed);
    QVERIFY(printedText.contains(id));
    QVERIFY(printedText.contains(record->application.applicant.name));
    QVERIFY(printedText.contains(decisionLabel(record->decision)));
    QCOMPARE(printedText.count(QLatin1Char('\f')), filedText.count(QLatin1Char('\f')));
    // Line breaks may fall elsewhere at another resolution; the characters, in the order
    // they are drawn (-raw), may not differ.
    const auto characters = [](QString text) {
        return text.remove(QRegularExpression(QStringLiteral("\\s")));
    };
    QCOMPARE(characters(printedText), characters(filedText));
}

void TestReportPrinting::refusedRecordIsNotPainted()
{
    const auto [id, version] = caseIn(QStringLiteral("in_review"));
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("refused.pdf"));
    printer.setOutputFileName(path);
    const QString reason = reportprinting::paint(printer, Desk::over(m_db), id, version);
    QVERIFY2(reason.contains(QStringLiteral("not decided")), qPrintable(reason));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReportPrinting)
#include "tst_reportprinting.moc"
