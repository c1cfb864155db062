// SPDX-License-Identifier: GPL-3.0-or-later
#include "officerdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include "core/setting.h"
#include "package/ownkey.h"
#include "package/signingpaths.h"
#include "ui_officerdialog.h"
#include "common/palette.h"

namespace gd {
namespace {

const Setting<QByteArray> kGeometry{"OfficerDialog/Geometry", {}};

} // namespace

OfficerDialog::OfficerDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OfficerDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("officerDialog"));
    // The officer's certificates: an identity is also the keys that prove it.
    m_certificatesView = m_ui->certificatesView;
    m_certificatesView->setMaximumHeight(fontMetrics().height() * 5 + 12);
    m_ui->nameEdit->setPlaceholderText(tr("e.g. Zhang Min"));
    m_ui->positionEdit->setPlaceholderText(tr("e.g. principal staff member"));
    m_ui->unitEdit->setPlaceholderText(tr("e.g. review section"));
    m_ui->reviewerCheck->setToolTip(tr("Reviews applications and proposes the decision"));
    m_ui->approverCheck->setToolTip(tr("Approves or sends back what another officer reviewed"));
    QPalette palette = m_ui->problemLabel->palette();
    palette.setColor(QPalette::WindowText, palette::kWarn);
    m_ui->problemLabel->setPalette(palette);
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->positionEdit, m_ui->unitEdit})
        connect(edit, &QLineEdit::textChanged, this, &OfficerDialog::updateState);
    for (QCheckBox *check : {m_ui->reviewerCheck, m_ui->approverCheck})
        connect(check, &QCheckBox::toggled, this, &OfficerDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::finished, this, [this] { kGeometry.setValue(saveGeometry()); });
    restoreGeometry(kGeometry.value());
    setProfile(officer::currentProfile());
}

OfficerDialog::~OfficerDialog() = default;

void OfficerDialog::setProfile(const officer::Profile &profile)
{
    m_ui->nameEdit->setText(profile.name);
    m_ui->positionEdit->setText(profile.position);
    m_ui->unitEdit->setText(profile.unit);
    m_ui->reviewerCheck->setChecked(profile.reviewer);
    m_ui->approverCheck->setChecked(profile.approver);
    m_certificates = profile.certificates;
    QString ownKey;
    if (const auto certificate = signing::ownCertificate())
        ownKey = certificate->sha256();
    QStringList lines;
    for (const QString &sha256 : m_certificates) {
        QString line = signing::groupedFingerprint(sha256);
        if (sha256 == ownKey)
            line += QLatin1Char(' ') + tr("(this workstation's signing key)");
        lines << line;
    }
    m_certificatesView->setPlainText(
        lines.isEmpty()
            ? tr("None yet: generate or import your key in Tools → Settings… → Signing.")
            : lines.join(QLatin1Char('\n')));
    updateState();
}

officer::Profile OfficerDialog::profile() const
{
    officer::Profile profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.position = m_ui->positionEdit->text().trimmed();
    profile.unit = m_ui->unitEdit->text().trimmed();
    profile.reviewer = m_ui->reviewerCheck->isChecked();
    profile.approver = m_ui->approverCheck->isChecked();
    profile.certificates = m_certificates;
    return profile;
}

void OfficerDialog::updateState()
{
    const officer::Profile current = profile();
    QString problem;
    if (current.name.isEmpty())
        problem = tr("Enter your name.");
    else if (current.unit.isEmpty())
        problem = tr("Enter your unit.");
    else if (!current.reviewer && !current.approver)
        problem = tr("Choose at least one role.");
    if (const QString hidden = current.identityProblem(); !hidden.isEmpty())
        problem = hidden;
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setVisible(!problem.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(current.isComplete());
}

bool OfficerDialog::editCurrentProfile(QWidget *parent, bool firstStart)
{
    OfficerDialog dialog(parent);
    if (firstStart)
        dialog.m_ui->introLabel->setText(
            tr("Before the first review, tell GrantDesk who you are. Every event in the audit "
               "trail names the officer who did it, and a case you reviewed must be approved "
               "by another officer (four eyes)."));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    officer::saveProfile(dialog.profile());
    return true;
}

} // namespace gd
