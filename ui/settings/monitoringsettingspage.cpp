// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitoringsettingspage.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

#include "common/filedialogs.h"
#include "core/log.h"
#include "monitoring/monitoringsettings.h"
#include "monitoring/watchedfolder.h"
#include "ui_monitoringsettingspage.h"
#include "common/palette.h"

namespace gd {

MonitoringSettingsPage::MonitoringSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_ui(std::make_unique<Ui::MonitoringSettingsPage>())
{
    m_ui->setupUi(this); // the form: monitoringsettingspage.ui
    m_expiringDays = m_ui->expiringDaysSpin;
    m_incidentOpenDays = m_ui->incidentOpenDaysSpin;
    m_filingWorkingDays = m_ui->filingWorkingDaysSpin;
    m_disclosureMonth = m_ui->disclosureMonthSpin;
    m_disclosureDay = m_ui->disclosureDaySpin;
    m_folder = m_ui->watchedFolderEdit;
    m_error = m_ui->monitoringSettingsError;
    connect(m_ui->watchedFolderBrowse, &QPushButton::clicked, this,
            &MonitoringSettingsPage::browse);
    m_error->setStyleSheet(palette::textStyle(palette::kBad));
    m_error->hide();
    load();
}

MonitoringSettingsPage::~MonitoringSettingsPage() = default;

QString MonitoringSettingsPage::title() const
{
    return tr("Monitoring");
}

void MonitoringSettingsPage::load()
{
    const monitoring::MonitoringSettings settings = monitoring::MonitoringSettings::load();
    m_expiringDays->setValue(settings.expiringDays);
    m_incidentOpenDays->setValue(settings.incidentOpenDays);
    m_filingWorkingDays->setValue(settings.filingWorkingDays);
    m_disclosureMonth->setValue(settings.disclosureDueMonth);
    m_disclosureDay->setValue(settings.disclosureDueDay);
    m_folder->setText(QDir::toNativeSeparators(WatchedFolder::configuredFolder()));
}

void MonitoringSettingsPage::browse()
{
    const QString folder = FileDialogs::existingDirectory(this, tr("Watched Feed Folder"));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

bool MonitoringSettingsPage::apply()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!folder.isEmpty() && !QFileInfo(folder).isDir()) {
        m_error->setText(tr("The watched folder %1 does not exist.").arg(m_folder->text()));
        m_error->show();
        m_folder->setFocus();
        return false;
    }
    // The same rule the settings are read with: a day every year has (not 29 February).
    if (!monitoring::MonitoringSettings::isValidDueDay(m_disclosureMonth->value(),
                                                       m_disclosureDay->value())) {
        m_error->setText(tr("%1-%2 is not a day of the year.")
                             .arg(m_disclosureMonth->value())
                             .arg(m_disclosureDay->value()));
        m_error->show();
        m_disclosureDay->setFocus();
        return false;
    }
    m_error->hide();
    monitoring::MonitoringSettings settings;
    settings.expiringDays = m_expiringDays->value();
    settings.incidentOpenDays = m_incidentOpenDays->value();
    settings.filingWorkingDays = m_filingWorkingDays->value();
    settings.disclosureDueMonth = m_disclosureMonth->value();
    settings.disclosureDueDay = m_disclosureDay->value();
    {
        QSettings stored;
        settings.save(stored);
    }
    WatchedFolder::setConfiguredFolder(folder);
    log::info(QStringLiteral("monitoring settings saved; watched folder: %1")
                  .arg(folder.isEmpty() ? QStringLiteral("none") : folder));
    WatchedFolder::reloadAllFromSettings();
    return true;
}

} // namespace gd
