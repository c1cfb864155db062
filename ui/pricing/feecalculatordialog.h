// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <QDate>

namespace gd {

struct Application;
class PricingView;
struct PricingInputs;
struct RuleFileEntry;

/** Tools → Fee Calculator: the pricing view on its own, with free inputs; nothing is stored. */
class FeeCalculatorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeeCalculatorDialog)

public:
    explicit FeeCalculatorDialog(QWidget *parent = nullptr);
    ~FeeCalculatorDialog() override;

    PricingView *view() const { return m_view; }
    /**
     * Starts from the case @p application as of @p today: its request when it has one, and
     * the rule file of its region. A product no file holds, or no product at all, takes the
     * file of the region its implementing body belongs to (RuleLibrary::pickForRegionOf),
     * with that file's first product as a sample when the case names none.
     */
    void startFromCase(const Application &application, const QDate &today);

private:
    /** A sample to start from: the first product of @p entry, industry use. */
    static PricingInputs sampleOf(const RuleFileEntry &entry);

    PricingView *m_view;
};

} // namespace gd
