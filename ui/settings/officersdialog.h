// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>
#include <QList>

#include "services/officerservice.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace gd {

class Desk;

/**
 * Tools → Officers… on the office server (issue 16): who may sign in, and as which of
 * reviewer, approver and administrator. An administrator ticks and clears roles and adds
 * officers; everyone else sees the list only. The server enforces the roles and refuses what
 * the connection may not do; the dialog says what it refused and shows what is stored.
 */
class OfficersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficersDialog)

public:
    explicit OfficersDialog(std::shared_ptr<Desk> desk, QWidget *parent = nullptr);

    /** Reads the officers from the server again. */
    void reload();

private:
    void toggled(int row, int column);
    void addOfficer();
    void showMessage(bool ok, const QString &text);

    OfficerService m_officers;
    bool m_administrator = false;
    bool m_filling = false;
    QList<OfficerInfo> m_shown;
    QLabel *m_who;
    QTableWidget *m_table;
    QPushButton *m_add;
    QLabel *m_message;
};

} // namespace gd
