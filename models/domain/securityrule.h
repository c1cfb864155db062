// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "domain/application.h"

namespace gd::security {

/**
 * What an application's data requires of its security (docs/domain.md, "Security"): the
 * one rule the review's security step and the monitoring's controls indicator both apply.
 *
 *   highest grade requested   MLPS level (等保)   cryptography assessment (密评)
 *   general (一般数据)         2                  not required
 *   important (重要数据)       3                  required
 *   core (核心数据)            4                  required
 *
 * The assessment is required exactly where level 3 or above is: the Commercial Cryptography
 * Regulations (商用密码管理条例, 2023) require operators of networks at MLPS level 3 or above
 * to have it. The levels per grade are GrantDesk's reading, not a confirmed national rule.
 */
struct Requirement
{
    QString grade; // the highest grade requested ("general", "important", "core"; empty: none)
    int mlpsLevel = 0;
    bool cryptoAssessment = false;
};

/** "core" > "important" > anything else; the first of equal grades. */
QString highestGrade(const Application &application);
Requirement requirement(const Application &application);
/** Whether the declared MLPS level and the assessment meet requirement(). */
bool mlpsLevelMet(const Application &application);
bool cryptoAssessmentMet(const Application &application);

} // namespace gd::security
