// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageinternal.h"

#include <QTime>

namespace gd::package::internal {

QString manifestPath()
{
    return QString::fromLatin1(kManifestPath);
}

QString isoUtc(const QDateTime &when)
{
    QDateTime t = when.toUTC();
    t.setTime(QTime(t.time().hour(), t.time().minute(), t.time().second()));
    return t.toString(Qt::ISODate); // "2026-11-26T19:00:00Z"
}

std::optional<QDateTime> parseIsoUtc(const QString &text)
{
    if (!text.endsWith(QLatin1Char('Z')))
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (!when.isValid())
        return std::nullopt;
    return when.toUTC();
}

QString signaturePath(Role role, const char *extension)
{
    return kSignaturesFolder + roleCode(role) + QLatin1Char('.') + QLatin1String(extension);
}

} // namespace gd::package::internal
