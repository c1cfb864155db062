// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

#include "domain/lifecycle.h"
#include "services/lifecycleservice.h"

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace gd {

/**
 * Records the next act of an authorization's life (docs/formats/lifecycle.md): the
 * implementing body's collective decision, the approval, the operation agreement, the filing,
 * the disclosure, or a suspension, resumption, revocation or termination. The form offers the
 * act the case waits for, shows while it is filled in every reason the rules would refuse it
 * (the same sentences the service gives), and only then lets the officer sign and record it.
 * Files (minutes, the agreement) are recorded by name and SHA-256, not copied.
 */
class RecordActDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordActDialog)

public:
    /** The kinds of act the form offers, in the order shown. */
    enum class Kind
    {
        CollectiveDecision,
        Approval,
        Agreement,
        Filing,
        Disclosure,
        Suspension,
        Resumption,
        Revocation,
        Termination
    };
    Q_ENUM(Kind)

    /** The form for the next act of @p id / @p version, whose life is @p life on @p today. */
    RecordActDialog(LifecycleService &service, const QString &id, int version,
                    LifecycleService::CaseLife life, const QDate &today, QWidget *parent = nullptr);

    /** Asks for the officer's passphrase, signs and records the act; stays open on a refusal
     *  (the reason shown) or a cancelled passphrase. */
    void accept() override;
    /** The case's life: after accept(), with the act recorded. */
    const LifecycleService::CaseLife &life() const { return m_life; }

    /** The name of @p act's kind in the language in use ("Approval (written decision)"). */
    static QString label(const lifecycle::Act &act);
    /** What @p act records, in one line for an officer (no codes). */
    static QString summary(const lifecycle::Act &act, const lifecycle::LifecycleRules &rules);

    /** The act as filled in now. */
    lifecycle::Act act() const;
    /** Why the act as filled in cannot be recorded; empty when it can. */
    QStringList problems() const;
    Kind kind() const;
    void setKind(Kind kind);

    /** Takes @p path as the evidence file of the shown act (reads it to hash it). */
    bool setEvidenceFile(const QString &path);

private:
    QWidget *collectiveDecisionPage();
    QWidget *approvalPage();
    QWidget *agreementPage();
    QWidget *filingPage();
    QWidget *disclosurePage();
    QWidget *interruptionPage();
    QWidget *evidenceRow(QLineEdit **name, QLabel **digest);
    lifecycle::CollectiveDecision collectiveDecision() const;
    lifecycle::Interruption interruption() const;
    void alignLabels();
    void showPage();
    void chooseEvidence();
    void check();

    LifecycleService &m_service;
    QString m_id;
    int m_version = 0;
    QString m_subject; // "ID vN"
    LifecycleService::CaseLife m_life;
    QDate m_today;

    QComboBox *m_kind;
    QDateEdit *m_date;
    QStackedWidget *m_pages;
    QLabel *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_record = nullptr;

    // Collective decision
    QComboBox *m_meetingKind = nullptr;
    QSpinBox *m_members = nullptr;
    QSpinBox *m_present = nullptr;
    QLineEdit *m_recused = nullptr;
    QSpinBox *m_inFavour = nullptr;
    QSpinBox *m_against = nullptr;
    QSpinBox *m_abstaining = nullptr;
    QComboBox *m_resolution = nullptr;
    QLineEdit *m_minutesName = nullptr;
    QLabel *m_minutesDigest = nullptr;
    QString m_minutesSha256;
    // Approval
    QLineEdit *m_approvalNumber = nullptr;
    // Agreement
    QLineEdit *m_implementingBody = nullptr;
    QLineEdit *m_operatorName = nullptr;
    QLineEdit *m_operatorCode = nullptr;
    QDateEdit *m_termStart = nullptr;
    QDateEdit *m_termEnd = nullptr;
    QLineEdit *m_agreementName = nullptr;
    QLabel *m_agreementDigest = nullptr;
    QString m_agreementSha256;
    // Filing
    QLineEdit *m_authority = nullptr;
    QLineEdit *m_reference = nullptr;
    // Disclosure
    QLineEdit *m_where = nullptr;
    // Suspension, resumption, revocation, termination
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_interruptionNumber = nullptr;
};

} // namespace gd
