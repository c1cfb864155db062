// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace gd {

class ModeComparisonView;

/** Tools → Mode Comparison: the comparison without a case; weights and scores are not kept. */
class ModeComparisonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeComparisonDialog)

public:
    explicit ModeComparisonDialog(QWidget *parent = nullptr);
    ~ModeComparisonDialog() override;

    ModeComparisonView *view() const { return m_view; }

private:
    ModeComparisonView *m_view;
};

} // namespace gd
