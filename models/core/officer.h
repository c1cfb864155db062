// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::officer {

/**
 * The officer at this workstation (stored in the settings, group "Officer"): who they
 * are and which roles they hold. Reviewer (初审) and approver (复核) are roles; one
 * person may hold both, but never both on the same case (four eyes).
 */
struct Profile
{
    QString name;
    QString position; // 职务
    QString unit;     // 单位
    bool reviewer = true;
    bool approver = false;

    /**
     * Name, unit and at least one role are needed before the first review, and name and
     * unit must pass identitytext::identityProblem().
     */
    bool isComplete() const;
    /**
     * Empty, or one translated sentence: which of name, unit or position holds a hidden
     * character and where ("Name: contains U+200B … at character 2; …").
     */
    QString identityProblem() const;
    /** "张敏（审核科 · 主任科员）", as audit views and reports name the officer. */
    QString displayName() const;
};

/**
 * Empty, or one translated sentence naming which of @p name, @p unit or @p position holds a
 * character identitytext::identityProblem() refuses: the profile, a new key's certificate.
 */
QString identityProblem(const QString &name, const QString &unit, const QString &position);

Profile currentProfile();
/** Stores @p profile, name and unit in NFKC (identitytext::normalizedName()). */
void saveProfile(const Profile &profile);

/**
 * The officer using this workstation, as audit events name them: the profile's name,
 * else the system user name.
 */
QString currentName();

} // namespace gd::officer
