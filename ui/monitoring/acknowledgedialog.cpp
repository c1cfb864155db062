// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/log.h"
#include "package/package.h"
#include "package/ownkey.h"
#include "services/monitoringservice.h"

namespace gd {

AcknowledgeDialog::AcknowledgeDialog(std::shared_ptr<Desk> desk, monitoring::Alert alert,
                                     QWidget *parent)
    : QDialog(parent)
    , m_desk(std::move(desk))
    , m_alert(std::move(alert))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge Alert"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *what = new QLabel(monitoring::alertcode::label(m_alert.code), this);
    what->setStyleSheet(QStringLiteral("font-weight: bold"));
    form->addRow(tr("Alert:"), what);
    form->addRow(tr("Severity:"), new QLabel(monitoring::severityLabel(m_alert.severity), this));
    form->addRow(tr("Subject:"), new QLabel(m_alert.subject.label.isEmpty() ? m_alert.subject.id
                                                                            : m_alert.subject.label,
                                            this));
    auto *reason = new QLabel(m_alert.reason, this);
    reason->setWordWrap(true);
    form->addRow(tr("Reason:"), reason);
    layout->addLayout(form);

    auto *noteLabel = new QLabel(tr("&Note (what was done, who was informed):"), this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    m_note->setObjectName(QStringLiteral("ackNote"));
    m_note->setTabChangesFocus(true);
    if (m_alert.acknowledgement)
        m_note->setPlainText(m_alert.acknowledgement->note);
    m_note->setMinimumHeight(fontMetrics().height() * 5);
    layout->addWidget(m_note, 1);
    m_error->setObjectName(QStringLiteral("ackError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a02020"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AcknowledgeDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::updateButtons);
    updateButtons();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

void AcknowledgeDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
}

void AcknowledgeDialog::accept()
{
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty())
        return;
    // Signed into the audit trail with the officer's key, like a package.
    auto signer = unlockOfficerKey(this, [&](const QString &name) {
        return tr("The acknowledgement of this alert is signed into the audit trail with the key "
                  "of %1. Its passphrase:")
            .arg(name);
    });
    if (!signer) {
        if (!signer.error().what.isEmpty()) {
            m_error->setText(
                tr("The acknowledgement was not saved: %1").arg(signer.error().toString()));
            m_error->show();
        }
        return;
    }
    const auto done = MonitoringService(m_desk).acknowledge(m_alert.key, note, *signer);
    if (!done) {
        log::warning(
            QStringLiteral("acknowledge %1: %2").arg(m_alert.key, done.error().toString()));
        m_error->setText(tr("The acknowledgement was not saved: %1").arg(done.error().toString()));
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace gd
