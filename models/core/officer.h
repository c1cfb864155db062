// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace gd::officer {

/**
 * The officer at this workstation (stored in the settings, group "Officer"): an identity —
 * name, unit, roles and the SHA-256 fingerprints of their own certificates. Reviewer (初审)
 * and approver (复核) are roles; one person may hold both, but never both on the same case
 * (four eyes). The roles here are declared: they choose what the workstation offers, but an
 * agreement or send-back is proven by the approver's signature with a trusted certificate
 * naming them (approval::signerProblem()), never by this profile.
 */
struct Profile
{
    QString name;
    QString position; // 职务
    QString unit;     // 单位
    bool reviewer = true;
    bool approver = false;
    QStringList certificates{}; // lowercase hex SHA-256 of the officer's own certificates

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
 * Adds @p sha256 (a certificate's fingerprint, Certificate::sha256()) to the stored profile's
 * certificates when it is not there yet: a key made or imported on this workstation.
 */
void rememberCertificate(const QString &sha256);

/**
 * The officer using this workstation, as audit events name them: the profile's name,
 * else the system user name.
 */
QString currentName();

} // namespace gd::officer
