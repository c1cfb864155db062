// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportprinting.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QToolButton>

#include "report/pdfdocument.h"
#include "report/reviewrecord.h"
#include "review/reviewdocument.h"
#include "services/exportservice.h"

namespace gd::reportprinting {
namespace {

// Charts are images: at most this resolution, whatever the printer's (a 1200 dpi chart is
// tens of megabytes and looks no better on paper).
constexpr int kMaxChartDpi = 300;

void showRefusal(QWidget *parent, const QString &reason)
{
    QMessageBox::warning(
        parent, QCoreApplication::translate("ReportPrinting", "Review Record"),
        QCoreApplication::translate("ReportPrinting", "The review record cannot be printed: %1")
            .arg(reason));
}

} // namespace

QString paint(QPrinter &printer, const report::ReviewRecord &record)
{
    const report::PageStyle style = report::reviewPageStyle(record);
    report::applyPageStyle(printer, style);
    printer.setDocName(style.title);
    const std::unique_ptr<QTextDocument> document =
        report::reviewDocument(record, qMin(printer.resolution(), kMaxChartDpi));
    if (report::paintDocument(*document, printer, style) == 0)
        return QCoreApplication::translate("ReportPrinting", "the printer could not be started");
    return {};
}

QString paint(QPrinter &printer, const std::shared_ptr<Desk> &desk, const QString &id, int version)
{
    auto record = ExportService(desk).reviewRecord(id, version);
    if (!record)
        return record.error().toString();
    return paint(printer, record.value());
}

void preview(QWidget *parent, const std::shared_ptr<Desk> &desk, const QString &id, int version)
{
    // Loaded once (the dialog may ask for pages again) and refused before the dialog opens,
    // so that the officer reads why instead of a blank page.
    const auto record = ExportService(desk).reviewRecord(id, version);
    if (!record) {
        showRefusal(parent, record.error().what);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("reviewRecordPreview"));
    dialog.setWindowTitle(
        QCoreApplication::translate("ReportPrinting", "Print Preview: Review Record %1 v%2")
            .arg(id)
            .arg(version));
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&](QPrinter *target) { failure = paint(*target, record.value()); });
    dialog.exec();
    if (!failure.isEmpty())
        showRefusal(parent, failure);
}

void print(QWidget *parent, const std::shared_ptr<Desk> &desk, const QString &id, int version)
{
    const auto record = ExportService(desk).reviewRecord(id, version);
    if (!record) {
        showRefusal(parent, record.error().what);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("ReportPrinting", "Print Review Record"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString failure = paint(printer, record.value()); !failure.isEmpty())
        showRefusal(parent, failure);
}

QToolButton *makeButton(QWidget *parent, std::shared_ptr<Desk> desk, ReviewDocument *doc)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(QStringLiteral("reviewRecordButton"));
    // Fusion draws an instant popup's arrow over the text's end (issue 18): the arrow is a
    // character of the text instead, as on the decision page's standard texts button.
    button->setText(QCoreApplication::translate("ReportPrinting", "Review Record") +
                    QStringLiteral(" ▾"));
    button->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    auto *previewAction =
        menu->addAction(QCoreApplication::translate("ReportPrinting", "Print Pre&view…"));
    previewAction->setObjectName(QStringLiteral("printPreviewAction"));
    auto *printAction = menu->addAction(QCoreApplication::translate("ReportPrinting", "&Print…"));
    printAction->setObjectName(QStringLiteral("printAction"));
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    parent->addAction(printAction); // Ctrl+P anywhere in the workspace
    button->setMenu(menu);

    const QString id = doc->state().applicationId;
    const int version = doc->state().version;
    QObject::connect(previewAction, &QAction::triggered, button,
                     [button, desk, id, version] { preview(button->window(), desk, id, version); });
    QObject::connect(printAction, &QAction::triggered, button, [button, desk, id, version] {
        if (button->isEnabled())
            print(button->window(), desk, id, version);
    });
    auto update = [button, printAction](CaseStatus status) {
        const bool decided = caseStatusIsDecided(status);
        button->setEnabled(decided);
        printAction->setEnabled(decided);
        button->setToolTip(
            decided ? QCoreApplication::translate("ReportPrinting",
                                                  "Preview or print the review record "
                                                  "as it is filed in the signed package")
                    : QCoreApplication::translate("ReportPrinting",
                                                  "The review record can be printed once the "
                                                  "approver has agreed"));
    };
    update(doc->status());
    QObject::connect(doc, &ReviewDocument::statusChanged, button, update);
    return button;
}

} // namespace gd::reportprinting
