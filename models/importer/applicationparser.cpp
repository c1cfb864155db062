// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationparser.h"

#include <limits>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include "core/hashing.h"
#include "core/identitytext.h"
#include "domain/creditcode.h"
#include "importer/identityfield.h"
#include "core/jsonreader.h"
#include "core/i18n.h"

namespace gd {
namespace {

const QString kApplicationFormat1 = QStringLiteral("grantdesk.application/1");
const QString kApplicationFormat2 = QStringLiteral("grantdesk.application/2");
/** Sizes in these (English) messages in the one style of i18n::fileSize: "100 B", "64.0 MB". */
QString sizeText(qint64 bytes)
{
    return i18n::fileSize(bytes, QLocale::c());
}

QRegularExpression pattern(const char *expression)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(QString::fromLatin1(expression)));
}

std::optional<QString> readId(ValueReader value)
{
    static const QRegularExpression re = pattern("[A-Za-z0-9][A-Za-z0-9_-]{2,63}");
    return value.matching(re,
                          QStringLiteral("must be 3 to 64 characters A-Z, a-z, 0-9, '_' or '-', "
                                         "starting with a letter or digit"));
}

std::optional<QString> readCreditCode(ValueReader value)
{
    if (!value.present())
        return std::nullopt;
    if (!value.raw().isString())
        return value.string(); // records the type error
    const QString code = value.raw().toString();
    if (const QString problem = identitytext::identityProblem(code); !problem.isEmpty()) {
        value.error(problem);
        return std::nullopt;
    }
    // creditcode::problem names the length, a bad character, a check character or the division.
    if (const QString problem = creditcode::problem(code); !problem.isEmpty()) {
        value.error(problem.startsWith(QLatin1String("credit code "))
                        ? problem.mid(int(qstrlen("credit code ")))
                        : problem);
        return std::nullopt;
    }
    return code;
}

std::optional<QString> readPhone(ValueReader value)
{
    static const QRegularExpression re = pattern("[0-9+() -]{5,30}");
    return value.matching(re, QStringLiteral("must be 5 to 30 characters of digits, spaces "
                                             "and + ( ) -"));
}

std::optional<QString> readSha256(ValueReader value)
{
    static const QRegularExpression re = pattern("[0-9a-f]{64}");
    return value.matching(re, QStringLiteral("must be 64 lowercase hexadecimal digits"));
}

/** Why an attachment path is not a plain relative path, or an empty string. */
QString pathProblem(const QString &path)
{
    if (path.contains(QLatin1Char('\\')))
        return QStringLiteral("must use '/' as separator, not a backslash");
    if (path.startsWith(QLatin1Char('/')) ||
        (path.size() >= 2 && path.at(0).isLetter() && path.at(1) == QLatin1Char(':')))
        return QStringLiteral("must be relative, not an absolute path");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("must not contain control characters");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.contains(QStringLiteral("..")))
        return QStringLiteral("must not contain a '..' component");
    if (parts.last().isEmpty() || parts.last() == QLatin1String("."))
        return QStringLiteral("must name a file, not a folder");
    return {};
}

Contact readContact(ObjectReader object)
{
    Contact contact;
    contact.name = readIdentity(object.required("name"), 1, 100).value_or(QString());
    contact.phone = readPhone(object.required("phone")).value_or(QString());
    contact.email = object.optional("email").email().value_or(QString());
    object.refuseUnknownFields();
    return contact;
}

/** Format 2's operator: a name and a credit code, and not the applicant again. */
OperatorParty readOperator(ObjectReader object, const Applicant &applicant)
{
    OperatorParty party;
    party.name = readIdentity(object.required("name"), 1, 200).value_or(QString());
    const ValueReader code = object.required("creditCode");
    party.creditCode = readCreditCode(code).value_or(QString());
    if (!party.creditCode.isEmpty() && party.creditCode == applicant.creditCode)
        code.error(QStringLiteral("is the applicant's own code: leave \"operator\" out when the "
                                  "applicant operates the product"));
    object.refuseUnknownFields();
    return party;
}

Applicant readApplicant(ObjectReader object)
{
    Applicant applicant;
    applicant.name = readIdentity(object.required("name"), 1, 200).value_or(QString());
    applicant.creditCode = readCreditCode(object.required("creditCode")).value_or(QString());
    applicant.legalRepresentative =
        readIdentity(object.optional("legalRepresentative"), 0, 100).value_or(QString());
    applicant.role = object.required("role").oneOf("role").value_or(QString());
    applicant.contact = readContact(object.required("contact").object());
    applicant.creditDeclaration = object.optional("creditDeclaration").boolean();
    object.refuseUnknownFields();
    return applicant;
}

Scenario readScenario(ObjectReader object)
{
    Scenario scenario;
    scenario.name = object.required("name").string(1, 200).value_or(QString());
    scenario.domain = object.required("domain").string(1, 50).value_or(QString());
    scenario.description = object.required("description").string(1, 20000).value_or(QString());
    scenario.beneficiaries = object.optional("beneficiaries").string(0, 2000).value_or(QString());
    ObjectReader benefits = object.optional("expectedBenefits").object();
    scenario.socialBenefit = benefits.optional("social").string(0, 5000).value_or(QString());
    scenario.economicBenefit = benefits.optional("economic").string(0, 5000).value_or(QString());
    benefits.refuseUnknownFields();
    object.refuseUnknownFields();
    return scenario;
}

Authorization readAuthorization(ObjectReader object)
{
    Authorization authorization;
    authorization.mode = object.required("mode").oneOf("mode").value_or(QString());
    authorization.planRef = object.optional("planRef").string(0, 200).value_or(QString());
    authorization.implementingBody =
        readIdentity(object.optional("implementingBody"), 0, 200).value_or(QString());
    object.refuseUnknownFields();
    return authorization;
}

RequestedResource readResource(ObjectReader object)
{
    RequestedResource resource;
    resource.name = readIdentity(object.required("name"), 1, 200).value_or(QString());
    resource.registrationCode =
        readIdentity(object.optional("registrationCode"), 0, 64).value_or(QString());
    resource.provider = readIdentity(object.required("provider"), 1, 200).value_or(QString());
    const ArrayReader fields = object.required("fields").array(1, 1000);
    for (int i = 0; i < fields.size(); ++i) {
        if (auto field = readIdentity(fields.at(i), 1, 100))
            resource.fields.append(*field);
    }
    resource.grade = object.optional("grade").oneOf("grade").value_or(QString());
    resource.volume = object.optional("volume").integer(0);
    resource.updateFrequency =
        object.optional("updateFrequency").oneOf("updateFrequency").value_or(QString());
    resource.delivery = object.required("delivery").oneOf("delivery").value_or(QString());
    resource.sharedFrom = readIdentity(object.optional("sharedFrom"), 0, 200).value_or(QString());
    resource.justification = object.required("justification").string(1, 5000).value_or(QString());
    object.refuseUnknownFields();
    return resource;
}

Security readSecurity(ObjectReader object)
{
    Security security;
    security.mlpsLevel = int(object.required("mlpsLevel").integer(1, 5).value_or(0));
    security.cryptoAssessment = object.optional("cryptoAssessment").boolean();
    security.officer = readIdentity(object.optional("officer"), 0, 100).value_or(QString());
    security.incidentsLast3Years = object.optional("incidentsLast3Years").integer(0);
    security.emergencyPlan = object.required("emergencyPlan").boolean().value_or(false);
    object.refuseUnknownFields();
    return security;
}

void readPeriod(ObjectReader object, Application &application)
{
    const auto start = object.required("start").date();
    const ValueReader endValue = object.required("end");
    const auto end = endValue.date();
    if (start && end && *end <= *start) {
        endValue.error(
            QStringLiteral("must be after period.start (%1)").arg(start->toString(Qt::ISODate)));
    }
    application.periodStart = start.value_or(QDate());
    application.periodEnd = end.value_or(QDate());
    object.refuseUnknownFields();
}

std::optional<PricingRequest> readPricing(ObjectReader object)
{
    if (!object.valid())
        return std::nullopt;
    PricingRequest pricing;
    pricing.product = object.required("product").string(1, 200).value_or(QString());
    pricing.billingUnit = object.required("billingUnit").oneOf("billingUnit").value_or(QString());
    pricing.expectedQuantity = object.required("expectedQuantity").integer(0).value_or(0);
    pricing.smallBusiness = object.optional("smallBusiness").boolean().value_or(false);
    pricing.priorityScenario = object.optional("priorityScenario").boolean().value_or(false);
    object.refuseUnknownFields();
    return pricing;
}

/** An attachment entry as read, with what is needed to check its file afterwards. */
struct AttachmentEntry
{
    Attachment attachment;
    QString pathWhere;   // JSON path of "path"
    QString sha256Where; // JSON path of "sha256"
    bool pathOk = false;
    bool sha256Ok = false;
};

AttachmentEntry readAttachment(ObjectReader object)
{
    AttachmentEntry entry;
    Attachment &attachment = entry.attachment;
    attachment.name = object.required("name").string(1, 200).value_or(QString());
    attachment.kind = object.required("kind").oneOf("attachmentKind").value_or(QString());
    const ValueReader path = object.required("path");
    entry.pathWhere = path.path();
    if (auto text = path.string(1, 400)) {
        if (const QString problem = pathProblem(*text); !problem.isEmpty()) {
            path.error(problem);
        } else {
            attachment.path = *text;
            entry.pathOk = true;
        }
    }
    const ValueReader sha256 = object.required("sha256");
    entry.sha256Where = sha256.path();
    if (auto hex = readSha256(sha256)) {
        attachment.sha256 = *hex;
        entry.sha256Ok = true;
    }
    object.refuseUnknownFields();
    return entry;
}

/**
 * Checks the files of the attachments whose entries were valid: inside the application's
 * folder once links are resolved, within the size limits, matching their SHA-256.
 */
class AttachmentChecker final
{
public:
    AttachmentChecker(JsonReader &reader, const QString &baseDir, const ImportLimits &limits)
        : m_reader(reader)
        , m_baseDir(baseDir)
        , m_limits(limits)
    {}

    void check(QList<AttachmentEntry> &entries, const QString &arrayPath,
               QList<AttachmentContent> &contents)
    {
        qint64 total = 0;
        QHash<QString, qsizetype> contentIndex; // sha256 -> index in contents
        for (AttachmentEntry &entry : entries) {
            if (!entry.pathOk)
                continue;
            const QString file = resolve(entry);
            if (file.isEmpty())
                continue;
            QFile in(file);
            const qint64 size = in.size();
            entry.attachment.size = size;
            total += size;
            if (size > m_limits.maxAttachmentBytes) {
                m_reader.error(entry.pathWhere,
                               QStringLiteral("attachment larger than %1 (%2)")
                                   .arg(sizeText(m_limits.maxAttachmentBytes), sizeText(size)));
                continue;
            }
            if (total > m_limits.maxAttachmentsTotalBytes || !entry.sha256Ok)
                continue; // the total is reported once below; do not read more
            if (!in.open(QIODevice::ReadOnly)) {
                m_reader.error(
                    entry.pathWhere,
                    QStringLiteral("cannot read the attachment: %1").arg(in.errorString()));
                continue;
            }
            QByteArray data;
            const QString actual = hashing::readSha256(in, size, data);
            if (actual.isEmpty()) {
                m_reader.error(
                    entry.pathWhere,
                    QStringLiteral("cannot read the attachment: %1").arg(in.errorString()));
                continue;
            }
            if (actual != entry.attachment.sha256) {
                m_reader.error(
                    entry.sha256Where,
                    QStringLiteral("sha256 does not match the file (file has %1)").arg(actual));
                continue;
            }
            if (!contentIndex.contains(actual)) {
                contentIndex.insert(actual, contents.size());
                contents.append(AttachmentContent{actual, std::move(data)});
            }
        }
        if (total > m_limits.maxAttachmentsTotalBytes) {
            m_reader.error(arrayPath,
                           QStringLiteral("attachments larger than %1 in total (%2)")
                               .arg(sizeText(m_limits.maxAttachmentsTotalBytes), sizeText(total)));
        }
    }

private:
    // The canonical folder is only worked out when an attachment needs it.
    const QString &canonicalBase()
    {
        if (!m_canonicalBase) {
            m_canonicalBase = QFileInfo(m_baseDir).canonicalFilePath();
        }
        return *m_canonicalBase;
    }

    /** The canonical file path of the attachment, or an empty string after an error. */
    QString resolve(const AttachmentEntry &entry)
    {
        const QString &base = canonicalBase();
        const QFileInfo info(QDir(m_baseDir).filePath(entry.attachment.path));
        if (!info.exists() || base.isEmpty()) {
            m_reader.error(
                entry.pathWhere,
                QStringLiteral("attachment file not found: %1").arg(entry.attachment.path));
            return {};
        }
        const QString canonical = info.canonicalFilePath();
        const QString inside = base.endsWith(QLatin1Char('/')) ? base : base + QLatin1Char('/');
        if (!canonical.startsWith(inside)) {
            m_reader.error(entry.pathWhere,
                           QStringLiteral("resolves outside the application's folder"));
            return {};
        }
        if (!QFileInfo(canonical).isFile()) {
            m_reader.error(entry.pathWhere, QStringLiteral("not a regular file"));
            return {};
        }
        return canonical;
    }

    JsonReader &m_reader;
    QString m_baseDir;
    const ImportLimits &m_limits;
    std::optional<QString> m_canonicalBase;
};

} // namespace

ParseOutcome ApplicationParser::parseFile(const QString &filePath, const QString &label) const
{
    ParseOutcome outcome;
    QFile file(filePath);
    // The size is checked before anything is parsed, and the read is capped in case the
    // file grows meanwhile.
    if (file.exists() && file.size() > m_limits.maxFileBytes) {
        outcome.errors.append(
            Error{label, QStringLiteral("file larger than %1 (%2)")
                             .arg(sizeText(m_limits.maxFileBytes), sizeText(file.size()))});
        return outcome;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.errors.append(
            Error{label, QStringLiteral("cannot read the file: %1").arg(file.errorString())});
        return outcome;
    }
    const QByteArray json = file.read(m_limits.maxFileBytes + 1);
    if (json.size() > m_limits.maxFileBytes) {
        outcome.errors.append(Error{
            label, QStringLiteral("file larger than %1").arg(sizeText(m_limits.maxFileBytes))});
        return outcome;
    }
    return parse(json, label, QFileInfo(filePath).absolutePath());
}

ParseOutcome ApplicationParser::parse(const QByteArray &json, const QString &label,
                                      const QString &baseDir) const
{
    ParseOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }

    Application app;
    const ValueReader format = root->required("format");
    if (format.present() && format.raw().isString()) {
        const QString text = format.raw().toString();
        if (text == kApplicationFormat2) {
            app.format = 2;
        } else if (text != kApplicationFormat1) {
            format.error(QStringLiteral("must be '%1' or '%2', not '%3'")
                             .arg(kApplicationFormat1, kApplicationFormat2, text));
            if (!text.startsWith(QLatin1String("grantdesk.application/"))) {
                // Another kind of file (a register, fee rules): its other fields are not the
                // point.
                outcome.errors = reader.errors();
                return outcome;
            }
        }
    } else {
        format.constant(kApplicationFormat1); // records what is missing or of the wrong type
    }
    app.id = readId(root->required("id")).value_or(QString());
    app.version =
        int(root->required("version").integer(1, std::numeric_limits<int>::max()).value_or(0));
    app.submittedAt = root->required("submittedAt").dateTime().value_or(QDateTime());
    app.deadline = root->optional("deadline").date().value_or(QDate());
    app.applicant = readApplicant(root->required("applicant").object());
    if (const ValueReader party = root->optional("operator"); party.present()) {
        if (app.format == 2)
            app.operatorParty = readOperator(party.object(), app.applicant);
        else
            party.error(QStringLiteral("needs format '%1': format 1 names no operator, the "
                                       "applicant is taken as the operator")
                            .arg(kApplicationFormat2));
    }
    app.scenario = readScenario(root->required("scenario").object());
    app.authorization = readAuthorization(root->required("authorization").object());
    app.useClass = root->required("useClass").oneOf("useClass").value_or(QString());

    const ArrayReader resources = root->required("resources").array(1, 500);
    for (int i = 0; i < resources.size(); ++i)
        app.resources.append(readResource(resources.at(i).object()));

    app.security = readSecurity(root->required("security").object());
    readPeriod(root->required("period").object(), app);
    app.pricing = readPricing(root->optional("pricing").object());

    const ValueReader attachmentsValue = root->optional("attachments");
    const ArrayReader attachments = attachmentsValue.array(0, 200);
    QList<AttachmentEntry> entries;
    for (int i = 0; i < attachments.size(); ++i)
        entries.append(readAttachment(attachments.at(i).object()));
    root->refuseUnknownFields();

    QList<AttachmentContent> contents;
    AttachmentChecker(reader, baseDir, m_limits).check(entries, attachmentsValue.path(), contents);
    for (const AttachmentEntry &entry : entries)
        app.attachments.append(entry.attachment);

    if (reader.hasErrors()) {
        outcome.errors = reader.errors();
        return outcome;
    }
    ParsedApplication parsed;
    parsed.application = std::move(app);
    parsed.sourceJson = json;
    parsed.contentSha256 = hashing::sha256Hex(json);
    parsed.contents = std::move(contents);
    outcome.parsed = std::move(parsed);
    return outcome;
}

} // namespace gd
