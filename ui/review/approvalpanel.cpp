// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalpanel.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "common/confirmation.h"
#include "core/identitytext.h"
#include "domain/workflow.h"
#include "package/keystore.h"
#include "package/ownkey.h"
#include "package/signingpaths.h"
#include "review/approval.h"
#include "review/reviewdocument.h"
#include "common/palette.h"

namespace gd {
namespace {

QString colouredText(const QColor &colour, const QString &text)
{
    return QStringLiteral("<span style=\"color:%1; font-weight:bold\">%2</span>")
        .arg(colour.name(), text.toHtmlEscaped());
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ApprovalPanel::ApprovalPanel(ReviewDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_sentBackBox(new QFrame(this))
    , m_sentBackList(new QListWidget(m_sentBackBox))
    , m_approvalBox(new QFrame(this))
    , m_approvalText(new QLabel(m_approvalBox))
    , m_reasons(new QPlainTextEdit(m_approvalBox))
    , m_agree(new QPushButton(tr("Agree"), m_approvalBox))
    , m_sendBack(new QPushButton(tr("Send back"), m_approvalBox))
    , m_result(new QLabel(this))
    , m_returnNotice(new QPushButton(tr("Return notice…"), this))
{
    setObjectName(QStringLiteral("approvalPanel"));

    // What the approver said when sending the case back, for the reviewer.
    m_sentBackBox->setObjectName(QStringLiteral("sentBackBox"));
    m_sentBackBox->setStyleSheet(
        QStringLiteral("QFrame#sentBackBox { background: %1; border: 1px solid %2; }")
            .arg(palette::kNoteBackground.name(), palette::kNoteBorder.name()));
    m_sentBackList->setObjectName(QStringLiteral("sendBackReasonsList"));
    m_sentBackList->setSelectionMode(QAbstractItemView::NoSelection);
    m_sentBackList->setWordWrap(true);
    m_sentBackList->setFrameShape(QFrame::NoFrame);
    m_sentBackList->setMaximumHeight(fontMetrics().height() * 6);
    auto *sentBackLayout = new QVBoxLayout(m_sentBackBox);
    sentBackLayout->setContentsMargins(8, 6, 8, 6);
    sentBackLayout->addWidget(heading(tr("Sent back by the approver"), m_sentBackBox));
    sentBackLayout->addWidget(m_sentBackList);

    // The approver's decision.
    m_approvalBox->setObjectName(QStringLiteral("approvalBox"));
    m_approvalBox->setFrameShape(QFrame::StyledPanel);
    m_approvalText->setObjectName(QStringLiteral("approvalText"));
    m_approvalText->setWordWrap(true);
    m_approvalText->setTextFormat(Qt::RichText);
    m_reasons->setObjectName(QStringLiteral("sendBackReasonsEdit"));
    m_reasons->setPlaceholderText(tr("To send the case back: the reasons, one a line"));
    m_reasons->setTabChangesFocus(true);
    m_reasons->setMaximumHeight(fontMetrics().height() * 5 + 12);
    m_agree->setObjectName(QStringLiteral("agreeButton"));
    m_agree->setAutoDefault(false);
    m_agree->setToolTip(tr("Agree with the proposed decision: the case is decided"));
    m_sendBack->setObjectName(QStringLiteral("sendBackButton"));
    m_sendBack->setAutoDefault(false);
    m_sendBack->setToolTip(tr("Send the case back to the reviewer with the reasons above"));
    connect(m_agree, &QPushButton::clicked, this, &ApprovalPanel::agree);
    connect(m_sendBack, &QPushButton::clicked, this, &ApprovalPanel::sendBack);
    connect(m_reasons, &QPlainTextEdit::textChanged, this, &ApprovalPanel::refresh);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_agree);
    buttons->addWidget(m_sendBack);
    buttons->addStretch(1);
    auto *approvalLayout = new QVBoxLayout(m_approvalBox);
    approvalLayout->setContentsMargins(8, 6, 8, 8);
    approvalLayout->addWidget(heading(tr("Approval"), m_approvalBox));
    approvalLayout->addWidget(m_approvalText);
    approvalLayout->addWidget(m_reasons);
    approvalLayout->addLayout(buttons);

    m_result->setObjectName(QStringLiteral("approvalResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_returnNotice->setObjectName(QStringLiteral("returnNoticeButton"));
    m_returnNotice->setAutoDefault(false);
    m_returnNotice->setToolTip(tr("The text to send back to the applicant, to copy or print"));
    connect(m_returnNotice, &QPushButton::clicked, this, &ApprovalPanel::returnNoticeRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sentBackBox);
    layout->addWidget(m_approvalBox);
    layout->addWidget(m_result);
    layout->addWidget(m_returnNotice, 0, Qt::AlignLeft);

    connect(doc, &ReviewDocument::statusChanged, this, &ApprovalPanel::refresh);
    connect(doc, &ReviewDocument::noteChanged, this, [this](const QString &key) {
        if (key == approval::sendBackKey())
            refresh();
    });
    refresh();
}

ApprovalPanel::~ApprovalPanel() = default;

QStringList ApprovalPanel::sendBackReasons() const
{
    QStringList reasons;
    for (const QString &line : m_reasons->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            reasons << line.trimmed();
    }
    return reasons;
}

void ApprovalPanel::refresh()
{
    const CaseStatus status = m_doc->status();
    const bool approving = m_doc->canApprove();

    // The reasons of the last send-back, while the case is back with the reviewer.
    const QStringList sentBack = m_doc->state()
                                     .notes.value(approval::sendBackKey())
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m_sentBackList->clear();
    for (const QString &reason : sentBack)
        new QListWidgetItem(QStringLiteral("• ") + reason, m_sentBackList);
    m_sentBackBox->setVisible(status == CaseStatus::InReview && !sentBack.isEmpty());

    m_approvalBox->setVisible(status == CaseStatus::AwaitingApproval);
    m_approvalText->clear(); // a case no longer awaiting approval proposes nothing
    if (status == CaseStatus::AwaitingApproval) {
        const ProposedDecision &proposal = m_doc->state().proposal;
        const QString proposed = tr("The reviewer %1 proposes: %2.")
                                     .arg(m_doc->state().reviewer, decisionLabel(proposal.decision))
                                     .toHtmlEscaped();
        // Said in red only to someone who opened it to approve and may not: the reviewer who
        // submitted it reads why they wait, in grey.
        const bool own = approval::isReviewerOf(m_doc->state(), m_doc->officer());
        m_approvalText->setText(approving ? proposed
                                          : proposed + QStringLiteral("<br>") +
                                                colouredText(own ? palette::kMuted : palette::kBad,
                                                             m_doc->approvalRefusal()));
    }
    m_reasons->setEnabled(approving);
    m_agree->setEnabled(approving);
    m_sendBack->setEnabled(approving && !sendBackReasons().isEmpty());
    // A disabled control says why (the role, the four eyes, the case's state).
    const QString why =
        approving ? QString() : tr("Not available: %1").arg(m_doc->approvalRefusal());
    m_reasons->setToolTip(why);
    m_agree->setToolTip(approving ? tr("Agree with the proposed decision: the case is decided")
                                  : why);
    m_sendBack->setToolTip(!approving ? why
                           : sendBackReasons().isEmpty()
                               ? tr("Write at least one reason above first: the reviewer "
                                    "reads why the case comes back")
                               : tr("Send the case back to the reviewer with the reasons "
                                    "above"));
    m_returnNotice->setVisible(status == CaseStatus::Returned);
}

Result<package::Signer> ApprovalPanel::approverKey(const QString &title, const QString &question,
                                                   const QString &accept)
{
    // The certificate is judged before anything is asked: a key that cannot sign this act
    // (untrusted, someone else's, the reviewer's) is refused without a passphrase.
    auto certificate = signing::ownCertificate();
    if (!certificate)
        return certificate.error();
    const package::TrustStore trust(signing::trustStorePath());
    if (const QString refusal = m_doc->signerRefusal(certificate.value(), trust);
        !refusal.isEmpty())
        return Error{{}, refusal};
    if (!Confirmation::ask(this, {title, question, accept}))
        return Error{{}, {}};
    const ReviewState &state = m_doc->state();
    return signing::unlockOwnKey(
        this, certificate.value(),
        tr("Your decision on %1 v%2 is signed with the key of %3. Its passphrase:")
            .arg(state.applicationId)
            .arg(state.version)
            .arg(identitytext::displaySafe(certificate->commonName())));
}

void ApprovalPanel::agree()
{
    if (!m_doc->canApprove())
        return;
    const ReviewState &state = m_doc->state();
    const Decision decision = state.proposal.decision;
    const QString question =
        tr("Agree to the review of %1 v%2 by %3 and record your decision as approver %4?")
            .arg(state.applicationId)
            .arg(state.version)
            .arg(identitytext::displaySafe(state.reviewer),
                 identitytext::displaySafe(m_doc->officer().name)) +
        QStringLiteral("\n\n") +
        (decision == Decision::Returned
             ? tr("The application is returned to the applicant; your agreement is signed with "
                  "your key.")
             : tr("The case is decided as \"%1\"; your agreement is signed with your key.")
                   .arg(decisionLabel(decision)));
    auto signer = approverKey(tr("Agree"), question, tr("Agree"));
    if (!signer) {
        if (!signer.error().what.isEmpty())
            m_result->setText(
                colouredText(palette::kBad, tr("Not agreed: %1").arg(signer.error().toString())));
        return;
    }
    const Status outcome =
        m_doc->agree(signer.value(), package::TrustStore(signing::trustStorePath()));
    signer.value().key = package::PrivateKey(); // the key leaves memory with the last copy
    if (!outcome) {
        m_result->setText(
            colouredText(palette::kBad, tr("Not agreed: %1").arg(outcome.error().toString())));
        return;
    }
    const CaseStatus status = m_doc->status();
    m_result->setText(colouredText(
        palette::kOk,
        status == CaseStatus::Returned
            ? tr("✓ Agreed at %1: the application is returned to the applicant. Send them the "
                 "return notice.")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")))
            : tr("✓ Agreed at %1: the case is decided (%2).")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                       decisionLabel(m_doc->state().proposal.decision))));
    refresh();
}

void ApprovalPanel::sendBack()
{
    const QStringList reasons = sendBackReasons();
    if (!m_doc->canApprove() || reasons.isEmpty())
        return;
    const ReviewState &state = m_doc->state();
    const QString question =
        tr("Send the review of %1 v%2 back to the reviewer %3 with %n reason(s), as approver "
           "%4?",
           nullptr, int(reasons.size()))
            .arg(state.applicationId)
            .arg(state.version)
            .arg(identitytext::displaySafe(state.reviewer),
                 identitytext::displaySafe(m_doc->officer().name)) +
        QStringLiteral("\n\n") +
        tr("The case goes back into review; your decision is signed with your key.");
    auto signer = approverKey(tr("Send back"), question, tr("Send back"));
    if (!signer) {
        if (!signer.error().what.isEmpty())
            m_result->setText(colouredText(palette::kBad,
                                           tr("Not sent back: %1").arg(signer.error().toString())));
        return;
    }
    const Status outcome =
        m_doc->sendBack(reasons, signer.value(), package::TrustStore(signing::trustStorePath()));
    signer.value().key = package::PrivateKey();
    if (!outcome) {
        m_result->setText(
            colouredText(palette::kBad, tr("Not sent back: %1").arg(outcome.error().toString())));
        return;
    }
    m_reasons->clear();
    m_result->setText(colouredText(
        palette::kOk,
        tr("✓ Sent back to the reviewer at %1 with %n reason(s).", nullptr, int(reasons.size()))
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")))));
    refresh();
}

} // namespace gd
