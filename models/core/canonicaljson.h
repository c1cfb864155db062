// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace gd::canonicaljson {

/**
 * RFC 8785 (JCS) serialization for the JSON GrantDesk writes: keys sorted by UTF-16 code
 * units, no insignificant whitespace, UTF-8 without \u escapes except for control
 * characters, '"' and '\'. GrantDesk's signed JSON holds no floating-point numbers
 * (money and rates are strings); integers are written without exponent or fraction.
 */
QByteArray serialize(const QJsonValue &value);
/** Appends serialize(@p value) to @p out. */
void appendTo(QByteArray &out, const QJsonValue &value);
/** Appends serialize(QJsonValue(@p text)) to @p out: a string without building the value. */
void appendTo(QByteArray &out, const QString &text);

} // namespace gd::canonicaljson
