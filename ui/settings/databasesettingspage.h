// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>

#include "settings/settingspage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace gd {

/**
 * Settings → Database: which database the desktop program opens when it starts — this
 * workstation's own file, or the office server (issue 16) by host or socket folder, port,
 * database and login. "Test Connection" signs in once with a password that is never kept and
 * says who the server takes the officer for. The choice takes effect at the next start,
 * which the page offers at once.
 */
class DatabaseSettingsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSettingsPage)

public:
    /** @p openLocation: the database this window has open (said on the page). */
    explicit DatabaseSettingsPage(const QString &openLocation, QWidget *parent = nullptr);

    QString title() const override;
    bool apply() override;

    /** The location the form names: a server's locator, or empty for this workstation's file. */
    QString chosenLocation() const;

signals:
    /** Applied a location other than the open one, and the officer chose to restart now. */
    void restartRequested();

private:
    void layOut();
    void load();
    void updateEnabled();
    /** Why the server form cannot be used as it is; empty when it can. */
    QString formProblem() const;
    void testConnection();
    void showResult(bool ok, const QString &text);

    QString m_openLocation;
    /** A client certificate's settings of the kept locator: not shown, not dropped. */
    QList<QPair<QString, QString>> m_keptOptions;
    QRadioButton *m_embedded;
    QRadioButton *m_server;
    QWidget *m_serverForm;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_login;
    QLineEdit *m_password;
    QPushButton *m_test;
    QLabel *m_result;
};

} // namespace gd
