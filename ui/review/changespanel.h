// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include "review/versiondiff.h"

class QLabel;
class QTableWidget;
class QListWidget;

namespace gd {

/**
 * "Changes since version N" at the top of the formal check of a resubmission: changed
 * fields before and after side by side, resources added, removed or changed, attachments
 * added, removed or replaced (with short digests).
 */
class ChangesPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangesPanel)

public:
    explicit ChangesPanel(const VersionDiff &diff, QWidget *parent = nullptr);
    ~ChangesPanel() override;

    const VersionDiff &diff() const { return m_diff; }

private:
    void fillAttachments();
    void fillResources();
    void fillFields();
    VersionDiff m_diff;
    QTableWidget *m_fields;
    QListWidget *m_resources;
    QListWidget *m_attachments;
};

} // namespace gd
