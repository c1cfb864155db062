// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gd::officer {

/**
 * The officer using this workstation, as audit events name them: the setting
 * Officer/Name, else the system user name. ("3 · Four eyes" adds the full profile.)
 */
QString currentName();

} // namespace gd::officer
