// SPDX-License-Identifier: GPL-3.0-or-later
#include "registerparser.h"

#include <QFile>
#include <QHash>

#include "importer/identityfield.h"
#include "core/jsonreader.h"
#include "core/i18n.h"

namespace gd {
namespace {

const QString kRegisterFormat = QStringLiteral("grantdesk.register/1");
// A register export is larger than an application, but still read whole into memory.
constexpr qint64 kMaxRegisterBytes = 100LL * 1024 * 1024;

const QStringList &statusCodes()
{
    static const QStringList codes = {QStringLiteral("active"), QStringLiteral("changed"),
                                      QStringLiteral("corrected"), QStringLiteral("cancelled")};
    return codes;
}

/**
 * The catalogue's 授权运营类型 and 运营审核方式 (briefing L201), optional since older exports
 * lack them, but a pair: an entry gives both or neither. Text as the catalogue words it.
 */
bool readOperation(ObjectReader &object, RegisteredResource &resource)
{
    const ValueReader typeValue = object.optional("operationType");
    const ValueReader reviewValue = object.optional("operationReview");
    const auto type = typeValue.present() ? readIdentity(typeValue, 1, 100) : QString();
    const auto review = reviewValue.present() ? readIdentity(reviewValue, 1, 100) : QString();
    bool valid = type && review;
    if (typeValue.present() && !reviewValue.present()) {
        reviewValue.error(QStringLiteral("required with operationType: the catalogue records "
                                         "the type and the review method together"));
        valid = false;
    } else if (reviewValue.present() && !typeValue.present()) {
        typeValue.error(QStringLiteral("required with operationReview: the catalogue records "
                                       "the type and the review method together"));
        valid = false;
    }
    if (valid) {
        resource.operationType = *type;
        resource.operationReview = *review;
    }
    return valid;
}

std::optional<RegisteredResource> readResource(ObjectReader object,
                                               QHash<QString, QString> &seenCodes)
{
    RegisteredResource resource;
    const ValueReader codeValue = object.required("code");
    const auto code = readIdentity(codeValue, 1, 64);
    if (code) {
        if (const auto it = seenCodes.constFind(*code); it != seenCodes.constEnd())
            codeValue.error(QStringLiteral("duplicate code, already at %1").arg(it.value()));
        else
            seenCodes.insert(*code, object.path());
    }
    const auto name = readIdentity(object.required("name"), 1, 200);
    const auto provider = readIdentity(object.required("provider"), 1, 200);
    const auto status = object.required("status").oneOf(statusCodes());
    const auto registeredAt = object.required("registeredAt").date();
    const ValueReader updatedValue = object.required("updatedAt");
    const auto updatedAt = updatedValue.date();
    if (registeredAt && updatedAt && *updatedAt < *registeredAt) {
        updatedValue.error(QStringLiteral("must not be before registeredAt (%1)")
                               .arg(registeredAt->toString(Qt::ISODate)));
    }
    const bool operation = readOperation(object, resource);
    object.refuseUnknownFields();
    if (!object.valid() || !code || !name || !provider || !status || !registeredAt || !updatedAt ||
        !operation)
        return std::nullopt;
    resource.code = *code;
    resource.name = *name;
    resource.provider = *provider;
    resource.status = registrationStatusFromCode(*status).value_or(RegistrationStatus::Active);
    resource.registeredAt = *registeredAt;
    resource.updatedAt = *updatedAt;
    return resource;
}

} // namespace

RegisterParser::Outcome RegisterParser::parse(const QByteArray &json, const QString &label)
{
    Outcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    RegisterFile file;
    root->required("format").constant(kRegisterFormat);
    file.source = readIdentity(root->required("source"), 1, 200).value_or(QString());
    file.exportedAt = root->required("exportedAt").dateTime().value_or(QDateTime());
    const ArrayReader resources = root->required("resources").array();
    QHash<QString, QString> seenCodes; // code -> JSON path of its first entry
    for (int i = 0; i < resources.size(); ++i) {
        if (auto resource = readResource(resources.at(i).object(), seenCodes))
            file.resources.append(std::move(*resource));
    }
    root->refuseUnknownFields();

    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.file = std::move(file);
    return outcome;
}

RegisterParser::Outcome RegisterParser::parseFile(const QString &filePath, const QString &label)
{
    QFile file(filePath);
    if (file.exists() && file.size() > kMaxRegisterBytes) {
        return Outcome{std::nullopt,
                       {Error{label, QStringLiteral("file larger than %1")
                                         .arg(i18n::fileSize(kMaxRegisterBytes, QLocale::c()))}}};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Outcome{
            std::nullopt,
            {Error{label, QStringLiteral("cannot read the file: %1").arg(file.errorString())}}};
    }
    return parse(file.read(kMaxRegisterBytes), label);
}

} // namespace gd
