// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

#include "monitoring/alerts.h"

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Ui {
class AcknowledgeDialog;
}

namespace gd {

class Desk;

/**
 * Acknowledges one alert with a note (what was done, who was told). The alert stays on the
 * list, marked acknowledged; the acknowledgement is audited. An empty note is not accepted.
 */
class AcknowledgeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AcknowledgeDialog)

public:
    AcknowledgeDialog(std::shared_ptr<Desk> desk, monitoring::Alert alert,
                      QWidget *parent = nullptr);
    ~AcknowledgeDialog() override;

    void accept() override;

private:
    void updateButtons();

    std::shared_ptr<Desk> m_desk;
    monitoring::Alert m_alert;
    std::unique_ptr<Ui::AcknowledgeDialog> m_ui;
    QPlainTextEdit *m_note;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace gd
