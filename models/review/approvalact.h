// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/review.h"
#include "package/crypto.h"
#include "review/workflow.h"

namespace gd::package {
struct Signer;
}

namespace gd::approval {

/** The format of the statement an approver signs: "grantdesk.approval/1". */
inline constexpr char kActFormat[] = "grantdesk.approval/1";

/**
 * Why @p certificate may not sign as the approver @p approver of @p review at @p when
 * (issue 12 item 4, "roles are proven, not declared"), or empty when it may:
 * - the certificate is not valid at @p when;
 * - it is not trusted by @p trusted (a trust store's certificates: itself, or issued by a CA
 *   in it; package::TrustStore::isTrustedBy());
 * - it does not name @p approver after NFKC, or either name holds a hidden character
 *   (package::approverNameProblem(), the rule countersigning uses);
 * - it names the case's reviewer (four eyes).
 * The officer profile's approver role is not consulted: a profile edit proves nothing.
 */
QString signerProblem(const package::Certificate &certificate, const ReviewState &review,
                      const QString &approver,
                      const Result<QList<package::Certificate>> &trusted, const QDateTime &when);

/**
 * The statement an approver signs for @p action (Agree or SendBack) on @p review at @p at:
 * {format, applicationId, version, action, decision, opinionSha256, reasonsSha256 (send back),
 * approver, at}. The opinion digest is SHA-256 of the proposal's opinion (UTF-8); the reasons
 * digest of the reasons joined by line feeds.
 */
QJsonObject actStatement(const ReviewState &review, workflow::Action action,
                         const QStringList &reasons, const QString &approver, const QDateTime &at);

/**
 * Signs canonicaljson::serialize(@p statement) with @p signer's key and checks the signature
 * with its certificate (so a key that is not the certificate's is refused). The audit
 * event's "signature": {statement, algorithm, certSha256, certificate (PEM), value (base64)}.
 */
Result<QJsonObject> signAct(const package::Signer &signer, const QJsonObject &statement);

/**
 * Checks the "signature" of an agree or send-back event's @p detail: the signature over the
 * statement's canonical JSON with the certificate it carries, the certificate's SHA-256, and
 * that the statement is about @p applicationId / @p version and @p action. Returns the
 * certificate that signed (whose trust the caller judges); an Error names what is wrong.
 */
Result<package::Certificate> verifyAct(const QJsonObject &detail, const QString &applicationId,
                                       int version, workflow::Action action);

} // namespace gd::approval
