// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

#include "domain/review.h"

namespace gd {

class ReviewDocument;

/**
 * The review's seven steps, one row each with a state mark at its right edge: ✓ done,
 * ⚠ needs attention, ○ open, ● the current step. Choosing a row asks the workspace to move
 * there (stepChosen); the workspace tells the list where it is (setCurrentStep).
 */
class StepNavigator final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StepNavigator)

public:
    /** The item data role holding a row's mark ("✓", "⚠", "○", "●"). */
    static constexpr int kMarkRole = Qt::UserRole;

    explicit StepNavigator(QWidget *parent = nullptr);
    ~StepNavigator() override;

    /** Selects the row of @p step without emitting stepChosen. */
    void setCurrentStep(ReviewStep step);
    /** Sets every row's mark, colour and tooltip from the state of @p doc. */
    void showStates(const ReviewDocument &doc);

signals:
    void stepChosen(gd::ReviewStep step);
};

} // namespace gd
