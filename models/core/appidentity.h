// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace gd {

/**
 * Names the running program "GrantDesk"/"grantdesk" for QSettings and QStandardPaths. Both
 * programs call it first, so grantdesk and grantdesk-cli read the same settings and find the
 * same database, key folder and trust store by default (docs/architecture.md §4).
 */
void setApplicationIdentity();

} // namespace gd
