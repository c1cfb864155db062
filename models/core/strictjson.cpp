// SPDX-License-Identifier: GPL-3.0-or-later
#include "strictjson.h"

#include <vector>

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace gd::strictjson {

namespace {

/** A recursive-descent walk over a JSON text that already parsed; tracks the path. */
class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {}

    std::optional<Problem> run()
    {
        if (m_json.startsWith("\xEF\xBB\xBF"))
            return Problem{QString(), QCoreApplication::translate(
                                          "StrictJson", "a byte order mark is not accepted")};
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder.decode(m_json);
        Q_UNUSED(decoded)
        if (decoder.hasError())
            return Problem{QString(), QCoreApplication::translate("StrictJson",
                                                                  "the file is not valid UTF-8")};
        skipSpace();
        value(QString());
        return m_problem;
    }

private:
    bool failed() const { return m_problem.has_value(); }
    void fail(const QString &path, const QString &what)
    {
        if (!m_problem)
            m_problem = Problem{path, what};
    }
    char peek() const { return m_pos < m_json.size() ? m_json.at(m_pos) : '\0'; }
    void skipSpace()
    {
        while (m_pos < m_json.size() &&
               (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    void value(const QString &path)
    {
        if (failed())
            return;
        switch (peek()) {
        case '{':
            object(path);
            break;
        case '[':
            array(path);
            break;
        case '"':
            string(path);
            break;
        default: // number, true, false, null: nothing to check
            while (m_pos < m_json.size() && peek() != ',' && peek() != '}' && peek() != ']' &&
                   peek() != ' ' && peek() != '\t' && peek() != '\n' && peek() != '\r')
                ++m_pos;
        }
        skipSpace();
    }

    void object(const QString &path)
    {
        ++m_pos; // '{'
        skipSpace();
        QSet<QString> keys;
        while (!failed() && m_pos < m_json.size() && peek() != '}') {
            const QString key = string(path);
            const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (!failed() && keys.contains(key))
                fail(child, QCoreApplication::translate(
                                "StrictJson", "the key \"%1\" appears twice in this object")
                                .arg(key.left(64)));
            keys.insert(key);
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            value(child);
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos; // '}'
    }

    void array(const QString &path)
    {
        ++m_pos; // '['
        skipSpace();
        int index = 0;
        while (!failed() && m_pos < m_json.size() && peek() != ']') {
            value(path + QStringLiteral("[%1]").arg(index++));
            if (peek() == ',') {
                ++m_pos;
                skipSpace();
            }
        }
        ++m_pos; // ']'
    }

    /** Reads a string from its opening quote; checks its escapes; returns its text. */
    QString string(const QString &path)
    {
        ++m_pos; // '"'
        QString text;
        const qsizetype start = m_pos;
        qsizetype plainFrom = start;
        auto flushPlain = [&](qsizetype until) {
            text += QString::fromUtf8(m_json.constData() + plainFrom, until - plainFrom);
        };
        while (m_pos < m_json.size() && peek() != '"') {
            if (peek() != '\\') {
                ++m_pos;
                continue;
            }
            flushPlain(m_pos);
            const char escaped = m_json.at(m_pos + 1);
            if (escaped != 'u') {
                switch (escaped) {
                case 'n':
                    text += QLatin1Char('\n');
                    break;
                case 't':
                    text += QLatin1Char('\t');
                    break;
                case 'r':
                    text += QLatin1Char('\r');
                    break;
                case 'b':
                    text += QLatin1Char('\b');
                    break;
                case 'f':
                    text += QLatin1Char('\f');
                    break;
                default: // '"', '\\', '/'
                    text += QLatin1Char(escaped);
                }
                m_pos += 2;
                plainFrom = m_pos;
                continue;
            }
            const char16_t unit = hex4(m_pos + 2);
            m_pos += 6;
            if (unit == 0) {
                fail(path, QCoreApplication::translate(
                               "StrictJson", "a NUL character (\\u0000) is not accepted"));
                return text;
            }
            if (QChar::isLowSurrogate(unit)) {
                fail(path, QCoreApplication::translate(
                               "StrictJson", "a lone surrogate (\\u%1) is not a character")
                               .arg(unit, 4, 16, QLatin1Char('0')));
                return text;
            }
            if (QChar::isHighSurrogate(unit)) {
                const bool paired = m_pos + 6 <= m_json.size() && m_json.at(m_pos) == '\\' &&
                                    m_json.at(m_pos + 1) == 'u' &&
                                    QChar::isLowSurrogate(hex4(m_pos + 2));
                if (!paired) {
                    fail(path, QCoreApplication::translate(
                                   "StrictJson", "a lone surrogate (\\u%1) is not a character")
                                   .arg(unit, 4, 16, QLatin1Char('0')));
                    return text;
                }
                text += QChar(unit);
                text += QChar(hex4(m_pos + 2));
                m_pos += 6;
            } else {
                text += QChar(unit);
            }
            plainFrom = m_pos;
        }
        flushPlain(m_pos);
        ++m_pos; // '"'
        return text;
    }

    char16_t hex4(qsizetype at) const
    {
        bool ok = false;
        const uint unit = m_json.mid(at, 4).toUInt(&ok, 16);
        return ok ? char16_t(unit) : char16_t(0xFFFF);
    }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    std::optional<Problem> m_problem;
};

} // namespace

std::optional<Problem> problem(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace gd::strictjson
