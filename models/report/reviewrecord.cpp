// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewrecord.h"

#include <cmath>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include "core/canonicaljson.h"
#include "core/log.h"
#include "domain/applicationjson.h"
#include "pricing/pricinginputs.h"
#include "report/reviewformat.h"
#include "pricing/rulelibrary.h"
#include "review/approval.h"
#include "review/checklisttemplate.h"
#include "store/applicationstore.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/reviewstore.h"
#include "store/repositories.h"
#include "domain/subject.h"

namespace gd::report {
namespace {

constexpr double kMaxExactInteger = 9007199254740992.0; // 2^53
constexpr int kMaxFileNameLength = 120;                 // characters, before the extension

QString isoUtc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/** The day of @p at in China (UTC+8): the review date of a recomputed fee. */
QDate chinaDate(const QDateTime &at)
{
    return at.toOffsetFromUtc(8 * 3600).date();
}

/** "attachments/<name>", unique among @p taken (compared case-insensitively). */
QString uniquePath(const QString &fileName, QSet<QString> &taken)
{
    const QFileInfo info(fileName);
    const QString suffix = info.completeSuffix();
    const QString base =
        suffix.isEmpty() ? fileName : fileName.left(fileName.size() - suffix.size() - 1);
    QString candidate = fileName;
    for (int n = 2; taken.contains(candidate.toCaseFolded()); ++n)
        candidate = suffix.isEmpty() ? QStringLiteral("%1-%2").arg(base).arg(n)
                                     : QStringLiteral("%1-%2.%3").arg(base).arg(n).arg(suffix);
    taken.insert(candidate.toCaseFolded());
    return QStringLiteral("attachments/") + candidate;
}

/** The last event of @p action in @p events, or null. */
const AuditEvent *lastEvent(const QList<AuditEvent> &events, const QString &action)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->action == action)
            return &*it;
    }
    return nullptr;
}

/**
 * The fee as the review recorded it: recomputed under the rule file the review names
 * (which must give the fee stored then), or, when the review stored none, under the
 * rule file effective on the decision day. None when the application asks for no fee.
 */
Result<std::optional<PricingRecord>>
loadPricing(const Application &application, const ReviewState &review, const QDateTime &decidedAt)
{
    const QString where = subjectOf(application.id, application.version);
    const QString version = review.notes.value(pricingnotes::ruleVersion());
    const QString inputsNote = review.notes.value(pricingnotes::inputs());
    RuleLibrary library;
    PricingRecord record;
    std::optional<RuleFileEntry> entry;
    if (!version.isEmpty() && !inputsNote.isEmpty()) {
        const QJsonObject inputs = QJsonDocument::fromJson(inputsNote.toUtf8()).object();
        if (inputs.isEmpty())
            return Error{where + QStringLiteral(": pricing.inputs"),
                         QStringLiteral("the stored pricing inputs are damaged")};
        record.request = PricingInputs::fromJson(inputs).toRequest();
        if (!record.request.reviewDate.isValid())
            record.request.reviewDate = chinaDate(decidedAt);
        entry = library.byVersion(version);
        if (!entry)
            return Error{where + QStringLiteral(": pricing.ruleVersion"),
                         QStringLiteral("the fee rules %1 the review used are not installed; "
                                        "import that rule file first")
                             .arg(version)};
    } else {
        if (!application.pricing)
            return std::optional<PricingRecord>{};
        record.request = requestFromApplication(application, chinaDate(decidedAt));
        record.recomputed = true;
        entry = library.pickFor(record.request.product, record.request.reviewDate);
        if (!entry) {
            log::warning(QStringLiteral("%1: no fee rules hold product %2; the record has no fee")
                             .arg(where, record.request.product));
            return std::optional<PricingRecord>{};
        }
    }
    record.ruleFile = entry->fileName;
    record.result = computeFee(entry->rules, record.request);
    record.curve = feeCurve(entry->rules, record.request);

    // What the officer saw must be what the package files.
    const QJsonObject stored =
        QJsonDocument::fromJson(review.notes.value(pricingnotes::result()).toUtf8()).object();
    const QString storedFee = stored.value(QStringLiteral("fee")).toString();
    if (!record.recomputed && !storedFee.isEmpty() && storedFee != record.result.fee.toJsonString())
        return Error{where + QStringLiteral(": pricing.result"),
                     QStringLiteral("the review recorded a fee of %1, but the fee rules %2 now "
                                    "give %3; price the case again before filing it")
                         .arg(storedFee, version, record.result.fee.toJsonString())};
    return std::optional<PricingRecord>(std::move(record));
}

Result<ModeRecord> loadModes(const Application &application, const ReviewState &review)
{
    const ModeTable &table = ModeTable::builtin();
    ModeRecord record;
    record.scoring = ModeScoring::fromNotes(table, review.notes);
    record.declared = application.authorization.mode;
    record.chosen = review.notes.value(ModeScoring::chosenNoteKey());
    record.rationale = review.notes.value(ModeScoring::rationaleNoteKey());
    auto comparison = modes::compare(table, record.scoring, record.declared);
    if (!comparison)
        return Error{subjectOf(application.id, application.version) + QStringLiteral(": ") +
                         comparison.error().where,
                     comparison.error().what};
    record.comparison = comparison.value();
    return record;
}

// ---- JSON -----------------------------------------------------------------------------

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

/** A fee finding as its code and numbers: the PDF words it (feeFindingText). */
QJsonObject moneyFinding(const FeeFinding &finding)
{
    QJsonObject o{{QStringLiteral("code"), finding.code},
                  {QStringLiteral("params"), finding.params}};
    if (finding.amount)
        o.insert(QStringLiteral("amount"), finding.amount->toJsonString());
    return o;
}

/** The fee trace as step codes with their numbers (feeTraceLine words a step). */
QJsonArray traceJson(const QList<FeeTraceStep> &trace)
{
    QJsonArray steps;
    for (const FeeTraceStep &step : trace)
        steps.append(QJsonObject{{QStringLiteral("step"), step.code},
                                 {QStringLiteral("params"), step.params}});
    return steps;
}

QJsonObject checklistJson(const ReviewRecord &record)
{
    const ChecklistTemplate &checklist = ChecklistTemplate::forReview(record.checklistVersion);
    QJsonArray items;
    QSet<QString> listed;
    auto item = [&](const QString &id, const ChecklistItem *known) {
        const ChecklistAnswer answer = record.review.answers.value(id);
        QJsonObject o{{QStringLiteral("id"), id},
                      {QStringLiteral("verdict"), verdictCode(answer.verdict)},
                      {QStringLiteral("rationale"), answer.rationale},
                      {QStringLiteral("evidence"), strings(answer.evidence)},
                      {QStringLiteral("suggested"), answer.suggested}};
        // A confirmed suggestion stands on GrantDesk's rule for this item, whose inputs the
        // record holds (the application, the registration of its resources): the reason is
        // worded when shown, in the reader's language, never stored as a sentence.
        if (answer.confirmedSuggestion())
            o.insert(QStringLiteral("basis"), QStringLiteral("suggestion"));
        if (known) {
            o.insert(QStringLiteral("number"), known->number);
            o.insert(QStringLiteral("title"), known->textZh);
            o.insert(QStringLiteral("titleEn"), known->textEn);
            if (!known->sourceKind.isEmpty())
                o.insert(QStringLiteral("source"),
                         QJsonObject{{QStringLiteral("kind"), known->sourceKind},
                                     {QStringLiteral("zh_CN"), known->sourceZh},
                                     {QStringLiteral("en"), known->sourceEn}});
        }
        items.append(o);
        listed.insert(id);
    };
    // The template's order when the review used this template; answers it does not know
    // (another template version) follow by id.
    if (checklist.version == record.checklistVersion) {
        for (const ChecklistItem &i : checklist.items)
            item(i.id, &i);
    }
    QStringList rest = record.review.answers.keys();
    rest.sort();
    for (const QString &id : std::as_const(rest)) {
        if (!listed.contains(id))
            item(id, checklist.version == record.checklistVersion ? checklist.item(id) : nullptr);
    }
    return QJsonObject{{QStringLiteral("templateVersion"), record.checklistVersion},
                       {QStringLiteral("items"), items}};
}

QJsonObject notesJson(const ReviewRecord &record)
{
    const QHash<QString, QString> &notes = record.review.notes;
    QJsonArray resources;
    for (int i = 0; i < record.resources.size(); ++i) {
        const ResourceStatus &r = record.resources.at(i);
        resources.append(QJsonObject{
            {QStringLiteral("index"), i},
            {QStringLiteral("name"), r.resource.name},
            {QStringLiteral("registrationCode"), r.resource.registrationCode},
            {QStringLiteral("registration"), registrationStatusCode(r.status)},
            {QStringLiteral("necessity"),
             notes.value(QStringLiteral("resource.%1.necessity").arg(i))},
            {QStringLiteral("note"), notes.value(QStringLiteral("resource.%1.note").arg(i))}});
    }
    return QJsonObject{
        {QStringLiteral("formal"),
         QJsonObject{{QStringLiteral("confirmed"),
                      notes.value(QStringLiteral("formal.confirmed")) == QLatin1String("1")},
                     {QStringLiteral("note"), notes.value(QStringLiteral("formal.note"))}}},
        {QStringLiteral("resources"), resources},
        {QStringLiteral("security"),
         QJsonObject{
             {QStringLiteral("confirmed"),
              notes.value(QStringLiteral("security.confirmed")) == QLatin1String("1")},
             {QStringLiteral("findings"), notes.value(QStringLiteral("security.findings"))}}},
        {QStringLiteral("modes"), notes.value(QStringLiteral("modes.note"))},
        {QStringLiteral("pricing"), notes.value(pricingnotes::note())},
    };
}

QJsonObject modesJson(const ReviewRecord &record)
{
    const ModeTable &table = ModeTable::builtin();
    const ModeRecord &m = record.modes;
    QJsonObject weights;
    for (const ModeTableEntry &dimension : table.dimensions)
        weights.insert(dimension.id, m.scoring.weight(dimension.id));
    QJsonArray adjustments;
    for (auto it = m.scoring.adjustments.cbegin(); it != m.scoring.adjustments.cend(); ++it)
        adjustments.append(QJsonObject{{QStringLiteral("cell"), it.key()},
                                       {QStringLiteral("score"), it->score},
                                       {QStringLiteral("reason"), it->reason}});
    QJsonArray totals;
    const auto dimensionCount = int(table.dimensions.size());
    for (int i = 0; i < m.comparison.totals.size(); ++i) {
        const ModeTotal &t = m.comparison.totals.at(i);
        QJsonObject scores;
        for (int d = 0; d < dimensionCount; ++d)
            scores.insert(table.dimensions.at(d).id, m.comparison.score(i, d, dimensionCount));
        totals.append(QJsonObject{{QStringLiteral("mode"), t.mode},
                                  {QStringLiteral("scores"), scores},
                                  {QStringLiteral("total"), t.toString(2)}});
    }
    QJsonObject o{{QStringLiteral("tableVersion"), record.modeTableVersion},
                  {QStringLiteral("declared"), m.declared},
                  {QStringLiteral("chosen"), m.chosen},
                  {QStringLiteral("rationale"), m.rationale},
                  {QStringLiteral("weights"), weights},
                  {QStringLiteral("adjustments"), adjustments},
                  {QStringLiteral("totals"), totals},
                  {QStringLiteral("ranking"), strings(m.comparison.ranking)}};
    if (m.comparison.finding) {
        const ModeTotal gap{QString(), m.comparison.finding->gapHundredths, 100};
        // Codes and numbers: the PDF words it (ModeFinding::message).
        o.insert(QStringLiteral("finding"),
                 QJsonObject{{QStringLiteral("declaredMode"), m.comparison.finding->declaredMode},
                             {QStringLiteral("betterMode"), m.comparison.finding->betterMode},
                             {QStringLiteral("gap"), gap.toString(2)},
                             {QStringLiteral("margin"), table.findingMargin()}});
    }
    return o;
}

QJsonObject pricingJson(const PricingRecord &p)
{
    const FeeRequest &r = p.request;
    QJsonObject inputs{{QStringLiteral("product"), r.product},
                       {QStringLiteral("useClass"), r.useClass},
                       {QStringLiteral("quantity"), QString::number(r.quantity)},
                       {QStringLiteral("unit"), r.unit.value_or(QString())},
                       {QStringLiteral("smallBusiness"), r.smallBusiness},
                       {QStringLiteral("priorityScenario"), r.priorityScenario},
                       {QStringLiteral("operator"), r.operatorCreditCode.value_or(QString())},
                       {QStringLiteral("periodStart"), isoDate(r.periodStart.value_or(QDate()))},
                       {QStringLiteral("periodEnd"), isoDate(r.periodEnd.value_or(QDate()))},
                       {QStringLiteral("date"), isoDate(r.reviewDate)}};
    const FeeResult &f = p.result;
    QJsonArray bands;
    for (const FeeBandRow &b : f.bands)
        bands.append(QJsonObject{
            {QStringLiteral("from"), QString::number(b.from)},
            {QStringLiteral("upTo"), b.upTo ? QJsonValue(QString::number(*b.upTo)) : QJsonValue()},
            {QStringLiteral("units"), QString::number(b.units)},
            {QStringLiteral("price"), b.price.toString()},
            {QStringLiteral("amount"), b.amount.toString()}});
    QJsonArray discounts;
    for (const FeeDiscountStep &d : f.discounts)
        discounts.append(QJsonObject{{QStringLiteral("when"), d.when},
                                     {QStringLiteral("percent"), d.percent.toString()},
                                     {QStringLiteral("before"), d.before.toString()},
                                     {QStringLiteral("after"), d.after.toString()}});
    QJsonArray findings;
    for (const FeeFinding &finding : f.findings)
        findings.append(moneyFinding(finding));
    QJsonObject result{{QStringLiteral("productFound"), f.productFound},
                       {QStringLiteral("productName"), f.productName},
                       {QStringLiteral("billingUnit"), f.billingUnit},
                       {QStringLiteral("freeUse"), f.freeUse},
                       {QStringLiteral("fixedFee"), f.fixedFee.toJsonString()},
                       {QStringLiteral("bands"), bands},
                       {QStringLiteral("gross"), f.gross.toJsonString()},
                       {QStringLiteral("discounts"), discounts},
                       {QStringLiteral("net"), f.net.toString()},
                       {QStringLiteral("fee"), f.fee.toJsonString()}};
    if (f.termMonths)
        result.insert(QStringLiteral("termMonths"), *f.termMonths);
    return QJsonObject{{QStringLiteral("rulesVersion"), f.rulesVersion},
                       {QStringLiteral("rulesRegion"), f.rulesRegion},
                       {QStringLiteral("ruleFile"), p.ruleFile},
                       {QStringLiteral("recomputed"), p.recomputed},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("result"), result},
                       {QStringLiteral("trace"), traceJson(f.trace)},
                       {QStringLiteral("findings"), findings}};
}

/** Replaces every number that is not an exact integer by its text. */
QJsonValue integersOnly(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(integersOnly(v));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject in = value.toObject();
        for (auto it = in.constBegin(); it != in.constEnd(); ++it)
            out.insert(it.key(), integersOnly(it.value()));
        return out;
    }
    if (value.isDouble() && !firstNonInteger(value).isEmpty()) {
        // Integers beyond 2^53 (a huge volume) keep every digit; anything else is a
        // programming error, still written readably rather than as a float.
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && value.toInteger(0) != 0)
            return QString::number(value.toInteger());
        log::warning(QStringLiteral("review.json: a non-integral number written as a string"));
        return QString::number(d, 'g', 17);
    }
    return value;
}

} // namespace

FeeRequest requestFromApplication(const Application &application, const QDate &reviewDate)
{
    return PricingInputs::fromApplication(application, reviewDate).toRequest();
}

std::optional<QString> feeNoteFor(const Application &application, const QDate &reviewDate)
{
    const FeeRequest request = requestFromApplication(application, reviewDate);
    const auto entry = RuleLibrary().pickFor(request.product, request.reviewDate);
    if (!entry)
        return std::nullopt;
    return feeResultNote(computeFee(entry->rules, request));
}

QString safeFileName(const QString &name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || c == QLatin1Char('/') ||
            c == QLatin1Char('\\') || c == QLatin1Char(':') || c.category() == QChar::Other_Format)
            out += QLatin1Char('_');
        else
            out += c;
    }
    out = out.trimmed();
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1); // "..", "name." (Windows drops trailing dots)
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.size() > kMaxFileNameLength) {
        const QString suffix = QFileInfo(out).suffix().left(16);
        out = out.left(kMaxFileNameLength - int(suffix.size()) - 1) + QLatin1Char('.') + suffix;
    }
    return out.isEmpty() ? QStringLiteral("attachment") : out;
}

QString firstNonInteger(const QJsonValue &value, const QString &path)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString bad =
                firstNonInteger(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!bad.isEmpty())
                return bad;
        }
        return {};
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString bad = firstNonInteger(
                it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key());
            if (!bad.isEmpty())
                return bad;
        }
        return {};
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExactInteger)
            return path.isEmpty() ? QStringLiteral("(number)") : path;
    }
    return {};
}

namespace {

/**
 * Who agreed and when, when the case was submitted, and every approver comment (the agree
 * comment from the trail, the per-step ones from the review's notes).
 */
Status readApproval(const AuditTrail &audit, const QString &where, ReviewRecord &record)
{
    auto events = audit.events(where);
    if (!events)
        return events.error();
    const AuditEvent *agreed = lastEvent(events.value(), QStringLiteral("case.agree"));
    if (!agreed)
        return Error{where, QStringLiteral("the audit trail has no approval (case.agree) for this "
                                           "decided case")};
    record.approver = agreed->actor;
    record.decidedAt = agreed->at.toUTC();
    if (const AuditEvent *submitted = lastEvent(events.value(), QStringLiteral("case.submit")))
        record.submittedAt = submitted->at.toUTC();
    if (const QString comment = agreed->detail.value(QStringLiteral("comment")).toString();
        !comment.isEmpty())
        record.approverComments.insert(QStringLiteral("agree"), comment);
    const QString approvalPrefix = QStringLiteral("approval.");
    for (auto it = record.review.notes.cbegin(); it != record.review.notes.cend(); ++it) {
        if (it.key().startsWith(approvalPrefix) && !it.value().trimmed().isEmpty())
            record.approverComments.insert(it.key().mid(approvalPrefix.size()), it.value());
    }
    return success();
}

/** The attachments' bytes under unique, safe file names for the package. */
Status fileAttachments(const ApplicationStore &applications, const QString &where,
                       ReviewRecord &record)
{
    QSet<QString> taken;
    for (const Attachment &attachment : record.application.attachments) {
        auto data = applications.attachmentContent(attachment.sha256);
        if (!data)
            return Error{where + QStringLiteral(": ") + attachment.name, data.error().toString()};
        QString fileName = QFileInfo(attachment.path).fileName();
        if (fileName.isEmpty())
            fileName = attachment.name;
        FiledAttachment filed;
        filed.path = uniquePath(safeFileName(fileName), taken);
        filed.name = attachment.name;
        filed.kind = attachment.kind;
        filed.sha256 = attachment.sha256;
        filed.data = std::move(data).value();
        record.attachments.append(std::move(filed));
    }
    return success();
}

} // namespace

Result<ReviewRecord> loadReviewRecord(const std::shared_ptr<Database> &db, const QString &id,
                                      int version)
{
    const QString where = subjectOf(id, version);
    const auto applications = makeApplicationStore(db);
    const auto reviews = makeReviewStore(db);

    ReviewRecord record;
    auto application = applications->load(id, version);
    if (!application)
        return application.error();
    record.application = std::move(application).value();

    auto versions = applications->versions(id);
    if (!versions)
        return versions.error();
    bool found = false;
    for (const VersionInfo &info : versions.value()) {
        if (info.version == version) {
            record.status = info.status;
            record.decision = info.decision;
            found = true;
        }
    }
    if (!found)
        return Error{where, QStringLiteral("no such application version")};

    auto review = reviews->find(id, version);
    if (!review)
        return review.error();
    if (!review.value())
        return Error{where, QStringLiteral("this version has no review, so there is nothing to "
                                           "record")};
    record.review = *review.value();
    if (!caseStatusIsDecided(record.status))
        return Error{where, QStringLiteral("the case is %1, not decided: a package records the "
                                           "approver's decision, so it can be made only after "
                                           "the approver agreed")
                                .arg(caseStatusCode(record.status))};
    record.reviewer = record.review.reviewer;
    record.checklistVersion = record.review.templateVersion;

    const auto audit = makeAuditTrail(db);
    if (Status s = readApproval(*audit, where, record); !s)
        return s.error();

    auto resources = applications->resourceStatuses(id, version);
    if (!resources)
        return resources.error();
    record.resources = resources.value();

    auto modeRecord = loadModes(record.application, record.review);
    if (!modeRecord)
        return modeRecord.error();
    record.modes = modeRecord.value();
    record.modeTableVersion = ModeTable::builtin().version;

    auto pricing = loadPricing(record.application, record.review, record.decidedAt);
    if (!pricing)
        return pricing.error();
    record.pricing = pricing.value();
    if (record.pricing)
        record.feeRulesVersion = record.pricing->result.rulesVersion;

    // The head before this package's own case.sign / package.export event, which records the
    // package's digests and so cannot be inside it (exportReview checks it is still the head).
    auto head = audit->head();
    if (!head)
        return head.error();
    record.auditHeadSeq = head->first;
    record.auditHeadHash = head->second;

    if (Status s = fileAttachments(*applications, where, record); !s)
        return s.error();
    return record;
}

QJsonObject rulesJson(const ReviewRecord &record)
{
    QJsonObject rules;
    if (!record.checklistVersion.isEmpty())
        rules.insert(QStringLiteral("checklist"), record.checklistVersion);
    if (!record.feeRulesVersion.isEmpty())
        rules.insert(QStringLiteral("feeRules"), record.feeRulesVersion);
    if (!record.modeTableVersion.isEmpty())
        rules.insert(QStringLiteral("modeTable"), record.modeTableVersion);
    return rules;
}

QByteArray reviewJson(const ReviewRecord &record)
{
    const ProposedDecision &proposal = record.review.proposal;
    QJsonObject comments;
    for (auto it = record.approverComments.cbegin(); it != record.approverComments.cend(); ++it)
        comments.insert(it.key(), it.value());
    QJsonArray attachments;
    for (const FiledAttachment &a : record.attachments)
        attachments.append(QJsonObject{{QStringLiteral("path"), a.path},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("kind"), a.kind},
                                       {QStringLiteral("sha256"), a.sha256},
                                       {QStringLiteral("size"), qint64(a.data.size())}});
    QJsonObject root{
        {QStringLiteral("format"), kReviewFormat},
        {QStringLiteral("application"), applicationToJson(record.application)},
        {QStringLiteral("rules"), rulesJson(record)},
        {QStringLiteral("checklist"), checklistJson(record)},
        {QStringLiteral("notes"), notesJson(record)},
        {QStringLiteral("modes"), modesJson(record)},
        {QStringLiteral("pricing"),
         record.pricing ? QJsonValue(pricingJson(*record.pricing)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("decision"),
         QJsonObject{{QStringLiteral("code"), decisionCode(record.decision)},
                     {QStringLiteral("proposed"), decisionCode(proposal.decision)},
                     {QStringLiteral("conditions"), strings(proposal.conditions)},
                     {QStringLiteral("reasons"), strings(proposal.reasons)},
                     {QStringLiteral("opinion"), proposal.opinion}}},
        {QStringLiteral("reviewer"), record.reviewer},
        {QStringLiteral("approver"), record.approver},
        {QStringLiteral("submittedAt"), isoUtc(record.submittedAt)},
        {QStringLiteral("decidedAt"), isoUtc(record.decidedAt)},
        {QStringLiteral("approverComments"), comments},
        {QStringLiteral("auditHead"), QJsonObject{{QStringLiteral("seq"), record.auditHeadSeq},
                                                  {QStringLiteral("hash"), record.auditHeadHash}}},
        {QStringLiteral("attachments"), attachments},
    };
    return canonicaljson::serialize(integersOnly(root));
}

} // namespace gd::report
