// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include "core/result.h"
#include "domain/application.h"

// A store-internal header (store/sql/): the columns of application_versions that the
// monitoring reads instead of decoding every stored file (schema v10). Core, ui and app files
// may not include it.

namespace gd::sql {

/**
 * What monitoring needs of a version beyond the inbox's columns, kept beside them: the
 * implementing body, the operator (the named one, else the applicant), and the security the
 * application declares. mlps_level is never NULL once filled: a NULL there means the facts
 * are not known (a stored file that could not be read when the columns were added).
 */
inline constexpr const char *kFactColumns =
    "implementing_body, operator_code, operator_name, mlps_level, crypto_assessment, "
    "emergency_plan, registration_codes";

/**
 * registration_codes (schema v11): the registration code of each requested resource, each
 * followed by U+001F ("" for none, so that a resource without a code still counts), in the
 * application's order; what the period's submissions are counted by, from an index alone.
 */
QString registrationCodes(const QStringList &codes);
/** The codes registrationCodes() joined, as a list. */
QStringList splitRegistrationCodes(const QString &joined);

/**
 * The indexes of schema v11, the same text on both engines; created once
 * requested_resources.submitted_at and application_versions.registration_codes are filled:
 * a code's first request is one seek (rr_code_submitted), the versions carrying a decision or
 * unknown facts are found without walking every application (av_decided, av_unknown_facts),
 * the period's submissions are read from one index alone (av_latest_submissions), and the
 * dashboard's filter choices too (av_latest_body, av_latest_operator).
 */
QStringList version11Indexes();

/** The values of kFactColumns for @p application, in that order. */
QVariantList factValues(const Application &application);

/**
 * Fills kFactColumns of every version whose facts are not known yet from its stored file, as
 * store() writes them; files that cannot be read stay unknown (the monitoring names them).
 * Run by the v9 → v10 migration on both engines, inside its transaction.
 */
Status fillMonitoringFacts(const QSqlDatabase &db);

} // namespace gd::sql
