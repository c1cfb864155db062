// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot.h"

#include <algorithm>
#include <future>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QTimeZone>

#include "core/localtime.h"
#include "core/sharedtexts.h"
#include "domain/applicationjson.h"
#include "domain/securityrule.h"
#include "domain/subject.h"
#include "review/checklisttemplate.h"
#include "store/database.h"
#include "store/feedrepository.h"
#include "store/snapshotrepository.h"
#include "store/repositories.h"

namespace gd::monitoring {

QList<DecisionItem> decisionItems()
{
    return {{QStringLiteral("collective-decision"),
             QCoreApplication::translate("Monitoring", "minutes of the collective decision")},
            {QStringLiteral("legality-review"),
             QCoreApplication::translate("Monitoring", "legality review")},
            {QStringLiteral("risk-assessment"),
             QCoreApplication::translate("Monitoring", "risk assessment")},
            {QStringLiteral("recusal"), QCoreApplication::translate("Monitoring", "recusal")}};
}

const QStringList &decisionItemIds()
{
    static const QStringList ids = [] {
        QStringList list;
        for (const DecisionItem &item : decisionItems())
            list << item.id;
        Q_ASSERT(list.size() == kDecisionItemCount);
        return list;
    }();
    return ids;
}

QStringList AppFacts::missingDecisionItems() const
{
    QStringList missing;
    const QStringList &ids = decisionItemIds();
    for (int i = 0; i < kDecisionItemCount; ++i) {
        const QString &id = ids.at(i);
        // Once the review is countersigned, the collective decision is the office's own act,
        // recorded in the authorization's life (its stage says when it is still awaited).
        if (life && id == QLatin1String("collective-decision"))
            continue;
        // An item the checklist does not apply to the case's mode (一事一议 only for 分领域
        // and 依场景: a whole authorization is decided on its plan) is not missing.
        if (const ChecklistItem *checklistItem = ChecklistTemplate::builtin().item(id);
            checklistItem && !checklistItem->appliesTo(application.mode))
            continue;
        if (decisionVerdicts.at(i) != Verdict::Pass)
            missing << id;
    }
    return missing;
}

Status Snapshot::loadLives(const std::shared_ptr<Database> &db,
                           const QHash<QString, int> &authorizing)
{
    // Every countersigned version that authorizes, all versions: a renewal that has arrived
    // (a later version, not yet countersigned) does not end the authorization it renews.
    // Only the applications held: the others are counted, not judged.
    QHash<QString, int> held;
    for (auto it = authorizing.cbegin(); it != authorizing.cend(); ++it) {
        if (appIndex.contains(it.key()))
            held.insert(it.key(), it.value());
    }
    auto lives = lifecycle::readRecordedLives(db, held);
    if (!lives)
        return lives.error();
    for (auto it = lives->begin(); it != lives->end(); ++it) {
        AppFacts &facts = apps[appIndex.value(it.key())];
        facts.life = std::move(it.value());
        facts.lifeVersion = held.value(it.key());
    }
    return success();
}

namespace {

using Texts = SharedTexts;

/** The facts of a version whose columns are unknown, from its stored file; an error naming
 *  the case when the file cannot be read. */
Result<ApplicationFacts> factsFromFile(const SnapshotRows::Version &row)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(row.sourceJson, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{subjectOf(row.appId, row.version),
                     QStringLiteral("stored file is damaged: %1").arg(error.errorString())};
    const Application a = applicationFromJson(doc.object());
    // Its resources come from requested_resources, as for every other version.
    ApplicationFacts f{a.scenario.name,
                       a.scenario.domain,
                       a.authorization.mode,
                       a.useClass,
                       a.authorization.implementingBody,
                       a.operatorCreditCode(),
                       a.operatorName(),
                       a.periodStart,
                       a.periodEnd,
                       {},
                       false};
    f.controlsValid = controlsValid(a);
    return f;
}

ApplicationFacts factsFromColumns(SnapshotRows::Version &row, Texts &texts)
{
    return {std::move(row.scenarioName),
            texts(row.domain),
            texts(row.mode),
            texts(row.useClass),
            texts(row.implementingBody),
            texts(row.operatorCode),
            texts(row.operatorName),
            row.periodStart,
            row.periodEnd,
            {},
            false};
}

/**
 * Builds the snapshot's applications from the rows as they are read, keeping only what
 * monitoring needs of each (one shared copy of repeated texts), so that the rows themselves
 * are never all held at once.
 */
class SnapshotBuilder final : public SnapshotSink
{
public:
    /** @p readsAgreements: whether the repository's read() reads the agreements too. */
    SnapshotBuilder(Snapshot &s, bool readsAgreements)
        : m_s(s)
        , m_readsAgreements(readsAgreements)
    {}

    bool readsAgreements() const override { return m_readsAgreements; }

    void version(SnapshotRows::Version &&row) override
    {
        if (m_error)
            return;
        AppFacts facts;
        facts.id = row.appId;
        facts.version = row.version;
        facts.status = caseStatusFromCode(row.status).value_or(CaseStatus::Received);
        facts.decision = decisionFromCode(row.decision).value_or(Decision::None);
        facts.submittedOn = m_days.of(row.submittedAt);
        Declared declared{row.mlpsLevel, row.cryptoAssessment, row.emergencyPlan};
        if (row.mlpsLevel) {
            facts.application = factsFromColumns(row, m_texts);
        } else {
            auto fromFile = factsFromFile(row);
            if (!fromFile) {
                m_error = fromFile.error();
                return;
            }
            facts.application = std::move(fromFile).value();
        }
        m_s.appIndex.insert(facts.id, int(m_s.apps.size()));
        m_s.apps.append(std::move(facts));
        m_declared.append(declared);
        m_highestGrade.append(QString());
    }

    void requested(SnapshotRows::Requested &&r) override
    {
        if (m_error)
            return;
        // Both come in the same SQL order of application ids: one walk, no table by id.
        while (m_next < m_s.apps.size() && m_s.apps.at(m_next).id != r.appId)
            ++m_next;
        if (m_next == m_s.apps.size())
            return;
        m_s.apps[m_next].application.resources.append(
            {std::move(r.name), std::move(r.registrationCode), m_texts(r.provider), r.volume,
             r.fieldCount});
        // The highest grade so far, as security::highestGrade judges it (the first of equal).
        Application pair;
        pair.resources.resize(2);
        pair.resources[0].grade = m_highestGrade.at(m_next);
        pair.resources[1].grade = r.grade;
        if (m_s.apps.at(m_next).application.resources.size() == 1)
            m_highestGrade[m_next] = m_texts(r.grade);
        else
            m_highestGrade[m_next] = m_texts(security::highestGrade(pair));
    }

    /** Only the decision items' answers are read: the others judge nothing here. */
    QStringList answerItems() const override { return decisionItemIds(); }

    /** After the versions: an answer of a held case is kept in its place among
     *  decisionVerdicts, as read (never all the answers at once). */
    void answer(SnapshotRows::Answer &&row) override
    {
        const auto it = m_s.appIndex.constFind(row.appId);
        const qsizetype item = decisionItemIds().indexOf(row.itemId);
        if (it == m_s.appIndex.constEnd() || item < 0)
            return;
        m_s.apps[it.value()].decisionVerdicts[size_t(item)] =
            verdictFromCode(row.verdict).value_or(Verdict::None);
    }

    /** The controls of the versions read from the columns, judged now that their resources'
     *  grades are known; the error of a damaged file, if one was met. */
    Status finish()
    {
        if (m_error)
            return *m_error;
        Application probe; // only what security::requirement and the declared controls read
        for (qsizetype i = 0; i < m_s.apps.size(); ++i) {
            const Declared &d = m_declared.at(i);
            if (!d.mlpsLevel)
                continue; // judged from the file
            probe.resources.resize(m_s.apps.at(i).application.resources.isEmpty() ? 0 : 1);
            if (!probe.resources.isEmpty())
                probe.resources[0].grade = m_highestGrade.at(i);
            probe.security.mlpsLevel = *d.mlpsLevel;
            probe.security.cryptoAssessment = d.cryptoAssessment;
            probe.security.emergencyPlan = d.emergencyPlan;
            m_s.apps[i].application.controlsValid = controlsValid(probe);
        }
        m_declared.clear();
        m_highestGrade.clear();
        return success();
    }

    localtime::LocalDays &days() { return m_days; }

private:
    struct Declared
    {
        std::optional<int> mlpsLevel;
        std::optional<bool> cryptoAssessment;
        bool emergencyPlan = false;
    };

    Snapshot &m_s;
    bool m_readsAgreements = true;
    localtime::LocalDays m_days;
    Texts m_texts;
    QList<Declared> m_declared;    // by index in m_s.apps
    QList<QString> m_highestGrade; // by index in m_s.apps
    qsizetype m_next = 0;
    std::optional<Error> m_error; // a damaged file: the snapshot cannot be built
};

} // namespace

namespace {

/** What load() reads beside the rest: when each version was agreed, and the call records. */
struct SideRows
{
    QHash<QString, QDateTime> agreedAt;
    CallTable calls;
};

Result<SideRows> readSideRows(const std::shared_ptr<Database> &db)
{
    SideRows side;
    auto agreed = makeSnapshotRepository(db)->agreements();
    if (!agreed)
        return agreed.error();
    side.agreedAt = std::move(agreed).value();
    // Millions of call records at a million applications: read one at a time into the
    // compact table, never all as CallRecords; in the table's order, then sorted here (faster
    // than the database's walk of its period index: 616,805 records at 100,000 applications).
    const auto feeds = makeFeedRepository(db);
    const auto callCount = feeds->callCount();
    if (!callCount)
        return callCount.error();
    side.calls.reserve(*callCount);
    if (Status read =
            feeds->forEachCallUnordered([&side](const CallRow &r) { side.calls.append(r); });
        !read)
        return read.error();
    side.calls.sortByPeriodAndId();
    side.calls.squeeze();
    return side;
}

/**
 * readSideRows() on a connection of its own in another thread, for an SQLite file (a reader
 * does not wait for another; each statement reads its own state of the file, as the ones on
 * one connection do): a processor more for the third of the work it is. Nothing when no such
 * connection opens (the office server's password is not at hand here), and load() reads them
 * itself.
 */
std::optional<std::future<std::optional<Result<SideRows>>>>
readSideRowsBeside(const std::shared_ptr<Database> &db)
{
    if (db->engine() != Database::Engine::SQLite || !QFileInfo(db->path()).isFile())
        return std::nullopt;
    return std::async(std::launch::async, [path = db->path()]() -> std::optional<Result<SideRows>> {
        Database::Options options;
        options.lock = false; // this process holds the lock already
        options.readOnly = true;
        const auto beside = Database::open(path, options);
        if (!beside)
            return std::nullopt;
        return readSideRows(beside.value());
    });
}

/** Snapshot::incidentsReportedUntil of these imports and incidents. The export's day is the
 *  one its file writes (as an incident's day is); a file that does not say when it was
 *  exported was exported by the time it was imported here. */
QDate incidentsReach(const QList<FeedImportEntry> &imports, const QList<IncidentRecord> &incidents)
{
    QDate reach;
    const QString format = feedFormat(FeedKind::Incidents);
    for (const FeedImportEntry &entry : imports) {
        if (entry.format != format)
            continue;
        const QDate exported = entry.exportedAt.isValid() ? entry.exportedAt.date()
                                                          : entry.importedAt.toLocalTime().date();
        const QDate before = exported.addDays(-1);
        if (before.isValid() && (!reach.isValid() || before > reach))
            reach = before;
    }
    for (const IncidentRecord &r : incidents) {
        const QDate opened = r.openedAt.date(); // as the indicators count it
        if (opened.isValid() && (!reach.isValid() || opened > reach))
            reach = opened;
    }
    return reach;
}

} // namespace

Result<Snapshot> Snapshot::load(const std::shared_ptr<Database> &db)
{
    Snapshot s;
    s.db = db;
    auto beside = readSideRowsBeside(db);
    SnapshotBuilder builder(s, !beside.has_value());
    auto read = makeSnapshotRepository(db)->read(builder);
    std::optional<Result<SideRows>> side = beside ? beside->get() : std::nullopt;
    if (!read)
        return read.error();
    if (Status built = builder.finish(); !built)
        return built.error();
    if (!side) // not read beside: read here
        side = readSideRows(db);
    if (!*side)
        return side->error();
    s.calls = std::move(side->value().calls);
    const QHash<QString, QDateTime> agreedAt = std::move(side->value().agreedAt);
    side.reset();

    SnapshotRows rows = std::move(read).value();
    localtime::LocalDays &localDays = builder.days();
    // When each version was decided: the approver's agreement in the audit trail.
    for (AppFacts &facts : s.apps) {
        const auto it = agreedAt.constFind(subjectOf(facts.id, facts.version));
        if (it != agreedAt.constEnd())
            facts.decidedOn = localDays.of(it.value());
    }

    if (Status lives = s.loadLives(db, rows.authorizing); !lives)
        return lives.error();

    // Each read list is let go once converted: at a million applications the register and
    // the first requests are a few hundred thousand entries each.
    s.firstRequested.reserve(rows.firstRequested.size());
    for (auto it = rows.firstRequested.constBegin(); it != rows.firstRequested.constEnd(); ++it)
        s.firstRequested.insert(it.key(), localDays.of(it.value()));
    rows.firstRequested = {};
    s.registry.reserve(rows.resources.size());
    for (RegisteredResource &r : rows.resources) {
        QString code = r.code;
        s.registry.emplace(std::move(code), std::move(r));
    }
    rows.resources = {};

    const auto feeds = makeFeedRepository(db);
    auto incidents = feeds->incidents();
    if (!incidents)
        return incidents.error();
    s.incidents = std::move(incidents).value();
    auto imports = feeds->imports();
    if (!imports)
        return imports.error();
    s.incidentsReportedUntil = incidentsReach(*imports, s.incidents);
    auto filings = feeds->filings();
    if (!filings)
        return filings.error();
    s.filings = std::move(filings).value();
    return s;
}

Status Snapshot::forEachSubmitted(const QDate &from, const QDate &to,
                                  const MonitoringFilter &filter,
                                  const std::function<void(const SubmittedApp &)> &visit) const
{
    // The stored times are UTC: a day more on each side covers every zone's local dates, and
    // each version's own local date decides.
    const auto utc = [](const QDate &day) {
        return QDateTime(day, QTime(0, 0), QTimeZone::utc())
            .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    };
    const SubmissionScope scope{utc(from.addDays(-1)), utc(to.addDays(2)), filter.implementingBody,
                                filter.domain,         filter.mode,        filter.operatorCode};
    localtime::LocalDays days;
    return makeSnapshotRepository(db)->submissions(scope, [&](SubmittedRow &&row) {
        const QDate day = days.of(row.submittedAt);
        if (day < from || day > to)
            return;
        // A case held here is filtered by its facts (read from its file when the columns do
        // not know them); the others by their columns, in the query.
        if (const AppFacts *held = app(row.appId); held && !matches(*held, filter))
            return;
        visit({std::move(row.appId), day, std::move(row.domain), std::move(row.mode),
               std::move(row.codes)});
    });
}

namespace {

/** Adds the application @p a, read in id order, to the tally @p t of @p s's submissions. */
void tallyApplication(const Snapshot &s, const SubmittedApp &a, SubmissionTally &t,
                      QSet<QString> &lateCodes)
{
    t.ids.append(a.id);
    t.byMonth[a.submittedOn.toString(QStringLiteral("yyyy-MM"))].append(a.id);
    t.byDomain[a.domain].append(a.id);
    t.byMode[a.mode].append(a.id);
    bool problem = false;
    for (const QString &code : a.codes) {
        ++t.requested;
        // One lookup for the status and the registration day (statusOf's rule: no code or an
        // unknown one is unregistered).
        const auto entry = code.isEmpty() ? s.registry.constEnd() : s.registry.constFind(code);
        const RegistrationStatus status =
            entry == s.registry.constEnd() ? RegistrationStatus::Unregistered : entry->status;
        ResourceBucket &bucket = status == RegistrationStatus::Cancelled      ? t.cancelled
                                 : status == RegistrationStatus::Unregistered ? t.unregistered
                                                                              : t.registered;
        ++bucket.resources;
        if (bucket.ids.isEmpty() || bucket.ids.constLast() != a.id)
            bucket.ids.append(a.id);
        if (registrationStatusIsProblem(status)) {
            problem = true;
            continue;
        }
        ++t.active;
        const QDate first = s.firstRequested.value(code);
        const QDate registered = entry->registeredAt; // active: in the register
        if (first.isValid() && registered > first && !lateCodes.contains(code)) {
            lateCodes.insert(code);
            ++t.lateCodes;
            t.lateDays += double(first.daysTo(registered));
        }
    }
    if (problem)
        t.problemIds.append(a.id);
}

/** @p ids sorted: read in id order they are already, unless the engine's order differs. */
void sortIds(QStringList &ids)
{
    if (!std::is_sorted(ids.cbegin(), ids.cend()))
        std::sort(ids.begin(), ids.end());
}

} // namespace

Result<std::shared_ptr<const SubmissionTally>>
Snapshot::submissions(const QDate &from, const QDate &to, const MonitoringFilter &filter) const
{
    if (const auto cached = lastTally; cached && cached->from == from && cached->to == to &&
                                       cached->filter.implementingBody == filter.implementingBody &&
                                       cached->filter.domain == filter.domain &&
                                       cached->filter.mode == filter.mode &&
                                       cached->filter.operatorCode == filter.operatorCode)
        return cached->tally;
    auto tally = std::make_shared<SubmissionTally>();
    QSet<QString> lateCodes;
    const Status read = forEachSubmitted(from, to, filter, [&](const SubmittedApp &a) {
        tallyApplication(*this, a, *tally, lateCodes);
    });
    if (!read)
        return read.error();
    // The database's order of ids is the binary one SQLite uses; a server's collation may differ.
    for (QStringList *ids : {&tally->ids, &tally->problemIds, &tally->registered.ids,
                             &tally->cancelled.ids, &tally->unregistered.ids})
        sortIds(*ids);
    for (QMap<QString, QStringList> *groups : {&tally->byMonth, &tally->byDomain, &tally->byMode})
        for (QStringList &ids : *groups)
            sortIds(ids);
    lastTally = std::make_shared<CachedTally>(CachedTally{from, to, filter, tally});
    return std::shared_ptr<const SubmissionTally>(tally);
}

const AppFacts *Snapshot::app(const QString &id) const
{
    const auto it = appIndex.constFind(id);
    return it == appIndex.constEnd() ? nullptr : &apps.at(it.value());
}

bool Snapshot::matches(const AppFacts &facts, const MonitoringFilter &filter) const
{
    const ApplicationFacts &a = facts.application;
    return (filter.implementingBody.isEmpty() || a.implementingBody == filter.implementingBody) &&
           (filter.domain.isEmpty() || a.domain == filter.domain) &&
           (filter.mode.isEmpty() || a.mode == filter.mode) &&
           (filter.operatorCode.isEmpty() || a.operatorCode == filter.operatorCode);
}

bool Snapshot::matchesRecord(const QString &applicationId, const QString &operatorCode,
                             const MonitoringFilter &filter) const
{
    if (filter.isEmpty())
        return true;
    if (const AppFacts *facts = applicationId.isEmpty() ? nullptr : app(applicationId)) {
        if (!filter.operatorCode.isEmpty() && !operatorCode.isEmpty() &&
            operatorCode != filter.operatorCode)
            return false;
        MonitoringFilter rest = filter;
        if (!operatorCode.isEmpty())
            rest.operatorCode.clear(); // the record's operator decides, checked above
        return matches(*facts, rest);
    }
    if (!filter.implementingBody.isEmpty() || !filter.domain.isEmpty() || !filter.mode.isEmpty())
        return false;
    return operatorCode == filter.operatorCode;
}

bool Snapshot::matchesFiling(const FilingRecord &filing, const MonitoringFilter &filter) const
{
    if (filter.isEmpty())
        return true;
    if (!filing.applicationId.isEmpty() && app(filing.applicationId))
        return matchesRecord(
            filing.applicationId,
            filing.partyKind == QLatin1String("operator") ? filing.partyId : QString(), filter);
    if (!filter.domain.isEmpty() || !filter.mode.isEmpty())
        return false;
    if (filing.partyKind == QLatin1String("operator"))
        return filter.implementingBody.isEmpty() && filing.partyId == filter.operatorCode;
    return filter.operatorCode.isEmpty() && filing.partyId == filter.implementingBody;
}

RegistrationStatus statusOf(const Snapshot &snapshot, const QString &code)
{
    if (code.isEmpty())
        return RegistrationStatus::Unregistered;
    const auto it = snapshot.registry.constFind(code);
    return it == snapshot.registry.constEnd() ? RegistrationStatus::Unregistered
                                              : it.value().status;
}

const FeeProduct *productIn(const FeeRules &rule, const QString &product)
{
    return rule.product(product);
}

const FeeRules *ruleFor(const QList<FeeRules> &rules, const QString &product, const QDate &day)
{
    const FeeRules *effective = nullptr;
    const FeeRules *newest = nullptr;
    for (const FeeRules &rule : rules) {
        if (!rule.product(product))
            continue;
        if (!newest || rule.effectiveFrom > newest->effectiveFrom)
            newest = &rule;
        const bool inForce =
            rule.effectiveFrom <= day && (!rule.effectiveTo.isValid() || day <= rule.effectiveTo);
        if (inForce && (!effective || rule.effectiveFrom > effective->effectiveFrom))
            effective = &rule;
    }
    return effective ? effective : newest;
}

const RecordRules::Price &RecordRules::of(const CallTable::Call &c)
{
    static const Price none;
    qint8 &named = m_named[c.productKey()];
    if (named == 0) {
        const bool any = std::any_of(m_rules.cbegin(), m_rules.cend(), [&](const FeeRules &rule) {
            return rule.product(c.product()) != nullptr;
        });
        named = any ? 1 : -1;
    }
    if (named < 0)
        return none; // what ruleFor() finds for a product no rule names
    const std::pair<qint64, quint32> key{c.periodStart().toJulianDay(), c.productKey()};
    if (const auto it = m_memo.constFind(key); it != m_memo.constEnd())
        return it.value();
    Price price;
    price.rule = ruleFor(m_rules, c.product(), c.periodStart());
    price.product = price.rule ? price.rule->product(c.product()) : nullptr;
    if (price.product) {
        Money scaled = price.product->capPrice;
        for (int digits = 0; digits <= 6; ++digits, scaled = scaled * quint64(10)) {
            if (const std::optional<qint64> fen = scaled.toFen()) {
                price.capScaled = *fen;
                price.digits = digits;
                break;
            }
        }
    }
    return m_memo.insert(key, price).value();
}

bool RecordRules::overCap(const CallTable::Call &c, const Price &price)
{
    Q_ASSERT(price.product);
    const std::optional<qint64> fen = c.revenueFen();
    qint64 scale = 1;
    for (int i = 0; i < price.digits; ++i)
        scale *= 10;
    qint64 revenue = 0, allowed = 0;
    if (fen && price.digits >= 0 && c.chargedCalls() >= 0 &&
        !__builtin_mul_overflow(*fen, scale, &revenue) &&
        !__builtin_mul_overflow(price.capScaled, c.chargedCalls(), &allowed))
        return revenue > allowed;
    return c.revenue() > price.product->capPrice * quint64(c.chargedCalls());
}

int requiredMlpsLevel(const Application &application)
{
    return security::requirement(application).mlpsLevel;
}

bool controlsValid(const Application &application)
{
    return security::mlpsLevelMet(application) && security::cryptoAssessmentMet(application) &&
           application.security.emergencyPlan;
}

} // namespace gd::monitoring
