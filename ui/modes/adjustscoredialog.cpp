// SPDX-License-Identifier: GPL-3.0-or-later
#include "adjustscoredialog.h"

#include <QPushButton>

#include "ui_adjustscoredialog.h"

namespace gd {

AdjustScoreDialog::AdjustScoreDialog(const QString &cellTitle, int defaultScore, int score,
                                     const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AdjustScoreDialog>())
    , m_defaultScore(defaultScore)
{
    m_ui->setupUi(this);
    m_ui->heading->setText(cellTitle);
    m_ui->hint->setText(
        tr("Default score: %1. Choose it again to take the adjustment back.").arg(defaultScore));
    m_ui->adjustScore->setValue(score);
    m_ui->adjustReason->setPlainText(reason);

    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->adjustScore, &QSpinBox::valueChanged, this, &AdjustScoreDialog::updateOk);
    connect(m_ui->adjustReason, &QPlainTextEdit::textChanged, this, &AdjustScoreDialog::updateOk);
    updateOk();
}

AdjustScoreDialog::~AdjustScoreDialog() = default;

int AdjustScoreDialog::score() const
{
    return m_ui->adjustScore->value();
}

QString AdjustScoreDialog::reason() const
{
    return m_ui->adjustReason->toPlainText().trimmed();
}

void AdjustScoreDialog::updateOk()
{
    const bool ok = m_ui->adjustScore->value() == m_defaultScore || !reason().isEmpty();
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace gd
