// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "core/result.h"
#include "domain/lifecycle.h"

/**
 * A life-cycle act as stored and as audited: one JSON object, `"act"` naming its kind
 * (actCode), dates as YYYY-MM-DD, counts as integers (docs/formats/lifecycle.md, "Acts as
 * stored"). Reading is strict: unknown fields, a wrong type or a missing field is an error
 * naming LABEL: JSON.PATH, so an act bent in the database is refused, not guessed at.
 */
namespace gd::lifecycle {

QJsonObject actToJson(const Act &act);
/** The canonical bytes (RFC 8785) of actToJson(@p act): what the store keeps. */
QByteArray actBytes(const Act &act);
Result<Act> actFromJson(const QByteArray &json, const QString &label);

} // namespace gd::lifecycle
