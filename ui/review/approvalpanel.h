// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include "core/result.h"
#include "package/package.h"

class QFrame;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace gd {

class ReviewDocument;

/**
 * The approver's step (复核) on the decision page: agree with the proposed decision or send
 * the case back with reasons (one a line, edited in place). The reviewer sees the reasons of
 * a send-back here; a returned case offers the notice to the applicant.
 */
class ApprovalPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalPanel)

public:
    explicit ApprovalPanel(ReviewDocument *doc, QWidget *parent = nullptr);
    ~ApprovalPanel() override;

    /** The reasons typed for a send-back, one a line, empty lines left out. */
    QStringList sendBackReasons() const;
    void agree();
    void sendBack();
    void refresh();

signals:
    /** "Return notice…" was pressed. */
    void returnNoticeRequested();

private:
    /**
     * This officer's key for an agreement or send-back: the certificate must be able to sign
     * it (ReviewDocument::signerRefusal()), then @p question is confirmed, then the
     * passphrase asked. An Error with an empty `what` when the officer cancels.
     */
    Result<package::Signer> approverKey(const QString &title, const QString &question,
                                        const QString &accept);

    ReviewDocument *m_doc;
    QFrame *m_sentBackBox;
    QListWidget *m_sentBackList;
    QFrame *m_approvalBox;
    QLabel *m_approvalText;
    QPlainTextEdit *m_reasons;
    QPushButton *m_agree;
    QPushButton *m_sendBack;
    QLabel *m_result;
    QPushButton *m_returnNotice;
};

} // namespace gd
