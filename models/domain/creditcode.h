// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QChar>
#include <QString>

namespace gd::creditcode {

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters
 * from "0123456789ABCDEFGHJKLMNPQRTUWXY", the last one a check character over the
 * first 17 (weights 3^i mod 31).
 */
std::optional<QChar> checkCharacter(const QString &first17);
bool isValid(const QString &code);
/** Why @p code is not valid, or an empty string when it is. English, for error messages. */
QString problem(const QString &code);

} // namespace gd::creditcode
