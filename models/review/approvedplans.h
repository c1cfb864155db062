// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "core/jsonreader.h"
#include "core/result.h"

namespace gd {

/** One approved implementation plan (实施方案), as the data administration registers it. */
struct ApprovedPlan
{
    QString ref;              // its document number, as applications name it (planRef)
    QString implementingBody; // the body that implements it
    QString mode;             // the mode it fixes: whole | domain | scenario
    QStringList operators;    // credit codes of the operators it designates; empty: none named
};

/**
 * The register of approved implementation plans (docs/formats/plans.md): what the plan an
 * application names fixes — its mode, its implementing body, the operators it designates —
 * for the review to check the application against (checklist items 1 and 16).
 */
struct ApprovedPlans
{
    QString version;
    TranslatedText source;
    QList<ApprovedPlan> plans;

    /** The plan with reference @p ref (compared after trimming), or null. */
    const ApprovedPlan *find(const QString &ref) const;
};

struct ApprovedPlansOutcome
{
    std::optional<ApprovedPlans> plans;
    QList<Error> errors; // "LABEL: JSON.PATH: what"
};

/** Parses a grantdesk.plans/1 file strictly; errors name the field. */
ApprovedPlansOutcome parseApprovedPlans(const QByteArray &json, const QString &label);
/** The register shipped in resources/plans/. */
const ApprovedPlans &builtinApprovedPlans();

} // namespace gd
