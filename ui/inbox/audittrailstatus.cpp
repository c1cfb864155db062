// SPDX-License-Identifier: GPL-3.0-or-later
#include "audittrailstatus.h"

#include <utility>

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

#include "audit/trailanchor.h"
#include "services/auditservice.h"
#include "core/log.h"
#include "common/palette.h"

namespace gd {
namespace {

/**
 * One check of the audit trail in a thread of its own, on a read-only connection of its own
 * (AuditService::Verification): done() is called on the UI thread with what it found, unless
 * it was stopped. Deleting it stops the check (the connection is interrupted, not waited for
 * to the end).
 */
class TrailCheck : public QObject
{
public:
    ~TrailCheck() override
    {
        if (m_thread) {
            QObject::disconnect(m_thread, nullptr, this, nullptr);
            m_run->interrupt();
            m_thread->wait();
            delete m_thread;
        }
    }

protected:
    TrailCheck(QObject *parent, std::shared_ptr<Desk> desk, AuditService::Verification::Scope scope,
               const QString &name)
        : QObject(parent)
        , m_run(std::make_shared<AuditService::Verification>())
        , m_outcome(std::make_shared<Result<audit::TrailReport>>(
              Error{QStringLiteral("audit trail"), QStringLiteral("not run")}))
    {
        setObjectName(name);
        m_thread = QThread::create([run = m_run, outcome = m_outcome, desk = std::move(desk),
                                    scope] { *outcome = run->run(*desk, scope); });
        m_thread->setObjectName(name);
        QObject::connect(m_thread, &QThread::finished, this, &TrailCheck::finish);
        m_thread->start();
    }

    /** The UI thread, once the check ended by itself; deleted after it returns. */
    virtual void done(const Result<audit::TrailReport> &outcome) = 0;
    /** Any time: the check stops, done() is not called, and a new request starts anew. */
    void stop()
    {
        m_run->interrupt();
        setObjectName(QString());
    }

private:
    void finish()
    {
        m_thread->wait(); // finished() comes from the thread just before it ends
        delete std::exchange(m_thread, nullptr);
        setObjectName(QString()); // done: a new request starts a new check
        if (!m_run->isInterrupted())
            done(*m_outcome);
        deleteLater();
    }

    std::shared_ptr<AuditService::Verification> m_run;
    std::shared_ptr<Result<audit::TrailReport>> m_outcome;
    QThread *m_thread = nullptr;
};

/**
 * The check on opening: a warning in the status bar when the trail is broken. When the
 * second connection could not read the trail (it could not be opened, say), the check runs
 * again on the window's own connection, as it did before it had a thread: a connection that
 * failed is no finding about the trail.
 */
class OpeningCheck final : public TrailCheck
{
public:
    OpeningCheck(QStatusBar *bar, const std::shared_ptr<Desk> &desk)
        : TrailCheck(bar, desk, AuditService::Verification::Scope::SinceCheckpoint,
                     QStringLiteral("auditOpeningCheck"))
        , m_bar(bar)
        , m_desk(desk)
    {}

private:
    void done(const Result<audit::TrailReport> &outcome) override
    {
        const Result<audit::TrailReport> report =
            outcome ? outcome : AuditService(m_desk).checkSinceCheckpoint();
        if (!outcome)
            log::info(QStringLiteral("audit trail on opening, second connection: %1; checked "
                                     "on the window's own")
                          .arg(outcome.error().toString()));
        const QString problem = !report ? report.error().toString() : audit::firstProblem(*report);
        if (problem.isEmpty()) {
            // The second connection only reads: the window's own keeps what it found.
            if (outcome) {
                if (Status kept = AuditService(m_desk).keepCheckedHead(*outcome); !kept)
                    log::warning(QStringLiteral("audit trail: the checkpoint was not moved: %1")
                                     .arg(kept.error().toString()));
            }
            return;
        }
        log::error(QStringLiteral("audit trail on opening: %1").arg(problem));
        auto *label = new QLabel(
            QCoreApplication::translate(
                "AuditTrailStatus", "⚠ Audit trail broken: signing and acknowledging are refused"),
            m_bar);
        label->setObjectName(QStringLiteral("auditTrailWarning"));
        label->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold").arg(palette::kError.name()));
        label->setToolTip(
            QCoreApplication::translate("AuditTrailStatus",
                                        "%1\n\nTools → Verify Audit Trail checks the whole trail.")
                .arg(problem));
        m_bar->addPermanentWidget(label);
    }

    QStatusBar *m_bar; // the parent: alive while this is
    std::shared_ptr<Desk> m_desk;
};

} // namespace

void warnIfAuditTrailBroken(QStatusBar *bar, const std::shared_ptr<Desk> &desk)
{
    new OpeningCheck(bar, desk);
}

namespace {

/** What the full check found, as the officer reads it; @p icon says how serious. */
QString verificationText(const Result<audit::TrailReport> &report, QMessageBox::Icon &icon)
{
    QString text;
    icon = QMessageBox::Information;
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
                                           "The audit trail is intact: %Ln event(s) checked.",
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
            "Unanchored: %Ln event(s) after the newest signed checkpoint; these could be "
            "removed by whoever holds the file without it showing.",
            nullptr, int(report->unanchored()));
    }
    return text;
}

/**
 * One run of the full check, in a thread of its own on a read-only connection of its own:
 * "Verifying…" with a Stop button after a moment, the result box when it is done. Closing the
 * window stops it (the run is interrupted, not waited for to the end).
 */
class VerificationRun final : public TrailCheck
{
public:
    VerificationRun(QWidget *parent, std::shared_ptr<Desk> desk)
        : TrailCheck(parent, std::move(desk), AuditService::Verification::Scope::WholeTrail,
                     QStringLiteral("auditVerification"))
        , m_parent(parent)
    {
        m_progress = new QProgressDialog(
            QCoreApplication::translate("AuditTrailStatus",
                                        "Verifying the whole audit trail, from its first event. "
                                        "On a large archive this takes minutes; you can go on "
                                        "working meanwhile."),
            QCoreApplication::translate("AuditTrailStatus", "Stop"), 0, 0, parent);
        m_progress->setObjectName(QStringLiteral("auditVerifying"));
        auto *label = new QLabel(m_progress->labelText(), m_progress);
        label->setWordWrap(true); // a paragraph, not one line as wide as the screen
        m_progress->setLabel(label);
        m_progress->setMinimumWidth(420);
        m_progress->setWindowTitle(
            QCoreApplication::translate("AuditTrailStatus", "Verify audit trail"));
        m_progress->setWindowModality(Qt::NonModal);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_progress->setMinimumDuration(400); // a small trail answers before it shows
        QObject::connect(m_progress, &QProgressDialog::canceled, this, [this] {
            stop();
            closeProgress();
            log::info(QStringLiteral("audit verify: stopped by the officer"));
        });
    }

    ~VerificationRun() override { closeProgress(); }

private:
    void closeProgress()
    {
        if (!m_progress)
            return;
        m_progress->setObjectName(QString());
        QObject::disconnect(m_progress, nullptr, this, nullptr); // closing it emits canceled()
        m_progress->close();
        std::exchange(m_progress, nullptr)->deleteLater();
    }

    void done(const Result<audit::TrailReport> &outcome) override
    {
        closeProgress();
        QMessageBox::Icon icon = QMessageBox::Information;
        const QString text = verificationText(outcome, icon);
        log::info(QStringLiteral("audit verify: %1").arg(text));
        // Non-modal: the result stays on screen while the officer goes on working.
        auto *box = new QMessageBox(
            icon, QCoreApplication::translate("AuditTrailStatus", "Verify audit trail"), text,
            QMessageBox::Close, m_parent);
        box->setObjectName(QStringLiteral("auditResult"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setModal(false);
        box->show();
    }

    QWidget *m_parent;
    QProgressDialog *m_progress = nullptr;
};

} // namespace

void showAuditTrailVerification(QWidget *parent, const std::shared_ptr<Desk> &desk)
{
    // One run at a time: asked again, the running one is brought forward.
    if (parent->findChild<QObject *>(QStringLiteral("auditVerification"),
                                     Qt::FindDirectChildrenOnly)) {
        if (auto *progress = parent->findChild<QProgressDialog *>(QStringLiteral("auditVerifying"),
                                                                  Qt::FindDirectChildrenOnly)) {
            progress->show();
            progress->raise();
        }
        return;
    }
    new VerificationRun(parent, desk);
}

} // namespace gd
