// SPDX-License-Identifier: GPL-3.0-or-later
#include "signerrole.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "core/identitytext.h"
#include "package/crypto.h"
#include "report/reviewformat.h"

namespace gd::package {

using identitytext::displaySafe;

QString approverNameProblem(const Certificate &certificate, const QString &recorded,
                            ApproverAct act)
{
    const bool countersigning = act == ApproverAct::Countersign;
    const QString name = certificate.commonName();
    if (const QString problem = identitytext::identityProblem(name); !problem.isEmpty())
        return (countersigning
                    ? QCoreApplication::translate("PackageVerify",
                                                  "the countersigning certificate's name \"%1\" %2")
                    : QCoreApplication::translate("PackageVerify",
                                                  "the approver's certificate's name \"%1\" %2"))
            .arg(displaySafe(name), problem);
    if (recorded.trimmed().isEmpty())
        return countersigning
                   ? QCoreApplication::translate("PackageVerify",
                                                 "review.json records no approver, so no one "
                                                 "can countersign as the approver")
                   : QCoreApplication::translate("PackageVerify",
                                                 "no approver is named: set your name in the "
                                                 "officer profile");
    if (const QString problem = identitytext::identityProblem(recorded); !problem.isEmpty())
        return (countersigning
                    ? QCoreApplication::translate("PackageVerify",
                                                  "review.json: approver: \"%1\" %2")
                    : QCoreApplication::translate("PackageVerify", "the approver's name \"%1\" %2"))
            .arg(displaySafe(recorded), problem);
    if (identitytext::normalizedName(name) != identitytext::normalizedName(recorded))
        return (countersigning
                    ? QCoreApplication::translate("PackageVerify",
                                                  "the countersigning certificate names %1, but "
                                                  "review.json records %2 as the approver")
                    : QCoreApplication::translate("PackageVerify",
                                                  "the key's certificate names %1, not the "
                                                  "approver %2: an officer signs only with "
                                                  "their own key"))
            .arg(displaySafe(name), displaySafe(recorded));
    return {};
}

QString countersignerProblem(const Certificate &approver, const Certificate &reviewer,
                             const QByteArray &reviewJson)
{
    if (approver.sha256() == reviewer.sha256())
        return QCoreApplication::translate("PackageVerify",
                                           "the approver's certificate is the reviewer's: a "
                                           "countersignature needs a second officer");
    if (approver.publicKeySha256() == reviewer.publicKeySha256())
        return QCoreApplication::translate("PackageVerify",
                                           "the approver's key is the reviewer's: a "
                                           "countersignature needs a second officer");
    const QJsonObject review = QJsonDocument::fromJson(reviewJson).object();
    const bool reviewRecord =
        report::isReviewFormat(review.value(QLatin1String("format")).toString());
    if (!review.contains(QLatin1String("approver")) && !reviewRecord) {
        // Not a GrantDesk review record: only the certificate's own name is judged.
        const QString name = approver.commonName();
        if (const QString problem = identitytext::identityProblem(name); !problem.isEmpty())
            return QCoreApplication::translate("PackageVerify",
                                               "the countersigning certificate's name \"%1\" %2")
                .arg(displaySafe(name), problem);
        return {};
    }
    return approverNameProblem(approver, review.value(QLatin1String("approver")).toString(),
                               ApproverAct::Countersign);
}

} // namespace gd::package
