// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrailstatus.h"

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>

#include "audit/trailanchor.h"
#include "services/auditservice.h"
#include "core/log.h"
#include "common/palette.h"

namespace gd {
QString warnIfAuditTrailBroken(QStatusBar *bar, const std::shared_ptr<Desk> &desk)
{
    const auto report = AuditService(desk).checkSinceCheckpoint();
    const QString problem = !report ? report.error().toString() : audit::firstProblem(*report);
    if (problem.isEmpty())
        return {};
    log::error(QStringLiteral("audit trail on opening: %1").arg(problem));
    auto *label = new QLabel(
        QCoreApplication::translate("AuditTrailStatus",
                                    "⚠ Audit trail broken: signing and acknowledging are refused"),
        bar);
    label->setObjectName(QStringLiteral("auditTrailWarning"));
    label->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold").arg(palette::kError.name()));
    label->setToolTip(
        QCoreApplication::translate("AuditTrailStatus",
                                    "%1\n\nTools → Verify Audit Trail checks the whole trail.")
            .arg(problem));
    bar->addPermanentWidget(label);
    return problem;
}

QString showAuditTrailVerification(QWidget *parent, const std::shared_ptr<Desk> &desk)
{
    const auto report = AuditService(desk).verify();
    QString text;
    QMessageBox::Icon icon = QMessageBox::Information;
    if (!report) {
        text =
            QCoreApplication::translate("AuditTrailStatus", "The audit trail could not be read: %1")
                .arg(report.error().toString());
        icon = QMessageBox::Critical;
    } else if (report->broken()) {
        text = QCoreApplication::translate(
                   "AuditTrailStatus",
                   "The audit trail is broken:\n%1\n\nGrantDesk does not repair it. Keep the "
                   "database file as it is and report the break.")
                   .arg(report->problems.join(u'\n'));
        icon = QMessageBox::Critical;
    } else {
        text = QCoreApplication::translate("AuditTrailStatus",
                                           "The audit trail is intact: %n event(s) checked.",
                                           nullptr, int(report->chain.checked));
        text += u'\n';
        text += report->anchors > 0
                    ? QCoreApplication::translate(
                          "AuditTrailStatus",
                          "Signed checkpoints: %1, the newest at event %2 (signed by %3).")
                          .arg(report->anchors)
                          .arg(report->anchoredSeq)
                          .arg(report->signers.join(QStringLiteral(", ")))
                    : QCoreApplication::translate("AuditTrailStatus", "No signed checkpoint yet.");
        text += u'\n';
        text += QCoreApplication::translate(
            "AuditTrailStatus",
            "Unanchored: %n event(s) after the newest signed checkpoint; these could be "
            "removed by whoever holds the file without it showing.",
            nullptr, int(report->unanchored()));
    }
    log::info(QStringLiteral("audit verify: %1").arg(text));
    // Non-modal: the result stays on screen while the officer goes on working.
    auto *box =
        new QMessageBox(icon, QCoreApplication::translate("AuditTrailStatus", "Verify audit trail"),
                        text, QMessageBox::Close, parent);
    box->setObjectName(QStringLiteral("auditResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
    return text;
}

} // namespace gd
