// SPDX-License-Identifier: GPL-3.0-or-later
#include "officer.h"

#include <QCoreApplication>
#include <QSettings>

#include "core/identitytext.h"

namespace gd::officer {

bool Profile::isComplete() const
{
    return !name.trimmed().isEmpty() && !unit.trimmed().isEmpty() && (reviewer || approver) &&
           identityProblem().isEmpty();
}

QString Profile::identityProblem() const
{
    return officer::identityProblem(name, unit, position);
}

QString identityProblem(const QString &name, const QString &unit, const QString &position)
{
    const std::pair<const char *, const QString *> fields[] = {
        {QT_TRANSLATE_NOOP("Officer", "Name"), &name},
        {QT_TRANSLATE_NOOP("Officer", "Unit"), &unit},
        {QT_TRANSLATE_NOOP("Officer", "Position"), &position}};
    for (const auto &[label, value] : fields) {
        if (const QString problem = identitytext::identityProblem(*value); !problem.isEmpty())
            return QCoreApplication::translate("Officer", "%1: %2")
                .arg(QCoreApplication::translate("Officer", label), problem);
    }
    return {};
}

QString Profile::displayName() const
{
    QStringList details;
    if (!unit.trimmed().isEmpty())
        details << unit.trimmed();
    if (!position.trimmed().isEmpty())
        details << position.trimmed();
    if (details.isEmpty())
        return name;
    return QCoreApplication::translate("Officer", "%1 (%2)")
        .arg(name, details.join(QStringLiteral(" · ")));
}

Profile currentProfile()
{
    QSettings settings;
    Profile p;
    p.name = settings.value(QStringLiteral("Officer/Name")).toString().trimmed();
    p.position = settings.value(QStringLiteral("Officer/Position")).toString().trimmed();
    p.unit = settings.value(QStringLiteral("Officer/Unit")).toString().trimmed();
    p.reviewer = settings.value(QStringLiteral("Officer/Reviewer"), true).toBool();
    p.approver = settings.value(QStringLiteral("Officer/Approver"), false).toBool();
    p.certificates = settings.value(QStringLiteral("Officer/Certificates")).toStringList();
    return p;
}

void saveProfile(const Profile &profile)
{
    QSettings settings;
    settings.setValue(QStringLiteral("Officer/Name"), identitytext::normalizedName(profile.name));
    settings.setValue(QStringLiteral("Officer/Position"), profile.position.trimmed());
    settings.setValue(QStringLiteral("Officer/Unit"), identitytext::normalizedName(profile.unit));
    settings.setValue(QStringLiteral("Officer/Reviewer"), profile.reviewer);
    settings.setValue(QStringLiteral("Officer/Approver"), profile.approver);
    QStringList certificates;
    for (const QString &sha256 : profile.certificates) {
        const QString fingerprint = sha256.trimmed().toLower();
        if (!fingerprint.isEmpty() && !certificates.contains(fingerprint))
            certificates << fingerprint;
    }
    settings.setValue(QStringLiteral("Officer/Certificates"), certificates);
}

void rememberCertificate(const QString &sha256)
{
    Profile profile = currentProfile();
    if (profile.certificates.contains(sha256.trimmed().toLower()))
        return;
    profile.certificates << sha256;
    saveProfile(profile);
}

QString currentName()
{
    const QString name = currentProfile().name;
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("officer") : user;
}

} // namespace gd::officer
