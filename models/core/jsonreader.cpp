// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

#include "core/strictjson.h"
#include "domain/vocabulary.h"
#include "core/i18n.h"

namespace gd {
namespace {

// JSON numbers are doubles; beyond 2^53 they no longer hold every integer exactly.
constexpr double kMaxSafeInteger = 9007199254740991.0;

const char *typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return "null";
    case QJsonValue::Bool:
        return "a boolean";
    case QJsonValue::Double:
        return "a number";
    case QJsonValue::String:
        return "a string";
    case QJsonValue::Array:
        return "an array";
    case QJsonValue::Object:
        return "an object";
    case QJsonValue::Undefined:
        break;
    }
    return "nothing";
}

QString expected(const char *article, const QJsonValue &found)
{
    return QStringLiteral("expected %1, not %2")
        .arg(QLatin1String(article), QLatin1String(typeName(found)));
}

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

// Field names come from the input: quote them, but keep a hostile one short.
QString quoted(const QString &text)
{
    constexpr int kMax = 64;
    QString shown = text.size() > kMax ? text.left(kMax) + QStringLiteral("…") : text;
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

} // namespace

namespace json {

qsizetype characterCount(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

QString lineColumn(const QByteArray &json, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, json.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (json.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column =
        characterCount(QString::fromUtf8(json.constData() + lineStart, offset - lineStart)) + 1;
    return QCoreApplication::translate("JsonReader", "line %1, column %2").arg(line).arg(column);
}

} // namespace json

Result<JsonFile> readJsonFile(const QString &path, const QString &label, qint64 maxBytes)
{
    const QString name = label.isEmpty() ? path : label;
    const QFileInfo info(path);
    if (!info.exists())
        return Error{name, QStringLiteral("file not found")};
    if (info.isDir())
        return Error{name, QStringLiteral("is a folder, not a file")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{name, QStringLiteral("cannot read: %1").arg(file.errorString())};
    const Error tooLarge{
        name, QStringLiteral("file larger than %1").arg(i18n::fileSize(maxBytes, QLocale::c()))};
    if (file.size() > maxBytes)
        return tooLarge;
    // A pipe or a device tells no size: read no more than one byte past the limit.
    QByteArray bytes = file.isSequential() ? file.read(maxBytes + 1) : file.readAll();
    if (bytes.size() > maxBytes)
        return tooLarge;
    if (file.error() != QFileDevice::NoError)
        return Error{name, QStringLiteral("cannot read: %1").arg(file.errorString())};
    return JsonFile{std::move(bytes), name};
}

std::optional<ObjectReader> JsonReader::parseObject(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error(QString(),
              QCoreApplication::translate("JsonReader", "malformed JSON at %1: %2")
                  .arg(json::lineColumn(json, parseError.offset), parseError.errorString()));
        return std::nullopt;
    }
    if (const auto strict = strictjson::problem(json)) {
        error(strict->path, strict->what);
        return std::nullopt;
    }
    if (!document.isObject()) {
        error(QString(), QStringLiteral("the top level must be a JSON object, not %1")
                             .arg(QLatin1String(document.isArray() ? "an array" : "a scalar")));
        return std::nullopt;
    }
    return ObjectReader(this, document.object(), QString(), true);
}

void JsonReader::error(const QString &path, const QString &what)
{
    if (m_errors.size() < kMaxErrors) {
        m_errors.append(Error{where(path), what});
        return;
    }
    const Error summary{m_label,
                        QStringLiteral("too many errors, %1 more not shown").arg(++m_dropped)};
    if (m_dropped == 1)
        m_errors.append(summary);
    else
        m_errors.last() = summary;
}

QString JsonReader::where(const QString &path) const
{
    return path.isEmpty() ? m_label : m_label + QStringLiteral(": ") + path;
}

void ValueReader::error(const QString &what) const
{
    m_reader->error(m_path, what);
}

bool ValueReader::expectType(QJsonValue::Type type, const char *article) const
{
    if (!m_present)
        return false;
    if (m_value.type() != type) {
        error(expected(article, m_value));
        return false;
    }
    return true;
}

std::optional<QString> ValueReader::string(int minLength, int maxLength) const
{
    if (!expectType(QJsonValue::String, "a string"))
        return std::nullopt;
    QString text = m_value.toString();
    const qsizetype length = json::characterCount(text);
    if (length < minLength) {
        error(minLength == 1
                  ? QStringLiteral("must not be empty")
                  : QStringLiteral("shorter than %1 characters (%2)").arg(minLength).arg(length));
        return std::nullopt;
    }
    if (maxLength >= 0 && length > maxLength) {
        error(QStringLiteral("longer than %1 characters (%2)").arg(maxLength).arg(length));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> ValueReader::matching(const QRegularExpression &pattern,
                                             const QString &expectation) const
{
    if (!expectType(QJsonValue::String, "a string"))
        return std::nullopt;
    QString text = m_value.toString();
    if (!pattern.match(text).hasMatch()) {
        error(expectation);
        return std::nullopt;
    }
    return text;
}

std::optional<QString> ValueReader::oneOf(const QStringList &allowed) const
{
    if (!m_present)
        return std::nullopt;
    if (m_value.isString() && allowed.contains(m_value.toString()))
        return m_value.toString();
    error(QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<QString> ValueReader::oneOf(const char *vocabularyKind) const
{
    return oneOf(vocabulary::codes(vocabularyKind));
}

std::optional<QString> ValueReader::constant(const QString &expectedValue) const
{
    if (!expectType(QJsonValue::String, "a string"))
        return std::nullopt;
    if (m_value.toString() != expectedValue) {
        error(
            QStringLiteral("must be '%1', not %2").arg(expectedValue, quoted(m_value.toString())));
        return std::nullopt;
    }
    return expectedValue;
}

std::optional<qint64> ValueReader::integer(std::optional<qint64> minimum,
                                           std::optional<qint64> maximum) const
{
    if (!expectType(QJsonValue::Double, "an integer"))
        return std::nullopt;
    const double number = m_value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number) {
        error(QStringLiteral("expected an integer, not a fraction"));
        return std::nullopt;
    }
    if (std::fabs(number) > kMaxSafeInteger) {
        error(QStringLiteral("integer too large (more than 2^53 - 1)"));
        return std::nullopt;
    }
    const auto value = static_cast<qint64>(number);
    if (minimum && value < *minimum) {
        error(QStringLiteral("must be at least %1 (is %2)").arg(*minimum).arg(value));
        return std::nullopt;
    }
    if (maximum && value > *maximum) {
        error(QStringLiteral("must be at most %1 (is %2)").arg(*maximum).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> ValueReader::boolean() const
{
    if (!expectType(QJsonValue::Bool, "a boolean"))
        return std::nullopt;
    return m_value.toBool();
}

std::optional<QDate> ValueReader::date() const
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})")));
    if (!expectType(QJsonValue::String, "a string"))
        return std::nullopt;
    const auto match = pattern.match(m_value.toString());
    const QDate date =
        match.hasMatch()
            ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
            : QDate();
    if (!date.isValid()) {
        error(QStringLiteral("not a valid date (expected YYYY-MM-DD)"));
        return std::nullopt;
    }
    return date;
}

std::optional<QDateTime> ValueReader::dateTime() const
{
    static const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
                       "(?:\\.([0-9]{1,9}))?(?:(Z)|([+-])([0-9]{2}):([0-9]{2}))")));
    if (!expectType(QJsonValue::String, "a string"))
        return std::nullopt;
    const auto m = pattern.match(m_value.toString());
    QDateTime result;
    if (m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        const int milliseconds = m.captured(7).leftJustified(3, QLatin1Char('0')).left(3).toInt();
        const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(),
                         milliseconds);
        const int offsetHours = m.captured(10).toInt();
        const int offsetMinutes = m.captured(11).toInt();
        int offset = (offsetHours * 60 + offsetMinutes) * 60;
        if (m.captured(9) == QLatin1String("-"))
            offset = -offset;
        if (date.isValid() && time.isValid() && offsetHours <= 23 && offsetMinutes <= 59)
            result = QDateTime(date, time,
                               m.captured(8).isEmpty() ? QTimeZone(offset) : QTimeZone::utc());
    }
    if (!result.isValid()) {
        error(QStringLiteral(
            "not a valid date-time (expected YYYY-MM-DDThh:mm:ss with an offset, e.g. +08:00)"));
        return std::nullopt;
    }
    return result;
}

std::optional<QString> ValueReader::email() const
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+")));
    if (!expectType(QJsonValue::String, "a string"))
        return std::nullopt;
    const QString text = m_value.toString();
    if (text.size() > 254 || !pattern.match(text).hasMatch()) {
        error(QStringLiteral("not a valid e-mail address"));
        return std::nullopt;
    }
    return text;
}

ObjectReader ValueReader::object() const
{
    const bool ok = expectType(QJsonValue::Object, "an object");
    return ObjectReader(m_reader, ok ? m_value.toObject() : QJsonObject(), m_path, ok);
}

ArrayReader ValueReader::array(int minItems, int maxItems) const
{
    bool ok = expectType(QJsonValue::Array, "an array");
    QJsonArray items = ok ? m_value.toArray() : QJsonArray();
    if (ok && items.size() < minItems)
        error(QStringLiteral("must have at least %1 %2")
                  .arg(minItems)
                  .arg(QLatin1String(minItems == 1 ? "item" : "items")));
    if (ok && maxItems >= 0 && items.size() > maxItems)
        error(QStringLiteral("more than %1 items (%2)").arg(maxItems).arg(items.size()));
    return ArrayReader(m_reader, std::move(items), m_path, ok);
}

ObjectReader::ObjectReader(JsonReader *reader, QJsonObject object, QString path, bool valid)
    : m_reader(reader)
    , m_object(std::move(object))
    , m_path(std::move(path))
    , m_valid(valid)
{}

ValueReader ObjectReader::required(const char *key)
{
    return field(key, true);
}

ValueReader ObjectReader::optional(const char *key)
{
    return field(key, false);
}

ValueReader ObjectReader::field(const char *key, bool required)
{
    const QString name = QString::fromLatin1(key);
    const QString path = childPath(m_path, name);
    m_known.insert(name);
    if (!m_valid)
        return ValueReader(m_reader, QJsonValue(), path, false);
    const auto it = m_object.constFind(name);
    if (it == m_object.constEnd()) {
        if (required)
            m_reader->error(path, QStringLiteral("required field missing"));
        return ValueReader(m_reader, QJsonValue(), path, false);
    }
    return ValueReader(m_reader, it.value(), path, true);
}

void ObjectReader::refuseUnknownFields() const
{
    if (!m_valid)
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key()))
            m_reader->error(m_path, QStringLiteral("unknown field %1").arg(quoted(it.key())));
    }
}

ValueReader ArrayReader::at(int index) const
{
    return ValueReader(m_reader, m_valid ? m_array.at(index) : QJsonValue(),
                       m_path + QStringLiteral("[%1]").arg(index), m_valid);
}

std::optional<TranslatedText> readTranslated(ObjectReader object, int maxLength)
{
    const auto zh = object.required("zh_CN").string(1, maxLength);
    const auto en = object.required("en").string(1, maxLength);
    object.refuseUnknownFields();
    if (!object.valid() || !zh || !en)
        return std::nullopt;
    return TranslatedText{*zh, *en};
}

} // namespace gd
