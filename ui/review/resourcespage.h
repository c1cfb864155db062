// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "common/reviewpage.h"

class QAbstractButton;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QScrollArea;

namespace gd {

/**
 * Step 2, data resources: each requested resource against the register, with its
 * provider, fields, delivery and justification; data shared from another agency flagged
 * with whether the provider's consent is on file; per resource the officer's view on
 * minimum necessity ("resource.<i>.necessity") and a comment ("resource.<i>.note").
 */
class ResourcesPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesPage)

public:
    explicit ResourcesPage(ReviewDocument *doc, QWidget *parent = nullptr);
    ~ResourcesPage() override;

    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;

private:
    QWidget *makeResourceBox(int index, QWidget *parent);
    void addRequestRows(QFormLayout *form, int index, QGroupBox *box);
    void addOfficerRows(QFormLayout *form, int index, QGroupBox *box);

    QScrollArea *m_scroll;
    QList<QWidget *> m_boxes;
    QList<QAbstractButton *> m_choices;
    QList<QLineEdit *> m_notes;
};

} // namespace gd
