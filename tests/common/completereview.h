// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include "domain/vocabulary.h"
#include "modes/modetable.h"
#include "report/reviewrecord.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"

namespace gd::testing {

/**
 * Does what an officer does on every step but the checklist and the decision: confirms
 * the formal check and the security review, judges each requested resource, chooses the
 * application's declared main mode (the scenario mode when it declares none) with a
 * reason, and records the fee the application's own pricing request comes to, or records
 * a free application as not charged. False when no installed fee rules price the
 * application.
 */
inline bool completeOtherSteps(ReviewDocument &doc)
{
    const Application &application = doc.application();
    doc.setNote(QStringLiteral("formal.confirmed"), QStringLiteral("1"));
    for (int i = 0; i < application.resources.size(); ++i)
        doc.setNote(QStringLiteral("resource.%1.necessity").arg(i), QStringLiteral("justified"));
    doc.setNote(QStringLiteral("security.confirmed"), QStringLiteral("1"));
    const QString mode = application.authorization.mode.isEmpty() ? QStringLiteral("scenario")
                                                                  : application.authorization.mode;
    doc.setNote(ModeScoring::chosenNoteKey(), mode);
    doc.setNote(ModeScoring::rationaleNoteKey(), QStringLiteral("数据流向与该模式一致。"));
    if (const QString basis = reviewrules::notChargedBasis(application); !basis.isEmpty()) {
        doc.setNote(reviewrules::notChargedNoteKey(), basis);
        return true;
    }
    const auto fee = report::feeNoteFor(application, QDate::currentDate());
    if (!fee)
        return false;
    doc.setNote(QStringLiteral("pricing.result"), *fee);
    return true;
}

} // namespace gd::testing
