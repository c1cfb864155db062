// SPDX-License-Identifier: GPL-3.0-or-later
// The bench set in bulk (benchset.h). The register goes through its repository
// (RegisterStore::importFile), which is fast enough; applications, reviews, the audit trail and
// the feeds are written with prepared statements of SQLite's C API on the Database's own
// connection, big transactions, the rows the store, the review services and
// FeedRepository::store would write (sql::searchBody, the gram document,
// AuditTrail::chainHash; tst_benchset compares them). The applications' rows are generated on
// a second thread while SQLite writes the previous ones.
#include "benchset.h"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <sqlite3.h>
#include <sys/resource.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QStringEncoder>

#include "core/canonicaljson.h"
#include "domain/applicationjson.h"
#include "domain/auditrecords.h"
#include "domain/creditcode.h"
#include "domain/monitoringrecords.h"
#include "domain/register.h"
#include "domain/subject.h"
#include "review/checklisttemplate.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/feedrepository.h"
#include "store/registerstore.h"
#include "store/repositories.h"
#include "store/sql/connection.h"
#include "store/sql/monitoringfacts.h"
#include "store/sql/dialect.h"
#include "store/sql/sqlapplicationstore.h"
#include "store/sqlite/sqlitedialect.h"

namespace gd::bench {
namespace {

const char *const kDomains[] = {"低空经济", "物流", "医药器械", "绿色低碳", "医疗",
                                "文旅",     "住建", "交通",     "金融"};
const char *const kWords[] = {"客流", "预测", "监测", "预警", "随访", "配送", "航线", "风险",
                              "评估", "碳排", "核算", "信用", "画像", "追溯", "调度", "优化",
                              "公益", "服务", "数据", "分析", "平台", "城市", "山区", "港口"};
const char *const kModes[] = {"whole", "domain", "scenario"};
const char *const kUses[] = {"public_governance", "public_welfare", "industry", "sector"};

QString pick(const char *const *list, int n, QRandomGenerator &rng)
{
    return QString::fromUtf8(list[rng.bounded(n)]);
}

/** A valid unified social credit code (GB 32100, its organization code by GB 11714). */
QString operatorCode(int index)
{
    const QString body8 = QStringLiteral("%1").arg(index % 100000000, 8, 10, QLatin1Char('0'));
    const QString first17 =
        QStringLiteral("91440101") + body8 +
        creditcode::organizationCheckCharacter(body8).value_or(QLatin1Char('0'));
    return first17 + creditcode::checkCharacter(first17).value_or(QLatin1Char('0'));
}

int applicantPool(int applications)
{
    return std::max(50, applications / 20);
}

int registerPool(int applications)
{
    return std::max(500, applications / 4);
}

QString registerCode(qint64 index)
{
    return QStringLiteral("GD-440100-2025-%1").arg(index, 7, 10, QLatin1Char('0'));
}

} // namespace

Application generateApplication(int index, QRandomGenerator &rng, int total, const QDate &asOf)
{
    const QDate end = asOf.isValid() ? asOf : QDate(2026, 11, 30);
    total = std::max(total, index + 1);
    Application a;
    a.id = QStringLiteral("BENCH-%1").arg(index, 7, 10, QLatin1Char('0'));
    a.version = 1;
    a.submittedAt = QDateTime(end.addDays(-rng.bounded(3 * 365)),
                              QTime(8, 0).addSecs(rng.bounded(36000)), Qt::UTC);
    if (rng.bounded(3) > 0)
        a.deadline = a.submittedAt.date().addDays(30);
    const int applicant = rng.bounded(applicantPool(total));
    a.applicant.name = QString::fromUtf8(kWords[applicant % 24]) +
                       QString::fromUtf8(kWords[(applicant / 24) % 24]) +
                       QStringLiteral("科技有限公司%1").arg(applicant);
    a.applicant.creditCode = operatorCode(applicant);
    a.applicant.role = QStringLiteral("operator");
    a.applicant.contact = {QStringLiteral("联系人"), QStringLiteral("020-8888 1234"), {}};
    a.scenario.domain = pick(kDomains, 9, rng);
    a.scenario.name =
        a.scenario.domain + pick(kWords, 24, rng) + pick(kWords, 24, rng) + pick(kWords, 24, rng);
    a.scenario.description =
        QStringLiteral("基于%1数据提供%2与%3服务，原始数据不出域。")
            .arg(pick(kWords, 24, rng), pick(kWords, 24, rng), pick(kWords, 24, rng));
    a.authorization.mode = pick(kModes, 3, rng);
    a.useClass = pick(kUses, 4, rng);
    for (int r = 0; r < 3; ++r) {
        RequestedResource res;
        res.name = pick(kWords, 24, rng) + pick(kWords, 24, rng) + QStringLiteral("数据");
        res.registrationCode = registerCode(rng.bounded(registerPool(total)));
        res.provider = QStringLiteral("某市%1局").arg(pick(kWords, 24, rng));
        res.fields = {pick(kWords, 24, rng), pick(kWords, 24, rng)};
        res.delivery = QStringLiteral("api");
        res.justification = QStringLiteral("必需");
        a.resources << res;
    }
    a.security.mlpsLevel = 3;
    a.security.emergencyPlan = true;
    a.periodStart = a.submittedAt.date().addDays(60);
    a.periodEnd = a.periodStart.addYears(2).addDays(-1);
    return a;
}

QJsonObject BenchSetSummary::toJson() const
{
    return {{QStringLiteral("applications"), applications},
            {QStringLiteral("versions"), versions},
            {QStringLiteral("requested_resources"), resources},
            {QStringLiteral("registered_resources"), registered},
            {QStringLiteral("reviews"), reviews},
            {QStringLiteral("checklist_answers"), answers},
            {QStringLiteral("audit_events"), events},
            {QStringLiteral("feed_calls"), calls},
            {QStringLiteral("feed_incidents"), incidents},
            {QStringLiteral("seconds"), seconds},
            {QStringLiteral("cpu_seconds"), cpuSeconds}};
}

namespace {

const QString kWhere = QStringLiteral("bench set");

class Statement;

/**
 * What the Writer gives its statements, recorded on the thread that generates the rows and
 * played on the thread that owns the connection: generating (JSON, the chain's hashes, the
 * gram documents) and SQLite's inserts then run on the two cores at once. The values' bytes
 * go into one buffer, kept with its capacity when the tape is cleared for reuse: a buffer per
 * value, allocated on one thread and freed on the other, made glibc's allocator the largest
 * cost of generating a million applications (its free lists grew with the run).
 */
class Tape final
{
public:
    enum class Kind : quint8
    {
        Null,
        Integer,
        Text,
        Blob,
        Step
    };
    struct Op
    {
        Statement *statement;
        int index;
        Kind kind;
        qint64 integer; // the value, or the bytes' offset in the buffer
        qsizetype size; // the bytes' size
    };

    void record(Statement *statement, int index, Kind kind, qint64 integer = 0)
    {
        m_ops.push_back({statement, index, kind, integer, 0});
    }
    void recordBytes(Statement *statement, int index, Kind kind, const char *data, qsizetype size)
    {
        const auto at = qint64(m_bytes.size());
        m_bytes.append(data, size_t(size));
        m_ops.push_back({statement, index, kind, at, size});
    }
    /** @p value in UTF-8, written into the buffer without a copy of its own. */
    void recordText(Statement *statement, int index, const QString &value)
    {
        const auto at = qint64(m_bytes.size());
        m_bytes.resize(m_bytes.size() + size_t(m_encoder.requiredSpace(value.size())));
        char *const start = m_bytes.data() + at;
        char *const end = m_encoder.appendToBuffer(start, value);
        m_bytes.resize(size_t(end - m_bytes.data()));
        m_ops.push_back({statement, index, Kind::Text, at, end - start});
    }
    const char *bytes(const Op &op) const { return m_bytes.data() + op.integer; }
    bool isEmpty() const { return m_ops.empty(); }
    /** Empty again, keeping the memory for the next recording. */
    void clear()
    {
        m_ops.clear();
        m_bytes.clear();
    }
    /** Binds and steps in the recorded order; the first failure ends it. */
    Status play() const;

private:
    std::vector<Op> m_ops;
    std::string m_bytes;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
};

/** A prepared statement of SQLite's C API: bound by position and stepped once per row, on the
 *  Tape the Writer is filling (Tape::play() runs it). */
class Statement final
{
    Q_DISABLE_COPY_MOVE(Statement)

public:
    Statement(sqlite3 *db, Tape *const *tape, const char *sql)
        : m_db(db)
        , m_tape(tape)
    {
        sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    bool prepared() const { return m_stmt != nullptr; }

    Statement &text(int i, const QString &value)
    {
        (*m_tape)->recordText(this, i, value);
        return *this;
    }
    Statement &textOrNull(int i, const QString &value)
    {
        return value.isEmpty() ? null(i) : text(i, value);
    }
    Statement &blob(int i, const QByteArray &value)
    {
        (*m_tape)->recordBytes(this, i, Tape::Kind::Blob, value.constData(), value.size());
        return *this;
    }
    /** A value as the store binds it through Qt SQL: null, integer or text. */
    Statement &value(int i, const QVariant &value)
    {
        if (value.isNull())
            return null(i);
        if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong ||
            value.typeId() == QMetaType::Bool)
            return integer(i, value.toLongLong());
        return text(i, value.toString());
    }
    Statement &integer(int i, qint64 value)
    {
        (*m_tape)->record(this, i, Tape::Kind::Integer, value);
        return *this;
    }
    Statement &null(int i)
    {
        (*m_tape)->record(this, i, Tape::Kind::Null);
        return *this;
    }
    /** Records the row's end: its errors are Tape::play()'s. */
    void step() { (*m_tape)->record(this, 0, Tape::Kind::Step); }

private:
    friend class Tape;

    void bind(const Tape &tape, const Tape::Op &op)
    {
        switch (op.kind) {
        case Tape::Kind::Null:
            sqlite3_bind_null(m_stmt, op.index);
            break;
        case Tape::Kind::Integer:
            sqlite3_bind_int64(m_stmt, op.index, op.integer);
            break;
        case Tape::Kind::Text: // the tape outlives the step
            sqlite3_bind_text(m_stmt, op.index, tape.bytes(op), int(op.size), SQLITE_STATIC);
            break;
        case Tape::Kind::Blob:
            sqlite3_bind_blob(m_stmt, op.index, tape.bytes(op), int(op.size), SQLITE_STATIC);
            break;
        case Tape::Kind::Step:
            break;
        }
    }
    Status run()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return Error{kWhere, QString::fromUtf8(sqlite3_errmsg(m_db))};
        return success();
    }

    sqlite3 *m_db;
    Tape *const *m_tape;
    sqlite3_stmt *m_stmt = nullptr;
};

Status Tape::play() const
{
    for (const Op &op : m_ops) {
        if (op.kind != Kind::Step) {
            op.statement->bind(*this, op);
            continue;
        }
        if (auto s = op.statement->run(); !s)
            return s;
    }
    return success();
}

Status exec(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return success();
    const QString what = QString::fromUtf8(message ? message : "?");
    sqlite3_free(message);
    return Error{kWhere, what};
}

/** Where a case got to: received (no review), under review, or further. */
enum class Stage
{
    Received,
    InReview,
    Awaiting,
    Decided,
    Countersigned, // decided, signed by the reviewer and countersigned by the approver
    Returned
};

QString stageStatus(Stage stage)
{
    switch (stage) {
    case Stage::Received:
        return QStringLiteral("received");
    case Stage::InReview:
        return QStringLiteral("in_review");
    case Stage::Awaiting:
        return QStringLiteral("awaiting_approval");
    case Stage::Decided:
        return QStringLiteral("decided");
    case Stage::Countersigned:
        return QStringLiteral("countersigned");
    case Stage::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

QString msTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

/** An approved case whose product reports calls in the feeds. */
struct Product
{
    QString applicationId;
    QString operatorCode;
    QString operatorName;
    QString resourceCode;
    QDate from;
};

/** Writes applications, their reviews and the audit chain through prepared statements. */
class Writer final
{
public:
    Writer(sqlite3 *db, const BenchSetOptions &options);
    bool prepared() const;
    /** The statements of the applications that follow are recorded on @p tape. */
    void recordOn(Tape *tape) { m_tape = tape; }
    void application(int index);

    BenchSetSummary summary;
    std::vector<Product> products;

private:
    void version(const Application &a, Stage stage, const QString &decision, bool latest);
    void storeVersion(const Application &a, qint64 pk, Stage stage, const QString &decision,
                      bool latest);
    void review(const Application &a, qint64 versionPk, Stage stage, const QString &decision);
    void answers(const Application &a, qint64 reviewPk, Stage stage, const QDateTime &at,
                 QJsonObject &suggestions, QList<QJsonObject> &confirmed);
    void caseEvents(const QString &subject, Stage stage, const QString &decision, QDateTime &at,
                    const QString &reviewer);
    void event(const QString &actor, const QString &action, const QString &subject,
               const QJsonObject &detail, const QDateTime &at);

    const BenchSetOptions &m_options;
    const ChecklistTemplate &m_checklist;
    QRandomGenerator m_rng;
    qint64 m_versionPk = 0;
    qint64 m_reviewPk = 0;
    qint64 m_seq = 0;
    QString m_prevHash = AuditTrail::kGenesisHash;
    Tape *m_tape = nullptr;
    Statement m_applicant, m_version, m_file, m_resource, m_search, m_grams, m_ids, m_review,
        m_answer, m_event;
};

Writer::Writer(sqlite3 *db, const BenchSetOptions &options)
    : m_options(options)
    , m_checklist(ChecklistTemplate::builtin())
    , m_rng(options.seed)
    , m_applicant(db, &m_tape,
                  "INSERT INTO applicants (credit_code, name, updated_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (credit_code) DO UPDATE SET name = excluded.name, "
                  "updated_at = excluded.updated_at")
    , m_version(db, &m_tape,
                "INSERT INTO application_versions (pk, app_id, version, content_sha256, "
                "submitted_at, deadline, applicant_code, applicant_name, scenario_name, "
                "domain, mode, use_class, period_start, period_end, status, decision, "
                "resource_count, imported_at, is_latest, implementing_body, operator_code, "
                "operator_name, mlps_level, crypto_assessment, emergency_plan, "
                "registration_codes) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , m_file(db, &m_tape, "INSERT INTO application_files (version_pk, source_json) VALUES (?, ?)")
    , m_resource(db, &m_tape,
                 "INSERT INTO requested_resources (version_pk, position, name, "
                 "registration_code, provider, fields, grade, volume, update_frequency, "
                 "delivery, shared_from, justification, field_count, submitted_at) "
                 "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    , m_search(db, &m_tape, "INSERT INTO search (rowid, body, latest) VALUES (?, ?, ?)")
    , m_grams(db, &m_tape, "INSERT INTO search_grams (rowid, body, latest) VALUES (?, ?, ?)")
    , m_ids(db, &m_tape, "INSERT INTO search_ids (suffix, app_id) VALUES (?, ?)")
    , m_review(db, &m_tape,
               "INSERT INTO reviews (pk, version_pk, template_version, reviewer, "
               "current_step, proposal_decision, proposal_conditions, proposal_reasons, "
               "opinion, started_at, updated_at) VALUES (?,?,?,?,?,?,'[]','[]',?,?,?)")
    , m_answer(db, &m_tape,
               "INSERT INTO review_answers (review_pk, item_id, verdict, rationale, "
               "evidence, suggested, suggestion_reason, updated_at) "
               "VALUES (?,?,?,?,'[]',?,?,?)")
    , m_event(db, &m_tape,
              "INSERT INTO audit_events (seq, at, actor, action, subject, detail, "
              "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)")
{}

bool Writer::prepared() const
{
    for (const Statement *s : {&m_applicant, &m_version, &m_file, &m_resource, &m_search, &m_grams,
                               &m_ids, &m_review, &m_answer, &m_event}) {
        if (!s->prepared())
            return false;
    }
    return true;
}

/** Application @p index: earlier versions returned after a full review, then the latest. */
void Writer::application(int index)
{
    Application a = generateApplication(index, m_rng, m_options.applications, m_options.asOf);
    const int versions =
        m_rng.generateDouble() < m_options.revisedShare ? 2 + int(m_rng.bounded(2)) : 1;
    Stage stage = Stage::Received;
    QString decision;
    if (m_rng.generateDouble() < m_options.reviewedShare) {
        const int draw = int(m_rng.bounded(10));
        stage = draw < 3 ? Stage::InReview : draw < 5 ? Stage::Awaiting : Stage::Decided;
    }
    if (stage == Stage::Awaiting || stage == Stage::Decided) {
        const int draw = int(m_rng.bounded(10));
        decision = draw < 6   ? QStringLiteral("approved")
                   : draw < 8 ? QStringLiteral("conditionally_approved")
                              : QStringLiteral("rejected");
    }
    // An archive: half the decisions more than a month old have been signed and
    // countersigned, and an approval among them has an authorization whose recorded life the
    // monitoring reads (no act recorded yet: the set writes none); the other half are judged
    // by the application's period.
    if (stage == Stage::Decided && a.submittedAt.date().daysTo(m_options.asOf) > 30 &&
        m_rng.bounded(2) == 0)
        stage = Stage::Countersigned;
    const bool decided = stage == Stage::Decided || stage == Stage::Countersigned;
    // Versions are submitted 20 days apart, the latest on the drawn day.
    const QDateTime latestAt = a.submittedAt;
    for (int v = 1; v <= versions; ++v) {
        a.version = v;
        a.submittedAt = latestAt.addDays(-20 * (versions - v));
        if (a.deadline.isValid())
            a.deadline = a.submittedAt.date().addDays(30);
        if (v > 1)
            a.scenario.description += QStringLiteral("（第%1次补正）").arg(v);
        const bool latest = v == versions;
        if (latest)
            version(a, stage, decided ? decision : QString(), true);
        else
            version(a, Stage::Returned, QStringLiteral("returned"), false);
    }
    ++summary.applications;
    if (decided && decision != QLatin1String("rejected") && !a.resources.isEmpty())
        products.push_back({a.id, a.applicant.creditCode, a.applicant.name,
                            a.resources.first().registrationCode,
                            a.submittedAt.date().addDays(40)});
}

void Writer::version(const Application &a, Stage stage, const QString &decision, bool latest)
{
    const qint64 pk = ++m_versionPk;
    storeVersion(a, pk, stage, decision, latest);
    ++summary.versions;
    summary.resources += a.resources.size();
    if (stage != Stage::Received)
        review(a, pk, stage, decision);
}

/** The rows SqlApplicationStore::store() writes for one version, is_latest already known. */
void Writer::storeVersion(const Application &a, qint64 pk, Stage stage, const QString &decision,
                          bool latest)
{
    const QByteArray json = QJsonDocument(applicationToJson(a)).toJson(QJsonDocument::Compact);
    const QString sha256 =
        QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    const QString imported = a.submittedAt.addSecs(3600).toString(Qt::ISODate);
    m_applicant.text(1, a.applicant.creditCode).text(2, a.applicant.name).text(3, imported).step();
    m_version.integer(1, pk).text(2, a.id).integer(3, a.version).text(4, sha256);
    const QString submitted = a.submittedAt.toUTC().toString(Qt::ISODate);
    m_version.text(5, submitted)
        .textOrNull(6, a.deadline.isValid() ? a.deadline.toString(Qt::ISODate) : QString());
    m_version.text(7, a.applicant.creditCode).text(8, a.applicant.name).text(9, a.scenario.name);
    m_version.text(10, a.scenario.domain).text(11, a.authorization.mode).text(12, a.useClass);
    m_version.text(13, a.periodStart.toString(Qt::ISODate))
        .text(14, a.periodEnd.toString(Qt::ISODate))
        .text(15, stageStatus(stage))
        .text(16, decision);
    m_version.integer(17, a.resources.size()).text(18, imported).integer(19, latest ? 1 : 0);
    // The columns monitoring reads instead of the file, as store() writes them.
    const QVariantList facts = sql::factValues(a);
    for (int i = 0; i < facts.size(); ++i)
        m_version.value(20 + i, facts.at(i));
    m_version.step();
    m_file.integer(1, pk).blob(2, json).step();
    for (int i = 0; i < a.resources.size(); ++i) {
        const RequestedResource &r = a.resources.at(i);
        const QByteArray fields =
            QJsonDocument(QJsonArray::fromStringList(r.fields)).toJson(QJsonDocument::Compact);
        m_resource.integer(1, pk).integer(2, i).text(3, r.name).textOrNull(4, r.registrationCode);
        m_resource.text(5, r.provider).text(6, QString::fromUtf8(fields)).textOrNull(7, r.grade);
        if (r.volume)
            m_resource.integer(8, *r.volume);
        m_resource.textOrNull(9, r.updateFrequency).text(10, r.delivery);
        m_resource.textOrNull(11, r.sharedFrom).text(12, r.justification);
        m_resource.integer(13, r.fields.size()).text(14, submitted); // as store() copies it
        m_resource.step();
    }
    const QString body = sql::searchBody(a);
    const QString flag = latest ? QStringLiteral("yes") : QString();
    m_search.integer(1, pk).text(2, sqlite::trigramText(body, a.id)).text(3, flag).step();
    m_grams.integer(1, pk).text(2, sqlite::gramDocument(body)).text(3, flag).step();
    if (a.version == 1) { // the id's suffixes, once per application
        for (const QString &suffix : sqlite::idSuffixes(a.id))
            m_ids.text(1, suffix).text(2, a.id).step();
    }
}

const char *const kOfficers[] = {"陈审核", "李审核", "王审核", "张审核", "刘审核", "杨审核",
                                 "黄审核", "赵审核", "周审核", "吴审核", "徐审核", "孙审核"};

/**
 * A review as ReviewService::open and the autosave leave it: the review row, the checklist
 * answers (suggested ones without an event of their own, as writeSuggestions stores them,
 * each confirmed answer with its "review.answer" event), then the case's moves.
 */
void Writer::review(const Application &a, qint64 versionPk, Stage stage, const QString &decision)
{
    const qint64 reviewPk = ++m_reviewPk;
    const int officer = int(m_rng.bounded(12));
    const QString reviewer = QString::fromUtf8(kOfficers[officer]);
    QDateTime at = a.submittedAt.addDays(1);
    const QString subject = subjectOf(a.id, a.version);
    const bool proposed = stage != Stage::InReview;
    const QString proposal = stage == Stage::Returned ? QStringLiteral("returned") : decision;
    m_review.integer(1, reviewPk).integer(2, versionPk).text(3, m_checklist.version);
    m_review.text(4, reviewer)
        .text(5, proposed ? QStringLiteral("decision") : QStringLiteral("checklist"))
        .text(6, proposed ? proposal : QString());
    m_review.text(7, proposed ? QStringLiteral("经审核，材料齐全，符合要求。") : QString());
    m_review.text(8, msTime(at)).text(9, msTime(at.addSecs(3600)));
    m_review.step();
    ++summary.reviews;
    QJsonObject suggestions;
    QList<QJsonObject> confirmed;
    answers(a, reviewPk, stage, at, suggestions, confirmed);
    const QJsonObject start{{QStringLiteral("templateVersion"), m_checklist.version},
                            {QStringLiteral("status"), QStringLiteral("received")},
                            {QStringLiteral("suggestions"), suggestions}};
    event(reviewer, QStringLiteral("review.start"), subject, start, at);
    for (const QJsonObject &detail : confirmed) {
        at = at.addSecs(60);
        event(reviewer, QStringLiteral("review.answer"), subject, detail, at);
    }
    caseEvents(subject, stage, proposal, at, reviewer);
}

/** Answers: all items once proposed, the first half while under review. */
void Writer::answers(const Application &a, qint64 reviewPk, Stage stage, const QDateTime &at,
                     QJsonObject &suggestions, QList<QJsonObject> &confirmed)
{
    const QList<ChecklistItem> &items = m_checklist.items;
    const qsizetype answered = stage == Stage::InReview ? items.size() / 2 : items.size();
    for (qsizetype i = 0; i < answered; ++i) {
        const ChecklistItem &item = items.at(i);
        const QString verdict = !item.appliesTo(a.authorization.mode)
                                    ? QStringLiteral("not_applicable")
                                : m_rng.bounded(12) == 0 ? QStringLiteral("fail")
                                                         : QStringLiteral("pass");
        // Under review, the even items still hold GrantDesk's suggestion.
        const bool suggested = stage == Stage::InReview && i % 2 == 0;
        const QString rationale = suggested ? QString() : QStringLiteral("已核实申请材料");
        m_answer.integer(1, reviewPk).text(2, item.id).text(3, verdict).text(4, rationale);
        m_answer.integer(5, suggested ? 1 : 0)
            .text(6, suggested ? QStringLiteral("依据申请材料自动判断") : QString())
            .text(7, msTime(at.addSecs(60 * (i + 1))));
        m_answer.step();
        ++summary.answers;
        if (suggested) {
            suggestions.insert(item.id, verdict);
            continue;
        }
        confirmed << QJsonObject{
            {QStringLiteral("key"), item.id},
            {QStringLiteral("before"), QJsonValue::Null},
            {QStringLiteral("after"), QJsonObject{{QStringLiteral("verdict"), verdict},
                                                  {QStringLiteral("rationale"), rationale}}}};
    }
}

/** The proposal, submission, the approver's agreement, then the signatures or a return, as far
 * as @p stage. */
void Writer::caseEvents(const QString &subject, Stage stage, const QString &decision, QDateTime &at,
                        const QString &reviewer)
{
    if (stage == Stage::InReview)
        return;
    const auto move = [](const char *from, const char *to) {
        return QJsonObject{{QStringLiteral("from"), QLatin1String(from)},
                           {QStringLiteral("to"), QLatin1String(to)}};
    };
    at = at.addSecs(600);
    const QJsonObject proposal{
        {QStringLiteral("before"), QJsonValue::Null},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("decision"), decision}}}};
    event(reviewer, QStringLiteral("review.proposal"), subject, proposal, at);
    event(reviewer, QStringLiteral("case.submit"), subject, move("in_review", "awaiting_approval"),
          at.addSecs(1));
    if (stage == Stage::Awaiting)
        return;
    const QString approver =
        QString::fromUtf8(kOfficers[(m_seq + 5) % 12]) + QStringLiteral("（审批）");
    at = at.addDays(1);
    QJsonObject agree = move("awaiting_approval", "decided");
    agree.insert(QStringLiteral("decision"), decision);
    event(approver, QStringLiteral("case.agree"), subject, agree, at);
    if (stage == Stage::Countersigned) {
        at = at.addDays(1);
        event(reviewer, QStringLiteral("case.sign"), subject, move("decided", "signed"), at);
        at = at.addDays(1);
        event(approver, QStringLiteral("case.countersign"), subject,
              move("signed", "countersigned"), at);
        return;
    }
    if (stage == Stage::Returned)
        event(approver, QStringLiteral("case.return"), subject, move("decided", "returned"),
              at.addSecs(60));
}

/** One event of the chain: hash = SM3(previous hash || canonical event), as append() does. */
void Writer::event(const QString &actor, const QString &action, const QString &subject,
                   const QJsonObject &detail, const QDateTime &at)
{
    AuditEvent e;
    e.seq = ++m_seq;
    e.at = at.toUTC();
    e.actor = actor;
    e.action = action;
    e.subject = subject;
    e.detail = detail;
    e.prevHash = m_prevHash;
    // Serialized once: the stored column and the hashed envelope hold the same bytes.
    const QByteArray canonicalDetail = canonicaljson::serialize(detail);
    e.hash = AuditTrail::chainHash(m_prevHash, e, canonicalDetail);
    m_event.integer(1, e.seq).text(2, AuditTrail::formatTime(e.at)).text(3, actor);
    m_event.text(4, action).text(5, subject);
    m_event.text(6, QString::fromUtf8(canonicalDetail));
    m_event.text(7, e.prevHash).text(8, e.hash);
    m_event.step();
    m_prevHash = e.hash;
    ++summary.events;
}

/** User and system CPU time of this process so far: on a shared machine, steadier than the
 *  wall clock. */
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

sqlite3 *handleOf(const Database &db)
{
    const QVariant handle = sql::connection(db).driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

/** The register: 90 % of the codes applications name, some changed, some cancelled. */
Status writeRegister(const std::shared_ptr<Database> &db, const BenchSetOptions &options,
                     BenchSetSummary &summary)
{
    const int pool = registerPool(options.applications);
    const auto store = makeRegisterStore(db);
    constexpr int kChunk = 50000;
    for (int from = 0; from < pool; from += kChunk) {
        RegisterFile file;
        file.source = QStringLiteral("广州市公共数据资源登记平台");
        file.exportedAt = QDateTime(options.asOf, QTime(0, 0), Qt::UTC);
        for (int i = from; i < std::min(pool, from + kChunk); ++i) {
            if (i % 10 == 9)
                continue; // requested, never registered
            RegisteredResource r;
            r.code = registerCode(i);
            r.name = QStringLiteral("%1%2数据")
                         .arg(QString::fromUtf8(kWords[i % 24]),
                              QString::fromUtf8(kWords[(i / 24) % 24]));
            r.provider = QStringLiteral("某市%1局").arg(QString::fromUtf8(kWords[(i / 7) % 24]));
            r.status = i % 41 == 0   ? RegistrationStatus::Cancelled
                       : i % 13 == 0 ? RegistrationStatus::Changed
                                     : RegistrationStatus::Active;
            r.registeredAt = options.asOf.addDays(-30 - i % 1500);
            r.updatedAt = r.status == RegistrationStatus::Active ? r.registeredAt
                                                                 : r.registeredAt.addDays(20);
            file.resources << r;
        }
        if (auto imported = store->importFile(file); !imported)
            return imported.error();
        summary.registered += file.resources.size();
    }
    return success();
}

/**
 * Drops the secondary indexes of the tables the Writer fills and returns their statements,
 * as sqlite_master holds them, so that the same indexes are built once at the end: a sorted
 * build instead of a million random inserts into each (the UNIQUE ones stay).
 */
Result<QStringList> dropIndexes(sqlite3 *handle, const char *tables)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray select = QByteArray("SELECT name, sql FROM sqlite_master WHERE type = "
                                         "'index' AND sql IS NOT NULL AND tbl_name IN (") +
                              tables + ')';
    if (sqlite3_prepare_v2(handle, select.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return Error{kWhere, QString::fromUtf8(sqlite3_errmsg(handle))};
    QStringList names, creates;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        names << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        creates << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)));
    }
    sqlite3_finalize(stmt);
    for (const QString &name : names) {
        if (auto s = exec(handle, QStringLiteral("DROP INDEX \"%1\"").arg(name).toUtf8()); !s)
            return s.error();
    }
    return creates;
}

Status createIndexes(sqlite3 *handle, const QStringList &creates)
{
    for (const QString &create : creates) {
        if (auto s = exec(handle, create.toUtf8()); !s)
            return s;
    }
    return success();
}

/** The tapes between the generating thread and the writing one: a few chunks ahead at most. */
class TapeQueue final
{
public:
    /** False when the queue was closed (the writing side stopped). */
    bool push(std::unique_ptr<Tape> tape)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || m_tapes.size() < 4; });
        if (m_closed)
            return false;
        m_tapes.push_back(std::move(tape));
        m_changed.notify_all();
        return true;
    }
    /** The next tape; null once the queue is closed and empty. */
    std::unique_ptr<Tape> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_closed || !m_tapes.empty(); });
        if (m_tapes.empty())
            return nullptr;
        auto tape = std::move(m_tapes.front());
        m_tapes.pop_front();
        m_changed.notify_all();
        return tape;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    /** A played tape back, emptied, for blank() to hand out again. */
    void recycle(std::unique_ptr<Tape> tape)
    {
        tape->clear();
        std::lock_guard lock(m_mutex);
        m_blanks.push_back(std::move(tape));
    }
    /** An empty tape: a played one when there is one, so that its memory is reused. */
    std::unique_ptr<Tape> blank()
    {
        std::lock_guard lock(m_mutex);
        if (m_blanks.empty())
            return std::make_unique<Tape>();
        auto tape = std::move(m_blanks.back());
        m_blanks.pop_back();
        return tape;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Tape>> m_tapes;
    std::vector<std::unique_ptr<Tape>> m_blanks;
    bool m_closed = false;
};

/** Plays the queue's tapes (@p chunk applications each) in transactions of @p batch
 *  applications, with progress every 100,000. */
Status playTapes(sqlite3 *handle, TapeQueue &queue, const BenchSetOptions &options, int chunk,
                 int batch)
{
    QElapsedTimer timer;
    timer.start();
    int played = 0;
    bool open = false;
    while (auto tape = queue.pop()) {
        if (!open) {
            if (auto s = exec(handle, "BEGIN"); !s)
                return s;
            open = true;
        }
        if (auto s = tape->play(); !s) {
            (void)exec(handle, "ROLLBACK");
            return s;
        }
        queue.recycle(std::move(tape));
        played = std::min(options.applications, played + chunk);
        if (played % batch != 0 && played != options.applications)
            continue;
        if (auto s = exec(handle, "COMMIT"); !s)
            return s;
        open = false;
        if (options.progress && played % 100000 == 0)
            options.progress(QStringLiteral("%1 applications in %2 s")
                                 .arg(played)
                                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    }
    if (open)
        return exec(handle, "COMMIT");
    return success();
}

Status writeApplications(sqlite3 *handle, const BenchSetOptions &options, BenchSetSummary &summary,
                         std::vector<Product> &products)
{
    const auto indexes = dropIndexes(
        handle, "'application_versions', 'requested_resources', 'audit_events', 'reviews'");
    if (!indexes)
        return indexes.error();
    Writer writer(handle, options);
    if (!writer.prepared())
        return Error{kWhere, QString::fromUtf8(sqlite3_errmsg(handle))};
    QElapsedTimer timer;
    timer.start();
    // The rows are generated on a second thread, a chunk of applications per tape, while
    // this one plays the tapes into SQLite in transactions of kBatch applications.
    constexpr int kChunk = 500;
    constexpr int kBatch = 20000;
    TapeQueue queue;
    // Recording a row cannot fail; the statements' errors come out as the tapes are played.
    std::thread generator([&] {
        for (int from = 0; from < options.applications; from += kChunk) {
            auto tape = queue.blank();
            writer.recordOn(tape.get());
            for (int i = from; i < std::min(options.applications, from + kChunk); ++i)
                writer.application(i);
            if (!queue.push(std::move(tape)))
                return; // the writing side stopped
        }
        queue.close();
    });
    Status played = playTapes(handle, queue, options, kChunk, kBatch);
    queue.close();
    generator.join();
    if (!played)
        return played;
    if (options.progress)
        options.progress(QStringLiteral("%1 applications written in %2 s")
                             .arg(options.applications)
                             .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    timer.restart();
    if (auto s = createIndexes(handle, *indexes); !s)
        return s;
    if (options.progress)
        options.progress(
            QStringLiteral("their indexes built in %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    const double seconds = summary.seconds;
    summary = writer.summary;
    summary.seconds = seconds;
    products = std::move(writer.products);
    return success();
}

QString fakeSha256(const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

monitoring::CallRecord callRecord(const Product &p, const QDate &month, QRandomGenerator &rng)
{
    monitoring::CallRecord c;
    c.id =
        QStringLiteral("CALL-%1-%2").arg(p.applicationId, month.toString(QStringLiteral("yyyyMM")));
    c.operatorCode = p.operatorCode;
    c.operatorName = p.operatorName;
    c.product = QStringLiteral("PRODUCT-") + p.applicationId;
    c.applicationId = p.applicationId;
    c.resourceCode = p.resourceCode;
    c.periodStart = month;
    c.periodEnd = month.addMonths(1).addDays(-1);
    c.calls = 1000 + rng.bounded(100000);
    c.freeCalls = c.calls * rng.bounded(40) / 100;
    c.activeUsers = 10 + rng.bounded(5000);
    c.revenue = Money::fromInteger(c.chargedCalls() / 100);
    return c;
}

monitoring::IncidentRecord incident(const Product &p, const QDate &month, int n, const QDate &asOf,
                                    QRandomGenerator &rng)
{
    monitoring::IncidentRecord r;
    r.id = QStringLiteral("INC-%1-%2").arg(month.toString(QStringLiteral("yyyyMM"))).arg(n);
    r.openedAt = QDateTime(month.addDays(rng.bounded(month.daysInMonth())), QTime(10, 0),
                           Qt::OffsetFromUTC, 8 * 3600);
    r.severity = monitoring::kIncidentSeverities.at(rng.bounded(4));
    r.operatorCode = p.operatorCode;
    r.applicationId = p.applicationId;
    r.resourceCode = p.resourceCode;
    r.summary = QStringLiteral("接口出现异常访问");
    r.respondedAt = r.openedAt.addSecs(3600 * (1 + rng.bounded(48)));
    // The last two months' incidents are open one time in two.
    if (r.openedAt.date() < asOf.addMonths(-2) || rng.bounded(2) == 0)
        r.closedAt = r.respondedAt.addDays(1 + rng.bounded(10));
    return r;
}

/** The file a feed record came in: one of calls and one of incidents per month. */
struct FeedImport
{
    qint64 pk = 0;
    monitoring::FeedKind kind = monitoring::FeedKind::Calls;
    QString path;
    QDateTime exportedAt;
    qint64 records = 0;
};

/**
 * The rows FeedRepository::store writes for files into tables that do not hold their records
 * yet: a feed_imports row per file (every record added), each record with its file's source,
 * import and time. Statements of SQLite's C API on a tape, as the Writer's; the files' rows
 * come first (the records refer to them) and get their counts at the end.
 */
class FeedWriter final
{
public:
    explicit FeedWriter(sqlite3 *db)
        : m_import(db, &m_tapePointer,
                   "INSERT INTO feed_imports (pk, sha256, path, format, source, exported_at, "
                   "records, added, replaced, imported_at) VALUES (?,?,?,?,?,?,0,0,0,?)")
        , m_count(db, &m_tapePointer, "UPDATE feed_imports SET records = ?, added = ? WHERE pk = ?")
        , m_drop(db, &m_tapePointer, "DELETE FROM feed_imports WHERE pk = ?")
        , m_call(db, &m_tapePointer,
                 "INSERT INTO feed_calls (id, operator_code, operator_name, product, app_id, "
                 "resource_code, period_start, period_end, calls, free_calls, active_users, "
                 "revenue, source, import_pk, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        , m_incident(db, &m_tapePointer,
                     "INSERT INTO feed_incidents (id, opened_at, severity, operator_code, app_id, "
                     "resource_code, summary, responded_at, closed_at, source, import_pk, "
                     "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
    {}
    bool prepared() const
    {
        return m_import.prepared() && m_count.prepared() && m_drop.prepared() &&
               m_call.prepared() && m_incident.prepared();
    }
    void file(const FeedImport &f)
    {
        m_import.integer(1, f.pk).text(2, fakeSha256(f.path)).text(3, f.path);
        m_import.text(4, monitoring::feedFormat(f.kind)).text(5, kSource);
        m_import.text(6, f.exportedAt.toString(Qt::ISODate)).text(7, m_now).step();
    }
    void call(const monitoring::CallRecord &r, qint64 importPk)
    {
        m_call.text(1, r.id).text(2, r.operatorCode).text(3, r.operatorName);
        m_call.text(4, r.product).text(5, r.applicationId).text(6, r.resourceCode);
        m_call.text(7, r.periodStart.toString(Qt::ISODate));
        m_call.text(8, r.periodEnd.toString(Qt::ISODate)).integer(9, r.calls);
        m_call.integer(10, r.freeCalls).integer(11, r.activeUsers);
        m_call.text(12, r.revenue.toString(2)).text(13, kSource).integer(14, importPk);
        m_call.text(15, m_now).step();
    }
    void incident(const monitoring::IncidentRecord &r, qint64 importPk)
    {
        m_incident.text(1, r.id).text(2, r.openedAt.toString(Qt::ISODate));
        m_incident.text(3, r.severity).text(4, r.operatorCode).text(5, r.applicationId);
        m_incident.text(6, r.resourceCode).text(7, r.summary);
        m_incident.text(8, orEmpty(r.respondedAt)).text(9, orEmpty(r.closedAt));
        m_incident.text(10, kSource).integer(11, importPk).text(12, m_now).step();
    }
    /** Each file's count; a file that received no record is not kept (none was read). */
    void counts(const QList<FeedImport> &files)
    {
        for (const FeedImport &f : files) {
            if (f.records == 0)
                m_drop.integer(1, f.pk).step();
            else
                m_count.integer(1, f.records).integer(2, f.records).integer(3, f.pk).step();
        }
    }
    /** Plays what was recorded since the last time. */
    Status flush()
    {
        const Status played = m_tape.play();
        m_tape.clear();
        return played;
    }

    static inline const QString kSource = QStringLiteral("广州数据运营平台");

private:
    /** ISO 8601, or empty (never null: the columns are NOT NULL DEFAULT ''). */
    static QString orEmpty(const QDateTime &at)
    {
        return at.isValid() ? at.toString(Qt::ISODate) : QStringLiteral("");
    }

    Tape m_tape;
    Tape *m_tapePointer = &m_tape;
    const QString m_now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    Statement m_import, m_count, m_drop, m_call, m_incident;
};

/** The feed files: calls and incidents for each complete month of the feed years. */
QList<FeedImport> feedFiles(const BenchSetOptions &options)
{
    QList<FeedImport> files;
    const QDate last = QDate(options.asOf.year(), options.asOf.month(), 1);
    for (QDate month = last.addMonths(-12 * options.feedYears); month < last;
         month = month.addMonths(1)) {
        const QString tag = month.toString(QStringLiteral("yyyy-MM"));
        const QDateTime exported(month.addMonths(1), QTime(1, 0), Qt::UTC);
        files << FeedImport{files.size() + 1, monitoring::FeedKind::Calls,
                            QStringLiteral("bench/calls-%1.json").arg(tag), exported};
        files << FeedImport{files.size() + 1, monitoring::FeedKind::Incidents,
                            QStringLiteral("bench/incidents-%1.json").arg(tag), exported};
    }
    return files;
}

/**
 * One calls file and one incidents file per complete month of the feed years. The records are
 * written product by product, so that the calls' ids ("CALL-<application>-<month>") come in
 * key order: month by month, 6 million calls at a million applications went into the primary
 * key's index at random places and took 430 s. The tables' secondary indexes are built at the
 * end; a transaction per 5,000 products lets the audit check beside it store its checkpoint.
 */
Status writeFeeds(sqlite3 *handle, const BenchSetOptions &options,
                  const std::vector<Product> &products, BenchSetSummary &summary)
{
    FeedWriter writer(handle);
    if (!writer.prepared())
        return Error{kWhere, QString::fromUtf8(sqlite3_errmsg(handle))};
    const auto indexes = dropIndexes(handle, "'feed_calls', 'feed_incidents'");
    if (!indexes)
        return indexes.error();
    QList<FeedImport> files = feedFiles(options);
    if (files.isEmpty())
        return createIndexes(handle, *indexes);
    const QDate first = files.first().exportedAt.date().addMonths(-1);
    for (const FeedImport &f : files)
        writer.file(f);
    QRandomGenerator rng(options.seed + 1);
    for (size_t i = 0; i < products.size(); ++i) {
        const Product &p = products.at(i);
        for (qsizetype m = 0; m < files.size() / 2; ++m) {
            const QDate month = first.addMonths(int(m));
            if (p.from >= month.addMonths(1))
                continue;
            FeedImport &calls = files[2 * m];
            writer.call(callRecord(p, month, rng), calls.pk);
            ++calls.records;
            if (rng.bounded(50) != 0)
                continue;
            FeedImport &incidents = files[2 * m + 1];
            writer.incident(incident(p, month, int(incidents.records), options.asOf, rng),
                            incidents.pk);
            ++incidents.records;
        }
        if ((i + 1) % 5000 != 0 && i + 1 != products.size())
            continue;
        if (auto s = exec(handle, "BEGIN"); !s)
            return s;
        if (auto played = writer.flush(); !played) {
            (void)exec(handle, "ROLLBACK");
            return played;
        }
        if (auto s = exec(handle, "COMMIT"); !s)
            return s;
    }
    writer.counts(files);
    if (auto counted = writer.flush(); !counted)
        return counted;
    for (const FeedImport &f : files)
        (f.kind == monitoring::FeedKind::Calls ? summary.calls : summary.incidents) += f.records;
    return createIndexes(handle, *indexes);
}

} // namespace

} // namespace gd::bench

namespace gd::bench {

namespace {

/** The bench set written into @p path, a new file; generateBenchSet() names it. */
Result<BenchSetSummary> writeBenchSet(const QString &path, const BenchSetOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuAtStart = cpuSeconds();
    auto db = Database::open(path);
    if (!db)
        return db.error();
    sqlite3 *handle = handleOf(*db.value());
    if (!handle)
        return Error{path, QStringLiteral("not an SQLite connection")};
    // While the applications are written: no journal (the file is new and named .partial
    // until it is complete, so a failure loses nothing: in WAL every page went to disk twice,
    // once into the log and once when the log was copied back), durability not wanted, a
    // large page cache keeps the indexes' pages (the last million rows of a table's indexes
    // went to disk and back with 64 MB), and the index builds sort on two threads.
    if (auto s = exec(handle, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                              "PRAGMA cache_size = -524288; PRAGMA threads = 2");
        !s)
        return s.error();
    BenchSetSummary summary;
    std::vector<Product> products;
    if (auto s = writeApplications(handle, options, summary, products); !s)
        return s.error();
    // WAL again, as the app keeps it: the check of the chain below reads beside the writes.
    if (auto s = exec(handle, "PRAGMA journal_mode = WAL"); !s)
        return s.error();
    QElapsedTimer phase;
    phase.start();
    const auto done = [&](const char *what) {
        if (options.progress)
            options.progress(QStringLiteral("%1 in %2 s")
                                 .arg(QLatin1String(what))
                                 .arg(phase.restart() / 1000.0, 0, 'f', 1));
    };
    // The app's own check of the chain, on a connection of its own while the register and the
    // feeds are written; it also stores the checkpoint opening would.
    std::optional<Result<AuditVerification>> checked;
    std::thread verifier([&checked, &path] {
        Database::Options options;
        options.lock = false; // this process holds the file's lock
        auto reader = Database::open(path, options);
        checked = reader ? makeAuditTrail(reader.value())->verifySinceCheckpoint()
                         : Result<AuditVerification>(reader.error());
    });
    Status written = writeRegister(db.value(), options, summary);
    if (written)
        done("the register written");
    if (written)
        written = writeFeeds(handle, options, products, summary);
    if (written)
        done("the feeds written");
    verifier.join();
    if (!written)
        return written.error();
    if (!*checked)
        return checked->error();
    // Its checkpoint is where the chain ends unless a write of the feeds kept it from being
    // stored: this check then covers the whole chain again.
    const auto verified = makeAuditTrail(db.value())->verifySinceCheckpoint();
    if (!verified)
        return verified.error();
    for (const AuditVerification &v : {**checked, *verified}) {
        if (!v.intact)
            return Error{path, QStringLiteral("the generated audit trail is broken at seq %1: %2")
                                   .arg(v.firstBadSeq)
                                   .arg(v.reason)};
    }
    done("the audit trail verified");
    if (auto s = exec(handle, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -2000; "
                              "PRAGMA threads = 0");
        !s)
        return s.error();
    summary.seconds = timer.nsecsElapsed() / 1e9;
    summary.cpuSeconds = cpuSeconds() - cpuAtStart;
    return summary;
}

} // namespace

Result<BenchSetSummary> generateBenchSet(const QString &path, const BenchSetOptions &options)
{
    if (QFile::exists(path))
        return Error{path,
                     QStringLiteral("exists already; the bench set is written to a new file")};
    // Written under another name and renamed once complete: a run that fails or is stopped
    // leaves no file a later run would take for a bench set.
    const QString partial = path + QStringLiteral(".partial");
    for (const QString &left :
         {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")}) {
        if (QFile::exists(left) && !QFile::remove(left))
            return Error{left, QStringLiteral("left by an earlier run and cannot be removed")};
    }
    auto written = writeBenchSet(partial, options); // closes the file before the rename
    if (!written)
        return written;
    if (!QFile::rename(partial, path))
        return Error{path, QStringLiteral("cannot rename %1 to it").arg(partial)};
    return written;
}

} // namespace gd::bench
