// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QDate>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/lifecycle.h"
#include "domain/workflow.h"
#include "domain/workcalendar.h"

namespace gd {

class Desk;

namespace package {
struct Signer;
}

/**
 * The authorization's life after the review, on a desk (docs/formats/lifecycle.md): what has
 * been recorded for a case and where it stands, and recording the next act. An act is
 * recorded only for a countersigned (or filed) review that approved the case, only when the
 * rules let it follow the acts before it, and always together with its audit event
 * "lifecycle.<act>" and a checkpoint signed with the officer's key, in one transaction.
 */
class LifecycleService final
{
public:
    /** What a case's life looks like on a given day. */
    struct CaseLife
    {
        QString mode;   // whole | domain | scenario
        QDate reviewed; // the day the review was countersigned (local time)
        QList<lifecycle::StoredAct> stored;
        QList<lifecycle::Act> acts; // stored, decoded
        lifecycle::LifecycleState state;
    };

    /** One authorization: a countersigned review that approved its case, and its life. */
    struct Authorization
    {
        QString id;
        int version = 0;
        QString applicant;
        CaseLife life;
        /** The agreement recorded, if any: the operator and the term. */
        std::optional<lifecycle::Agreement> agreement;
        /** A later version of the application (a renewal or a change) and its status: the
         *  authorization stands until that version is itself countersigned. */
        std::optional<std::pair<int, CaseStatus>> newer;
    };

    explicit LifecycleService(std::shared_ptr<Desk> desk);
    LifecycleService(std::shared_ptr<Desk> desk, const lifecycle::LifecycleRules &rules,
                     const WorkCalendar &calendar);

    Result<CaseLife> life(const QString &id, int version, const QDate &today) const;
    /**
     * Every authorization on this desk on @p today, by application id: the highest version of
     * each application whose countersigned (or filed) review approved it, with or without
     * conditions, even when a later version (a renewal) has arrived since and is not yet
     * countersigned itself (Authorization::newer says so).
     */
    Result<QList<Authorization>> authorizations(const QDate &today) const;
    /**
     * Why @p act cannot follow the acts of @p life on @p today (empty when it can): what
     * record() would refuse, for a form to show while the officer fills it in.
     */
    QStringList problemsWith(const CaseLife &life, const lifecycle::Act &act,
                             const QDate &today) const;
    /** The rules in use: the stages, the meeting kinds, the quorum. */
    const lifecycle::LifecycleRules &rules() const { return m_rules; }

    /** Records @p act for @p id / @p version, signed by @p signer; the case's life after it. */
    Result<CaseLife> record(const QString &id, int version, const lifecycle::Act &act,
                            const package::Signer &signer, const QDate &today);

private:
    std::shared_ptr<Desk> m_desk;
    const lifecycle::LifecycleRules &m_rules;
    const WorkCalendar &m_calendar;
};

} // namespace gd
