// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "common/reviewpage.h"
#include "review/reviewrules.h"

class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace gd {

class ApprovalPanel;

/**
 * Step 7, the proposed decision: approve / approve with conditions / return for revision /
 * reject, the conditions or reasons (with standard texts to insert and edit), the review
 * opinion (审核意见) with a drafted template, what is still missing, and "Submit for
 * approval", which stays disabled until nothing is missing.
 */
class DecisionPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionPage)

public:
    explicit DecisionPage(ReviewDocument *doc, QWidget *parent = nullptr);
    ~DecisionPage() override;

    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;
    /** What still stops the submission; the workspace recomputes it after every edit. */
    void setMissing(const QList<MissingItem> &missing);

    /** The standard texts offered for conditions, and for reasons to return or reject. */
    static QStringList conditionTemplates();
    static QStringList reasonTemplates();
    /** An opinion drafted from the answers and the proposed decision, for the officer to edit. */
    QString draftOpinion() const;
    /** The approver's agree / send back, and what a send-back said, for the reviewer. */
    ApprovalPanel *approvalPanel() const { return m_approval; }

signals:
    void missingActivated(const gd::MissingItem &item);
    /** The case moved to awaiting approval. */
    void submitted();

private:
    void setupSubmission();
    QHBoxLayout *makeOpinionEditor();
    QHBoxLayout *makeLinesEditor();
    QHBoxLayout *makeDecisionRow();
    void showProposal();
    void setDecision(Decision decision);
    QStringList currentLines() const;
    void setCurrentLines(const QStringList &lines);
    void addLine();
    void removeLine();
    void lineEdited(QListWidgetItem *item);
    void insertOpinionTemplate();
    void submit();
    void updateSubmitButton();

    QButtonGroup *m_decisions;
    QRadioButton *m_approve;
    QRadioButton *m_conditional;
    QRadioButton *m_return;
    QRadioButton *m_reject;
    QLabel *m_linesLabel;
    QListWidget *m_lines;
    QLineEdit *m_lineEdit;
    QPushButton *m_addLine;
    QPushButton *m_removeLine;
    QToolButton *m_templates;
    QPlainTextEdit *m_opinion;
    QPushButton *m_insertOpinion;
    QListWidget *m_missingList;
    QLabel *m_missingSummary;
    QPushButton *m_submit;
    QLabel *m_submitResult;
    ApprovalPanel *m_approval;
    QWidget *m_submitArea;
    QList<MissingItem> m_missing;
    bool m_readOnly = false;
};

} // namespace gd
