// SPDX-License-Identifier: GPL-3.0-or-later
// The pages of Tools → Settings…, in the order they appear. Each feature adds its page here.
#include "settings/settingsdialog.h"
#include "settings/databasesettingspage.h"
#include "settings/monitoringsettingspage.h"
#include "settings/settingspage.h"
#include "settings/signingsettingspage.h"

namespace gd {

SettingsDialog *SettingsDialog::createWithAllPages(QWidget *parent, const QString &openLocation)
{
    auto *dialog = new SettingsDialog(parent);
    dialog->addPage(new SigningSettingsPage(dialog));
    // Pages: signing (keys, trust store), monitoring (thresholds, watched folder), database.
    dialog->addPage(new MonitoringSettingsPage(dialog));
    auto *database = new DatabaseSettingsPage(openLocation, dialog);
    dialog->addPage(database);
    connect(database, &DatabaseSettingsPage::restartRequested, dialog,
            &SettingsDialog::restartRequested, Qt::QueuedConnection);
    return dialog;
}

} // namespace gd
