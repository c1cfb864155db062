// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityfield.h"

#include "core/identitytext.h"

namespace gd {

std::optional<QString> readIdentity(const ValueReader &value, int minLength, int maxLength)
{
    std::optional<QString> text = value.string(minLength, maxLength);
    if (!text)
        return std::nullopt;
    if (const QString problem = identitytext::identityProblem(*text); !problem.isEmpty()) {
        value.error(problem);
        return std::nullopt;
    }
    return text;
}

} // namespace gd
