// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/reviewpage.h"

class QLabel;
class QPushButton;

namespace gd {

class PricingView;

/**
 * Review step 6, the fee: the calculator pre-filled from the application's pricing
 * request (the operator defaults to the applicant). The rule file, its version, the
 * inputs and the result are kept as notes of the review, each change one undoable step.
 */
class PricingPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PricingPage)

public:
    explicit PricingPage(ReviewDocument *doc, QWidget *parent = nullptr);
    ~PricingPage() override;

    PricingView *view() const { return m_view; }
    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;
    /** Stores the calculation shown as the review's (one undo step). */
    void record();
    /**
     * Records a free application (free use class, or no priced product asked for) as not
     * charged, on that basis (one undo step); does nothing for a charged application.
     */
    void recordNotCharged();

private:
    void loadFromNotes();
    void showRecorded();

    PricingView *m_view;
    QPushButton *m_record;
    QPushButton *m_notCharged;
    QLabel *m_recorded;
    bool m_recording = false;
    bool m_readOnly = false;
};

} // namespace gd
