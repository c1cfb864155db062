// SPDX-License-Identifier: GPL-3.0-or-later
#include "feeds.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "domain/creditcode.h"
#include "importer/identityfield.h"
#include "core/jsonreader.h"
#include "core/i18n.h"

namespace gd::monitoring {
namespace {

// A feed is read whole into memory; a month of a platform's statistics is far smaller.
constexpr qint64 kMaxFeedBytes = 100LL * 1024 * 1024;

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9_.:/-]{0,127}")));
    return pattern;
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/** Checks an id, recording duplicates within the file (@p where: "records[0]", "line 3"). */
std::optional<QString> readId(const ValueReader &value, QHash<QString, QString> &seen,
                              const QString &where)
{
    const auto id =
        value.matching(idPattern(), QStringLiteral("expected an id of letters, digits and _ . : / "
                                                   "- (at most 128 characters)"));
    if (!id)
        return std::nullopt;
    if (const auto it = seen.constFind(*id); it != seen.constEnd()) {
        value.error(QStringLiteral("duplicate id, already at %1").arg(it.value()));
        return std::nullopt;
    }
    seen.insert(*id, where);
    return id;
}

std::optional<QString> readCreditCode(const ValueReader &value)
{
    const auto code = readIdentity(value, 1, 18);
    if (!code)
        return std::nullopt;
    if (const QString problem = creditcode::problem(*code); !problem.isEmpty()) {
        value.error(problem);
        return std::nullopt;
    }
    return code;
}

std::optional<QString> optionalString(const ValueReader &value, int maxLength)
{
    if (!value.present())
        return QString();
    return readIdentity(value, 0, maxLength);
}

std::optional<Money> readMoney(const ValueReader &value)
{
    const auto text = value.string(1, 40);
    if (!text)
        return std::nullopt;
    QString why;
    const auto money = Money::parse(*text, 2, &why);
    if (!money) {
        value.error(QStringLiteral("not an amount in yuan with at most 2 decimals (%1)").arg(why));
        return std::nullopt;
    }
    return money;
}

std::optional<CallRecord> readCall(ObjectReader object, QHash<QString, QString> &seen,
                                   const QString &where)
{
    CallRecord r;
    const auto id = readId(object.required("id"), seen, where);
    const auto op = readCreditCode(object.required("operatorCode"));
    const auto opName = readIdentity(object.required("operatorName"), 1, 200);
    const auto product = readIdentity(object.required("product"), 1, 64);
    const auto app = optionalString(object.optional("applicationId"), 64);
    const auto resource = optionalString(object.optional("resourceCode"), 64);
    const auto start = object.required("periodStart").date();
    const ValueReader endValue = object.required("periodEnd");
    const auto end = endValue.date();
    if (start && end && *end < *start)
        endValue.error(QStringLiteral("must not be before periodStart (%1)").arg(isoDate(*start)));
    const auto calls = object.required("calls").integer(0);
    const ValueReader freeValue = object.required("freeCalls");
    const auto freeCalls = freeValue.integer(0);
    if (calls && freeCalls && *freeCalls > *calls)
        freeValue.error(QStringLiteral("must not be more than calls (%1)").arg(*calls));
    const auto users = object.required("activeUsers").integer(0);
    const auto revenue = readMoney(object.required("revenue"));
    object.refuseUnknownFields();
    if (!object.valid() || !id || !op || !opName || !product || !app || !resource || !start ||
        !end || !calls || !freeCalls || !users || !revenue)
        return std::nullopt;
    r.id = *id;
    r.operatorCode = *op;
    r.operatorName = *opName;
    r.product = *product;
    r.applicationId = *app;
    r.resourceCode = *resource;
    r.periodStart = *start;
    r.periodEnd = *end;
    r.calls = *calls;
    r.freeCalls = *freeCalls;
    r.activeUsers = *users;
    r.revenue = *revenue;
    return r;
}

std::optional<IncidentRecord> readIncident(ObjectReader object, QHash<QString, QString> &seen,
                                           const QString &where)
{
    IncidentRecord r;
    const auto id = readId(object.required("id"), seen, where);
    const auto opened = object.required("openedAt").dateTime();
    const auto severity = object.required("severity").oneOf(kIncidentSeverities);
    const ValueReader opValue = object.optional("operatorCode");
    const std::optional<QString> op =
        opValue.present() ? readCreditCode(opValue) : std::optional<QString>(QString());
    const auto app = optionalString(object.optional("applicationId"), 64);
    const auto resource = optionalString(object.optional("resourceCode"), 64);
    const auto summary = object.required("summary").string(1, 2000);
    const ValueReader respondedValue = object.optional("respondedAt");
    const ValueReader closedValue = object.optional("closedAt");
    std::optional<QDateTime> responded = QDateTime();
    std::optional<QDateTime> closed = QDateTime();
    if (respondedValue.present()) {
        responded = respondedValue.dateTime();
        if (responded && opened && *responded < *opened)
            respondedValue.error(QStringLiteral("must not be before openedAt"));
    }
    if (closedValue.present()) {
        closed = closedValue.dateTime();
        if (closed && opened && *closed < *opened)
            closedValue.error(QStringLiteral("must not be before openedAt"));
    }
    if (op && app && resource && op->isEmpty() && app->isEmpty() && resource->isEmpty() &&
        object.valid())
        opValue.error(QStringLiteral("an incident names its subject: operatorCode, applicationId "
                                     "or resourceCode"));
    object.refuseUnknownFields();
    if (!object.valid() || !id || !opened || !severity || !op || !app || !resource || !summary ||
        !responded || !closed || (op->isEmpty() && app->isEmpty() && resource->isEmpty()))
        return std::nullopt;
    r.id = *id;
    r.openedAt = *opened;
    r.severity = *severity;
    r.operatorCode = *op;
    r.applicationId = *app;
    r.resourceCode = *resource;
    r.summary = *summary;
    r.respondedAt = *responded;
    r.closedAt = *closed;
    return r;
}

std::optional<QDate> optionalDate(const ValueReader &value)
{
    if (!value.present())
        return QDate();
    return value.date();
}

std::optional<FilingRecord> readFiling(ObjectReader object, QHash<QString, QString> &seen,
                                       const QString &where)
{
    FilingRecord r;
    const auto id = readId(object.required("id"), seen, where);
    const auto kind = object.required("kind").oneOf(kFilingKinds);
    const auto partyKind = object.required("partyKind").oneOf(kPartyKinds);
    const ValueReader partyValue = object.required("partyId");
    const std::optional<QString> partyId = partyKind == QLatin1String("operator")
                                               ? readCreditCode(partyValue)
                                               : readIdentity(partyValue, 1, 200);
    const auto partyName = readIdentity(object.required("partyName"), 1, 200);
    const auto app = optionalString(object.optional("applicationId"), 64);
    const auto reference = optionalString(object.optional("reference"), 200);
    const bool disclosure = kind == QLatin1String("disclosure");
    const bool filing = kind && !disclosure;
    // What each kind needs; the fields of the other kind are refused.
    std::optional<QDate> decided = QDate(), filed = QDate(), from = QDate(), to = QDate(),
                         published = QDate();
    std::optional<qint64> year = 0;
    if (filing) {
        decided = object.required("decidedAt").date();
        const ValueReader filedValue = object.optional("filedAt");
        filed = optionalDate(filedValue);
        if (decided && filed && filed->isValid() && *filed < *decided)
            filedValue.error(
                QStringLiteral("must not be before decidedAt (%1)").arg(isoDate(*decided)));
        from = optionalDate(object.optional("validFrom"));
        const ValueReader toValue = object.optional("validTo");
        to = optionalDate(toValue);
        if (from && to && from->isValid() && to->isValid() && *to < *from)
            toValue.error(QStringLiteral("must not be before validFrom (%1)").arg(isoDate(*from)));
    } else if (disclosure) {
        year = object.required("year").integer(2000, 2100);
        const ValueReader publishedValue = object.required("publishedAt");
        published = publishedValue.date();
        if (year && published && published->year() <= *year)
            publishedValue.error(
                QStringLiteral("a disclosure of %1 is published in a later year").arg(*year));
    }
    object.refuseUnknownFields();
    if (!object.valid() || !id || !kind || !partyKind || !partyId || !partyName || !app ||
        !reference || !decided || !filed || !from || !to || !published || !year)
        return std::nullopt;
    r.id = *id;
    r.kind = *kind;
    r.partyKind = *partyKind;
    r.partyId = *partyId;
    r.partyName = *partyName;
    r.applicationId = *app;
    r.reference = *reference;
    r.decidedAt = *decided;
    r.filedAt = *filed;
    r.validFrom = *from;
    r.validTo = *to;
    r.year = int(*year);
    r.publishedAt = *published;
    return r;
}

/** Reads one record of @p kind into @p file; false when it was invalid. */
bool readRecord(FeedKind kind, ObjectReader object, QHash<QString, QString> &seen,
                const QString &where, FeedFile &file)
{
    switch (kind) {
    case FeedKind::Calls:
        if (auto r = readCall(std::move(object), seen, where)) {
            file.calls.append(std::move(*r));
            return true;
        }
        return false;
    case FeedKind::Incidents:
        if (auto r = readIncident(std::move(object), seen, where)) {
            file.incidents.append(std::move(*r));
            return true;
        }
        return false;
    case FeedKind::Filings:
        if (auto r = readFiling(std::move(object), seen, where)) {
            file.filings.append(std::move(*r));
            return true;
        }
        return false;
    }
    return false;
}

/** The columns of each kind, in the order docs/feeds.md lists them; integers marked. */
struct Column
{
    const char *name;
    bool integer;
};

QList<Column> columnsOf(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Calls:
        return {{"id", false},          {"operatorCode", false},  {"operatorName", false},
                {"product", false},     {"applicationId", false}, {"resourceCode", false},
                {"periodStart", false}, {"periodEnd", false},     {"calls", true},
                {"freeCalls", true},    {"activeUsers", true},    {"revenue", false}};
    case FeedKind::Incidents:
        return {{"id", false},           {"openedAt", false},      {"severity", false},
                {"operatorCode", false}, {"applicationId", false}, {"resourceCode", false},
                {"summary", false},      {"respondedAt", false},   {"closedAt", false}};
    case FeedKind::Filings:
        return {{"id", false},         {"kind", false},      {"partyKind", false},
                {"partyId", false},    {"partyName", false}, {"applicationId", false},
                {"reference", false},  {"decidedAt", false}, {"filedAt", false},
                {"validFrom", false},  {"validTo", false},   {"year", true},
                {"publishedAt", false}};
    }
    return {};
}

FeedParseOutcome parseJson(const QByteArray &data, const QString &label)
{
    FeedParseOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(data);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    FeedFile file;
    const ValueReader formatValue = root->required("format");
    const auto format = formatValue.string(1, 64);
    std::optional<FeedKind> kind;
    if (format) {
        kind = feedKindFromFormat(*format);
        if (!kind)
            formatValue.error(QStringLiteral("not a feed format (expected %1, %2 or %3)")
                                  .arg(kCallsFormat, kIncidentsFormat, kFilingsFormat));
    }
    file.source = root->required("source").string(1, 200).value_or(QString());
    if (const ValueReader exported = root->optional("exportedAt"); exported.present())
        file.exportedAt = exported.dateTime().value_or(QDateTime());
    const ArrayReader records = root->required("records").array();
    if (kind) {
        file.kind = *kind;
        QHash<QString, QString> seen;
        for (int i = 0; i < records.size(); ++i) {
            const ValueReader item = records.at(i);
            readRecord(*kind, item.object(), seen, item.path(), file);
        }
    }
    root->refuseUnknownFields();
    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.file = std::move(file);
    return outcome;
}

/** Splits CSV text (RFC 4180: quotes, doubled quotes, CRLF or LF) into lines of cells. */
struct CsvLine
{
    int number = 0; // 1-based line where the record starts
    QStringList cells;
};

std::optional<QList<CsvLine>> splitCsv(const QString &text, QString *problem, int *problemLine)
{
    QList<CsvLine> lines;
    CsvLine current;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    current.number = 1;
    auto endCell = [&]() {
        current.cells.append(cell);
        cell.clear();
        cellWasQuoted = false;
    };
    auto endLine = [&]() {
        endCell();
        const bool blank = current.cells.size() == 1 && current.cells.first().isEmpty();
        if (!blank)
            lines.append(current);
        current = CsvLine{};
        current.number = line + 1;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!cell.isEmpty() || cellWasQuoted) {
                *problem = QStringLiteral("a quote inside an unquoted cell");
                *problemLine = line;
                return std::nullopt;
            }
            quoted = true;
            cellWasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            endCell();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            endLine();
            ++line;
        } else if (c == QLatin1Char('\n')) {
            endLine();
            ++line;
        } else {
            if (cellWasQuoted) {
                *problem = QStringLiteral("text after a closing quote");
                *problemLine = line;
                return std::nullopt;
            }
            cell += c;
        }
    }
    if (quoted) {
        *problem = QStringLiteral("a quoted cell is not closed");
        *problemLine = current.number;
        return std::nullopt;
    }
    if (!cell.isEmpty() || !current.cells.isEmpty())
        endLine();
    return lines;
}

/** Records an error of a CSV feed unless the outcome already holds JsonReader::kMaxErrors. */
void addCsvError(FeedParseOutcome &outcome, const QString &where, const QString &what)
{
    if (outcome.errors.size() < JsonReader::kMaxErrors)
        outcome.errors.append(Error{where, what});
}

/** Reads the "#key: value" lines at the top of a CSV feed into @p file, from @p index on,
 * leaving @p index at the first other line; returns the feed's kind if the format is known. */
std::optional<FeedKind> readCsvMetadata(const QList<CsvLine> &lines, qsizetype &index,
                                        const QString &label, FeedFile &file,
                                        FeedParseOutcome &outcome)
{
    std::optional<FeedKind> kind;
    bool sourceSeen = false;
    // Metadata lines: "#key: value" (the whole line is one cell unless it holds commas).
    for (; index < lines.size(); ++index) {
        const CsvLine &l = lines.at(index);
        const QString joined = l.cells.join(QLatin1Char(','));
        if (!joined.startsWith(QLatin1Char('#')))
            break;
        const qsizetype colon = joined.indexOf(QLatin1Char(':'));
        const QString where = label + QStringLiteral(": line %1").arg(l.number);
        if (colon < 0) {
            addCsvError(outcome, where, QStringLiteral("expected \"#key: value\""));
            continue;
        }
        const QString key = joined.mid(1, colon - 1).trimmed();
        const QString value = joined.mid(colon + 1).trimmed();
        if (key == QLatin1String("format")) {
            kind = feedKindFromFormat(value);
            if (!kind)
                addCsvError(outcome, where,
                            QStringLiteral("not a feed format (expected %1, %2 or %3)")
                                .arg(kCallsFormat, kIncidentsFormat, kFilingsFormat));
        } else if (key == QLatin1String("source")) {
            sourceSeen = true;
            file.source = value;
            if (value.isEmpty())
                addCsvError(outcome, where, QStringLiteral("the source must not be empty"));
        } else if (key == QLatin1String("exportedAt")) {
            JsonReader reader(where);
            file.exportedAt = ValueReader(&reader, QJsonValue(value), QString(), true)
                                  .dateTime()
                                  .value_or(QDateTime());
            outcome.errors.append(reader.errors());
        } else {
            addCsvError(outcome, where,
                        QStringLiteral("unknown metadata \"%1\"").arg(key.left(64)));
        }
    }
    if (!kind && outcome.errors.isEmpty())
        addCsvError(outcome, label,
                    QStringLiteral("the first line must be \"#format: %1\" (or incidents, "
                                   "filings)")
                        .arg(kCallsFormat));
    if (!sourceSeen)
        addCsvError(outcome, label, QStringLiteral("a \"#source: …\" line is required"));
    return kind;
}

/** Checks the header row (known column names, each once) and maps each of its positions to
 * an index into @p columns (-1 for an unknown name). */
QList<int> readCsvHeader(const CsvLine &header, const QList<Column> &columns, const QString &label,
                         FeedParseOutcome &outcome)
{
    QList<int> columnOf; // header position -> index into columns
    QSet<int> seenColumns;
    for (int i = 0; i < header.cells.size(); ++i) {
        const QString name = header.cells.at(i).trimmed();
        int found = -1;
        for (int c = 0; c < columns.size(); ++c) {
            if (name == QLatin1String(columns.at(c).name))
                found = c;
        }
        const QString where =
            label + QStringLiteral(": line %1, column %2").arg(header.number).arg(i + 1);
        if (found < 0)
            addCsvError(outcome, where, QStringLiteral("unknown column \"%1\"").arg(name.left(64)));
        else if (seenColumns.contains(found))
            addCsvError(outcome, where, QStringLiteral("column \"%1\" given twice").arg(name));
        seenColumns.insert(found);
        columnOf.append(found);
    }
    return columnOf;
}

/** The JSON object a CSV row stands for: empty cells left out, integer columns as numbers. */
QJsonObject csvRowObject(const CsvLine &l, const QList<Column> &columns, const QList<int> &columnOf)
{
    QJsonObject object;
    for (int i = 0; i < l.cells.size(); ++i) {
        const QString &cell = l.cells.at(i);
        if (cell.isEmpty())
            continue; // an empty cell is an absent field
        const Column &column = columns.at(columnOf.at(i));
        // Integer columns hold plain digits; anything else stays text and is refused
        // by the reader as "expected an integer".
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,16}$"));
        const bool isNumber = column.integer && digits.match(cell).hasMatch();
        const double number = isNumber ? cell.toDouble() : 0.0;
        object.insert(QLatin1String(column.name), isNumber ? QJsonValue(number) : QJsonValue(cell));
    }
    return object;
}

/** Reads the data rows after the header into @p file's records, as JSON records are read. */
void readCsvRows(const QList<CsvLine> &lines, qsizetype index, const CsvLine &header, FeedKind kind,
                 const QList<int> &columnOf, const QString &label, FeedFile &file,
                 FeedParseOutcome &outcome)
{
    const QList<Column> columns = columnsOf(kind);
    QHash<QString, QString> seen;
    for (; index < lines.size(); ++index) {
        const CsvLine &l = lines.at(index);
        const QString lineWhere = label + QStringLiteral(": line %1").arg(l.number);
        if (l.cells.size() != header.cells.size()) {
            addCsvError(outcome, lineWhere,
                        QStringLiteral("expected %1 cells, found %2")
                            .arg(header.cells.size())
                            .arg(l.cells.size()));
            continue;
        }
        const QJsonObject object = csvRowObject(l, columns, columnOf);
        // The row is read as a JSON object would be; its errors are renamed to
        // "FILE: line N, column NAME".
        JsonReader reader(QStringLiteral("-"));
        readRecord(kind, ObjectReader(&reader, object, QString(), true), seen,
                   QStringLiteral("line %1").arg(l.number), file);
        for (const Error &e : reader.errors()) {
            const QString path = e.where.mid(3); // after "-: "
            addCsvError(outcome,
                        path.isEmpty() ? lineWhere : lineWhere + QStringLiteral(", column ") + path,
                        e.what);
        }
    }
}

FeedParseOutcome parseCsv(const QByteArray &data, const QString &label)
{
    FeedParseOutcome outcome;
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3); // a BOM, as spreadsheet programs write
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes) {
        addCsvError(outcome, label, QStringLiteral("not valid UTF-8"));
        return outcome;
    }
    QString problem;
    int problemLine = 0;
    const auto lines = splitCsv(text, &problem, &problemLine);
    if (!lines) {
        addCsvError(outcome, label + QStringLiteral(": line %1").arg(problemLine), problem);
        return outcome;
    }
    FeedFile file;
    qsizetype index = 0;
    const std::optional<FeedKind> kind = readCsvMetadata(*lines, index, label, file, outcome);
    if (!kind)
        return outcome;
    file.kind = *kind;
    if (index >= lines->size()) {
        addCsvError(outcome, label, QStringLiteral("no header row"));
        return outcome;
    }
    // The header row: known column names, each once, required ones present.
    const CsvLine &header = lines->at(index++);
    const QList<int> columnOf = readCsvHeader(header, columnsOf(*kind), label, outcome);
    if (!outcome.errors.isEmpty())
        return outcome;

    readCsvRows(*lines, index, header, *kind, columnOf, label, file, outcome);
    if (outcome.errors.isEmpty())
        outcome.file = std::move(file);
    return outcome;
}

} // namespace

std::optional<FeedKind> feedKindFromFormat(const QString &format)
{
    for (FeedKind kind : {FeedKind::Calls, FeedKind::Incidents, FeedKind::Filings}) {
        if (format == feedFormat(kind))
            return kind;
    }
    return std::nullopt;
}

QString feedKindLabel(FeedKind kind)
{
    switch (kind) {
    case FeedKind::Calls:
        return QCoreApplication::translate("Monitoring", "product calls");
    case FeedKind::Incidents:
        return QCoreApplication::translate("Monitoring", "security incidents");
    case FeedKind::Filings:
        return QCoreApplication::translate("Monitoring", "filings and disclosures");
    }
    return {};
}

QString incidentSeverityLabel(const QString &code)
{
    // The feed's codes stay low…critical; shown are the national grades of incidents,
    // 一般 / 较大 / 重大 / 特别重大 (Level IV to Level I).
    if (code == QLatin1String("low"))
        return QCoreApplication::translate("Monitoring", "general (Level IV)");
    if (code == QLatin1String("medium"))
        return QCoreApplication::translate("Monitoring", "relatively major (Level III)");
    if (code == QLatin1String("high"))
        return QCoreApplication::translate("Monitoring", "major (Level II)");
    if (code == QLatin1String("critical"))
        return QCoreApplication::translate("Monitoring", "especially major (Level I)");
    return code;
}

FeedParseOutcome parseFeed(const QByteArray &data, const QString &label, bool csv)
{
    return csv ? parseCsv(data, label) : parseJson(data, label);
}

FeedParseOutcome parseFeedFile(const QString &path, const QString &label)
{
    const QString name = label.isEmpty() ? path : label;
    FeedParseOutcome outcome;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.errors.append(
            Error{name, QStringLiteral("cannot read: %1").arg(file.errorString())});
        return outcome;
    }
    if (file.size() > kMaxFeedBytes) {
        outcome.errors.append(Error{
            name,
            QStringLiteral("larger than %1").arg(i18n::fileSize(kMaxFeedBytes, QLocale::c()))});
        return outcome;
    }
    const QByteArray data = file.readAll();
    return parseFeed(data, name, path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive));
}

} // namespace gd::monitoring
