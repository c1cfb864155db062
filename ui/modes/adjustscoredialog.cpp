// SPDX-License-Identifier: GPL-3.0-or-later
#include "adjustscoredialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gd {

AdjustScoreDialog::AdjustScoreDialog(const QString &cellTitle, int defaultScore, int score,
                                     const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_defaultScore(defaultScore)
    , m_score(new QSpinBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Adjust score"));
    setObjectName(QStringLiteral("adjustScoreDialog"));
    m_score->setObjectName(QStringLiteral("adjustScore"));
    m_score->setRange(1, 5);
    m_score->setValue(score);
    m_reason->setObjectName(QStringLiteral("adjustReason"));
    m_reason->setPlainText(reason);
    m_reason->setPlaceholderText(tr("Why this case differs from the default score (required)"));

    auto *heading = new QLabel(cellTitle, this);
    heading->setWordWrap(true);
    auto *hint = new QLabel(
        tr("Default score: %1. Choose it again to take the adjustment back.").arg(defaultScore),
        this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Score (1–5):"), m_score);
    form->addRow(tr("Reason:"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_score, &QSpinBox::valueChanged, this, &AdjustScoreDialog::updateOk);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &AdjustScoreDialog::updateOk);
    updateOk();
    resize(460, 300);
}

AdjustScoreDialog::~AdjustScoreDialog() = default;

int AdjustScoreDialog::score() const
{
    return m_score->value();
}

QString AdjustScoreDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void AdjustScoreDialog::updateOk()
{
    const bool ok = m_score->value() == m_defaultScore || !reason().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace gd
