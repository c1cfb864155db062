// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewworkspace.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QUndoStack>
#include <QVBoxLayout>

#include "core/identitytext.h"
#include "core/log.h"
#include "itemmodels/inboxmodel.h"
#include "modes/modecomparisonpage.h"
#include "modes/modetable.h"
#include "pricing/pricinginputs.h"
#include "pricing/pricingpage.h"
#include "review/approval.h"
#include "review/approvalpanel.h"
#include "review/approvercommentbox.h"
#include "review/checklistpage.h"
#include "review/decisionpage.h"
#include "review/formalcheckpage.h"
#include "review/reportprinting.h"
#include "review/resourcespage.h"
#include "review/returnnotice.h"
#include "review/returnnoticedialog.h"
#include "review/reviewdocument.h"
#include "review/securitypage.h"
#include "review/workflow.h"
#include "domain/subject.h"
#include "services/auditservice.h"
#include "services/desk.h"
#include "services/reviewservice.h"

namespace gd {
namespace {

constexpr int kMarkRole = Qt::UserRole;
constexpr int kMarkColourRole = Qt::UserRole + 1;
constexpr int kHistoryLimit = 200;

/** Paints a step with its state mark (✓ ⚠ ○ ●) at the right edge of the row. */
class StepDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString mark = index.data(kMarkRole).toString();
        if (mark.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : index.data(kMarkColourRole).value<QColor>());
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(option.rect.adjusted(0, 0, -10, 0), Qt::AlignRight | Qt::AlignVCenter,
                          mark);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(size.height() + 10);
        size.setWidth(size.width() + option.fontMetrics.horizontalAdvance(QStringLiteral("MM")));
        return size;
    }
};

QString subjectOf(const ReviewDocument *doc)
{
    return gd::subjectOf(doc->state().applicationId, doc->state().version);
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
    , m_navigator(new QListWidget(this))
    , m_history(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_saveStatus(new QLabel(this))
    , m_missingLink(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    ReviewDocument *doc = m_doc.get();

    // Header: what is being reviewed and where the case stands.
    m_title->setObjectName(QStringLiteral("reviewTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(
        tr("Review: %1 · %2")
            .arg(shortTitle(), identitytext::displaySafe(doc->application().scenario.name)));
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(10, 6, 10, 6);
    m_readOnlyBanner->setStyleSheet(
        QStringLiteral("background:#eef2f7; color:#2b4a6b; border:1px solid #d5dde8;"));
    // Four eyes: the officer who reviewed a case never approves it, and is told so plainly.
    m_approvalBanner->setObjectName(QStringLiteral("approvalBanner"));
    m_approvalBanner->setWordWrap(true);
    m_approvalBanner->setContentsMargins(10, 6, 10, 6);
    m_approvalBanner->setStyleSheet(QStringLiteral(
        "background:#fdecea; color:#8a1c1c; border:1px solid #f1b8b3; font-weight:bold;"));
    auto *header = new QHBoxLayout;
    header->setContentsMargins(10, 8, 10, 4);
    header->addWidget(m_title, 1);
    header->addWidget(m_status);
    header->addWidget(reportprinting::makeButton(this, m_desk, doc));

    // The pages, each scrollable so that nothing is clipped in a small window.
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

    // Previous / next.
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

    // Status line: the last save, the undo key, what is missing.
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_approvalBanner);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(splitter, 1);
    layout->addWidget(statusLine);

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
        refreshHistory();
        emit statusChanged(status);
    });

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
    refreshHistory();
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

QWidget *ReviewWorkspace::makeNavigator()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigatorPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 6);
    layout->setSpacing(4);

    m_navigator->setObjectName(QStringLiteral("stepNavigator"));
    m_navigator->setItemDelegate(new StepDelegate(m_navigator));
    m_navigator->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigator->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigator->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int i = 0; i < kReviewStepCount; ++i) {
        new QListWidgetItem(QStringLiteral("%1  %2").arg(i + 1).arg(reviewStepLabel(ReviewStep(i))),
                            m_navigator);
    }
    // Exactly as tall as its seven rows: the history takes the rest.
    const int rowHeight = m_navigator->sizeHintForRow(0);
    m_navigator->setFixedHeight(rowHeight * kReviewStepCount + 2 * m_navigator->frameWidth() + 2);
    m_navigator->setMinimumWidth(m_navigator->sizeHintForColumn(0) + 12);
    connect(m_navigator, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            goToStep(ReviewStep(row));
    });

    auto *historyLabel = new QLabel(tr("History"), panel);
    QFont bold = historyLabel->font();
    bold.setBold(true);
    historyLabel->setFont(bold);
    historyLabel->setContentsMargins(2, 8, 0, 0);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setSelectionMode(QAbstractItemView::NoSelection);
    m_history->setWordWrap(true);
    m_history->setTextElideMode(Qt::ElideRight);
    m_history->setToolTip(tr("The recorded events of this review, newest first"));
    QFont small = m_history->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_history->setFont(small);

    layout->addWidget(m_navigator);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);
    return panel;
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
    {
        const QSignalBlocker blocker(m_navigator);
        m_navigator->setCurrentRow(index);
    }
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

    for (int i = 0; i < kReviewStepCount; ++i) {
        const auto step = ReviewStep(i);
        const auto state = reviewrules::stepState(step, doc->state(), doc->checklist(),
                                                  doc->application(), doc->resources());
        QString mark;
        QColor colour;
        QString meaning;
        switch (state) {
        case reviewrules::StepState::Done:
            mark = QStringLiteral("✓");
            colour = palette::kOk;
            meaning = tr("Done");
            break;
        case reviewrules::StepState::Attention:
            mark = QStringLiteral("⚠");
            colour = palette::kWarn;
            meaning = tr("Needs attention");
            break;
        case reviewrules::StepState::Open:
            mark = QStringLiteral("○");
            colour = palette::kMuted;
            meaning = tr("Open");
            break;
        }
        if (step == doc->state().currentStep) {
            mark = QStringLiteral("●");
            meaning = tr("Current step (%1)").arg(meaning);
        }
        QListWidgetItem *item = m_navigator->item(i);
        item->setData(kMarkRole, mark);
        item->setData(kMarkColourRole, colour);
        item->setToolTip(meaning);
    }

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
    m_status->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2")
            .arg(InboxModel::statusColor(status).name(), caseStatusLabel(status).toHtmlEscaped()));
    const bool readOnly = m_doc->isReadOnly();
    const bool approving = m_doc->canApprove();
    m_readOnlyBanner->setVisible(readOnly);
    if (approving)
        m_readOnlyBanner->setText(
            tr("You approve this case (复核): the reviewer's answers are shown read-only. "
               "Comment on any step below its page, then agree or send the case back on "
               "the decision step."));
    else if (m_desk->isReadOnly())
        m_readOnlyBanner->setText(Desk::readOnlyRefusal() + u' ' +
                                  tr("The review is shown as it is stored."));
    else if (readOnly)
        m_readOnlyBanner->setText(tr("This review is read-only: the case is “%1”. Its answers "
                                     "are shown as they were submitted.")
                                      .arg(caseStatusLabel(status)));
    const QString refusal = status == CaseStatus::AwaitingApproval && !m_desk->isReadOnly()
                                ? m_doc->approvalRefusal()
                                : QString();
    m_approvalBanner->setVisible(!refusal.isEmpty());
    m_approvalBanner->setText(refusal.isEmpty() ? QString() : QStringLiteral("⚠ ") + refusal);
    for (ReviewPage *page : std::as_const(m_pageList))
        page->setReadOnly(readOnly);
}

void ReviewWorkspace::refreshHistory()
{
    auto events = AuditService(m_desk).events(shortTitle());
    m_history->clear();
    if (!events) {
        auto *item = new QListWidgetItem(
            tr("The history could not be read: %1").arg(events.error().toString()), m_history);
        item->setForeground(palette::kBad);
        return;
    }
    const QList<AuditEvent> &list = events.value();
    const QDate today = QDate::currentDate();
    int shown = 0;
    for (auto it = list.crbegin(); it != list.crend() && shown < kHistoryLimit; ++it, ++shown) {
        const AuditEvent &event = *it;
        const QDateTime local = event.at.toLocalTime();
        const QString when = local.date() == today
                                 ? local.toString(QStringLiteral("HH:mm:ss"))
                                 : local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QString what;
        const QString key = event.detail.value(QStringLiteral("key")).toString();
        const QJsonObject after = event.detail.value(QStringLiteral("after")).toObject();
        if (event.action == QLatin1String("review.start")) {
            what = tr("review started");
        } else if (event.action == QLatin1String("review.answer")) {
            const ChecklistItem *item = m_doc->checklist().item(key);
            const auto verdict = verdictFromCode(after.value(QStringLiteral("verdict")).toString());
            const QString subject = item ? tr("item %1").arg(item->number) : key;
            what =
                verdict && *verdict != Verdict::None
                    ? tr("%1: %2", "checklist item: verdict").arg(subject, verdictLabel(*verdict))
                    : tr("%1 answered").arg(subject);
        } else if (event.action == QLatin1String("review.note")) {
            what = noteDescription(key, event.detail.value(QStringLiteral("after")).toString());
        } else if (event.action == QLatin1String("review.proposal")) {
            const auto decision =
                decisionFromCode(after.value(QStringLiteral("decision")).toString());
            what = decision && *decision != Decision::None
                       ? tr("proposal: %1").arg(decisionLabel(*decision))
                       : tr("proposal edited");
        } else if (event.action.startsWith(QLatin1String("case."))) {
            const QString code = event.action.mid(5);
            what = code;
            for (const workflow::Transition &t : workflow::transitions()) {
                if (workflow::actionCode(t.action) == code) {
                    what = workflow::actionLabel(t.action);
                    break;
                }
            }
        } else {
            what = event.action;
        }
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 · %3").arg(when, event.actor, what),
                                         m_history);
        item->setToolTip(QStringLiteral("#%1 %2 %3\n%4")
                             .arg(event.seq)
                             .arg(event.at.toLocalTime().toString(Qt::ISODate), event.action, key));
    }
    if (m_history->count() == 0)
        new QListWidgetItem(tr("No events yet."), m_history);
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

/** "formal.confirmed" = "1" → "formal check confirmed", for the history list. */
QString ReviewWorkspace::noteDescription(const QString &key, const QString &value)
{
    const QStringList parts = key.split(QLatin1Char('.'));
    if (key == QLatin1String("formal.confirmed"))
        return value == QLatin1String("1") ? tr("formal check confirmed")
                                           : tr("formal check unconfirmed");
    if (key == QLatin1String("security.confirmed"))
        return value == QLatin1String("1") ? tr("security review confirmed")
                                           : tr("security review unconfirmed");
    if (key == approval::sendBackKey())
        return tr("reasons for sending back");
    for (int i = 0; i < kReviewStepCount; ++i) {
        if (key == approval::commentKey(ReviewStep(i)))
            return tr("approver's comment on %1").arg(reviewStepLabel(ReviewStep(i)));
    }
    if (key == QLatin1String("formal.note"))
        return tr("formal check notes");
    if (key == QLatin1String("security.findings"))
        return tr("security findings");
    if (key == QLatin1String("modes.note"))
        return tr("mode fit notes");
    if (key == QLatin1String("pricing.note"))
        return tr("fee notes");
    if (key == ModeScoring::weightsNoteKey())
        return tr("mode comparison weights");
    if (key == ModeScoring::chosenNoteKey()) {
        const ModeTableEntry *mode = ModeTable::builtin().mode(value);
        return tr("main mode: %1").arg(mode ? mode->name() : tr("not chosen"));
    }
    if (key == ModeScoring::rationaleNoteKey())
        return tr("mode rationale");
    if (parts.size() == 4 && parts.at(0) == QLatin1String("modes") &&
        parts.at(1) == QLatin1String("adjust")) {
        const ModeTableEntry *mode = ModeTable::builtin().mode(parts.at(2));
        const ModeTableEntry *dimension = ModeTable::builtin().dimension(parts.at(3));
        const QString cell = QStringLiteral("%1 · %2").arg(
            mode ? mode->name() : parts.at(2), dimension ? dimension->name() : parts.at(3));
        return value.isEmpty() ? tr("default score restored: %1").arg(cell)
                               : tr("score adjusted: %1").arg(cell);
    }
    if (key == pricingnotes::ruleVersion())
        return tr("fee rule version %1").arg(value);
    if (key == pricingnotes::rules())
        return tr("fee rule file %1").arg(value);
    if (key == pricingnotes::inputs())
        return tr("fee inputs");
    if (key == pricingnotes::result()) {
        const QJsonObject result = QJsonDocument::fromJson(value.toUtf8()).object();
        return tr("fee computed: %1").arg(result.value(QStringLiteral("fee")).toString());
    }
    if (parts.size() == 3 && parts.at(0) == QLatin1String("resource")) {
        const int number = parts.at(1).toInt() + 1;
        if (parts.at(2) == QLatin1String("necessity")) {
            const QString verdict = value == QLatin1String("justified")   ? tr("justified")
                                    : value == QLatin1String("excessive") ? tr("excessive")
                                                                          : tr("cleared");
            return tr("resource %1: %2").arg(number).arg(verdict);
        }
        return tr("resource %1: comment").arg(number);
    }
    return key;
}

void ReviewWorkspace::showSaved(const QDateTime &at)
{
    m_saveStatus->setStyleSheet(QString());
    m_saveStatus->setText(
        tr("Draft saved %1").arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    refreshHistory();
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
