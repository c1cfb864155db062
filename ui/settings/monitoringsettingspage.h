// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "settings/settingspage.h"

class QLineEdit;
class QSpinBox;
class QLabel;

namespace Ui {
class MonitoringSettingsPage;
}

namespace gd {

/**
 * Settings → Monitoring: the thresholds of the risk alerts (MonitoringSettings, group
 * "Monitoring") and the watched feed folder.
 */
class MonitoringSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonitoringSettingsPage)

public:
    explicit MonitoringSettingsPage(QWidget *parent = nullptr);
    ~MonitoringSettingsPage() override;

    QString title() const override;
    bool apply() override;

private:
    void load();
    void browse();

    std::unique_ptr<Ui::MonitoringSettingsPage> m_ui;
    // The form's fields under the names the code reads them by.
    QSpinBox *m_expiringDays;
    QSpinBox *m_incidentOpenDays;
    QSpinBox *m_filingWorkingDays;
    QSpinBox *m_disclosureMonth;
    QSpinBox *m_disclosureDay;
    QLineEdit *m_folder;
    QLabel *m_error;
};

} // namespace gd
