// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to models/monitoring: what the indicators and alerts read, loaded once.

#include <array>
#include <functional>
#include <memory>
#include <optional>

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include "core/result.h"
#include "domain/application.h"
#include "domain/register.h"
#include "domain/review.h"
#include "domain/workflow.h"
#include "lifecycle/recordedlife.h"
#include "monitoring/calltable.h"
#include "monitoring/feeds.h"
#include "monitoring/indicators.h"
#include "pricing/feerules.h"

namespace gd {
class Database;
}

namespace gd::monitoring {

/** The checklist items whose passed answers make a 三重一大 decision complete. */
struct DecisionItem
{
    QString id;   // item id of resources/checklists/sanzhongyida.json
    QString what; // translated: "minutes", "legality review", …
};
/** How many there are: decisionItems().size(). */
inline constexpr int kDecisionItemCount = 4;
QList<DecisionItem> decisionItems();
/** Their ids, in the same order (nothing translated). */
const QStringList &decisionItemIds();

/** A requested resource as monitoring sees it. */
struct ResourceFacts
{
    QString name;
    QString registrationCode;
    QString provider;
    qint64 volume = 0;
    int fieldCount = 0;
};

/** What monitoring reads of an application's file: read from the columns kept beside it
 *  (schema v10), not by decoding the file, so that a snapshot stays small. */
struct ApplicationFacts
{
    QString scenarioName;
    QString domain;
    QString mode;
    QString useClass;
    QString implementingBody;
    QString operatorCode; // the named operator, else the applicant
    QString operatorName;
    QDate periodStart;
    QDate periodEnd;
    QList<ResourceFacts> resources;
    bool controlsValid = false; // see controlsValid(const Application &)
};

/** One application (its highest version) with what monitoring needs of it. */
struct AppFacts
{
    QString id;
    int version = 0;
    CaseStatus status = CaseStatus::Received;
    Decision decision = Decision::None;
    QDate decidedOn; // local date of the approver's agreement; null when unknown
    QDate submittedOn;
    ApplicationFacts application;
    /** The review's verdict on each of decisionItems(), in their order (decided cases only;
     *  None without an answer). Four values rather than a table by item id: at a million
     *  applications half a million decided cases are held. */
    std::array<Verdict, kDecisionItemCount> decisionVerdicts = {Verdict::None, Verdict::None,
                                                                Verdict::None, Verdict::None};
    /** The authorization's life: the acts the office recorded since the countersignature of
     *  the highest version that authorizes (lifeVersion; this version or, while a renewal
     *  is pending, an earlier one). */
    std::optional<lifecycle::RecordedLife> life;
    int lifeVersion = 0;

    /** The authorization's stage on @p day (null without a recorded life). */
    std::optional<lifecycle::LifecycleState> lifeOn(const QDate &day) const
    {
        if (!life)
            return std::nullopt;
        return life->stateOn(application.mode, day);
    }

    /** Approved or conditionally approved: an authorization exists. */
    bool authorized() const
    {
        return decision == Decision::Approved || decision == Decision::ConditionallyApproved;
    }
    /** A collective decision was taken (approved, conditionally approved or rejected). */
    bool decided() const { return authorized() || decision == Decision::Rejected; }
    /** In force: by the recorded life when there is one (active or expiring that day),
     *  otherwise by the application's period. */
    bool inForceOn(const QDate &day) const
    {
        if (const auto state = lifeOn(day))
            return state->stage == lifecycle::Stage::Active ||
                   state->stage == lifecycle::Stage::Expiring;
        return authorized() && application.periodStart <= day && day <= application.periodEnd;
    }
    /** In force at some time between @p from and @p to: by the agreement's term, cut short
     *  by a revocation or termination, when a life is recorded; otherwise by the period. */
    bool overlaps(const QDate &from, const QDate &to) const
    {
        if (life) {
            const auto agreement = life->agreement();
            if (!agreement)
                return false; // not in force before its agreement
            QDate end = agreement->termEnd;
            for (const lifecycle::Act &act : life->acts) {
                const auto *i = std::get_if<lifecycle::Interruption>(&act);
                if (i && i->kind != lifecycle::Interruption::Kind::Suspension &&
                    i->kind != lifecycle::Interruption::Kind::Resumption && i->date < end)
                    end = i->date;
            }
            return agreement->termStart <= to && end >= from;
        }
        return authorized() && application.periodStart <= to && application.periodEnd >= from;
    }
    /** The decision items lacking a passed answer. */
    QStringList missingDecisionItems() const;
};

/** An application submitted in a period (its highest version), as the registration indicator
 *  and the dashboard's charts count it. */
struct SubmittedApp
{
    QString id;
    QDate submittedOn; // local date
    QString domain;
    QString mode;
    QStringList codes; // the registration code of each requested resource, empty for none
};

/** Requested resources of one registration state, and the applications asking for them. */
struct ResourceBucket
{
    qint64 resources = 0;
    QStringList ids; // sorted
};

/**
 * What the applications submitted in a period and passing a filter add up to: the counts of
 * the registration indicator and the cases behind the dashboard's charts of them. Every list
 * of ids is sorted; the lists share the ids' text.
 */
struct SubmissionTally
{
    QStringList ids;        // every application counted
    QStringList problemIds; // asking for a resource whose code is a problem (not active)
    qint64 requested = 0;   // requested resources
    qint64 active = 0;      // of those, with an active code (registrationStatusIsProblem)
    int lateCodes = 0;      // active codes registered after their first request
    double lateDays = 0;    // days from the first request to registration, summed over them
    QMap<QString, QStringList> byMonth; // "yyyy-MM" of the local submission date -> ids
    QMap<QString, QStringList> byDomain;
    QMap<QString, QStringList> byMode;
    ResourceBucket registered; // active, changed or corrected
    ResourceBucket cancelled;
    ResourceBucket unregistered; // no code, or a code the register does not know
};

/**
 * What monitoring reads, loaded once per refresh. The applications it judges one by one are
 * held: those with a decision on any version, those a feed record names, and those whose facts
 * are unknown (a few thousand where the inbox holds a million). The others matter only as
 * submissions of a period, counted by forEachSubmitted() from the database; their number does
 * not change what is held.
 */
struct Snapshot
{
    QList<AppFacts> apps; // by id
    QHash<QString, int> appIndex;
    QHash<QString, RegisteredResource> registry; // by code
    QHash<QString, QDate> firstRequested;        // code -> first submission asking for it
    CallTable calls;                             // by period start, then id
    QList<IncidentRecord> incidents;
    /** How far the incidents feed reaches: the day before its latest export (that day's own
     *  incidents may come after it), or the latest day an incident was opened if later; null
     *  when no incidents feed was imported and none is recorded. A month without incidents is
     *  a real zero only up to here. */
    QDate incidentsReportedUntil;
    QList<FilingRecord> filings;

    /** The last tally submissions() made, with its period and filter. */
    struct CachedTally
    {
        QDate from;
        QDate to;
        MonitoringFilter filter;
        std::shared_ptr<const SubmissionTally> tally;
    };
    mutable std::shared_ptr<CachedTally> lastTally;

    std::shared_ptr<Database> db; // where forEachSubmitted() reads

    static Result<Snapshot> load(const std::shared_ptr<Database> &db);
    /** Gives @p visit every application submitted between @p from and @p to (local dates,
     *  inclusive) that passes @p filter, by id. */
    Status forEachSubmitted(const QDate &from, const QDate &to, const MonitoringFilter &filter,
                            const std::function<void(const SubmittedApp &)> &visit) const;
    /** The tally of those applications: read once per period and filter (the indicators and
     *  the dashboard's charts of one refresh share it). */
    Result<std::shared_ptr<const SubmissionTally>>
    submissions(const QDate &from, const QDate &to, const MonitoringFilter &filter) const;
    /** Reads the recorded life of every authorizing application (id -> its highest
     *  countersigned or filed version that approved; SnapshotRows::authorizing) into apps
     *  (load() does). */
    Status loadLives(const std::shared_ptr<Database> &db, const QHash<QString, int> &authorizing);

    const AppFacts *app(const QString &id) const;
    bool matches(const AppFacts &app, const MonitoringFilter &filter) const;
    /** A feed record through the application it names, else through its operator. */
    bool matchesRecord(const QString &applicationId, const QString &operatorCode,
                       const MonitoringFilter &filter) const;
    bool matchesFiling(const FilingRecord &filing, const MonitoringFilter &filter) const;
};

/** The registration status of @p code (Unregistered for an empty or unknown code). */
RegistrationStatus statusOf(const Snapshot &snapshot, const QString &code);

/** The rule to judge @p product by on @p day: effective then, latest start; else the newest. */
const FeeRules *ruleFor(const QList<FeeRules> &rules, const QString &product, const QDate &day);
/**
 * The fee rule of call records (ruleFor() of each one's product on the day its period starts)
 * and the test of its cap price, each product and day worked out once: millions of records
 * name a few products over a few dozen months. The cap is compared in whole numbers where the
 * amounts allow (a Money product allocates at each step), exactly as Money compares them.
 */
class RecordRules final
{
public:
    struct Price
    {
        const FeeRules *rule = nullptr;
        const FeeProduct *product = nullptr; // null without a rule naming it
        qint64 capScaled = 0;                // the cap price × 10^digits, in fen
        int digits = -1;                     // -1: no such whole number; compare as Money
    };

    RecordRules(const QList<FeeRules> &rules, const CallTable &table)
        : m_rules(rules)
        , m_named(size_t(table.textCount()), 0)
    {}
    const Price &of(const CallTable::Call &c);
    /** Whether @p c's revenue is above @p price's cap × its charged calls. */
    static bool overCap(const CallTable::Call &c, const Price &price);

private:
    const QList<FeeRules> &m_rules;
    std::vector<qint8> m_named; // by product key: 1 some rule names the product, -1 none, 0 unknown
    QHash<std::pair<qint64, quint32>, Price> m_memo; // by (day, product key)
};

/** The product's cap price in @p rule (null when unknown). */
const FeeProduct *productIn(const FeeRules &rule, const QString &product);

/** The MLPS level an application's data needs (security::requirement, shared with the review). */
int requiredMlpsLevel(const Application &application);
/** Valid controls: the MLPS level and the cryptography assessment the data requires
 * (security::requirement, the review's rule too), and an emergency plan. */
bool controlsValid(const Application &application);

} // namespace gd::monitoring
