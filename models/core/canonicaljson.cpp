// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicaljson.h"

#include <algorithm>
#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace gd::canonicaljson {
namespace {

// 2^53: every integer up to this magnitude is exact in a double, and ECMAScript prints
// it as plain digits, so writing it as an integer is what RFC 8785 asks for.
constexpr double kMaxExactInteger = 9007199254740992.0;

void writeString(const QString &text, QByteArray &out)
{
    static const char kHex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20) {
                out += "\\u00";
                out += kHex[byte >> 4];
                out += kHex[byte & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void writeNumber(const QJsonValue &value, QByteArray &out)
{
    const double d = value.toDouble();
    if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) <= kMaxExactInteger) {
        // toInteger() is exact for values Qt holds as integers; -0 becomes 0 as JCS wants.
        const qint64 integer = value.toInteger(static_cast<qint64>(d));
        out += QByteArray::number(integer);
        return;
    }
    // GrantDesk never signs floating-point numbers (money and rates are strings), so the
    // ECMAScript shortest form of RFC 8785 §3.2.2.3 is not implemented. Reaching this is a
    // programming error; release builds still write something that reads back the same.
    Q_ASSERT_X(false, "canonicaljson::serialize", "non-integral or out-of-range number");
    if (!std::isfinite(d)) {
        out += "null";
        return;
    }
    out += QByteArray::number(d, 'g', 17);
}

void write(const QJsonValue &value, QByteArray &out);

void writeObject(const QJsonObject &object, QByteArray &out)
{
    // The members in one walk (a lookup by key per member cost as much as writing them).
    QList<std::pair<QString, QJsonValue>> members;
    members.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        members.emplace_back(it.key(), it.value());
    // RFC 8785 §3.2.3: sort by UTF-16 code units, whatever order the container keeps.
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) {
        return std::lexicographical_compare(a.first.utf16(), a.first.utf16() + a.first.size(),
                                            b.first.utf16(), b.first.utf16() + b.first.size());
    });
    out += '{';
    bool first = true;
    for (const auto &[key, value] : members) {
        if (!first)
            out += ',';
        first = false;
        writeString(key, out);
        out += ':';
        write(value, out);
    }
    out += '}';
}

void writeArray(const QJsonArray &array, QByteArray &out)
{
    out += '[';
    bool first = true;
    for (const QJsonValue &item : array) {
        if (!first)
            out += ',';
        first = false;
        write(item, out);
    }
    out += ']';
}

void write(const QJsonValue &value, QByteArray &out)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Double:
        writeNumber(value, out);
        break;
    case QJsonValue::String:
        writeString(value.toString(), out);
        break;
    case QJsonValue::Array:
        writeArray(value.toArray(), out);
        break;
    case QJsonValue::Object:
        writeObject(value.toObject(), out);
        break;
    case QJsonValue::Undefined:
        Q_ASSERT_X(false, "canonicaljson::serialize", "undefined value");
        out += "null";
        break;
    }
}

} // namespace

QByteArray serialize(const QJsonValue &value)
{
    QByteArray out;
    write(value, out);
    return out;
}

void appendTo(QByteArray &out, const QJsonValue &value)
{
    write(value, out);
}

void appendTo(QByteArray &out, const QString &text)
{
    writeString(text, out);
}

} // namespace gd::canonicaljson
