// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <variant>

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/jsonreader.h"
#include "domain/workcalendar.h"

/**
 * The authorization's life after the officers' review (docs/domain.md §11, issue 15): the
 * implementing body's collective decision, the approval (批复), the operation agreement
 * (运营协议), filing (备案) and disclosure (公开); then the term: not yet in force, active,
 * expiring, expired; and suspended, revoked or terminated with reasons. Which stages a case
 * needs, the deadlines, the quorum and the majority are data (LifecycleRules, read from
 * resources/lifecycle/, docs/formats/lifecycle.md); this file holds the rules that are not
 * parameters: the order, what each act must carry and how the stage follows from the acts.
 */
namespace gd::lifecycle {

/** Where an authorization is. The first five are "awaiting this act". */
enum class Stage
{
    CollectiveDecision,
    Approval,
    Agreement,
    Filing,
    Disclosure,
    NotYetInForce, // every act recorded, the term has not started
    Active,
    Expiring, // active, the term ends within the rules' expiringDays
    Expired,
    Suspended,
    Revoked,
    Terminated,
    NotAdopted // the collective decision did not adopt it
};

QString stageCode(Stage stage);
std::optional<Stage> stageFromCode(const QString &code);
/** The stage's name in the language in use (tr context "gd::lifecycle"). */
QString stageLabel(Stage stage);
/** True for revoked, terminated, expired and not adopted: nothing more can be recorded
 *  except, for an expired term, nothing at all (renewal is a new application version). */
bool isFinal(Stage stage);

/** A file the office attaches to an act (minutes, agreement, notice), by its digest. */
struct Evidence
{
    QString name;   // file name as shown
    QString sha256; // 64 lowercase hex digits
};

/** The implementing body's meeting, as the office records it after the review. */
struct CollectiveDecision
{
    QDate date;
    QString meetingKind; // an id of LifecycleRules::meetingKinds
    int members = 0;     // members of the deciding body (应到会)
    int present = 0;     // attending, recused members included
    QStringList recused; // names of attending members who recused themselves (回避)
    int inFavour = 0;
    int against = 0;
    int abstaining = 0;
    QString resolution; // "adopted", "not_adopted" or "deferred"
    Evidence minutes;
};

/** 批复: the written decision and its document number. */
struct Approval
{
    QDate date;
    QString documentNumber; // e.g. 穗数政批〔2026〕12号
};

/** 运营协议: who signed, when, and the term it grants. */
struct Agreement
{
    QDate date; // signed on
    QString implementingBody;
    QString operatorName;
    QString operatorCreditCode;
    QDate termStart;
    QDate termEnd; // last day in force
    Evidence document;
};

/** 备案: with whom the authorization was filed, when, under which reference. */
struct Filing
{
    QDate date;
    QString authority;
    QString reference;
};

/** 公开: where the authorization was made public, when. */
struct Disclosure
{
    QDate date;
    QString where; // a web address or the publication's name
};

/** Suspension, resumption, revocation or termination, with its reason. */
struct Interruption
{
    enum class Kind
    {
        Suspension,
        Resumption,
        Revocation,
        Termination
    };
    Kind kind = Kind::Suspension;
    QDate date;
    QString reason;
    QString documentNumber; // optional
};

using Act = std::variant<CollectiveDecision, Approval, Agreement, Filing, Disclosure, Interruption>;

/** "collective_decision", "approval", …, "suspension", "resumption", "revocation",
 *  "termination": the code audit events and files use for @p act. */
QString actCode(const Act &act);
QDate actDate(const Act &act);

/** One act as the store keeps it: the act's canonical JSON and who recorded it, when. */
struct StoredAct
{
    qint64 id = 0; // ascending in the order recorded
    QString appId;
    int version = 0;
    QString code;    // actCode
    QDate date;      // actDate
    QByteArray body; // actBytes (lifecyclejson.h)
    QString recordedBy;
    QDateTime recordedAt; // UTC
};

/** When an act is due: @p days calendar days or @p workingDays working days after @p after. */
struct DueRule
{
    Stage after = Stage::Approval; // the act it counts from
    int days = 0;
    int workingDays = 0;
    bool ours = false; // a GrantDesk default, not a rule of the briefing
};

struct StageRule
{
    Stage stage = Stage::Approval;
    QStringList modes; // the authorization modes that need this act
    std::optional<DueRule> due;
    TranslatedText basis; // where the stage comes from, shown beside it
};

struct MeetingKind
{
    QString id;
    TranslatedText name;
};

/** numerator/denominator, exact: "more than half" is {1, 2}. */
struct Fraction
{
    int numerator = 0;
    int denominator = 1;
};

/** The versioned rules of the life cycle (docs/formats/lifecycle.md). */
struct LifecycleRules
{
    QString version;
    TranslatedText source;
    QList<StageRule> stages; // in order: collective decision … disclosure
    QList<MeetingKind> meetingKinds;
    Fraction quorum;               // present ≥ quorum × members
    Fraction majority;             // in favour > majority × base
    bool majorityOfMembers = true; // base: members − recused; else present − recused
    TranslatedText collectiveDecisionBasis;
    int maxTermMonths = 0;
    int expiringDays = 0;
    TranslatedText termBasis;

    const StageRule *rule(Stage stage) const;
    /** The acts @p mode needs, in order. */
    QList<Stage> stagesFor(const QString &mode) const;
    const MeetingKind *meetingKind(const QString &id) const;
};

/** What is due next and by when. */
struct Due
{
    Stage stage = Stage::Approval;
    QDate date; // invalid when no deadline applies
    bool overdue = false;
    bool ours = false;           // the deadline is a GrantDesk default
    bool calendarCovered = true; // working days counted on the holiday calendar throughout
};

/** Where an authorization stands on @p today, from its acts. */
struct LifecycleState
{
    Stage stage = Stage::Approval;
    std::optional<Due> due;
    QDate termStart;
    QDate termEnd;
    /** One sentence per act that breaks a rule, naming the act ("act 3 (filing): …"); a
     *  stored history never has any unless someone wrote to the database around GrantDesk. */
    QStringList problems;
};

/**
 * The stage of an authorization of @p mode whose review was completed on @p reviewed, after
 * @p acts (in the order recorded), on @p today. Acts that break the rules are reported in
 * problems and otherwise ignored.
 */
LifecycleState evaluate(const LifecycleRules &rules, const QString &mode, const QDate &reviewed,
                        const QList<Act> &acts, const QDate &today, const WorkCalendar &calendar);

/**
 * Why @p next cannot be recorded after @p acts (empty when it can): out of order, dated
 * before the act before it or after @p today, incomplete, votes that do not add up, a quorum
 * not reached, a resolution the votes do not support, a term longer than the rules allow.
 */
QStringList problemsWith(const LifecycleRules &rules, const QString &mode, const QDate &reviewed,
                         const QList<Act> &acts, const Act &next, const QDate &today);

} // namespace gd::lifecycle
