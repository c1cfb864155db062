// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QDateTime>
#include <QList>
#include <QWidget>

#include "domain/review.h"
#include "domain/workflow.h"
#include "review/reviewrules.h"

class QHBoxLayout;
class QLabel;
class QLayout;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace gd {

class ApproverCommentBox;
class Desk;
class DecisionPage;
class ReturnNoticeDialog;
class ReviewDocument;
class ReviewHistory;
class ReviewPage;
class StepNavigator;

/**
 * One open review (docs/architecture.md §3): the step navigator with a state mark per
 * step and the review's history on the left, the current step's page on the right,
 * previous / next below, and a status line with the last save and what is still missing.
 *
 * This class hosts the step pages and moves between them; the step list is StepNavigator
 * (stepnavigator.h), the history below it ReviewHistory (reviewhistory.h).
 */
class ReviewWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWorkspace)

public:
    ReviewWorkspace(std::shared_ptr<Desk> desk, std::unique_ptr<ReviewDocument> document,
                    QWidget *parent = nullptr);
    ~ReviewWorkspace() override;

    ReviewDocument *document() const { return m_doc.get(); }
    QUndoStack *undoStack() const;
    QString applicationId() const;
    int version() const;
    /** "GZ-2026-0001 v2", for tab titles. */
    QString shortTitle() const;

    ReviewStep currentStep() const;
    ReviewPage *page(ReviewStep step) const;
    void goToStep(ReviewStep step);
    void nextStep();
    void previousStep();
    /** Opens the step of @p item and shows the item there. */
    // By value: the item usually lives in a list that going to its step replaces.
    void goToMissing(gd::MissingItem item);
    void goToFirstMissing();
    /** The approver's comment box below the step pages. */
    ApproverCommentBox *approverCommentBox() const { return m_comment; }
    /** A returned case: the notice for the applicant, in a non-modal dialog. */
    ReturnNoticeDialog *showReturnNotice();

signals:
    void saved(const QDateTime &at);
    void saveFailed(const QString &message);
    /** The case's status changed, e.g. after "Submit for approval". */
    void statusChanged(gd::CaseStatus status);

private:
    QHBoxLayout *makeHeader();
    /** Creates the seven step pages, each in a scroll area of the page stack. */
    void makePages();
    QLayout *makeStepButtons();
    QWidget *makeNavigator();
    QWidget *makeStatusLine();
    void followDocument();
    void currentStepChanged(ReviewStep step);
    void refreshState();
    void refreshHeader();
    void showSaved(const QDateTime &at);
    void showSaveError(const QString &message);

    std::shared_ptr<Desk> m_desk;
    std::unique_ptr<ReviewDocument> m_doc;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_readOnlyBanner;
    QLabel *m_approvalBanner;
    ApproverCommentBox *m_comment;
    StepNavigator *m_navigator;
    ReviewHistory *m_history;
    QStackedWidget *m_pages;
    QList<ReviewPage *> m_pageList;
    DecisionPage *m_decision = nullptr;
    QPushButton *m_previous;
    QPushButton *m_next;
    QLabel *m_saveStatus;
    QLabel *m_missingLink;
    QList<MissingItem> m_missing;
};

} // namespace gd
