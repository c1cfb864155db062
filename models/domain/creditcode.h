// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QChar>
#include <QString>

namespace gd::creditcode {

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters
 * from "0123456789ABCDEFGHJKLMNPQRTUWXY", the last one a check character over the
 * first 17 (weights 3^i mod 31). Positions 9–17 are the organization code of GB 11714,
 * whose last character is the check of the eight before it (weights 3 7 9 10 5 8 4 2,
 * mod 11, 10 written X). Positions 3–8 are the administrative division, digits. A valid code
 * passes all three; this is the one credit-code check every reader uses.
 */
std::optional<QChar> checkCharacter(const QString &first17);
/** The GB 11714 check character (position 17) of the organization code body @p body8. */
std::optional<QChar> organizationCheckCharacter(const QString &body8);
bool isValid(const QString &code);
/** Why @p code is not valid, or an empty string when it is. English, for error messages. */
QString problem(const QString &code);

} // namespace gd::creditcode
