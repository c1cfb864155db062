// SPDX-License-Identifier: GPL-3.0-or-later
#include "acknowledgedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/log.h"
#include "package/package.h"
#include "package/ownkey.h"
#include "services/monitoringservice.h"
#include "ui_acknowledgedialog.h"
#include "common/palette.h"

namespace gd {

AcknowledgeDialog::AcknowledgeDialog(std::shared_ptr<Desk> desk, monitoring::Alert alert,
                                     QWidget *parent)
    : QDialog(parent)
    , m_desk(std::move(desk))
    , m_alert(std::move(alert))
    , m_ui(std::make_unique<Ui::AcknowledgeDialog>())
{
    m_ui->setupUi(this); // the form: acknowledgedialog.ui
    m_note = m_ui->ackNote;
    m_error = m_ui->ackError;
    m_buttons = m_ui->buttons;
    m_ui->alertValue->setText(monitoring::alertcode::label(m_alert.code));
    m_ui->severityValue->setText(monitoring::severityLabel(m_alert.severity));
    m_ui->subjectValue->setText(m_alert.subject.label.isEmpty() ? m_alert.subject.id
                                                                : m_alert.subject.label);
    m_ui->reasonValue->setText(m_alert.reason);
    if (m_alert.acknowledgement)
        m_note->setPlainText(m_alert.acknowledgement->note);
    m_note->setMinimumHeight(fontMetrics().height() * 5);
    m_error->setStyleSheet(palette::textStyle(palette::kError));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Acknowledge"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AcknowledgeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AcknowledgeDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::updateButtons);
    updateButtons();
    resize(std::max(sizeHint().width(), 480), sizeHint().height());
}

AcknowledgeDialog::~AcknowledgeDialog() = default;

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
