// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "core/result.h"
#include "domain/register.h"

namespace gd {

/** Validates a grantdesk.register/1 file (docs/formats/register.md). */
class RegisterParser final
{
public:
    struct Outcome
    {
        std::optional<RegisterFile> file;
        QList<Error> errors; // where = "FILE: JSON.PATH"
    };

    static Outcome parse(const QByteArray &json, const QString &label);
    static Outcome parseFile(const QString &filePath, const QString &label);
};

} // namespace gd
