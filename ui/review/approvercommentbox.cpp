// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvercommentbox.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include "review/approval.h"
#include "common/notebinding.h"
#include "review/reviewdocument.h"
#include "common/palette.h"

namespace gd {

ApproverCommentBox::ApproverCommentBox(ReviewDocument *doc, QWidget *parent)
    : QFrame(parent)
    , m_doc(doc)
    , m_heading(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_view(new QLabel(this))
{
    setObjectName(QStringLiteral("approverCommentBox"));
    setStyleSheet(QStringLiteral("QFrame#approverCommentBox { background: %1; "
                                 "border: 1px solid %2; border-radius: 3px; }")
                      .arg(palette::kNoteBackground.name(), palette::kNoteBorder.name()));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setObjectName(QStringLiteral("approverCommentHeading"));

    m_edit->setObjectName(QStringLiteral("approverCommentEdit"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(fontMetrics().height() * 4 + 12);
    notebinding::routeUndoToReview(m_edit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_doc->canApprove() && m_edit->toPlainText() != m_doc->approverComment(m_step))
            m_doc->setApproverComment(m_step, m_edit->toPlainText());
    });

    m_view->setObjectName(QStringLiteral("approverCommentView"));
    m_view->setWordWrap(true);
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_edit);
    layout->addWidget(m_view);

    connect(doc, &ReviewDocument::noteChanged, this, &ApproverCommentBox::noteChanged);
    refresh();
}

ApproverCommentBox::~ApproverCommentBox() = default;

void ApproverCommentBox::setStep(ReviewStep step)
{
    m_step = step;
    refresh();
}

void ApproverCommentBox::noteChanged(const QString &key)
{
    if (key == approval::commentKey(m_step))
        refresh();
}

void ApproverCommentBox::refresh()
{
    const QString comment = m_doc->approverComment(m_step);
    const bool approving = m_doc->canApprove();
    m_edit->setVisible(approving);
    m_view->setVisible(!approving);
    if (approving) {
        m_heading->setText(tr("Approver's comment on “%1”").arg(reviewStepLabel(m_step)));
        m_edit->setPlaceholderText(
            tr("Your comment on this step for the reviewer and the file (optional)"));
        if (m_edit->toPlainText() != comment) {
            const QSignalBlocker blocker(m_edit);
            m_edit->setPlainText(comment);
            m_edit->moveCursor(QTextCursor::End);
        }
    } else {
        m_heading->setText(tr("The approver's comment on this step"));
        m_view->setText(comment);
    }
    setVisible(approving || !comment.trimmed().isEmpty());
}

} // namespace gd
