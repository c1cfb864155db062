// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QSpinBox;

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

    int m_defaultScore;
    QSpinBox *m_score;
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace gd
