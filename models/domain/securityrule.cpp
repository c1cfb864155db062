// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityrule.h"

namespace gd::security {
namespace {

int gradeRank(const QString &grade)
{
    if (grade == QLatin1String("core"))
        return 2;
    if (grade == QLatin1String("important"))
        return 1;
    return 0;
}

constexpr int kLevelByRank[] = {2, 3, 4}; // general, important, core
constexpr int kAssessmentFromLevel = 3;   // 商用密码管理条例: level 3 and above

} // namespace

QString highestGrade(const Application &application)
{
    QString highest;
    for (const RequestedResource &r : application.resources) {
        if (highest.isEmpty() || gradeRank(r.grade) > gradeRank(highest))
            highest = r.grade;
    }
    return highest;
}

Requirement requirement(const Application &application)
{
    Requirement r;
    r.grade = highestGrade(application);
    r.mlpsLevel = kLevelByRank[gradeRank(r.grade)];
    r.cryptoAssessment = r.mlpsLevel >= kAssessmentFromLevel;
    return r;
}

bool mlpsLevelMet(const Application &application)
{
    return application.security.mlpsLevel >= requirement(application).mlpsLevel;
}

bool cryptoAssessmentMet(const Application &application)
{
    return !requirement(application).cryptoAssessment ||
           application.security.cryptoAssessment.value_or(false);
}

} // namespace gd::security
