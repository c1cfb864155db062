// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include "domain/review.h"

class QLabel;
class QPlainTextEdit;

namespace gd {

class ReviewDocument;

/**
 * The approver's comment on the step shown (复核意见), below every step page. The approver
 * writes it (an undoable edit of the review); the reviewer reads it, highlighted, when the
 * case comes back. Hidden for the reviewer while there is no comment.
 */
class ApproverCommentBox final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApproverCommentBox)

public:
    explicit ApproverCommentBox(ReviewDocument *doc, QWidget *parent = nullptr);
    ~ApproverCommentBox() override;

    void setStep(ReviewStep step);
    ReviewStep step() const { return m_step; }
    /** Follows the case's status: whether this officer may comment as approver now. */
    void refresh();

private:
    void noteChanged(const QString &key);

    ReviewDocument *m_doc;
    ReviewStep m_step = ReviewStep::FormalCheck;
    QLabel *m_heading;
    QPlainTextEdit *m_edit;
    QLabel *m_view;
};

} // namespace gd
