// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace gd {

class PricingView;
struct PricingInputs;

/** Tools → Fee Calculator: the pricing view on its own, with free inputs; nothing is stored. */
class FeeCalculatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeeCalculatorDialog)

public:
    explicit FeeCalculatorDialog(QWidget *parent = nullptr);
    ~FeeCalculatorDialog() override;

    PricingView *view() const { return m_view; }
    /** Starts from @p inputs (a case's request: its product picks its region's rule file). */
    void startFrom(const PricingInputs &inputs);

private:
    PricingView *m_view;
};

} // namespace gd
