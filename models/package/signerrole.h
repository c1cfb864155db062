// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gd::package {

class Certificate;

/** What the approver does with their key: countersign a package, or agree / send back. */
enum class ApproverAct
{
    Countersign,
    Approve
};

/**
 * Whether @p certificate names @p recorded, the approver (after NFKC); empty when it does.
 * Otherwise one translated sentence why not, worded for @p act: the certificate's common
 * name or @p recorded holds a character identitytext::identityProblem() refuses (a zero-width
 * space, a bidi override, …), @p recorded is empty, or the two names differ. The one rule
 * countersignerProblem() and the approver's signed agreement (approval::signerProblem()) share.
 */
QString approverNameProblem(const Certificate &certificate, const QString &recorded,
                            ApproverAct act);

/**
 * Whether the holder of certificate @p approver may countersign a package that @p reviewer
 * signed and whose review.json is @p reviewJson (issue 12 item 3: the countersigner is the
 * approver the review records, not any second key). Empty when it may; otherwise one
 * translated sentence why not:
 * - the certificate or its public key is the reviewer's;
 * - the certificate's common name holds a character identitytext::identityProblem()
 *   refuses (a zero-width space, a bidi override, …);
 * - review.json (a GrantDesk review record, format "grantdesk.review/1" or "/2") records no
 *   approver, or one whose name is refused the same way;
 * - the common name, after NFKC, is not the recorded approver's name after NFKC.
 * A review.json that records no "approver" at all and is not a GrantDesk review record (as in
 * packages built by other tools or tests before this rule) is judged on the first two rules
 * only, so what verified before still verifies.
 */
QString countersignerProblem(const Certificate &approver, const Certificate &reviewer,
                             const QByteArray &reviewJson);

} // namespace gd::package
