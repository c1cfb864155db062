// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>
#include <QStringList>

class QPlainTextEdit;

#include "core/officer.h"

namespace Ui {
class OfficerDialog;
}

namespace gd {

/**
 * Edits the officer profile of this workstation: name, position, unit and the roles
 * reviewer (初审) and approver (复核), and shows the fingerprints of the officer's own
 * certificates ("certificatesView"; recorded when a key is made or imported, not edited
 * here). OK stays disabled until the profile is complete.
 */
class OfficerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OfficerDialog)

public:
    explicit OfficerDialog(QWidget *parent = nullptr);
    ~OfficerDialog() override;

    void setProfile(const officer::Profile &profile);
    officer::Profile profile() const;

    /**
     * Shows the dialog with the current profile and saves it when accepted; true then.
     * With @p firstStart the officer is told why it is asked before the first review.
     */
    static bool editCurrentProfile(QWidget *parent, bool firstStart = false);

private:
    void updateState();

    std::unique_ptr<Ui::OfficerDialog> m_ui;
    QPlainTextEdit *m_certificatesView;
    QStringList m_certificates;
};

} // namespace gd
