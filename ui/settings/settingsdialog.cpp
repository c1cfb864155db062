// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "settings/settingspage.h"

namespace gd {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(720, 560);
}

void SettingsDialog::addPage(SettingsPage *page)
{
    m_pages.append(page);
    m_tabs->addTab(page, page->title());
}

void SettingsDialog::showPage(const QString &objectName)
{
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (page->objectName() == objectName)
            m_tabs->setCurrentWidget(page);
    }
}

void SettingsDialog::accept()
{
    for (SettingsPage *page : std::as_const(m_pages)) {
        if (!page->apply()) {
            m_tabs->setCurrentWidget(page);
            return;
        }
    }
    QDialog::accept();
}

} // namespace gd
