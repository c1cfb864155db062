// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include "core/result.h"

namespace gd {

class ObjectReader;
class ArrayReader;

/**
 * Collects the errors of one input file while it is validated, each named
 * "LABEL: json.path" (docs/formats/README.md). The readers below record into it, so a
 * parser states each rule once and every error found is reported, not just the first.
 */
class JsonReader final
{
public:
    /** Stops recording after this many errors, so a hostile file cannot flood the output. */
    static constexpr int kMaxErrors = 200;

    explicit JsonReader(QString label)
        : m_label(std::move(label))
    {}

    /**
     * Parses @p json; the top level must be an object. On failure records the error
     * (malformed JSON with line and column, or the wrong top-level type).
     */
    std::optional<ObjectReader> parseObject(const QByteArray &json);

    void error(const QString &path, const QString &what);
    QString where(const QString &path) const;
    const QString &label() const { return m_label; }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    const QList<Error> &errors() const { return m_errors; }

private:
    QString m_label;
    QList<Error> m_errors;
    int m_dropped = 0;
};

/** A JSON value at a path; its accessors check one schema rule each and record failures. */
class ValueReader final
{
public:
    ValueReader(JsonReader *reader, QJsonValue value, QString path, bool present)
        : m_reader(reader)
        , m_value(std::move(value))
        , m_path(std::move(path))
        , m_present(present)
    {}

    bool present() const { return m_present; }
    const QString &path() const { return m_path; }
    const QJsonValue &raw() const { return m_value; }
    void error(const QString &what) const;

    /** A string whose length in Unicode characters is within the bounds (-1: no maximum). */
    std::optional<QString> string(int minLength = 0, int maxLength = -1) const;
    /** A string matching @p pattern (anchored); @p expectation says what was expected. */
    std::optional<QString> matching(const QRegularExpression &pattern,
                                    const QString &expectation) const;
    std::optional<QString> oneOf(const QStringList &allowed) const;
    /** One of the codes of a gd::vocabulary kind ("mode", "role", …). */
    std::optional<QString> oneOf(const char *vocabularyKind) const;
    std::optional<QString> constant(const QString &expected) const;
    /** An integral number within ±(2^53 - 1) and the bounds given. */
    std::optional<qint64> integer(std::optional<qint64> minimum = {},
                                  std::optional<qint64> maximum = {}) const;
    std::optional<bool> boolean() const;
    /** format "date": YYYY-MM-DD, a real calendar date. */
    std::optional<QDate> date() const;
    /** format "date-time": RFC 3339 / ISO 8601 with seconds and a UTC offset (or Z). */
    std::optional<QDateTime> dateTime() const;
    /** format "email": a simple local@domain.tld check. */
    std::optional<QString> email() const;

    ObjectReader object() const;
    ArrayReader array(int minItems = 0, int maxItems = -1) const;

private:
    bool expectType(QJsonValue::Type type, const char *article) const;

    JsonReader *m_reader;
    QJsonValue m_value;
    QString m_path;
    bool m_present;
};

/** A JSON object; remembers the keys asked for so that others are refused as unknown. */
class ObjectReader final
{
public:
    ObjectReader(JsonReader *reader, QJsonObject object, QString path, bool valid);

    bool valid() const { return m_valid; }
    const QString &path() const { return m_path; }
    /** The value of @p key; records "required field missing" when absent. */
    ValueReader required(const char *key);
    ValueReader optional(const char *key);
    /** Records "unknown field 'x'" for each key not asked for (additionalProperties: false). */
    void refuseUnknownFields() const;

private:
    ValueReader field(const char *key, bool required);

    JsonReader *m_reader;
    QJsonObject m_object;
    QString m_path;
    bool m_valid;
    QSet<QString> m_known;
};

/** A JSON array; items are named path[i]. */
class ArrayReader final
{
public:
    ArrayReader(JsonReader *reader, QJsonArray array, QString path, bool valid)
        : m_reader(reader)
        , m_array(std::move(array))
        , m_path(std::move(path))
        , m_valid(valid)
    {}

    bool valid() const { return m_valid; }
    int size() const { return m_valid ? int(m_array.size()) : 0; }
    ValueReader at(int index) const;

private:
    JsonReader *m_reader;
    QJsonArray m_array;
    QString m_path;
    bool m_valid;
};

/** The bytes of a JSON file and the name its errors carry. */
struct JsonFile
{
    QByteArray bytes;
    QString label;
};

/** Rule files are a few kilobytes; the limit bounds what a wrong or hostile file costs. */
constexpr qint64 kMaxJsonFileBytes = 4LL * 1024 * 1024;

/**
 * Reads the JSON file at @p path (on disk or a ":/" resource) whole. Refuses, with an
 * error naming the file, one that is missing, a folder, unreadable or over @p maxBytes.
 * The file is named @p label, or @p path when the label is empty.
 */
Result<JsonFile> readJsonFile(const QString &path, const QString &label = {},
                              qint64 maxBytes = kMaxJsonFileBytes);

/**
 * Reads a versioned rule file with readJsonFile and hands its bytes and label to
 * @p parse (parseFeeRules, parseModeTable, …); a file that cannot be read gives an
 * outcome holding only that error, as malformed JSON would.
 */
template <typename Outcome>
Outcome parseJsonFile(const QString &path, const QString &label,
                      Outcome (*parse)(const QByteArray &json, const QString &label))
{
    Result<JsonFile> file = readJsonFile(path, label);
    if (!file) {
        Outcome outcome;
        outcome.errors.append(file.error());
        return outcome;
    }
    return parse(file->bytes, file->label);
}

namespace json {

/** Length in Unicode characters (code points): a surrogate pair counts once. */
qsizetype characterCount(const QString &text);
/** "line L, column C" of a byte offset into @p json; the column counts characters. */
QString lineColumn(const QByteArray &json, qsizetype offset);

} // namespace json

/** A text given in both languages of a shipped data file: {"zh_CN": …, "en": …}. */
struct TranslatedText
{
    QString zh;
    QString en;
};

/** Reads a {"zh_CN", "en"} object, each 1..@p maxLength characters, nothing else. */
std::optional<TranslatedText> readTranslated(ObjectReader object, int maxLength);

} // namespace gd
