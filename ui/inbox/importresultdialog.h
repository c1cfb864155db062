// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class ImportResultDialog;
}

namespace gd {

/**
 * Shows what an import did: a one-line summary and every problem line
 * ("FILE: JSON.PATH: what") in a read-only box the officer can copy.
 */
class ImportResultDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportResultDialog)

public:
    explicit ImportResultDialog(QWidget *parent = nullptr);
    ~ImportResultDialog() override;

    void setResult(const QString &title, const QString &summary, const QString &details);
    QString summary() const;
    QString details() const;

private:
    std::unique_ptr<Ui::ImportResultDialog> m_ui;
};

} // namespace gd
