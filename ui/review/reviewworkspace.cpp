// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewworkspace.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/identitytext.h"
#include "review/approval.h"
#include "common/palette.h"
#include "common/statuscolours.h"
#include "core/log.h"
#include "modes/modecomparisonpage.h"
#include "pricing/pricingpage.h"
#include "review/approvalpanel.h"
#include "review/approvercommentbox.h"
#include "review/checklistpage.h"
#include "review/decisionpage.h"
#include "review/formalcheckpage.h"
#include "review/reportprinting.h"
#include "review/resourcespage.h"
#include "review/returnnotice.h"
#include "review/returnnoticedialog.h"
#include "review/reviewhistory.h"
#include "review/reviewdocument.h"
#include "review/securitypage.h"
#include "review/stepnavigator.h"
#include "domain/subject.h"
#include "services/desk.h"
#include "services/reviewservice.h"

namespace gd {
namespace {

QString subjectOf(const ReviewDocument *doc)
{
    return gd::subjectOf(doc->state().applicationId, doc->state().version);
}

/** "background:…; color:…; border:…;" in the colours of @p banner. */
QString bannerStyle(const palette::Banner &banner)
{
    return QStringLiteral("background:%1; color:%2; border:1px solid %3;")
        .arg(banner.background.name(), banner.text.name(), banner.border.name());
}

} // namespace

ReviewWorkspace::ReviewWorkspace(std::shared_ptr<Desk> desk,
                                 std::unique_ptr<ReviewDocument> document, QWidget *parent)
    : QWidget(parent)
    , m_desk(std::move(desk))
    , m_doc(std::move(document))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_readOnlyBanner(new QLabel(this))
    , m_approvalBanner(new QLabel(this))
    , m_comment(new ApproverCommentBox(m_doc.get(), this))
    , m_navigator(new StepNavigator(this))
    , m_history(new ReviewHistory(m_desk, m_doc.get(), this))
    , m_pages(new QStackedWidget(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_saveStatus(new QLabel(this))
    , m_missingLink(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    ReviewDocument *doc = m_doc.get();

    QHBoxLayout *header = makeHeader();
    makePages();
    QLayout *stepButtons = makeStepButtons();

    // The current page, the approver's comment on it, previous / next.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->setSpacing(0);
    rightLayout->addWidget(m_pages, 1);
    auto *commentMargins = new QHBoxLayout;
    commentMargins->setContentsMargins(12, 4, 12, 0);
    commentMargins->addWidget(m_comment);
    rightLayout->addLayout(commentMargins);
    rightLayout->addLayout(stepButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reviewSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(makeNavigator());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({fontMetrics().horizontalAdvance(QString(22, QChar(0x4e2d))), 1200});

    QWidget *statusLine = makeStatusLine();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_approvalBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(splitter, 1);
    layout->addWidget(statusLine);

    followDocument();
    if (doc->state().updatedAt.isValid()) {
        const QDateTime local = doc->state().updatedAt.toLocalTime();
        m_saveStatus->setText(tr("Draft saved %1")
                                  .arg(local.date() == QDate::currentDate()
                                           ? local.toString(QStringLiteral("HH:mm:ss"))
                                           : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    } else {
        m_saveStatus->setText(tr("Every edit is saved as a draft within a second"));
    }
    refreshHeader();
    m_history->refresh();
    currentStepChanged(doc->state().currentStep);
}

ReviewWorkspace::~ReviewWorkspace()
{
    // Save while everything is alive, so that the last save is reported; then the pages,
    // which refer to the document, go first.
    if (m_doc->hasPendingChanges())
        (void)m_doc->saveNow();
    m_doc->disconnect(this);
    delete m_pages;
    m_pages = nullptr;
    m_doc.reset();
}

/** What is being reviewed and where the case stands, with the banners shown below it. */
QHBoxLayout *ReviewWorkspace::makeHeader()
{
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(
        tr("Review: %1 · %2")
            .arg(shortTitle(), identitytext::displaySafe(m_doc->application().scenario.name)));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(10, 6, 10, 6);
    m_readOnlyBanner->setStyleSheet(bannerStyle(palette::kInfoBanner));
    // Four eyes: the officer who reviewed a case never approves it, and is told so plainly.
    m_approvalBanner->setObjectName(QStringLiteral("approvalBanner"));
    m_approvalBanner->setWordWrap(true);
    m_approvalBanner->setContentsMargins(10, 6, 10, 6);
    m_approvalBanner->setStyleSheet(bannerStyle(palette::kRefusalBanner) +
                                    QStringLiteral(" font-weight:bold;"));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 4);
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    header->addWidget(reportprinting::makeButton(this, m_desk, m_doc.get()));
    return header;
}

void ReviewWorkspace::makePages()
{
    // Each page scrollable, so that nothing is clipped in a small window.
    ReviewDocument *doc = m_doc.get();
    m_pageList << new FormalCheckPage(doc) << new ResourcesPage(doc) << new ChecklistPage(doc)
               << new SecurityPage(doc) << new ModeComparisonPage(doc) << new PricingPage(doc);
    m_decision = new DecisionPage(doc);
    m_pageList << m_decision;
    m_pages->setObjectName(QStringLiteral("stepPages"));
    for (ReviewPage *page : std::as_const(m_pageList)) {
        auto *scroll = new QScrollArea(m_pages);
        scroll->setObjectName(page->objectName() + QStringLiteral("Scroll"));
        scroll->setWidget(page);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        page->setContentsMargins(6, 0, 6, 0);
        m_pages->addWidget(scroll);
    }
    connect(m_decision, &DecisionPage::missingActivated, this, &ReviewWorkspace::goToMissing);
    connect(m_decision->approvalPanel(), &ApprovalPanel::returnNoticeRequested, this,
            [this] { showReturnNotice(); });

    // A resubmission shows what changed since the returned version on the formal check.
    if (const auto changes = ReviewService(m_desk).changesSinceReturned(applicationId(), version());
        !changes) {
        log::warning(QStringLiteral("review: changes of %1: %2")
                         .arg(shortTitle(), changes.error().toString()));
    } else if (changes->has_value()) {
        static_cast<FormalCheckPage *>(m_pageList.constFirst())->setChanges(**changes);
    }
}

/** Previous / next, as buttons below the page and as Ctrl+PgUp / Ctrl+PgDown. */
QLayout *ReviewWorkspace::makeStepButtons()
{
    const QKeySequence previousKey(Qt::CTRL | Qt::Key_PageUp);
    const QKeySequence nextKey(Qt::CTRL | Qt::Key_PageDown);
    m_previous->setObjectName(QStringLiteral("previousStepButton"));
    m_previous->setText(
        tr("‹ Previous step  (%1)").arg(previousKey.toString(QKeySequence::NativeText)));
    m_next->setObjectName(QStringLiteral("nextStepButton"));
    m_next->setText(tr("Next step ›  (%1)").arg(nextKey.toString(QKeySequence::NativeText)));
    for (QPushButton *button : {m_previous, m_next}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
    }
    connect(m_previous, &QPushButton::clicked, this, &ReviewWorkspace::previousStep);
    connect(m_next, &QPushButton::clicked, this, &ReviewWorkspace::nextStep);
    auto *previousAction = new QAction(this);
    previousAction->setObjectName(QStringLiteral("actionPreviousStep"));
    previousAction->setShortcut(previousKey);
    previousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previousAction, &QAction::triggered, this, &ReviewWorkspace::previousStep);
    addAction(previousAction);
    auto *nextAction = new QAction(this);
    nextAction->setObjectName(QStringLiteral("actionNextStep"));
    nextAction->setShortcut(nextKey);
    nextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(nextAction, &QAction::triggered, this, &ReviewWorkspace::nextStep);
    addAction(nextAction);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->setContentsMargins(6, 4, 6, 4);
    stepButtons->addWidget(m_previous);
    stepButtons->addStretch(1);
    stepButtons->addWidget(m_next);
    return stepButtons;
}

/** The left column: the step navigator, and the review's history below it. */
QWidget *ReviewWorkspace::makeNavigator()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigatorPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 6);
    layout->setSpacing(4);
    connect(m_navigator, &StepNavigator::stepChosen, this, &ReviewWorkspace::goToStep);

    auto *historyLabel = new QLabel(tr("History"), panel);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    historyLabel->setContentsMargins(2, 8, 0, 0);

    layout->addWidget(m_navigator);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    return panel;
}

/** The status line: the last save, the undo key, what is missing. */
QWidget *ReviewWorkspace::makeStatusLine()
{
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_missingLink->setObjectName(QStringLiteral("missingLink"));
    m_missingLink->setTextFormat(Qt::RichText);
    m_missingLink->setToolTip(tr("Go to the first item that is still missing"));
    connect(m_missingLink, &QLabel::linkActivated, this, [this] { goToFirstMissing(); });
    auto *undoHint = new QLabel(
        tr("Undo %1").arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
        this);
    undoHint->setObjectName(QStringLiteral("undoHint"));
    auto *statusLine = new QFrame(this);
    statusLine->setObjectName(QStringLiteral("reviewStatusLine"));
    statusLine->setFrameShape(QFrame::StyledPanel);
    auto *statusLayout = new QHBoxLayout(statusLine);
    statusLayout->setContentsMargins(10, 3, 10, 3);
    statusLayout->addWidget(m_saveStatus);
    statusLayout->addWidget(new QLabel(QStringLiteral("·"), statusLine));
    statusLayout->addWidget(undoHint);
    statusLayout->addWidget(new QLabel(QStringLiteral("·"), statusLine));
    statusLayout->addWidget(m_missingLink);
    statusLayout->addStretch(1);
    return statusLine;
}

void ReviewWorkspace::followDocument()
{
    const ReviewDocument *doc = m_doc.get();
    connect(doc, &ReviewDocument::currentStepChanged, this, &ReviewWorkspace::currentStepChanged);
    connect(doc, &ReviewDocument::answerChanged, this, &ReviewWorkspace::refreshState);
    connect(doc, &ReviewDocument::noteChanged, this, &ReviewWorkspace::refreshState);
    connect(doc, &ReviewDocument::proposalChanged, this, &ReviewWorkspace::refreshState);
    connect(doc, &ReviewDocument::saved, this, &ReviewWorkspace::showSaved);
    connect(doc, &ReviewDocument::saveFailed, this, &ReviewWorkspace::showSaveError);
    connect(doc, &ReviewDocument::statusChanged, this, [this](CaseStatus status) {
        m_comment->refresh();
        refreshHeader();
        refreshState();
        m_history->refresh();
        emit statusChanged(status);
    });
}

QUndoStack *ReviewWorkspace::undoStack() const
{
    return m_doc->undoStack();
}

QString ReviewWorkspace::applicationId() const
{
    return m_doc->state().applicationId;
}

int ReviewWorkspace::version() const
{
    return m_doc->state().version;
}

QString ReviewWorkspace::shortTitle() const
{
    return subjectOf(m_doc.get());
}

ReviewStep ReviewWorkspace::currentStep() const
{
    return m_doc->state().currentStep;
}

ReviewPage *ReviewWorkspace::page(ReviewStep step) const
{
    return m_pageList.value(int(step));
}

void ReviewWorkspace::goToStep(ReviewStep step)
{
    m_doc->setCurrentStep(step); // emits currentStepChanged when it moves
}

void ReviewWorkspace::nextStep()
{
    const int next = int(currentStep()) + 1;
    if (next < kReviewStepCount)
        goToStep(ReviewStep(next));
}

void ReviewWorkspace::previousStep()
{
    const int previous = int(currentStep()) - 1;
    if (previous >= 0)
        goToStep(ReviewStep(previous));
}

void ReviewWorkspace::goToMissing(MissingItem item)
{
    goToStep(item.step);
    if (ReviewPage *target = page(item.step))
        target->showKey(item.key);
}

void ReviewWorkspace::goToFirstMissing()
{
    if (!m_missing.isEmpty())
        goToMissing(m_missing.constFirst());
}

void ReviewWorkspace::currentStepChanged(ReviewStep step)
{
    const int index = int(step);
    m_pages->setCurrentIndex(index);
    m_navigator->setCurrentStep(step);
    m_comment->setStep(step);
    m_previous->setEnabled(index > 0);
    m_next->setEnabled(index + 1 < kReviewStepCount);
    refreshState();
}

void ReviewWorkspace::refreshState()
{
    if (!m_pages)
        return; // being destroyed
    const ReviewDocument *doc = m_doc.get();
    m_missing = doc->isReadOnly() ? QList<MissingItem>() : doc->missing();

    m_navigator->showStates(*doc);
    m_decision->setMissing(m_missing);
    if (doc->isReadOnly()) {
        m_missingLink->setText(tr("Read-only"));
    } else if (m_missing.isEmpty()) {
        m_missingLink->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(palette::kOk.name(), tr("✓ Ready to submit").toHtmlEscaped()));
    } else {
        m_missingLink->setText(
            QStringLiteral("<span style=\"color:%1\">%2</span> <a href=\"missing\">%3</a>")
                .arg(palette::kWarn.name(),
                     tr("%n required item(s) missing", nullptr, int(m_missing.size()))
                         .toHtmlEscaped(),
                     tr("→ go").toHtmlEscaped()));
    }
}

void ReviewWorkspace::refreshHeader()
{
    const CaseStatus status = m_doc->status();
    m_status->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                          .arg(statuscolours::caseStatus(status).name(),
                               caseStatusLabel(status).toHtmlEscaped()));
    const bool readOnly = m_doc->isReadOnly();
    const bool approving = m_doc->canApprove();
    m_readOnlyBanner->setVisible(readOnly);
    m_readOnlyBanner->clear(); // an editable review has nothing to explain
    if (approving)
        m_readOnlyBanner->setText(
            tr("You approve this case: the reviewer's answers are shown read-only. "
               "Comment on any step below its page, then agree or send the case back on "
               "the decision step."));
    else if (m_desk->isReadOnly())
        m_readOnlyBanner->setText(Desk::readOnlyRefusal() + u' ' +
                                  tr("The review is shown as it is stored."));
    else if (readOnly)
        m_readOnlyBanner->setText(tr("This review is read-only: the case is “%1”. Its answers "
                                     "are shown as they were submitted.")
                                      .arg(caseStatusLabel(status)));
    // The reviewer who submitted the case waits for another officer: a state, not a fault,
    // so it is said with the read-only note instead of the refusal's red banner.
    const bool ownSubmission = status == CaseStatus::AwaitingApproval && !approving &&
                               approval::isReviewerOf(m_doc->state(), m_doc->officer());
    if (ownSubmission && !m_desk->isReadOnly())
        m_readOnlyBanner->setText(tr("You submitted this review for approval: another officer "
                                     "with the approver role agrees or sends it back. Until then "
                                     "its answers are shown as they were submitted."));
    const QString refusal =
        status == CaseStatus::AwaitingApproval && !m_desk->isReadOnly() && !ownSubmission
            ? m_doc->approvalRefusal()
            : QString();
    m_approvalBanner->setVisible(!refusal.isEmpty());
    m_approvalBanner->setText(refusal.isEmpty() ? QString() : QStringLiteral("⚠ ") + refusal);
    for (ReviewPage *page : std::as_const(m_pageList))
        page->setReadOnly(readOnly);
}

ReturnNoticeDialog *ReviewWorkspace::showReturnNotice()
{
    if (m_doc->status() != CaseStatus::Returned)
        return nullptr;
    const QDate today = QDate::currentDate();
    auto *dialog =
        new ReturnNoticeDialog(tr("Return notice: %1").arg(shortTitle()),
                               returnNoticeText(m_doc->application(), m_doc->state(), today),
                               returnNoticeHtml(m_doc->application(), m_doc->state(), today), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setModal(false);
    dialog->show();
    return dialog;
}

void ReviewWorkspace::showSaved(const QDateTime &at)
{
    m_saveStatus->setStyleSheet(QString());
    m_saveStatus->setText(
        tr("Draft saved %1").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    m_history->refresh();
    emit saved(at);
}

void ReviewWorkspace::showSaveError(const QString &message)
{
    m_saveStatus->setStyleSheet(
        QStringLiteral("color:%1; font-weight:bold;").arg(palette::kBad.name()));
    m_saveStatus->setText(tr("Not saved: %1").arg(message));
    emit saveFailed(message);
}

} // namespace gd
