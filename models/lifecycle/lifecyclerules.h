// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/lifecycle.h"

namespace gd::lifecycle {

struct LifecycleRulesOutcome
{
    std::optional<LifecycleRules> rules;
    QList<Error> errors;
};

/**
 * Reads the life-cycle rules (docs/formats/lifecycle.md); every problem is reported as
 * FILE: JSON.PATH: what, and nothing is returned unless the whole file is valid.
 */
LifecycleRulesOutcome parseLifecycleRules(const QByteArray &json, const QString &label);

/** The rules shipped with GrantDesk (":/lifecycle/lifecycle-2026.1.json"). */
const LifecycleRules &builtinLifecycleRules();

} // namespace gd::lifecycle
