// SPDX-License-Identifier: GPL-3.0-or-later
#include "readonlymode.h"

#include <QAction>
#include <QCoreApplication>
#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QVBoxLayout>

#include "services/desk.h"
#include "common/palette.h"

namespace gd::readonlymode {
namespace {

const QString kColumn = QStringLiteral("bannerColumn");

} // namespace

QStringList editingActionNames()
{
    return {QStringLiteral("actionImportApplications"), QStringLiteral("actionImportFolder"),
            QStringLiteral("actionImportRegister"), QStringLiteral("actionExportPackage"),
            QStringLiteral("actionCountersignPackage")};
}

QLabel *banner(QMainWindow *window, const QString &objectName)
{
    QWidget *column = window->centralWidget();
    if (!column || column->objectName() != kColumn) {
        QWidget *inner = window->takeCentralWidget();
        column = new QWidget(window);
        column->setObjectName(kColumn);
        auto *layout = new QVBoxLayout(column);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        if (inner)
            layout->addWidget(inner, 1);
        window->setCentralWidget(column);
        if (window->isVisible()) { // added to a shown window: shown now, not on a later event
            column->show();
            if (inner)
                inner->show();
        }
    }
    if (auto *existing = column->findChild<QLabel *>(objectName, Qt::FindDirectChildrenOnly))
        return existing;
    auto *label = new QLabel(column);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(12, 6, 12, 6);
    auto *layout = static_cast<QVBoxLayout *>(column->layout());
    layout->insertWidget(layout->count() - 1, label); // above the central widget, in order
    if (column->isVisible())
        label->show();
    return label;
}

void mark(QMainWindow *window, const QString &cause)
{
    window->setWindowTitle(window->windowTitle() + u' ' +
                           QCoreApplication::translate("ReadOnlyMode", "(read-only)"));

    auto *status = new QLabel(QCoreApplication::translate("ReadOnlyMode", "Read-only"), window);
    status->setObjectName(QStringLiteral("readOnlyLabel"));
    status->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }")
                              .arg(palette::kReadOnlyText.name()));
    status->setToolTip(
        QCoreApplication::translate("ReadOnlyMode",
                                    "The database is open read-only: %1. Nothing is written to it.")
            .arg(cause));
    window->statusBar()->addPermanentWidget(status);

    QLabel *line = banner(window, QStringLiteral("databaseReadOnlyBanner"));
    line->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-bottom: 1px solid %3; }")
            .arg(palette::kReadOnlyBanner.background.name(), palette::kReadOnlyBanner.text.name(),
                 palette::kReadOnlyBanner.border.name()));
    line->setText(
        QStringLiteral("<b>%1</b> %2")
            .arg(QCoreApplication::translate("ReadOnlyMode", "Read-only:").toHtmlEscaped(),
                 QCoreApplication::translate(
                     "ReadOnlyMode",
                     "the database is open read-only (%1). You can search, open and check "
                     "cases, verify packages and the audit trail; importing, editing reviews, "
                     "submitting, agreeing, signing, countersigning and acknowledging alerts "
                     "are off.")
                     .arg(cause)
                     .toHtmlEscaped()));

    const QString refusal = Desk::readOnlyRefusal();
    for (const QString &name : editingActionNames()) {
        if (auto *action = window->findChild<QAction *>(name)) {
            action->setEnabled(false);
            action->setToolTip(refusal);
            action->setStatusTip(refusal);
        }
    }
}

} // namespace gd::readonlymode
