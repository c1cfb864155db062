// SPDX-License-Identifier: GPL-3.0-or-later
#include "monitoringsettingspage.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/filedialogs.h"
#include "core/log.h"
#include "monitoring/monitoringsettings.h"
#include "monitoring/watchedfolder.h"
#include "common/palette.h"

namespace gd {
namespace {

QSpinBox *makeSpin(const QString &name, int minimum, int maximum, const QString &suffix,
                   QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

MonitoringSettingsPage::MonitoringSettingsPage(QWidget *parent)
    : SettingsPage(parent)
    , m_expiringDays(makeSpin(QStringLiteral("expiringDaysSpin"), 1, 365, tr(" days"), this))
    , m_incidentOpenDays(
          makeSpin(QStringLiteral("incidentOpenDaysSpin"), 0, 365, tr(" days"), this))
    , m_filingWorkingDays(
          makeSpin(QStringLiteral("filingWorkingDaysSpin"), 1, 250, tr(" working days"), this))
    , m_disclosureMonth(makeSpin(QStringLiteral("disclosureMonthSpin"), 1, 12, QString(), this))
    , m_disclosureDay(makeSpin(QStringLiteral("disclosureDaySpin"), 1, 31, QString(), this))
    , m_folder(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("monitoringPage"));
    auto *layout = new QVBoxLayout(this);

    auto *alerts = new QGroupBox(tr("Risk alert thresholds"), this);
    auto *form = new QFormLayout(alerts);
    m_expiringDays->setToolTip(tr("An authorization or agreement that ends within this many "
                                  "days raises \"expiring\" (critical within 7 days)"));
    form->addRow(tr("Authorization &expiring within:"), m_expiringDays);
    m_incidentOpenDays->setToolTip(
        tr("A security incident still open after this many days raises an alert"));
    form->addRow(tr("&Incident open longer than:"), m_incidentOpenDays);
    m_filingWorkingDays->setToolTip(tr("A plan or agreement not filed this many working days "
                                       "after its decision is overdue (statutory holidays "
                                       "and make-up working days counted)"));
    form->addRow(tr("&Filing due within:"), m_filingWorkingDays);
    auto *due = new QHBoxLayout;
    due->addWidget(new QLabel(tr("month"), alerts));
    due->addWidget(m_disclosureMonth);
    due->addWidget(new QLabel(tr("day"), alerts));
    due->addWidget(m_disclosureDay);
    due->addStretch(1);
    auto *dueLabel = new QLabel(tr("Annual &disclosure due by:"), alerts);
    dueLabel->setBuddy(m_disclosureMonth);
    dueLabel->setToolTip(tr("Implementing bodies and operators publish the prior year's "
                            "information by this day (31 March)"));
    form->addRow(dueLabel, due);
    layout->addWidget(alerts);

    auto *feeds = new QGroupBox(tr("Watched feed folder"), this);
    auto *feedLayout = new QVBoxLayout(feeds);
    auto *explain = new QLabel(tr("Feed files (calls, incidents, filings; JSON or CSV) that an "
                                  "operation platform drops into this folder are imported while "
                                  "GrantDesk runs, each file once, with the same checks as "
                                  "File → Import. Leave empty to watch no folder."),
                               feeds);
    explain->setWordWrap(true);
    feedLayout->addWidget(explain);
    auto *row = new QHBoxLayout;
    m_folder->setObjectName(QStringLiteral("watchedFolderEdit"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setPlaceholderText(tr("No folder watched"));
    row->addWidget(m_folder, 1);
    auto *browse = new QPushButton(tr("&Browse…"), feeds);
    browse->setObjectName(QStringLiteral("watchedFolderBrowse"));
    connect(browse, &QPushButton::clicked, this, &MonitoringSettingsPage::browse);
    row->addWidget(browse);
    feedLayout->addLayout(row);
    layout->addWidget(feeds);

    m_error->setObjectName(QStringLiteral("monitoringSettingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(palette::textStyle(palette::kBad));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    load();
}

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
