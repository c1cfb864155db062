// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>

class QTabWidget;

namespace gd {

class SettingsPage;

/** Tools → Settings…: one tab per SettingsPage; OK applies every page. */
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void addPage(SettingsPage *page);
    /** Shows the tab whose page has @p objectName ("signingPage", "monitoringPage"). */
    void showPage(const QString &objectName);

    void accept() override;

    /**
     * A dialog holding every settings page GrantDesk has (settingspages.cpp lists them);
     * @p openLocation is the database the window has open (the Database page says it).
     */
    static SettingsDialog *createWithAllPages(QWidget *parent, const QString &openLocation = {});

signals:
    /** The officer chose another database and to restart on it now. */
    void restartRequested();

private:
    QTabWidget *m_tabs;
    QList<SettingsPage *> m_pages;
};

} // namespace gd
