// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AdjustScoreDialog;
}

namespace gd {

/**
 * Asks for an adjusted score of one mode-table cell and the written reason it needs.
 * Choosing the default score again takes the adjustment back (no reason needed).
 */
class AdjustScoreDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AdjustScoreDialog)

public:
    AdjustScoreDialog(const QString &cellTitle, int defaultScore, int score, const QString &reason,
                      QWidget *parent = nullptr);
    ~AdjustScoreDialog() override;

    int score() const;
    QString reason() const;

private:
    void updateOk();

    std::unique_ptr<Ui::AdjustScoreDialog> m_ui; // adjustscoredialog.ui
    int m_defaultScore;
};

} // namespace gd
