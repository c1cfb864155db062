// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "domain/application.h"

namespace gd::test {

/**
 * The security rule of docs/domain.md written out case by case, so that the review
 * (tst_reviewrules) and the monitoring (tst_alerts) are held to the same table:
 * general data level 2; important level 3 and 密评; core level 4 and 密评.
 */
struct SecurityCase
{
    const char *name;
    const char *grades; // highest first does not matter: "general,core"
    int mlpsLevel;
    bool assessment;
    bool mlpsMet;
    bool assessmentMet;
};

inline const QList<SecurityCase> &securityCases()
{
    static const QList<SecurityCase> cases{
        {"general level 2, no 密评", "general", 2, false, true, true},
        {"general level 1", "general", 1, false, false, true},
        {"important level 3 with 密评", "general,important", 3, true, true, true},
        {"important level 3 without 密评", "important", 3, false, true, false},
        {"important level 2 with 密评", "important", 2, true, false, true},
        {"core level 3 with 密评", "important,core", 3, true, false, true},
        {"core level 4 with 密评", "core", 4, true, true, true},
        {"core level 4 without 密评", "core,general", 4, false, true, false},
        {"core level 5 with 密评", "core", 5, true, true, true},
    };
    return cases;
}

/** An application requesting one resource per grade of @p c, with its level and assessment. */
inline Application securityCaseApplication(Application application, const SecurityCase &c)
{
    const QStringList grades = QString::fromLatin1(c.grades).split(QLatin1Char(','));
    RequestedResource first = application.resources.value(0);
    application.resources.clear();
    for (const QString &grade : grades) {
        RequestedResource r = first;
        r.grade = grade;
        application.resources.append(r);
    }
    application.security.mlpsLevel = c.mlpsLevel;
    application.security.cryptoAssessment = c.assessment;
    application.security.emergencyPlan = true;
    return application;
}

} // namespace gd::test
