// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/reviewpage.h"

class QComboBox;
class QPlainTextEdit;

namespace gd {

class ModeComparisonView;

/**
 * Review step 5, mode fit: the mode comparison for this case, with the weights, adjusted
 * scores, the chosen main mode and the rationale kept as notes of the review (undoable).
 */
class ModeComparisonPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModeComparisonPage)

public:
    explicit ModeComparisonPage(ReviewDocument *doc, QWidget *parent = nullptr);
    ~ModeComparisonPage() override;

    ModeComparisonView *view() const { return m_view; }
    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;

private:
    void loadScoring();
    void loadChosen();

    ModeComparisonView *m_view;
    QComboBox *m_chosen;
    QPlainTextEdit *m_rationale;
    bool m_readOnly = false;
};

} // namespace gd
