// SPDX-License-Identifier: GPL-3.0-or-later
#include "approvalact.h"

#include <QCoreApplication>

#include "core/canonicaljson.h"
#include "core/hashing.h"
#include "core/identitytext.h"
#include "domain/subject.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/signerrole.h"

namespace gd::approval {
namespace {

QString digestOf(const QString &text)
{
    return hashing::sha256Hex(text.toUtf8());
}

} // namespace

QString signerProblem(const package::Certificate &certificate, const ReviewState &review,
                      const QString &approver, const Result<QList<package::Certificate>> &trusted,
                      const QDateTime &when)
{
    using identitytext::displaySafe;
    if (certificate.isNull())
        return QCoreApplication::translate(
            "ApprovalAct", "there is no signing certificate: the approver agrees or sends back "
                           "with their own key");
    if (!certificate.isValidAt(when))
        return QCoreApplication::translate(
                   "ApprovalAct", "the certificate of %1 is not valid now (valid %2 to %3)")
            .arg(displaySafe(certificate.commonName()),
                 certificate.notBefore().toString(Qt::ISODate),
                 certificate.notAfter().toString(Qt::ISODate));
    if (QString reason; !package::TrustStore::isTrustedBy(trusted, certificate, when, &reason))
        return QCoreApplication::translate(
                   "ApprovalAct",
                   "the certificate of %1 is not trusted (%2); an administrator adds the "
                   "office's CA or this certificate to the trust store")
            .arg(displaySafe(certificate.commonName()), reason);
    if (const QString problem =
            package::approverNameProblem(certificate, approver, package::ApproverAct::Approve);
        !problem.isEmpty())
        return problem;
    if (identitytext::normalizedName(certificate.commonName()) ==
        identitytext::normalizedName(review.reviewer))
        return QCoreApplication::translate(
                   "ApprovalAct",
                   "the certificate names %1, who reviewed this case; another officer "
                   "must approve it (four eyes)")
            .arg(displaySafe(review.reviewer));
    return {};
}

QJsonObject actStatement(const ReviewState &review, workflow::Action action,
                         const QStringList &reasons, const QString &approver, const QDateTime &at)
{
    QJsonObject statement{
        {QStringLiteral("format"), QString::fromLatin1(kActFormat)},
        {QStringLiteral("applicationId"), review.applicationId},
        {QStringLiteral("version"), review.version},
        {QStringLiteral("action"), workflow::actionCode(action)},
        {QStringLiteral("decision"), decisionCode(review.proposal.decision)},
        {QStringLiteral("opinionSha256"), digestOf(review.proposal.opinion)},
        {QStringLiteral("approver"), identitytext::normalizedName(approver)},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODate)},
    };
    if (action == workflow::Action::SendBack)
        statement.insert(QStringLiteral("reasonsSha256"),
                         digestOf(reasons.join(QLatin1Char('\n'))));
    return statement;
}

Result<QJsonObject> signAct(const package::Signer &signer, const QJsonObject &statement)
{
    const QByteArray signedBytes = canonicaljson::serialize(statement);
    auto signature = package::sign(signer.key, signedBytes);
    if (!signature)
        return signature.error();
    if (auto checked = package::verifySignature(signer.certificate, signedBytes, *signature);
        !checked)
        return Error{
            QCoreApplication::translate("ApprovalAct", "Signing"),
            QCoreApplication::translate("ApprovalAct", "the key is not the certificate's: %1")
                .arg(checked.error().toString())};
    const auto algorithm = signer.certificate.algorithm();
    return QJsonObject{
        {QStringLiteral("statement"), statement},
        {QStringLiteral("algorithm"), algorithm ? package::algorithmCode(*algorithm) : QString()},
        {QStringLiteral("certSha256"), signer.certificate.sha256()},
        {QStringLiteral("certificate"), QString::fromLatin1(signer.certificate.pem())},
        {QStringLiteral("value"), QString::fromLatin1(signature->toBase64())},
    };
}

Result<package::Certificate> verifyAct(const QJsonObject &detail, const QString &applicationId,
                                       int version, workflow::Action action)
{
    const QString where = subjectOf(applicationId, version) +
                          QStringLiteral(": %1.signature").arg(workflow::actionCode(action));
    const QJsonValue value = detail.value(QLatin1String("signature"));
    if (!value.isObject())
        return Error{where, QCoreApplication::translate("ApprovalAct", "the act is not signed")};
    const QJsonObject signature = value.toObject();
    auto certificate = package::Certificate::fromData(
        signature.value(QLatin1String("certificate")).toString().toLatin1());
    if (!certificate)
        return Error{where + QStringLiteral(".certificate"), certificate.error().what};
    if (certificate->sha256() != signature.value(QLatin1String("certSha256")).toString())
        return Error{
            where + QStringLiteral(".certSha256"),
            QCoreApplication::translate("ApprovalAct", "is not the SHA-256 of the certificate")};
    const QJsonObject statement = signature.value(QLatin1String("statement")).toObject();
    const std::pair<const char *, QJsonValue> expected[] = {
        {"format", QString::fromLatin1(kActFormat)},
        {"applicationId", applicationId},
        {"version", version},
        {"action", workflow::actionCode(action)}};
    for (const auto &[key, want] : expected) {
        if (statement.value(QLatin1String(key)) != want)
            return Error{
                where + QStringLiteral(".statement.") + QLatin1String(key),
                QCoreApplication::translate("ApprovalAct", "is not %1")
                    .arg(want.isDouble() ? QString::number(want.toInt()) : want.toString())};
    }
    const QByteArray signatureBytes =
        QByteArray::fromBase64(signature.value(QLatin1String("value")).toString().toLatin1(),
                               QByteArray::AbortOnBase64DecodingErrors);
    if (signatureBytes.isEmpty())
        return Error{where + QStringLiteral(".value"),
                     QCoreApplication::translate("ApprovalAct", "is not a base64 signature")};
    if (auto checked = package::verifySignature(*certificate, canonicaljson::serialize(statement),
                                                signatureBytes);
        !checked)
        return Error{where + QStringLiteral(".value"), checked.error().toString()};
    if (const QString problem = package::approverNameProblem(
            *certificate, statement.value(QLatin1String("approver")).toString(),
            package::ApproverAct::Approve);
        !problem.isEmpty())
        return Error{where + QStringLiteral(".statement.approver"), problem};
    return certificate;
}

} // namespace gd::approval
