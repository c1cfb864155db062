// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/reviewpage.h"

class QCheckBox;
class QFormLayout;
class QListWidget;
class QPlainTextEdit;

namespace gd {

struct Application;

/**
 * Step 4, security: the MLPS level against the highest data grade requested, the
 * commercial cryptography assessment, incidents, the emergency plan and security officer,
 * the findings of the rules, the officer's findings ("security.findings") and the
 * confirmation ("security.confirmed").
 */
class SecurityPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecurityPage)

public:
    explicit SecurityPage(ReviewDocument *doc, QWidget *parent = nullptr);
    ~SecurityPage() override;

    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;

private:
    QFormLayout *makeFacts(const Application &app);
    QListWidget *makeFindingsList(const Application &app);

    QPlainTextEdit *m_findings;
    QCheckBox *m_confirmed;
};

} // namespace gd
