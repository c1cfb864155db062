// SPDX-License-Identifier: GPL-3.0-or-later
// Acknowledging an alert: the rules (a known key, a note, an intact audit trail), the audit
// event and its signed checkpoint; the row itself is written by AcknowledgementRepository.
#include "alerts.h"

#include "audit/trailanchor.h"
#include "package/package.h"
#include "store/acknowledgementrepository.h"
#include "store/audittrail.h"
#include "store/database.h"
#include "store/repositories.h"

namespace gd::monitoring {

AlertAcknowledgements::AlertAcknowledgements(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{}

Result<AlertAcknowledgement> AlertAcknowledgements::acknowledge(const QString &key,
                                                                const QString &note,
                                                                const package::Signer &signer)
{
    const QString actor = signer.certificate.commonName();
    const QString code = key.section(QLatin1Char(':'), 0, 0);
    if (!alertcode::all().contains(code) || key.count(QLatin1Char(':')) < 2)
        return Error{QStringLiteral("alert"), QStringLiteral("not an alert key: \"%1\"").arg(key)};
    if (note.trimmed().isEmpty())
        return Error{QStringLiteral("alert %1").arg(key),
                     QStringLiteral("an acknowledgement needs a note")};
    if (actor.trimmed().isEmpty())
        return Error{QStringLiteral("alert %1").arg(key), QStringLiteral("no officer named")};
    if (Status trail = audit::refuseBrokenTrail(m_db); !trail)
        return Error{QStringLiteral("alert %1").arg(key), trail.error().what};
    Transaction transaction(*m_db);
    if (!transaction.begun())
        return Error{QStringLiteral("database"), QStringLiteral("cannot begin a transaction")};
    AlertAcknowledgement ack{key, code, note.trimmed(), actor,
                             QDateTime::currentDateTimeUtc().addMSecs(0)};
    ack.at = ack.at.addMSecs(-ack.at.time().msec());
    if (Status put = makeAcknowledgementRepository(m_db)->put(ack); !put)
        return put.error();
    QJsonObject detail{{QStringLiteral("code"), code}, {QStringLiteral("note"), ack.note}};
    audit::markAnchored(detail);
    auto event =
        makeAuditTrail(m_db)->append(actor, QStringLiteral("alert.acknowledge"), key, detail);
    if (!event)
        return event.error();
    if (Status anchored = audit::anchorHead(m_db, signer); !anchored)
        return anchored.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return ack;
}

Result<QMap<QString, AlertAcknowledgement>> AlertAcknowledgements::all() const
{
    return makeAcknowledgementRepository(m_db)->all();
}

} // namespace gd::monitoring
