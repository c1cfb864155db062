// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>

#include "core/jsonreader.h"

namespace gd {

/**
 * A name or identifier in an imported file (an applicant's or officer's name, a provider, a
 * resource's name or code): a string of @p minLength to @p maxLength characters that
 * identitytext::identityProblem() accepts. A hidden character (control, format, bidi,
 * private-use, unassigned, lone surrogate) is recorded as "FILE: JSON.PATH: contains U+202E
 * … at character 3; …" and the value is refused. Free text is read with string() and kept.
 */
std::optional<QString> readIdentity(const ValueReader &value, int minLength, int maxLength);

} // namespace gd
