// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QString>

namespace gd::strictjson {

/** Where and why a syntactically valid JSON text is still refused. */
struct Problem
{
    QString path; // "a.b[2].c"; empty for the top level
    QString what; // English, like the other input errors
};

/**
 * What QJsonDocument accepts but GrantDesk refuses in a file it reads, so that one file
 * cannot mean two things to two readers:
 *  - a key twice in one object (QJsonDocument keeps the last, other parsers the first);
 *  - a lone surrogate escape (\ud800 without its pair, or a \udc00 without one before it),
 *    which QJsonDocument silently turns into another character;
 *  - NUL, as the escape \u0000 (it cuts C strings, file names and database text);
 *  - a byte order mark or bytes that are not UTF-8.
 * @p json should already parse as JSON; the first problem found is returned.
 */
std::optional<Problem> problem(const QByteArray &json);

} // namespace gd::strictjson
