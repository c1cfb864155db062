// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/reviewpage.h"

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;

namespace gd {

class ChangesPanel;
struct VersionDiff;

/**
 * Step 1, formal check: whether the application is complete (required fields, credit
 * code, period and term, attachments and their digests), the findings of the rules,
 * the officer's notes and the "formal check complete" confirmation.
 */
class FormalCheckPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FormalCheckPage)

public:
    explicit FormalCheckPage(ReviewDocument *doc, QWidget *parent = nullptr);
    ~FormalCheckPage() override;

    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;
    /** A resubmission: shows what changed since the returned version, above the checks. */
    void setChanges(const VersionDiff &diff);
    ChangesPanel *changesPanel() const { return m_changes; }

private:
    void fillCompleteness();

    QTreeWidget *m_completeness;
    QListWidget *m_findings;
    QPlainTextEdit *m_note;
    QCheckBox *m_confirmed;
    ChangesPanel *m_changes = nullptr;
};

} // namespace gd
