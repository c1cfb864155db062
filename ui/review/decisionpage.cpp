// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisionpage.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/confirmation.h"
#include "core/identitytext.h"
#include "review/reviewrules.h"
#include "review/approvalpanel.h"
#include "common/notebinding.h"
#include "review/reviewdocument.h"

namespace gd {
namespace {

constexpr int kStepRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

bool takesConditions(Decision decision)
{
    return decision == Decision::ConditionallyApproved;
}

bool takesReasons(Decision decision)
{
    return decision == Decision::Returned || decision == Decision::Rejected;
}

} // namespace

DecisionPage::DecisionPage(ReviewDocument *doc, QWidget *parent)
    : ReviewPage(doc, ReviewStep::Decision, parent)
    , m_decisions(new QButtonGroup(this))
    , m_approve(new QRadioButton(tr("Approve"), this))
    , m_conditional(new QRadioButton(tr("Approve with conditions"), this))
    , m_return(new QRadioButton(tr("Return for revision"), this))
    , m_reject(new QRadioButton(tr("Reject"), this))
    , m_linesLabel(makeHeading({}, this))
    , m_lines(new QListWidget(this))
    , m_lineEdit(new QLineEdit(this))
    , m_addLine(new QPushButton(tr("Add"), this))
    , m_removeLine(new QPushButton(tr("Remove"), this))
    , m_templates(new QToolButton(this))
    , m_opinion(new QPlainTextEdit(this))
    , m_insertOpinion(new QPushButton(tr("Insert template"), this))
    , m_missingList(new QListWidget(this))
    , m_missingSummary(new QLabel(this))
    , m_submit(new QPushButton(tr("Submit for approval"), this))
    , m_submitResult(new QLabel(this))
    , m_approval(new ApprovalPanel(doc, this))
    , m_submitArea(new QWidget(this))
{
    setObjectName(QStringLiteral("decisionPage"));

    auto *decisionRow = makeDecisionRow();
    auto *lineRow = makeLinesEditor();
    auto *opinionHeader = makeOpinionEditor();
    setupSubmission();

    auto *left = new QVBoxLayout;
    left->addWidget(makeHeading(tr("Proposed decision"), this));
    left->addLayout(decisionRow);
    left->addWidget(m_linesLabel);
    left->addWidget(m_lines);
    left->addLayout(lineRow);
    left->addLayout(opinionHeader);
    left->addWidget(m_opinion, 1);

    // The reviewer's submission; the approver has the approval panel instead.
    m_submitArea->setObjectName(QStringLiteral("submitArea"));
    auto *submitLayout = new QVBoxLayout(m_submitArea);
    submitLayout->setContentsMargins(0, 0, 0, 0);
    submitLayout->addWidget(makeHeading(tr("Before submitting"), m_submitArea));
    submitLayout->addWidget(m_missingSummary);
    submitLayout->addWidget(m_missingList, 100);
    submitLayout->addWidget(m_submit);
    submitLayout->addWidget(m_submitResult);
    submitLayout->addStretch(1); // takes the room when nothing is missing
    auto *right = new QVBoxLayout;
    right->addWidget(m_approval);
    right->addWidget(m_submitArea, 100);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle());
    layout->addWidget(makeHint(tr("Propose the decision to the approver. A conditional approval "
                                  "lists its conditions; a return or rejection lists its "
                                  "reasons. The opinion is the text that goes on file."),
                               this));
    layout->addLayout(columns, 1);

    connect(doc, &ReviewDocument::proposalChanged, this, &DecisionPage::showProposal);
    showProposal();
    setMissing(doc->missing());
}

/** What is still missing, and the submission with its result. */
void DecisionPage::setupSubmission()
{
    m_missingList->setObjectName(QStringLiteral("missingList"));
    m_missingList->setToolTip(tr("Click an entry to go there"));
    connect(m_missingList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit missingActivated(MissingItem{ReviewStep(item->data(kStepRole).toInt()),
                                          item->data(kKeyRole).toString(), item->text()});
    });
    connect(m_missingList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit missingActivated(MissingItem{ReviewStep(item->data(kStepRole).toInt()),
                                          item->data(kKeyRole).toString(), item->text()});
    });
    m_missingSummary->setObjectName(QStringLiteral("missingSummary"));
    m_missingSummary->setWordWrap(true);
    m_missingSummary->setTextFormat(Qt::RichText);
    m_submit->setObjectName(QStringLiteral("submitButton"));
    m_submit->setDefault(false);
    m_submit->setAutoDefault(false);
    m_submit->setMinimumHeight(m_submit->sizeHint().height() + 6);
    connect(m_submit, &QPushButton::clicked, this, &DecisionPage::submit);
    m_submitResult->setObjectName(QStringLiteral("submitResult"));
    m_submitResult->setWordWrap(true);
    m_submitResult->setTextFormat(Qt::RichText);
    m_submitResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

/** The review opinion, and its heading with "Insert template". */
QHBoxLayout *DecisionPage::makeOpinionEditor()
{
    m_opinion->setObjectName(QStringLiteral("opinionEdit"));
    m_opinion->setPlaceholderText(
        tr("The review opinion for the approver and the file. “Insert template” "
           "drafts one from your answers."));
    m_opinion->setTabChangesFocus(true);
    notebinding::routeUndoToReview(m_opinion);
    connect(m_opinion, &QPlainTextEdit::textChanged, this, [this] {
        if (m_readOnly)
            return;
        ProposedDecision proposal = document()->state().proposal;
        if (proposal.opinion == m_opinion->toPlainText())
            return;
        proposal.opinion = m_opinion->toPlainText();
        document()->setProposal(proposal);
    });
    m_insertOpinion->setObjectName(QStringLiteral("insertOpinionButton"));
    m_insertOpinion->setToolTip(
        tr("Draft an opinion from the checklist answers and the proposed decision"));
    connect(m_insertOpinion, &QPushButton::clicked, this, &DecisionPage::insertOpinionTemplate);
    auto *opinionHeader = new QHBoxLayout;
    opinionHeader->addWidget(makeHeading(tr("Review opinion"), this), 1);
    opinionHeader->addWidget(m_insertOpinion);
    return opinionHeader;
}

/** The conditions or reasons, one per line: the list, and the row that adds to it. */
QHBoxLayout *DecisionPage::makeLinesEditor()
{
    m_linesLabel->setObjectName(QStringLiteral("linesLabel"));
    m_lines->setObjectName(QStringLiteral("linesList"));
    m_lines->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_lines->setWordWrap(true);
    m_lines->setMaximumHeight(fontMetrics().height() * 7);
    connect(m_lines, &QListWidget::itemChanged, this, &DecisionPage::lineEdited);
    connect(m_lines, &QListWidget::currentRowChanged, this,
            [this](int row) { m_removeLine->setEnabled(row >= 0 && !m_readOnly); });
    m_lineEdit->setObjectName(QStringLiteral("lineEdit"));
    notebinding::routeUndoToReview(m_lineEdit);
    connect(m_lineEdit, &QLineEdit::returnPressed, this, &DecisionPage::addLine);
    m_addLine->setObjectName(QStringLiteral("addLineButton"));
    connect(m_addLine, &QPushButton::clicked, this, &DecisionPage::addLine);
    m_removeLine->setObjectName(QStringLiteral("removeLineButton"));
    m_removeLine->setEnabled(false);
    connect(m_removeLine, &QPushButton::clicked, this, &DecisionPage::removeLine);
    m_templates->setObjectName(QStringLiteral("reasonTemplateButton"));
    m_templates->setText(tr("Standard texts") + QStringLiteral(" ▾"));
    m_templates->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    m_templates->setToolTip(tr("Insert a standard text into the line above, to edit and add"));
    m_templates->setPopupMode(QToolButton::InstantPopup);
    m_templates->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *templateMenu = new QMenu(m_templates);
    templateMenu->setObjectName(QStringLiteral("reasonTemplateMenu"));
    m_templates->setMenu(templateMenu);
    connect(templateMenu, &QMenu::aboutToShow, this, [this, templateMenu] {
        templateMenu->clear();
        const Decision decision = document()->state().proposal.decision;
        const QStringList texts =
            takesConditions(decision) ? conditionTemplates() : reasonTemplates();
        for (const QString &text : texts) {
            templateMenu->addAction(text, this, [this, text] {
                m_lineEdit->setText(text);
                m_lineEdit->setFocus(Qt::OtherFocusReason);
            });
        }
    });
    auto *lineRow = new QHBoxLayout;
    lineRow->addWidget(m_lineEdit, 1);
    lineRow->addWidget(m_templates);
    lineRow->addWidget(m_addLine);
    lineRow->addWidget(m_removeLine);
    return lineRow;
}

/** The four decisions as radio buttons in a row. */
QHBoxLayout *DecisionPage::makeDecisionRow()
{
    const struct
    {
        QRadioButton *button;
        const char *name;
        Decision decision;
    } decisions[] = {{m_approve, "decisionApprove", Decision::Approved},
                     {m_conditional, "decisionConditional", Decision::ConditionallyApproved},
                     {m_return, "decisionReturn", Decision::Returned},
                     {m_reject, "decisionReject", Decision::Rejected}};
    auto *decisionRow = new QHBoxLayout;
    decisionRow->setSpacing(18);
    for (const auto &d : decisions) {
        d.button->setObjectName(QLatin1String(d.name));
        m_decisions->addButton(d.button);
        decisionRow->addWidget(d.button);
        const Decision decision = d.decision;
        connect(d.button, &QRadioButton::clicked, this,
                [this, decision] { setDecision(decision); });
    }
    decisionRow->addStretch(1);
    return decisionRow;
}

DecisionPage::~DecisionPage() = default;

QStringList DecisionPage::conditionTemplates()
{
    return {
        tr("Deliver the data only in the sandbox or by privacy computing; raw data must not "
           "leave the domain."),
        tr("Submit the data provider's written consent before the authorization agreement is "
           "signed."),
        tr("Complete the commercial cryptography assessment before the service goes live."),
        tr("Limit the fields to those justified in the application; further fields need a new "
           "application."),
        tr("Report security incidents to the implementing body at once and follow the "
           "emergency plan."),
        tr("File the authorization agreement and disclose the operation information by 31 March "
           "each year."),
        tr("Charge no more than the cap price; report revenue each year against the maximum "
           "allowed revenue."),
        tr("Return or destroy the data at the end of the term and confirm it in writing."),
    };
}

QStringList DecisionPage::reasonTemplates()
{
    return {
        tr("A requested resource is not registered in the public data resource register."),
        tr("A requested resource has been cancelled in the register."),
        tr("The provider's consent for data shared from another agency is missing."),
        tr("The term exceeds the maximum authorization term."),
        tr("The legality review opinion is missing."),
        tr("The minutes of the collective decision are missing or incomplete."),
        tr("The requested fields go beyond what the scenario needs (minimum necessary)."),
        tr("The protection level (MLPS) does not match the grade of the requested data."),
        tr("The risk assessment is missing or incomplete."),
        tr("The scenario is not covered by an approved implementation plan."),
    };
}

void DecisionPage::showProposal()
{
    const ProposedDecision &p = document()->state().proposal;
    {
        m_decisions->setExclusive(false);
        for (QAbstractButton *button : m_decisions->buttons()) {
            const QSignalBlocker blocker(button);
            button->setChecked(false);
        }
        switch (p.decision) {
        case Decision::Approved:
            m_approve->setChecked(true);
            break;
        case Decision::ConditionallyApproved:
            m_conditional->setChecked(true);
            break;
        case Decision::Returned:
            m_return->setChecked(true);
            break;
        case Decision::Rejected:
            m_reject->setChecked(true);
            break;
        case Decision::None:
            break;
        }
        m_decisions->setExclusive(true);
    }

    const bool conditions = takesConditions(p.decision);
    const bool reasons = takesReasons(p.decision);
    const bool lines = conditions || reasons;
    m_linesLabel->setText(conditions ? tr("Conditions")
                          : reasons  ? tr("Reasons")
                                     : tr("Conditions or reasons"));
    m_lineEdit->setPlaceholderText(
        conditions ? tr("Type a condition and press Enter, or pick a standard text")
        : reasons  ? tr("Type a reason and press Enter, or pick a standard text")
                   : tr("An approval needs neither conditions nor reasons"));
    {
        const QSignalBlocker blocker(m_lines);
        const int row = m_lines->currentRow();
        m_lines->clear();
        for (const QString &line : currentLines()) {
            auto *item = new QListWidgetItem(line, m_lines);
            item->setFlags(item->flags() | (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsEditable));
        }
        if (row >= 0 && row < m_lines->count())
            m_lines->setCurrentRow(row);
    }
    m_lines->setEnabled(lines);
    m_lineEdit->setEnabled(lines && !m_readOnly);
    m_addLine->setEnabled(lines && !m_readOnly);
    m_templates->setEnabled(lines && !m_readOnly);
    m_removeLine->setEnabled(lines && !m_readOnly && m_lines->currentRow() >= 0);

    if (m_opinion->toPlainText() != p.opinion) {
        const QSignalBlocker blocker(m_opinion);
        m_opinion->setPlainText(p.opinion);
        m_opinion->moveCursor(QTextCursor::End);
    }
}

QStringList DecisionPage::currentLines() const
{
    const ProposedDecision &p = document()->state().proposal;
    if (takesConditions(p.decision))
        return p.conditions;
    if (takesReasons(p.decision))
        return p.reasons;
    return {};
}

void DecisionPage::setCurrentLines(const QStringList &lines)
{
    ProposedDecision p = document()->state().proposal;
    if (takesConditions(p.decision))
        p.conditions = lines;
    else if (takesReasons(p.decision))
        p.reasons = lines;
    else
        return;
    document()->setProposal(p);
}

void DecisionPage::setDecision(Decision decision)
{
    if (m_readOnly)
        return;
    ProposedDecision p = document()->state().proposal;
    p.decision = decision;
    document()->setProposal(p);
}

void DecisionPage::addLine()
{
    const QString text = m_lineEdit->text().trimmed();
    if (text.isEmpty() || m_readOnly)
        return;
    QStringList lines = currentLines();
    lines << text;
    setCurrentLines(lines);
    m_lineEdit->clear();
    m_lines->setCurrentRow(m_lines->count() - 1);
}

void DecisionPage::removeLine()
{
    const int row = m_lines->currentRow();
    QStringList lines = currentLines();
    if (row < 0 || row >= lines.size() || m_readOnly)
        return;
    lines.removeAt(row);
    setCurrentLines(lines);
}

void DecisionPage::lineEdited(QListWidgetItem *item)
{
    const int row = m_lines->row(item);
    QStringList lines = currentLines();
    if (row < 0 || row >= lines.size() || m_readOnly)
        return;
    const QString text = item->text().trimmed();
    if (text.isEmpty())
        lines.removeAt(row); // an emptied line is removed
    else
        lines[row] = text;
    setCurrentLines(lines);
}

QString DecisionPage::draftOpinion() const
{
    const ReviewDocument *doc = document();
    const Application &app = doc->application();
    const ProposedDecision &p = doc->state().proposal;
    int pass = 0;
    int fail = 0;
    int notApplicable = 0;
    QStringList failures;
    for (const ChecklistItem &item : doc->checklist().items) {
        const ChecklistAnswer answer = doc->state().answers.value(item.id);
        switch (answer.verdict) {
        case Verdict::Pass:
            ++pass;
            break;
        case Verdict::Fail: {
            ++fail;
            QString text = item.text().trimmed();
            while (text.endsWith(QChar(0x3002)) || text.endsWith(QLatin1Char('.')))
                text.chop(1); // "(…。)" reads badly
            const QString rationale = reviewrules::reasonText(answer).trimmed();
            failures << (rationale.isEmpty()
                             ? tr("Item %1 (%2)").arg(item.number).arg(text)
                             : tr("Item %1 (%2): %3").arg(item.number).arg(text, rationale));
            break;
        }
        case Verdict::NotApplicable:
            ++notApplicable;
            break;
        case Verdict::None:
            break;
        }
    }

    QStringList paragraphs;
    paragraphs << tr("%1 applied for the scenario “%2” (%3, version %4). The application was "
                     "reviewed against the %5 items of the collective-decision checklist "
                     "(template v%6): %7 compliant, %8 non-compliant, %9 not "
                     "applicable.")
                      .arg(app.applicant.name, app.scenario.name, app.id)
                      .arg(app.version)
                      .arg(doc->checklist().items.size())
                      .arg(doc->checklist().version)
                      .arg(pass)
                      .arg(fail)
                      .arg(notApplicable);
    if (!failures.isEmpty())
        paragraphs << tr("Non-compliant:") + QLatin1Char('\n') + failures.join(QLatin1Char('\n'));

    const auto numbered = [](const QStringList &lines) {
        QStringList out;
        for (qsizetype i = 0; i < lines.size(); ++i)
            out << QStringLiteral("%1. %2").arg(i + 1).arg(lines.at(i));
        return out.join(QLatin1Char('\n'));
    };
    switch (p.decision) {
    case Decision::Approved:
        paragraphs << tr("Proposed decision: approve the authorization as applied for.");
        break;
    case Decision::ConditionallyApproved:
        paragraphs << tr("Proposed decision: approve on the following conditions:") +
                          QLatin1Char('\n') + numbered(p.conditions);
        break;
    case Decision::Returned:
        paragraphs << tr("Proposed decision: return the application for revision, for these "
                         "reasons:") +
                          QLatin1Char('\n') + numbered(p.reasons);
        break;
    case Decision::Rejected:
        paragraphs << tr("Proposed decision: reject the application, for these reasons:") +
                          QLatin1Char('\n') + numbered(p.reasons);
        break;
    case Decision::None:
        paragraphs << tr("Proposed decision: (choose one above).");
        break;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

void DecisionPage::insertOpinionTemplate()
{
    if (m_readOnly)
        return;
    const QString draft = draftOpinion();
    if (m_opinion->toPlainText().trimmed().isEmpty()) {
        m_opinion->setPlainText(draft); // textChanged makes it one undoable edit
    } else {
        QTextCursor cursor = m_opinion->textCursor();
        cursor.insertText(draft);
        m_opinion->setTextCursor(cursor);
    }
    m_opinion->setFocus(Qt::OtherFocusReason);
}

void DecisionPage::setMissing(const QList<MissingItem> &missing)
{
    m_missing = missing;
    m_missingList->clear();
    for (const MissingItem &item : missing) {
        auto *entry = new QListWidgetItem(
            QStringLiteral("⚠ %1 · %2").arg(reviewStepLabel(item.step), item.what), m_missingList);
        entry->setData(kStepRole, int(item.step));
        entry->setData(kKeyRole, item.key);
        entry->setForeground(palette::kWarn);
    }
    m_missingList->setVisible(!missing.isEmpty());
    if (document()->isReadOnly())
        m_missingSummary->setText(coloured(palette::kMuted, tr("This review has been submitted.")));
    else if (missing.isEmpty())
        m_missingSummary->setText(
            coloured(palette::kOk, tr("✓ Nothing is missing: the review can be submitted."), true));
    else
        m_missingSummary->setText(coloured(
            palette::kWarn,
            tr("%n item(s) still missing. Click one to go there.", nullptr, int(missing.size())),
            true));
    updateSubmitButton();
}

void DecisionPage::updateSubmitButton()
{
    m_submit->setEnabled(!m_readOnly && m_missing.isEmpty());
    // Disabled, it says why: what is still missing, or why this review cannot be submitted.
    QString why;
    if (m_readOnly) {
        why = document()->editRefusal();
        if (why.isEmpty())
            why = tr("The review is read-only here.");
    } else if (!m_missing.isEmpty()) {
        QString listed = reviewrules::missingText(m_missing.mid(0, 5));
        if (m_missing.size() > 5)
            listed += QStringLiteral("; …");
        why = tr("%n item(s) still missing: %1", nullptr, int(m_missing.size())).arg(listed);
    }
    m_submit->setToolTip(why.isEmpty() ? tr("Submit the review to the approver")
                                       : tr("Not available: %1").arg(why));
}

void DecisionPage::submit()
{
    if (!m_missing.isEmpty() || m_readOnly)
        return;
    const ReviewState &state = document()->state();
    if (!Confirmation::ask(
            this, {tr("Submit for approval"),
                   tr("Submit the review of %1 v%2 to the approver, proposing \"%3\", as "
                      "reviewer %4?\n\nThe approver then agrees or sends it back; until they "
                      "send it back, the review can no longer be edited.")
                       .arg(state.applicationId)
                       .arg(state.version)
                       .arg(decisionLabel(state.proposal.decision),
                            identitytext::displaySafe(document()->officer().name)),
                   tr("Submit")}))
        return;
    const Status outcome = document()->submitForApproval();
    if (!outcome) {
        m_submitResult->setText(
            coloured(palette::kBad, tr("Not submitted: %1").arg(outcome.error().toString()), true));
        return;
    }
    m_submitResult->setText(
        coloured(palette::kOk,
                 tr("✓ Submitted for approval at %1. The case now waits for the approver.")
                     .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"))),
                 true));
    emit submitted();
}

void DecisionPage::showKey(const QString &key)
{
    if (key == QLatin1String("opinion"))
        m_opinion->setFocus(Qt::OtherFocusReason);
    else if (key == QLatin1String("conditions") || key == QLatin1String("reasons"))
        m_lineEdit->setFocus(Qt::OtherFocusReason);
    else
        m_approve->setFocus(Qt::OtherFocusReason);
}

void DecisionPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_submitArea->setVisible(!document()->canApprove());
    for (QAbstractButton *button : m_decisions->buttons())
        button->setEnabled(!readOnly);
    m_opinion->setReadOnly(readOnly);
    m_insertOpinion->setEnabled(!readOnly);
    showProposal();
    setMissing(m_missing);
}

} // namespace gd
