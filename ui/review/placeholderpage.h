// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/reviewpage.h"

class QPlainTextEdit;

namespace gd {

/**
 * Steps 5 and 6 (mode fit, fee calculation) until "4 · Modes and pricing" brings them:
 * what the step will show, and a notes field so the officer can record a view already.
 */
class PlaceholderPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(ReviewDocument *doc, ReviewStep step, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;

private:
    QPlainTextEdit *m_note;
};

} // namespace gd
