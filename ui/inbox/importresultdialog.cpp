// SPDX-License-Identifier: GPL-3.0-or-later
#include "importresultdialog.h"
#include "ui_importresultdialog.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPushButton>

namespace gd {

ImportResultDialog::ImportResultDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportResultDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importResultDialog"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->detailsEdit->setFont(mono);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->detailsEdit->toPlainText()); });
}

ImportResultDialog::~ImportResultDialog() = default;

void ImportResultDialog::setResult(const QString &title, const QString &summary,
                                   const QString &details)
{
    setWindowTitle(title);
    m_ui->summaryLabel->setText(summary);
    m_ui->detailsEdit->setPlainText(details);
    const bool hasDetails = !details.isEmpty();
    m_ui->detailsHeading->setVisible(hasDetails);
    m_ui->detailsEdit->setVisible(hasDetails);
    m_ui->copyButton->setVisible(hasDetails);
    if (!hasDetails)
        resize(width(), minimumSizeHint().height());
}

QString ImportResultDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

QString ImportResultDialog::details() const
{
    return m_ui->detailsEdit->toPlainText();
}

} // namespace gd
