// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageinternal.h"

#include <QCoreApplication>
#include <QTime>

#include "core/canonicaljson.h"
#include "core/strictjson.h"

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

namespace {
constexpr qint64 kMaxSmallMember = 64 << 20; // manifest, signed attributes, signature, cert
} // namespace

Result<QByteArray> readSmall(const ZipReader &reader, const QString &path)
{
    for (const ZipEntry &entry : reader.entries()) {
        if (entry.path == path && entry.size > kMaxSmallMember)
            return Error{path, QStringLiteral("%1 bytes, too large for this file").arg(entry.size)};
    }
    return reader.read(path);
}

std::optional<QString> strictJsonProblem(const QString &member, const QByteArray &json,
                                         const QJsonObject &object)
{
    if (const auto strict = strictjson::problem(json)) {
        return strict->path.isEmpty() ? QCoreApplication::translate("PackageVerify", "%1: %2")
                                            .arg(member, strict->what)
                                      : QCoreApplication::translate("PackageVerify", "%1: %2: %3")
                                            .arg(member, strict->path, strict->what);
    }
    if (canonicaljson::serialize(object) != json)
        return QCoreApplication::translate("PackageVerify",
                                           "%1 is not written as GrantDesk writes it (canonical "
                                           "JSON): it was edited or re-encoded")
            .arg(member);
    return std::nullopt;
}

} // namespace gd::package::internal
